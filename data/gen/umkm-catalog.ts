// What inmate work programmes make and sell: the contract's categories and a
// catalogue of real Indonesian products per category, each with its unit, a 2018
// price, what one inmate produces in an average month, and where it is common.
// Prices and productivities are synthetic round figures (market prices of the
// kind reported for prison shops), chosen so a programme earns about Rp 100-400
// thousand per inmate per month, as unit reports of PNBP suggest (data/README.md).

/** The `category` enum of the contract's `umkm_sales` table. */
export const UMKM_CATEGORIES = ['KERAJINAN', 'MAKANAN_MINUMAN', 'KONVEKSI', 'MEBEL', 'PERTANIAN', 'PERIKANAN', 'PETERNAKAN', 'JASA', 'LAINNYA'] as const;
/** One of UMKM_CATEGORIES. */
export type UmkmCategory = (typeof UMKM_CATEGORIES)[number];
/** The food-security programme (ketahanan pangan). */
export const FOOD_SECURITY: ReadonlySet<UmkmCategory> = new Set(['PERTANIAN', 'PERIKANAN', 'PETERNAKAN']);
/** Units of `quantity`. */
export const UMKM_UNITS = ['pcs', 'kg', 'ekor', 'paket'] as const;

/** When a product is sold over the year. */
export type Season = 'monthly' | 'harvest' | 'iduladha' | 'lebaran';

/** One product of the catalogue. */
export interface Product {
  name: string;
  category: UmkmCategory;
  unit: (typeof UMKM_UNITS)[number];
  /** Price per unit in 2018, rupiah. */
  price: number;
  /** Units one inmate produces in an average month. */
  perInmate: number;
  /** How common it is within its category. */
  weight: number;
  season: Season;
  /** Kanwil where it is typical (weight × 4 there, × 0.25 elsewhere). */
  regions?: string[];
  /** Kanwil where it cannot be made (no farmland in Jakarta). */
  notIn?: string[];
  /** Weight multiplier in women's units. */
  women?: number;
}

const JAWA = ['DKI Jakarta', 'Jawa Barat', 'Jawa Tengah', 'Daerah Istimewa Yogyakarta', 'Jawa Timur', 'Banten'];
const CITY = ['DKI Jakarta'];
const p = (
  name: string,
  category: UmkmCategory,
  unit: Product['unit'],
  price: number,
  perInmate: number,
  weight: number,
  more: Partial<Product> = {},
): Product => ({
  name,
  category,
  unit,
  price,
  perInmate,
  weight,
  season: 'monthly',
  ...more,
});

/** The catalogue. */
export const PRODUCTS: readonly Product[] = [
  p('Batik tulis', 'KERAJINAN', 'pcs', 300_000, 0.7, 1, { regions: JAWA, women: 2 }),
  p('Batik cap', 'KERAJINAN', 'pcs', 120_000, 1.8, 0.8, { regions: JAWA }),
  p('Kerajinan rotan', 'KERAJINAN', 'pcs', 150_000, 1.4, 0.8, {
    regions: ['Kalimantan Selatan', 'Kalimantan Tengah', 'Kalimantan Barat', 'Sulawesi Tengah', 'Jawa Barat'],
  }),
  p('Anyaman bambu', 'KERAJINAN', 'pcs', 40_000, 5, 1),
  p('Miniatur kapal kayu', 'KERAJINAN', 'pcs', 250_000, 0.8, 0.5),
  p('Tas rajut', 'KERAJINAN', 'pcs', 85_000, 2.5, 0.7, { women: 4 }),
  p('Tenun ikat', 'KERAJINAN', 'pcs', 450_000, 0.4, 0.6, { regions: ['Nusa Tenggara Timur', 'Nusa Tenggara Barat', 'Maluku', 'Sulawesi Selatan'], women: 2 }),
  p('Songket', 'KERAJINAN', 'pcs', 600_000, 0.3, 0.4, { regions: ['Sumatera Barat', 'Sumatera Selatan', 'Kepulauan Bangka Belitung', 'Riau'], women: 2 }),
  p('Keset kain perca', 'KERAJINAN', 'pcs', 15_000, 14, 0.8),
  p('Lukisan', 'KERAJINAN', 'pcs', 350_000, 0.5, 0.4),
  p('Kaligrafi kayu', 'KERAJINAN', 'pcs', 200_000, 1, 0.4),
  p('Roti', 'MAKANAN_MINUMAN', 'pcs', 5_000, 50, 1.2),
  p('Kopi bubuk', 'MAKANAN_MINUMAN', 'kg', 100_000, 2, 0.8, {
    regions: ['Aceh', 'Sumatera Utara', 'Lampung', 'Sumatera Selatan', 'Bengkulu', 'Jawa Timur', 'Bali', 'Nusa Tenggara Timur', 'Sulawesi Selatan'],
  }),
  p('Keripik singkong', 'MAKANAN_MINUMAN', 'kg', 40_000, 5, 0.8),
  p('Kue kering', 'MAKANAN_MINUMAN', 'paket', 50_000, 4, 0.8, { season: 'lebaran', women: 2 }),
  p('Tahu dan tempe', 'MAKANAN_MINUMAN', 'kg', 12_000, 18, 0.6),
  p('Air minum isi ulang (galon)', 'MAKANAN_MINUMAN', 'pcs', 5_000, 50, 0.7),
  p('Sambal kemasan', 'MAKANAN_MINUMAN', 'pcs', 25_000, 8, 0.5),
  p('Abon ikan', 'MAKANAN_MINUMAN', 'kg', 180_000, 1.1, 0.3, { regions: ['Sulawesi Selatan', 'Sulawesi Utara', 'Maluku', 'Gorontalo', 'Nusa Tenggara Barat'] }),
  p('Kaos sablon', 'KONVEKSI', 'pcs', 50_000, 4, 1.2),
  p('Seragam dan kemeja', 'KONVEKSI', 'pcs', 120_000, 1.8, 1),
  p('Mukena', 'KONVEKSI', 'pcs', 150_000, 1.3, 0.5, { women: 5 }),
  p('Sprei dan sarung bantal', 'KONVEKSI', 'pcs', 130_000, 1.5, 0.6),
  p('Tas kain', 'KONVEKSI', 'pcs', 35_000, 6, 0.5),
  p('Kursi jati', 'MEBEL', 'pcs', 750_000, 0.35, 1, { regions: ['Jawa Tengah', 'Jawa Timur', 'Daerah Istimewa Yogyakarta'] }),
  p('Meja kayu', 'MEBEL', 'pcs', 1_000_000, 0.2, 1),
  p('Lemari pakaian', 'MEBEL', 'pcs', 2_200_000, 0.1, 0.7),
  p('Rak buku', 'MEBEL', 'pcs', 400_000, 0.5, 0.6),
  p('Tempat tidur kayu', 'MEBEL', 'pcs', 1_800_000, 0.1, 0.5),
  p('Kusen pintu dan jendela', 'MEBEL', 'pcs', 650_000, 0.3, 0.5),
  p('Padi', 'PERTANIAN', 'kg', 5_500, 35, 0.5, { season: 'harvest', notIn: [...CITY, 'Kepulauan Riau'] }),
  p('Jagung', 'PERTANIAN', 'kg', 4_500, 45, 0.7, { season: 'harvest', notIn: CITY }),
  p('Kangkung', 'PERTANIAN', 'kg', 8_000, 22, 1.2),
  p('Sawi', 'PERTANIAN', 'kg', 9_000, 20, 1),
  p('Bayam', 'PERTANIAN', 'kg', 10_000, 18, 0.8),
  p('Cabai rawit', 'PERTANIAN', 'kg', 40_000, 5, 0.8),
  p('Tomat', 'PERTANIAN', 'kg', 9_000, 20, 0.6),
  p('Terong', 'PERTANIAN', 'kg', 8_000, 22, 0.6),
  p('Singkong', 'PERTANIAN', 'kg', 4_000, 45, 0.5, { notIn: CITY }),
  p('Jamur tiram', 'PERTANIAN', 'kg', 20_000, 9, 0.4),
  p('Melon', 'PERTANIAN', 'kg', 12_000, 15, 0.3, { notIn: CITY }),
  p('Lele', 'PERIKANAN', 'kg', 20_000, 10, 1.5),
  p('Nila', 'PERIKANAN', 'kg', 28_000, 7, 1.2),
  p('Gurame', 'PERIKANAN', 'kg', 45_000, 4, 0.5),
  p('Patin', 'PERIKANAN', 'kg', 22_000, 9, 0.5, {
    regions: ['Riau', 'Jambi', 'Sumatera Selatan', 'Kalimantan Selatan', 'Kalimantan Barat', 'Kalimantan Tengah'],
  }),
  p('Bandeng', 'PERIKANAN', 'kg', 30_000, 6, 0.4, { regions: ['Jawa Timur', 'Jawa Tengah', 'Sulawesi Selatan', 'Banten', 'Jawa Barat'] }),
  p('Telur ayam petelur', 'PETERNAKAN', 'kg', 24_000, 8, 1),
  p('Ayam broiler', 'PETERNAKAN', 'ekor', 35_000, 5, 0.8),
  p('Ayam kampung', 'PETERNAKAN', 'ekor', 75_000, 2.5, 0.6),
  p('Bebek', 'PETERNAKAN', 'ekor', 60_000, 3, 0.5),
  p('Kambing', 'PETERNAKAN', 'ekor', 2_800_000, 0.07, 0.5, { season: 'iduladha', notIn: CITY }),
  p('Sapi', 'PETERNAKAN', 'ekor', 17_000_000, 0.012, 0.4, { season: 'iduladha', notIn: CITY }),
  p('Laundry kiloan', 'JASA', 'kg', 7_000, 30, 1.2, { women: 2 }),
  p('Cuci motor dan mobil', 'JASA', 'paket', 20_000, 10, 1, { women: 0 }),
  p('Pangkas rambut', 'JASA', 'paket', 15_000, 14, 1, { women: 0 }),
  p('Salon kecantikan', 'JASA', 'paket', 40_000, 5, 0.05, { women: 60 }),
  p('Jahit dan permak', 'JASA', 'paket', 25_000, 8, 0.5, { women: 3 }),
  p('Bengkel las', 'JASA', 'paket', 150_000, 1.3, 0.4, { women: 0 }),
  p('Paving block', 'LAINNYA', 'pcs', 2_500, 80, 1, { women: 0 }),
  p('Batako', 'LAINNYA', 'pcs', 3_000, 65, 0.7, { women: 0 }),
  p('Pupuk kompos', 'LAINNYA', 'kg', 2_000, 100, 0.6),
  p('Sabun cair', 'LAINNYA', 'pcs', 12_000, 17, 0.6, { women: 2 }),
  p('Sepatu dan sandal kulit', 'LAINNYA', 'pcs', 150_000, 1.3, 0.4),
];

/** Masks sewn in the first COVID year: every sewing programme took them up, March 2020 to June 2021. */
export const MASKS: Product = p('Masker kain', 'KONVEKSI', 'pcs', 5_000, 60, 0);

/** Products of a category. */
export function productsOf(category: UmkmCategory): Product[] {
  return PRODUCTS.filter((x) => x.category === category);
}
