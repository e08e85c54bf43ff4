import Foundation

/// Makes a plan's data in batches: first every family, then every application. Application `i`
/// belongs to family `i mod families` and names one of its three relatives in turn; what becomes of
/// it (approved, perhaps ended since; waiting; refused, declined, withdrawn) is drawn from its own
/// seed, and whatever the family already holds (a relationship in force with that relative, what
/// is left in the account) is respected, so every application is one the rules could produce.
public struct DemoDataGenerator: Sendable {
    public let plan: DemoDataPlan
    public let batchSize: Int
    private var nextFamily = 0
    private var nextApplication = 0
    /// Per family: the sharer's account now, and which relatives are bound in force.
    private var accounts: [PersonalAccount?]
    private var boundInForce: [UInt8]
    /// The families made in the first batches, kept for their applications (each family has
    /// several): making a family again costs more than keeping it. Kept only up to
    /// `keptFamiliesLimit`, so a plan of millions of families stays within memory.
    private var families: [DemoFamily] = []
    static let keptFamiliesLimit = 1_000_000

    public init(plan: DemoDataPlan, batchSize: Int = 5_000) {
        self.plan = plan
        self.batchSize = batchSize
        accounts = Array(repeating: nil, count: plan.families)
        boundInForce = Array(repeating: 0, count: plan.families)
    }

    /// Families and applications made so far, of all.
    public var progress: (done: Int, total: Int) {
        (nextFamily + nextApplication, plan.families + plan.applications)
    }

    public mutating func nextBatch() throws -> DemoDataBatch? {
        var batch = DemoDataBatch()
        if nextFamily < plan.families {
            let end = min(plan.families, nextFamily + batchSize / DemoDataPlan.familySize)
            batch.families = try (nextFamily..<end).map { try DemoFamily(index: $0, plan: plan) }
            if plan.families <= Self.keptFamiliesLimit { families += batch.families }
            nextFamily = end
            return batch
        }
        guard nextApplication < plan.applications else { return nil }
        let end = min(plan.applications, nextApplication + batchSize)
        var touched = Set<Int>()
        for index in nextApplication..<end {
            let family = try self.family(index % plan.families)
            batch.applications.append(try application(index, of: family))
            touched.insert(family.index)
        }
        batch.accounts = touched.sorted().compactMap { accounts[$0] }
        nextApplication = end
        return batch
    }

    private func family(_ index: Int) throws -> DemoFamily {
        families.indices.contains(index) ? families[index] : try DemoFamily(index: index, plan: plan)
    }

    /// What becomes of an application, before the family's state is consulted.
    enum Fate: CaseIterable { case approved, approvedThenEnded, underReview, awaitingConfirmation, rejected, declined, cancelled, refusedAtCheck }

    static func fate(_ draw: Int) -> Fate {
        switch draw {
        case ..<30: .approved
        case ..<40: .approvedThenEnded
        case ..<55: .underReview
        case ..<65: .awaitingConfirmation
        case ..<78: .rejected
        case ..<88: .declined
        case ..<93: .cancelled
        default: .refusedAtCheck
        }
    }

    private mutating func application(_ index: Int, of family: DemoFamily) throws -> DemoApplication {
        var random = SeedRandom(seed: plan.seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15) ^ 0xA991)
        let profile = plan.profile
        let calendar = plan.calendar
        let round = index / plan.families
        let role = DemoFamily.Role(rawValue: 1 + (round + family.index) % 3)!
        let member = family.people[role.rawValue]
        let roleBit = UInt8(1) << role.rawValue
        var fate = Self.fate(Int.random(in: 0..<100, using: &random))
        if family.sharer.status != .active || (boundInForce[family.index] & roleBit != 0 && [.approved, .approvedThenEnded].contains(fate)) {
            fate = .refusedAtCheck
        }
        let pending = fate == .underReview || fate == .awaitingConfirmation
        let daysAgo = pending ? Int.random(in: 0...(fate == .underReview ? 8 : 12), using: &random) : Int.random(in: 14...720, using: &random)
        let day = plan.asOf.adding(days: -daysAgo)
        let start = day.startOfDay().addingTimeInterval(TimeInterval(9 * 3600 + Int.random(in: 0..<(8 * 3600), using: &random)))
        var clock = start
        func tick(_ seconds: TimeInterval) -> Date { clock = clock.addingTimeInterval(seconds); return clock }

        let origin = DemoDataPlan.origins[index % DemoDataPlan.origins.count]
        let number = try ApplicationNumber(origin: origin, sequence: index / DemoDataPlan.origins.count + 1)
        var application = SharingApplication(sharer: family.sharer.id, channel: random.chance(30) ? .counter : .kiosk, profile: profile)
        try application.addMember(
            MemberDetails(name: member.name, id: member.id, relation: DemoFamily.relation(of: role), mobile: member.mobile),
            at: clock, profile: profile, calendar: calendar)
        try application.submit(at: tick(60), profile: profile, calendar: calendar)
        let quota = Money(fen: 100_000)
        var relationship: DemoRelationship?
        if fate == .refusedAtCheck {
            let code: ReasonCode = family.sharer.status != .active ? .sharerIneligible : boundInForce[family.index] & roleBit != 0 ? .duplicateMember : .infoMismatch
            try application.apply(.failSystemCheck([code]), toMemberAt: 0, at: tick(60), profile: profile, calendar: calendar)
        } else {
            try application.apply(.passSystemCheck(confirming: [.member]), toMemberAt: 0, at: tick(60), profile: profile, calendar: calendar)
            switch fate {
            case .awaitingConfirmation:
                break
            case .declined:
                try application.apply(.decline(.member), toMemberAt: 0, at: tick(3600 * 5), profile: profile, calendar: calendar)
            case .cancelled:
                try application.apply(.cancel, toMemberAt: 0, at: tick(3600 * 2), profile: profile, calendar: calendar)
            default:
                try application.apply(.confirm(.member), toMemberAt: 0, at: tick(3600 * 3), profile: profile, calendar: calendar)
            }
            let account = accounts[family.index] ?? PersonalAccount(family.sharer)
            switch fate {
            case .rejected:
                try application.apply(.reject([random.chance(60) ? .proofMissing : .infoMismatch]), toMemberAt: 0, at: tick(86_400),
                                      profile: profile, calendar: calendar)
            case .approved, .approvedThenEnded:
                let approvedAt = tick(86_400)
                let approvedOn = CivilDate(approvedAt)
                if let assignment = try? SharingQuota.assign(quota, from: account, to: member.id, on: approvedOn, profile: profile) {
                    try application.apply(.approve, toMemberAt: 0, at: approvedAt, profile: profile, calendar: calendar)
                    var begun = try application.relationship(forMemberAt: 0, sharer: family.sharer, member: member, quota: quota, profile: profile, calendar: calendar)
                    accounts[family.index] = assignment.accountAfter
                    boundInForce[family.index] |= roleBit
                    var returned: QuotaReturn?
                    let endOn = approvedOn.adding(days: Int.random(in: 30...300, using: &random))
                    if fate == .approvedThenEnded, endOn < plan.asOf {
                        _ = try begun.advance(to: endOn)
                        let transition = try begun.apply(.unbindBySharer, on: endOn)
                        if let unused = transition.quotaReturned {
                            returned = try SharingQuota.returnUnused(unused, of: [assignment], to: assignment.accountAfter, on: endOn)
                            accounts[family.index] = returned?.accountAfter
                        }
                        boundInForce[family.index] &= ~roleBit
                    }
                    relationship = DemoRelationship(relationship: begun, assignment: assignment, returned: returned)
                } else {
                    try application.apply(.reject([.sharerIneligible]), toMemberAt: 0, at: approvedAt, profile: profile, calendar: calendar)
                }
            default:
                break
            }
        }
        let proof: (ProofKind, String)? = role == .parent ? nil
            : (role == .spouse ? .marriageCertificate : .birthCertificate, "\(origin)-\(String(format: "%06d", index % 1_000_000))")
        return DemoApplication(
            number: number, application: application, createdAt: start, updatedAt: clock,
            quota: quota, proof: proof, relationship: relationship)
    }
}
