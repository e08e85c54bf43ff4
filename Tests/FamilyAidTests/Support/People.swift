@testable import FamilyAid

/// Fictional people for rule tables: valid identity numbers built from a region, a birth date and
/// a sequence, with the check character computed, never taken from a real person.
enum People {
    /// The date every table judges on unless a row says otherwise.
    static let today = date("2026-11-23")

    static func date(_ text: String) -> CivilDate {
        guard let date = CivilDate(text) else { preconditionFailure("not a date: \(text)") }
        return date
    }

    /// A valid ID number: `address` (6 digits), birth date "YYYY-MM-DD", a 3-digit `sequence`
    /// (odd for a man, even for a woman).
    static func id(_ address: String = "110105", born: String, sequence: String = "001") -> ResidentID {
        let first17 = address + born.replacingOccurrences(of: "-", with: "") + sequence
        guard let check = ResidentID.checkCharacter(forFirst17: first17) else {
            preconditionFailure("not 17 digits: \(first17)")
        }
        do {
            return try ResidentID.parse(first17 + String(check), today: today)
        } catch {
            preconditionFailure("\(first17)\(check) does not parse: \(error)")
        }
    }

    static func region(_ code: String) -> PoolingRegion {
        guard let region = PoolingRegion(code: code) else { preconditionFailure("not a region: \(code)") }
        return region
    }

    /// A registry entry; by default an active employee-insured person in Beijing's 东城区 with
    /// ¥5,000 in the account, all of it carried over.
    static func person(
        _ name: String = "张三", born: String = "1970-05-01", sequence: String = "001",
        insurance: InsuranceKind = .employee, status: InsuranceStatus = .active,
        region: String = "110101", balance: Money = .yuan(5000), carriedOver: Money? = nil
    ) -> InsuredPerson {
        InsuredPerson(
            id: id(String(region.prefix(6)), born: born, sequence: sequence), name: PersonName(name),
            insurance: insurance, status: status, region: self.region(region),
            accountBalance: insurance == .employee ? balance : .zero,
            carriedOverBalance: insurance == .employee ? (carriedOver ?? balance) : .zero)
    }
}
