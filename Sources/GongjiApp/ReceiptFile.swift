import FamilyAid
import Foundation
import KioskUI

/// A plain-text receipt of a submitted application, written to the `receipts` folder beside the
/// store, so a clerk can print or hand over what the resident saw: in Chinese, then in English,
/// worded in screens/ like every other text. ID numbers and names are masked as on screen: the
/// file may be read by someone other than the resident.
public struct ReceiptFile: Sendable {
    let directory: URL
    let catalog: Catalog

    public init(directory: URL, catalog: Catalog) {
        self.directory = directory
        self.catalog = catalog
    }

    func text(_ submission: ApplicationSubmission, _ receipt: SubmissionReceipt, now: Date) -> String {
        [Language.chinese, .english].map { language in
            lines(submission, receipt, now: now, text: Localizer(catalog, language, voice: submission.takenInBy == nil ? nil : Localizer.atCounter))
                .joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    private func lines(
        _ submission: ApplicationSubmission, _ receipt: SubmissionReceipt, now: Date, text: Localizer
    ) -> [String] {
        var lines = [
            text["receipt_file.title"],
            text("receipt_file.number", ["number": receipt.number.text]),
            text("receipt_file.submitted", ["date": "\(CivilDate(now))"]),
            text("receipt_file.sharer", ["id": submission.sharer.masked]),
        ]
        for (index, member) in submission.members.enumerated() {
            let name = member.details.name.masked
            let confirming = member.confirmations.filter { $0 != .sharer }.sorted { $0.rawValue < $1.rawValue }
                .map { party in
                    if party == .guardian, let guardian = member.guardianName {
                        return text("receipt_file.guardian", ["guardian": guardian.masked, "member": name])
                    }
                    return text("party.\(party.rawValue)", ["member": name])
                }
            lines.append(text("receipt_file.member", [
                "index": "\(index + 1)", "name": name, "id": member.details.id.masked,
            ]))
            if !confirming.isEmpty {
                lines.append(text("receipt_file.confirm", ["who": confirming.joined(separator: text["receipt_file.separator"])]))
            }
        }
        lines.append(text(receipt.countsWeekendsOnly ? "receipt_file.decide_by_weekends" : "receipt_file.decide_by",
                          ["date": "\(receipt.decideBy)"]))
        return lines
    }

    /// Writes `<number>.txt`, creating the folder if need be.
    func write(_ submission: ApplicationSubmission, _ receipt: SubmissionReceipt, now: Date) throws {
        // A receipt names the resident: readable by the service's user and group only.
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        let file = directory.appendingPathComponent("\(receipt.number.text).txt")
        try Data(text(submission, receipt, now: now).utf8).write(to: file, options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
    }
}
