import FamilyAid
import KioskStore

/// The store keeps plain columns; the kiosk works with domain values. A row that does not make a
/// valid domain value (a corrupted or hand-edited store) is refused here rather than shown.
extension InsuredPerson {
    init?(record: InsuredPersonRecord, today: CivilDate) {
        guard let id = try? ResidentID.parse(record.idNumber, today: today),
              let insurance = InsuranceKind(rawValue: record.insuranceKind),
              let status = InsuranceStatus(rawValue: record.insuranceStatus),
              let region = PoolingRegion(code: record.regionCode) else { return nil }
        self.init(
            id: id,
            name: PersonName(record.name),
            insurance: insurance,
            status: status,
            region: region,
            accountBalance: Money(fen: record.balanceFen),
            carriedOverBalance: Money(fen: record.carriedOverBalanceFen),
            mobile: record.mobile.flatMap(MobileNumber.init)
        )
    }
}

extension InsuredPersonRecord {
    init(person: InsuredPerson) {
        self.init(
            idNumber: person.id.number,
            name: person.name.text,
            insuranceKind: person.insurance.rawValue,
            insuranceStatus: person.status.rawValue,
            regionCode: person.region.code,
            balanceFen: person.accountBalance.fen,
            carriedOverBalanceFen: person.carriedOverBalance.fen,
            mobile: person.mobile?.digits
        )
    }
}
