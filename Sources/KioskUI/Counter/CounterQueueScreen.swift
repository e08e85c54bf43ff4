import FamilyAid
import KioskFrame

/// The review queue: members waiting for a decision, flagged imports first, then by deadline,
/// overdue ones said in words; a filter (F3), a search by application number, ID number or name
/// (Tab), a page at a time (PgDn, PgUp).
enum CounterQueueScreen: CounterScreenFeature {
    static let helpKey = "counter.help.queue"

    static func hints(_ state: CounterState) -> [KeyHint] {
        if state.work.queue.isSearching { return [KeyHint("Enter", "counter.keys.search"), .back] }
        return [KeyHint("Tab", "counter.keys.search"), KeyHint("F3", "counter.keys.filter"), .pageDown, .back]
    }

    /// Asks for the page the view points at; the list shows "loading" until it comes.
    static func request(_ state: inout CounterState) -> CounterEffect {
        state.work.queue.page = nil
        state.work.queue.selected = 0
        let queue = state.work.queue
        return .loadQueue(QueueRequest(
            filter: queue.filter, search: queue.search.text, after: queue.pageStart, limit: state.settings.queuePageSize))
    }

    /// Back to the first page (after a new filter or search).
    static func restart(_ state: inout CounterState) -> [CounterEffect] {
        state.work.queue.pageStart = nil
        state.work.queue.earlierPages = []
        return [request(&state)]
    }

    static func loaded(_ page: QueuePage, _ state: inout CounterState) {
        state.work.queue.page = page
        state.work.queue.selected = min(state.work.queue.selected, max(0, page.entries.count - 1))
        state.work.serviceFailed = false
    }

    static func handle(_ key: Key, _ state: inout CounterState) -> [CounterEffect] {
        if state.work.queue.isSearching { return handleSearch(key, &state) }
        let entries = state.work.queue.page?.entries ?? []
        switch key {
        case .escape:
            CounterRouter.go(to: .home, &state)
        case .tab:
            state.work.queue.isSearching = true
        case .function(3):
            state.work.queue.filter = state.work.queue.filter.next
            return restart(&state)
        case .up where !entries.isEmpty:
            state.work.queue.selected = (state.work.queue.selected + entries.count - 1) % entries.count
        case .down where !entries.isEmpty:
            state.work.queue.selected = (state.work.queue.selected + 1) % entries.count
        case .pageDown:
            guard let page = state.work.queue.page, page.hasMore, let last = page.entries.last else { return [] }
            state.work.queue.earlierPages.append(state.work.queue.pageStart)
            state.work.queue.pageStart = last.key
            return [request(&state)]
        case .pageUp:
            guard let previous = state.work.queue.earlierPages.popLast() else { return [] }
            state.work.queue.pageStart = previous
            return [request(&state)]
        case .enter where !entries.isEmpty:
            return open(entries[state.work.queue.selected], &state)
        case .character(let character):
            guard let digit = character.wholeNumberValue else { return [] }
            let index = digit == 0 ? 9 : digit - 1
            guard entries.indices.contains(index) else { return [] }
            state.work.queue.selected = index
            return open(entries[index], &state)
        default:
            break
        }
        return []
    }

    private static func handleSearch(_ key: Key, _ state: inout CounterState) -> [CounterEffect] {
        switch key {
        case .enter:
            state.work.queue.isSearching = false
            return restart(&state)
        case .tab, .backTab, .escape:
            state.work.queue.isSearching = false
        default:
            _ = state.work.queue.search.apply(key)
        }
        return []
    }

    static func open(_ entry: QueueEntry, _ state: inout CounterState) -> [CounterEffect] {
        state.work.application = nil
        state.work.proofFiles = nil
        state.work.detailScroll = 0
        CounterRouter.go(to: .application, &state)
        return [.loadApplication(entry.number)]
    }

    static func draw(_ state: CounterState, on canvas: inout Canvas) {
        let text = state.text
        let queue = state.work.queue
        canvas.paragraph(text["counter.queue.title"], style: .title)
        var column = canvas.margin
        let filterLabel = text["counter.queue.filter"]
        column += canvas.rendering.frame.write(filterLabel, at: Position(row: canvas.row, column: column), style: .hint) + 1
        for filter in QueueFilter.allCases {
            let label = filter == queue.filter ? "[\(text["counter.filter.\(filter.rawValue)"])]" : text["counter.filter.\(filter.rawValue)"]
            column += canvas.rendering.frame.write(label, at: Position(row: canvas.row, column: column),
                                                    style: filter == queue.filter ? .focus : .plain) + 2
        }
        canvas.skip()
        canvas.rendering.frame.write(text["counter.queue.search"], at: Position(row: canvas.row, column: canvas.margin), style: .hint)
        let field = TextFieldView(field: queue.search, width: 30, isFocused: queue.isSearching)
        field.draw(into: &canvas.rendering.frame, at: Position(row: canvas.row, column: canvas.margin + 14))
        canvas.rendering.frame.write(text["counter.queue.search_hint"], at: Position(row: canvas.row, column: canvas.margin + 46), style: .hint)
        canvas.skip(2)
        guard let page = queue.page else {
            canvas.paragraph(state.work.serviceFailed ? text["counter.service_failed"] : text["counter.loading"],
                             style: state.work.serviceFailed ? .error : .hint)
            return
        }
        guard !page.entries.isEmpty else {
            canvas.paragraph(text[queue.search.isEmpty && queue.filter == .all ? "counter.queue.empty" : "counter.queue.none_found"])
            return
        }
        canvas.rendering.frame.write(row(digit: "  ", number: text["counter.queue.column.number"], member: text["counter.queue.column.member"],
                                         sharer: text["counter.queue.column.sharer"], status: text["counter.queue.column.status"]),
                                     at: Position(row: canvas.row, column: canvas.margin), style: .hint)
        canvas.skip()
        for (index, entry) in page.entries.enumerated() {
            let isSelected = index == queue.selected && !queue.isSearching
            let line = row(digit: "\(ChoiceList.digit(index)).", number: entry.number.text,
                           member: "\(entry.memberIndex + 1) \(entry.memberName)", sharer: entry.sharerName, status: status(entry, text))
            let style: Style = isSelected ? .focus : entry.overdueBy != nil || !entry.flaggedReasons.isEmpty ? .error : .plain
            canvas.rendering.frame.fill(row: canvas.row, column: canvas.margin, columns: canvas.width, style: isSelected ? .focus : .plain)
            canvas.rendering.frame.write(line, at: Position(row: canvas.row, column: canvas.margin), style: style, limit: canvas.width)
            canvas.rendering.targets.append(TapTarget(
                Rect(row: canvas.row, column: canvas.margin, columns: canvas.width),
                .press(.character(Character("\(ChoiceList.digit(index))")))))
            canvas.skip()
        }
        canvas.row = max(canvas.row, canvas.bottom - 1)
        let pageNumber = queue.earlierPages.count + 1
        canvas.paragraph(text(page.hasMore ? "counter.queue.page_more" : "counter.queue.page", ["page": "\(pageNumber)"]), style: .hint)
    }

    /// The words for where an entry stands: flagged by an import, overdue by so many working
    /// days, or the day it is due.
    static func status(_ entry: QueueEntry, _ text: Localizer) -> String {
        if !entry.flaggedReasons.isEmpty {
            return text("counter.queue.flagged", ["reasons": entry.flaggedReasons.joined(separator: ", ")])
        }
        return CounterText.deadline(decideBy: entry.decideBy, overdueBy: entry.overdueBy, text)
    }

    private static func row(digit: String, number: String, member: String, sharer: String, status: String) -> String {
        CounterText.pad(digit, 4) + CounterText.pad(number, 17) + CounterText.pad(member, 12) + CounterText.pad(sharer, 8) + status
    }
}
