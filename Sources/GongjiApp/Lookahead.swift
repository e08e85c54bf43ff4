import Foundation

/// Makes a sequence of items on a thread of its own, up to `depth` ahead of whoever takes them,
/// and hands them over in order: seeding makes the next batch on one core while it writes the
/// last on the other. The sequence ends at the first nil or error; `cancel` (or letting go of
/// the lookahead) stops the making after the item under way.
final class Lookahead<Item: Sendable>: @unchecked Sendable {
    // `make` is called only on the making thread and `made`/`isCancelled` only under
    // `condition`, which is what makes sharing this object between the two threads safe.
    private let make: () throws -> Item?
    private let depth: Int
    private let condition = NSCondition()
    private var made: [Result<Item?, any Error>] = []
    private var isCancelled = false

    init(depth: Int = 1, make: @escaping () throws -> Item?) {
        self.make = make
        self.depth = max(1, depth)
        Thread { [self] in run() }.start()
    }

    /// The next item, waiting for it if need be; nil once the sequence has ended.
    func next() throws -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while made.isEmpty { condition.wait() }
        let result = made[0]
        // The end, or an error, stays for any later call.
        if case .success(.some) = result {
            made.removeFirst()
            condition.broadcast()
        }
        return try result.get()
    }

    func cancel() {
        condition.lock()
        isCancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while made.count >= depth, !isCancelled { condition.wait() }
            let stop = isCancelled
            condition.unlock()
            if stop { return }
            let result = Result { try make() }
            condition.lock()
            made.append(result)
            condition.broadcast()
            condition.unlock()
            if case .success(.some) = result { continue }
            return
        }
    }
}
