import FamilyAid
import Foundation
import KioskFrame

/// The timings and limits of one kiosk, set by whoever installs it.
public struct KioskSettings: Hashable, Sendable {
    /// Without a key for this long, the "are you still there?" countdown starts.
    public var idleAfter: TimeInterval
    /// How long the countdown runs before the session ends and everything typed is discarded.
    public var countdown: TimeInterval
    /// How long every refused sign-in takes, whatever the reason, so an unknown ID number and a
    /// wrong PIN cannot be told apart by their timing.
    public var refusedSignInDelay: TimeInterval
    public var lockout: SignInLockout
    /// Below this size the screen asks for a larger window instead of drawing a cramped one.
    public var minimumSize: Size
    /// The region's rules: what part of an account may be shared, what is kept back, and every
    /// rule later steps apply.
    public var policy: PolicyProfile
    /// This kiosk has a document scanner that drops its files into an inbox folder: each
    /// document of a proof may then be scanned.
    public var scansDocuments: Bool
    /// The operator ID of the clerk driving these flows for a resident standing at a counter;
    /// nil at a kiosk. At a counter the clerk checks the original documents instead of a PIN,
    /// types names from them, sights each proof and records the paper forms signed.
    public var counterClerk: String?

    /// These flows are driven by a clerk at a counter, not by a resident at a kiosk.
    public var isAtCounter: Bool { counterClerk != nil }

    public init(
        idleAfter: TimeInterval = 90,
        countdown: TimeInterval = 15,
        refusedSignInDelay: TimeInterval = 2,
        lockout: SignInLockout = .standard,
        minimumSize: Size = Size(columns: 80, rows: 24),
        policy: PolicyProfile = .kioskDefault,
        scansDocuments: Bool = false,
        counterClerk: String? = nil
    ) {
        self.idleAfter = idleAfter
        self.countdown = countdown
        self.refusedSignInDelay = refusedSignInDelay
        self.lockout = lockout
        self.minimumSize = minimumSize
        self.policy = policy
        self.scansDocuments = scansDocuments
        self.counterClerk = counterClerk
    }
}
