// Generated from worksheets/instrumen/rb-2023-kl.csv. Do not edit: change the CSV file, then run
// `RECORD_INSTRUMENTS=1 swift test --filter BuiltinInstrumentFileTests` to regenerate this file.

extension BuiltinInstruments {
    static let rb2023klCSV = #"""
kode,jenis,uraian,bobot,tipe_jawaban,rumus,penyebut_nol,ambang,area,sumber,status,catatan,gerbang,langsung,maks_penyebut,tingkat,bagian,target,boleh_tb
rb-2023-kl,instrumen,"Indeks Reformasi Birokrasi kementerian/lembaga (PermenPANRB 9/2023, bobot LKE 2023)",110,,,,,,"PermenPANRB 9/2023; Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,"Indeks RB = RB General (0-100, disesuaikan) + RB Tematik (0-10); maksimum 110. Bobot, rentang dan target baik LKE 2023. Bobot tahun berikutnya ditetapkan KepmenPANRB tiap tahun (182/2024 untuk 2024) dan dapat berbeda.",,,,instansi (kementerian/lembaga),,,
skala-0-3,tipe,Nilai 0-3,,,skala 0..3,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,"Rentang (minimum-maksimum) baris; nilai = skor / maksimum x bobot, minimum tidak dipakai.",,,,,,,
skala-0-100,tipe,Nilai 0-100,,,skala 0..100,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,"Rentang (minimum-maksimum) baris; nilai = skor / maksimum x bobot, minimum tidak dipakai.",,,,,,,
skala-0-5,tipe,Nilai 0-5,,,skala 0..5,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,"Rentang (minimum-maksimum) baris; nilai = skor / maksimum x bobot, minimum tidak dipakai.",,,,,,,
skala-1-5,tipe,Tingkat 1-5,,,skala 1..5,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,"Rentang (minimum-maksimum) baris; nilai = skor / maksimum x bobot, minimum tidak dipakai.",,,,,,,
skala-1-4,tipe,Indeks 1-4,,,skala 1..4,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,"Rentang (minimum-maksimum) baris; nilai = skor / maksimum x bobot, minimum tidak dipakai.",,,,,,,
skala-0-410,tipe,Indeks sistem merit 0-410,,,skala 0..410,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,"Rentang (minimum-maksimum) baris; nilai = skor / maksimum x bobot, minimum tidak dipakai.",,,,,,,
opini,tipe,Opini BPK,,,WTP=1; WDP=2/3; TMP=1/3; TW=1/3; Tanpa opini=0,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",asumsi,"ASM-42: Rentang baris Opini BPK 0-3; kode WTP 3, WDP 2, TW/TMP 1, tanpa opini 0 disimpulkan dari konversi balik aplikasi Portal RB ke predikat, tidak tertulis (poin 5,00 / 3,33 / 1,67 / 0).",,,,,,,
skala-koef,tipe,Koefisien evaluator -10 sampai +10,,,skala -10..10,,,,"Portal RB KemenPANRB, pengendali penilaian LKE 2023; PermenPANRB 9/2023",pasti,"Koreksi evaluator, negatif untuk kasus korupsi pimpinan, kasus negatif viral dan sejenisnya.",,,,,,,
A,komponen,Strategi Pelaksanaan RB General,10,,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,umum,,
A.1,butir,Rencana Aksi Pembangunan RB General (dinilai evaluator nasional),3,skala-0-3,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,,ya
A.2,butir,Tingkat implementasi rencana aksi (dikalikan nilai Rencana Aksi),7,skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023; Portal RB KemenPANRB, pengendali penilaian LKE 2023; PermenPANRB 9/2023",pasti,,A.1,,,,,,ya
B,komponen,Capaian Pelaksanaan Kebijakan RB,40,,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,umum,,
B.1,butir,Persentase penyederhanaan struktur organisasi,2,skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,80,ya
B.2,butir,Capaian sistem kerja penyederhanaan birokrasi,2,skala-0-5,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,"4,01",ya
B.3,butir,Maturitas SPIP (BPKP),4,skala-1-5,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,3,ya
B.4,butir,Keberhasilan pembangunan ZI WBK/WBBM (rata-rata 3 tahun),3,skala-0-3,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,2,ya
B.5,butir,Nilai SAKIP,4,skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,"60,01",ya
B.6,butir,Indeks Perencanaan Pembangunan (Bappenas),2,skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,"81,1",ya
B.7,butir,Implementasi kebijakan Arsitektur SPBE,2,skala-0-5,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,3,ya
B.8,butir,Digitalisasi arsip (ANRI),2,skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,"60,01",ya
B.9,butir,Indikator Kinerja Pelaksanaan Anggaran (Kemenkeu),2,skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,88,ya
B.10,butir,Indeks Pengelolaan Aset (Kemenkeu),2,skala-1-4,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,3,ya
B.11,butir,Tindak lanjut pengaduan SP4N-LAPOR!,1.5,skala-1-5,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,4,ya
B.12,butir,Indeks Kualitas Kebijakan (LAN),1.5,skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,65,ya
B.13,butir,Indeks Reformasi Hukum,1.5,skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,"70,01",ya
B.14,butir,Indeks Pembangunan Statistik (BPS),1.5,skala-1-5,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,"2,6",ya
B.15,butir,Indeks Tata Kelola Pengadaan (LKPP),2,skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,"70,01",ya
B.16,butir,Indeks Sistem Merit (KASN),4,skala-0-410,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,250,ya
B.17,butir,Indeks Pelayanan Publik,1.5,skala-0-5,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,"3,51",ya
B.18,butir,Kepatuhan standar pelayanan publik (Ombudsman),1.5,skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,78,ya
C,komponen,Capaian Sasaran Strategis RB,50,,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,umum,,
C.1,butir,Indeks SPBE,9,skala-1-5,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,"2,6",ya
C.2,butir,Capaian Prioritas Nasional (Bappenas),3,skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,"90,01",ya
C.3,butir,Capaian IKU: persentase IKU yang mencapai target (dikalikan Nilai SAKIP),7,skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023; Portal RB KemenPANRB, pengendali penilaian LKE 2023; PermenPANRB 9/2023",pasti,,B.5,,,,,,ya
C.4,butir,Opini BPK,5,opini,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",asumsi,ASM-45: Target baik Opini BPK di tabel bobot (5) di atas rentang 0-3: salah data; baris ini tanpa target.,,,,,,,ya
C.5,butir,Tindak lanjut rekomendasi BPK,4,skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,75,ya
C.6,butir,Indeks BerAKHLAK,4,skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",asumsi,ASM-45: Target baik Indeks BerAKHLAK di tabel bobot (5) tidak sesuai rentang 0-100: salah data; baris ini tanpa target.,,,,,,,ya
C.7,butir,Survei Penilaian Integritas (KPK),10,skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,"77,5",ya
C.8,butir,Survei Kepuasan Masyarakat,8,skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,"76,61",ya
T,komponen,RB Tematik,10,,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,tematik,,
T.1,aspek,Pengentasan kemiskinan,2,,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,,
T.1.a,butir,Strategi,"0,8",skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",asumsi,ASM-41: Rentang skor baris tematik tidak tercatat; dianggap 0-100 (persen dari bobot baris).,,,,,,,
T.1.b,butir,Dampak,"1,2",skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",asumsi,ASM-41: Rentang skor baris tematik tidak tercatat; dianggap 0-100 (persen dari bobot baris).,,,,,,,
T.2,aspek,Peningkatan investasi,2,,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,,
T.2.a,butir,Strategi,"0,8",skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",asumsi,ASM-41: Rentang skor baris tematik tidak tercatat; dianggap 0-100 (persen dari bobot baris).,,,,,,,
T.2.b,butir,Dampak,"1,2",skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",asumsi,ASM-41: Rentang skor baris tematik tidak tercatat; dianggap 0-100 (persen dari bobot baris).,,,,,,,
T.3,aspek,Digitalisasi administrasi pemerintahan (fokus stunting),2,,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,,
T.3.a,butir,Strategi,"0,8",skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",asumsi,ASM-41: Rentang skor baris tematik tidak tercatat; dianggap 0-100 (persen dari bobot baris).,,,,,,,
T.3.b,butir,Dampak,"1,2",skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",asumsi,ASM-41: Rentang skor baris tematik tidak tercatat; dianggap 0-100 (persen dari bobot baris).,,,,,,,
T.4,aspek,Penggunaan produk dalam negeri,2,,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,,
T.4.a,butir,Strategi,"0,8",skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",asumsi,ASM-41: Rentang skor baris tematik tidak tercatat; dianggap 0-100 (persen dari bobot baris).,,,,,,,
T.4.b,butir,Dampak,"1,2",skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",asumsi,ASM-41: Rentang skor baris tematik tidak tercatat; dianggap 0-100 (persen dari bobot baris).,,,,,,,
T.5,aspek,Pengendalian inflasi,2,,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",pasti,,,,,,,,
T.5.a,butir,Strategi,"0,8",skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",asumsi,ASM-41: Rentang skor baris tematik tidak tercatat; dianggap 0-100 (persen dari bobot baris).,,,,,,,
T.5.b,butir,Dampak,"1,2",skala-0-100,,,,,"Portal RB KemenPANRB, tabel bobot LKE 2023 (lke_bobot.csv grup kl); KepmenPANRB 739/2023",asumsi,ASM-41: Rentang skor baris tematik tidak tercatat; dianggap 0-100 (persen dari bobot baris).,,,,,,,
K,komponen,Koefisien evaluator,,,,,,,"Portal RB KemenPANRB, pengendali penilaian LKE 2023; PermenPANRB 9/2023",pasti,Ditambahkan pada RB General sebelum diskala ulang: (general + koefisien) / bobot berlaku x 100.,,,,,koefisien,,
K.1,butir,Koefisien koreksi evaluator (-10 sampai +10; kosong = 0),,skala-koef,,,,,"Portal RB KemenPANRB, pengendali penilaian LKE 2023; PermenPANRB 9/2023",pasti,,,,,,,,
AA,kategori,Sangat Memuaskan,,,,,100,,"Portal RB KemenPANRB, pengendali penilaian LKE 2023; PermenPANRB 9/2023",asumsi,"ASM-43: AA untuk nilai di atas 100; satu jalur kode aplikasi memakai >= 100, jadi nilai tepat 100 tidak pasti (A/A- di sini). ASM-44: Label kategori selain A- tidak tercatat untuk 9/2023; dipakai label ASM-10.",,,,,,,
A,kategori,Memuaskan,,,,,80,,"Portal RB KemenPANRB, pengendali penilaian LKE 2023; PermenPANRB 9/2023",asumsi,ASM-44: Label kategori selain A- tidak tercatat untuk 9/2023; dipakai label ASM-10. A hanya bila setiap baris bertarget baik memenuhinya.,,,,,,,
A-,kategori,Memuaskan dengan catatan,,,target:A,,,,"Portal RB KemenPANRB, pengendali penilaian LKE 2023; PermenPANRB 9/2023",pasti,Diberikan sebagai ganti A bila ada baris di bawah target baiknya.,,,,,,,
BB,kategori,Sangat Baik,,,,,70,,"Portal RB KemenPANRB, pengendali penilaian LKE 2023; PermenPANRB 9/2023",asumsi,ASM-44: Label kategori selain A- tidak tercatat untuk 9/2023; dipakai label ASM-10.,,,,,,,
B,kategori,Baik,,,,,60,,"Portal RB KemenPANRB, pengendali penilaian LKE 2023; PermenPANRB 9/2023",asumsi,ASM-44: Label kategori selain A- tidak tercatat untuk 9/2023; dipakai label ASM-10.,,,,,,,
CC,kategori,Cukup,,,,,50,,"Portal RB KemenPANRB, pengendali penilaian LKE 2023; PermenPANRB 9/2023",asumsi,ASM-44: Label kategori selain A- tidak tercatat untuk 9/2023; dipakai label ASM-10.,,,,,,,
C,kategori,Kurang,,,,,30,,"Portal RB KemenPANRB, pengendali penilaian LKE 2023; PermenPANRB 9/2023",asumsi,ASM-44: Label kategori selain A- tidak tercatat untuk 9/2023; dipakai label ASM-10.,,,,,,,
D,kategori,Sangat Kurang,,,,,0,,"Portal RB KemenPANRB, pengendali penilaian LKE 2023; PermenPANRB 9/2023",asumsi,ASM-44: Label kategori selain A- tidak tercatat untuk 9/2023; dipakai label ASM-10. D mencakup 0.,,,,,,,

"""#
}
