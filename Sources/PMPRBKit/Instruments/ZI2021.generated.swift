// Generated from worksheets/instrumen/zi-2021.csv. Do not edit: change the CSV file, then run
// `RECORD_INSTRUMENTS=1 swift test --filter BuiltinInstrumentFileTests` to regenerate this file.

extension BuiltinInstruments {
    static let zi2021CSV = #"""
kode,jenis,uraian,bobot,tipe_jawaban,rumus,penyebut_nol,ambang,area,sumber,status,catatan
zi-2021,instrumen,Lembar Kerja Evaluasi Zona Integritas menuju WBK/WBBM,100,,,,,,PermenPANRB 90/2021 Lamp. III jo. PermenPANRB 5/2024,pasti,"Instrumen LKE ZI Lampiran III (hlm. 66-87). PermenPANRB 5/2024 hanya mengubah Bab II Lampiran II (syarat pengusulan); isi LKE, bobot dan Tabel 6 tidak berubah."
ya-tidak,tipe,Ya/Tidak,,,Ya=1; Tidak=0,,,,PermenPANRB 90/2021 Lamp. III hlm. 66,asumsi,"ASM-1: Lampiran III hanya mencetak contoh jawaban terbaik (Ya = 1,00, hlm. 66). Tidak = 0 tidak tertulis; diputuskan sebagai komplemen biner, sama dengan tabel jawaban LKE RB 14/2014."
abc,tipe,Pilihan A/B/C,,,A=1; B=0.5; C=0,,,,PermenPANRB 90/2021 Lamp. III hlm. 66,asumsi,"ASM-2: Lampiran III hanya mencetak A = 1,00. B = 0,5 dan C = 0 (langkah sama) tidak tertulis di PermenPANRB 90/2021; dipakai sesuai tabel jawaban LKE RB 14/2014 dan lembar kerja evaluator KemenPANRB 2015."
abcd,tipe,Pilihan A/B/C/D,,,A=1; B=0.67; C=0.33; D=0,,,,PermenPANRB 90/2021 Lamp. III hlm. 66,asumsi,"ASM-3: Lampiran III hanya mencetak A = 1,00. Nilai 0,67/0,33 (dibulatkan dua desimal, bukan 2/3 dan 1/3) tidak tertulis di PermenPANRB 90/2021; dipakai sesuai lembar kerja evaluator KemenPANRB (LKE RB 2015) dan tabel jawaban LKE RB 14/2014."
abcde,tipe,Pilihan A/B/C/D/E,,,A=1; B=0.75; C=0.5; D=0.25; E=0,,,,PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58,asumsi,"ASM-4: Nilai A-E tidak tertulis. Disimpulkan dari Tabel 6: sub-komponen Kinerja Lebih Baik (bobot 5, A/B/C/D/E) minimal 2,50 (WBK) = C x 5 dan 3,75 (WBBM) = B x 5, yang hanya cocok dengan langkah 0,25."
persen,tipe,Persentase dari baris Jumlah,,,persen,,,,PermenPANRB 90/2021 Lamp. III hlm. 81,asumsi,"ASM-5: Butir % dihitung dari baris Jumlah (hlm. 81-86; contoh 100,00% = nilai 1,00). Batas 0..1 (di atas 100% dihitung 100%, negatif dihitung 0) tidak tertulis; diputuskan agar satu butir tidak melebihi nilai jawaban terbaik."
jumlah,tipe,"Jumlah (bilangan cacah, tidak dinilai)",,,jumlah,,,,PermenPANRB 90/2021 Lamp. III hlm. 81,pasti,"Baris '- Jumlah ...' adalah masukan rumus butir %, tidak dinilai sendiri."
skala-0-4,tipe,Nilai survei eksternal skala 0-4,,,skala 0..4,,,,PermenPANRB 90/2021 Lamp. III hlm. 86; Lamp. II Tabel 6 hlm. 58,pasti,"Kolom Pilihan Jawaban 'Nilai (0-4)'. Konversi nilai = bobot x skor/4: contoh LKE 4,00 -> 17,50 (hlm. 86-87); Tabel 6 menyandingkan 15,75 dengan survei 3,60 dan 14,00 dengan survei 3,20."
A,komponen,Pengungkit,60,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 66; Lamp. II Tabel 3 hlm. 43,pasti,
A.I,aspek,Pemenuhan,30,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 66; Lamp. II hlm. 43,pasti,50% dari bobot tiap area pengungkit (Lamp. II hlm. 43).
A.I.1,area,Manajemen Perubahan,4,,,,,MP,PermenPANRB 90/2021 Lamp. III hlm. 66; Lamp. II Tabel 3 hlm. 43,pasti,
A.I.1.i,subindikator,Penyusunan tim kerja,0.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 66,pasti,
A.I.1.i.a,butir,Unit kerja telah membentuk tim pembangunan ZI,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 66,pasti,
A.I.1.i.b,butir,Anggota tim dipilih melalui prosedur/mekanisme yang jelas,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 66,pasti,
A.I.1.ii,subindikator,Rencana pembangunan Zona Integritas,1,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 66,pasti,
A.I.1.ii.a,butir,Ada dokumen rencana kerja pembangunan ZI,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 66,pasti,
A.I.1.ii.b,butir,Rencana memuat target prioritas yang relevan dengan tujuan WBK/WBBM,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 66,pasti,
A.I.1.ii.c,butir,Ada mekanisme/media sosialisasi pembangunan WBK/WBBM,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 66,pasti,
A.I.1.iii,subindikator,Pemantauan dan evaluasi pembangunan,1,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 66,pasti,
A.I.1.iii.a,butir,Kegiatan pembangunan ZI dilaksanakan sesuai rencana,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 66,pasti,
A.I.1.iii.b,butir,Ada monitoring dan evaluasi pembangunan ZI,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 66,pasti,
A.I.1.iii.c,butir,Hasil monitoring dan evaluasi telah ditindaklanjuti,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 67,pasti,
A.I.1.iv,subindikator,Perubahan pola pikir dan budaya kerja,1.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 67,pasti,
A.I.1.iv.a,butir,Pimpinan berperan sebagai role model pembangunan WBK/WBBM,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 67,pasti,
A.I.1.iv.b,butir,Agen perubahan telah ditetapkan dan berkontribusi,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 67,pasti,
A.I.1.iv.c,butir,Budaya kerja dan pola pikir telah dibangun di organisasi,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 67,pasti,
A.I.1.iv.d,butir,Anggota organisasi terlibat dalam pembangunan ZI,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 67,pasti,
A.I.2,area,Penataan Tatalaksana,3.5,,,,,TL,PermenPANRB 90/2021 Lamp. III hlm. 67; Lamp. II Tabel 3 hlm. 43,pasti,
A.I.2.i,subindikator,Prosedur operasional tetap (SOP) kegiatan,1,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 67,pasti,
A.I.2.i.a,butir,SOP mengacu pada peta proses bisnis instansi,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 67,pasti,
A.I.2.i.b,butir,SOP telah diterapkan,,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 68,pasti,
A.I.2.i.c,butir,SOP telah dievaluasi dan ditindaklanjuti,,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 68,pasti,
A.I.2.ii,subindikator,Sistem Pemerintahan Berbasis Elektronik (SPBE),2,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 68,pasti,
A.I.2.ii.a,butir,Pengukuran kinerja unit memakai teknologi informasi,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 68,pasti,
A.I.2.ii.b,butir,Operasionalisasi manajemen SDM memakai teknologi informasi,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 68,pasti,
A.I.2.ii.c,butir,Pelayanan publik memakai teknologi informasi,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 68,pasti,
A.I.2.ii.d,butir,"Monev pemanfaatan TI untuk kinerja, SDM, dan layanan publik",,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 69,pasti,Huruf dicetak 'd' tanpa titik.
A.I.2.iii,subindikator,Keterbukaan informasi publik,0.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 69,pasti,
A.I.2.iii.a,butir,Kebijakan keterbukaan informasi publik telah diterapkan,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 69,pasti,
A.I.2.iii.b,butir,Monev pelaksanaan kebijakan keterbukaan informasi publik,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 69,pasti,
A.I.3,area,Penataan Sistem Manajemen SDM Aparatur,5,,,,,SDM,PermenPANRB 90/2021 Lamp. III hlm. 69; Lamp. II Tabel 3 hlm. 43,pasti,
A.I.3.i,subindikator,Perencanaan kebutuhan pegawai sesuai kebutuhan organisasi,0.25,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 69,pasti,
A.I.3.i.a,butir,Kebutuhan pegawai mengacu peta jabatan dan analisis beban kerja,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 69,pasti,
A.I.3.i.b,butir,Penempatan pegawai hasil rekrutmen sesuai kebutuhan per jabatan,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 69,pasti,
A.I.3.i.c,butir,Monev penempatan pegawai rekrutmen memperbaiki kinerja unit,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 70,pasti,
A.I.3.ii,subindikator,Pola mutasi internal,0.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 70,pasti,
A.I.3.ii.a,butir,Mutasi antarjabatan dilakukan untuk pengembangan karier,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 70,pasti,
A.I.3.ii.b,butir,Mutasi memperhatikan kompetensi jabatan dan pola mutasi,,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 70,pasti,
A.I.3.ii.c,butir,Monev kegiatan mutasi dikaitkan dengan perbaikan kinerja,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 70,pasti,
A.I.3.iii,subindikator,Pengembangan pegawai berbasis kompetensi,1.25,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 70,pasti,
A.I.3.iii.a,butir,Unit kerja melakukan Training Need Analysis,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 70,pasti,
A.I.3.iii.b,butir,Rencana pengembangan kompetensi mempertimbangkan kinerja pegawai,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 70,pasti,
A.I.3.iii.c,butir,Tingkat kesenjangan kompetensi pegawai terhadap standar jabatan,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 71,pasti,
A.I.3.iii.d,butir,Pegawai memperoleh kesempatan diklat/pengembangan kompetensi,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 71,pasti,
A.I.3.iii.e,butir,"Upaya pengembangan kompetensi (pelatihan, in-house, coaching, mentoring)",,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 71,pasti,
A.I.3.iii.f,butir,Monev hasil pengembangan kompetensi terhadap perbaikan kinerja,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 71,pasti,
A.I.3.iv,subindikator,Penetapan kinerja individu,2,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 71,pasti,
A.I.3.iv.a,butir,Kinerja individu terkait dengan perjanjian kinerja organisasi,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 71,pasti,
A.I.3.iv.b,butir,Ukuran kinerja individu selaras dengan indikator level di atasnya,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 72,pasti,
A.I.3.iv.c,butir,Pengukuran kinerja individu dilakukan secara periodik,,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 72,pasti,
A.I.3.iv.d,butir,Hasil penilaian kinerja individu menjadi dasar pemberian reward,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 72,pasti,
A.I.3.v,subindikator,Penegakan aturan disiplin/kode etik/kode perilaku pegawai,0.75,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 72,pasti,
A.I.3.v.a,butir,Aturan disiplin/kode etik/kode perilaku telah dilaksanakan,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 72,pasti,
A.I.3.vi,subindikator,Sistem informasi kepegawaian,0.25,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 72,pasti,
A.I.3.vi.a,butir,Data informasi kepegawaian dimutakhirkan secara berkala,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 72,pasti,
A.I.4,area,Penguatan Akuntabilitas,5,,,,,AK,PermenPANRB 90/2021 Lamp. III hlm. 72; Lamp. II Tabel 3 hlm. 43,pasti,
A.I.4.i,subindikator,Keterlibatan pimpinan,2.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 72,pasti,
A.I.4.i.a,butir,Pimpinan terlibat langsung dalam penyusunan perencanaan,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 73,pasti,
A.I.4.i.b,butir,Pimpinan terlibat langsung dalam penyusunan perjanjian kinerja,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 73,pasti,
A.I.4.i.c,butir,Pimpinan memantau pencapaian kinerja secara berkala,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 73,pasti,
A.I.4.ii,subindikator,Pengelolaan akuntabilitas kinerja,2.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 73,pasti,
A.I.4.ii.a,butir,Dokumen perencanaan kinerja tersedia,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 73,pasti,
A.I.4.ii.b,butir,Perencanaan kinerja berorientasi hasil,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 73,pasti,
A.I.4.ii.c,butir,Indikator Kinerja Utama (IKU) telah ditetapkan,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 73,pasti,
A.I.4.ii.d,butir,Indikator kinerja memenuhi kriteria SMART,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 73,pasti,
A.I.4.ii.e,butir,Laporan kinerja disusun tepat waktu,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 73,pasti,
A.I.4.ii.f,butir,Laporan kinerja memberikan informasi tentang kinerja,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 73,pasti,
A.I.4.ii.g,butir,Ada sistem/mekanisme informasi kinerja,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 73,pasti,"Di hlm. 73 kolom Penjelasan butir ini ('ya, jika terdapat upaya peningkatan kapasitas SDM ...') tidak cocok dengan pertanyaannya; uraian mengikuti pertanyaan."
A.I.4.ii.h,butir,Upaya peningkatan kapasitas SDM pengelola akuntabilitas kinerja,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 73,pasti,Huruf dicetak 'h' tanpa titik.
A.I.5,area,Penguatan Pengawasan,7.5,,,,,PW,PermenPANRB 90/2021 Lamp. III hlm. 73; Lamp. II Tabel 3 hlm. 43,pasti,
A.I.5.i,subindikator,Pengendalian gratifikasi,1.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 73,pasti,
A.I.5.i.a,butir,Public campaign pengendalian gratifikasi,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 74,pasti,
A.I.5.i.b,butir,Pengendalian gratifikasi telah diimplementasikan,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 74,pasti,
A.I.5.ii,subindikator,Penerapan Sistem Pengendalian Intern Pemerintah (SPIP),1.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 74,pasti,
A.I.5.ii.a,butir,Lingkungan pengendalian telah dibangun,,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 74,pasti,
A.I.5.ii.b,butir,Penilaian risiko atas pelaksanaan kebijakan,,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 74,pasti,
A.I.5.ii.c,butir,Kegiatan pengendalian untuk meminimalkan risiko,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 75,pasti,
A.I.5.ii.d,butir,SPI diinformasikan dan dikomunikasikan kepada pihak terkait,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 75,pasti,
A.I.5.iii,subindikator,Pengaduan masyarakat,1.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 75,pasti,
A.I.5.iii.a,butir,Kebijakan pengaduan masyarakat telah diimplementasikan,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 75,pasti,
A.I.5.iii.b,butir,Pengaduan masyarakat ditindaklanjuti,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 75,pasti,
A.I.5.iii.c,butir,Monev penanganan pengaduan masyarakat,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 75,pasti,
A.I.5.iii.d,butir,Hasil evaluasi penanganan pengaduan telah ditindaklanjuti,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 75,pasti,
A.I.5.iv,subindikator,Whistle-Blowing System,1.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 75,pasti,
A.I.5.iv.a,butir,Whistle-Blowing System telah diterapkan,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 75,pasti,
A.I.5.iv.b,butir,Evaluasi atas penerapan Whistle-Blowing System,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 76,pasti,
A.I.5.iv.c,butir,Hasil evaluasi Whistle-Blowing System telah ditindaklanjuti,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 76,pasti,
A.I.5.v,subindikator,Penanganan benturan kepentingan,1.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 76,pasti,
A.I.5.v.a,butir,Identifikasi/pemetaan benturan kepentingan pada tugas fungsi utama,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 76,pasti,
A.I.5.v.b,butir,Penanganan benturan kepentingan disosialisasikan/diinternalisasi,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 76,pasti,
A.I.5.v.c,butir,Penanganan benturan kepentingan diimplementasikan,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 76,pasti,
A.I.5.v.d,butir,Evaluasi atas penanganan benturan kepentingan,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 76,pasti,
A.I.5.v.e,butir,Hasil evaluasi penanganan benturan kepentingan ditindaklanjuti,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 77,pasti,
A.I.6,area,Peningkatan Kualitas Pelayanan Publik,5,,,,,PP,PermenPANRB 90/2021 Lamp. III hlm. 77; Lamp. II Tabel 3 hlm. 43,pasti,
A.I.6.i,subindikator,Standar pelayanan,1,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 77,pasti,
A.I.6.i.a,butir,Kebijakan standar pelayanan telah ditetapkan,,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 77,pasti,
A.I.6.i.b,butir,Standar pelayanan telah dimaklumatkan,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 77,pasti,
A.I.6.i.c,butir,Reviu dan perbaikan atas standar pelayanan,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 77,pasti,
A.I.6.i.d,butir,Standar dan maklumat pelayanan telah dipublikasikan,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 77,pasti,
A.I.6.ii,subindikator,Budaya pelayanan prima,1,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 78,pasti,
A.I.6.ii.a,butir,Peningkatan kompetensi petugas tentang budaya pelayanan prima,,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 78,pasti,
A.I.6.ii.b,butir,Informasi pelayanan mudah diakses melalui berbagai media,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 78,pasti,
A.I.6.ii.c,butir,Sistem penghargaan dan sanksi bagi petugas pemberi layanan,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 78,pasti,
A.I.6.ii.d,butir,Sistem kompensasi bagi penerima layanan bila layanan tidak sesuai standar,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 79,pasti,
A.I.6.ii.e,butir,Tersedia sarana layanan terpadu/terintegrasi,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 79,pasti,
A.I.6.ii.f,butir,Unit kerja memiliki inovasi pelayanan,,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 79,pasti,
A.I.6.iii,subindikator,Pengelolaan pengaduan,1,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 79,pasti,
A.I.6.iii.a,butir,Media pengaduan dan konsultasi terintegrasi dengan SP4N-LAPOR!,,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 79,pasti,
A.I.6.iii.b,butir,Ada unit pengelola pengaduan dan konsultasi pelayanan,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 80,pasti,
A.I.6.iii.c,butir,Evaluasi atas penanganan keluhan/masukan dan konsultasi,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 80,pasti,
A.I.6.iv,subindikator,Penilaian kepuasan terhadap pelayanan,1,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 80,pasti,
A.I.6.iv.a,butir,Survei kepuasan masyarakat terhadap pelayanan dilakukan,,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 80,pasti,
A.I.6.iv.b,butir,Hasil survei kepuasan masyarakat dapat diakses terbuka,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 80,pasti,
A.I.6.iv.c,butir,Tindak lanjut atas hasil survei kepuasan masyarakat,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 80,pasti,
A.I.6.v,subindikator,Pemanfaatan teknologi informasi,1,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 80,pasti,"Butir dicetak berurutan a (hlm. 80), c, b (hlm. 81). Huruf resmi dipertahankan; baris disusun menurut urutan cetak a, c, b."
A.I.6.v.a,butir,Teknologi informasi diterapkan dalam pemberian layanan,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 80,pasti,
A.I.6.v.c,butir,Database pelayanan yang terintegrasi telah dibangun,,ya-tidak,,,,,PermenPANRB 90/2021 Lamp. III hlm. 81,pasti,"Dicetak sebelum butir b (urutan cetak a, c, b); huruf resmi dipertahankan."
A.I.6.v.b,butir,Perbaikan layanan dilakukan secara terus-menerus,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 81,pasti,"Dicetak sesudah butir c (urutan cetak a, c, b); huruf resmi dipertahankan."
A.II,aspek,Reform,30,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 81; Lamp. II hlm. 43,pasti,50% dari bobot tiap area pengungkit (Lamp. II hlm. 43).
A.II.1,area,Manajemen Perubahan,4,,,,,MP,PermenPANRB 90/2021 Lamp. III hlm. 81; Lamp. II Tabel 3 hlm. 43,pasti,
A.II.1.i,subindikator,Komitmen dalam perubahan,2,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 81,pasti,
A.II.1.i.a,butir,Persentase perubahan konkret yang dibuat agen perubahan (1 tahun),,persen,A.II.1.i.a.2 / A.II.1.i.a.1,,,,PermenPANRB 90/2021 Lamp. III hlm. 81,pasti,Rumus tertulis: jumlah perubahan dibagi jumlah agen perubahan ('1 agen 1 perubahan'); di atas 100% dibatasi 1. Penyebut nol (tidak ada agen perubahan): tidak dapat dihitung.
A.II.1.i.a.1,masukan,Jumlah agen perubahan,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 81,pasti,
A.II.1.i.a.2,masukan,Jumlah perubahan yang dibuat,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 81,pasti,Sama dengan A.II.1.i.b.1 (dicetak dua kali).
A.II.1.i.b,butir,Persentase perubahan yang terintegrasi dalam sistem manajemen,,persen,A.II.1.i.b.2 / A.II.1.i.b.1,,,,PermenPANRB 90/2021 Lamp. III hlm. 81,asumsi,ASM-6: Rumus tidak tertulis (hlm. 81). Diputuskan: jumlah perubahan yang diintegrasikan dibagi jumlah perubahan yang dibuat. Penyebut nol (tidak ada perubahan): tidak dapat dihitung.
A.II.1.i.b.1,masukan,Jumlah perubahan yang dibuat,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 81,pasti,Sama dengan A.II.1.i.a.2 (dicetak dua kali).
A.II.1.i.b.2,masukan,Jumlah perubahan yang diintegrasikan dalam sistem manajemen,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 81,pasti,
A.II.1.ii,subindikator,Komitmen pimpinan,1,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 81,pasti,
A.II.1.ii.a,butir,Target capaian ZI ada di dokumen perencanaan unit dan tercapai,,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 81,pasti,Dicetak dengan tanda '-' tanpa huruf; huruf a diberikan menurut urutan cetak.
A.II.1.iii,subindikator,Membangun budaya kerja,1,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 81,pasti,
A.II.1.iii.a,butir,Budaya kerja positif dan nilai organisasi diterapkan dalam tugas,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 81,pasti,Dicetak dengan tanda '-' tanpa huruf; huruf a diberikan menurut urutan cetak.
A.II.2,area,Penataan Tatalaksana,3.5,,,,,TL,PermenPANRB 90/2021 Lamp. III hlm. 81; Lamp. II Tabel 3 hlm. 43,pasti,
A.II.2.i,subindikator,Peta proses bisnis mempengaruhi penyederhanaan jabatan,0.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 81,pasti,Judul tercetak terpotong ('Peta Proses Bisnis Mempengaruhi'); dilengkapi dari butirnya.
A.II.2.i.a,butir,Peta proses bisnis disusun dan menyederhanakan jabatan,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 82,pasti,Dicetak dengan tanda '-' tanpa huruf; huruf a diberikan menurut urutan cetak.
A.II.2.ii,subindikator,SPBE yang terintegrasi,1,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 82,pasti,
A.II.2.ii.a,butir,SPBE terintegrasi mempercepat pelayanan publik,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 82,pasti,
A.II.2.ii.b,butir,SPBE terintegrasi mempercepat pelayanan internal organisasi,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 82,pasti,
A.II.2.iii,subindikator,Transformasi digital memberikan nilai manfaat,2,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 82,pasti,
A.II.2.iii.a,butir,Nilai manfaat transformasi digital pada proses bisnis utama,,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 82,pasti,
A.II.2.iii.b,butir,Nilai manfaat transformasi digital pada administrasi pemerintahan,,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 83,pasti,
A.II.2.iii.c,butir,Nilai manfaat transformasi digital pada pelayanan publik,,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 83,pasti,
A.II.3,area,Penataan Sistem Manajemen SDM Aparatur,5,,,,,SDM,PermenPANRB 90/2021 Lamp. III hlm. 83; Lamp. II Tabel 3 hlm. 43,pasti,
A.II.3.i,subindikator,Kinerja individu,1.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 83,pasti,
A.II.3.i.a,butir,Ukuran kinerja individu berorientasi hasil (outcome) sesuai levelnya,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 83,pasti,
A.II.3.ii,subindikator,Assessment pegawai,1.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 84,pasti,
A.II.3.ii.a,butir,Hasil assessment menjadi dasar mutasi dan pengembangan karier,,abc,,,,,PermenPANRB 90/2021 Lamp. III hlm. 84,pasti,
A.II.3.iii,subindikator,Pelanggaran disiplin pegawai,2,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 84,pasti,
A.II.3.iii.a,butir,Persentase penurunan pelanggaran disiplin pegawai,,persen,(A.II.3.iii.a.1 - A.II.3.iii.a.2) / A.II.3.iii.a.1,1,,,PermenPANRB 90/2021 Lamp. III hlm. 84,asumsi,"ASM-7: Rumus tertulis (tahun lalu - tahun ini) / tahun lalu; kenaikan memberi nilai negatif yang dibatasi 0. Diputuskan: penyebut nol (tidak ada pelanggaran tahun lalu) bernilai 1. Format tidak dapat membedakan kasus tahun lalu 0 dan tahun ini > 0, yang juga akan bernilai 1."
A.II.3.iii.a.1,masukan,Jumlah pelanggaran disiplin tahun sebelumnya,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 84,pasti,
A.II.3.iii.a.2,masukan,Jumlah pelanggaran disiplin tahun ini,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 84,pasti,
A.II.3.iii.a.3,masukan,Jumlah pelanggaran yang telah diberi sanksi/hukuman,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 84,pasti,Informatif: rincian yang tidak dipakai dalam rumus butir induk.
A.II.4,area,Penguatan Akuntabilitas,5,,,,,AK,PermenPANRB 90/2021 Lamp. III hlm. 84; Lamp. II Tabel 3 hlm. 43,pasti,
A.II.4.i,subindikator,Meningkatnya capaian kinerja unit kerja,2,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 84,pasti,
A.II.4.i.a,butir,Persentase sasaran kinerja dengan capaian 100% atau lebih,,persen,A.II.4.i.a.2 / A.II.4.i.a.1,,,,PermenPANRB 90/2021 Lamp. III hlm. 84,pasti,Dicetak dengan tanda '-' tanpa huruf; huruf a diberikan menurut urutan cetak. Rumus tertulis: sasaran tercapai 100% atau lebih dibagi jumlah sasaran. Penyebut nol (tidak ada sasaran): tidak dapat dihitung.
A.II.4.i.a.1,masukan,Jumlah sasaran kinerja,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 84,pasti,
A.II.4.i.a.2,masukan,Jumlah sasaran kinerja yang tercapai 100% atau lebih,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 84,pasti,
A.II.4.ii,subindikator,Pemberian reward and punishment,1.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 84,pasti,
A.II.4.ii.a,butir,Capaian perjanjian kinerja menjadi dasar reward and punishment,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 84,pasti,Dicetak dengan tanda '-' tanpa huruf; huruf a diberikan menurut urutan cetak.
A.II.4.iii,subindikator,Kerangka logis kinerja,1.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 84,pasti,
A.II.4.iii.a,butir,Kerangka logis kinerja mengacu kinerja utama dan dipakai untuk semua pegawai,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 84,pasti,Dicetak dengan tanda '-' tanpa huruf; huruf a diberikan menurut urutan cetak.
A.II.5,area,Penguatan Pengawasan,7.5,,,,,PW,PermenPANRB 90/2021 Lamp. III hlm. 84; Lamp. II Tabel 3 hlm. 43,pasti,
A.II.5.i,subindikator,Mekanisme pengendalian,2.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 84,pasti,
A.II.5.i.a,butir,Pengendalian aktivitas utama dilakukan berjenjang dan tersistem,,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 85,pasti,Dicetak dengan tanda '-' tanpa huruf; huruf a diberikan menurut urutan cetak.
A.II.5.ii,subindikator,Penanganan pengaduan masyarakat,3,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 85,pasti,
A.II.5.ii.a,butir,Persentase penanganan pengaduan masyarakat,,persen,A.II.5.ii.a.3 / A.II.5.ii.a.1,1,,,PermenPANRB 90/2021 Lamp. III hlm. 85,asumsi,ASM-8: Rumus tidak tertulis (hanya 'realisasi penanganan pengaduan yang harus diselesaikan'). Diputuskan: selesai ditindaklanjuti dibagi harus ditindaklanjuti; yang sedang diproses tidak dihitung. Penyebut nol (tidak ada pengaduan) bernilai 1. Dicetak dengan tanda '-' tanpa huruf; huruf a diberikan menurut urutan cetak.
A.II.5.ii.a.1,masukan,Jumlah pengaduan masyarakat yang harus ditindaklanjuti,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 85,pasti,
A.II.5.ii.a.2,masukan,Jumlah pengaduan masyarakat yang sedang diproses,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 85,pasti,Informatif: rincian yang tidak dipakai dalam rumus butir induk.
A.II.5.ii.a.3,masukan,Jumlah pengaduan masyarakat yang selesai ditindaklanjuti,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 85,pasti,
A.II.5.iii,subindikator,Penyampaian laporan harta kekayaan,2,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 85,pasti,Terdiri atas dua sub-subindikator (LHKPN 1 + LHKASN 1); nilainya jumlah nilai keduanya (sama dengan 2 x rata-rata karena bobot sama).
A.II.5.iii.i,subindikator,Penyampaian LHKPN (penyelenggara negara),1,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 85,pasti,
A.II.5.iii.i.a,butir,Persentase penyampaian LHKPN,,persen,A.II.5.iii.i.a.5 / A.II.5.iii.i.a.1,1,,,PermenPANRB 90/2021 Lamp. III hlm. 85,asumsi,ASM-9: Rumus tidak tertulis. Diputuskan: yang sudah melaporkan dibagi yang harus melaporkan; penyebut nol (tidak ada wajib lapor) bernilai 1. Baris rincian .2-.4 informatif. Dicetak dengan tanda '-' tanpa huruf; huruf a diberikan menurut urutan cetak.
A.II.5.iii.i.a.1,masukan,Jumlah yang wajib melaporkan LHKPN,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 85,pasti,
A.II.5.iii.i.a.2,masukan,Rincian wajib LHKPN: kepala satuan kerja,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 85,pasti,Informatif: rincian yang tidak dipakai dalam rumus butir induk. Rincian dari .1.
A.II.5.iii.i.a.3,masukan,Rincian wajib LHKPN: pejabat lain yang diwajibkan,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 85,pasti,Informatif: rincian yang tidak dipakai dalam rumus butir induk. Rincian dari .1.
A.II.5.iii.i.a.4,masukan,Rincian wajib LHKPN: lainnya,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 85,pasti,Informatif: rincian yang tidak dipakai dalam rumus butir induk. Rincian dari .1.
A.II.5.iii.i.a.5,masukan,Jumlah yang sudah melaporkan LHKPN,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 85,pasti,
A.II.5.iii.ii,subindikator,Penyampaian LHKASN (ASN tidak wajib LHKPN),1,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 85,pasti,Judul dicetak di hlm. 85 tanpa nomor 'ii.'; kode ii diberikan menurut urutan cetak. Butirnya di hlm. 86.
A.II.5.iii.ii.a,butir,Persentase penyampaian LHKASN,,persen,A.II.5.iii.ii.a.5 / A.II.5.iii.ii.a.1,1,,,PermenPANRB 90/2021 Lamp. III hlm. 86,asumsi,ASM-9: Rumus tidak tertulis. Diputuskan: yang sudah melaporkan dibagi yang harus melaporkan; penyebut nol (tidak ada wajib lapor) bernilai 1. Baris rincian .2-.4 informatif. Dicetak dengan tanda '-' tanpa huruf; huruf a diberikan menurut urutan cetak.
A.II.5.iii.ii.a.1,masukan,Jumlah ASN yang wajib melaporkan LHKASN,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 86,pasti,
A.II.5.iii.ii.a.2,masukan,Rincian wajib LHKASN: pejabat administrator (eselon III),,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 86,pasti,Informatif: rincian yang tidak dipakai dalam rumus butir induk. Rincian dari .1.
A.II.5.iii.ii.a.3,masukan,Rincian wajib LHKASN: pejabat pengawas (eselon IV),,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 86,pasti,Informatif: rincian yang tidak dipakai dalam rumus butir induk. Rincian dari .1.
A.II.5.iii.ii.a.4,masukan,Rincian wajib LHKASN: fungsional dan pelaksana,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 86,pasti,Informatif: rincian yang tidak dipakai dalam rumus butir induk. Rincian dari .1.
A.II.5.iii.ii.a.5,masukan,Jumlah yang sudah melaporkan LHKASN,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 86,pasti,
A.II.6,area,Peningkatan Kualitas Pelayanan Publik,5,,,,,PP,PermenPANRB 90/2021 Lamp. III hlm. 86; Lamp. II Tabel 3 hlm. 43,pasti,
A.II.6.i,subindikator,Upaya dan/atau inovasi pelayanan publik,2.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 86,pasti,
A.II.6.i.a,butir,Upaya/inovasi mendorong perbaikan sembilan unsur pelayanan publik,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 86,pasti,
A.II.6.i.b,butir,Persentase perizinan/pelayanan yang telah dipermudah,,persen,A.II.6.i.b.2 / A.II.6.i.b.1,,,,PermenPANRB 90/2021 Lamp. III hlm. 86,pasti,Rumus tertulis: layanan yang dipermudah dibagi layanan yang terdata/terdaftar. Penyebut nol (tidak ada layanan terdata): tidak dapat dihitung.
A.II.6.i.b.1,masukan,Jumlah perizinan/pelayanan yang terdata/terdaftar,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 86,pasti,
A.II.6.i.b.2,masukan,Jumlah perizinan/pelayanan yang telah dipermudah,,jumlah,,,,,PermenPANRB 90/2021 Lamp. III hlm. 86,pasti,
A.II.6.ii,subindikator,Penanganan pengaduan pelayanan dan konsultasi,2.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 86,pasti,Judul tercetak terpotong ('Penanganan Pengaduan Pelayanan dan'); dilengkapi dari butirnya.
A.II.6.ii.a,butir,Pengaduan pelayanan direspons cepat melalui berbagai kanal/media,,abcd,,,,,PermenPANRB 90/2021 Lamp. III hlm. 86,pasti,Dicetak dengan tanda '-' tanpa huruf; huruf a diberikan menurut urutan cetak.
B,komponen,Hasil,40,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 86; Lamp. II Tabel 4 hlm. 43,pasti,
B.I,aspek,Birokrasi yang bersih dan akuntabel,22.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 86; Lamp. II Tabel 4 hlm. 43,pasti,
B.I.a,butir,"Nilai survei persepsi anti korupsi (IPAK, survei eksternal)",17.5,skala-0-4,,,,,PermenPANRB 90/2021 Lamp. III hlm. 86; Lamp. II Tabel 4 hlm. 43,pasti,"Diisi skor survei 0-4; nilai = 17,5 x skor/4."
B.I.b,butir,Capaian kinerja lebih baik daripada capaian kinerja sebelumnya,5,abcde,,,,,PermenPANRB 90/2021 Lamp. III hlm. 87; Lamp. II Tabel 4 hlm. 43,pasti,"Pilihan Jawaban dicetak A/B/C/D/E, tetapi hanya kriteria a-d yang tercetak (hlm. 87); E tanpa teks kriteria."
B.II,aspek,Pelayanan publik yang prima,17.5,,,,,,PermenPANRB 90/2021 Lamp. III hlm. 87; Lamp. II Tabel 4 hlm. 43,pasti,
B.II.a,butir,"Nilai survei persepsi kualitas pelayanan (IPKP, survei eksternal)",17.5,skala-0-4,,,,,PermenPANRB 90/2021 Lamp. III hlm. 87; Lamp. II Tabel 4 hlm. 43,pasti,"Diisi skor survei 0-4; nilai = 17,5 x skor/4."
AA,kategori,Sangat Memuaskan,,,,,90,,Infografis Indeks RB Aceh 2022 (pintu.acehprov.go.id); huruf predikat: PermenPANRB 90/2021 Lamp. II Tabel 5 hlm. 46,asumsi,"ASM-10: Rentang dan label kategori Indeks RB tidak ada di PermenPANRB 90/2021; diambil dari satu sumber (infografis Pemprov Aceh, bukan teks peraturan) dan diterapkan pada nilai total ZI sebagai informasi. Batas bawah eksklusif, batas atas inklusif. Label AA 'Sangat Memuaskan' (bukan 'Istimewa') hanya dari sumber ini."
A,kategori,Memuaskan,,,,,80,,Infografis Indeks RB Aceh 2022 (pintu.acehprov.go.id); huruf predikat: PermenPANRB 90/2021 Lamp. II Tabel 5 hlm. 46,asumsi,"ASM-10: Rentang dan label kategori Indeks RB tidak ada di PermenPANRB 90/2021; diambil dari satu sumber (infografis Pemprov Aceh, bukan teks peraturan) dan diterapkan pada nilai total ZI sebagai informasi. Batas bawah eksklusif, batas atas inklusif."
BB,kategori,Sangat Baik,,,,,70,,Infografis Indeks RB Aceh 2022 (pintu.acehprov.go.id); huruf predikat: PermenPANRB 90/2021 Lamp. II Tabel 5 hlm. 46,asumsi,"ASM-10: Rentang dan label kategori Indeks RB tidak ada di PermenPANRB 90/2021; diambil dari satu sumber (infografis Pemprov Aceh, bukan teks peraturan) dan diterapkan pada nilai total ZI sebagai informasi. Batas bawah eksklusif, batas atas inklusif."
B,kategori,Baik,,,,,60,,Infografis Indeks RB Aceh 2022 (pintu.acehprov.go.id); huruf predikat: PermenPANRB 90/2021 Lamp. II Tabel 5 hlm. 46,asumsi,"ASM-10: Rentang dan label kategori Indeks RB tidak ada di PermenPANRB 90/2021; diambil dari satu sumber (infografis Pemprov Aceh, bukan teks peraturan) dan diterapkan pada nilai total ZI sebagai informasi. Batas bawah eksklusif, batas atas inklusif."
CC,kategori,Cukup,,,,,50,,Infografis Indeks RB Aceh 2022 (pintu.acehprov.go.id); huruf predikat: PermenPANRB 90/2021 Lamp. II Tabel 5 hlm. 46,asumsi,"ASM-10: Rentang dan label kategori Indeks RB tidak ada di PermenPANRB 90/2021; diambil dari satu sumber (infografis Pemprov Aceh, bukan teks peraturan) dan diterapkan pada nilai total ZI sebagai informasi. Batas bawah eksklusif, batas atas inklusif."
C,kategori,Kurang,,,,,30,,Infografis Indeks RB Aceh 2022 (pintu.acehprov.go.id); huruf predikat: PermenPANRB 90/2021 Lamp. II Tabel 5 hlm. 46,asumsi,"ASM-10: Rentang dan label kategori Indeks RB tidak ada di PermenPANRB 90/2021; diambil dari satu sumber (infografis Pemprov Aceh, bukan teks peraturan) dan diterapkan pada nilai total ZI sebagai informasi. Batas bawah eksklusif, batas atas inklusif."
D,kategori,Sangat Kurang,,,,,0,,Infografis Indeks RB Aceh 2022 (pintu.acehprov.go.id); huruf predikat: PermenPANRB 90/2021 Lamp. II Tabel 5 hlm. 46,asumsi,"ASM-10: Rentang dan label kategori Indeks RB tidak ada di PermenPANRB 90/2021; diambil dari satu sumber (infografis Pemprov Aceh, bukan teks peraturan) dan diterapkan pada nilai total ZI sebagai informasi. Batas bawah eksklusif, batas atas inklusif. D mencakup 0."
WBK.1,syarat,Nilai total minimal 75,,,total,,75,,PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58,pasti,
WBK.2,syarat,Nilai pengungkit minimal 40,,,A,,40,,PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58,pasti,
WBK.3,syarat,Setiap area pengungkit minimal 60% dari bobotnya,,,area,,60%,,PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58; Tabel 3 hlm. 43,asumsi,ASM-11: 'Bobot nilai minimal per area pengungkit' ditafsirkan: setiap area (pemenuhan + reform area yang sama) dibagi bobotnya di Tabel 3 (hlm. 43).
WBK.4,syarat,"Birokrasi bersih dan akuntabel minimal 18,25",,,B.I,,18.25,,PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58,pasti,
WBK.5,syarat,"Survei persepsi anti korupsi minimal 15,75 (skor 3,60)",,,B.I.a,,15.75,,PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58,pasti,
WBK.6,syarat,"Kinerja lebih baik minimal 2,50",,,B.I.b,,2.5,,PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58,pasti,
WBK.7,syarat,"Pelayanan publik yang prima minimal 14,00 (skor 3,20)",,,B.II,,14,,PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58,pasti,
WBBM.1,syarat,Telah memenuhi predikat Menuju WBK,,,predikat:WBK,,,,PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58,asumsi,"ASM-12: Tabel 6 mensyaratkan unit telah mendapatkan predikat Menuju WBK (penetapan TPN, atau evaluasi mandiri menurut PermenPANRB 5/2024). Penetapan itu tidak dapat diperiksa dari lembar kerja; yang diperiksa: nilai lembar kerja ini memenuhi semua syarat WBK."
WBBM.2,syarat,Nilai total minimal 85,,,total,,85,,PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58,pasti,
WBBM.3,syarat,Nilai pengungkit minimal 48,,,A,,48,,PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58,pasti,
WBBM.4,syarat,Setiap area pengungkit minimal 75% dari bobotnya,,,area,,75%,,PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58; Tabel 3 hlm. 43,asumsi,ASM-11: 'Bobot nilai minimal per area pengungkit' ditafsirkan: setiap area (pemenuhan + reform area yang sama) dibagi bobotnya di Tabel 3 (hlm. 43).
WBBM.5,syarat,"Birokrasi bersih dan akuntabel minimal 19,50",,,B.I,,19.5,,PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58,pasti,
WBBM.6,syarat,"Survei persepsi anti korupsi minimal 15,75 (skor 3,60)",,,B.I.a,,15.75,,PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58,pasti,
WBBM.7,syarat,"Kinerja lebih baik minimal 3,75",,,B.I.b,,3.75,,PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58,pasti,
WBBM.8,syarat,"Pelayanan publik yang prima minimal 15,75 (skor 3,60)",,,B.II,,15.75,,PermenPANRB 90/2021 Lamp. II Tabel 6 hlm. 58,pasti,

"""#
}
