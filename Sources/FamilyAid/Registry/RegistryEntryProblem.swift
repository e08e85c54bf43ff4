/// Why one entry of a registry file cannot be taken, the first problem found, in the order the
/// fields are checked. A problem never carries the ID number, the name or the mobile number: it
/// is printed and may be kept in a report, where those do not belong.
public enum RegistryEntryProblem: Error, Hashable, Sendable {
    /// A required field with nothing in it.
    case missing(RegistryField)
    case idNumber(ResidentIDError)
    case nameTooLong(length: Int, limit: Int)
    /// A control, format or line-separator character, invisible on screen and never part of a
    /// name; `position` counts characters from 1.
    case invisibleCharacterInName(position: Int)
    /// A double quote is never part of a name; in a CSV file it shows broken quoting.
    case quoteInName
    /// Not `employee`, `resident` or `none`; the text as given.
    case unknownInsuranceKind(String)
    /// Not `active`, `suspended` or `frozen`; the text as given.
    case unknownInsuranceStatus(String)
    /// Not six digits; the text as given.
    case regionCodeNotSixDigits(String)
    /// Six digits that do not start with a mainland province code.
    case regionOutsideMainland(String)
    /// An amount that is not a whole number of fen in plain digits (a decimal point, a thousands
    /// separator, a currency sign); the text as given.
    case notWholeFen(RegistryField, String)
    case negativeAmount(RegistryField)
    /// More fen than the store can count.
    case amountTooLarge(RegistryField)
    case carriedOverExceedsBalance
    /// Not a mainland mobile number (11 digits, 1[3-9] then nine more).
    case invalidMobile
}
