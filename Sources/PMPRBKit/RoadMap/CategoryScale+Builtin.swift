extension CategoryScale {
    /// The scales a road map may name in its `skala` column, in the order
    /// `docs/roadmap-format.md` lists them.
    ///
    /// Only the Indeks RB bands are an instrument's (ASM-10); the others are not in the stored
    /// sources and are marked as assumptions (ASM-PJ-1 to ASM-PJ-4), which reports repeat.
    public static let builtins: [CategoryScale] = {
        var scales: [CategoryScale] = []
        if let rb = BuiltinInstruments.instrument("rb-2020") {
            var scale = CategoryScale(instrument: rb)
            scale.id = "indeks-rb"
            scale.title = "Indeks RB"
            scales.append(scale)
        }
        return scales + [sakip, ikm, ipp, opiniBPK]
    }()

    /// The built-in scale with an id, if any.
    public static func builtin(_ id: String) -> CategoryScale? {
        let key = id.lowercased()
        return builtins.first { $0.id == key }
    }

    /// Letter grades AA to D with lower bounds 90, 80, 70, 60, 50, 30, 0.
    private static func letters(_ labels: [String]) -> [Grade] {
        zip(["AA", "A", "BB", "B", "CC", "C", "D"], zip(labels, [90.0, 80, 70, 60, 50, 30, 0]))
            .map { Grade(grade: $0.0, label: $0.1.0, lowerBound: $0.1.1) }
    }

    /// Nilai SAKIP, 0-100.
    static let sakip = CategoryScale(
        id: "sakip", title: "Nilai SAKIP",
        grades: letters([
            "Sangat Memuaskan", "Memuaskan", "Sangat Baik", "Baik", "Cukup", "Kurang",
            "Sangat Kurang",
        ]),
        provenance: Provenance(
            source: "PermenPANRB 12/2015 (evaluasi SAKIP), tidak tersedia dalam sumber tersimpan",
            isAssumption: true,
            note: "ASM-PJ-1: rentang AA > 90, A > 80, BB > 70, B > 60, CC > 50, C > 30, D >= 0 "
                + "seperti Indeks RB; sesuai angka di peta jalan (Banyumas 48,06 C dan 53,65 CC; "
                + "Tangerang Selatan 66,51 B)"))

    /// Indeks Kepuasan Masyarakat (IKM), 25-100.
    static let ikm = CategoryScale(
        id: "ikm", title: "Indeks Kepuasan Masyarakat",
        grades: [
            Grade(grade: "A", label: "Sangat Baik", lowerBound: 88.30),
            Grade(grade: "B", label: "Baik", lowerBound: 76.60),
            Grade(grade: "C", label: "Kurang Baik", lowerBound: 64.99),
            Grade(grade: "D", label: "Tidak Baik", lowerBound: 25),
        ],
        provenance: Provenance(
            source: "PermenPANRB 14/2017 (survei kepuasan masyarakat), tidak tersedia dalam "
                + "sumber tersimpan",
            isAssumption: true,
            note: "ASM-PJ-2: A 88,31-100, B 76,61-88,30, C 65,00-76,60, D 25,00-64,99; sesuai "
                + "'88,31 (A)' peta jalan Tangerang Selatan Tabel 8"))

    /// Indeks pelayanan publik (evaluasi penyelenggaraan pelayanan publik), 0-5.
    static let ipp = CategoryScale(
        id: "ipp", title: "Indeks Pelayanan Publik",
        grades: zip(
            ["A", "A-", "B", "B-", "C", "C-", "D", "E", "F"],
            zip(
                [
                    "Pelayanan Prima", "Sangat Baik", "Baik", "Baik (dengan catatan)", "Cukup",
                    "Cukup (dengan catatan)", "Buruk", "Sangat Buruk", "Gagal",
                ], [4.5, 4.0, 3.5, 3.0, 2.5, 2.0, 1.5, 1.0, 0])
        ).map { Grade(grade: $0.0, label: $0.1.0, lowerBound: $0.1.1) },
        provenance: Provenance(
            source: "PermenPANRB 17/2017 (evaluasi pelayanan publik), tidak tersedia dalam "
                + "sumber tersimpan",
            isAssumption: true,
            note: "ASM-PJ-3: A > 4,50, A- > 4,00, B > 3,50, B- > 3,00, C > 2,50, C- > 2,00, "
                + "D > 1,50, E > 1,00, F >= 0"))

    /// Opini BPK atas laporan keuangan, best first, without numbers.
    static let opiniBPK = CategoryScale(
        id: "opini-bpk", title: "Opini BPK",
        grades: [
            Grade(grade: "WTP", label: "Wajar Tanpa Pengecualian", lowerBound: nil),
            Grade(grade: "WDP", label: "Wajar Dengan Pengecualian", lowerBound: nil),
            Grade(grade: "TW", label: "Tidak Wajar", lowerBound: nil),
            Grade(grade: "TMP", label: "Tidak Menyatakan Pendapat", lowerBound: nil),
        ],
        provenance: Provenance(
            source: "UU 15/2004 Pasal 16 (jenis opini)", isAssumption: true,
            note: "ASM-PJ-4: urutan WTP, WDP, TW, TMP dari yang terbaik; urutan TW dan TMP "
                + "ditetapkan proyek ini"))
}
