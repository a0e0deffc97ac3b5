extension CommandMessage {
    /// The messages about instruments, batches and results, in a language.
    func renderedRuns(_ language: ReportLanguage) -> String {
        let say = language.pick
        switch self {
        case .unknownInstrument(let id):
            return say("instrumen '\(id)' tidak dikenal", "unknown instrument '\(id)'")
        case .builtinInstruments(let ids, let otherwise):
            let list = ids.joined(separator: ", ")
            let hint: String =
                switch otherwise {
                case .byPath:
                    say(
                        "; berkas instrumen disebut dengan path-nya (*.csv)",
                        "; an instrument file is named by its path (*.csv)")
                case .instrumentOption:
                    say(
                        "; atau berikan berkas instrumen dengan --instrumen BERKAS",
                        "; or pass an instrument file with --instrumen FILE")
                case .validateTogether:
                    say(
                        "; atau berikan --instrumen, atau periksa berkas instrumennya dalam "
                            + "perintah yang sama",
                        "; or pass --instrumen, or validate the instrument file in the same run")
                }
            return say("instrumen bawaan: ", "built-in instruments: ") + list + hint
        case .worksheetNamesNoInstrument:
            return say(
                "lembar kerja tidak menyebut instrumennya", "the worksheet names no instrument")
        case .addInstrumentRow:
            return say(
                "tambahkan baris dengan kode '#instrumen' dan id instrumen di kolom jawaban, "
                    + "atau berikan --instrumen ID",
                "add a row with kode '#instrumen' and the id in jawaban, or pass --instrumen ID")
        case .noWorksheetNamesInstrument:
            return say(
                "tidak ada lembar kerja yang menyebut instrumennya",
                "no worksheet names its instrument")
        case .worksheetOfOtherInstrument(let named, let chosen):
            return say(
                "lembar kerja ini untuk instrumen '\(named)', bukan '\(chosen)'",
                "the worksheet is for instrument '\(named)', not '\(chosen)'")
        case .dropInstrumentOption:
            return say(
                "hapus --instrumen agar instrumen yang disebut lembar kerja itu yang dipakai",
                "drop --instrumen to use the worksheet's own instrument")
        case .instrumentOfRun(let id, let namedBy):
            let why =
                namedBy.map { say("pertama disebut oleh '\($0)'", "named first by '\($0)'") }
                ?? say("ditetapkan dengan --instrumen", "given by --instrumen")
            return say(
                "instrumen perintah ini adalah '\(id)': ", "the instrument of this run is '\(id)': ")
                + why
        case .mixedInstruments(let ids, let counts):
            let parts = zip(ids, counts).map { "\($0) (\($1))" }.joined(separator: ", ")
            return say(
                "lembar kerja berasal dari \(ids.count) instrumen: \(parts); bandingkan satu "
                    + "instrumen setiap kali (pilih dengan --instrumen ID)",
                "the worksheets are of \(ids.count) instruments: \(parts); compare one "
                    + "instrument at a time (choose it with --instrumen ID)")
        case .neitherWorksheetNorInstrument:
            return say(
                "bukan lembar kerja dan bukan berkas instrumen (yang memerlukan kolom kode, "
                    + "jenis, uraian)",
                "neither a worksheet nor an instrument file (which needs kode, jenis, uraian)")
        case .validated(let files, let errors, let warnings):
            return say(
                "\(files) berkas diperiksa: \(errors) galat, \(warnings) peringatan",
                "\(files) file(s) checked: \(errors) error(s), \(warnings) warning(s)")
        case .unanswered(let count, let total):
            return say(
                "\(count) dari \(total) butir belum dijawab",
                "\(count) of \(total) items are unanswered")
        case .unansweredLowerBound(let count, let total):
            return CommandMessage.unanswered(count, of: total).rendered(language)
                + say("; nilai ini adalah batas bawah", "; the score is a lower bound")
        case .unansweredFullPotential(let count, let total):
            return CommandMessage.unanswered(count, of: total).rendered(language)
                + say(
                    "; butir itu dicantumkan dengan potensi penuhnya",
                    "; they are listed with their full potential")
        case .refused(let count, let result):
            return say("\(count) lembar kerja ditolak; ", "\(count) worksheet(s) refused; ")
                + (result
                    ? say("tidak ada hasil yang dihitung", "no result was computed")
                    : say("tidak ada laporan yang ditulis", "no report was written"))
        case .passSkipInvalid:
            return say(
                "berikan --skip-invalid untuk melaporkan yang lain dan mendaftar yang ditolak",
                "pass --skip-invalid to report on the others and list these")
        case .pemdaUnreadable(let path):
            return say("'\(path)' tidak dapat dibaca", "'\(path)' could not be read")
        case .noOPDWorksheets:
            return say(
                "tidak ada lembar kerja OPD selain milik Pemda",
                "no OPD worksheets besides the Pemda's")
        case .passOPDWorksheets:
            return say(
                "berikan lembar kerja OPD atau foldernya sebagai argumen setelah --pemda BERKAS",
                "pass the OPD worksheets or their folder as arguments after --pemda FILE")
        default:
            return renderedUnits(language)
        }
    }

    /// The messages about units, proposals and the command line's own help, in a language.
    private func renderedUnits(_ language: ReportLanguage) -> String {
        let say = language.pick
        switch self {
        case .duplicateUnitYear(let unit, let year, let other):
            let when =
                year.map { say("tahun \($0)", "year \($0)") } ?? say("tanpa tahun", "no year")
            return say(
                "lembar kerja ini untuk unit '\(unit)' dan \(when), sama dengan '\(other)'",
                "the worksheet is of unit '\(unit)' and \(when), as '\(other)' is")
        case .keepOneWorksheet(let first, let second):
            return say(
                "satu unit dihitung sekali setahun; simpan salah satu dari kedua lembar kerja, "
                    + "atau selesaikan dengan 'pmprb diff \(first) \(second)'",
                "a unit counts once a year; keep one of the two worksheets, or settle them "
                    + "with 'pmprb diff \(first) \(second)'")
        case .diffOfTwoInstruments(let first, let firstID, let second, let secondID):
            return say(
                "'\(first)' untuk instrumen '\(firstID)' dan '\(second)' untuk '\(secondID)'",
                "'\(first)' is for instrument '\(firstID)' and '\(second)' for '\(secondID)'")
        case .diffNeedsOneInstrument:
            return say(
                "diff membandingkan dua lembar kerja dari satu instrumen",
                "diff compares two worksheets of one instrument")
        case .differentUnits(let first, let second):
            return say(
                "kedua lembar kerja menyebut unit yang berbeda: '\(first)' dan '\(second)'",
                "the worksheets name different units: '\(first)' and '\(second)'")
        case .lkeNotZonaIntegritas(let path, let instrument):
            return say(
                "'\(path)' adalah lembar kerja '\(instrument)', bukan zi-2021",
                "'\(path)' is a worksheet of '\(instrument)', not of zi-2021")
        case .lkeIsZonaIntegritas:
            return say(
                "LKE sebuah unit adalah lembar kerja Zona Integritas yang sudah diisi",
                "a unit's LKE is its filled Zona Integritas worksheet")
        case .cannotReadReference(let path):
            return say("tidak dapat membaca '\(path)'", "cannot read '\(path)'")
        case .lookedFor(let path):
            return say(
                "dicari di '\(path)'; path dihitung dari folder berkas usulan",
                "looked for '\(path)'; paths are relative to the proposal file")
        case .worksheetsWritten(let count, let folder):
            return say(
                "\(count) lembar kerja ditulis ke \(folder)",
                "\(count) worksheet(s) written to \(folder)")
        case .unexpectedFailure(let description):
            return say("kegagalan tak terduga: ", "unexpected failure: ") + description
        case .usage(let line):
            return say("Penggunaan: ", "Usage: ") + line
        case .seeCommandHelp(let command):
            return say(
                "  Lihat 'pmprb help \(command)' untuk keterangan lebih lanjut.",
                "  See 'pmprb help \(command)' for more information.")
        case .seeRootHelp:
            return say(
                "  Lihat 'pmprb --help' untuk daftar subperintah.",
                "  See 'pmprb --help' for the list of subcommands.")
        default:
            preconditionFailure("every message is rendered by one of the three switches")
        }
    }
}
