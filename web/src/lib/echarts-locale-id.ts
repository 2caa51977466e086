// Indonesian texts for ECharts (it ships none); registered as locale 'ID'.
export const echartsLocaleId = {
  time: {
    month: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
    monthAbbr: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
    dayOfWeek: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
    dayOfWeekAbbr: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
  },
  legend: { selector: { all: 'Semua', inverse: 'Balik' } },
  toolbox: {
    brush: {
      title: {
        rect: 'Pilih kotak', polygon: 'Pilih laso', lineX: 'Pilih horizontal',
        lineY: 'Pilih vertikal', keep: 'Simpan pilihan', clear: 'Hapus pilihan',
      },
    },
    dataView: { title: 'Tampilan data', lang: ['Tampilan data', 'Tutup', 'Muat ulang'] },
    dataZoom: { title: { zoom: 'Perbesar', back: 'Atur ulang perbesaran' } },
    magicType: {
      title: { line: 'Ubah ke grafik garis', bar: 'Ubah ke grafik batang', stack: 'Tumpuk', tiled: 'Jajarkan' },
    },
    restore: { title: 'Pulihkan' },
    saveAsImage: { title: 'Simpan sebagai gambar', lang: ['Klik kanan untuk menyimpan gambar'] },
  },
  series: {
    typeNames: {
      pie: 'Grafik lingkaran', bar: 'Grafik batang', line: 'Grafik garis', scatter: 'Diagram pencar',
      effectScatter: 'Diagram pencar beriak', radar: 'Grafik radar', tree: 'Pohon', treemap: 'Peta pohon',
      boxplot: 'Diagram kotak', candlestick: 'Grafik lilin', k: 'Grafik K', heatmap: 'Peta panas',
      map: 'Peta', parallel: 'Koordinat paralel', lines: 'Grafik garis', graph: 'Graf relasi',
      sankey: 'Diagram Sankey', funnel: 'Grafik corong', gauge: 'Meteran', pictorialBar: 'Batang bergambar',
      themeRiver: 'Peta sungai tema', sunburst: 'Sunburst', custom: 'Grafik kustom', chart: 'Grafik',
    },
  },
  aria: {
    general: { withTitle: 'Ini adalah grafik tentang "{title}"', withoutTitle: 'Ini adalah grafik' },
    series: {
      single: { prefix: '', withName: ' bertipe {seriesType} bernama {seriesName}.', withoutName: ' bertipe {seriesType}.' },
      multiple: {
        prefix: '. Terdiri dari {seriesCount} seri.',
        withName: ' Seri ke-{seriesId} adalah {seriesType} yang menggambarkan {seriesName}.',
        withoutName: ' Seri ke-{seriesId} adalah {seriesType}.',
        separator: { middle: '', end: '' },
      },
    },
    data: {
      allData: 'Datanya sebagai berikut: ',
      partialData: '{displayCnt} butir pertama: ',
      withName: 'data untuk {name} adalah {value}',
      withoutName: '{value}',
      separator: { middle: ', ', end: '. ' },
    },
  },
};
