import FamilyAid

/// Reading the commitment letter to the end and signing it with the card PIN again. The screens
/// read keys and draw; the letter draft changes only here.
enum LetterFlow {
    /// After the last member's payment mode: the letter from its top, unless it is signed
    /// already (then straight on).
    static func open(_ state: inout AppState) {
        state.session.letter.scroll = 0
        ScreenRouter.go(to: screen(state), &state)
    }

    /// The letter's screen: on screen at a kiosk, its paper form at a counter.
    static func screen(_ state: AppState) -> Screen {
        state.settings.isAtCounter ? .paperForms : .commitmentLetter
    }

    /// Whether the letter is signed for the members now on the list: on screen at a kiosk, on
    /// paper at a counter.
    static func isSigned(_ state: AppState) -> Bool {
        let letter = state.session.letter
        let signed = state.settings.isAtCounter ? letter.paper != nil : letter.signature != nil
        return signed && letter.signedFor == state.session.draft.members.map(\.person.id)
    }

    /// What the submission carries for the letter, once signed.
    static func signed(_ state: AppState) -> SignedLetter? {
        guard isSigned(state) else { return nil }
        if let paper = state.session.letter.paper { return .paper(paper) }
        return state.session.letter.signature.map(SignedLetter.onScreen)
    }

    /// Enter on the paper forms: both numbers and the tick, or what is missing is said; then the
    /// proofs, as after a signature on screen.
    static func recordPaper(_ state: inout AppState) {
        var draft = state.session.letter.paperDraft
        draft.notice = draft.applicationForm.isEmpty ? .applicationFormMissing
            : draft.letterForm.isEmpty ? .letterFormMissing
            : !draft.letterSigned ? .letterNotSigned : nil
        state.session.letter.paperDraft = draft
        guard draft.notice == nil else { return }
        state.session.letter.paper = PaperForms(
            applicationForm: draft.applicationForm.text, letterForm: draft.letterForm.text, signedAt: state.now)
        state.session.letter.signedFor = state.session.draft.members.map(\.person.id)
        ProofFlow.start(&state)
    }

    /// The letter as shown in the current language; nil where none is loaded.
    static func text(_ state: AppState) -> String? {
        state.letter?.texts[state.language]
    }

    static func page(_ state: AppState, width: Int, rows: Int) -> TextPage? {
        text(state).map { TextPage($0, width: width, visibleRows: rows) }
    }

    /// A scrolling key; reaching the end opens the tick.
    static func scroll(to position: Int, atEnd: Bool, _ state: inout AppState) {
        state.session.letter.scroll = position
        if atEnd { state.session.letter.readToEnd = true }
    }

    /// 1 ticks or unticks 我已阅读并同意, once the reader has reached the end.
    static func toggleAgreement(_ state: inout AppState) {
        guard state.session.letter.readToEnd else { return }
        state.session.letter.agreed.toggle()
        if !state.session.letter.agreed { state.session.letter.signature = nil }
    }

    /// Enter on the letter: with the tick, on to the PIN.
    static func proceed(_ state: inout AppState) {
        guard state.session.letter.readToEnd, state.session.letter.agreed else { return }
        state.session.letter.pinNotice = nil
        ScreenRouter.go(to: .commitmentPIN, &state)
    }

    /// Esc on the letter: the last member's payment mode.
    static func back(_ state: inout AppState) {
        let last = state.session.draft.members.count - 1
        if last >= 0 { PaymentFlow.showLast(of: last, &state) } else { ScreenRouter.go(to: .memberList, &state) }
    }

    /// Enter on the PIN: six digits go to the store.
    static func submitPIN(_ state: inout AppState) -> [Effect] {
        guard !state.session.letter.checking, let person = state.session.person else { return [] }
        let pin = state.session.letter.pin.text
        guard pin.count == 6 else {
            state.session.letter.pinNotice = .incomplete
            state.focus = 0
            return []
        }
        state.session.letter.checking = true
        return [.checkSignaturePIN(person.id, pin: pin)]
    }

    /// The store's answer: the right PIN signs the letter as shown; a wrong one says so and keeps
    /// everything but the PIN; a lock ends the way a locked sign-in does.
    static func answer(_ outcome: SignInOutcome<InsuredPerson>, _ state: inout AppState) {
        guard state.session.letter.checking, state.screen == .commitmentPIN else { return }
        state.session.letter.checking = false
        state.session.letter.pin.clear()
        state.focus = 0
        switch outcome {
        case .signedIn:
            guard let letter = state.letter, let hash = letter.contentSHA256[state.language] else { return }
            state.session.letter.signature = LetterSignature(
                version: letter.version, language: state.language, contentSHA256: hash, signedAt: state.now)
            state.session.letter.signedFor = state.session.draft.members.map(\.person.id)
            state.session.letter.pinNotice = nil
            ProofFlow.start(&state)
        case .refused(let remaining):
            state.session.letter.pinNotice = .refused(remainingTries: remaining)
        case .locked(let until):
            state.session.lockedUntil = until
            ScreenRouter.go(to: .signInLocked, &state)
        }
    }

    static func serviceFailed(_ state: inout AppState) {
        guard state.session.letter.checking else { return }
        state.session.letter.checking = false
        state.session.letter.pinNotice = .serviceUnavailable
    }
}
