import FamilyAid
import Foundation
import KioskFrame
import KioskUI

/// The kiosk's own share of a key: `update` and `view` for one key typed into the identity field,
/// the screen a resident types an 18-character ID number into, at a given terminal size.
struct KioskBenchmarks {
    let catalog: Catalog
    let iterations: Int

    /// What is typed: an ID number up to its last character and back again with Backspace, so
    /// the field is drawn at every length and every sample does the same work.
    static let typed: [Key] = {
        let digits = Array("11010519680315011").map(Key.character)
        return digits + Array(repeating: .backspace, count: digits.count)
    }()

    func keyOnIdentityField(size: Size) throws -> BenchFigure {
        let now = Date(timeIntervalSince1970: 1_796_000_000)
        var state = AppState(catalog: catalog, isDemoStore: true, size: size, now: now)
        // From the welcome screen, 1 opens the identity field (README, "At the kiosk").
        _ = Kiosk.update(&state, .key(.character("1")), now: now)
        guard state.screen == .identityNumber else { throw BenchError.identityFieldNotReached }
        var frames = 0
        let samples = Stopwatch.samples(iterations: iterations) { run in
            _ = Kiosk.update(&state, .key(Self.typed[cycling: run]), now: now)
            frames &+= Kiosk.view(state).frame.size.rows
        }
        precondition(frames != 0, "every key was drawn")
        return BenchFigure(name: "update + view, one key, \(size)", milliseconds: samples, budget: .atMost(1))
    }
}
