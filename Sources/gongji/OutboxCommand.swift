import ArgumentParser
import Foundation
import GongjiApp
import KioskStore

/// `gongji outbox`: the text messages owed to residents (invitations to confirm, reviewers'
/// decisions), handed to an SMS gateway as files and acknowledged from its receipts. Every
/// subcommand acts in the name of a supervisor, whose password is asked each time.
struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "Hand text messages to an SMS gateway and take in its delivery receipts.",
        discussion: """
        Each invitation to confirm and each reviewer's decision leaves a message in the store, in \
        the same step. export writes the messages due as CSV (message_id,mobile,language,text) and \
        then marks them handed over; one without a receipt after --resend-after hours goes out \
        again under the same ID, so the gateway can drop the duplicate. ack takes the gateway's \
        receipts (message_id,status,at). The supervisor's password is read from \
        GONGJI_OPERATOR_PASSWORD, or asked at the terminal.
        """,
        subcommands: [Export.self, Ack.self, List.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the messages due as CSV for the SMS gateway, and mark them handed over.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(name: .customLong("as"), help: ArgumentHelp("The supervisor acting.", valueName: "supervisor")) var supervisor: String
        @Option(help: ArgumentHelp("A new file for the gateway (standard output when not given).", valueName: "file")) var to: String?
        @Option(help: ArgumentHelp("Hand over again a message with no receipt after this many hours.", valueName: "hours"))
        var resendAfter = OutboxExport.defaultResendAfterHours
        @Option(help: ArgumentHelp("The folder with the kiosk's texts and the message templates.", valueName: "dir")) var screens: String?

        func validate() throws {
            guard resendAfter >= 1 else { throw ValidationError("--resend-after takes a number of hours, at least 1") }
        }

        func run() throws {
            try OperatorCommand.reporting {
                let templates = try OutboxCommand.templates(screens)
                let database = try OperatorCommand.open(storeOptions)
                let acting = try OperatorCommand.supervisor(supervisor, in: database)
                let summary = try OutboxExport.run(
                    database: database, templates: templates, to: to, resendAfterHours: resendAfter, now: Date(), by: acting)
                // With the file on standard output, the account goes to standard error.
                var lines = ["\(summary.handedOver) message\(summary.handedOver == 1 ? "" : "s") handed over"
                    + (summary.resent > 0 ? " (\(summary.resent) again, without a receipt)" : "") + (to.map { " in \($0)" } ?? "")]
                if summary.noRecipient > 0 {
                    lines.append("\(summary.noRecipient) message\(summary.noRecipient == 1 ? " has" : "s have") no mobile number to go to")
                }
                let text = lines.joined(separator: "\n") + "\n"
                if to == nil { FileHandle.standardError.write(Data(text.utf8)) } else { print(text, terminator: "") }
            }
        }
    }

    struct Ack: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take in the gateway's delivery receipts (CSV: message_id,status,at).",
            discussion: "Lines that cannot be used are listed with their numbers; the others are taken. Taking a file twice changes nothing.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(name: .customLong("as"), help: ArgumentHelp("The supervisor acting.", valueName: "supervisor")) var supervisor: String
        @Argument(help: ArgumentHelp("The gateway's receipts file.", valueName: "file")) var file: String

        func run() throws {
            var refused = 0
            try OperatorCommand.reporting {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure(message: "cannot read \(file)")
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw CommandFailure(message: "\(file) is not UTF-8 text; nothing was taken")
                }
                let database = try OperatorCommand.open(storeOptions)
                let acting = try OperatorCommand.supervisor(supervisor, in: database)
                let (receipts, bad) = DeliveryReceipts.parse(text)
                let outcome = try database.acknowledgeMessages(receipts, at: Date(), by: acting)
                print("\(outcome.delivered) delivered, \(outcome.failed) failed, \(outcome.unchanged) already known")
                var problems = bad.map { ($0.line, "line \($0.line): \($0.reason)") }
                problems += outcome.unknown.map { ($0.line, "line \($0.line): no message \($0.messageID) in this store") }
                problems += outcome.notHandedOver.map { ($0.line, "line \($0.line): message \($0.messageID) was never handed over") }
                for (_, problem) in problems.sorted(by: { $0.0 < $1.0 }) { print(problem) }
                refused = problems.count
            }
            if refused > 0 { throw ExitCode.failure }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Count the messages in each state.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(name: .customLong("as"), help: ArgumentHelp("The supervisor acting.", valueName: "supervisor")) var supervisor: String

        func run() throws {
            try OperatorCommand.reporting {
                let database = try OperatorCommand.open(storeOptions)
                _ = try OperatorCommand.supervisor(supervisor, in: database)
                let counts = try database.outboxCounts()
                for state in OutboxMessage.State.allCases {
                    print("\(counts[state] ?? 0)  \(OutboxCommand.words(state))")
                }
            }
        }
    }

    static func templates(_ screens: String?) throws -> MessageTemplates {
        let directory = try ScreensDirectory.locate(
            explicit: screens, environment: ProcessInfo.processInfo.environment, executablePath: CommandLine.arguments[0])
        return try directory.loadMessageTemplates()
    }

    static func words(_ state: OutboxMessage.State) -> String {
        switch state {
        case .pending: "pending (not handed over yet)"
        case .handedOver: "handed over, no receipt yet"
        case .delivered: "delivered"
        case .failed: "failed (the gateway could not deliver)"
        case .noRecipient: "no mobile number to go to"
        }
    }
}
