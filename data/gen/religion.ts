// Who a Remisi Khusus goes to depends on the prisoner's religion, which the
// contract does not record. These are approximate population shares per Kanwil
// (rounded from BPS Sensus Penduduk 2010 and Dukcapil 2023), used only as weights
// when a religious holiday's national total is shared among units: Natal goes
// mostly to Sumatera Utara, NTT and Papua, Nyepi to Bali, Waisak and Imlek to
// Sumatera Utara, Jakarta, Kepri, Kalbar and Bangka Belitung. Synthetic
// assumptions, not facts about prisoners.
import { KANWIL } from './kanwil.ts';

/** Shares (percent of population) of the non-Muslim religions with a Remisi Khusus. */
export interface ReligionShares {
  christian: number; // Protestant + Catholic (Natal)
  hindu: number; // Nyepi
  buddhist: number; // Waisak
  konghucu: number; // Imlek
}

const r = (christian: number, hindu: number, buddhist: number, konghucu: number): ReligionShares => ({ christian, hindu, buddhist, konghucu });

const BY_KANWIL: Record<string, ReligionShares> = {
  Aceh: r(1.2, 0, 0.2, 0),
  'Sumatera Utara': r(31, 0.1, 2, 0.05),
  'Sumatera Barat': r(1.5, 0, 0.1, 0),
  Riau: r(10, 0, 1.3, 0.1),
  Jambi: r(4, 0, 1, 0.1),
  'Sumatera Selatan': r(2, 0.2, 0.9, 0.05),
  Bengkulu: r(2, 0.2, 0.1, 0),
  Lampung: r(2.5, 0.8, 0.4, 0),
  'Kepulauan Bangka Belitung': r(3.5, 0, 5.5, 1.2),
  'Kepulauan Riau': r(13, 0.1, 5, 0.2),
  'DKI Jakarta': r(11.5, 0.2, 3.5, 0.1),
  'Jawa Barat': r(2.4, 0, 0.5, 0),
  'Jawa Tengah': r(2.7, 0.1, 0.1, 0),
  'Daerah Istimewa Yogyakarta': r(7.8, 0.1, 0.1, 0),
  'Jawa Timur': r(2.2, 0.3, 0.1, 0),
  Banten: r(2.7, 0.1, 0.9, 0.1),
  Bali: r(2.4, 86.9, 0.6, 0),
  'Nusa Tenggara Barat': r(0.5, 3, 0.6, 0),
  'Nusa Tenggara Timur': r(89.5, 0.1, 0, 0),
  'Kalimantan Barat': r(34, 0, 5.5, 1),
  'Kalimantan Tengah': r(19, 1.5, 0.1, 0),
  'Kalimantan Selatan': r(1.2, 0.2, 0.2, 0),
  'Kalimantan Timur': r(10, 0.1, 0.3, 0),
  'Sulawesi Utara': r(69, 0.6, 0.1, 0),
  'Sulawesi Tengah': r(17, 2.5, 0.1, 0),
  'Sulawesi Selatan': r(9, 0.6, 0.2, 0),
  'Sulawesi Tenggara': r(2.5, 1.5, 0, 0),
  Gorontalo: r(1.8, 0.1, 0, 0),
  'Sulawesi Barat': r(13, 0.3, 0, 0),
  Maluku: r(53, 0.1, 0, 0),
  'Maluku Utara': r(24, 0, 0, 0),
  Papua: r(84, 0.1, 0, 0),
  'Papua Barat': r(62, 0.1, 0, 0),
};

/** Religion shares of each Kanwil, in KANWIL order (throws if one is missing). */
export const RELIGION: readonly ReligionShares[] = KANWIL.map((k) => {
  const s = BY_KANWIL[k.name];
  if (!s) throw new Error(`No religion shares for Kanwil ${k.name}`);
  return s;
});

/** Muslim share (Idul Fitri): what the four others leave. */
export function muslimShare(s: ReligionShares): number {
  return Math.max(0, 100 - s.christian - s.hindu - s.buddhist - s.konghucu);
}
