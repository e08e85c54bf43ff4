import Foundation

/// The contents of a text field: graphemes and a cursor between them.
///
/// Text is kept NFC-normalised and edited by grapheme, so a Chinese character, a letter with an
/// accent or a name's middle dot each move and delete as one unit. The cursor is a grapheme index;
/// its screen column is a display width, computed when drawn.
public struct TextField: Hashable, Sendable {
    public private(set) var graphemes: [Character]
    /// Between 0 and `graphemes.count`: the cursor stands before `graphemes[cursor]`.
    public private(set) var cursor: Int
    /// The most graphemes the field takes (an ID number 18, a PIN 6).
    public let capacity: Int

    public init(_ text: String = "", capacity: Int = 64) {
        self.capacity = capacity
        let visible = String(String.UnicodeScalarView(text.unicodeScalars.filter { !Self.isInvisible($0) }))
        graphemes = Array(visible.precomposedStringWithCanonicalMapping.prefix(capacity))
        cursor = graphemes.count
    }

    public var text: String { String(graphemes) }
    public var isEmpty: Bool { graphemes.isEmpty }
    public var isFull: Bool { graphemes.count >= capacity }

    /// Inserts at the cursor; returns false (and changes nothing) when the field is full, or when
    /// the character is nothing a person means to type.
    ///
    /// Control characters (an escape sequence's ESC, a pasted bell) and invisible format characters
    /// (right-to-left marks, zero-width spaces and joiners, byte-order marks) are dropped: a field
    /// holds only what it shows, so the cursor stands where the text says and a number that looks
    /// right is right.
    @discardableResult
    public mutating func insert(_ character: Character) -> Bool {
        guard !isFull else { return false }
        let visible = String(String.UnicodeScalarView(character.unicodeScalars.filter { !Self.isInvisible($0) }))
        guard !visible.isEmpty else { return false }
        let normalized = visible.precomposedStringWithCanonicalMapping
        for grapheme in normalized where graphemes.count < capacity {
            graphemes.insert(grapheme, at: cursor)
            cursor += 1
        }
        return true
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format: true
        default: false
        }
    }

    /// Removes the grapheme before the cursor (Backspace).
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        graphemes.remove(at: cursor - 1)
        cursor -= 1
    }

    /// Removes the grapheme after the cursor (Delete).
    public mutating func deleteForward() {
        guard cursor < graphemes.count else { return }
        graphemes.remove(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(graphemes.count, cursor + 1) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = graphemes.count }

    public mutating func clear() {
        graphemes = []
        cursor = 0
    }

    /// The display column of the cursor from the start of the text.
    public var cursorColumn: Int {
        graphemes[..<cursor].reduce(0) { $0 + $1.displayWidth }
    }

    /// Applies an editing key; returns true when the key was one the field handles.
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .character(let character): insert(character)
        case .backspace: deleteBackward()
        case .delete: deleteForward()
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .control("a"): moveToStart()
        case .end, .control("e"): moveToEnd()
        default: return false
        }
        return true
    }
}
