import Foundation

/// Items their taker is done with, handed back to be let go on the thread that made them. Memory
/// freed on another thread than the one that allocated it goes back through the other thread's
/// malloc arena, under its lock: seeding's writer freeing every row the maker allocated kept the
/// two threads waiting on each other's arena, and a malloc cost a fifth of the making.
final class Handback<Item: Sendable>: @unchecked Sendable {
    // `items` only under `lock`.
    private let lock = NSLock()
    private var items: [Item] = []

    func handBack(_ item: Item) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    /// Lets go of everything handed back so far, on the calling thread.
    func letGo() {
        lock.lock()
        let handedBack = items
        items = []
        lock.unlock()
        _ = consume handedBack
    }
}
