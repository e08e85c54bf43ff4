import Foundation

/// Which screen is up. The data the screens show lives in `ResidentSession`, so going back and
/// forth between screens never loses what was typed.
public enum Screen: Hashable, Sendable {
    case welcome
    case identityNumber
    case identityPIN
    case verifying
    case signInLocked
    case confirmIdentity
    case home
    /// The plain explanation of 家庭共济 versus 亲情账户.
    case guide
}
