import Testing
@testable import FamilyAid

/// Chosen start and end dates (Jiangsu, Guizhou: `AuthorizationPeriod.chosenDates`), checked on
/// the day the sharer asks, 2026-11-23.
@Suite("Sharing periods")
struct SharingPeriodTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let name: String
        let profile: AuthorizationPeriod
        let period: SharingPeriod
        let error: LifecycleError?
        var testDescription: String { name }
    }

    static func chosen(_ start: String, _ end: String) -> SharingPeriod {
        .chosen(start: Lifecycle.day(start), end: Lifecycle.day(end))
    }

    @Test(arguments: [
        Row(name: "open-ended profile, open-ended", profile: .openEnded, period: .openEnded, error: nil),
        Row(name: "open-ended profile, dates chosen", profile: .openEnded, period: chosen("2026-12-01", "2027-11-30"),
            error: .period(.datesNotOffered)),
        Row(name: "chosen-dates profile, no dates", profile: .chosenDates, period: .openEnded, error: .period(.datesRequired)),
        Row(name: "starting today", profile: .chosenDates, period: chosen("2026-11-23", "2026-12-31"), error: nil),
        Row(name: "starting tomorrow, two days", profile: .chosenDates, period: chosen("2026-11-24", "2026-11-25"), error: nil),
        Row(name: "starting yesterday", profile: .chosenDates, period: chosen("2026-11-22", "2026-12-31"),
            error: .period(.startInPast(start: Lifecycle.day("2026-11-22"), today: Lifecycle.day("2026-11-23")))),
        Row(name: "ending on the first day", profile: .chosenDates, period: chosen("2026-11-30", "2026-11-30"),
            error: .period(.endNotAfterStart(start: Lifecycle.day("2026-11-30"), end: Lifecycle.day("2026-11-30")))),
        Row(name: "ending before the first day", profile: .chosenDates, period: chosen("2026-11-30", "2026-11-29"),
            error: .period(.endNotAfterStart(start: Lifecycle.day("2026-11-30"), end: Lifecycle.day("2026-11-29")))),
    ])
    func validation(_ row: Row) {
        let outcome = Result { () throws(LifecycleError) -> SharingPeriod in
            try row.period.validated(for: row.profile, today: People.today)
        }
        if let error = row.error {
            #expect(outcome == .failure(error))
        } else {
            #expect(outcome == .success(row.period))
        }
    }
}
