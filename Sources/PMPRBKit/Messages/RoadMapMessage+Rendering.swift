extension RoadMapMessage {
    /// The message in a language.
    public func rendered(_ language: ReportLanguage) -> String {
        let say = language.pick
        switch self {
        case .unknownColumn(let name):
            return say(
                "kolom '\(name)' tidak dikenal dan diabaikan", "unknown column '\(name)' is ignored")
        case .roadMapColumns(let columns):
            let list = columns.joined(separator: ", ")
            return say(
                "kolom peta jalan: \(list), dan satu kolom per tahun (2024)",
                "road-map columns: \(list), and one column per year (2024)")
        case .noYearColumn:
            return say("peta jalan tidak memiliki kolom tahun", "the road map has no year column")
        case .addYearColumns:
            return say(
                "tambahkan satu kolom per tahun peta jalan, bernama tahunnya (2020, …)",
                "add one column per year of the road map, named by the year (2020, …)")
        case .rowWithoutCode:
            return WorksheetMessage.rowWithoutCode.rendered(language)
        case .everyIndicatorRowStartsWithCode:
            return say(
                "setiap baris indikator diawali kodenya", "every indicator row starts with its code")
        case .duplicateCode(let code):
            return WorksheetMessage.duplicateCode(code).rendered(language)
        case .firstUsedOnLine(let line):
            return say(
                "pertama dipakai di baris \(line); setiap indikator muncul sekali",
                "first used on line \(line); each indicator appears once")
        case .unknownMetadata(let key):
            return WorksheetMessage.unknownMetadata(key).rendered(language)
        case .metadataRows:
            return say(
                "baris metadata adalah #judul dan #instansi, dengan teksnya di 'indikator'",
                "metadata rows are #judul and #instansi, with the text in 'indikator'")
        case .indicatorWithoutName(let code):
            return say(
                "indikator '\(code)' tidak memiliki nama", "indicator '\(code)' has no name")
        case .writeIndicatorName:
            return say(
                "tulis nama indikator di 'indikator'", "write the indicator's name in 'indikator'")
        case .notAYear(let column, let value):
            return ProposalMessage.notAYear(column: column, value: value).rendered(language)
        case .writeBaselineYear:
            return say(
                "tulis tahun baseline, mis. 2018", "write the year of the baseline, e.g. 2018")
        case .badValue(let role, let value, let code, let problem):
            return Self.role(role, language)
                + say(" '\(value)' untuk '\(code)' ", " '\(value)' of '\(code)' ")
                + Self.problem(problem, language)
        case .expectedForm(let kind):
            return Self.form(kind, language)
        case .useScaleCategory:
            return say(
                "gunakan kategori skala itu, atau kosongkan 'skala'",
                "use a category of the scale, or leave 'skala' empty")
        case .nameAScale(let ids):
            let list = ids.joined(separator: ", ")
            return say(
                "sebutkan skala di 'skala' (\(list)), atau tulis predikatnya sendiri",
                "name a scale in 'skala' (\(list)), or write the predikat itself")
        case .choiceEmpty(let column):
            return say("\(column) kosong", "\(column) is empty")
        case .choiceUnknown(let column, let value):
            return say(
                "\(column) '\(value)' tidak dikenal", "\(column) '\(value)' is not known")
        case .choiceIsOneOf(let column, let values):
            return say("\(column) salah satu dari: ", "\(column) is one of: ")
                + values.joined(separator: ", ")
        case .didYouMean(let value):
            return WorksheetMessage.didYouMean(value).rendered(language)
        case .linkEmpty:
            return say("realisasi_dari kosong", "realisasi_dari is empty")
        case .linkUnknown(let text):
            return say(
                "realisasi_dari '\(text)' tidak dikenal", "realisasi_dari '\(text)' is not known")
        case .writeLink:
            return say(
                "tulis 'isian' (berkas realisasi), 'ratl' (berkas RATL), atau instrumen dan "
                    + "kode: 'rb-2020:TOTAL', 'rb-2020:A.I', 'zi-2021:MP'",
                "write 'isian' (a realisation file), 'ratl' (a RATL file), or an instrument "
                    + "and a code: 'rb-2020:TOTAL', 'rb-2020:A.I', 'zi-2021:MP'")
        case .scaleUnknown(let id):
            return say("skala '\(id)' tidak dikenal", "skala '\(id)' is not known")
        case .scales(let ids):
            let list = ids.joined(separator: ", ")
            return say(
                "skala: \(list), atau id instrumen yang memiliki rentang kategori (rb-2020)",
                "scales: \(list), or an instrument id with bands (rb-2020)")
        default:
            return renderedChecks(language)
        }
    }

    /// The role of a value: `baseline`, `target for 2024`.
    static func role(_ role: Role, _ language: ReportLanguage) -> String {
        switch role {
        case .baseline: "baseline"
        case .target(let year): language.pick("target tahun \(year)", "target for \(year)")
        }
    }

    /// Why a value does not fit, as the end of a sentence about it.
    static func problem(_ problem: Problem, _ language: ReportLanguage) -> String {
        let say = language.pick
        switch problem {
        case .unreadable(.notANumber):
            return say("bukan angka", "is not a number")
        case .unreadable(.percentForKind):
            return say(
                "berupa persentase, padahal indikatornya bukan persentase (jenis persen)",
                "is a percentage, but the indicator is not one (jenis persen)")
        case .unreadable(.trailingText(let text)):
            return say(
                "memuat '\(text)' setelah angkanya; tulis label di dalam kurung",
                "has '\(text)' after the number; put labels in brackets")
        case .unreadable(.unclosedBracket):
            return say("memuat kurung yang tidak ditutup", "has a bracket that is not closed")
        case .notACategory(let scale, let grades):
            let list = grades.joined(separator: ", ")
            return say(
                "bukan kategori skala '\(scale)' (\(list))",
                "is not a category of scale '\(scale)' (\(list))")
        case .numberWithoutScale:
            return say(
                "berupa angka, padahal indikatornya tidak memiliki skala untuk mengubahnya "
                    + "menjadi predikat",
                "is a number, but the indicator has no scale to turn it into a predikat")
        }
    }

    /// How values of a kind are written.
    static func form(_ kind: IndicatorKind, _ language: ReportLanguage) -> String {
        let say = language.pick
        switch kind {
        case .persen:
            return say(
                "persentase ditulis 85 atau 85% (koma atau titik desimal), '-' bila tidak ada",
                "a percentage is written 85 or 85% (decimal comma or point), '-' for none")
        case .predikat:
            return say(
                "predikat ditulis dengan huruf atau katanya (BB, WTP), atau sebagai angka "
                    + "dengan skala",
                "a predikat is written as its letter or word (BB, WTP), or as a number with a "
                    + "scale")
        case .level:
            return say(
                "level ditulis 3 atau Level 3, '-' bila tidak ada",
                "a level is written 3 or Level 3, '-' for none")
        default:
            return say(
                "angka ditulis 3,5 atau 3.5, boleh dengan label di dalam kurung: 68 (B)",
                "a number is written 3,5 or 3.5, optionally with labels in brackets: 68 (B)")
        }
    }
}
