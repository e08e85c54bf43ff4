import Foundation
import GRDB

/// What can go wrong with the store, in words a counter clerk can act on.
///
/// The cases are typed so that the program can choose its own wording in either language; the
/// descriptions here are the plain English fallback written to the log. None of them ever carries
/// an ID number, a name or a PIN, because errors end up in logs.
public enum KioskStoreError: Error, Equatable, Sendable {
    /// The file exists but is not a gongji store (another program's database, or not a database).
    case notAGongjiStore(path: String)
    /// The store was written by a newer version of gongji, which this version must not touch.
    case madeByNewerVersion(path: String)
    /// The store (or its folder) cannot be written to.
    case readOnly(path: String)
    /// The store cannot be opened at all: a missing folder, no permission, and the like.
    case cannotOpen(path: String, reason: String)
    /// The disk holding the store is full; nothing was saved.
    case diskFull
    /// The store file is damaged and must be restored from a copy.
    case damaged(path: String)
    /// Another program kept the store busy for longer than the wait allows; nothing was saved.
    case busy
    /// A backup is never written over an existing file.
    case backupExists(path: String)
    /// Seeding in one go needs a file of its own, made for it.
    case seedingNeedsNewFile(path: String)
    /// The store already belongs to an installation; it is set up only once.
    case alreadyInstalled(originID: String)
    /// The store has not been set up for an installation yet.
    case notInstalled
    /// Demo data may only go into a demo store, never into a real one.
    case notADemoStore
    /// A person with this ID number is already in the registry.
    case personAlreadyRegistered
    /// The store refused a record because it breaks one of its rules.
    case recordRejected(reason: String)
    /// A stored PIN credential uses a method this version does not know.
    case unsupportedPinAlgorithm(String)
    /// The cost parameters for a PIN hash are not usable.
    case invalidPinHashCost(PinHashCost)
    /// The installation's origin ID cannot start an application number (6 characters without I or O).
    case originCannotIssueNumbers(originID: String)
    /// The installation has issued its last application number.
    case applicationNumbersExhausted(originID: String)
    /// An application is stored once it has been submitted; this one is still a draft.
    case applicationNotSubmitted
    case applicationNotFound(number: String)
    /// Proofs or a payment mode handed in for a member the application does not have.
    case noSuchMember(index: Int)
    /// The registry does not know the sharer or the member (`role`) a command needs.
    case personNotInRegistry(role: String)
    case relationshipNotFound(id: Int64)
    /// Only unbinding, leaving and dissolving end a relationship.
    case notAnEnding(event: String)
    /// A bill with this settlement number was already settled.
    case billAlreadySettled(number: String)
    case billNotFound(number: String)
    /// No sharing relationship between the sharer and the member covers the day asked for.
    case noRelationshipInForce
    /// A reviewer is named by an operator ID (`OperatorID`), never by a name or an ID number.
    case notAnOperatorID
    /// A public signing key is 32 bytes of Ed25519, given as 64 hexadecimal digits.
    case notASigningKey
    /// A reviewer may not decide an application they took in themselves.
    case decidingOwnIntake(number: String)
    /// The member carries no open import flag (none was left, or another reviewer closed it).
    case noOpenImportFlag(number: String, member: Int)
    /// The paper application form with this number was taken in already, as `application`.
    case paperFormTakenIn(form: String, application: String)
    /// An installation trusts its own bundles by its own key already.
    case trustingItself(originID: String)
    /// A reviewer's note has nothing in it but white space.
    case emptyReviewNote
    case reviewNoteTooLong(maximum: Int)
}

extension KioskStoreError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .notAGongjiStore(let path):
            "The file \(path) is not a gongji store. Check the --store path; another program's file is never changed."
        case .madeByNewerVersion(let path):
            "The store \(path) was written by a newer version of gongji. Install that version to use it."
        case .readOnly(let path):
            "The store \(path) is read-only. Nothing can be saved until the file and its folder are writable."
        case .cannotOpen(let path, let reason):
            "The store \(path) cannot be opened: \(reason)."
        case .diskFull:
            "The disk is full. Nothing was saved; free some space and try again."
        case .damaged(let path):
            "The store \(path) is damaged. Stop every gongji program using it, check the latest copy made with `gongji backup` (gongji verify --store COPY), put it in place of the damaged file (remove the file's -wal and -shm beside it), and start again."
        case .backupExists(let path):
            "There is a file at \(path) already; a backup never replaces one. Choose a new name."
        case .seedingNeedsNewFile(let path):
            "There is a file at \(path) already; seeding in one go makes a new store. Choose a new name."
        case .busy:
            "Another program kept the store busy for too long. Nothing was saved; try again."
        case .alreadyInstalled(let originID):
            "This store already belongs to installation \(originID); it is set up only once."
        case .notInstalled:
            "This store has not been set up for an installation yet."
        case .notADemoStore:
            "This is a real store: demo data is never added to it."
        case .personAlreadyRegistered:
            "A person with this ID number is already in the registry."
        case .recordRejected(let reason):
            "The store refused the record: \(reason)."
        case .unsupportedPinAlgorithm(let algorithm):
            "A card PIN was stored with an unknown method (\(algorithm))."
        case .invalidPinHashCost(let cost):
            "The PIN hash cost N=\(cost.n) r=\(cost.r) p=\(cost.p) is not usable: N must be a power of two above 1, r and p at least 1."
        case .originCannotIssueNumbers(let originID):
            "Installation \(originID) cannot issue application numbers: its origin ID must be 6 letters or digits, without I or O."
        case .applicationNumbersExhausted(let originID):
            "Installation \(originID) has issued all of its application numbers. Ask the office for a new origin ID."
        case .applicationNotSubmitted:
            "The application has not been submitted yet; only submitted applications are saved."
        case .applicationNotFound(let number):
            "There is no application \(number) in this store."
        case .noSuchMember(let index):
            "Member \(index + 1) is not in the application."
        case .personNotInRegistry(let role):
            "The \(role) is not in the registry of this store."
        case .relationshipNotFound(let id):
            "There is no sharing relationship \(id) in this store."
        case .notAnEnding(let event):
            "\(event) does not end a sharing relationship: only unbinding, leaving or dissolving does."
        case .billAlreadySettled(let number):
            "Bill \(number) was already settled; a bill is settled once."
        case .billNotFound(let number):
            "There is no settled bill \(number) in this store."
        case .noRelationshipInForce:
            "No sharing relationship between these two people covers that day."
        case .notAnOperatorID:
            "An operator ID is 2 to \(OperatorID.maximumLength) lower-case letters, digits, '-', '_' or '.', starting with a letter; nothing was changed."
        case .notASigningKey:
            "That is not a public signing key: give the 64 hexadecimal digits `gongji key` prints at the other installation."
        case .decidingOwnIntake(let number):
            "You took application \(number) in yourself; another reviewer decides it. Nothing was changed."
        case .noOpenImportFlag(let number, let member):
            "Member \(member + 1) of application \(number) carries no open import flag; nothing was changed."
        case .paperFormTakenIn(let form, let application):
            "Paper application form \(form) was taken in already, as application \(application). Check the form's number; nothing was saved."
        case .trustingItself(let originID):
            "\(originID) is this installation's own origin; only other installations need to be trusted."
        case .emptyReviewNote:
            "The note is empty; write what the sharer or the next reviewer should know."
        case .reviewNoteTooLong(let maximum):
            "The note is too long: at most \(maximum) characters."
        }
    }
}

extension KioskStoreError {
    /// The store error that explains a low-level SQLite failure, or nil when SQLite's own words
    /// are the best there is.
    init?(_ error: DatabaseError, path: String) {
        switch error.resultCode {
        case .SQLITE_NOTADB:
            self = .notAGongjiStore(path: path)
        case .SQLITE_READONLY:
            self = .readOnly(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            self = .cannotOpen(path: path, reason: error.message ?? "the file or its folder is not accessible")
        case .SQLITE_FULL:
            self = .diskFull
        case .SQLITE_CORRUPT:
            self = .damaged(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self = .busy
        case .SQLITE_CONSTRAINT:
            self = .recordRejected(reason: error.message ?? "a rule of the store")
        default:
            return nil
        }
    }

    /// `error` as a store error when it is a database failure the store can explain.
    static func explaining(_ error: any Error, path: String) -> any Error {
        guard let databaseError = error as? DatabaseError,
              let storeError = KioskStoreError(databaseError, path: path)
        else { return error }
        return storeError
    }
}
