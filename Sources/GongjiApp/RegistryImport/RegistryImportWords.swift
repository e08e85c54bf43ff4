import FamilyAid

// The import's refusals in the words an operator reads at the command line: what is wrong and,
// where it is not obvious, how to put it right. ID numbers, names and mobile numbers are never
// repeated back: the line number finds them in the file.

extension RegistryRefusal: CustomStringConvertible {
    /// "line 17: the ID number's check character is wrong (a mistyped digit?)".
    public var description: String {
        "line \(line): \(reason)"
    }
}

extension RegistryRefusal.Reason: CustomStringConvertible {
    public var description: String {
        switch self {
        case .valueCount(let found, let expected):
            "the row has \(found) value\(found == 1 ? "" : "s") but the header names \(expected) columns"
        case .lineBreak(false):
            "a value holds a line break, which no registry field may"
        case .lineBreak(true):
            "a value holds a line break and runs to the end of the file: is a closing quote missing?"
        case .entry(let problem):
            problem.description
        case .repeatedIDNumber(let firstLine):
            "the same ID number as line \(firstLine), which is the one imported"
        }
    }
}

extension RegistryEntryProblem: CustomStringConvertible {
    public var description: String {
        switch self {
        case .missing(let field): "\(field.rawValue) is empty"
        case .idNumber(let problem): "the ID number \(problem.registryWords)"
        case .nameTooLong(let length, let limit): "the name has \(length) characters, more than \(limit)"
        case .invisibleCharacterInName(let position): "the name holds a control or invisible character at position \(position)"
        case .quoteInName: "the name holds a double quote: is the row's quoting broken?"
        case .unknownInsuranceKind(let text): "insurance_kind \(Self.quoted(text)) is not employee, resident or none"
        case .unknownInsuranceStatus(let text): "insurance_status \(Self.quoted(text)) is not active, suspended or frozen"
        case .regionCodeNotSixDigits(let text): "region_code \(Self.quoted(text)) is not six digits"
        case .regionOutsideMainland(let code): "region_code \(code) does not start with a mainland province code"
        case .notWholeFen(let field, let text):
            "\(field.rawValue) \(Self.quoted(text)) is not a whole number of fen (digits only: 1234.56 yuan is 123456)"
        case .negativeAmount(let field): "\(field.rawValue) is negative"
        case .amountTooLarge(let field): "\(field.rawValue) is too large"
        case .carriedOverExceedsBalance: "carried_over_balance_fen is more than balance_fen, of which it is a part"
        case .invalidMobile: "the mobile number is not 11 digits starting 13 to 19"
        }
    }

    /// A value from the file, shortened, in quotes: enough to recognise, never a page of text.
    private static func quoted(_ text: String) -> String {
        "\"\(text.count > 24 ? text.prefix(24) + "…" : text)\""
    }
}

extension ResidentIDError {
    /// What is wrong with an ID number in a file, without repeating the number.
    var registryWords: String {
        switch self {
        case .empty: "is empty"
        case .tooShort(let length): "has \(length) characters instead of 18"
        case .tooLong(let length): "has \(length) characters instead of 18"
        case .fullWidthCharacters: "holds full-width letters"
        case .invalidCharacter(_, let position):
            "has a character at position \(position) that cannot be there (digits only, X only as the last)"
        case .unknownProvince: "does not start with a province code"
        case .impossibleBirthDate: "holds a birth date that does not exist (characters 7 to 14)"
        case .futureBirthDate: "holds a birth date in the future (characters 7 to 14)"
        case .wrongCheckCharacter: "does not pass its check character (a mistyped digit?)"
        }
    }
}

extension RegistryCSVHeaderProblem: CustomStringConvertible {
    public var description: String {
        let known = RegistryField.allCases.map(\.rawValue).joined(separator: ", ")
        return switch self {
        case .noHeader: "the file is empty: its first line must name the columns (\(known))"
        case .unnamedColumn(let position): "column \(position) of the header has no name"
        case .unknownColumn(let name, let position):
            "column \(position) of the header, \"\(name.prefix(40))\", is not a registry column; the columns are \(known)"
        case .repeatedColumn(let field): "the header names \(field.rawValue) twice"
        case .missingColumn(let field): "the header has no \(field.rawValue) column, which is required"
        }
    }
}

extension RegistryCSVReadError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unreadable: "the file cannot be read (does it exist, and may this user read it?)"
        case .notUTF8(let line): "line \(line) is not UTF-8 text: save the file as UTF-8 and import it again"
        case .readFailed(let line): "reading failed at line \(line)"
        }
    }
}
