import FamilyAid

/// The first line of a registry CSV file: which field each column holds. Columns come in any
/// order and are named in any letter case; every required field needs its column.
public struct RegistryCSVHeader: Hashable, Sendable {
    /// For each column of the file, left to right, the field it holds.
    public let columns: [RegistryField]

    /// The header `names` spell, or the first problem with it.
    public static func parse(_ names: [String]) throws(RegistryCSVHeaderProblem) -> RegistryCSVHeader {
        var columns: [RegistryField] = []
        for (index, name) in names.enumerated() {
            let folded = String(name.trimmingCharacters(in: .whitespaces)).lowercased()
            guard !folded.isEmpty else { throw .unnamedColumn(position: index + 1) }
            guard let field = RegistryField(rawValue: folded) else { throw .unknownColumn(name, position: index + 1) }
            guard !columns.contains(field) else { throw .repeatedColumn(field) }
            columns.append(field)
        }
        if let missing = RegistryField.allCases.first(where: { $0.isRequired && !columns.contains($0) }) {
            throw .missingColumn(missing)
        }
        return RegistryCSVHeader(columns: columns)
    }

    /// The fields of one row, or nil when the row has a different number of values than the
    /// header has columns (a shifted row, which must not be read column by column).
    public func fields(of values: [String]) -> [RegistryField: String]? {
        guard values.count == columns.count else { return nil }
        var fields: [RegistryField: String] = [:]
        fields.reserveCapacity(columns.count)
        for (field, value) in zip(columns, values) { fields[field] = value }
        return fields
    }
}

/// Why a file's first line is no registry header; nothing is imported from such a file.
public enum RegistryCSVHeaderProblem: Error, Hashable, Sendable {
    /// Nothing in the file at all.
    case noHeader
    case unnamedColumn(position: Int)
    /// A name that is no documented column (the text as given): a typo, or a file whose first
    /// line is already data.
    case unknownColumn(String, position: Int)
    case repeatedColumn(RegistryField)
    case missingColumn(RegistryField)
}
