import FamilyAid

/// What the kiosk does with the store's answer to a sign-in. A success goes straight on; a
/// refusal or a lock is held back until the same fixed delay has passed since the request, so the
/// time taken reveals nothing.
enum SignInFlow {
    static func answer(_ outcome: SignInOutcome<InsuredPerson>, _ state: inout AppState) -> [Effect] {
        guard state.screen == .verifying, var pending = state.session.pendingSignIn else { return [] }
        if case .signedIn(let person) = outcome {
            state.session.pendingSignIn = nil
            state.session.person = person
            ScreenRouter.go(to: .confirmIdentity, &state)
            return []
        }
        pending.refusal = outcome
        let revealAt = pending.requestedAt.addingTimeInterval(state.settings.refusedSignInDelay)
        pending.revealAt = revealAt
        state.session.pendingSignIn = pending
        return state.now >= revealAt ? reveal(outcome, &state) : []
    }

    static func reveal(_ refusal: SignInOutcome<InsuredPerson>, _ state: inout AppState) -> [Effect] {
        state.session.pendingSignIn = nil
        switch refusal {
        case .signedIn:
            break
        case .refused(let remaining):
            state.session.pinNotice = .refused(remainingTries: remaining)
            ScreenRouter.go(to: .identityPIN, &state)
        case .locked(let until):
            state.session.lockedUntil = until
            ScreenRouter.go(to: .signInLocked, &state)
        }
        return []
    }

    static func serviceFailed(_ state: inout AppState) {
        guard state.screen == .verifying else { return }
        state.session.pendingSignIn = nil
        state.session.pinNotice = .serviceUnavailable
        ScreenRouter.go(to: .identityPIN, &state)
    }
}
