/// Who may be added as whose member: the system check of DOMAIN.md's member lifecycle, run when
/// an application is submitted (and again when it is resubmitted). Each rule lives in its own
/// file under `Rules/`, named for what it decides; this type only runs them in order.
public enum Eligibility {
    /// Judges every member of one application.
    ///
    /// - Parameters:
    ///   - sharer: the registry's facts about the sharer.
    ///   - members: the proposed members, in application order (the order matters for the member
    ///     limit and for which of two identical entries is the duplicate, nothing else).
    ///   - existing: the sharer's current, pending and former members.
    ///   - profile: the region's profile; the application records its id and version.
    ///   - today: the kiosk's date, for ages.
    /// - Returns: one verdict per member, in the same order, each with every violation found
    ///   (not just the first) and what the member needs: proofs and confirmations. Requirements
    ///   are given even for a member with violations, so one screen can say all that is wrong
    ///   and all that will be needed.
    ///
    /// A member who is the sharer gets `SELF_BINDING` (and `SHARER_INELIGIBLE` when that holds),
    /// no requirements, and nothing else: comparing the sharer's ages, area or members with their own says
    /// nothing useful, and would bury the one thing to fix.
    public static func judge(
        sharer: InsuredPerson, members: [ProposedMember], existing: ExistingMembers,
        profile: PolicyProfile, today: CivilDate
    ) -> [MemberVerdict] {
        let sharerProblem = SharerRule.violation(sharer, profile: profile)
        var limits = MemberLimitRule(limit: profile.memberLimit, existing: existing)
        var firstIndex: [ResidentID: Int] = [:]
        var verdicts: [MemberVerdict] = []
        for (index, member) in members.enumerated() {
            var found: [Violation] = [sharerProblem].compactMap { $0 }
            if let selfBinding = SelfBindingRule.violation(member, sharer: sharer) {
                found.append(selfBinding)
                verdicts.append(MemberVerdict(
                    index: index, idNumber: member.idNumber, violations: ordered(found), requirements: MemberRequirements()))
                continue
            }
            let relative = try? member.relation.nearRelative.get()
            let needs = requirements(member, relative: relative, sharer: sharer, profile: profile, today: today)
            found += [
                InsuranceRule.violation(member),
                NameRule.violation(member),
                AreaRule.violation(member, sharer: sharer, edition: profile.edition),
                KinshipRule.violation(member.relation, edition: profile.edition),
                relative.flatMap { PlausibilityRule.violation($0, sharer: sharer.id, member: member.idNumber, today: today) },
                OneSharerRule.violation(member, sharer: sharer.id, profile: profile),
            ].compactMap { $0 }
            let duplicate = DuplicateRule.violation(member, firstIndex: firstIndex[member.idNumber], existing: existing)
            if firstIndex[member.idNumber] == nil { firstIndex[member.idNumber] = index }
            if let duplicate {
                found.append(duplicate)
            } else {
                let breaches = limits.breaches(member.idNumber)
                if found.isEmpty && breaches.isEmpty { limits.admit(member.idNumber) }
                found += breaches
            }
            verdicts.append(MemberVerdict(index: index, idNumber: member.idNumber, violations: ordered(found), requirements: needs))
        }
        return verdicts
    }

    /// The proofs and confirmations `member` needs under `profile`, as `judge` reports them: for
    /// a screen that shows what to bring before anything is submitted.
    public static func requirements(
        for member: ProposedMember, sharer: InsuredPerson, profile: PolicyProfile, today: CivilDate
    ) -> MemberRequirements {
        requirements(member, relative: try? member.relation.nearRelative.get(), sharer: sharer, profile: profile, today: today)
    }

    static func requirements(
        _ member: ProposedMember, relative: NearRelative?, sharer: InsuredPerson, profile: PolicyProfile, today: CivilDate
    ) -> MemberRequirements {
        let confirmation = ConfirmationRule.parties(member, relative: relative, profile: profile, today: today)
        return MemberRequirements(
            proofs: ProofRule.requirements(member, relative: relative, sharer: sharer, profile: profile),
            confirmations: confirmation.parties,
            mayConfirmLaterAnywhere: confirmation.mayConfirmLaterAnywhere)
    }

    /// Violations in the order of DOMAIN.md's table; within one code, the order found.
    static func ordered(_ violations: [Violation]) -> [Violation] {
        let rank = Dictionary(uniqueKeysWithValues: ReasonCode.allCases.enumerated().map { ($1, $0) })
        return violations.enumerated()
            .sorted { (rank[$0.element.code, default: .max], $0.offset) < (rank[$1.element.code, default: .max], $1.offset) }
            .map(\.element)
    }
}
