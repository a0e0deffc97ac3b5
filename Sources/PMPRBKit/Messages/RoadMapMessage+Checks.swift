extension RoadMapMessage {
    /// The messages of the coordinator's checks and of realisations, in a language.
    func renderedChecks(_ language: ReportLanguage) -> String {
        let say = language.pick
        switch self {
        case .labelDisagrees(let role, let value, let code, let label, let number, let grade,
            let scale):
            return Self.role(role, language)
                + say(
                    " '\(value)' untuk '\(code)' berlabel '\(label)', padahal \(number) masuk "
                        + "'\(grade)' (skala '\(scale)')",
                    " '\(value)' of '\(code)' is labelled '\(label)', but \(number) falls in "
                        + "'\(grade)' (scale '\(scale)')")
        case .categoryFollowsNumber:
            return say(
                "kategori mengikuti angkanya; perbaiki label atau angkanya",
                "the category follows from the number; correct the label or the number")
        case .scaleRanges(let title, let ranges):
            return "\(title): \(ranges)"
        case .rangesAssumed(let note):
            return say("rentang ini adalah asumsi: ", "the ranges are an assumption: ") + note
        case .targetFalls(
            let year, let value, let code, let before, let beforeValue, let rises, let direction):
            let earlier = Self.role(before, language)
            let should = rises ? say("naik", "rise") : say("turun", "fall")
            return say(
                "target tahun \(year) '\(value)' untuk '\(code)' lebih buruk dari \(earlier) "
                    + "'\(beforeValue)', padahal indikatornya seharusnya \(should) "
                    + "(arah \(direction))",
                "target for \(year) '\(value)' of '\(code)' is worse than the \(earlier) "
                    + "'\(beforeValue)', though the indicator should \(should) "
                    + "(arah \(direction))")
        case .targetsShouldNotFall:
            return say(
                "target peta jalan tidak semestinya mundur; periksa angkanya atau arah",
                "a road map's targets should not fall back; check the figure or arah")
        case .percentAbove100(let value, let code):
            return say(
                "'\(value)' untuk '\(code)' adalah persentase di atas 100",
                "'\(value)' of '\(code)' is a percentage above 100")
        case .countIsJumlah(let unit):
            let here = unit.isEmpty ? "" : say(" (satuan di sini: '\(unit)')", " (satuan here: '\(unit)')")
            return say(
                "cacah ditulis sebagai jenis jumlah dengan satuannya di satuan\(here); rasio "
                    + "seperti APK boleh melebihi 100",
                "a count is jenis jumlah with its unit in satuan\(here); a ratio such as APK "
                    + "may exceed 100")
        case .instrumentNotBuiltIn(let id):
            return say(
                "instrumen '\(id)' bukan instrumen bawaan; tautannya tidak dapat diperiksa",
                "instrument '\(id)' is not built in; the link cannot be checked")
        case .builtinInstruments(let ids):
            return say("instrumen bawaan: ", "built-in instruments: ") + ids.joined(separator: ", ")
        case .codeNotInInstrument(let code, let id):
            return say(
                "kode '\(code)' tidak ada di instrumen '\(id)'",
                "kode '\(code)' does not exist in instrument '\(id)'")
        case .linkTo(let areas, let id):
            let list = areas.joined(separator: ", ")
            return say(
                "tautkan ke 'TOTAL', id area (\(list)) atau kode yang ditampilkan "
                    + "'pmprb instrumen show \(id)'",
                "link to 'TOTAL', an area id (\(list)) or a code shown by "
                    + "'pmprb instrumen show \(id)'")
        case .twinTargetsDiffer(
            let code, let twin, let differing, let shared, let year, let value, let other):
            return say(
                "target '\(code)' berbeda dari target '\(twin)', indikator bernama sama, di "
                    + "\(differing) dari \(shared) tahun: \(year) '\(value)' lawan '\(other)'",
                "targets of '\(code)' differ from those of '\(twin)', an indicator of the same "
                    + "name, in \(differing) of \(shared) year(s): \(year) '\(value)' against "
                    + "'\(other)'")
        case .twinOnLine(let twin, let line):
            return say(
                "'\(twin)' ada di baris \(line); berikan satu set target, atau bedakan nama "
                    + "kedua indikator",
                "'\(twin)' is on line \(line); give one set of targets, or name the two "
                    + "indicators apart")
        default:
            return renderedRealisations(language)
        }
    }

    /// The messages about realisation and RATL files and linked worksheets, in a language.
    private func renderedRealisations(_ language: ReportLanguage) -> String {
        let say = language.pick
        switch self {
        case .noIndicator(let code):
            return say(
                "peta jalan tidak memiliki indikator '\(code)'",
                "the road map has no indicator '\(code)'")
        case .codesOfRoadMap(let file):
            let named = file.map { " '\($0)'" } ?? ""
            return say(
                "kode yang berlaku adalah kode peta jalan\(named)",
                "the codes are those of the road map\(named)")
        case .realisationNotUsed(let value, let code, let year, let problem):
            return say(
                "realisasi '\(value)' untuk '\(code)' tahun \(year) ",
                "realisation '\(value)' of '\(code)' for \(year) ")
                + Self.problem(problem, language)
                + say("; tidak dipakai", "; it is not used")
        case .kindExpects(let code, let kind):
            return say("'\(code)' berjenis \(kind.rawValue): ", "'\(code)' is of jenis \(kind.rawValue): ")
                + Self.form(kind, language)
        case .noLinkedIndicator(let id):
            return say(
                "tidak ada indikator peta jalan yang tertaut ke instrumen '\(id)'; lembar kerja "
                    + "ini tidak dipakai",
                "no indicator of the road map links to instrument '\(id)'; the worksheet is not "
                    + "used")
        case .worksheetWithoutYear:
            return say(
                "lembar kerja tidak memiliki baris '#tahun'; tidak dipakai",
                "the worksheet has no '#tahun' row; it is not used")
        case .addYearToWorksheet:
            return say(
                "realisasi berlaku untuk satu tahun; tambahkan '#tahun' ke lembar kerja",
                "a realisation counts for a year; add '#tahun' to the worksheet")
        case .twoWorksheets(let id, let year, let first, let second):
            return say(
                "dua lembar kerja '\(id)' untuk \(year): '\(first)' dan '\(second)'",
                "two worksheets of '\(id)' for \(year): '\(first)' and '\(second)'")
        case .oneWorksheetPerYear:
            return say(
                "berikan satu lembar kerja per instrumen dan tahun (milik Pemda sendiri)",
                "give one worksheet per instrument and year (the Pemda's own)")
        case .scoreDoesNotFit(let value, let source, let code, let kind):
            return say(
                "nilai '\(value)' dari \(source) tidak sesuai untuk '\(code)' (jenis "
                    + "\(kind.rawValue)); tidak dipakai",
                "the score '\(value)' from \(source) does not fit '\(code)' (jenis "
                    + "\(kind.rawValue)); it is not used")
        case .linkPredikatWithScale:
            return say(
                "tautkan predikat ke nilai hanya dengan skala (skala)",
                "link a predikat to a score only with a scale (skala)")
        case .worksheetAndFileDiffer(let code, let year, let worksheet, let file):
            return say(
                "'\(code)' untuk \(year): lembar kerja memberi \(worksheet), berkas realisasi "
                    + "\(file); nilai berkas yang dipakai",
                "'\(code)' for \(year): the worksheet gives \(worksheet), the realisation file "
                    + "\(file); the file's value is used")
        case .fileHoldsPublishedFigure:
            return say(
                "berkas realisasi memuat angka yang dipublikasikan; lembar kerja adalah "
                    + "penilaian mandiri",
                "the realisation file holds the published figure; the worksheet is a "
                    + "self-assessment")
        case .everyRowNamesIndicator:
            return say(
                "setiap baris menyebut kode indikatornya", "every row names the indicator's code")
        case .writeRealisationYear:
            return say(
                "tulis tahun yang diwakili nilainya, mis. 2020",
                "write the year the value is for, e.g. 2020")
        case .realisationTwice(let code, let year):
            return say(
                "realisasi '\(code)' untuk \(year) diberikan dua kali",
                "realisation of '\(code)' for \(year) is given twice")
        case .firstGivenOnLine(let line):
            return say(
                "pertama diberikan di baris \(line); simpan salah satu",
                "first given on line \(line); keep one")
        case .unknownStatus(let value, let code):
            return say(
                "status '\(value)' untuk '\(code)' tidak dikenal",
                "status '\(value)' of '\(code)' is not known")
        case .statusValues:
            return say(
                "status adalah selesai, proses atau belum (kosong dihitung belum)",
                "status is selesai, proses or belum (empty counts as belum)")
        case .writeActionYear:
            return say("tulis tahunnya, mis. 2021", "write the year, e.g. 2021")
        case .actionWithoutYear(let code):
            return say(
                "aksi '\(code)' tidak memiliki tahun dan tidak dihitung",
                "action '\(code)' has no year and is not counted")
        case .addActionYear:
            return say(
                "tambahkan kolom 'tahun', atau tanggal dengan tahunnya di 'tenggat'",
                "add a 'tahun' column, or a date with the year in 'tenggat'")
        default:
            preconditionFailure("every message is rendered by one of the three switches")
        }
    }
}
