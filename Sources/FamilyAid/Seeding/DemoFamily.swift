import Foundation

/// One fictional family, made from the plan's seed and the family's number alone, so any family
/// can be made again without the others: a sharer with an employee account, a spouse, a child
/// and a parent, in one district. ID numbers are distinct by construction: the sequence names the
/// family's place among 250 and the member's role, the birth date the family's group of 250.
public struct DemoFamily: Sendable {
    public enum Role: Int, CaseIterable, Sendable { case sharer, spouse, child, parent }

    public let index: Int
    public let people: [InsuredPerson]

    public var sharer: InsuredPerson { people[Role.sharer.rawValue] }

    public init(index: Int, plan: DemoDataPlan) throws {
        var random = SeedRandom(seed: plan.seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03) ^ 0xFA11)
        let group = FictionalResidents.districts[index % FictionalResidents.districts.count]
        let district = group[(index / FictionalResidents.districts.count) % group.count]
        // A permutation of the birth days (7919 is prime to their count), so neighbouring families
        // are not born on neighbouring days.
        let day = (index / 250) * 7919 % DemoDataPlan.birthDays
        let sharerBorn = CivilDate(year: 1962, month: 1, day: 1)!.adding(days: day)
        guard let region = PoolingRegion(code: district) else { throw ResidentIDError.tooShort(length: district.count) }
        let surname = random.pick(FictionalResidents.surnames)
        let born: [Role: CivilDate] = [
            .sharer: sharerBorn,
            .spouse: sharerBorn.adding(days: -400),
            .child: sharerBorn.adding(years: 27),
            .parent: sharerBorn.adding(years: -26),
        ]
        var people: [InsuredPerson] = []
        for role in Role.allCases {
            let id = try FictionalResidents.id(district: district, born: born[role]!, sequence: (index % 250) * 4 + role.rawValue)
            let employee = role == .sharer || (role == .spouse && random.chance(60)) || (role == .parent && random.chance(30))
            let balance = employee ? Money(fen: Int64.random(in: 50_000...6_000_000, using: &random)) : .zero
            people.append(InsuredPerson(
                id: id,
                name: FictionalResidents.name(surname: role == .spouse ? random.pick(FictionalResidents.surnames) : surname, using: &random),
                insurance: employee ? .employee : .resident,
                status: role == .sharer && random.chance(3) ? .suspended : .active,
                region: region,
                accountBalance: balance,
                carriedOverBalance: Money(fen: balance.fen * Int64.random(in: 0...80, using: &random) / 100),
                mobile: role == .child ? nil : MobileNumber("13\(String(format: "%09d", Int.random(in: 0..<1_000_000_000, using: &random)))")))
        }
        self.index = index
        self.people = people
    }

    /// How the member is related to the sharer.
    static func relation(of role: Role) -> DeclaredRelation {
        switch role {
        case .sharer, .spouse: .near(.spouse, .marriage)
        case .child: .near(.child, .birth)
        case .parent: .near(.parent, .birth)
        }
    }
}
