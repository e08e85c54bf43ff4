import FamilyAid
import Foundation
@testable import GongjiApp
import KioskFrame
import KioskStore
import KioskUI
import Logging

/// Where a hostile input goes: a kiosk field reached the way a resident reaches it, the
/// identity reader, or one of the commands that read files (a policy, a registry CSV, a bundle).
enum HostilePlace: Sendable {
    /// Typed (or pasted) a grapheme at a time into the field `spot` leads to, then `then` (key
    /// script: `<Enter>` to confirm, or nothing to see what typing alone says).
    case kiosk(KioskSpot, then: String)
    /// Delivered whole by the identity card or code reader on the welcome screen.
    case reader
    /// `--policy FILE`.
    case policyFile
    /// `gongji registry import-csv FILE`.
    case registryCSV
    /// `gongji import BUNDLE`, the bundle damaged by `damage`.
    case bundle(BundleDamage)
    /// `gongji registry import BUNDLE`, damaged by `damage`.
    case registryBundle(BundleDamage)

    var name: String {
        switch self {
        case .kiosk(let spot, _): "kiosk: \(spot.rawValue)"
        case .reader: "kiosk: identity reader"
        case .policyFile: "gongji --policy FILE"
        case .registryCSV: "gongji registry import-csv FILE"
        case .bundle: "gongji import BUNDLE"
        case .registryBundle: "gongji registry import BUNDLE"
        }
    }
}

/// The kiosk's fields, each as the key script that reaches it from the welcome screen on the
/// demo store.
enum KioskSpot: String, Sendable {
    case signInNumber = "sign-in ID number"
    case signInPIN = "sign-in PIN"
    case memberNumber = "member's ID number"
    case memberMobile = "member's mobile number"
    case quota = "member's quota"
    case letterPIN = "PIN signing the letter"
    case proofNumber = "a proof's document number"
    case guardianNumber = "a child's guardian's ID number"
    case periodEnd = "the last day of a sharing (where the policy has dates)"

    static let signIn = "1110105196803150118<Enter>123456<Enter>1"
    /// Signed in, on the member list, the first member being added.
    static let addingMember = signIn + "11"
    static let withSpouse = addingMember + "110105197007080221<Enter>11" + "13800138002<Enter>1"
    static let withSpouseAndSon = withSpouse + "2" + "11010520150520031*<Enter>131" + "13800138001<Enter>1"

    var script: String {
        switch self {
        case .signInNumber: "1"
        case .signInPIN: "1110105196803150118<Enter>"
        case .memberNumber: Self.addingMember
        case .memberMobile: Self.addingMember + "110105197007080221<Enter>11"
        case .quota: Self.withSpouseAndSon + "45"
        case .letterPIN: Self.withSpouseAndSon + "455000<Enter>53000<Enter><Enter><Enter>1<Enter>"
        case .proofNumber: Self.withSpouseAndSon + "455000<Enter>53000<Enter><Enter><Enter>1<Enter>123456<Enter>1"
        // 张秀兰 adds her grandson 王小明, who is under 16: his guardian is asked for.
        case .guardianNumber: "1110105194704121427<Enter>123456<Enter>111" + "11010520150520031*<Enter>171" + "13800138001<Enter>"
        // Under a profile with chosen dates: the spouse's first day kept, on to her last.
        case .periodEnd: Self.withSpouse + "34<Enter>"
        }
    }

    /// The kiosk's settings at this spot: the default profile, or one with dates.
    var settings: KioskSettings {
        self == .periodEnd ? KioskSettings(policy: .jiangsuLike) : KioskSettings()
    }
}

/// How a good bundle is spoiled before it is imported.
enum BundleDamage: String, Sendable {
    case empty = "an empty file"
    case wrongMagic = "another format's first line"
    case truncatedHalf = "cut off halfway"
    case truncatedHeader = "cut off inside the signature"
    case signatureByteFlipped = "one byte of the signature changed"
    case archiveByteFlipped = "one byte of the archive changed"
    case lastByteFlipped = "the last byte changed"
    case randomBytes = "random bytes under the right first line"
    case textFile = "a text file"
    case untrustedOrigin = "from an origin not trusted here"
    case oversized = "32 MB of bytes after its end"
}

/// Runs key scripts and typed text through a kiosk on a demo store file.
struct HostileKiosk {
    private(set) var driver: KioskDriver
    private var now: Date

    init(storePath: String, settings: KioskSettings = KioskSettings()) throws {
        let screens = ScreensDirectory(url: ScreensDirectory.sourceCheckout)
        let start = ReplayRunner.defaultStart
        let database = try DemoStore.open(at: storePath, now: start, pinCost: .fastForTests)
        let state = AppState(
            settings: settings, catalog: try screens.loadCatalog(), isDemoStore: true, size: Size(columns: 80, rows: 24), now: start)
            .with(letter: try screens.loadCommitmentLetter())
        let performer = EffectPerformer(
            database: database, lockout: .standard, logger: Logger(label: "hostile") { _ in SwiftLogNoOpLogHandler() },
            policy: settings.policy, calendar: try screens.loadWorkingDayCalendar())
        driver = KioskDriver(state: state, performer: performer)
        now = start
    }

    mutating func run(_ script: String) throws {
        for step in try KeyScript(parsing: script).steps {
            switch step {
            case .key(let key, _): send(.key(key))
            case .wait(let milliseconds, _):
                now = now.addingTimeInterval(Double(milliseconds) / 1000)
                driver.advanceClock(to: now)
            default: break
            }
        }
    }

    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    mutating func send(_ event: Event) {
        let at = now
        driver.dispatch(event, now: at, clock: { at })
    }

    var frame: Frame { Kiosk.view(driver.state).frame }
}
