import ArgumentParser
import FamilyAid
import Foundation
import GongjiApp
import KioskStore

/// `gongji audit`: who did what and when, from the journal, for a supervisor.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "List who did what and when, by operator, resident or date.",
        discussion: """
        Reads the journal, oldest first, one event a line: when (Shanghai time), the origin and \
        sequence, the kind, and what it says. Residents appear in the journal only as subject keys \
        (shortened here); --resident finds a resident's events by their ID number. The supervisor's \
        password is read from GONGJI_OPERATOR_PASSWORD, or asked at the terminal.
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .customLong("as"), help: ArgumentHelp("The supervisor acting.", valueName: "supervisor")) var supervisor: String
    @Option(name: .customLong("operator"), help: ArgumentHelp("Only what this operator did or underwent.", valueName: "id"))
    var operatorID: String?
    @Option(help: ArgumentHelp("Only what concerns the resident with this ID number.", valueName: "id-number")) var resident: String?
    @Option(help: ArgumentHelp("From this day (YYYY-MM-DD).", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Through this day (YYYY-MM-DD).", valueName: "date")) var to: String?

    func validate() throws {
        for (option, text) in [("--from", from), ("--to", to)] where text != nil && CivilDate(text!) == nil {
            throw ValidationError("\(option) takes a date as YYYY-MM-DD, e.g. 2026-11-26")
        }
        if let resident, (try? ResidentID.parse(resident, today: CivilDate(Date()))) == nil {
            throw ValidationError("--resident takes an 18-character ID number")
        }
    }

    func run() throws {
        try OperatorCommand.reporting {
            let database = try OperatorCommand.open(storeOptions)
            _ = try OperatorCommand.supervisor(supervisor, in: database)
            let filter = AuditFilter(
                operatorID: operatorID, residentIDNumber: resident,
                from: from.flatMap(CivilDate.init).map { $0.startOfDay() },
                to: to.flatMap(CivilDate.init).map { $0.adding(days: 1).startOfDay() })
            for event in try database.auditEvents(filter) {
                print(AuditLine.text(of: event))
            }
        }
    }
}

/// One journal event as an audit line.
enum AuditLine {
    static func text(of event: JournalEventRecord) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return "\(formatter.string(from: event.recordedAt))  \(event.origin) #\(event.sequence)  \(event.kind)  \(details(event.payload))"
    }

    /// The payload's fields as `key=value`, subject keys shortened: they are pseudonyms, and eight
    /// characters tell two apart in a listing.
    static func details(_ payload: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) else { return payload }
        guard let fields = object as? [String: Any] else { return "\(object)" }
        return fields.keys.sorted().compactMap { key -> String? in
            guard let value = fields[key], !(value is NSNull) else { return nil }
            var text = "\(value)"
            if text.count == 64, text.allSatisfy(\.isHexDigit) { text = String(text.prefix(8)) + "…" }
            return "\(key)=\(text)"
        }.joined(separator: " ")
    }
}
