import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI

/// Fictional people and a kiosk state to drive, for the UI tests.
enum Fixtures {
    /// Monday 2026-11-23, 09:00 in Shanghai.
    static let start = Date(timeIntervalSince1970: 1_795_395_600)
    static let today = CivilDate(year: 2026, month: 11, day: 23)!

    static func id(_ first17: String) -> ResidentID {
        let number = first17 + String(ResidentID.checkCharacter(forFirst17: first17)!)
        return try! ResidentID.parse(number, today: today)
    }

    static let sharerID = id("11010519680315011")

    static func person(
        name: String = "王建国", id: ResidentID = sharerID, insurance: InsuranceKind = .employee,
        status: InsuranceStatus = .active, balanceFen: Int64 = 1_234_567
    ) -> InsuredPerson {
        InsuredPerson(
            id: id, name: PersonName(name), insurance: insurance, status: status,
            region: PoolingRegion(code: "110105")!, accountBalance: Money(fen: balanceFen),
            carriedOverBalance: Money(fen: min(balanceFen, 1_000_000)), mobile: MobileNumber("13800138001")
        )
    }

    /// A relative as the registry knows them, for adding as a member.
    static func relative(
        _ name: String, _ first17: String, insurance: InsuranceKind = .employee, status: InsuranceStatus = .active,
        region: String = "110105"
    ) -> InsuredPerson {
        InsuredPerson(
            id: id(first17), name: PersonName(name), insurance: insurance, status: status,
            region: PoolingRegion(code: region)!, accountBalance: .zero, carriedOverBalance: .zero)
    }

    /// The demo store's relatives of 王建国 (see DemoPersonas).
    static let spouse = relative("李秀英", "11010519700708022")
    static let youngChild = relative("王小明", "11010520150520031", insurance: .resident)
    static let olderChild = relative("王丽", "11010520030912042")
    static let parent = relative("王大山", "11010519450120051", insurance: .resident)
    static let uninsured = relative("赵桂兰", "11010519481102062", insurance: .none)
    static let sisterInShanghai = relative("王芳", "31010419750430072", region: "310104")
    static let motherInLaw = relative("刘淑珍", "11010519460310132", insurance: .resident)
    static let suspended = relative("孙立", "11010519800618081", status: .suspended)

    static func state(
        size: Size = Size(columns: 80, rows: 24), demo: Bool = false, settings: KioskSettings = KioskSettings()
    ) -> AppState {
        AppState(settings: settings, catalog: TestCatalog.shared, isDemoStore: demo, size: size, now: start)
            .with(letter: TestLetter.shared)
    }
}

/// Drives a kiosk state the way a person would, one event at a time, with a clock that only
/// moves when told to; remembers the effects asked for.
struct KioskProbe {
    var state: AppState
    var now: Date
    var effects: [Effect] = []

    init(_ state: AppState = Fixtures.state()) {
        self.state = state
        now = state.now
    }

    mutating func send(_ event: Event) {
        effects += Kiosk.update(&state, event, now: now)
    }

    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    mutating func wait(_ seconds: TimeInterval) {
        now = now.addingTimeInterval(seconds)
        send(.tick)
    }

    mutating func tap(_ row: Int, _ column: Int) {
        send(.tap(Position(row: row, column: column)))
    }

    var frame: Frame { Kiosk.view(state).frame }
    var screen: Screen { state.screen }

    /// The position of the first cell of `text` on screen.
    func position(of text: String) -> Position? {
        for row in 0..<frame.size.rows {
            let line = frame.line(row)
            if let range = line.range(of: text) {
                return Position(row: row, column: line[..<range.lowerBound].displayWidth)
            }
        }
        return nil
    }

    /// The textbook number from DOMAIN.md: valid, and in no registry.
    static let textbookNumber = "11010519491231002X"

    /// From the welcome screen to the PIN screen with `number`.
    mutating func reachPIN(with number: String = textbookNumber) {
        press(.character("1"))
        type(number)
        press(.enter)
    }

    /// From the welcome screen to a sent PIN (the kiosk then waits for the store's answer).
    mutating func sendPIN(_ pin: String = "000000", for number: String = textbookNumber) {
        reachPIN(with: number)
        type(pin)
        press(.enter)
    }

    /// From the welcome screen to the member list of a sharer, the store having answered that
    /// the sharer has no members yet.
    mutating func openMembers(as sharer: InsuredPerson = Fixtures.person(), existing: ExistingMembers = .none) {
        signIn(as: sharer)
        press(.character("1"))
        press(.character("1"))
        send(.existingMembersLoaded(existing))
    }

    /// From the member list, adds `person`: the ID number, the registry's answer, "yes, this
    /// person", the relationship (and tie) keys, the mobile number. Ends on the verdict.
    mutating func addMember(_ person: InsuredPerson, relation keys: String, mobile: String = "13800138002") {
        press(.character(Character("\(state.session.draft.members.count + 1)")))
        type(person.id.number)
        press(.enter)
        send(.memberLookedUp(person.id, person))
        press(.character("1"))
        type(keys)
        type(mobile)
        press(.enter)
    }

    /// Signs in as `person` the way the kiosk does: ID number, PIN, the store's answer.
    mutating func signIn(as person: InsuredPerson) {
        sendPIN("123456", for: person.id.number)
        send(.signInAnswered(.signedIn(person)))
    }
}
