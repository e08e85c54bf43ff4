import Foundation

/// An event's payload read as what it concerns: one object, or a list of them (a sweep over
/// several relationships writes one event for all).
enum JournalPayloadList {
    static func decode<Item: Decodable>(_ item: Item.Type, from payload: Data) -> [Item] {
        if let list = try? JSONDecoder().decode([Item].self, from: payload) { return list }
        return (try? JSONDecoder().decode(Item.self, from: payload)).map { [$0] } ?? []
    }
}
