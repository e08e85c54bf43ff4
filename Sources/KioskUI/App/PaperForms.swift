import Foundation

/// At a counter, the paper the resident signed, as the clerk records it: the application form's
/// number (申请表编号) and the signed commitment letter's form number. Typed while the forms are
/// on the desk; dropped with the session.
public struct PaperFormsDraft: Hashable, Sendable {
    public var applicationForm = TextField(capacity: PaperFormNumber.maximumLength)
    public var letterForm = TextField(capacity: PaperFormNumber.maximumLength)
    /// 居民已在纸质承诺书上签字.
    public var letterSigned = false
    public var notice: PaperFormsNotice?

    public init() {}
}

public enum PaperFormsNotice: Hashable, Sendable {
    case applicationFormMissing
    case letterFormMissing
    case letterNotSigned
    /// The application form's number is on file already, for this application.
    case applicationFormTakenIn(application: String)
}

/// The paper forms recorded: what the submission carries in place of a signature on screen.
public struct PaperForms: Hashable, Sendable {
    public var applicationForm: String
    public var letterForm: String
    public var signedAt: Date

    public init(applicationForm: String, letterForm: String, signedAt: Date) {
        self.applicationForm = applicationForm
        self.letterForm = letterForm
        self.signedAt = signedAt
    }
}

/// A paper form's number as printed on it: letters, digits and hyphens, upper case.
public enum PaperFormNumber {
    public static let maximumLength = 32

    /// The character as it goes into a form-number field (full-width forms folded, letters upper
    /// case); nil for anything a printed form number never holds.
    public static func normalizedInput(_ character: Character) -> Character? {
        var typed = character
        if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
           (0xFF01...0xFF5E).contains(scalar.value), let halfWidth = Unicode.Scalar(scalar.value - 0xFEE0) {
            typed = Character(halfWidth)
        }
        guard typed.isASCII, typed.isLetter || typed.isNumber || typed == "-" else { return nil }
        return Character(typed.uppercased())
    }
}
