import FamilyAid
import Foundation

/// The commitment letter (承诺书) as shipped in `screens/letters/`: one version, its text in each
/// language, and each text's SHA-256 as computed where the files were read, so a signature records
/// exactly what was shown.
public struct CommitmentLetter: Hashable, Sendable {
    public var version: String
    public var texts: [Language: String]
    /// Lower-case hex SHA-256 of the UTF-8 text, per language.
    public var contentSHA256: [Language: String]

    public init(version: String, texts: [Language: String], contentSHA256: [Language: String]) {
        self.version = version
        self.texts = texts
        self.contentSHA256 = contentSHA256
    }
}

/// Reading the letter and signing it, in this session.
public struct LetterDraft: Hashable, Sendable {
    public var scroll = 0
    /// Whether the reader has reached the end once: from then on the tick and the PIN are open,
    /// even after scrolling back.
    public var readToEnd = false
    /// 我已阅读并同意.
    public var agreed = false
    public var pin = TextField(capacity: 6)
    public var pinNotice: PINNotice?
    /// The PIN has gone to the store; its answer has not come yet.
    public var checking = false
    public var signature: LetterSignature?
    /// At a counter, the paper forms in place of the letter on screen: being typed, then recorded.
    public var paperDraft = PaperFormsDraft()
    public var paper: PaperForms?
    /// The members on the list when the letter was signed: the letter declares those ties, so a
    /// changed list must be signed again.
    public var signedFor: [ResidentID] = []

    public init() {}
}

/// The sharer's signature as the kiosk took it: what was shown (version, language, hash) and
/// when. The signer is the signed-in resident; the channel is the kiosk.
public struct LetterSignature: Hashable, Sendable {
    public var version: String
    public var language: Language
    public var contentSHA256: String
    public var signedAt: Date

    public init(version: String, language: Language, contentSHA256: String, signedAt: Date) {
        self.version = version
        self.language = language
        self.contentSHA256 = contentSHA256
        self.signedAt = signedAt
    }
}
