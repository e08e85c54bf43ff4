import FamilyAid
import Testing

/// Who may do what, and what an operator may choose as an ID and a password.
@Suite("Operators: roles and credentials")
struct OperatorRulesTests {
    @Test("Each role's duties", arguments: [
        (OperatorRole.intakeClerk, OperatorDuty.intake, true), (.intakeClerk, .review, false), (.intakeClerk, .administer, false),
        (.reviewer, .intake, false), (.reviewer, .review, true), (.reviewer, .administer, false),
        (.supervisor, .intake, true), (.supervisor, .review, true), (.supervisor, .administer, true),
        (.intakeClerk, .maintainRegistry, false), (.reviewer, .maintainRegistry, false), (.supervisor, .maintainRegistry, true),
    ])
    func duties(role: OperatorRole, duty: OperatorDuty, allowed: Bool) {
        #expect(role.allows(duty) == allowed)
    }

    @Test("Operator IDs", arguments: [
        ("counter3-li", true), ("sup.1", true), ("r_2", true), ("ab", true), ("a", false), ("3counter", false),
        ("110105196803150118", false),
        (String(repeating: "a", count: 33), false), ("Counter3", false), ("-lead", false), ("王建国", false),
        ("has space", false), ("semi;colon", false), ("", false),
    ])
    func ids(id: String, valid: Bool) {
        #expect(OperatorCredentials.isValidID(id) == valid)
    }

    @Test("Passwords", arguments: [
        ("correct horse", nil), ("Abcdefg1", nil), ("short", PasswordProblem.tooShort(minimum: 8)),
        (String(repeating: "x", count: 129), .tooLong(maximum: 128)), ("COUNTER3-LI", .sameAsID),
        ("aaaaaaaa", .oneCharacterRepeated), ("柜台密码很安全的", nil),
    ])
    func passwords(password: String, problem: PasswordProblem?) {
        #expect(OperatorCredentials.problem(withPassword: password, for: "counter3-li") == problem)
    }
}
