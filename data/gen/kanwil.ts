// The 33 Kanwil with what the generator assumes about each. Names, SDP spellings
// and province codes are facts; `crowding2025` and `narcotics` are synthetic
// choices (see data/README.md) except where a public figure is cited.

/** One regional office (Kanwil) and the generator's assumptions about it. */
export interface Kanwil {
  name: string; // as in data/geo/province_kanwil_map.csv `kanwil_ditjenpas`
  abbr: string; // prefix of upt_code
  sdp: string; // spelling in the SDP files
  province: string; // BPS code of the Kanwil's province
  capital: string;
  lat: number;
  lon: number;
  /** May 2025 residents/capacity when public (`fixed`), else a relative overcrowding % scaled to fit the national capacity. */
  crowding2025: { fixed: number } | { relative: number };
  /** Relative weight of narcotics cases among residents (Sumatra and Kalimantan carry more). */
  narcotics: number;
}

const k = (
  name: string,
  abbr: string,
  sdp: string,
  province: string,
  capital: string,
  lat: number,
  lon: number,
  crowding2025: Kanwil['crowding2025'],
  narcotics: number,
): Kanwil => ({ name, abbr, sdp, province, capital, lat, lon, crowding2025, narcotics });

// Fixed ratios: validnews.id 2025-05-16 (Riau 245%, Kaltim 189%, Kalbar 176%,
// Maluku Utara 0%, Gorontalo 2.6%, NTT 11% overcrowding).
/** All 33 Kanwil, in BPS province-code order. */
export const KANWIL: readonly Kanwil[] = [
  k('Aceh', 'ACEH', 'KANWIL ACEH', '11', 'Banda Aceh', 5.548, 95.323, { relative: 100 }, 1.15),
  k('Sumatera Utara', 'SUMUT', 'KANWIL SUMATERA UTARA', '12', 'Medan', 3.595, 98.672, { relative: 150 }, 1.2),
  k('Sumatera Barat', 'SUMBAR', 'KANWIL SUMATERA BARAT', '13', 'Padang', -0.947, 100.417, { relative: 95 }, 1.05),
  k('Riau', 'RIAU', 'KANWIL RIAU', '14', 'Pekanbaru', 0.507, 101.448, { fixed: 3.45 }, 1.25),
  k('Jambi', 'JAMBI', 'KANWIL JAMBI', '15', 'Jambi', -1.61, 103.613, { relative: 150 }, 1.2),
  k('Sumatera Selatan', 'SUMSEL', 'KANWIL SUMATERA SELATAN', '16', 'Palembang', -2.976, 104.775, { relative: 120 }, 1.25),
  k('Bengkulu', 'BENGKULU', 'KANWIL BENGKULU', '17', 'Bengkulu', -3.8, 102.266, { relative: 75 }, 1.0),
  k('Lampung', 'LAMPUNG', 'KANWIL LAMPUNG', '18', 'Bandar Lampung', -5.429, 105.262, { relative: 115 }, 1.15),
  k('Kepulauan Bangka Belitung', 'BABEL', 'KANWIL BANGKA BELITUNG', '19', 'Pangkal Pinang', -2.129, 106.113, { relative: 100 }, 1.15),
  k('Kepulauan Riau', 'KEPRI', 'KANWIL KEPULAUAN RIAU', '21', 'Tanjung Pinang', 0.918, 104.446, { relative: 105 }, 1.2),
  k('DKI Jakarta', 'JKT', 'KANWIL DKI JAKARTA', '31', 'Jakarta Pusat', -6.186, 106.834, { relative: 155 }, 1.15),
  k('Jawa Barat', 'JABAR', 'KANWIL JAWA BARAT', '32', 'Bandung', -6.917, 107.619, { relative: 75 }, 1.0),
  k('Jawa Tengah', 'JATENG', 'KANWIL JAWA TENGAH', '33', 'Semarang', -6.966, 110.417, { relative: 50 }, 0.95),
  k('Daerah Istimewa Yogyakarta', 'DIY', 'KANWIL D.I. YOGYAKARTA', '34', 'Yogyakarta', -7.797, 110.37, { relative: 30 }, 0.8),
  k('Jawa Timur', 'JATIM', 'KANWIL JAWA TIMUR', '35', 'Surabaya', -7.257, 112.752, { relative: 125 }, 1.05),
  k('Banten', 'BANTEN', 'KANWIL BANTEN', '36', 'Serang', -6.12, 106.15, { relative: 115 }, 1.1),
  k('Bali', 'BALI', 'KANWIL BALI', '51', 'Denpasar', -8.65, 115.216, { relative: 120 }, 0.9),
  k('Nusa Tenggara Barat', 'NTB', 'KANWIL NUSA TENGGARA BARAT', '52', 'Mataram', -8.583, 116.116, { relative: 100 }, 0.8),
  k('Nusa Tenggara Timur', 'NTT', 'KANWIL NUSA TENGGARA TIMUR', '53', 'Kupang', -10.178, 123.607, { fixed: 1.11 }, 0.35),
  k('Kalimantan Barat', 'KALBAR', 'KANWIL KALIMANTAN BARAT', '61', 'Pontianak', -0.026, 109.342, { fixed: 2.76 }, 1.15),
  k('Kalimantan Tengah', 'KALTENG', 'KANWIL KALIMANTAN TENGAH', '62', 'Palangka Raya', -2.21, 113.921, { relative: 120 }, 1.15),
  k('Kalimantan Selatan', 'KALSEL', 'KANWIL KALIMANTAN SELATAN', '63', 'Banjarmasin', -3.317, 114.59, { relative: 160 }, 1.25),
  k('Kalimantan Timur', 'KALTIM', 'KANWIL KALIMANTAN TIMUR', '64', 'Samarinda', -0.502, 117.154, { fixed: 2.89 }, 1.25),
  k('Sulawesi Utara', 'SULUT', 'KANWIL SULAWESI UTARA', '71', 'Manado', 1.474, 124.842, { relative: 40 }, 0.5),
  k('Sulawesi Tengah', 'SULTENG', 'KANWIL SULAWESI TENGAH', '72', 'Palu', -0.899, 119.87, { relative: 70 }, 0.8),
  k('Sulawesi Selatan', 'SULSEL', 'KANWIL SULAWESI SELATAN', '73', 'Makassar', -5.147, 119.432, { relative: 95 }, 0.95),
  k('Sulawesi Tenggara', 'SULTRA', 'KANWIL SULAWESI TENGGARA', '74', 'Kendari', -3.997, 122.513, { relative: 65 }, 0.7),
  k('Gorontalo', 'GORONTALO', 'KANWIL GORONTALO', '75', 'Gorontalo', 0.543, 123.057, { fixed: 1.026 }, 0.55),
  k('Sulawesi Barat', 'SULBAR', 'KANWIL SULAWESI BARAT', '76', 'Mamuju', -2.678, 118.886, { relative: 60 }, 0.6),
  k('Maluku', 'MALUKU', 'KANWIL MALUKU', '81', 'Ambon', -3.695, 128.181, { relative: 28 }, 0.45),
  k('Maluku Utara', 'MALUT', 'KANWIL MALUKU UTARA', '82', 'Ternate', 0.79, 127.384, { fixed: 0.93 }, 0.5),
  k('Papua', 'PAPUA', 'KANWIL PAPUA', '91', 'Jayapura', -2.533, 140.718, { relative: 35 }, 0.35),
  k('Papua Barat', 'PABAR', 'KANWIL PAPUA BARAT', '92', 'Manokwari', -0.862, 134.064, { relative: 45 }, 0.4),
];

const byName = new Map(KANWIL.map((x) => [x.name, x]));
const bySdp = new Map(KANWIL.map((x) => [x.sdp, x]));

/** The Kanwil with this name; throws on an unknown one so typos fail loudly. */
export function kanwil(name: string): Kanwil {
  const x = byName.get(name);
  if (!x) throw new Error(`Unknown Kanwil: ${name}`);
  return x;
}

/** The Kanwil an SDP row (`KANWIL D.I. YOGYAKARTA`, …) refers to. */
export function kanwilFromSdp(sdp: string): Kanwil {
  const x = bySdp.get(sdp.trim().toUpperCase());
  if (!x) throw new Error(`Unknown SDP Kanwil: ${sdp}`);
  return x;
}
