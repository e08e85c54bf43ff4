import Foundation

/// Comma-separated values as RFC 4180 writes them, for the SMS gateway's files: fields with a
/// comma, a quote or a line break are quoted, quotes doubled, records end in CRLF. Reading
/// accepts CRLF or LF, and says which line each record began on, so a bad receipt is reported
/// where the gateway's staff can find it. UTF-8 throughout: Chinese text passes unchanged.
enum CSVText {
    /// One record, without its line ending.
    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    /// A whole file: every record followed by CRLF.
    static func file(_ records: [[String]]) -> String {
        records.map { record($0) + "\r\n" }.joined()
    }

    /// What ends a field. A Swift `Character` holds CRLF as one.
    private static let fieldEnds: Set<Character> = [",", "\n", "\r", "\r\n"]

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "\"" || fieldEnds.contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record as read: its fields and the line it began on (from 1).
    struct Row: Hashable {
        var line: Int
        var fields: [String]
    }

    /// Why a record cannot be read.
    struct Problem: Hashable {
        var line: Int
        var reason: String
    }

    /// The records of `text`, with the problems of those that cannot be read. A record with a
    /// stray quote is a problem and reading goes on at the next line; an unclosed quote is a
    /// problem for the rest of the file. Blank lines are skipped.
    static func rows(_ text: String) -> (rows: [Row], problems: [Problem]) {
        var rows: [Row] = []
        var problems: [Problem] = []
        var line = 1
        var characters = Array(text)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        while index < characters.count {
            let start = line
            var fields: [String] = []
            var field = ""
            var quoted = false
            var problem: String?
            var ended = false
            while index < characters.count, !ended {
                let character = characters[index]
                if quoted {
                    if character == "\"" {
                        if index + 1 < characters.count, characters[index + 1] == "\"" {
                            field.append("\"")
                            index += 1
                        } else {
                            quoted = false
                            if index + 1 < characters.count, !fieldEnds.contains(characters[index + 1]) {
                                problem = problem ?? "text after a closing quote"
                            }
                        }
                    } else {
                        if character == "\n" || character == "\r\n" { line += 1 }
                        field.append(character)
                    }
                } else {
                    switch character {
                    case ",":
                        fields.append(field)
                        field = ""
                    case "\r\n", "\n":
                        line += 1
                        ended = true
                    case "\r":
                        break
                    case "\"":
                        if field.isEmpty { quoted = true } else { problem = problem ?? "a quote inside a field that does not start with one" }
                    default:
                        field.append(character)
                    }
                }
                index += 1
            }
            if quoted {
                problems.append(Problem(line: start, reason: "a quoted field is never closed"))
                break
            }
            fields.append(field)
            if let problem {
                problems.append(Problem(line: start, reason: problem))
            } else if !(fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty) {
                rows.append(Row(line: start, fields: fields))
            }
        }
        return (rows, problems)
    }
}
