import PMPRBKit

/// Options of the coordinator's commands.
enum CoordinatorOptions {
    static let excel = OptionSpec(
        names: ["--excel-id"], valueName: nil,
        help: HelpText(
            id: "Dengan --format csv: tulis untuk Excel atau LibreOffice berlokal Indonesia "
                + "(UTF-8 dengan BOM, ';' antarkolom, koma desimal, CRLF).",
            en: "With --format csv: write for Excel or LibreOffice in an Indonesian locale "
                + "(UTF-8 with BOM, ';' between fields, decimal commas, CRLF)."))

    /// The CSV dialect chosen; `--excel-id` only goes with `--format csv`.
    static func csvDialect(
        _ arguments: ParsedArguments, format: ReportFormat
    ) throws(UsageError) -> CSVDialect {
        try arguments.checkExcel(format)
        return arguments.flag("--excel-id") ? .excelIndonesia : .standard
    }

    /// Reports a failed load the way the runner does, and returns its exit code.
    static func report(_ error: any Error, io: inout CommandIO) -> ExitCode {
        io.fail(error)
    }
}
