import Foundation
import Testing
import TestSupport
@testable import FamilyAid

@Suite("Money")
struct MoneyTests {
    @Test("Written in yuan", arguments: [
        (0, "0.00"), (1, "0.01"), (10, "0.10"), (99, "0.99"), (100, "1.00"), (12_345, "123.45"),
        (99_999, "999.99"), (100_000, "1,000.00"), (123_456, "1,234.56"), (100_000_000, "1,000,000.00"),
        (-1, "-0.01"), (-300, "-3.00"), (-123_456_789, "-1,234,567.89"),
    ] as [(Int64, String)])
    func yuanText(fen: Int64, expected: String) {
        #expect(Money(fen: fen).yuanText == expected)
        #expect(Money(fen: fen).description == "¥" + expected)
    }

    @Test("Read from yuan", arguments: [
        ("1000", 100_000), ("1,000", 100_000), ("1,000.5", 100_050), ("12,345,678.90", 1_234_567_890),
        ("-3.00", -300), ("-0.01", -1), ("0.01", 1), ("12.3", 1_230), ("0", 0), ("-0", 0), ("007", 700),
        ("999999999999999", 99_999_999_999_999_900),
        (".5", nil), ("1.", nil), ("1.234", nil), ("abc", nil), ("", nil), ("-", nil), ("1e3", nil),
        ("¥100", nil), ("１００", nil), (" 100", nil), ("+100", nil), ("--1", nil), ("1.2.3", nil),
        ("1,00", nil), ("10,00.00", nil), (",100", nil), ("1,000,", nil), ("1,0000", nil), ("1.2,3", nil),
        ("1000000000000000", nil),
    ] as [(String, Int64?)])
    func readYuan(text: String, fen: Int64?) {
        #expect(Money(yuanText: text)?.fen == fen)
    }

    @Test func arithmetic() {
        #expect(Money.yuan(5) + Money(fen: 50) == Money(fen: 550))
        #expect(Money.yuan(5) - Money.yuan(7) == Money(fen: -200))
        #expect(-Money.yuan(3) == Money(fen: -300))
        #expect([Money.yuan(1), Money(fen: 1), Money(fen: -20)].sum() == Money(fen: 81))
        #expect([Money]().sum() == .zero)
        #expect(Money(fen: 1) > .zero && Money(fen: -1) < .zero)
        #expect(Money(fen: 1).isPositive && !Money.zero.isPositive && !Money(fen: -1).isPositive)
        #expect(Money(fen: -1).isNegative && !Money.zero.isNegative && !Money(fen: 1).isNegative)
    }

    @Test func codableIsTheNumberOfFen() throws {
        #expect(String(decoding: try JSONEncoder().encode([Money(fen: 123_456)]), as: UTF8.self) == "[123456]")
        #expect(try JSONDecoder().decode([Money].self, from: Data("[-5]".utf8)) == [Money(fen: -5)])
    }

    /// Whatever is written is read back the same.
    @Test func writingThenReadingRoundTrips() {
        var generator = SeededGenerator(seed: 100)
        for _ in 0..<1_000 {
            let money = Money(fen: Int64.random(in: -10_000_000_000...10_000_000_000, using: &generator))
            #expect(Money(yuanText: money.yuanText) == money, "seed 100: \(money.fen)")
        }
    }
}
