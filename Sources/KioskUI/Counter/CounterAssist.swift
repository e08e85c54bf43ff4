import FamilyAid
import Foundation

/// Serving a resident at the counter: the kiosk's own flows run inside the console under the
/// clerk's operator ID. The same screens and the same domain commands take an application in
/// from paper (identity by the original documents, names typed from them, proofs sighted, the
/// paper letter recorded) and carry out unbinding, leaving and premium payment for the resident;
/// the store records the counter as the channel and the clerk as the one who did it.
enum CounterAssist {
    /// Begins serving a resident: the ID number screen of the resident's flows, in the console's
    /// language, with the clerk named; or, for a resident found by an application's number, the
    /// check of their originals with the number filled in.
    static func open(_ state: inout CounterState, serving found: ResidentID? = nil) -> [CounterEffect] {
        guard let clerk = state.signedIn, clerk.role.allows(.intake) else { return [] }
        var settings = state.settings.residentFlows
        settings.counterClerk = clerk.id
        var resident = AppState(settings: settings, catalog: state.catalog, isDemoStore: state.isDemoStore, size: state.size, now: state.now)
        resident.language = state.language
        resident.screen = .identityNumber
        if let found {
            resident.session.idNumber = TextField(found.number, capacity: 18)
            resident.session.residentID = found
            resident.screen = .identityInPerson
        }
        state.work.resident = resident
        CounterRouter.go(to: .assisting, &state)
        return effects(ScanFlow.startOfSession(resident), state)
    }

    /// Passes an event to the resident's flows. When they end (F10, or the resident is done and
    /// the flows return to their start), the console's home comes back and nothing of that
    /// resident is kept.
    static func forward(_ event: Event, _ state: inout CounterState) -> [CounterEffect] {
        guard var resident = state.work.resident else { return [] }
        let asked = Kiosk.update(&resident, event, now: state.now)
        state.language = resident.language
        if resident.screen == .welcome {
            state.work.resident = nil
            if state.screen == .assisting { CounterRouter.go(to: .home, &state) }
        } else {
            state.work.resident = resident
        }
        return effects(asked, state)
    }

    /// The resident being served is dropped unfinished (the clerk signs out, another operator
    /// takes the console over): their scans go with them, as when a kiosk session ends.
    static func discard(_ state: inout CounterState) -> [CounterEffect] {
        guard let resident = state.work.resident else { return [] }
        state.work.resident = nil
        return effects(ScanFlow.endOfSession(resident), state)
    }

    /// The kiosk's effects as the console's, for the clerk signed in: a redraw is the console's
    /// own to do.
    static func effects(_ kiosk: [Effect], _ state: CounterState) -> [CounterEffect] {
        kiosk.map { $0 == .redrawAll ? .redrawAll : .kiosk($0, clerk: state.signedIn?.id) }
    }
}
