import FamilyAid

/// Typing a name as printed on a document, at a counter: any letter of any script, the middle
/// dot of minority names (any variant `PersonName` folds) and spaces; never a control character, an escape sequence's remains or
/// a digit (no name has one, so digits stay free for the screen's ticks and choices).
enum NameEntry {
    /// Applies a key to a name field; returns whether it changed the field or its cursor.
    static func type(_ key: Key, into field: inout TextField) -> Bool {
        guard case .character(let character) = key else { return field.apply(key) }
        guard isNameCharacter(character) else { return false }
        return field.insert(character)
    }

    static func isNameCharacter(_ character: Character) -> Bool {
        if character.isNumber { return false }
        if character.isLetter || character == " " { return true }
        return character.unicodeScalars.allSatisfy { PersonName.middleDotVariants.contains($0) }
    }
}

