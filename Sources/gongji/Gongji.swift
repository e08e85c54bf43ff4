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
}
