import PMPRBPlatform
import PMPRBKit

/// The `pmprb` command: parse, run, write the streams, exit with a documented code.
@main
enum PMPRB {
    static func main() {
        var io = CommandIO()
        let code = TerminalWidth.$measured.withValue(TerminalWidth.current()) {
            run(Array(CommandLine.arguments.dropFirst()), io: &io)
        }
        StandardStream.write(io.standardOutput, to: STDOUT_FILENO)
        StandardStream.write(io.standardError, to: STDERR_FILENO)
        exit(code.rawValue)
    }
}
