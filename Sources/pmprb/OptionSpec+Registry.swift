import PMPRBKit

/// Every option of every command, declared once; its help is `option.<name>` of the help
/// catalogue (`bantuan.tsv`), or the key given where a command says it differently.
extension OptionSpec {
    /// An option named `names` (long first) taking a value called `value`.
    init(_ names: String..., value: String? = nil, key: String? = nil) {
        let name = names[0].drop { $0 == "-" }
        self.init(names: names, valueName: value, help: HelpText(key ?? "option.\(name)"))
    }

    static let baseline = OptionSpec("--baseline", value: "file-or-folder")
    static let bukti = OptionSpec("--bukti", value: "policy")
    static let count = OptionSpec("--count", "-n", value: "n")
    static let delimiter = OptionSpec("--delimiter", value: "delimiter")
    static let excelID = OptionSpec("--excel-id")
    static let force = OptionSpec("--force")
    static let format = OptionSpec("--format", "-f", value: "format")
    static let from = OptionSpec("--from", value: "file")
    static let help = OptionSpec("--help", "-h")
    static let instrument = OptionSpec("--instrumen", value: "id-or-file")
    /// How many files are read at once; it wins over `PMPRB_JOBS`.
    static let jobs = OptionSpec("--jobs", value: "n")
    static let jabatan = OptionSpec("--jabatan", value: "role")
    static let kosong = OptionSpec("--kosong", value: "policy")
    static let language = OptionSpec("--lang", value: "lang")
    static let lke = OptionSpec("--lke")
    static let nama = OptionSpec("--nama", value: "name")
    static let opd = OptionSpec("--opd")
    static let opdAverage = OptionSpec("--opd-average", value: "average")
    static let output = OptionSpec("--output", "-o", value: "file")
    static let outputDir = OptionSpec("--output-dir", "-o", value: "dir")
    static let pemda = OptionSpec("--pemda", value: "file")
    static let predikat = OptionSpec("--predikat", value: "predicate")
    static let ratl = OptionSpec("--ratl", value: "file")
    static let realisasi = OptionSpec("--realisasi", value: "file")
    static let seed = OptionSpec("--seed", value: "seed")
    static let skipInvalid = OptionSpec("--skip-invalid")
    static let tanggal = OptionSpec("--tanggal", value: "date")
    static let target = OptionSpec("--target", value: "target")
    static let tempat = OptionSpec("--tempat", value: "place")
    static let threshold = OptionSpec("--threshold", value: "percent")
    static let unit = OptionSpec("--unit", value: "name")

    /// `--format`, `--strict`, `--tahun`, `--top` and `--delimiter` as one command says them.
    static func format(of command: String) -> OptionSpec {
        OptionSpec("--format", "-f", value: "format", key: "option.format.\(command)")
    }
    static func strict(of command: String) -> OptionSpec {
        OptionSpec("--strict", key: "option.strict.\(command)")
    }
    static func year(of command: String) -> OptionSpec {
        OptionSpec("--tahun", "--year", value: "year", key: "option.tahun.\(command)")
    }
    static func top(of command: String) -> OptionSpec {
        OptionSpec("--top", value: "n", key: "option.top.\(command)")
    }
    static func delimiter(of command: String) -> OptionSpec {
        OptionSpec("--delimiter", value: "delimiter", key: "option.delimiter.\(command)")
    }
}
