/// The words of the Indeks RB section in each language (`docs/methodology.md`, section 11).
extension Labels {

    /// `(76,96 - 1,00) / 98,00 x 100`: the coefficient's sign as the operator.
    func adjustedFormula(general: Double, coefficient: Double, applicable: Double) -> String {
        let sign = coefficient < 0 ? "-" : "+"
        return "(\(language.number(general)) \(sign) \(language.number(abs(coefficient)))) / "
            + "\(language.number(applicable)) x 100"
    }

    func notApplicableLines(_ codes: [String], weight: String) -> String {
        pick(
            "Tidak berlaku (TB): \(codes.joined(separator: ", ")); bobot \(weight) dikeluarkan "
                + "dan RB General diskala ulang atas bobot yang berlaku.",
            "Not applicable (TB): \(codes.joined(separator: ", ")); weight \(weight) is left "
                + "out and RB General rescaled over the weight that applies.")
    }

    func standsIn(_ grade: String, for base: String, misses: Int) -> String {
        pick(
            "\(grade) dan bukan \(base): nilai dalam rentang \(base), tetapi \(misses) baris di "
                + "bawah target baiknya:",
            "\(grade) rather than \(base): the score is in \(base)'s range, but \(misses) line(s) "
                + "are below their target:")
    }

    func everyTargetMet(_ grade: String) -> String {
        pick(
            "\(grade): setiap baris yang bertarget baik memenuhi targetnya.",
            "\(grade): every line with a target meets it.")
    }

    func missedTarget(_ code: String, _ title: String, value: String, target: String) -> String {
        pick(
            "- \(code) \(title): \(value) < target \(target)",
            "- \(code) \(title): \(value) < target \(target)")
    }

    func uncertainBoundary(_ bound: String, grade: String, id: String) -> String {
        pick(
            "Nilai tepat pada batas \(grade) (\(bound)): apakah batas ini termasuk \(grade) tidak "
                + "pasti (\(id)).",
            "The score is exactly at \(grade)'s boundary (\(bound)): whether it belongs to "
                + "\(grade) is uncertain (\(id)).")
    }

    /// The assumptions of a two-part index, which hold for every one (`docs/methodology.md`,
    /// section 11).
    var indexAssumptions: [String] {
        [
            pick(
                "ASM-48: RB General disesuaikan dijaga dalam 0-100 (koefisien tidak membuatnya "
                    + "melebihi 100 atau di bawah 0).",
                "ASM-48: the adjusted RB General is kept within 0-100 (the coefficient cannot "
                    + "take it above 100 or below 0)."),
            pick(
                "ASM-50: nilai baris tidak dibulatkan sebelum dijumlah; hanya nilai yang "
                    + "ditampilkan dibulatkan dua desimal.",
                "ASM-50: line points are not rounded before they are added; only shown values "
                    + "are rounded to two decimals."),
        ]
    }
}
