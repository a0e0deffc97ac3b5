extension CommandMessage {
    /// The message in a language.
    public func rendered(_ language: ReportLanguage) -> String {
        let say = language.pick
        switch self {
        case .unknownSubcommand(let name, let suggestion):
            return say("subperintah '\(name)' tidak dikenal", "unknown subcommand '\(name)'")
                + Self.didYouMean(suggestion, language)
        case .unknownOption(let name, let suggestion):
            return say("opsi '\(name)' tidak dikenal", "unknown option '\(name)'")
                + Self.didYouMean(suggestion, language)
        case .optionNeedsValue(let name, let valueName):
            return say(
                "opsi '\(name)' memerlukan nilai <\(valueName)>",
                "option '\(name)' needs a value <\(valueName)>")
        case .optionTakesNoValue(let name):
            return say("opsi '\(name)' tidak menerima nilai", "option '\(name)' takes no value")
        case .optionChoice(let name, let value, let allowed):
            let list = allowed.joined(separator: ", ")
            return say(
                "opsi '\(name)' tidak menerima '\(value)'; gunakan salah satu dari: \(list)",
                "option '\(name)' does not take '\(value)'; use one of: \(list)")
        case .optionNeedsWholeNumber(let name, let minimum, let value):
            return say(
                "opsi '\(name)' memerlukan bilangan bulat \(minimum) atau lebih, bukan '\(value)'",
                "option '\(name)' needs a whole number of \(minimum) or more, not '\(value)'")
        case .optionNeedsYear(let name, let value):
            return say(
                "opsi '\(name)' memerlukan tahun seperti 2026, bukan '\(value)'",
                "option '\(name)' needs a year such as 2026, not '\(value)'")
        case .optionDeclaration(let name, let reason):
            return say("opsi '\(name)': ", "option '\(name)': ") + reason.rendered(language)
        case .optionNeedsPercentage(let name, let value):
            return say(
                "opsi '\(name)' memerlukan persentase di atas 0 sampai 100, bukan '\(value)'",
                "option '\(name)' needs a percentage above 0 and up to 100, not '\(value)'")
        case .unknownTarget(let value, let grades, let predicates):
            let choices = ([grades.joined(separator: ", ")] + predicates).joined(separator: ", ")
            return say(
                "opsi '--target' tidak menerima '\(value)'; gunakan nilai total seperti 80, "
                    + choices,
                "option '--target' does not take '\(value)'; use a total such as 80, " + choices)
        case .outputIsDirectory(let path):
            return say(
                "tidak dapat menulis '\(path)': itu sebuah folder",
                "cannot write '\(path)': it is a directory")
        case .nameAFile:
            return say("sebutkan sebuah berkas untuk --output", "name a file for --output")
        case .outputIsInput(let output, let input):
            let same = input.map { " ('\($0)')" } ?? ""
            return say(
                "menolak menulis '\(output)': berkas itu masukan perintah ini\(same); tidak ada "
                    + "yang ditulis",
                "refusing to write '\(output)': it is an input of this run\(same); nothing was "
                    + "written")
        case .chooseAnotherOutput:
            return say(
                "pilih berkas lain untuk --output, agar masukan tetap utuh",
                "choose another file for --output, so that the input is kept")
        case .filesExist(let first, let more):
            return more > 0
                ? say(
                    "'\(first)' dan \(more) lainnya sudah ada; tidak ada yang ditulis",
                    "'\(first)' and \(more) more already exist; nothing was written")
                : say(
                    "'\(first)' sudah ada; tidak ada yang ditulis",
                    "'\(first)' already exists; nothing was written")
        case .passForce:
            return say(
                "berikan --force untuk menimpanya, atau pilih folder lain",
                "pass --force to replace them, or choose another folder")
        case .formatContradictsOutput(let format, let output, let inferred):
            return say(
                "opsi '--format \(format)' bertentangan dengan berkas keluaran '\(output)', yang "
                    + "berformat \(inferred)",
                "option '--format \(format)' contradicts the output file '\(output)', which is "
                    + inferred)
        case .cannotWriteExtension(let command, let ext, let output, let written):
            let list = written.joined(separator: ", ")
            return say(
                "'pmprb \(command)' tidak dapat menulis berkas '.\(ext)' ('\(output)'); yang "
                    + "ditulisnya \(list)",
                "'pmprb \(command)' cannot write a '.\(ext)' file ('\(output)'); it writes \(list)")
        case .binaryNeedsOutput(let example):
            return say(
                "buku kerja .xlsx ditulis ke berkas; tambahkan --output \(example)",
                "an .xlsx workbook is written to a file; add --output \(example)")
        case .noWorkbookTemplate(let id):
            return say(
                "instrumen '\(id)' belum memiliki templat buku kerja",
                "instrument '\(id)' has no workbook template yet")
        case .writeCSVInstead:
            return say(
                "tulis lembar kerja CSV sebagai gantinya: -o lke.csv",
                "write a CSV worksheet instead: -o lke.csv")
        case .optionsGoWith(let names, let other):
            let quoted = names.map { "'\($0)'" }
            return names.count == 1
                ? say(
                    "opsi \(quoted[0]) hanya berlaku bersama '\(other)'",
                    "option \(quoted[0]) goes with '\(other)'")
                : say(
                    "opsi \(language.list(quoted)) hanya berlaku bersama '\(other)'",
                    "options \(language.list(quoted)) go with '\(other)'")
        case .missingArgument(let name):
            return say("argumen '\(name)' belum diberikan", "missing expected argument '\(name)'")
        case .missingArgumentForAction(let name, let action):
            return say(
                "argumen '\(name)' belum diberikan untuk '\(action)'",
                "missing expected argument '\(name)' for '\(action)'")
        case .missingOption(let name):
            return say("opsi '\(name)' wajib diberikan", "missing expected option '\(name)'")
        case .tooManyArguments(let command, let takes, let what, let got):
            let count = takes == 1 ? say("satu", "one") : say("dua", "two")
            let noun: String =
                switch what {
                case .worksheet: say("lembar kerja", takes == 1 ? "worksheet" : "worksheets")
                case .proposalFile:
                    say("berkas usulan", takes == 1 ? "proposal file" : "proposal files")
                }
            return say(
                "\(command) menerima \(count) \(noun); diberikan \(got)",
                "\(command) takes \(count) \(noun); got \(got)")
        case .formatNotWritten(let command, let format, let allowed):
            return say(
                "\(command) tidak menulis \(format); gunakan \(language.list(allowed))",
                "\(command) does not write \(format); use \(language.list(allowed))")
        case .unknownAction(let action, let allowed):
            return say(
                "tindakan '\(action)' tidak dikenal; gunakan \(language.list(allowed))",
                "unknown action '\(action)'; use \(language.list(allowed))")
        case .environmentNeedsWholeNumber(let name, let minimum, let value):
            return say(
                "variabel lingkungan '\(name)' memerlukan bilangan bulat \(minimum) atau lebih, "
                    + "bukan '\(value)'",
                "environment variable '\(name)' needs a whole number of \(minimum) or more, "
                    + "not '\(value)'")
        case .environmentChoice(let name, let value, let allowed):
            let list = allowed.joined(separator: ", ")
            return say(
                "variabel lingkungan '\(name)' tidak menerima '\(value)'; gunakan salah satu "
                    + "dari: \(list)",
                "environment variable '\(name)' does not take '\(value)'; use one of: \(list)")
        case .cannotRead(let path, let failure):
            return say("tidak dapat membaca '\(path)': ", "cannot read '\(path)': ")
                + Self.reason(failure, language)
        case .cannotReadThisFile(let failure):
            return say("berkas tidak dapat dibaca: ", "cannot read the file: ")
                + Self.reason(failure, language)
        case .cannotReadFolder(let path):
            return say("tidak dapat membaca folder '\(path)'", "cannot read the folder '\(path)'")
        case .folderHasNoWorksheets(let path):
            return say(
                "folder '\(path)' tidak berisi lembar kerja (*.csv, *.xlsx)",
                "the folder '\(path)' has no worksheets (*.csv, *.xlsx)")
        case .cannotWrite(let path, let reason):
            return say("tidak dapat menulis '\(path)': ", "cannot write '\(path)': ") + reason
        case .cannotCreate(let path, let reason):
            return say("tidak dapat membuat '\(path)': ", "cannot create '\(path)': ") + reason
        default:
            return renderedRuns(language)
        }
    }

    private static func didYouMean(_ suggestion: String?, _ language: ReportLanguage) -> String {
        guard let suggestion else { return "" }
        return language.pick(
            "; mungkin maksud Anda '\(suggestion)'?", "; did you mean '\(suggestion)'?")
    }

    private static func reason(_ failure: ReadFailure, _ language: ReportLanguage) -> String {
        switch failure {
        case .noSuchFile: language.pick("berkas tidak ada", "no such file")
        case .noSuchFileOrFolder:
            language.pick("berkas atau folder tidak ada", "no such file or folder")
        case .isDirectory: language.pick("itu sebuah folder", "it is a directory")
        case .unreadable:
            language.pick("izin ditolak atau tidak dapat dibaca", "permission denied or unreadable")
        case .danglingLink(let target):
            language.pick(
                "tautan simbolik ke \(target.map { "'\($0)'" } ?? "berkas") yang tidak ada",
                "it is a symbolic link to \(target.map { "'\($0)'" } ?? "a file"), which does not exist")
        case .tooLarge(let limit, let stream):
            stream
                ? language.pick(
                    "masukan lebih dari \(limit) MB, batas sebuah lembar kerja; pembacaan dihentikan",
                    "the input holds more than \(limit) MB, the limit for a worksheet; reading "
                        + "stopped there")
                : language.pick(
                    "berkas lebih dari \(limit) MB, batas sebuah lembar kerja",
                    "the file is larger than \(limit) MB, the limit for a worksheet")
        case .system(let reason): language.pick(reason, reason)
        }
    }
}
