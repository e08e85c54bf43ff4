import Foundation

/// One entry of a bureau's registry file, checked completely before anything is written: what
/// the kiosk relies on later (a valid ID number, a region, balances that add up) must hold for
/// every person in the registry, whoever typed the file.
public enum RegistryEntry {
    /// Names longer than this are refused as a shifted or merged column. Chinese names are short,
    /// but a foreign permanent resident's name in Latin letters can run long.
    public static let nameLengthLimit = 100

    /// The person `fields` describe, or the first problem with them. Surrounding white space is
    /// ignored everywhere; full-width digits (and a full-width X in an ID number) are read as
    /// ordinary ones, as the kiosk reads them when typed; codes are read in any letter case.
    /// A field missing from `fields` is treated as empty.
    public static func parse(_ fields: [RegistryField: String], today: CivilDate) throws(RegistryEntryProblem) -> InsuredPerson {
        func value(_ field: RegistryField) throws(RegistryEntryProblem) -> String? {
            let text = trimmed(fields[field] ?? "")
            if text.isEmpty {
                if field.isRequired { throw .missing(field) }
                return nil
            }
            return text
        }
        let idText = foldingFullWidth(try value(.idNumber)!)
        let id: ResidentID
        do throws(ResidentIDError) {
            id = try ResidentID.parse(idText, today: today)
        } catch {
            throw .idNumber(error)
        }
        let name = try personName(try value(.name)!)
        let kindText = try value(.insuranceKind)!
        guard let kind = InsuranceKind(rawValue: kindText.lowercased()) else { throw .unknownInsuranceKind(kindText) }
        let statusText = try value(.insuranceStatus)!
        guard let status = InsuranceStatus(rawValue: statusText.lowercased()) else { throw .unknownInsuranceStatus(statusText) }
        let region = try poolingRegion(try value(.regionCode)!)
        let balance = try fen(try value(.balanceFen)!, field: .balanceFen)
        let carriedOver = try value(.carriedOverBalanceFen).map { text throws(RegistryEntryProblem) in
            try fen(text, field: .carriedOverBalanceFen)
        } ?? 0
        guard carriedOver <= balance else { throw .carriedOverExceedsBalance }
        let mobile = try value(.mobile).map { text throws(RegistryEntryProblem) in
            guard let number = MobileNumber(text) else { throw .invalidMobile }
            return number
        }
        return InsuredPerson(
            id: id, name: name, insurance: kind, status: status, region: region,
            accountBalance: Money(fen: balance), carriedOverBalance: Money(fen: carriedOver), mobile: mobile)
    }

    /// The name as given (NFC), when it could be one. Middle dots in any of their variants and
    /// rare characters the terminal cannot show are ordinary; names are compared normalized later.
    static func personName(_ text: String) throws(RegistryEntryProblem) -> PersonName {
        let name = PersonName(text)
        let characters = Array(name.text)
        if characters.count > nameLengthLimit { throw .nameTooLong(length: characters.count, limit: nameLengthLimit) }
        for (index, character) in characters.enumerated() {
            if character == "\"" || character == "\u{FF02}" { throw .quoteInName }
            if character.unicodeScalars.contains(where: isInvisible) { throw .invisibleCharacterInName(position: index + 1) }
        }
        return name
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }

    private static func poolingRegion(_ text: String) throws(RegistryEntryProblem) -> PoolingRegion {
        let code = foldingFullWidth(text)
        guard code.count == 6, code.allSatisfy(\.isASCIIDigit) else { throw .regionCodeNotSixDigits(text) }
        guard let region = PoolingRegion(code: code) else { throw .regionOutsideMainland(code) }
        return region
    }

    /// A whole, non-negative number of fen written in plain digits.
    private static func fen(_ text: String, field: RegistryField) throws(RegistryEntryProblem) -> Int64 {
        let digits = foldingFullWidth(text)
        if digits.first == "-" || digits.first == "\u{2212}", digits.count > 1, digits.dropFirst().allSatisfy(\.isASCIIDigit) {
            throw .negativeAmount(field)
        }
        guard digits.allSatisfy(\.isASCIIDigit) else { throw .notWholeFen(field, text) }
        guard let value = Int64(digits) else { throw .amountTooLarge(field) }
        return value
    }

    /// `text` without surrounding white space; most values have none, and are returned as they are.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        // Printable ASCII at both ends cannot be white space; anything else is looked at closely.
        if (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return text }
        return String(text.trimmingWhiteSpace)
    }

    /// Full-width digits and X (an input method left in full-width mode) as their ordinary forms.
    static func foldingFullWidth(_ text: String) -> String {
        // Every full-width form is encoded starting with the byte EF; most values hold none.
        guard text.utf8.contains(0xEF) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: scalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF38, 0xFF58: scalars.append("X")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
