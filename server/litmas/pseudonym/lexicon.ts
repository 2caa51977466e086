/**
 * Word lists the identity detectors read: the cues that announce a person's name
 * (titles, ranks, kinship words, roles), and the words that are never names.
 * All entries are folded (lower case, no apostrophes).
 */

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Honorifics and titles written before a name ("Pak Darto", "Hj. Siti", "Bripka Andi"). */
export const TITLES = words(`
  bapak pak bpk ibu bu sdr sdri sdra saudara saudari mbah kakek nenek koh cik ci engkoh encik haji hj h ustadz ustad ustaz
  ustadzah ustazah kyai kiai gus ning mas mbak bang abang kak kakak dik adik teh aa akang kang uda uni om tante bude pakde
  bulik paklik bulek opung inang amang oma opa daeng tuan nyonya nona drs dra dr ir prof bung mpok nyai eyang mak
  cak ning uwak wak ompung ma mak emak abah ceu euceu teteh neng mama bapa papa pdt pendeta ns bidan suster romo pastor
  ny nyai
  bripda briptu brigpol brigadir bripka aipda aiptu ipda iptu akp kompol akbp kombes brigjen irjen komjen jenderal
  bharada bharatu bharaka prada pratu praka kopda koptu kopka serda sertu serka serma pelda peltu letda lettu kapten mayor
  letkol kolonel
`);

/** Kinship words ("adiknya Rina", "kakak klien, Dimas"). */
export const KINSHIP = words(`
  ayah ayahnya bapaknya ibunya ibu kandung ayahanda ibunda kakak kakaknya adik adiknya abang abangnya kakek kakeknya nenek
  neneknya paman pamannya bibi bibinya tante tantenya om omnya sepupu sepupunya keponakan keponakannya istri istrinya suami
  suaminya anak anaknya cucu cucunya mertua mertuanya menantu menantunya ipar iparnya pacar pacarnya kekasih kekasihnya
  teman temannya kawan kawannya sahabat sahabatnya rekan rekannya tetangga tetangganya majikan majikannya atasan atasannya
  saudaranya saudarinya mantan pakdenya budenya kakaknya pamanya penjamin
`);

/** Roles after which a name usually follows ("ketua RT", "saksi", "pelaku lain", "guru"). */
export const ROLES = words(`
  lurah kades camat kadus ketua sekretaris bendahara guru saksi korban pelaku tersangka terdakwa terpidana penyidik jaksa
  hakim pengacara advokat penasihat pendamping bhabinkamtibmas babinsa kapolsek kapolres kanit kasat panit penyidik
  pembina pemilik pengelola pengasuh pembimbing mandor bos juragan ustadz kepala sekolah wali walinya kelas tokoh pemuka
  rt rw
`);

/**
 * Words after which a lower-case name ends ("adiknya rina masih sekolah"): a lower-case
 * word after a kinship word is taken for a name only when one of these (or punctuation)
 * follows it, so "temannya sesama nelayan" names nobody.
 */
export const AFTER_NAME = words(`
  yang dan atau masih sedang sudah telah belum juga akan tidak pun adalah ialah bersama dengan di ke dari pada yaitu
  tinggal bekerja sekolah kuliah datang pergi pulang hadir mengatakan menyatakan bilang sering selalu pernah kini saat
  ketika karena sebagai untuk lalu kemudian serta mau ingin bisa dapat harus
`);

/** Cues after which a name follows even in lower case. */
export const STRONG_CUES = words('bernama dipanggil panggilan alias als bin binti atas an sapaan julukan inisial');

/** Institutions and public places: the words after them name the institution, not a person. */
export const INSTITUTIONS = words(`
  polres polsek polda polresta polrestabes mabes kejari kejati kejaksaan pengadilan pn pt ma lapas rutan lpka bapas lpks
  rupbasan kanwil kementerian dinas puskesmas rsud rs rumah sakit klinik masjid musala mushola musholla surau gereja pura
  vihara klenteng pondok pesantren ponpes madrasah sd smp sma smk mts ma mi sdn smpn sman smkn universitas institut sekolah
  yayasan lembaga bank kantor koramil kodim polsubsektor satreskrim reskrim unit ppa satlantas pasar terminal stasiun
  bandara pelabuhan alfamart indomaret toko warung pt cv ud koperasi bumdes balai kelurahan desa kecamatan kabupaten kota
  provinsi gedung lapangan stadion taman hotel politeknik poltek akademi stikes stie stkip iain uin alun-alun pantai
  spbu gmit hkbp gki gpib
`);

/** Private businesses: "Warung Mak Ijah" names its owner, "RSUD Dr. Soetomo" names no one alive in the case. */
export const PRIVATE_PLACES = words('warung toko bengkel kios pt cv ud koperasi kantor hotel losmen rumah kos kontrakan');

/**
 * Capitalised words that are not names: places and institutions the detectors keep,
 * months, days, religions, holidays, common acronyms and brands of a litmas narrative.
 */
export const NOT_NAMES = words(`
  klien korban pelaku anak saksi ayah ibu kakak adik bapak pak bu keluarga penjamin wali rt rw pk bapas lapas rutan lpka
  polres polsek polda polri tni pn kuhp kuhap uu pp perma permenkumham keppres pasal ayat huruf jo juncto nomor tahun
  republik indonesia negara negeri kota kabupaten provinsi kecamatan kelurahan desa dusun jalan jl gang gg metro raya
  januari februari maret april mei juni juli agustus september oktober november desember jan feb mar apr jun jul agu ags
  sep okt nov des senin selasa rabu kamis jumat jum'at sabtu minggu ahad
  islam kristen katolik protestan hindu buddha budha konghucu muslim allah tuhan idul lebaran ramadan ramadhan
  natal imlek nyepi waisak
  sd smp sma smk mts ma mi sdn smpn sman smkn paket kejar universitas pesantren
  rp idr wib wita wit km kg cm hp wa sim stnk ktp kk nik nisn nis nim npm npwp skck bap lp bpjs kis pkh blt covid narkoba sabu ganja shabu napza
  honda yamaha suzuki kawasaki toyota daihatsu beat vario mio scoopy supra jupiter nmax aerox pcx xenia avanza
  whatsapp facebook instagram tiktok youtube telegram google dana ovo gopay shopee tokopedia alfamart indomaret
  bri bni bca btn mandiri bsi
  litmas diversi asimilasi pembebasan bersyarat cuti tpp rri spkt ppa reskrim satreskrim unit sektor resor daerah
  kepolisian kejaksaan pengadilan kementerian imigrasi pemasyarakatan direktorat jenderal balai lembaga rumah tahanan
  nasional umum negeri swasta terpadu
  sh mh pd spd sos ssos kom skom hum kep psi si ag md amd se mm st sp ip kn ked mkn mpd msi sth
  i ii iia iib iii iv register kab kec kel prov satresnarkoba satnarkoba resnarkoba bnn bnnp bnnk
`);

/**
 * Lower-case words that follow a kinship word or a title without being a name
 * ("ibu kandung", "adiknya masih sekolah", "pak guru"): function words, common nouns,
 * verbs and adjectives of a litmas narrative.
 */
export const COMMON_WORDS = words(`
  yang dan di ke dari pada untuk dengan oleh dalam atas bahwa ini itu tersebut ia dia mereka kami kita saya aku beliau
  juga sudah telah belum akan sedang masih tidak bukan tak hanya saja pun serta atau tetapi tapi namun karena sehingga
  ketika saat waktu sejak hingga sampai setelah sesudah sebelum lalu kemudian bersama sebagai seperti agar supaya jika
  bila apabila maka adalah ialah merupakan yaitu yakni para sang si setiap semua seluruh beberapa banyak sedikit sekitar
  kurang lebih sangat paling pernah selalu sering jarang baru lama dulu kini sekarang nanti tadi sendiri lagi pula punya
  ada bisa dapat harus perlu mau ingin tiap antara antar tanpa tentang terhadap menurut sesuai kepada bagi daripada
  secara hal pihak sama lain lainnya pertama kedua ketiga keempat kelima keenam ketujuh kedelapan sulung bungsu tengah
  tertua termuda pertamanya keduanya ketiganya sulungnya bungsunya satu dua tiga empat lima enam tujuh delapan sembilan
  sepuluh kandung tiri angkat asuh kembar laki perempuan pria wanita kecil besar tua muda dewasa remaja balita bayi
  klien korban pelaku anak saksi keluarga orang warga masyarakat kelas rumah tangga kos kost kontrakan sekolah kampung
  desa kelurahan kecamatan kota setempat kerja pekerjaan tetangga teman rekan guru kepala ketua sekretaris lurah camat
  tani petani buruh pedagang sopir supir nelayan wiraswasta karyawan swasta pns honorer ojek tukang montir kuli satpam
  pengangguran pelajar mahasiswa santri siswa murid sakit sehat meninggal almarhum almarhumah alm almh cerai bercerai
  pisah berpisah menikah nikah kawin belum sudah tinggal bekerja sekolah kuliah merantau pulang pergi datang kembali
  hadir tidak menolak menerima bersedia setuju marah sedih kecewa senang takut malu menyesal memaafkan berdamai damai
  baik buruk kurang cukup mampu miskin kaya sederhana layak harmonis rukun dekat jauh akrab jarang sering
  juga itu pun lah kah tah nya mu ku kan saja lagi ya tidak
  kandungnya tirinya angkatnya kelasnya sekolahnya
  luka memar trauma ringan berat parah sembuh dirawat
  rt rw kampungnya rumahnya tunggal tegas keras lembut sabar galak pendiam sesama jemaat umat pemasyarakatan
  kemasyarakatan binaan pembimbing pengawas pendamping boru br sendiri satu-satunya angkatnya kandungnya
`);

/**
 * Looks like an affixed Indonesian verb (me-/ber-/di-/ter-…, …-kan/-nya) rather than a
 * name; used only for lower-case words ("korban dipukul", "saksi melihat").
 */
export const AFFIXED = /^(?:me|mem|men|meng|meny|ber|di|ter)\p{L}{4,}$|^\p{L}{3,}(?:kan|nya|lah|kah)$/u;

/** Folds a word or phrase for lookups: lower case, apostrophes removed, spaces collapsed. */
export function fold(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
