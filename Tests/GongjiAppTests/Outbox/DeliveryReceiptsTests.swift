import Foundation
@testable import GongjiApp
import KioskStore
import Testing

/// The gateway's receipts file: good lines become receipts, every other line is reported with
/// its number and why, and nothing in the file stops the good lines.
@Suite("Delivery receipts")
struct DeliveryReceiptsTests {
    @Test("good lines, in any column order, with or without a time")
    func good() {
        let (receipts, bad) = DeliveryReceipts.parse("""
            status,message_id,at\r
            delivered,DEM001-M000001,2026-11-26T10:00:00+08:00\r
            FAILED, DEM001-M000002 ,\r
            delivered,DEM001-M000003,2026-11-26 10:05:00\r

            """)
        #expect(bad.isEmpty)
        #expect(receipts.map(\.messageID) == ["DEM001-M000001", "DEM001-M000002", "DEM001-M000003"])
        #expect(receipts.map(\.status) == [.delivered, .failed, .delivered])
        #expect(receipts.map(\.line) == [2, 3, 4])
        #expect(receipts[0].at == Date(timeIntervalSince1970: 1_795_658_400))
        #expect(receipts[1].at == nil)
        #expect(receipts[2].at == Date(timeIntervalSince1970: 1_795_658_700), "no offset: China Standard Time")
    }

    @Test("bad lines are reported with their numbers; the good ones are kept")
    func bad() {
        let (receipts, bad) = DeliveryReceipts.parse("""
            message_id,status,at
            DEM001-M000001,delivered,
            DEM001-M000002,bounced,
            ,delivered,
            DEM001-M000004,delivered,yesterday
            DEM001-M000005,delivered
            DEM001-M0000"06,failed,
            DEM001-M000007,failed,2026-11-26T10:00:00Z

            """)
        #expect(receipts.map(\.messageID) == ["DEM001-M000001", "DEM001-M000007"])
        #expect(bad.map(\.line) == [3, 4, 5, 6, 7])
        #expect(bad[0].reason.contains("delivered or failed"))
    }

    @Test("a file without the header is refused whole, and an empty one says what it needs")
    func header() {
        let wrong = DeliveryReceipts.parse("DEM001-M000001,delivered,\n")
        #expect(wrong.receipts.isEmpty && wrong.bad.map(\.line) == [1])
        let empty = DeliveryReceipts.parse("")
        #expect(empty.receipts.isEmpty && empty.bad.first?.reason.contains("message_id,status,at") == true)
    }

    @Test("bytes that are no CSV at all are reported, never a crash")
    func garbage() {
        // A fixed sequence of pieces (a linear congruential walk), so every run reads the same files.
        let pieces = ["\"", ",", "\n", "\r", "\r\n", "a", "1", "中", " ", "delivered", "failed"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            let text = "message_id,status,at\n" + (0..<next(80)).map { _ in pieces[next(pieces.count)] }.joined()
            let (receipts, bad) = DeliveryReceipts.parse(text)
            #expect(receipts.allSatisfy { $0.line >= 2 })
            #expect(bad.allSatisfy { $0.line >= 1 })
        }
    }
}
