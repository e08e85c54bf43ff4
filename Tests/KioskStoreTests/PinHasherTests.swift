import Foundation
import KioskStore
import Testing

@Suite("PIN hashing")
struct PinHasherTests {
    @Test("the right PIN verifies, a wrong one does not")
    func rightAndWrong() throws {
        let credential = try PinHasher.credential(for: "135790", cost: .fastForTests)
        #expect(try PinHasher.verify("135790", against: credential))
        #expect(try !PinHasher.verify("135791", against: credential))
        #expect(try !PinHasher.verify("", against: credential))
    }

    @Test("the salt differs each time, so the same PIN never gives the same hash")
    func freshSalt() throws {
        let first = try PinHasher.credential(for: "135790", cost: .fastForTests)
        let second = try PinHasher.credential(for: "135790", cost: .fastForTests)
        #expect(first.salt.count == 16)
        #expect(first.salt != second.salt)
        #expect(first.hash != second.hash)
        #expect(try PinHasher.verify("135790", against: second))
    }

    @Test("a given salt and cost give a stable hash, and the cost is kept beside it")
    func deterministicForSaltAndCost() throws {
        let salt = Data(repeating: 7, count: 16)
        let first = try PinHasher.credential(for: "135790", cost: .fastForTests, salt: salt)
        let again = try PinHasher.credential(for: "135790", cost: .fastForTests, salt: salt)
        let costlier = try PinHasher.credential(for: "135790", cost: PinHashCost(n: 32, r: 1, p: 1), salt: salt)
        #expect(first == again)
        #expect(first.algorithm == "scrypt")
        #expect(first.cost == .fastForTests)
        #expect(first.hash.count == 32)
        #expect(costlier.hash != first.hash)
    }

    @Test("the standard cost is what the kiosk uses for real PINs, and it verifies")
    func standardCost() throws {
        #expect(PinHashCost.standard == PinHashCost(n: 16_384, r: 8, p: 1))
        let credential = try PinHasher.credential(for: "135790", cost: .standard)
        #expect(try PinHasher.verify("135790", against: credential))
        #expect(try !PinHasher.verify("135791", against: credential))
    }

    @Test("unusable costs and unknown algorithms are refused in words")
    func refusals() throws {
        let badCost = PinHashCost(n: 1000, r: 8, p: 1)
        #expect(throws: KioskStoreError.invalidPinHashCost(badCost)) {
            try PinHasher.credential(for: "135790", cost: badCost)
        }
        var credential = try PinHasher.credential(for: "135790", cost: .fastForTests)
        credential.algorithm = "md5"
        #expect(throws: KioskStoreError.unsupportedPinAlgorithm("md5")) {
            try PinHasher.verify("135790", against: credential)
        }
    }
}
