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

    /// Grades from their codes, labels and lower bounds, best first.
    private static func grades(
        _ codes: [String], _ labels: [String], _ bounds: [Double?]
    ) -> [Grade] {
        zip(codes, zip(labels, bounds)).map {
            Grade(grade: $0.0, label: $0.1.0, lowerBound: $0.1.1)
        }
    }

    /// Letter grades AA to D with lower bounds 90, 80, 70, 60, 50, 30, 0.
    private static func letters(_ labels: [String]) -> [Grade] {
        grades(["AA", "A", "BB", "B", "CC", "C", "D"], labels, [90, 80, 70, 60, 50, 30, 0])
    }

    /// A scale whose regulation is not in the stored sources: its ranges are an assumption,
    /// which `note` states with what supports it.
    private static func assumed(
        _ id: String, _ title: String, _ grades: [Grade], regulation: String,
        assumption note: String
    ) -> CategoryScale {
        CategoryScale(
            id: id, title: title, grades: grades,
            provenance: Provenance(
                source: regulation + ", tidak tersedia dalam sumber tersimpan",
                isAssumption: true, note: note))
    }

    /// Nilai SAKIP, 0-100.
    static let sakip = assumed(
        "sakip", "Nilai SAKIP",
        letters([
            "Sangat Memuaskan", "Memuaskan", "Sangat Baik", "Baik", "Cukup", "Kurang",
            "Sangat Kurang",
        ]),
        regulation: "PermenPANRB 12/2015 (evaluasi SAKIP)",
        assumption: "ASM-PJ-1: rentang AA > 90, A > 80, BB > 70, B > 60, CC > 50, C > 30, "
            + "D >= 0 seperti Indeks RB; sesuai angka di peta jalan (Banyumas 48,06 C dan "
            + "53,65 CC; Tangerang Selatan 66,51 B)")

    /// Indeks Kepuasan Masyarakat (IKM), 25-100.
    static let ikm = assumed(
        "ikm", "Indeks Kepuasan Masyarakat",
        grades(
            ["A", "B", "C", "D"], ["Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik"],
            [88.30, 76.60, 64.99, 25]),
        regulation: "PermenPANRB 14/2017 (survei kepuasan masyarakat)",
        assumption: "ASM-PJ-2: A 88,31-100, B 76,61-88,30, C 65,00-76,60, D 25,00-64,99; "
            + "sesuai '88,31 (A)' peta jalan Tangerang Selatan Tabel 8")

    /// Indeks pelayanan publik (evaluasi penyelenggaraan pelayanan publik), 0-5.
    static let ipp = assumed(
        "ipp", "Indeks Pelayanan Publik",
        grades(
            ["A", "A-", "B", "B-", "C", "C-", "D", "E", "F"],
            [
                "Pelayanan Prima", "Sangat Baik", "Baik", "Baik (dengan catatan)", "Cukup",
                "Cukup (dengan catatan)", "Buruk", "Sangat Buruk", "Gagal",
            ], [4.5, 4.0, 3.5, 3.0, 2.5, 2.0, 1.5, 1.0, 0]),
        regulation: "PermenPANRB 17/2017 (evaluasi pelayanan publik)",
        assumption: "ASM-PJ-3: A > 4,50, A- > 4,00, B > 3,50, B- > 3,00, C > 2,50, C- > 2,00, "
            + "D > 1,50, E > 1,00, F >= 0")

    /// Opini BPK atas laporan keuangan, best first, without numbers.
    static let opiniBPK = CategoryScale(
        id: "opini-bpk", title: "Opini BPK",
        grades: grades(
            ["WTP", "WDP", "TW", "TMP"],
            [
                "Wajar Tanpa Pengecualian", "Wajar Dengan Pengecualian", "Tidak Wajar",
                "Tidak Menyatakan Pendapat",
            ], [nil, nil, nil, nil]),
        provenance: Provenance(
            source: "UU 15/2004 Pasal 16 (jenis opini)", isAssumption: true,
            note: "ASM-PJ-4: urutan WTP, WDP, TW, TMP dari yang terbaik; urutan TW dan TMP "
                + "ditetapkan proyek ini"))
}
