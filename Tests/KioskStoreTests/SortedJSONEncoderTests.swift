import FamilyAid
import Foundation
@testable import KioskStore
import Testing

/// The store's JSON writer against Foundation's `JSONEncoder` (sorted keys, unescaped slashes):
/// the same bytes for every kind of value the store keeps, so that faster seeding changed no
/// stored text.
@Suite("Stored JSON text")
struct SortedJSONEncoderTests {
    static func foundation(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    struct Sample: Encodable {
        var text = "a/b \"quoted\" \\ back\n\t\r\u{1}\u{1F}\u{8}\u{C} 王·建国 ☆"
        var numbers: [Double] = [0, -0.0, 1, 0.5, 0.1, 1e21, 1e-7, 816_912_000, 816_912_000.123456, 12_345_678_901_234_567_890]
        var float: Float = 0.1
        var integers: [Int64] = [.max, .min, 0, -1]
        var unsigned: UInt8 = 255
        var flags = [true, false]
        var missing: String?
        var present: String? = "here"
        var nested: [String: [Int]] = ["b": [2], "B": [], "_0": [0], "a10": [10], "a2": [2], "é": [1]]
        var byNumber: [Int: String] = [2: "two", 10: "ten"]
        var data = Data([1, 2, 3, 250])
        var url = URL(string: "https://example.org/a/b")!
        var date = Date(timeIntervalSince1970: 1_796_000_000.25)
        var empty: [String] = []
        var nothing = Nothing()
        var cases: [Choice] = [.plain, .one(4), .labelled(name: "x", 5)]
    }

    struct Nothing: Encodable {}

    /// Containers used as `Encodable` allows and synthesized code never does: a nested container
    /// filled after its parent has moved on, a key written twice, an unkeyed container asked for
    /// twice, a superclass's encoder.
    struct OutOfOrder: Encodable {
        enum Key: String, CodingKey { case zeta, alpha, nested, list, again, `super` }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            var nested = container.nestedContainer(keyedBy: Key.self, forKey: .nested)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try container.encode("first", forKey: .zeta)
            try nested.encode(1, forKey: .zeta)
            try list.encode(true)
            try container.encode("last", forKey: .zeta)
            try nested.encode([2, 3], forKey: .alpha)
            var inner = list.nestedUnkeyedContainer()
            try list.encodeNil()
            try inner.encode("late")
            var again = encoder.container(keyedBy: Key.self)
            try again.encode(0.5, forKey: .alpha)
            try Nothing().encode(to: container.superEncoder())
            try "under a key".encode(to: container.superEncoder(forKey: .again))
        }
    }
    enum Choice: Encodable { case plain, one(Int), labelled(name: String, Int) }

    @Test("values of every shape are written as JSONEncoder writes them")
    func shapes() throws {
        #expect(try SortedJSONEncoder.text(Sample()) == Self.foundation(Sample()))
        #expect(try SortedJSONEncoder.text("x") == Self.foundation("x"))
        #expect(try SortedJSONEncoder.text([Sample(), Sample()]) == Self.foundation([Sample(), Sample()]))
        let outOfOrder = try SortedJSONEncoder.text(OutOfOrder())
        #expect(try outOfOrder == Self.foundation(OutOfOrder()), "\(outOfOrder)")
        #expect(try SortedJSONEncoder.text([OutOfOrder()]) == Self.foundation([OutOfOrder()]))
        #expect(throws: EncodingError.self) { try SortedJSONEncoder.text([Double.nan]) }
    }

    @Test("every application, relationship and ledger value that seeding makes is written as JSONEncoder writes it")
    func seededValues() throws {
        let plan = DemoDataPlan(
            residents: 400, applications: 1_500, seed: 11, asOf: CivilDate("2026-12-01")!, profile: .kioskDefault,
            calendar: .weekendsOnly)
        var generator = DemoDataGenerator(plan: plan, batchSize: 500)
        var compared = 0
        func same(_ value: some Encodable) throws {
            #expect(try SortedJSONEncoder.text(value) == Self.foundation(value))
            compared += 1
        }
        while let batch = try generator.nextBatch() {
            for family in batch.families { try same(family.people.map(\.id)) }
            for seeded in batch.applications {
                try same(seeded.application)
                guard let begun = seeded.relationship else { continue }
                try same(begun.relationship)
                try same([begun.assignment])
                for transaction in [begun.assignment.ledger] + (begun.returned.map { [$0.ledger] } ?? []) {
                    try same(transaction.reference)
                    for entry in transaction.entries { try same(entry.account) }
                }
            }
        }
        #expect(compared > 2_000)
    }
}
