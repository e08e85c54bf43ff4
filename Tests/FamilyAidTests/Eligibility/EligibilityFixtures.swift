import Testing
@testable import FamilyAid

/// The profiles the eligibility tables judge under: the three national defaults, and variants
/// that change one setting each, named for what they change.
enum Profiles {
    static let n21 = PolicyProfile.national(.n21)
    static let n24 = PolicyProfile.national(.n24)
    static let n26 = PolicyProfile.national(.n26)

    /// N24, one sharer per member (some older regions).
    static let oneSharer = variant(of: .n24, "one-sharer") { $0.oneSharerPerMember = true }
    /// N24, ten members at once and twenty in a lifetime.
    static let hunanLike = variant(of: .n24, "hunan-like") { $0.memberLimit = MemberLimit(atOnce: 10, lifetime: 20) }
    /// N26 with 承诺制: the commitment letter proves every tie.
    static let commitment = variant(of: .n26, "commitment-letter") { $0.proofs = .commitmentLetter }
    /// N24 with 承诺制: the other-province certificate still applies where the edition asks.
    static let commitmentN24 = variant(of: .n24, "commitment-letter-N24") { $0.proofs = .commitmentLetter }
    /// N24 with the Jiangsu spouse confirmation turned on in the confirmation rules.
    static let jiangsuLike = variant(of: .n24, "jiangsu-like") { $0.options = [.spouseConfirmation] }
    /// N26 with the same option turned on as a weakly-sourced option instead.
    static let spouseOption = variant(of: .n26, "spouse-option") { $0.options = [.spouseConfirmation] }
    /// N26 with the 60+ and 失能 options on.
    static let elderAndDisabled = variant(of: .n26, "elder-and-disabled") {
        $0.options = [.remoteConfirmationFrom60, .disabilityMedicalCertificate]
    }
    /// N24 sharing only the 历年账户.
    static let shanghaiLike = variant(of: .n24, "shanghai-like") { $0.shareable = .carriedOverOnly }
    /// N26 keeping ¥1,000 back.
    static let retained = variant(of: .n26, "retained-1000") { $0.minimumRetained = .yuan(1000) }
    /// N24 whose sharer's own minor child still needs a guardian's confirmation.
    static let guardianForOwnChild = variant(of: .n24, "guardian-for-own-child") {
        $0.confirmation.sharerConfirmsOwnMinorChild = false
    }
    /// N24 whose matrix accepts only the 出生医学证明 for a parent or child by birth.
    static let birthCertificateOnly = variant(of: .n24, "birth-certificate-only") {
        var matrix = ProofMatrix.defaults
        matrix[.parentOrChildByBirth] = [[.birthCertificate]]
        $0.proofs = .documents(matrix)
    }

    static func variant(of edition: PolicyEdition, _ name: String, _ change: (inout PolicyProfile) -> Void) -> PolicyProfile {
        var profile = PolicyProfile.national(edition)
        profile.id = "test-\(name)"
        change(&profile)
        return profile
    }
}

/// The sharer and members the tables use. The sharer, 张三, is a man born 1 May 1970, employee
/// insured in Beijing 东城 (110101) with ¥5,000; the members are active resident-insured in
/// Beijing 西城 (110102) unless a row says otherwise.
enum Fixture {
    static let sharer = People.person("张三", born: "1970-05-01", sequence: "011")

    static func sharer(
        insurance: InsuranceKind = .employee, status: InsuranceStatus = .active,
        balance: Money = .yuan(5000), carriedOver: Money? = nil
    ) -> InsuredPerson {
        People.person("张三", born: "1970-05-01", sequence: "011", insurance: insurance, status: status,
                      balance: balance, carriedOver: carriedOver)
    }

    /// A proposed member with a registry record for the number typed (unless `inRegistry` is
    /// false), typed under `typed` (default: the registry name).
    static func member(
        _ relation: DeclaredRelation, name: String = "李四", typed: String? = nil, born: String,
        sequence: String = "022", region: String = "110101", insurance: InsuranceKind = .resident,
        status: InsuranceStatus = .active, inRegistry: Bool = true, sharers: Set<ResidentID> = [],
        disabled: Bool = false
    ) -> ProposedMember {
        let record = People.person(name, born: born, sequence: sequence, insurance: insurance, status: status, region: region)
        return ProposedMember(
            relation: relation, typedName: PersonName(typed ?? name), idNumber: record.id,
            registry: inRegistry ? record : nil, currentSharers: sharers, declaredDisabled: disabled)
    }

    // Sound members, one per kind of relative, each plausible under every edition that admits it.
    static let wife = member(.near(.spouse, .marriage), name: "李梅", born: "1972-03-08", sequence: "022")
    static let father = member(.near(.parent, .birth), name: "张父", born: "1945-01-10", sequence: "031")
    static let mother = member(.near(.parent, .birth), name: "王母", born: "1947-09-12", sequence: "042")
    static let son = member(.near(.child, .birth), name: "张小明", born: "2000-06-01", sequence: "051")
    static let daughter = member(.near(.child, .birth), name: "张小红", born: "2003-02-14", sequence: "062")
    static let minorSon = member(.near(.child, .birth), name: "张小宝", born: "2015-02-02", sequence: "071")
    static let brother = member(.near(.sibling, .birth), name: "张四", born: "1968-08-08", sequence: "081")
    static let grandmother = member(.near(.maternalGrandparent, .birth), name: "赵外婆", born: "1925-04-04", sequence: "092")
    static let grandson = member(.near(.sonsChild, .birth), name: "张孙", born: "2022-10-10", sequence: "101")

    /// A distinct sound adult child, numbered 0...498: for filling member limits.
    static func child(_ number: Int) -> ProposedMember {
        let digits = String(2 * number + 1)
        let sequence = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
        return member(.near(.child, .birth), name: "张子\(number)", born: "1995-01-01", sequence: sequence)
    }

    /// The ID numbers of `child(n)` for each n: existing members for limit rows.
    static func childIDs(_ numbers: some Sequence<Int>) -> Set<ResidentID> {
        Set(numbers.map { child($0).idNumber })
    }

    /// Someone else who shares with a member already (Tianjin, born 1980).
    static let otherSharer = People.id("120101", born: "1980-01-01", sequence: "013")
    static let anotherSharer = People.id("120101", born: "1982-02-02", sequence: "015")

    static func judge(
        _ profile: PolicyProfile, _ members: [ProposedMember], existing: ExistingMembers = .none,
        sharer: InsuredPerson = Fixture.sharer, today: CivilDate = People.today
    ) -> [MemberVerdict] {
        Eligibility.judge(sharer: sharer, members: members, existing: existing, profile: profile, today: today)
    }
}

/// One row of a rule's table: a profile, a sharer, the proposed members and what the sharer has,
/// and the exact violations expected for each member, in application order.
struct EligibilityRow: Sendable, CustomTestStringConvertible {
    let label: String
    let profile: PolicyProfile
    var sharer: InsuredPerson = Fixture.sharer
    let members: [ProposedMember]
    var existing: ExistingMembers = .none
    let expected: [[Violation]]

    init(
        _ label: String, _ profile: PolicyProfile, sharer: InsuredPerson = Fixture.sharer, _ members: [ProposedMember],
        existing: ExistingMembers = .none, expect expected: [[Violation]]
    ) {
        self.label = label
        self.profile = profile
        self.sharer = sharer
        self.members = members
        self.existing = existing
        self.expected = expected
    }

    /// A row with one member.
    init(
        _ label: String, _ profile: PolicyProfile, sharer: InsuredPerson = Fixture.sharer, _ member: ProposedMember,
        existing: ExistingMembers = .none, expect expected: [Violation]
    ) {
        self.init(label, profile, sharer: sharer, [member], existing: existing, expect: [expected])
    }

    var testDescription: String { "\(profile.id): \(label)" }

    func verdicts() -> [MemberVerdict] {
        Fixture.judge(profile, members, existing: existing, sharer: sharer)
    }

    /// Checks the row: one verdict per member, in order, with exactly the expected violations.
    func check(sourceLocation: SourceLocation = #_sourceLocation) {
        let verdicts = verdicts()
        #expect(verdicts.map(\.index) == Array(members.indices), sourceLocation: sourceLocation)
        #expect(verdicts.map(\.idNumber) == members.map(\.idNumber), sourceLocation: sourceLocation)
        #expect(verdicts.map(\.violations) == expected, sourceLocation: sourceLocation)
    }
}
