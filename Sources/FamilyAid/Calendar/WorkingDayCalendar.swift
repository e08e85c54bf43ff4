public struct WorkingDayCalendar: Sendable {
    public static let china = WorkingDayCalendar()
    public func adding(workingDays: Int, to date: CivilDate) -> CivilDate {
        var day = date
        var left = workingDays
        while left > 0 { day = day.adding(days: 1); if !day.isWeekend { left -= 1 } }
        return day
    }
}
