/// The operator ID and password form, as the login screen and the lock screen both use it, and
/// what the store's answer does to the console.
enum CounterLogin {
    /// Reads a key into `form`; returns the effect of submitting it, if the key submitted it.
    static func handle(_ key: Key, _ form: inout LoginForm) -> [CounterEffect] {
        if form.isWaiting { return [] }
        switch key {
        case .tab, .backTab, .down, .up:
            form.focus = 1 - form.focus
        case .enter:
            if form.focus == 0, !form.operatorID.isEmpty {
                form.focus = 1
                return []
            }
            return submit(&form)
        case .character(let character) where form.focus == 0:
            // Operator IDs are lower-case; a capital typed by habit is taken as its small letter.
            for lower in String(character).lowercased() { form.operatorID.insert(lower) }
            form.notice = nil
        default:
            if form.focus == 0 ? form.operatorID.apply(key) : form.password.apply(key) { form.notice = nil }
        }
        return []
    }

    private static func submit(_ form: inout LoginForm) -> [CounterEffect] {
        guard !form.operatorID.isEmpty else {
            form.notice = .missingID
            form.focus = 0
            return []
        }
        guard !form.password.isEmpty else {
            form.notice = .missingPassword
            form.focus = 1
            return []
        }
        let password = form.password.text
        form.password.clear()
        form.notice = nil
        form.isWaiting = true
        return [.authenticate(operatorID: form.operatorID.text, password: password)]
    }

    static func answered(_ outcome: OperatorLoginOutcome, _ state: inout CounterState) -> [CounterEffect] {
        if var lock = state.lock {
            lock.isWaiting = false
            if case .signedIn(let person) = outcome {
                var discarded: [CounterEffect] = []
                if person.id != state.signedIn?.id {
                    // Another operator takes the console over: the first one's unsaved work goes,
                    // and so does their session.
                    discarded = CounterAssist.discard(&state) + (state.signedIn.map { [.signedOut(operatorID: $0.id)] } ?? [])
                    state.work = CounterWork()
                    state.signedIn = person
                    CounterRouter.go(to: .home, &state)
                }
                state.lock = nil
                state.lastInputAt = state.now
                return discarded
            }
            lock.notice = notice(outcome)
            lock.focus = 1
            state.lock = lock
            return []
        }
        state.login.isWaiting = false
        if case .signedIn(let person) = outcome {
            state.signedIn = person
            state.login = LoginForm()
            state.work = CounterWork()
            state.lastInputAt = state.now
            CounterRouter.go(to: .home, &state)
            return []
        }
        state.login.notice = notice(outcome)
        state.login.focus = 1
        return []
    }

    static func serviceFailed(_ state: inout CounterState) {
        if state.lock?.isWaiting == true {
            state.lock?.isWaiting = false
            state.lock?.notice = .serviceUnavailable
        }
        if state.login.isWaiting {
            state.login.isWaiting = false
            state.login.notice = .serviceUnavailable
        }
    }

    private static func notice(_ outcome: OperatorLoginOutcome) -> LoginNotice? {
        switch outcome {
        case .signedIn: nil
        case .wrongPassword(let remaining): .wrongPassword(remainingTries: remaining)
        case .locked: .locked
        case .disabled: .disabled
        case .noOperators: .noOperators
        }
    }

    static func noticeText(_ notice: LoginNotice?, _ text: Localizer) -> String? {
        switch notice {
        case nil: nil
        case .missingID: text["counter.login.missing_id"]
        case .missingPassword: text["counter.login.missing_password"]
        case .wrongPassword(let remaining): text("counter.login.wrong_password", ["remaining": "\(remaining)"])
        case .locked: text["counter.login.locked"]
        case .disabled: text["counter.login.disabled"]
        case .noOperators: text["counter.login.no_operators"]
        case .serviceUnavailable: text["counter.service_failed"]
        }
    }

    /// Draws the two fields and the notice line.
    static func drawForm(_ form: LoginForm, _ text: Localizer, on canvas: inout Canvas) {
        canvas.field(form.operatorID, label: text["counter.login.operator_id"], width: 34, isFocused: form.focus == 0, focusIndex: 0)
        canvas.skip()
        canvas.field(form.password, label: text["counter.login.password"], width: 34, masked: true, isFocused: form.focus == 1, focusIndex: 1)
        canvas.skip()
        if form.isWaiting {
            canvas.paragraph(text["counter.login.checking"], style: .hint)
        } else if let notice = noticeText(form.notice, text) {
            canvas.paragraph(notice, style: .error)
        } else {
            canvas.paragraph(text["counter.login.hint"], style: .hint)
        }
    }
}
