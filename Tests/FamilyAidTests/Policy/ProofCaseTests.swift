import Testing
@testable import FamilyAid

/// Which row of DOMAIN.md's proof matrix a near relative's tie is proven by.
@Suite("Proof case for a tie")
struct ProofCaseTests {
    @Test("Each category and tie", arguments: [
        (KinshipCategory.spouse, KinshipTie.marriage, ProofCase.spouse),
        (.parent, .birth, .parentOrChildByBirth), (.child, .birth, .parentOrChildByBirth),
        (.parent, .adoptive, .parentOrChildAdoptive), (.child, .adoptive, .parentOrChildAdoptive),
        (.parent, .stepWithMaintenance, .parentOrChildStep), (.child, .stepWithMaintenance, .parentOrChildStep),
        (.sibling, .birth, .extendedFamily), (.sibling, .adoptive, .extendedFamily), (.sibling, .stepWithMaintenance, .extendedFamily),
        (.paternalGrandparent, .birth, .extendedFamily), (.maternalGrandparent, .adoptive, .extendedFamily),
        (.sonsChild, .birth, .extendedFamily), (.daughtersChild, .stepWithMaintenance, .extendedFamily),
    ])
    func proving(category: KinshipCategory, tie: KinshipTie, expected: ProofCase) throws {
        let relative = try #require(NearRelative(category: category, tie: tie))
        #expect(ProofCase.proving(relative) == expected)
    }
}
