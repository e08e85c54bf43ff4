import Testing
@testable import FamilyAid

/// Which reason codes a reviewer may give (DOMAIN.md's table): all but the two only a
/// confirmation produces.
@Suite("Reviewer's reason codes")
struct ReviewerCodeTests {
    @Test func everyCodeButTimeoutAndDecline() {
        #expect(ReasonCode.reviewerCodes.map(\.rawValue) == [
            "NOT_INSURED", "INFO_MISMATCH", "OUT_OF_AREA", "RELATION_NOT_ALLOWED", "ALREADY_SHARED", "MEMBER_LIMIT",
            "SHARER_INELIGIBLE", "PROOF_MISSING", "RELATION_IMPLAUSIBLE", "DUPLICATE_MEMBER", "SELF_BINDING",
        ])
        #expect(ReasonCode.allCases.filter(\.arisesOnlyFromConfirmation) == [.confirmationTimeout, .declined])
    }
}
