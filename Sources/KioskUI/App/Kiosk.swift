import FamilyAid
import Foundation
import KioskFrame

/// The kiosk as two pure functions, in the manner of the Elm architecture: `update` turns an event
/// into a new state and the effects to perform; `view` draws a state. Neither reads a clock or
/// touches a terminal or a file, so every screen and every flow is testable as plain values.
public enum Kiosk {
    public static func update(_ state: inout AppState, _ event: Event, now: Date) -> [Effect] {
        state.now = now
        var effects = revealDueSignIn(&state)
        if IdleWatch.hasExpired(state) {
            return effects + endSession(&state, reason: .idle)
        }
        switch event {
        case .tick:
            break
        case .resize(let size):
            state.size = size
        case .key(let key):
            effects += handleInput(&state) { handle(key, &$0) }
        case .tap(let position):
            effects += handleInput(&state) { handleTap(at: position, &$0) }
        case .identityRead(let number):
            effects += handleInput(&state) { state in
                switch state.screen {
                case .memberIDNumber: MemberIDNumberScreen.acceptReaderInput(number, &state)
                case .memberGuardian: MemberGuardianScreen.acceptReaderInput(number, &state)
                default: IdentityNumberScreen.acceptReaderInput(number, &state)
                }
            }
        case .signInAnswered(let outcome):
            effects += SignInFlow.answer(outcome, &state)
        case .inPersonAnswered(let outcome):
            effects += IdentityInPersonScreen.answered(outcome, &state)
        case .memberLookedUp(let id, let person):
            MemberFlow.lookedUp(id, person, &state)
        case .guardianLookedUp(let id, let person):
            GuardianFlow.lookedUp(id, person, &state)
        case .existingMembersLoaded(let existing):
            // An answer that arrives after the session ended belongs to nobody on screen now.
            if state.session.person != nil { state.session.draft.existing = existing }
        // After submission (member confirmation, tracking).
        case .invitationsLoaded(let items):
            InvitationFlow.loaded(items, &state)
        case .invitationAnswered(let outcome):
            effects += InvitationFlow.answered(outcome, &state)
        case .applicationsLoaded(let items):
            TrackingFlow.loaded(items, &state)
        case .memberActed(let outcome):
            effects += TrackingFlow.acted(outcome, &state)
        case .revisionJudged(let verdict):
            RevisionFlow.judged(verdict, &state)
        case .serviceFailed:
            serviceFailed(&state)
        case .storeCannotSave(let notice):
            serviceFailed(&state)
            state.storeNotice = notice
        case .relationshipsLoaded(let entries):
            SharingFlow.loaded(entries, &state)
        case .relationshipEnded(let id, let quotaReturned):
            SharingFlow.ended(id, quotaReturned: quotaReturned, &state)
        case .spendingLoaded(let statement):
            SpendingFlow.loaded(statement, &state)
        case .premiumsLoaded(let member, let paid):
            PremiumFlow.loaded(member, paid, &state)
        case .premiumPaid(let receipt):
            PremiumFlow.answered(.paid(receipt), &state)
        case .premiumRefused(let refusal):
            PremiumFlow.answered(.refused(refusal), &state)
        case .signaturePINAnswered(let outcome):
            LetterFlow.answer(outcome, &state)
        case .memberSharersLoaded(let id, let count):
            PaymentFlow.sharersLoaded(id, count: count, &state)
        case .applicationSubmitted(let receipt):
            SubmitFlow.submitted(receipt, &state)
        case .paperFormTakenIn(let form, let application):
            SubmitFlow.paperFormTakenIn(form: form, application: application, &state)
        case .scanInboxListed(let files):
            ScanFlow.listed(files, &state)
        case .scanAttached(let scan):
            ScanFlow.attached(scan, &state)
        case .scanRefused(let file, let refusal):
            effects += ScanFlow.refused(file, refusal, &state)
        }
        return effects
    }

    /// Whatever was waiting for the store hears that it could not answer, and says so in place.
    private static func serviceFailed(_ state: inout AppState) {
        SignInFlow.serviceFailed(&state)
        IdentityInPersonScreen.serviceFailed(&state)
        MemberFlow.serviceFailed(&state)
        LetterFlow.serviceFailed(&state)
        InvitationFlow.serviceFailed(&state)
        TrackingFlow.serviceFailed(&state)
        RevisionFlow.serviceFailed(&state)
        SharingFlow.serviceFailed(&state)
        SpendingFlow.serviceFailed(&state)
        PremiumFlow.serviceFailed(&state)
        SubmitFlow.serviceFailed(&state)
        ScanFlow.serviceFailed(&state)
    }

    public static func view(_ state: AppState) -> Rendering {
        ScreenRenderer.render(state)
    }

    /// The next moment something changes on its own (the idle countdown, a held-back refusal), so
    /// the runtime knows how long it may wait for a key.
    public static func nextWakeUp(_ state: AppState) -> Date? {
        [IdleWatch.nextWakeUp(state), state.session.pendingSignIn?.revealAt]
            .compactMap { $0 }
            .filter { $0 > state.now }
            .min()
    }

    /// Ends the resident's session: back to a fresh welcome screen in Chinese, everything typed
    /// discarded, and with it their scans.
    static func endSession(_ state: inout AppState, reason: SessionEndReason) -> [Effect] {
        let scans = ScanFlow.endOfSession(state)
        state = AppState(
            settings: state.settings, catalog: state.catalog, isDemoStore: state.isDemoStore,
            size: state.size, now: state.now
        ).with(letter: state.letter)
        return scans + [.sessionEnded(reason)]
    }

    /// Input from the person: while the countdown runs, a key only says "still here"; while the
    /// window is too small, nothing but the global keys acts. The first input on an idle welcome
    /// screen begins a session.
    private static func handleInput(_ state: inout AppState, _ act: (inout AppState) -> [Effect]) -> [Effect] {
        let countdownWasShowing = IdleWatch.secondsLeft(state) != nil
        let begins = !state.hasActiveSession ? ScanFlow.startOfSession(state) : []
        state.lastInputAt = state.now
        if countdownWasShowing { return begins }
        return begins + act(&state)
    }

    private static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .function(2):
            state.language = state.language.other
            return []
        case .function(10):
            return endSession(&state, reason: .endKey)
        case .control("l"):
            return [.redrawAll]
        default:
            break
        }
        if state.isTooSmall { return [] }
        if state.storeNotice != nil {
            // Any key goes back to the screen beneath, as it was.
            state.storeNotice = nil
            return []
        }
        if state.helpScroll != nil { return HelpOverlay.handle(key, &state) }
        if key == .function(1) {
            state.helpScroll = 0
            return []
        }
        return ScreenRouter.handle(key, &state)
    }

    private static func handleTap(at position: Position, _ state: inout AppState) -> [Effect] {
        guard let action = view(state).action(at: position) else { return [] }
        switch action {
        case .press(let key):
            return handle(key, &state)
        case .focus(let index):
            state.focus = index
            return []
        case .activate(let index):
            state.focus = index
            return handle(.enter, &state)
        }
    }

    private static func revealDueSignIn(_ state: inout AppState) -> [Effect] {
        guard let pending = state.session.pendingSignIn, let revealAt = pending.revealAt,
              let refusal = pending.refusal, state.now >= revealAt else { return [] }
        return SignInFlow.reveal(refusal, &state)
    }
}
