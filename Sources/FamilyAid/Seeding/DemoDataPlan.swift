import Foundation

/// What `gongji seed` is asked to make: how many residents (in families of four: a sharer, their
/// spouse, a child and a parent) and applications, from which seed, leading up to which day, under
/// which policy. The same plan always makes the same data.
public struct DemoDataPlan: Sendable {
    public static let familySize = 4
    /// The fictional counters and kiosks the applications come from.
    public static let origins = ["DEM101", "DEM102", "DEM103", "DEM104"]
    /// Family birth dates are spread over this many days; with 250 families sharing a day, it
    /// bounds how many families can have distinct ID numbers.
    static let birthDays = 12_000
    public static let maximumResidents = familySize * 250 * birthDays

    public var residents: Int
    public var applications: Int
    public var seed: UInt64
    /// The day the data leads up to: pending applications are recent to it, decided ones older.
    public var asOf: CivilDate
    public var profile: PolicyProfile
    public var calendar: WorkingDayCalendar

    public init(residents: Int, applications: Int, seed: UInt64, asOf: CivilDate, profile: PolicyProfile, calendar: WorkingDayCalendar) {
        self.residents = residents
        self.applications = applications
        self.seed = seed
        self.asOf = asOf
        self.profile = profile
        self.calendar = calendar
    }

    public var families: Int { max(1, residents / Self.familySize) }

    /// Why the plan cannot be made, in words; nil when it can.
    public var problem: String? {
        if residents < Self.familySize { return "--residents must be at least \(Self.familySize) (one family)" }
        if residents > Self.maximumResidents { return "--residents can be at most \(Self.maximumResidents)" }
        if applications < 0 { return "--applications cannot be negative" }
        if applications > Self.origins.count * ApplicationNumber.maximumSequence {
            return "--applications can be at most \(Self.origins.count * ApplicationNumber.maximumSequence)"
        }
        if !profile.usesQuotas { return "seeding needs a profile with quotas (N26)" }
        return nil
    }
}
