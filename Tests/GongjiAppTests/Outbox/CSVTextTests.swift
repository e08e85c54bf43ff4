@testable import GongjiApp
import Testing

/// RFC 4180 as the gateway's files need it: Chinese text, commas, quotes and line breaks pass
/// through unchanged, and a broken record is reported by the line it began on.
@Suite("CSV text")
struct CSVTextTests {
    @Test("fields with commas, quotes or line breaks are quoted, and read back the same")
    func roundTrip() {
        let records = [
            ["message_id", "mobile", "language", "text"],
            ["DEM001-M000001", "13800138002", "zh-Hans", "【医保家庭共济】王*国 申请，请于 2026-12-07 前确认。"],
            ["DEM001-M000002", "13800138001", "en", "Member 2, 王*明, of \"your\" application\nwas approved"],
            ["DEM001-M000003", "", "en", ""],
        ]
        let text = CSVText.file(records)
        #expect(text.hasPrefix("message_id,mobile,language,text\r\n"))
        #expect(text.contains("\"Member 2, 王*明, of \"\"your\"\" application\nwas approved\""))
        #expect(text.contains("zh-Hans,【医保家庭共济】王*国 申请，请于 2026-12-07 前确认。\r\n"), "full-width commas need no quotes")
        let (rows, problems) = CSVText.rows(text)
        #expect(problems.isEmpty)
        #expect(rows.map(\.fields) == records)
        #expect(rows.map(\.line) == [1, 2, 3, 5], "the quoted line break counts")
    }

    @Test("LF line endings, a byte-order mark and blank lines are read")
    func lenient() {
        let (rows, problems) = CSVText.rows("\u{FEFF}a,b\n\n1,2\n")
        #expect(problems.isEmpty)
        #expect(rows == [CSVText.Row(line: 1, fields: ["a", "b"]), CSVText.Row(line: 3, fields: ["1", "2"])])
    }

    @Test("a stray quote is reported by line and reading goes on; an unclosed quote ends the file")
    func problems() {
        let (rows, problems) = CSVText.rows("a,b\r\nx\"y,1\r\n\"ok\",2\r\n\"z\"w,3\r\n4,\"never closed\r\n5,6\r\n")
        #expect(rows.map(\.fields) == [["a", "b"], ["ok", "2"]])
        #expect(problems.map(\.line) == [2, 4, 5])
    }
}
