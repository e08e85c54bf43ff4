extension Eligibility {
    /// `RELATION_IMPLAUSIBLE` (DOMAIN.md reason codes): the birth dates in the two ID numbers must
    /// fit the stated relation.
    ///
    /// - 父母: born before the sharer; 子女: born after. Any margin: adoptive and step parents
    ///   can be close in age, and old registry birth dates are often approximate.
    /// - 祖父母, 外祖父母 by birth: born more than 20 years before the sharer; 孙子女, 外孙子女 by
    ///   birth: more than 20 years after. Two generations of at least ten years each: lenient
    ///   enough for approximate old birth dates, strict enough to catch a "grandmother" the
    ///   sharer's age. By adoption or a step tie: simply older or younger, as for parents.
    /// - 配偶: both at least of legal marriage age today (民法典 Art. 1047: men 22, women 20, by
    ///   the sex the ID number records). The 1980 Marriage Law had the same ages, and anyone
    ///   married earlier is far older now.
    /// - 兄弟姐妹: no check (twins, half siblings of any age gap).
    enum PlausibilityRule {
        /// Years by which a grandparent or grandchild by birth must be older or younger.
        static let grandparentGapYears = 20
        static func marriageAge(_ sex: Sex) -> Int { sex == .male ? 22 : 20 }

        static func violation(_ relative: NearRelative, sharer: ResidentID, member: ResidentID, today: CivilDate) -> Violation? {
            let expected: ImplausibleRelation.Expectation
            let plausible: Bool
            switch relative.category {
            case .sibling:
                return nil
            case .spouse:
                let sharerMinimum = marriageAge(sharer.sex), memberMinimum = marriageAge(member.sex)
                expected = .bothOfMarriageAge(sharerMinimum: sharerMinimum, memberMinimum: memberMinimum)
                plausible = sharer.age(on: today) >= sharerMinimum && member.age(on: today) >= memberMinimum
            case .parent, .paternalGrandparent, .maternalGrandparent:
                let years = gapYears(relative)
                expected = .memberOlder(byMoreThanYears: years)
                plausible = member.birthDate < sharer.birthDate.adding(years: -years)
            case .child, .sonsChild, .daughtersChild:
                let years = gapYears(relative)
                expected = .memberYounger(byMoreThanYears: years)
                plausible = member.birthDate > sharer.birthDate.adding(years: years)
            }
            guard !plausible else { return nil }
            return .relationImplausible(ImplausibleRelation(
                category: relative.category, sharerBorn: sharer.birthDate, memberBorn: member.birthDate, expected: expected))
        }

        static func gapYears(_ relative: NearRelative) -> Int {
            switch relative.category {
            case .paternalGrandparent, .maternalGrandparent, .sonsChild, .daughtersChild:
                relative.tie == .birth ? grandparentGapYears : 0
            case .spouse, .parent, .child, .sibling:
                0
            }
        }
    }
}
