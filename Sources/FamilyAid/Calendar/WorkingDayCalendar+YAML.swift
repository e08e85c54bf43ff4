import Yams

/// Reading the working-day data file (`screens/calendar/working-days.yaml`):
///
/// ```yaml
/// 2026:
///   source: 国务院办公厅关于2026年部分节假日安排的通知
///   holidays:
///     - name: 元旦
///       from: 2026-01-01
///       to: 2026-01-03
///   make-up working days:
///     - 2026-01-04
/// ```
///
/// `to` may be left out for a one-day holiday; `source` and `make-up working days` are optional.
/// Every mistake refuses the whole file with its line: a date that is no date, a date outside its
/// year, a day listed twice, a make-up working day that is not a Saturday or Sunday, a holiday
/// longer than any real one, an unknown entry (a misspelt key would otherwise drop its dates).
extension WorkingDayCalendar {
    static let yearKeys = ["source", "holidays", "make-up working days"]
    static let holidayKeys = ["name", "from", "to"]
    /// The longest official holiday so far is 9 days (春节 2026); 14 leaves room and still catches
    /// a mistyped month.
    static let longestHoliday = 14

    public init(yaml text: String) throws(WorkingDayDataError) {
        let root: Node?
        do {
            // Every value is read as text (years, dates and names alike), so the basic resolver
            // is exact; the default one compiles its regular expressions through ICU at start-up.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw Self.translate(error)
        } catch {
            throw WorkingDayDataError(line: nil, year: nil, reason: .notYAML("\(error)"))
        }
        guard let root else { throw WorkingDayDataError(line: nil, year: nil, reason: .noYears) }
        guard let years = root.mapping else {
            throw WorkingDayDataError(line: root.line, year: nil, reason: .expected("a list of years, each as `2026:` with its holidays below"))
        }
        var reader = Reader()
        var arrangements: [HolidayArrangement] = []
        for (key, section) in years {
            arrangements.append(try reader.arrangement(key: key, section: section))
        }
        if arrangements.isEmpty { throw WorkingDayDataError(line: root.line, year: nil, reason: .noYears) }
        self.init(checked: arrangements)
    }

    private static func translate(_ error: YamlError) -> WorkingDayDataError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            WorkingDayDataError(line: mark.line, year: nil, reason: .notYAML(problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            WorkingDayDataError(line: context.mark.line, year: nil, reason: .keyListedTwice(duplicates.joined(separator: ", ")))
        default:
            WorkingDayDataError(line: nil, year: nil, reason: .notYAML("\(error)"))
        }
    }

    /// Reads the sections one by one, remembering where each date was first listed.
    private struct Reader {
        var firstListed: [CivilDate: Int?] = [:]
        var years: Set<Int> = []

        mutating func arrangement(key: Node, section: Node) throws(WorkingDayDataError) -> HolidayArrangement {
            guard let text = key.string, text.count == 4, text.allSatisfy(\.isASCIIDigit), let year = Int(text) else {
                throw WorkingDayDataError(line: key.line, year: nil, reason: .notAYear(key.string ?? "?"))
            }
            guard years.insert(year).inserted else {
                throw WorkingDayDataError(line: key.line, year: year, reason: .keyListedTwice(text))
            }
            func fail(_ node: Node?, _ reason: WorkingDayDataError.Reason) -> WorkingDayDataError {
                WorkingDayDataError(line: node?.line ?? key.line, year: year, reason: reason)
            }
            let entries = try Self.entries(of: section, allowed: WorkingDayCalendar.yearKeys, year: year,
                                           shape: "the year's `holidays:` and `make-up working days:`")
            var source: String?
            if let node = entries["source"] {
                guard let text = node.string else { throw fail(node, .expected("the name of the notice, as text")) }
                source = text
            }
            guard let holidaysNode = entries["holidays"] else { throw fail(key, .missingKey("holidays")) }
            guard let holidayNodes = holidaysNode.sequence else {
                throw fail(holidaysNode, .expected("a list of holidays, each starting with `- name:`"))
            }
            var holidays: [OfficialHoliday] = []
            for node in holidayNodes {
                holidays.append(try holiday(node, year: year))
            }
            if holidays.isEmpty { throw fail(holidaysNode, .noHolidays) }
            var makeUp: [CivilDate] = []
            if let node = entries["make-up working days"] {
                guard let dayNodes = node.sequence else {
                    throw fail(node, .expected("a list of dates, each as `- 2026-01-04`"))
                }
                for dayNode in dayNodes {
                    let day = try date(dayNode, year: year)
                    guard day.isWeekend else { throw fail(dayNode, .makeUpDayNotAWeekend(day)) }
                    try list(day, at: dayNode, year: year)
                    makeUp.append(day)
                }
            }
            return HolidayArrangement(year: year, source: source, holidays: holidays, makeUpWorkingDays: makeUp)
        }

        mutating func holiday(_ node: Node, year: Int) throws(WorkingDayDataError) -> OfficialHoliday {
            let entries = try Self.entries(of: node, allowed: WorkingDayCalendar.holidayKeys, year: year,
                                           shape: "a holiday with its `name:`, `from:` and `to:`")
            guard let nameNode = entries["name"] else {
                throw WorkingDayDataError(line: node.line, year: year, reason: .missingKey("name"))
            }
            guard let name = nameNode.string?.trimmingWhiteSpace, !name.isEmpty else {
                throw WorkingDayDataError(line: nameNode.line, year: year, reason: .emptyName)
            }
            guard let fromNode = entries["from"] else {
                throw WorkingDayDataError(line: node.line, year: year, reason: .missingKey("from"))
            }
            let first = try date(fromNode, year: year)
            let toNode = entries["to"] ?? fromNode
            let last = try date(toNode, year: year)
            guard let holiday = OfficialHoliday(name: String(name), first: first, last: last) else {
                throw WorkingDayDataError(line: toNode.line, year: year, reason: .endsBeforeItStarts(first: first, last: last))
            }
            let length = first.days(until: last) + 1
            guard length <= WorkingDayCalendar.longestHoliday else {
                throw WorkingDayDataError(line: toNode.line, year: year, reason: .holidayTooLong(days: length))
            }
            for day in holiday.days {
                try list(day, at: fromNode, year: year)
            }
            return holiday
        }

        /// A date of `year`'s section: in that year, or in its December before (元旦 can start
        /// there).
        func date(_ node: Node, year: Int) throws(WorkingDayDataError) -> CivilDate {
            guard let text = node.string, let date = CivilDate(text) else {
                throw WorkingDayDataError(line: node.line, year: year, reason: .notADate(node.string ?? "?"))
            }
            guard date.year == year || (date.year == year - 1 && date.month == 12) else {
                throw WorkingDayDataError(line: node.line, year: year, reason: .dateOutsideYear(date))
            }
            return date
        }

        mutating func list(_ date: CivilDate, at node: Node, year: Int) throws(WorkingDayDataError) {
            if let firstLine = firstListed[date] {
                throw WorkingDayDataError(line: node.line, year: year, reason: .dateListedTwice(date, firstLine: firstLine))
            }
            firstListed[date] = node.line
        }

        /// The entries of a mapping, refusing any key not in `allowed`.
        static func entries(of node: Node, allowed: [String], year: Int, shape: String) throws(WorkingDayDataError) -> [String: Node] {
            guard let mapping = node.mapping else {
                throw WorkingDayDataError(line: node.line, year: year, reason: .expected(shape))
            }
            var entries: [String: Node] = [:]
            for (key, value) in mapping {
                guard let name = key.string, allowed.contains(name) else {
                    throw WorkingDayDataError(line: key.line, year: year, reason: .unknownKey(key.string ?? "?", allowed: allowed))
                }
                entries[name] = value
            }
            return entries
        }
    }
}

extension Node {
    /// 1-based line where the node starts.
    var line: Int? { mark?.line }
}
