import Testing
@testable import FamilyAid

/// Every reason code the eligibility check decides is raised by at least one row of its table
/// and refused by another row of the same table. CONFIRMATION_TIMEOUT and DECLINED belong to the
/// member's lifecycle and are never raised here.
@Suite("Eligibility: reason-code coverage")
struct ReasonCodeCoverageTests {
    static let tables: [(ReasonCode, [[[ReasonCode]]])] = [
        (.notInsured, codes(NotInsuredTable.rows)),
        (.infoMismatch, codes(InfoMismatchTable.rows)),
        (.outOfArea, codes(OutOfAreaTable.rows)),
        (.relationNotAllowed, codes(RelationNotAllowedTable.rows)),
        (.alreadyShared, codes(AlreadySharedTable.rows)),
        (.memberLimit, codes(MemberLimitTable.rows)),
        (.sharerIneligible, codes(SharerIneligibleTable.rows)),
        (.relationImplausible, codes(RelationImplausibleTable.rows)),
        (.duplicateMember, codes(DuplicateMemberTable.rows)),
        (.selfBinding, codes(SelfBindingTable.rows)),
        (.proofMissing, ProofMissingTable.rows.map { [$0.missing.map { _ in ReasonCode.proofMissing }] }),
    ]

    static func codes(_ rows: [EligibilityRow]) -> [[[ReasonCode]]] {
        rows.map { $0.expected.map { $0.map(\.code) } }
    }

    @Test("Each table raises its code in one row and refuses it in another")
    func eachTableRaisesAndRefuses() {
        for (code, rows) in Self.tables {
            let raising = rows.filter { $0.contains { $0.contains(code) } }
            #expect(!raising.isEmpty, "no row raises \(code.rawValue)")
            #expect(raising.count < rows.count, "no row refuses \(code.rawValue)")
        }
    }

    @Test("Every code but the lifecycle's two has a table")
    func everyCodeHasATable() {
        let covered = Set(Self.tables.map(\.0))
        #expect(covered == Set(ReasonCode.allCases).subtracting([.confirmationTimeout, .declined]))
    }

    @Test("The check itself never raises the lifecycle's codes")
    func lifecycleCodesNeverRaised() {
        let all = NotInsuredTable.rows + InfoMismatchTable.rows + OutOfAreaTable.rows + RelationNotAllowedTable.rows
            + AlreadySharedTable.rows + MemberLimitTable.rows + SharerIneligibleTable.rows + RelationImplausibleTable.rows
            + DuplicateMemberTable.rows + SelfBindingTable.rows
        let raised = Set(all.flatMap { $0.verdicts().flatMap(\.codes) })
        #expect(raised.isDisjoint(with: [.confirmationTimeout, .declined, .proofMissing]))
    }
}
