// Hand-entered facts about towns: approximate coordinates of well-known ones, the
// province of towns that lie outside their Kanwil's main province, and the
// regency/city of units named after a place that is not one.

/** Approximate coordinates [lat, lon] of towns that host several units. */
export const TOWN_COORDS: Record<string, [number, number]> = {
  'Jakarta Pusat': [-6.186, 106.834],
  'Jakarta Timur': [-6.225, 106.9],
  'Jakarta Selatan': [-6.261, 106.81],
  'Jakarta Barat': [-6.168, 106.759],
  'Jakarta Utara': [-6.138, 106.883],
  Cilacap: [-7.727, 109.009],
  Tangerang: [-6.178, 106.63],
  Bekasi: [-6.238, 106.975],
  Bogor: [-6.595, 106.816],
  Depok: [-6.402, 106.794],
  Batam: [1.045, 104.03],
  Balikpapan: [-1.268, 116.831],
  Tarakan: [3.3, 117.633],
  Sorong: [-0.876, 131.255],
  Merauke: [-8.493, 140.401],
  Wamena: [-4.097, 138.951],
  Nabire: [-3.367, 135.497],
  Timika: [-4.546, 136.883],
  Malang: [-7.983, 112.621],
  Surakarta: [-7.575, 110.824],
  Cirebon: [-6.732, 108.552],
  Sidoarjo: [-7.447, 112.718],
  Cilegon: [-6.002, 106.011],
  Medan: [3.595, 98.672],
  Makassar: [-5.147, 119.432],
  Palembang: [-2.976, 104.775],
};

/** GeoJSON province of towns outside their Kanwil's main province (Kaltara, new Papua provinces). */
export const TOWN_PROVINCE: Record<string, string> = {
  Tarakan: 'Kalimantan Utara',
  Nunukan: 'Kalimantan Utara',
  'Tanjung Selor': 'Kalimantan Utara',
  Malinau: 'Kalimantan Utara',
  Merauke: 'Papua Selatan',
  'Tanah Merah': 'Papua Selatan',
  Nabire: 'Papua Tengah',
  Timika: 'Papua Tengah',
  Wamena: 'Papua Pegunungan',
  Sorong: 'Papua Barat Daya',
  Teminabuhan: 'Papua Barat Daya',
  Waisai: 'Papua Barat Daya',
};

/** Regency/city of units whose name carries a place that is not one. */
export const PLACE_CITY: Record<string, string> = {
  Nusakambangan: 'Cilacap',
  Plantungan: 'Kendal',
  'Labuhan Deli': 'Deli Serdang',
  'Labuhan Ruku': 'Batu Bara',
  'Tebing Tinggi Deli': 'Tebing Tinggi',
  'Pangkalan Brandan': 'Langkat',
  Rumbai: 'Pekanbaru',
  Sungguminasa: 'Gowa',
  'Karang Intan': 'Banjar',
  Martapura: 'Banjar',
  Abepura: 'Jayapura',
  'Sungai Raya': 'Kubu Raya',
  'Gunung Sindur': 'Bogor',
  Sentul: 'Bogor',
  'Lhok Nga': 'Aceh Besar',
  Jantho: 'Aceh Besar',
  'Kota Bakti': 'Pidie',
  Malino: 'Gowa',
  Kerobokan: 'Badung',
};

/** The city for a place named in a unit's name. */
export function cityOf(place: string): string {
  if (place.includes('Nusakambangan')) return 'Cilacap';
  return PLACE_CITY[place] ?? place;
}
