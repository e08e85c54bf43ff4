import FamilyAid

extension OperatorError: CustomStringConvertible {
    /// In the words an operator at the command line reads.
    public var description: String {
        switch self {
        case .wrongPassword(let remaining):
            "wrong operator ID or password; \(remaining) more tr\(remaining == 1 ? "y" : "ies") before the operator is locked"
        case .locked(let id): "operator \(id) is locked after five wrong passwords; a supervisor can reset it (gongji operator reset)"
        case .disabled(let id): "operator \(id) is disabled; a supervisor can enable it again with gongji operator reset"
        case .notAllowed(let id, let role, let duty): "operator \(id) is \(role.withArticle) and may not \(duty.rawValue)"
        case .alreadyInitialized: "this store has operators already; the first supervisor is created only once"
        case .noOperators: "this store has no operators yet; create the first supervisor with gongji operator init"
        case .idTaken(let id): "there is already an operator \(id)"
        case .invalidID(let id):
            "\"\(id)\" cannot be an operator ID: use 2 to 32 lower-case letters, digits, - _ or ., starting with a letter"
        case .badPassword(.tooShort(let minimum)): "the password is too short: use at least \(minimum) characters"
        case .badPassword(.tooLong(let maximum)): "the password is too long: use at most \(maximum) characters"
        case .badPassword(.sameAsID): "the password may not be the operator ID"
        case .badPassword(.oneCharacterRepeated): "the password may not be one character repeated"
        case .noSuchOperator(let id): "there is no operator \(id)"
        case .cannotDisableSelf: "a supervisor cannot disable themselves"
        }
    }
}

extension OperatorRole {
    /// "an intake clerk", "a reviewer", "a supervisor".
    var withArticle: String {
        switch self {
        case .intakeClerk: "an intake clerk"
        case .reviewer: "a reviewer"
        case .supervisor: "a supervisor"
        }
    }
}
