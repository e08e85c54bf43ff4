import GRDB
@testable import KioskStore
import Testing

@Suite("Store errors in a clerk's words")
struct StoreErrorTests {
    @Test(
        "SQLite failures become store errors",
        arguments: [
            (ResultCode.SQLITE_FULL, KioskStoreError.diskFull),
            (.SQLITE_READONLY, .readOnly(path: "/var/lib/gongji/store.sqlite")),
            (.SQLITE_NOTADB, .notAGongjiStore(path: "/var/lib/gongji/store.sqlite")),
            (.SQLITE_CORRUPT, .damaged(path: "/var/lib/gongji/store.sqlite")),
            (.SQLITE_BUSY, .busy),
        ])
    func translation(code: ResultCode, expected: KioskStoreError) {
        let explained = KioskStoreError.explaining(DatabaseError(resultCode: code), path: "/var/lib/gongji/store.sqlite")
        #expect(explained as? KioskStoreError == expected)
    }

    @Test("other failures pass through unchanged")
    func passThrough() {
        let explained = KioskStoreError.explaining(DatabaseError(resultCode: .SQLITE_MISUSE), path: "p")
        #expect(explained is DatabaseError)
    }

    @Test("every error says what is wrong in words, naming no more than the file")
    func descriptions() {
        let errors: [KioskStoreError] = [
            .notAGongjiStore(path: "p"), .madeByNewerVersion(path: "p"), .readOnly(path: "p"),
            .cannotOpen(path: "p", reason: "no permission"), .diskFull, .damaged(path: "p"), .busy,
            .alreadyInstalled(originID: "K1"), .notInstalled, .notADemoStore, .personAlreadyRegistered,
            .recordRejected(reason: "r"), .unsupportedPinAlgorithm("md5"),
            .invalidPinHashCost(PinHashCost(n: 3, r: 1, p: 1)),
        ]
        for error in errors {
            let description = error.errorDescription ?? ""
            #expect(description.count > 20, "\(error)")
            #expect(description.hasSuffix("."), "\(error)")
        }
        #expect(Set(errors.map(\.errorDescription)).count == errors.count)
    }
}
