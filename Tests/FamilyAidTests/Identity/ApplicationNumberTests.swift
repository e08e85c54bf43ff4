import Foundation
import Testing
import TestSupport
@testable import FamilyAid

@Suite("Application numbers")
struct ApplicationNumberTests {
    @Test("Written as origin, sequence and check character", arguments: [
        ("K7M2QX", 42, "K7M2QX-000042-H"),
        ("DEM001", 1, "DEM001-000001-2"),
        ("DEM001", 2, "DEM001-000002-0"),
        ("ZZZZZZ", 999_999, "ZZZZZZ-999999-T"),
        ("222222", 1, "222222-000001-E"),
        ("000000", 1, "000000-000001-Y"),
        ("k7m2qx", 42, "K7M2QX-000042-H"),
    ] as [(String, Int, String)])
    func written(origin: String, sequence: Int, text: String) throws {
        let number = try ApplicationNumber(origin: origin, sequence: sequence)
        #expect(number.text == text)
        #expect(try ApplicationNumber.parse(text) == number)
    }

    @Test("A number cannot be made from a bad origin or sequence", arguments: [
        ("K7M2Q", 1, ApplicationNumberError.originNotValid("K7M2Q")),
        ("K7M2QXX", 1, .originNotValid("K7M2QXX")),
        ("K7M2QI", 1, .originNotValid("K7M2QI")),
        ("DEMO01", 1, .originNotValid("DEMO01")),
        ("K7M2Q-", 1, .originNotValid("K7M2Q-")),
        ("K7M2QX", 0, .sequenceOutOfRange(0)),
        ("K7M2QX", -3, .sequenceOutOfRange(-3)),
        ("K7M2QX", 1_000_000, .sequenceOutOfRange(1_000_000)),
    ] as [(String, Int, ApplicationNumberError)])
    func refusedToMake(origin: String, sequence: Int, error: ApplicationNumberError) {
        #expect(throws: error) { try ApplicationNumber(origin: origin, sequence: sequence) }
    }

    @Test("Typed back the way people type", arguments: [
        ("K7M2QX-000042-H", "plain"),
        ("k7m2qx-000042-h", "lower case"),
        ("K7M2QX000042H", "no dashes"),
        ("K7M2QX-000042H", "no last dash"),
        ("K7M2 QX 0000 42 H", "spaces"),
        ("  K7M2QX-000042-H\n", "surrounding white space"),
        ("K7M2QX-OOOO42-H", "O for zero"),
        ("K7M2QX-ooo042-H", "lower-case o for zero"),
        ("Ｋ７Ｍ２ＱＸ－００００４２－Ｈ", "full width"),
    ] as [(String, String)])
    func typedBack(typed: String, why: String) throws {
        #expect(try ApplicationNumber.parse(typed).text == "K7M2QX-000042-H", "\(why)")
    }

    @Test("I is read as 1 and O as 0 in the origin too")
    func lookAlikesInTheOrigin() throws {
        #expect(try ApplicationNumber.parse("DEMOOI-000001-2").text == "DEM001-000001-2")
        #expect(try ApplicationNumber.parse("dem0o1 000002 0").text == "DEM001-000002-0")
    }

    @Test("Refused with the first problem a person can fix", arguments: [
        ("", ApplicationNumberError.empty),
        (" - ", .empty),
        ("K7M2QX-00042-H", .wrongLength(12)),
        ("K7M2QX-0000042-H", .wrongLength(14)),
        ("K7M2QX-000042", .wrongLength(12)),
        ("K7M2Q#-000042-H", .characterNotAllowed("#", position: 6)),
        ("K7M2QX-0000A2-H", .characterNotAllowed("A", position: 11)),
        ("K7M2QX-000042-*", .characterNotAllowed("*", position: 13)),
        ("K7M2QX_00042H", .characterNotAllowed("_", position: 7)),
        ("K7M2QX-000042-J", .wrongCheckCharacter),
        ("K7M2QX-000043-H", .wrongCheckCharacter),
        ("K7M2XQ-000042-H", .wrongCheckCharacter),
    ] as [(String, ApplicationNumberError)])
    func refused(typed: String, error: ApplicationNumberError) {
        #expect(throws: error) { try ApplicationNumber.parse(typed) }
    }

    @Test("Sequence zero is never a number, even with its check character")
    func sequenceZero() {
        let body = "DEM001000000"
        let text = body + String(ApplicationNumber.checkCharacter(for: body))
        #expect(throws: ApplicationNumberError.sequenceOutOfRange(0)) { try ApplicationNumber.parse(text) }
    }

    @Test("Stored as its text")
    func codable() throws {
        let number = try ApplicationNumber(origin: "K7M2QX", sequence: 42)
        let data = try JSONEncoder().encode([number])
        #expect(String(decoding: data, as: UTF8.self) == #"["K7M2QX-000042-H"]"#)
        #expect(try JSONDecoder().decode([ApplicationNumber].self, from: data) == [number])
    }

    @Test("Ordered by origin, then sequence")
    func ordered() throws {
        let a1 = try ApplicationNumber(origin: "AAAAAA", sequence: 2)
        let a2 = try ApplicationNumber(origin: "AAAAAA", sequence: 10)
        let b1 = try ApplicationNumber(origin: "BBBBBB", sequence: 1)
        #expect([b1, a2, a1].sorted() == [a1, a2, b1])
    }
}

/// The check character over many seeded random numbers.
@Suite("Application numbers: properties")
struct ApplicationNumberPropertyTests {
    static let seed: UInt64 = 20_261_128
    static let count = 400

    static func randomNumber(using generator: inout SeededGenerator) -> ApplicationNumber {
        let origin = String((0..<6).map { _ in ApplicationNumber.alphabet.randomElement(using: &generator)! })
        return try! ApplicationNumber(origin: origin, sequence: Int.random(in: 1...999_999, using: &generator))
    }

    /// The 13 characters of a number's text, dashes left out.
    static func characters(_ number: ApplicationNumber) -> [Character] {
        Array(number.text.filter { $0 != "-" })
    }

    @Test("Every number reads back as itself")
    func roundTrip() throws {
        var generator = SeededGenerator(seed: Self.seed)
        for _ in 0..<Self.count {
            let number = Self.randomNumber(using: &generator)
            #expect(try ApplicationNumber.parse(number.text) == number)
            #expect(try ApplicationNumber.parse(String(Self.characters(number)).lowercased()) == number)
        }
    }

    @Test("Every single substitution of a character is caught")
    func everySubstitutionCaught() {
        var generator = SeededGenerator(seed: Self.seed + 1)
        for _ in 0..<Self.count {
            let number = Self.randomNumber(using: &generator)
            let original = Self.characters(number)
            for position in original.indices {
                for replacement in ApplicationNumber.alphabet where replacement != original[position] {
                    var typed = original
                    typed[position] = replacement
                    #expect(throws: ApplicationNumberError.self, "\(String(typed)) from \(number)") {
                        try ApplicationNumber.parse(String(typed))
                    }
                }
            }
        }
    }

    @Test("Every swap of two different neighbours is caught, except 0 and Z")
    func adjacentSwapsCaught() {
        var generator = SeededGenerator(seed: Self.seed + 2)
        var caught = 0, missed = 0
        for _ in 0..<Self.count {
            let number = Self.randomNumber(using: &generator)
            let original = Self.characters(number)
            for position in original.indices.dropLast() where original[position] != original[position + 1] {
                var typed = original
                typed.swapAt(position, position + 1)
                let accepted = (try? ApplicationNumber.parse(String(typed))) != nil
                if Set([original[position], original[position + 1]]) == ["0", "Z"] {
                    if accepted { missed += 1 }
                } else {
                    #expect(!accepted, "\(String(typed)) from \(number)")
                    caught += 1
                }
            }
        }
        #expect(caught > Self.count * 8)
        _ = missed
    }

    @Test("0 and Z swapped beside each other give the same check character")
    func theBlindPair() {
        #expect(ApplicationNumber.checkCharacter(for: "AAAAA0Z00001") == ApplicationNumber.checkCharacter(for: "AAAAAZ000001"))
    }
}
