import FamilyAid
import Foundation
import KioskUI

/// A plain-text receipt of a submitted application, written to the `receipts` folder beside the
/// store, so a clerk can print or hand over what the resident saw. ID numbers and names are
/// masked as on screen: the file may be read by someone other than the resident.
enum ReceiptFile {
    static func text(_ submission: ApplicationSubmission, _ receipt: SubmissionReceipt, now: Date) -> String {
        var lines = [
            "家庭共济申请回执 / Family sharing application receipt",
            "申请编号 / Application number: \(receipt.number.text)",
            "提交时间 / Submitted: \(CivilDate(now)) (kiosk)",
            "共济人 / Sharer: \(submission.sharer.masked)",
        ]
        for (index, member) in submission.members.enumerated() {
            let confirming = member.confirmations.map(\.rawValue).sorted().joined(separator: ",")
            lines.append("\(index + 1). \(member.details.name.masked) \(member.details.id.masked)"
                + (confirming.isEmpty ? "" : " confirm: \(confirming)"))
        }
        lines.append("预计审核日期 / Decision expected by: \(receipt.decideBy)"
            + (receipt.countsWeekendsOnly ? " (weekends only)" : ""))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes `<number>.txt` in `directory`, creating it if need be.
    static func write(_ submission: ApplicationSubmission, _ receipt: SubmissionReceipt, now: Date, to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(text(submission, receipt, now: now).utf8)
            .write(to: directory.appendingPathComponent("\(receipt.number.text).txt"), options: .atomic)
    }
}
