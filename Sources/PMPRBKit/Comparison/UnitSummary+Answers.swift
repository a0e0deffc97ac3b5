import PMPRBPlatform

extension UnitSummary {
    /// The answers of a summary's entries as kept: two bytes per entry for its kind and option,
    /// each option label once and the numbers apart, about a fifth of the memory of a
    /// `[ShownAnswer]` (24 bytes an entry). A comparison keeps 20,000 summaries of some 150
    /// entries each.
    ///
    /// Labels are kept as spelled: two labels are one only when their bytes are, so that
    /// ``answers`` gives back every label exactly.
    struct StoredAnswers: Hashable, Sendable {
        /// Per entry: ``none``, ``number``, ``percent``, or ``firstLabel`` plus the index of
        /// its label in ``labels``.
        private var codes: [UInt16] = []
        private var labels: [String] = []
        /// The value of each number and percentage, in the order of the entries.
        private var numbers: [Double] = []
        /// All the answers, when they have more distinct labels than a code can tell apart.
        private var unpacked: [ShownAnswer]?

        private static let none: UInt16 = 0
        private static let number: UInt16 = 1
        private static let percent: UInt16 = 2
        private static let firstLabel: UInt16 = 3

        init(_ answers: [ShownAnswer]) {
            codes.reserveCapacity(answers.count)
            for answer in answers { append(answer) }
        }

        /// No answers yet, with room for `capacity` entries; ``append(_:)`` adds them.
        init(capacity: Int) {
            codes.reserveCapacity(capacity)
        }

        /// Adds the answer of the next entry: a summary is packed as its entries are made,
        /// without a `[ShownAnswer]` first.
        mutating func append(_ answer: ShownAnswer) {
            if unpacked != nil {
                unpacked!.append(answer)
                return
            }
            switch answer {
            case .none:
                codes.append(Self.none)
            case .number(let value):
                codes.append(Self.number)
                numbers.append(value)
            case .percent(let share):
                codes.append(Self.percent)
                numbers.append(share)
            case .option(let label):
                // `==` first, which is quick for the same or a small string; then the bytes,
                // since `==` also joins canonically equivalent spellings.
                let known = labels.firstIndex { $0 == label && Self.sameBytes($0, label) }
                guard let index = known ?? Self.added(label, to: &labels) else {
                    self = StoredAnswers(unpacked: answers + [answer])
                    return
                }
                codes.append(Self.firstLabel + UInt16(index))
            }
        }

        private init(unpacked: [ShownAnswer]) {
            self.unpacked = unpacked
        }

        /// Whether two strings are spelled with the same bytes. Read through their UTF-8
        /// views, which need no mutable copy of either string (`withUTF8` does, and a copy of
        /// a string is a retain and a release for every entry of every summary).
        private static func sameBytes(_ left: String, _ right: String) -> Bool {
            let same = left.utf8.withContiguousStorageIfAvailable { one in
                right.utf8.withContiguousStorageIfAvailable { other in
                    one.count == other.count && CSVByte.same(one, other)
                }
            }
            return (same ?? nil) ?? left.utf8.elementsEqual(right.utf8)
        }

        /// Appends a label and returns its index, or `nil` when no code is left for it.
        private static func added(_ label: String, to labels: inout [String]) -> Int? {
            guard labels.count < Int(UInt16.max - firstLabel) else { return nil }
            labels.append(label)
            return labels.count - 1
        }

        var count: Int { unpacked?.count ?? codes.count }

        /// The answers, as given.
        var answers: [ShownAnswer] {
            if let unpacked { return unpacked }
            var numbersBefore = 0
            return codes.map { code in
                let answer = decoded(code, numbersBefore: numbersBefore)
                if Self.holdsNumber(code) { numbersBefore += 1 }
                return answer
            }
        }

        /// The answer of one entry.
        func answer(at index: Int) -> ShownAnswer {
            if let unpacked { return unpacked[index] }
            let numbersBefore = codes[..<index].count(where: Self.holdsNumber)
            return decoded(codes[index], numbersBefore: numbersBefore)
        }

        /// Whether an entry's code stands for a number or a percentage, kept in ``numbers``.
        private static func holdsNumber(_ code: UInt16) -> Bool {
            code == number || code == percent
        }

        /// The answer an entry's code stands for, given how many entries before it hold a
        /// number or a percentage.
        private func decoded(_ code: UInt16, numbersBefore: Int) -> ShownAnswer {
            switch code {
            case Self.none: .none
            case Self.number: .number(numbers[numbersBefore])
            case Self.percent: .percent(numbers[numbersBefore])
            default: .option(labels[Int(code - Self.firstLabel)])
            }
        }

        /// Equal when the answers are: by the parts when they agree, else answer by answer
        /// (labels that are canonically equivalent but spelled apart compare equal, as
        /// `ShownAnswer` compares them).
        static func == (left: Self, right: Self) -> Bool {
            (left.codes == right.codes && left.labels == right.labels
                && left.numbers == right.numbers && left.unpacked == right.unpacked)
                || left.answers == right.answers
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(answers)
        }
    }
}
