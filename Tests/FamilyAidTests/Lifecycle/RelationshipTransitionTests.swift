import Testing
@testable import FamilyAid

/// DOMAIN.md's relationship lifecycle as tables: beginning, every arrow, every refusal, and
/// `advance(to:)`. Quotas under N26: ¥1,000 assigned unless a row says otherwise.
@Suite("Sharing relationship transitions")
struct RelationshipTransitionTests {
    struct Beginning: CustomTestStringConvertible, Sendable {
        let name: String
        let profile: PolicyProfile
        let period: SharingPeriod
        let approvedOn: String
        let quota: Money?
        /// The state, first day and last day expected, or the refusal.
        let outcome: Result<Began, LifecycleError>
        var testDescription: String { name }
    }

    struct Began: Hashable, Sendable {
        let stage: RelationshipStage
        let start: CivilDate
        let end: CivilDate?
        let quota: SharingRelationship.Quota?
    }

    static func chosen(_ start: String, _ end: String) -> SharingPeriod {
        .chosen(start: Lifecycle.day(start), end: Lifecycle.day(end))
    }

    static let beginnings: [Beginning] = {
        let L = Lifecycle.self
        let assigned = SharingRelationship.Quota(assigned: .yuan(1000))
        return [
            Beginning(name: "N26 open-ended: active from the approval day, quota held", profile: .national(.n26), period: .openEnded,
                      approvedOn: "2026-11-23", quota: .yuan(1000),
                      outcome: .success(Began(stage: .active, start: L.day("2026-11-23"), end: nil, quota: assigned))),
            Beginning(name: "N24 open-ended, no quota", profile: .national(.n24), period: .openEnded, approvedOn: "2026-11-23", quota: nil,
                      outcome: .success(Began(stage: .active, start: L.day("2026-11-23"), end: nil, quota: nil))),
            Beginning(name: "chosen dates ahead: scheduled", profile: L.chosenDatesN26, period: chosen("2026-12-01", "2026-12-31"),
                      approvedOn: "2026-11-23", quota: .yuan(1000),
                      outcome: .success(Began(stage: .scheduled, start: L.day("2026-12-01"), end: L.day("2026-12-31"), quota: assigned))),
            Beginning(name: "chosen first day passed during review: active from approval", profile: L.chosenDatesN24,
                      period: chosen("2026-11-20", "2026-12-31"), approvedOn: "2026-11-23", quota: nil,
                      outcome: .success(Began(stage: .active, start: L.day("2026-11-23"), end: L.day("2026-12-31"), quota: nil))),
            Beginning(name: "approved on the chosen last day: active for that one day", profile: L.chosenDatesN24,
                      period: chosen("2026-11-20", "2026-11-23"), approvedOn: "2026-11-23", quota: nil,
                      outcome: .success(Began(stage: .active, start: L.day("2026-11-23"), end: L.day("2026-11-23"), quota: nil))),
            Beginning(name: "chosen last day passed during review", profile: L.chosenDatesN24, period: chosen("2026-11-01", "2026-11-20"),
                      approvedOn: "2026-11-23", quota: nil,
                      outcome: .failure(.period(.endPassedBeforeApproval(end: L.day("2026-11-20"), approvedOn: L.day("2026-11-23"))))),
            Beginning(name: "chosen last day not after the first", profile: L.chosenDatesN24, period: chosen("2026-12-01", "2026-12-01"),
                      approvedOn: "2026-11-23", quota: nil,
                      outcome: .failure(.period(.endNotAfterStart(start: L.day("2026-12-01"), end: L.day("2026-12-01"))))),
            Beginning(name: "dates where the profile is open-ended", profile: .national(.n24), period: chosen("2026-12-01", "2026-12-31"),
                      approvedOn: "2026-11-23", quota: nil, outcome: .failure(.period(.datesNotOffered))),
            Beginning(name: "no dates where the profile wants them", profile: L.chosenDatesN24, period: .openEnded,
                      approvedOn: "2026-11-23", quota: nil, outcome: .failure(.period(.datesRequired))),
            Beginning(name: "N26 without a quota", profile: .national(.n26), period: .openEnded, approvedOn: "2026-11-23", quota: nil,
                      outcome: .failure(.quota(.required))),
            Beginning(name: "N26 with a zero quota", profile: .national(.n26), period: .openEnded, approvedOn: "2026-11-23", quota: .zero,
                      outcome: .failure(.quota(.amountNotPositive(.zero)))),
            Beginning(name: "N21 with a quota", profile: .national(.n21), period: .openEnded, approvedOn: "2026-11-23", quota: .yuan(1000),
                      outcome: .failure(.quota(.notUsedByProfile))),
        ]
    }()

    @Test(arguments: beginnings)
    func beginning(_ row: Beginning) {
        let outcome = Result { () throws(LifecycleError) -> Began in
            let relationship = try SharingRelationship.begin(
                sharer: Lifecycle.sharer, member: Lifecycle.member, period: row.period,
                approvedOn: Lifecycle.day(row.approvedOn), quota: row.quota, profile: row.profile)
            return Began(stage: relationship.state.stage, start: relationship.start, end: relationship.end, quota: relationship.quota)
        }
        #expect(outcome == row.outcome)
    }

    struct Legal: CustomTestStringConvertible, Sendable {
        let name: String
        let from: SharingRelationship
        let event: RelationshipEvent
        let on: String
        let to: RelationshipState
        let used: Money?
        var testDescription: String { name }
    }

    static let memberInsuranceEnded = [Dissolution(side: .member, cause: .insuranceEnded)]

    static let legal: [Legal] = {
        let L = Lifecycle.self
        func ended(_ reason: RelationshipEndReason, _ on: String, returned: Money?) -> RelationshipState {
            .ended(RelationshipEnding(reason: reason, on: L.day(on), returnedQuota: returned))
        }
        return [
            Legal(name: "scheduled, activated on the first day", from: L.scheduled(), event: .activate, on: "2026-12-01",
                  to: .active, used: .zero),
            Legal(name: "scheduled, activated later", from: L.scheduled(), event: .activate, on: "2026-12-03", to: .active, used: .zero),
            Legal(name: "scheduled, unbound before it began: the whole quota returns", from: L.scheduled(), event: .unbindBySharer,
                  on: "2026-11-25", to: ended(.unboundBySharer, "2026-11-25", returned: .yuan(1000)), used: .zero),
            Legal(name: "scheduled, the member leaves", from: L.scheduled(), event: .memberLeaves, on: "2026-11-25",
                  to: ended(.memberLeft, "2026-11-25", returned: .yuan(1000)), used: .zero),
            Legal(name: "scheduled, dissolved", from: L.scheduled(), event: .dissolve(memberInsuranceEnded), on: "2026-11-25",
                  to: ended(.dissolved(memberInsuranceEnded), "2026-11-25", returned: .yuan(1000)), used: .zero),
            Legal(name: "active, ¥300 used, unbound: ¥700 returns", from: L.active(used: .yuan(300)), event: .unbindBySharer,
                  on: "2026-11-25", to: ended(.unboundBySharer, "2026-11-25", returned: .yuan(700)), used: .yuan(300)),
            Legal(name: "active, all used, the member leaves: nothing returns", from: L.active(used: .yuan(1000)), event: .memberLeaves,
                  on: "2026-11-25", to: ended(.memberLeft, "2026-11-25", returned: .zero), used: .yuan(1000)),
            Legal(name: "active, dissolved", from: L.active(used: .yuan(1)), event: .dissolve(memberInsuranceEnded), on: "2026-12-31",
                  to: ended(.dissolved(memberInsuranceEnded), "2026-12-31", returned: Money(fen: 99_900)), used: .yuan(1)),
            Legal(name: "active, the day after the last day", from: L.active(used: .yuan(300)), event: .endDatePassed, on: "2027-01-01",
                  to: ended(.endDatePassed, "2027-01-01", returned: .yuan(700)), used: .yuan(300)),
            Legal(name: "open-ended without quotas, unbound: nothing to return", from: L.openEnded(), event: .unbindBySharer,
                  on: "2027-06-01", to: ended(.unboundBySharer, "2027-06-01", returned: nil), used: nil),
            Legal(name: "active, ¥300 of the quota used", from: L.active(), event: .useQuota(.yuan(300)), on: "2026-11-24",
                  to: .active, used: .yuan(300)),
            Legal(name: "active, the whole quota used on the last day", from: L.active(used: .yuan(300)), event: .useQuota(.yuan(700)),
                  on: "2026-12-31", to: .active, used: .yuan(1000)),
            Legal(name: "active, ¥100 refunded", from: L.active(used: .yuan(300)), event: .refundQuota(.yuan(100)), on: "2026-11-24",
                  to: .active, used: .yuan(200)),
        ]
    }()

    @Test(arguments: legal)
    func legalTransition(_ row: Legal) throws {
        var relationship = row.from
        let step = try relationship.apply(row.event, on: Lifecycle.day(row.on))
        #expect(relationship.state == row.to)
        #expect(relationship.quota?.used == row.used)
        #expect(step == RelationshipTransition(from: row.from.state, event: row.event, to: row.to, on: Lifecycle.day(row.on)))
        #expect(relationship.history == row.from.history + [step])
        if case .ended(let ending) = row.to {
            #expect(step.quotaReturned == ending.returnedQuota)
        } else {
            #expect(step.quotaReturned == nil)
        }
    }

    static let arrows: Set<String> = [
        "scheduled/activate", "scheduled/unbindBySharer", "scheduled/memberLeaves", "scheduled/dissolve",
        "active/unbindBySharer", "active/memberLeaves", "active/dissolve", "active/endDatePassed", "active/useQuota", "active/refundQuota",
    ]

    @Test func legalTableReachesEveryArrow() {
        let reached = Set(Self.legal.map { "\($0.from.state.stage.rawValue)/\($0.event.kind.rawValue)" })
        #expect(reached == Self.arrows)
    }

    @Test(arguments: RelationshipStage.allCases, RelationshipEventKind.allCases)
    func everyStageAndEvent(_ stage: RelationshipStage, _ kind: RelationshipEventKind) {
        var relationship = Lifecycle.sample(stage)
        let before = relationship
        let result = Result { () throws(LifecycleError) -> RelationshipTransition in
            try relationship.apply(Lifecycle.sample(kind), on: Lifecycle.sampleDay(kind))
        }
        if Self.arrows.contains("\(stage.rawValue)/\(kind.rawValue)") {
            #expect(throws: Never.self) { try result.get() }
        } else {
            #expect(result.map(\.to) == .failure(.relationshipEventNotAllowed(stage, kind)))
            #expect(relationship == before)
        }
    }

    struct Refused: CustomTestStringConvertible, Sendable {
        let name: String
        let from: SharingRelationship
        let event: RelationshipEvent
        let on: String
        let error: LifecycleError
        var testDescription: String { name }
    }

    static let refusedForDetails: [Refused] = {
        let L = Lifecycle.self
        return [
            Refused(name: "activated the day before the first day", from: L.scheduled(), event: .activate, on: "2026-11-30",
                    error: .notStartedYet(start: L.day("2026-12-01"), on: L.day("2026-11-30"))),
            Refused(name: "end date event on the last day itself", from: L.active(), event: .endDatePassed, on: "2026-12-31",
                    error: .endDateNotPassed(end: L.day("2026-12-31"), on: L.day("2026-12-31"))),
            Refused(name: "end date event for an open-ended relationship", from: L.openEnded(), event: .endDatePassed, on: "2027-01-01",
                    error: .endDateNotPassed(end: nil, on: L.day("2027-01-01"))),
            Refused(name: "quota used after the last day", from: L.active(), event: .useQuota(.yuan(1)), on: "2027-01-01",
                    error: .lastDayPassed(end: L.day("2026-12-31"), on: L.day("2027-01-01"))),
            Refused(name: "unbound after the last day: the period ran out first", from: L.active(), event: .unbindBySharer, on: "2027-01-02",
                    error: .lastDayPassed(end: L.day("2026-12-31"), on: L.day("2027-01-02"))),
            Refused(name: "more than the unused quota", from: L.active(used: .yuan(300)), event: .useQuota(Money(fen: 70_001)), on: "2026-11-24",
                    error: .quota(.exceedsUnused(asked: Money(fen: 70_001), unused: .yuan(700)))),
            Refused(name: "a zero quota use", from: L.active(), event: .useQuota(.zero), on: "2026-11-24",
                    error: .quota(.amountNotPositive(.zero))),
            Refused(name: "a negative refund", from: L.active(used: .yuan(300)), event: .refundQuota(.yuan(-5)), on: "2026-11-24",
                    error: .quota(.amountNotPositive(.yuan(-5)))),
            Refused(name: "a refund above what was used", from: L.active(used: .yuan(300)), event: .refundQuota(Money(fen: 30_001)),
                    on: "2026-11-24", error: .quota(.refundExceedsUsed(asked: Money(fen: 30_001), used: .yuan(300)))),
            Refused(name: "quota use without quotas (N24)", from: L.openEnded(), event: .useQuota(.yuan(1)), on: "2026-11-24",
                    error: .quota(.notUsedByProfile)),
            Refused(name: "a dissolution without a cause", from: L.active(), event: .dissolve([]), on: "2026-11-24", error: .nothingDissolves),
            Refused(name: "dated before the approval", from: L.active(), event: .unbindBySharer, on: "2026-11-22",
                    error: .dateBeforeLastChange(last: L.day("2026-11-23"), given: L.day("2026-11-22"))),
            Refused(name: "dated before the last change", from: L.ended(), event: .unbindBySharer, on: "2026-11-24",
                    error: .dateBeforeLastChange(last: L.day("2026-11-25"), given: L.day("2026-11-24"))),
            Refused(name: "ending an ended one", from: L.ended(), event: .memberLeaves, on: "2026-11-26",
                    error: .relationshipEventNotAllowed(.ended, .memberLeaves)),
        ]
    }()

    @Test(arguments: refusedForDetails)
    func refusedForItsDetails(_ row: Refused) {
        var relationship = row.from
        #expect(throws: row.error) { try relationship.apply(row.event, on: Lifecycle.day(row.on)) }
        #expect(relationship == row.from)
    }

    struct Advance: CustomTestStringConvertible, Sendable {
        let name: String
        let from: SharingRelationship
        let to: String
        let steps: [String]
        let state: RelationshipState
        var testDescription: String { name }
    }

    static let advances: [Advance] = {
        let L = Lifecycle.self
        let endedByDate = RelationshipState.ended(RelationshipEnding(reason: .endDatePassed, on: L.day("2027-01-01"), returnedQuota: .yuan(1000)))
        return [
            Advance(name: "scheduled, the day before its first day: nothing", from: L.scheduled(), to: "2026-11-30", steps: [], state: .scheduled),
            Advance(name: "scheduled, its first day: active", from: L.scheduled(), to: "2026-12-01",
                    steps: ["activate 2026-12-01"], state: .active),
            Advance(name: "scheduled, its last day: active since the first day", from: L.scheduled(), to: "2026-12-31",
                    steps: ["activate 2026-12-01"], state: .active),
            Advance(name: "scheduled, the day after its last day: activated and ended, each on its own day", from: L.scheduled(),
                    to: "2027-01-01", steps: ["activate 2026-12-01", "endDatePassed 2027-01-01"], state: endedByDate),
            Advance(name: "scheduled, noticed months late: still ended on the day after the last day", from: L.scheduled(),
                    to: "2027-03-15", steps: ["activate 2026-12-01", "endDatePassed 2027-01-01"], state: endedByDate),
            Advance(name: "open-ended, years on: still active", from: L.openEnded(), to: "2030-01-01", steps: [], state: .active),
            Advance(name: "ended: nothing", from: L.ended(), to: "2027-03-15", steps: [], state: L.ended().state),
        ]
    }()

    @Test(arguments: advances)
    func advancing(_ row: Advance) throws {
        var relationship = row.from
        let steps = try relationship.advance(to: Lifecycle.day(row.to))
        #expect(steps.map { "\($0.event.kind.rawValue) \($0.on)" } == row.steps)
        #expect(relationship.state == row.state)
    }

    @Test func advancingBackwardsIsRefused() {
        var relationship = Lifecycle.ended()
        #expect(throws: LifecycleError.dateBeforeLastChange(last: Lifecycle.day("2026-11-25"), given: Lifecycle.day("2026-11-24"))) {
            try relationship.advance(to: Lifecycle.day("2026-11-24"))
        }
    }
}
