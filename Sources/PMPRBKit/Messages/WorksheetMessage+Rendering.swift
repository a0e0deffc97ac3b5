extension WorksheetMessage {
    /// The message in a language.
    public func rendered(_ language: ReportLanguage) -> String {
        let say = language.pick
        switch self {
        case .rowWithoutCode:
            return say("baris tanpa kode", "row has no kode")
        case .everyRowStartsWithCode:
            return say(
                "setiap baris lembar kerja diawali kode butirnya",
                "every row of a worksheet starts with the item's code")
        case .duplicateCode(let code):
            return say("kode '\(code)' ganda", "duplicate kode '\(code)'")
        case .firstUsedOnLine(let line):
            return say(
                "pertama dipakai di baris \(line); setiap butir muncul sekali",
                "first used on line \(line); each item appears once")
        case .unknownCode(let code):
            return say("kode '\(code)' tidak dikenal", "unknown kode '\(code)'")
        case .didYouMean(let code):
            return say("mungkin maksud Anda '\(code)'?", "did you mean '\(code)'?")
        case .codesOfInstrument(let id):
            return say(
                "kode yang berlaku adalah kode instrumen '\(id)'",
                "the codes are those of instrument '\(id)'")
        case .numeratorExceeds(let code, let value, let denominators, let denominatorValue):
            let (a, b) = (Self.count(value), Self.count(denominatorValue))
            return say(
                "'\(code)' (\(a)) lebih besar dari '\(denominators)' (\(b))",
                "'\(code)' (\(a)) is more than '\(denominators)' (\(b))")
        case .numeratorCapped(let code, let formula):
            return say(
                "untuk '\(code)' pembilang tidak boleh melebihi penyebut: \(formula)",
                "for '\(code)' the numerator cannot exceed the denominator: \(formula)")
        case .otherInstrument(let named, let expected):
            return say(
                "lembar kerja ini untuk instrumen '\(named)', bukan '\(expected)'",
                "the worksheet is for instrument '\(named)', not '\(expected)'")
        case .useOwnInstrument(let id):
            return say(
                "nilai dengan instrumennya sendiri, atau mulai dari 'pmprb template \(id)'",
                "score it with its own instrument, or start from 'pmprb template \(id)'")
        case .notAYear(let text):
            return say("tahun '\(text)' bukan tahun", "tahun '\(text)' is not a year")
        case .writeYear:
            return say("tulis tahun yang dinilai, mis. 2026", "write the year assessed, e.g. 2026")
        case .unknownHeldPredicate(let name, let known):
            let list = known.joined(separator: ", ")
            return say(
                "predikat '\(name)' bukan predikat instrumen ini (\(known.isEmpty ? "tidak ada" : list))",
                "predikat '\(name)' is not one of this instrument's (\(known.isEmpty ? "none" : list))")
        case .malformedHeldPredicate(let text):
            return say(
                "predikat '\(text)' tidak berbentuk 'WBK 2025'",
                "predikat '\(text)' is not of the form 'WBK 2025'")
        case .writeHeldPredicate:
            return say(
                "tulis predikat yang sudah diraih unit dan tahunnya, mis. 'WBK 2025', atau "
                    + "kosongkan selnya",
                "write the predicate the unit already holds and its year, e.g. 'WBK 2025', or "
                    + "leave the cell empty")
        case .unknownMetadata(let key):
            return say(
                "baris metadata '\(key)' tidak dikenal dan diabaikan",
                "unknown metadata row '\(key)' is ignored")
        case .metadataRows:
            return say(
                "baris metadata adalah #instrumen, #unit, #tahun dan #predikat",
                "metadata rows are #instrumen, #unit, #tahun and #predikat")
        case .noInstrumentRow(let id):
            return say(
                "lembar kerja tidak memiliki baris '#instrumen'; dinilai sebagai '\(id)'",
                "the worksheet has no '#instrumen' row; scored as '\(id)'")
        case .addInstrumentRow(let id):
            return say(
                "tambahkan baris dengan kode '#instrumen' dan '\(id)' di kolom jawaban",
                "add a row with kode '#instrumen' and '\(id)' in jawaban")
        default:
            return renderedAnswers(language)
        }
    }

    /// The messages about weights, answers and rows, in a language.
    private func renderedAnswers(_ language: ReportLanguage) -> String {
        let say = language.pick
        switch self {
        case .weightDiffers(let text, let code, let expected):
            let shown = expected ?? say("kosong", "empty")
            return say(
                "bobot '\(text)' untuk '\(code)' berbeda dari bobot instrumen (\(shown))",
                "bobot '\(text)' of '\(code)' differs from the instrument's (\(shown))")
        case .weightsFromInstrument(let id):
            return say(
                "bobot berasal dari instrumen '\(id)' dan tidak dapat diubah di lembar kerja; "
                    + "kembalikan isi sel atau kosongkan",
                "weights come from instrument '\(id)' and cannot be changed in a worksheet; "
                    + "restore the cell or leave it empty")
        case .headingTakesNoAnswer(let code):
            return say(
                "'\(code)' adalah judul dan tidak diisi jawaban",
                "'\(code)' is a heading and takes no answer")
        case .answerItsItems(let kind):
            return say(
                "jawab butir-butirnya; nilai \(kind) dihitung",
                "answer its items; the \(kind)'s value is computed")
        case .cannotBeNotApplicable(let code):
            return say(
                "'\(code)' tidak dapat ditandai tidak berlaku",
                "'\(code)' cannot be marked not applicable")
        case .onlyBolehTB(let label):
            return say(
                "hanya baris RB General yang ditandai 'boleh_tb' oleh instrumen yang boleh "
                    + "diisi '\(label)'",
                "only lines of RB General that the instrument marks 'boleh_tb' may be '\(label)'")
        case .decimalCommaSplit(let text, let code, let next):
            return say(
                "jawaban '\(text)' untuk '\(code)' dan sel berikutnya '\(next)' tampak seperti "
                    + "angka '\(text),\(next)' yang terpotong di koma desimalnya",
                "answer '\(text)' for '\(code)' and the next cell '\(next)' look like the number "
                    + "'\(text),\(next)' split at its decimal comma")
        case .quoteTheNumber(let text, let next):
            return say(
                "dalam berkas berpemisah koma tulis \(text).\(next), atau apit angkanya dengan "
                    + "tanda kutip: \"\(text),\(next)\"",
                "in a comma-separated file write \(text).\(next), or put the number in quotes: "
                    + "\"\(text),\(next)\"")
        case .computedIgnored(let code, let answer):
            return say(
                "'\(code)' dihitung dari baris masukannya; '\(answer)' diabaikan",
                "'\(code)' is computed from its input rows; '\(answer)' is ignored")
        case .fillInputRows:
            return say(
                "isi baris 'Jumlah' di bawahnya", "fill the 'Jumlah' rows under it instead")
        case .invalidAnswer(let text, let code, let problem):
            return say("jawaban '\(text)' untuk '\(code)' ", "answer '\(text)' for '\(code)' ")
                + problem.rendered(language)
        case .allowedAnswers(let conversion):
            return say("jawaban yang diterima: ", "allowed answers: ")
                + Self.allowed(conversion, language)
        case .missingRows(let count, let id, let shown):
            let list = shown.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
            let more =
                count > 5 ? say(" dan \(count - 5) lainnya", " and \(count - 5) more") : ""
            return say(
                "lembar kerja kekurangan \(count) baris instrumen '\(id)': ",
                "the worksheet lacks \(count) row(s) of instrument '\(id)': ") + list + more
        case .startFromTemplate(let id):
            return say(
                "mulai dari 'pmprb template \(id)' agar semua butir ada",
                "start from 'pmprb template \(id)' so that every item is there")
        case .otherInstrumentInComparison(let named, let compared):
            return say(
                "lembar kerja ini untuk instrumen '\(named)'; perbandingan ini untuk "
                    + "'\(compared)'",
                "the worksheet is for instrument '\(named)'; this comparison is of '\(compared)'")
        case .compareOneInstrument:
            return say(
                "bandingkan lembar kerja dari satu instrumen setiap kali",
                "compare worksheets of one instrument at a time")
        default:
            preconditionFailure("every message is rendered by one of the two switches")
        }
    }

    /// The answers a conversion allows: `A/B/C`, or a description of a number.
    static func allowed(_ conversion: AnswerType.Conversion, _ language: ReportLanguage) -> String {
        switch conversion {
        case .options(let options):
            return options.map(\.label).joined(separator: "/")
        case .scale(let minimum, let maximum):
            let (low, high) = (AnswerProblem.plain(minimum), AnswerProblem.plain(maximum))
            return language.pick(
                "angka dari \(low) sampai \(high) (titik atau koma desimal)",
                "a number from \(low) to \(high) (decimal point or comma)")
        case .percent:
            return language.pick("dihitung dari baris masukannya", "computed from its input rows")
        case .count:
            return language.pick("bilangan bulat, 0 atau lebih", "a whole number, 0 or more")
        }
    }

    /// A count without decimals.
    private static func count(_ value: Double) -> String {
        LocaleNumber.format(value, decimals: 0)
    }
}
