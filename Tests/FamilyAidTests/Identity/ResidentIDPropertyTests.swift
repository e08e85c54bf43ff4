import Foundation
import Testing
import TestSupport
@testable import FamilyAid

/// Properties over a few hundred random valid numbers of every document kind.
@Suite("Resident ID: properties")
struct ResidentIDPropertyTests {
    static let seed: UInt64 = 20_261_123
    static let count = 300

    /// A random valid number of a random document kind, born between 1900 and `People.today`.
    static func randomID(using generator: inout SeededGenerator) -> String {
        func digits(_ count: Int) -> String {
            String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
        }
        let provinces = ProvinceCodes.mainland.sorted()
        let address: String
        switch IdentityDocumentKind.allCases.randomElement(using: &generator)! {
        case .mainlandResidentID: address = provinces.randomElement(using: &generator)! + digits(4)
        case .hongKongMacauResidencePermit: address = ["810000", "820000"].randomElement(using: &generator)!
        case .taiwanResidencePermit: address = "830000"
        case .foreignPermanentResidenceCard: address = "9" + provinces.randomElement(using: &generator)! + digits(3)
        }
        let earliest = CivilDate(year: 1900, month: 1, day: 1)!.daysSinceEpoch
        let born = CivilDate(daysSinceEpoch: Int.random(in: earliest...People.today.daysSinceEpoch, using: &generator))
        let first17 = address + born.description.replacingOccurrences(of: "-", with: "") + digits(3)
        return first17 + String(ResidentID.checkCharacter(forFirst17: first17)!)
    }

    static func sample() -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in randomID(using: &generator) }
    }

    @Test func theSampleCoversEveryDocumentKind() throws {
        let kinds = try Set(Self.sample().map { try ResidentID.parse($0, today: People.today).documentKind })
        #expect(kinds == Set(IdentityDocumentKind.allCases))
    }

    @Test func aValidNumberRoundTrips() throws {
        for text in Self.sample() {
            let id = try ResidentID.parse(text, today: People.today)
            #expect(try ResidentID.parse(id.number, today: People.today) == id, "seed \(Self.seed): \(text)")
            let lowered = try ResidentID.parse(text.lowercased(), today: People.today)
            #expect(lowered == id, "seed \(Self.seed): \(text) in lower case")
            let data = try JSONEncoder().encode(id)
            #expect(try JSONDecoder().decode(ResidentID.self, from: data) == id, "seed \(Self.seed): \(text)")
            #expect(ResidentID.problem(inPartial: text, today: People.today) == nil)
        }
    }

    /// GB 11643's check catches every single substitution: each position, each other character
    /// allowed there (a digit; a digit or X in the last place).
    @Test func everySingleCharacterChangeIsCaught() {
        let digits = Array("0123456789")
        for text in Self.sample() {
            let characters = Array(text)
            for position in characters.indices {
                let allowed = position == 17 ? digits + ["X"] : digits
                for replacement in allowed where replacement != characters[position] {
                    var changed = characters
                    changed[position] = replacement
                    let changedText = String(changed)
                    #expect(throws: ResidentIDError.self, "seed \(Self.seed): \(text) → \(changedText)") {
                        try ResidentID.parse(changedText, today: People.today)
                    }
                }
            }
        }
    }
}
