/// One official holiday as the State Council's yearly notice (国务院办公厅关于某年部分节假日安排的通知)
/// publishes it: a name and a run of consecutive days off (放假调休), the weekend days inside it
/// included.
public struct OfficialHoliday: Hashable, Sendable {
    /// As the notice says it: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节.
    public let name: String
    public let first: CivilDate
    public let last: CivilDate

    /// Nil when `last` is before `first`.
    public init?(name: String, first: CivilDate, last: CivilDate) {
        guard first <= last else { return nil }
        self.name = name
        self.first = first
        self.last = last
    }

    public func contains(_ date: CivilDate) -> Bool {
        first <= date && date <= last
    }

    /// Every day of the holiday, in order.
    public var days: [CivilDate] {
        (0...first.days(until: last)).map { first.adding(days: $0) }
    }
}

/// One year's arrangement (节假日安排): its official holidays and its make-up working days (调休上班:
/// a Saturday or Sunday on which people work to make a holiday longer).
///
/// Keyed by the year of the notice. A notice may reach into the end of the year before: the 2019
/// notice gave 30 December 2018 to 1 January 2019 for 元旦, with 29 December 2018 worked.
public struct HolidayArrangement: Hashable, Sendable {
    public let year: Int
    /// The notice the dates come from, as the data file names it.
    public let source: String?
    public let holidays: [OfficialHoliday]
    public let makeUpWorkingDays: [CivilDate]

    public init(year: Int, source: String? = nil, holidays: [OfficialHoliday], makeUpWorkingDays: [CivilDate]) {
        self.year = year
        self.source = source
        self.holidays = holidays
        self.makeUpWorkingDays = makeUpWorkingDays
    }
}
