extension Eligibility {
    /// Who may confirm as the parent or guardian (监护人) of a member under 16 who is not the
    /// sharer's own child (DOMAIN.md, proof documents: member under 16; `ConfirmationRule`).
    ///
    /// - Not the member: a child does not confirm for themselves.
    /// - Not the sharer: the guardian's confirmation stands beside the sharer's application, so it
    ///   must come from someone else. A sharer who is the child's legal guardian shows the
    ///   guardianship papers at a counter instead.
    /// - An adult (18 or older, 民法典 Art. 17): a minor is no one's guardian.
    /// - Known to the registry: the guardian answers the invitation from their own sign-in, so a
    ///   number the registry does not know could never confirm.
    ///
    /// The checks that need only the number come first, so a kiosk can say them before asking
    /// the registry.
    enum GuardianRule {
        static let minimumAge = 18

        static func refusal(_ candidate: ResidentID, member: ResidentID, sharer: ResidentID, today: CivilDate) -> GuardianRefusal? {
            if candidate == member { return .isTheMember }
            if candidate == sharer { return .isTheSharer }
            let age = candidate.age(on: today)
            return age < minimumAge ? .underAge(age) : nil
        }

        static func refusal(
            _ candidate: ResidentID, registry: InsuredPerson?, member: ResidentID, sharer: ResidentID, today: CivilDate
        ) -> GuardianRefusal? {
            if let refusal = refusal(candidate, member: member, sharer: sharer, today: today) { return refusal }
            // A record for another number means the registry found nobody for this one.
            guard let registry, registry.id == candidate else { return .notInRegistry }
            return nil
        }
    }

    /// The age from which a person may be named as a minor member's guardian.
    public static var guardianMinimumAge: Int { GuardianRule.minimumAge }

    /// Why `candidate` cannot confirm as the guardian of `member` in `sharer`'s application,
    /// judged on the number alone (the registry not asked yet); nil when nothing refuses them so far.
    public static func guardianRefusal(
        _ candidate: ResidentID, member: ResidentID, sharer: ResidentID, today: CivilDate
    ) -> GuardianRefusal? {
        GuardianRule.refusal(candidate, member: member, sharer: sharer, today: today)
    }

    /// Why `candidate` cannot confirm as the guardian of `member`, with the registry's record
    /// for the candidate's number (nil when it has none); nil when they may.
    public static func guardianRefusal(
        _ candidate: ResidentID, registry: InsuredPerson?, member: ResidentID, sharer: ResidentID, today: CivilDate
    ) -> GuardianRefusal? {
        GuardianRule.refusal(candidate, registry: registry, member: member, sharer: sharer, today: today)
    }
}

/// Why a person cannot be named as the guardian who confirms for a member under 16.
public enum GuardianRefusal: Hashable, Sendable {
    /// The number is the member's own.
    case isTheMember
    /// The number is the sharer's own.
    case isTheSharer
    /// The person is under 18 (their age on the day judged).
    case underAge(Int)
    /// The registry has nobody with this number, so they could not sign in to confirm.
    case notInRegistry
}
