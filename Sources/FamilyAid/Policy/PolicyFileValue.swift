import Yams

/// One value in a policy file with the key path that leads to it, so every complaint can name
/// the key and the line.
struct PolicyFileValue {
    let node: Node
    let key: String

    var line: Int? { node.mark.map { $0.line } }

    func error(_ reason: String) -> PolicyFileError {
        PolicyFileError(key: key, line: line, reason: reason)
    }

    /// The value as a section whose keys must all be among `allowed`: a misspelt key is refused,
    /// never ignored, since ignoring it would silently keep a default the office meant to change.
    func section(allowed: [String]) throws(PolicyFileError) -> PolicyFileSection {
        guard case .mapping(let mapping) = node else { throw error("expected a section of `key: value` lines") }
        var fields: [String: PolicyFileValue] = [:]
        for (keyNode, value) in mapping {
            let name = keyNode.string ?? ""
            let path = key.isEmpty ? name : "\(key).\(name)"
            guard allowed.contains(name) else {
                throw PolicyFileError(
                    key: path, line: keyNode.mark?.line,
                    reason: "unknown key; the keys here are \(allowed.joined(separator: ", "))")
            }
            guard fields[name] == nil else {
                throw PolicyFileError(key: path, line: keyNode.mark?.line, reason: "this key is given twice")
            }
            fields[name] = PolicyFileValue(node: value, key: path)
        }
        return PolicyFileSection(fields: fields, value: self)
    }

    func list() throws(PolicyFileError) -> [PolicyFileValue] {
        guard case .sequence(let sequence) = node else { throw error("expected a list (lines starting with `- `)") }
        return sequence.enumerated().map { PolicyFileValue(node: $1, key: "\(key)[\($0 + 1)]") }
    }

    func text() throws(PolicyFileError) -> String {
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else { throw error("expected a value") }
        return scalar.string
    }

    func integer(in range: ClosedRange<Int>) throws(PolicyFileError) -> Int {
        let text = try text()
        guard let number = Int(text), range.contains(number) else {
            throw error("expected a whole number from \(range.lowerBound) to \(range.upperBound), found `\(text)`")
        }
        return number
    }

    /// A whole number, or `none` for no limit.
    func limit(in range: ClosedRange<Int>) throws(PolicyFileError) -> Int? {
        if try text() == "none" { return nil }
        do {
            return try integer(in: range)
        } catch {
            throw self.error("expected `none` or a whole number from \(range.lowerBound) to \(range.upperBound), found `\((try? text()) ?? "")`")
        }
    }

    func flag() throws(PolicyFileError) -> Bool {
        switch try text() {
        case "yes", "true": return true
        case "no", "false": return false
        case let other: throw error("expected yes or no, found `\(other)`")
        }
    }

    /// An amount in 元 written as digits with at most two decimals, e.g. `1000` or `425.50`.
    func money() throws(PolicyFileError) -> Money {
        let text = try text()
        guard let amount = Money(yuanText: text), !amount.isNegative else {
            throw error("expected an amount in yuan such as 1000 or 425.50, found `\(text)`")
        }
        return amount
    }

    /// An amount, or `off`.
    func optionalMoney() throws(PolicyFileError) -> Money? {
        try text() == "off" ? nil : try money()
    }

    func date() throws(PolicyFileError) -> CivilDate {
        let text = try text()
        guard let date = CivilDate(text) else { throw error("expected a date as YYYY-MM-DD, found `\(text)`") }
        return date
    }

    /// One of an enumeration's values, spelled as the file spells them (`carried_over_only`).
    func choice<Choice: CaseIterable & RawRepresentable<String>>(of _: Choice.Type) throws(PolicyFileError) -> Choice {
        let text = try text()
        guard let choice = Choice.allCases.first(where: { PolicyFileSpelling.word(for: $0) == text }) else {
            let words = Choice.allCases.map { PolicyFileSpelling.word(for: $0) }.joined(separator: ", ")
            throw error("expected one of \(words), found `\(text)`")
        }
        return choice
    }
}

/// The fields of one section, looked up by key.
struct PolicyFileSection {
    let fields: [String: PolicyFileValue]
    let value: PolicyFileValue

    subscript(_ key: String) -> PolicyFileValue? { fields[key] }

    func required(_ key: String) throws(PolicyFileError) -> PolicyFileValue {
        guard let field = fields[key] else { throw value.error("the key `\(key)` is missing") }
        return field
    }
}

/// How enumeration values are written in a policy file: lower case with underscores, as a
/// non-programmer types them; editions keep their names (N21, N24, N26).
enum PolicyFileSpelling {
    static func word<Choice: RawRepresentable<String>>(for choice: Choice) -> String {
        if choice is PolicyEdition { return choice.rawValue }
        var word = ""
        var previous: Character?
        for character in choice.rawValue {
            if let previous {
                let startsWord = (character.isUppercase && !previous.isUppercase) || (character.isNumber && !previous.isNumber)
                if startsWord { word.append("_") }
            }
            word.append(contentsOf: character.lowercased())
            previous = character
        }
        return word
    }
}
