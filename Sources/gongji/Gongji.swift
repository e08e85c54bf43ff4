import ArgumentParser

@main
struct Gongji: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongji",
        abstract: "Self-service kiosk for sharing an employee medical-insurance personal account with family (职工医保个人账户家庭共济).",
        discussion: """
        Without a subcommand, gongji runs the kiosk full-screen in this terminal. Use --demo-store \
        to try it on fictional residents; the README lists them.
        """,
        subcommands: [
            KioskCommand.self, ReplayCommand.self, VerifyCommand.self, PolicyCommand.self,
            ReviewCommand.self, CounterCommand.self, SettleCommand.self, RefundCommand.self, OperatorCommand.self, AuditCommand.self, BackupCommand.self,
            KeyCommand.self, TrustCommand.self, ExportCommand.self, ImportCommand.self, SeedCommand.self, BenchCommand.self,
            OutboxCommand.self, FuzzCommand.self, CrashDrillCommand.self,
            RegistryCommand.self,
            DemoCommand.self,
        ],
        defaultSubcommand: KioskCommand.self
    )

    /// The kiosk starts at every power-on and after every fault, so its start is kept short:
    /// arguments that name no subcommand go straight to the kiosk's own parser. ArgumentParser
    /// would otherwise first reflect over all of gongji's commands and their options (measured:
    /// a sixth of the kiosk's start-up). Anything that parser does not take (help, a version
    /// request, a mistyped option) goes through the whole command tree as before, so every
    /// message is the same.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard arguments.first.map({ $0.hasPrefix("--") }) ?? true,
              !arguments.contains(where: { ["-h", "--help", "help", "--version"].contains($0) || $0.hasPrefix("--generate-") || $0.hasPrefix("--experimental-") }),
              let kiosk = try? KioskCommand.parse(arguments)
        else { return main(arguments) }
        do {
            var command = kiosk
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
