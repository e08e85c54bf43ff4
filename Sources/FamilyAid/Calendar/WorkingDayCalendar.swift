/// Which days are working days (工作日), for deadlines such as "reviewed within 3 working days"
/// (DOMAIN.md, review setting).
///
/// A working day is Monday to Friday unless it falls in an official holiday, plus the weekend days
/// the State Council moves work to (调休上班). The holidays are published one year at a time, each
/// November for the next year, so they are data (`screens/calendar/working-days.yaml`, read by the
/// program that starts the kiosk), not code. A year the data does not cover counts weekends only;
/// the calendar says which years those are (`yearsWithoutData(in:)`) so a screen can warn that a
/// deadline there may move once the year's holidays are published.
public struct WorkingDayCalendar: Hashable, Sendable {
    /// The arrangements this calendar knows, by year.
    public let arrangements: [Int: HolidayArrangement]
    private let holidayOn: [CivilDate: OfficialHoliday]
    private let makeUpWorkingDays: Set<CivilDate>

    /// A calendar from arrangements already checked (`init(yaml:)` checks them): no date appears
    /// twice, make-up working days are weekend days.
    init(checked arrangements: [HolidayArrangement]) {
        var byYear: [Int: HolidayArrangement] = [:]
        var holidayOn: [CivilDate: OfficialHoliday] = [:]
        var makeUp: Set<CivilDate> = []
        for arrangement in arrangements {
            byYear[arrangement.year] = arrangement
            for holiday in arrangement.holidays {
                for day in holiday.days { holidayOn[day] = holiday }
            }
            makeUp.formUnion(arrangement.makeUpWorkingDays)
        }
        self.arrangements = byYear
        self.holidayOn = holidayOn
        makeUpWorkingDays = makeUp
    }

    /// Monday to Friday, every year: what any year without published holidays falls back to.
    public static let weekendsOnly = WorkingDayCalendar(checked: [])

    /// Whether `date` is a working day: a make-up working day always is; a holiday never is;
    /// otherwise Monday to Friday.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        if makeUpWorkingDays.contains(date) { return true }
        if holidayOn[date] != nil { return false }
        return !date.isWeekend
    }

    /// The official holiday `date` falls in, if any.
    public func holiday(on date: CivilDate) -> OfficialHoliday? {
        holidayOn[date]
    }

    /// Whether `date` is a weekend day worked to make up for a holiday (调休上班).
    public func isMakeUpWorkingDay(_ date: CivilDate) -> Bool {
        makeUpWorkingDays.contains(date)
    }

    /// The day `workingDays` working days after `date`; the count starts the day after, so adding
    /// 1 to a Friday before an ordinary weekend gives Monday, whatever `date` itself is. Zero gives
    /// `date` unchanged. A negative count goes back: the working day that many working days
    /// before `date`.
    public func adding(workingDays: Int, to date: CivilDate) -> CivilDate {
        let step = workingDays < 0 ? -1 : 1
        var day = date
        var left = workingDays.magnitude
        while left > 0 {
            day = day.adding(days: step)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// How many working days lie after `start` up to and including `end`: the inverse of
    /// `adding(workingDays:to:)`, so `workingDays(from: d, to: adding(workingDays: n, to: d)) == n`.
    /// Negative when `end` is before `start` (then counting the working days from `end` up to but
    /// not including `start`).
    public func workingDays(from start: CivilDate, to end: CivilDate) -> Int {
        if end < start { return -workingDays(from: end.adding(days: -1), to: start.adding(days: -1)) }
        var count = 0
        var day = start
        while day < end {
            day = day.adding(days: 1)
            if isWorkingDay(day) { count += 1 }
        }
        return count
    }

    /// The years with published holidays, in order.
    public var yearsWithData: [Int] {
        arrangements.keys.sorted()
    }

    public func hasData(for year: Int) -> Bool {
        arrangements[year] != nil
    }

    /// The years touched by `range` that this calendar counts by weekends only, in order: the
    /// screen's cue to say a deadline there may move when the year's holidays are published.
    public func yearsWithoutData(in range: ClosedRange<CivilDate>) -> [Int] {
        (range.lowerBound.year...range.upperBound.year).filter { !hasData(for: $0) }
    }
}
