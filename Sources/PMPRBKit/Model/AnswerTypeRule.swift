import Foundation

/// Reads the `rumus` of a `tipe` row: `Ya=1; Tidak=0`, `skala 0..4`, `persen` or `jumlah`.
enum AnswerTypeRule {
    struct Failure: Error {
        var message: String
    }

    static let expected =
        "expected options with values ('A=1; B=0.5; C=0'), 'skala MIN..MAX', 'persen' or 'jumlah'"

    static func parse(_ rule: String) -> Result<AnswerType.Conversion, Failure> {
        let text = rule.trimmingCharacters(in: .whitespaces)
        switch text.lowercased() {
        case "persen": return .success(.percent)
        case "jumlah": return .success(.count)
        default: break
        }
        if text.lowercased().hasPrefix("skala") {
            let range = text.dropFirst("skala".count).trimmingCharacters(in: .whitespaces)
            let bounds = range.components(separatedBy: "..")
            guard bounds.count == 2, let low = Double(bounds[0]), let high = Double(bounds[1]),
                low < high, high > 0
            else {
                return .failure(Failure(message: "scale '\(text)' is not of the form 'skala 0..4'"))
            }
            return .success(.scale(minimum: low, maximum: high))
        }
        var options: [AnswerType.Option] = []
        for part in text.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard pair.count == 2, !pair[0].isEmpty, let value = LocaleNumber.parse(pair[1]),
                !value.isPercent, (0...1).contains(value.value)
            else {
                return .failure(Failure(message: "conversion '\(text)' cannot be read"))
            }
            if options.contains(where: { $0.label.lowercased() == pair[0].lowercased() }) {
                return .failure(Failure(message: "option '\(pair[0])' appears twice in '\(text)'"))
            }
            options.append(AnswerType.Option(label: pair[0], value: value.value))
        }
        guard options.count >= 2 else {
            return .failure(Failure(message: "conversion '\(text)' has fewer than two options"))
        }
        return .success(.options(options))
    }
}
