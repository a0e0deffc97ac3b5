import PMPRBPlatform

/// Reads the `rumus` of a `tipe` row: `Ya=1; Tidak=0`, `skala 0..4`, `persen` or `jumlah`.
enum AnswerTypeRule {
    struct Failure: Error {
        var message: InstrumentMessage
    }

    /// A value from 0 to 1, written as a number (`0.5`) or a fraction (`2.5/3`).
    static func optionValue(_ text: String) -> Double? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let number = LocaleNumber.parse(text), !number.isPercent else { return nil }
            return number.value
        case 2:
            guard let top = LocaleNumber.parse(String(parts[0])), !top.isPercent,
                let bottom = LocaleNumber.parse(String(parts[1])), !bottom.isPercent,
                bottom.value > 0
            else { return nil }
            return top.value / bottom.value
        default:
            return nil
        }
    }

    /// A bound of a scale: `0`, `3.5`, `3,5` or `-10`.
    private static func bound(_ text: String) -> Double? {
        guard let number = LocaleNumber.parse(text), !number.isPercent else { return nil }
        return number.value
    }

    static func parse(_ rule: String) -> Result<AnswerType.Conversion, Failure> {
        let text = rule.trimmed
        switch text.lowercased() {
        case "persen": return .success(.percent)
        case "jumlah": return .success(.count)
        default: break
        }
        if text.lowercased().hasPrefix("skala") {
            let range = text.dropFirst("skala".count).trimmed
            let bounds = range.components(separatedBy: "..")
            guard bounds.count == 2, let low = Self.bound(bounds[0]), let high = Self.bound(bounds[1]),
                low < high, high > 0
            else {
                return .failure(Failure(message: .scaleForm(text)))
            }
            return .success(.scale(minimum: low, maximum: high))
        }
        var options: [AnswerType.Option] = []
        for part in text.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map {
                $0.trimmed
            }
            guard pair.count == 2, !pair[0].isEmpty, let value = optionValue(pair[1]),
                (0...1).contains(value)
            else {
                return .failure(Failure(message: .conversionUnreadable(text)))
            }
            if options.contains(where: { $0.label.lowercased() == pair[0].lowercased() }) {
                return .failure(Failure(message: .optionTwice(pair[0], in: text)))
            }
            options.append(AnswerType.Option(label: pair[0], value: value))
        }
        guard options.count >= 2 else {
            return .failure(Failure(message: .fewerThanTwoOptions(text)))
        }
        return .success(.options(options))
    }
}
