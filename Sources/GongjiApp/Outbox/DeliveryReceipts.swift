import Foundation
import KioskStore

/// The gateway's delivery receipts, as `gongji outbox ack FILE` reads them: CSV with the header
/// `message_id,status,at` (columns in any order, `at` optional), status `delivered` or `failed`,
/// `at` an ISO 8601 time (China Standard Time when it gives no offset) or empty. Every line that
/// cannot be used is reported with its number and the reason; nothing in the file can stop the
/// good lines from being taken.
public enum DeliveryReceipts {
    /// A line that could not be used.
    public struct BadLine: Hashable, Sendable {
        public var line: Int
        public var reason: String
    }

    public static let header = ["message_id", "status", "at"]

    /// The receipts of `text`, and the lines that are not receipts.
    public static func parse(_ text: String) -> (receipts: [OutboxReceipt], bad: [BadLine]) {
        let (rows, problems) = CSVText.rows(text)
        var bad = problems.map { BadLine(line: $0.line, reason: $0.reason) }
        guard let first = rows.first else {
            return ([], bad.isEmpty ? [BadLine(line: 1, reason: "the file is empty: it needs the header \(header.joined(separator: ","))")] : bad)
        }
        let names = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let idColumn = names.firstIndex(of: "message_id"), let statusColumn = names.firstIndex(of: "status") else {
            bad.append(BadLine(line: first.line, reason: "the first line must be the header \(header.joined(separator: ",")) (at may be left out)"))
            return ([], bad.sorted { $0.line < $1.line })
        }
        let atColumn = names.firstIndex(of: "at")
        var receipts: [OutboxReceipt] = []
        for row in rows.dropFirst() {
            func field(_ column: Int?) -> String? {
                guard let column, row.fields.indices.contains(column) else { return nil }
                return row.fields[column].trimmingCharacters(in: .whitespaces)
            }
            guard row.fields.count == names.count else {
                bad.append(BadLine(line: row.line, reason: "\(row.fields.count) fields where the header has \(names.count)"))
                continue
            }
            guard let id = field(idColumn), !id.isEmpty else {
                bad.append(BadLine(line: row.line, reason: "no message_id"))
                continue
            }
            guard let statusText = field(statusColumn), let status = OutboxReceipt.Status(rawValue: statusText.lowercased()) else {
                bad.append(BadLine(line: row.line, reason: "status must be delivered or failed"))
                continue
            }
            var at: Date?
            if let atText = field(atColumn), !atText.isEmpty {
                guard let parsed = time(atText) else {
                    bad.append(BadLine(line: row.line, reason: "at must be a time such as 2026-11-26T10:00:00+08:00"))
                    continue
                }
                at = parsed
            }
            receipts.append(OutboxReceipt(messageID: id, status: status, at: at, line: row.line))
        }
        return (receipts, bad.sorted { $0.line < $1.line })
    }

    /// An ISO 8601 time, with or without fractional seconds; without an offset it is China
    /// Standard Time, which is what a gateway in China writes.
    static func time(_ text: String) -> Date? {
        let withOffset = ISO8601DateFormatter()
        withOffset.formatOptions = [.withInternetDateTime]
        if let date = withOffset.date(from: text) { return date }
        withOffset.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = withOffset.date(from: text) { return date }
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.timeZone = TimeZone(identifier: "Asia/Shanghai")
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"] {
            local.dateFormat = format
            if let date = local.date(from: text) { return date }
        }
        return nil
    }
}
