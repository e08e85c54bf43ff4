/// Which program a script's keys go to: the resident's kiosk, or the clerk's counter console on
/// the same store. `<station:counter>` lets a walkthrough show a reviewer deciding between two
/// kiosk sessions; `<station:kiosk>` goes back. A script starts at the kiosk.
public enum Station: String, CaseIterable, Hashable, Sendable {
    case kiosk, counter
}
