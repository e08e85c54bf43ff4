import Foundation
import KioskFrame
import KioskUI

/// What a fuzz run did and what it found.
public struct FuzzReport: Sendable, CustomStringConvertible {
    /// A frame that broke a rule, with the event that led to it.
    public struct Problem: Sendable, CustomStringConvertible {
        public let event: Int
        public let screen: String
        public let rule: String

        public var description: String { "after event \(event), on \(screen): \(rule)" }
    }

    public let what: String
    public let seed: UInt64
    public internal(set) var events = 0
    /// Keys, taps, resizes and reader input sent (a paste is one event of many keys).
    public internal(set) var inputs = 0
    public internal(set) var screens: Set<String> = []
    public internal(set) var problems: [Problem] = []
    public internal(set) var seconds: TimeInterval = 0
    /// Whether the run stopped at its time limit before sending everything asked for.
    public internal(set) var stoppedAtTimeLimit = false

    /// Only the first problems are kept: one broken rule usually repeats on every frame after.
    static let problemsKept = 20

    init(what: String, seed: UInt64) {
        self.what = what
        self.seed = seed
    }

    /// Whether a run must stop before event `index`: it has sent `inputs` keys, taps and resizes,
    /// or `deadline` has passed (the clock is read every 256 events, so reading it costs nothing).
    mutating func hasRunOut(inputs: Int, deadline: Date?, before index: Int) -> Bool {
        if self.inputs >= inputs { return true }
        guard let deadline, index % 256 == 0, Date() >= deadline else { return false }
        stoppedAtTimeLimit = true
        return true
    }

    /// The frame drawn after event `event`, on `screen`, held to its invariants and to the
    /// terminal's size, and counted.
    mutating func check(_ rendering: Rendering, terminal size: Size, after event: Int, on screen: String) {
        var rules = rendering.frame.invariantViolations
        if rendering.frame.size != size {
            rules.append("the frame is \(rendering.frame.size), the terminal \(size)")
        }
        events = event
        screens.insert(screen)
        record(rules, event: event, screen: screen)
    }

    mutating func record(_ rules: [String], event: Int, screen: String) {
        for rule in rules where problems.count < Self.problemsKept {
            problems.append(Problem(event: event, screen: screen, rule: rule))
        }
    }

    public var description: String {
        let pace = seconds > 0 ? String(format: ", %.0f events/s", Double(events) / seconds) : ""
        var text = "\(what): \(events) events (\(inputs) keys, taps and resizes) with seed \(seed) in \(String(format: "%.1f", seconds)) s\(pace)"
            + (stoppedAtTimeLimit ? " (stopped at the time limit)" : "")
            + ", \(screens.count) screens reached"
        if problems.isEmpty {
            text += "; every frame kept its invariants"
        } else {
            text += "; \(problems.count) broken rules, the first:\n" + problems.map { "  \($0)" }.joined(separator: "\n")
        }
        return text
    }
}
