import FamilyAid
import KioskFrame

/// One document's scan, at a kiosk with a scanner. The resident lays the document on the
/// scanner, then picks the file it made; only files that arrived since the session began are
/// offered, and a file is kept only once its content shows it is a whole PDF, JPEG or PNG of at
/// most 10 MB. A scan is optional: going on without one is the first item, so Enter skips it.
enum ProofScanScreen: ScreenFeature {
    static let helpKey = "help.scans"

    static func step(_ state: AppState) -> Step? { nil }

    /// The menu: go on, look again, each file offered, and where they apply, removing the scan
    /// attached and (demo store) a sample scan.
    enum Item: Hashable {
        case goOn
        case lookAgain
        case file(InboxFile)
        case remove
        case demoScan
    }

    static func menu(_ state: AppState) -> [Item] {
        let inbox = state.session.activeProofs.inbox
        if inbox.working { return [] }
        var items: [Item] = [.goOn, .lookAgain]
        let attached = ScanFlow.attachedScan(state)
        items += (inbox.files ?? []).filter { $0 != attached?.file }.map(Item.file)
        if attached != nil { items.append(.remove) }
        if state.isDemoStore { items.append(.demoScan) }
        return Array(items.prefix(ChoiceList.maximumCount))
    }

    static func hints(_ state: AppState) -> [KeyHint] {
        KeyHint.menu(count: menu(state).count)
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard ProofFlow.currentDocument(state) != nil else {
            ScreenRouter.go(to: .memberList, &state)
            return []
        }
        let menu = menu(state)
        guard !menu.isEmpty else { return [] }
        if key == .escape {
            ProofFlow.backFromScan(&state)
            return []
        }
        return ChoiceKey.handle(key, count: menu.count, &state) { index, state in
            switch menu[index] {
            case .goOn:
                ProofFlow.nextDocument(&state)
                return []
            case .lookAgain:
                return ScanFlow.refresh(&state)
            case .file(let file):
                return ScanFlow.attach(file, &state)
            case .remove:
                ScanFlow.remove(&state)
                state.focus = 0
                return []
            case .demoScan:
                return ScanFlow.makeDemoScan(&state)
            }
        }
    }

    /// "1.2 MB", "10 MB", "380 KB": sizes as a resident reads them, the same in both languages.
    static func size(_ bytes: Int) -> String {
        let megabyte = 1024 * 1024
        if bytes < megabyte { return "\(max(1, (bytes + 1023) / 1024)) KB" }
        let tenths = (bytes * 10 + megabyte / 2) / megabyte
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }

    static func label(_ item: Item, _ state: AppState) -> String {
        let text = state.text
        switch item {
        case .goOn:
            return text[ScanFlow.attachedScan(state) == nil ? "scans.go_on_without" : "scans.go_on_with"]
        case .lookAgain:
            return text["scans.look_again"]
        case .file(let file):
            return text("scans.use_file", ["file": file.shownName, "size": size(file.bytes)])
        case .remove:
            return text["scans.remove"]
        case .demoScan:
            return text["scans.demo_scan"]
        }
    }

    /// What the last thing done came to, in words, with how to go on.
    static func notice(_ notice: ScanNotice, _ text: Localizer) -> (String, Style) {
        switch notice {
        case .attached: (text["scans.attached_notice"], .ok)
        case .removed: (text["scans.removed_notice"], .hint)
        case .serviceUnavailable: (text["scans.service_unavailable"], .error)
        case .refused(let file, let refusal):
            (refusalText(refusal, file: file.shownName, text), .error)
        }
    }

    static func refusalText(_ refusal: ScanRefusal, file: String, _ text: Localizer) -> String {
        switch refusal {
        case .empty: text("scans.refused_empty", ["file": file])
        case .tooLarge(let bytes, let limit):
            text("scans.refused_too_large", ["file": file, "size": size(bytes), "limit": size(limit)])
        case .notADocument: text("scans.refused_not_a_document", ["file": file])
        case .incomplete: text("scans.refused_incomplete", ["file": file])
        case .gone: text("scans.refused_gone", ["file": file])
        case .unreadable: text("scans.refused_unreadable", ["file": file])
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let (member, kind, _) = ProofFlow.currentDocument(state) else { return }
        let text = state.text
        let inbox = state.session.activeProofs.inbox
        let document = text["proof_kind.\(kind.rawValue)"]
        canvas.paragraph(text("scans.title", ["name": member.name.masked, "document": document]), style: .title)
        canvas.skip()
        canvas.paragraph(text("scans.how", ["document": document]), style: .hint)
        canvas.skip()
        if let scan = ScanFlow.attachedScan(state) {
            canvas.paragraph(text("scans.attached", [
                "file": scan.file.shownName, "format": text["scan_format.\(scan.format.rawValue)"], "size": size(scan.file.bytes),
            ]), style: .ok)
        } else if !inbox.working, inbox.files?.isEmpty ?? false {
            canvas.paragraph(text["scans.none_yet"])
        }
        if inbox.working {
            canvas.paragraph(text["scans.working"], style: .hint)
        } else if let shown = inbox.notice {
            let (line, style) = notice(shown, text)
            canvas.paragraph(line, style: style)
        }
        canvas.skip()
        canvas.menu(menu(state).map { label($0, state) }, focused: state.focus, spacing: 1)
    }
}
