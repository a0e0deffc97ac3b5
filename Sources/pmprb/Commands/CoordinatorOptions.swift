import PMPRBKit

/// Options of the coordinator's commands.
enum CoordinatorOptions {
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
