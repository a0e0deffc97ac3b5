// Generated from worksheets/instrumen/rb-2023-strategi.csv. Do not edit: change the CSV file, then run
// `RECORD_INSTRUMENTS=1 swift test --filter BuiltinInstrumentFileTests` to regenerate this file.

extension BuiltinInstruments {
    static let rb2023strategiCSV = #"""
kode,jenis,uraian,bobot,tipe_jawaban,rumus,penyebut_nol,ambang,area,sumber,status,catatan,gerbang,langsung,maks_penyebut,tingkat
rb-2023-strategi,instrumen,"LKE Strategi Pelaksanaan RB General (evaluator nasional): nilai baris Rencana Aksi (0-3)",3,,,,,,"PermenPANRB 9/2023; Portal RB KemenPANRB, LKE Strategi Pelaksanaan 2024",pasti,"Hasilnya adalah nilai baris A.1 Rencana Aksi Pembangunan RB General pada rb-2023-kl, rb-2023-provinsi dan rb-2023-kabkota (0-3).",,,,instansi (evaluator nasional)
cakupan,tipe,Cakupan A-E atau Ya/Tidak,,,A=1; B=0.75; C=0.5; D=0.25; E=0; Ya=1; Tidak=0,,,,"Portal RB KemenPANRB, LKE Strategi Pelaksanaan 2024",pasti,"A = 100%, B 75% sampai < 100%, C 50% sampai < 75%, D 10% sampai < 50%, E < 10% dari rencana aksi yang memenuhi kriteria; Ya = 1, Tidak = 0."
A,komponen,Strategi Pelaksanaan RB General,3,,,,,,"Portal RB KemenPANRB, LKE Strategi Pelaksanaan 2024",pasti,
A.1,area,Kegiatan utama,1.5,,,,,KU,"Portal RB KemenPANRB, LKE Strategi Pelaksanaan 2024",asumsi,"ASM-52: Aplikasi memuat dua penjumlahan: 1,5 x rata-rata 3 kriteria kegiatan utama + 1,5 x rata-rata 4 kriteria rencana aksi (dipakai di sini), dan bulat(rata-rata KU, 2) + bulat(2 x rata-rata RA, 2) (bobot 1 dan 2). Mana yang resmi tidak pasti."
A.1.i,subindikator,Kriteria kegiatan utama,1.5,,,,,,"Portal RB KemenPANRB, LKE Strategi Pelaksanaan 2024",asumsi,"ASM-52: Aplikasi memuat dua penjumlahan: 1,5 x rata-rata 3 kriteria kegiatan utama + 1,5 x rata-rata 4 kriteria rencana aksi (dipakai di sini), dan bulat(rata-rata KU, 2) + bulat(2 x rata-rata RA, 2) (bobot 1 dan 2). Mana yang resmi tidak pasti."
A.1.i.a,butir,Penetapan kegiatan utama,,cakupan,,,,,"Portal RB KemenPANRB, LKE Strategi Pelaksanaan 2024",pasti,
A.1.i.b,butir,Target indikator kegiatan utama,,cakupan,,,,,"Portal RB KemenPANRB, LKE Strategi Pelaksanaan 2024",pasti,
A.1.i.c,butir,Keabsahan rencana aksi,,cakupan,,,,,"Portal RB KemenPANRB, LKE Strategi Pelaksanaan 2024",pasti,
A.2,area,Rencana aksi,1.5,,,,,RA,"Portal RB KemenPANRB, LKE Strategi Pelaksanaan 2024",asumsi,"ASM-52: Aplikasi memuat dua penjumlahan: 1,5 x rata-rata 3 kriteria kegiatan utama + 1,5 x rata-rata 4 kriteria rencana aksi (dipakai di sini), dan bulat(rata-rata KU, 2) + bulat(2 x rata-rata RA, 2) (bobot 1 dan 2). Mana yang resmi tidak pasti."
A.2.i,subindikator,Kriteria rencana aksi,1.5,,,,,,"Portal RB KemenPANRB, LKE Strategi Pelaksanaan 2024",asumsi,"ASM-52: Aplikasi memuat dua penjumlahan: 1,5 x rata-rata 3 kriteria kegiatan utama + 1,5 x rata-rata 4 kriteria rencana aksi (dipakai di sini), dan bulat(rata-rata KU, 2) + bulat(2 x rata-rata RA, 2) (bobot 1 dan 2). Mana yang resmi tidak pasti."
A.2.i.a,butir,Kelogisan rencana aksi,,cakupan,,,,,"Portal RB KemenPANRB, LKE Strategi Pelaksanaan 2024",pasti,
A.2.i.b,butir,Relevansi dan kecukupan indikator output,,cakupan,,,,,"Portal RB KemenPANRB, LKE Strategi Pelaksanaan 2024",pasti,
A.2.i.c,butir,Ketepatan target,,cakupan,,,,,"Portal RB KemenPANRB, LKE Strategi Pelaksanaan 2024",pasti,
A.2.i.d,butir,Anggaran,,cakupan,,,,,"Portal RB KemenPANRB, LKE Strategi Pelaksanaan 2024",pasti,

"""#
}
