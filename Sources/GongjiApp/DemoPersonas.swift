import FamilyAid

/// The fictional residents of a demo store. Their ID numbers are generated here with a valid
/// check character; every one is made up and belongs to nobody. Together they cover every case
/// the identity check and the home menu must show. The README lists them.
public struct DemoPersona: Sendable {
    public let name: String
    public let role: String
    /// Address code, birth date and sequence: the first 17 characters of the ID number.
    public let first17: String
    public let insurance: InsuranceKind
    public let status: InsuranceStatus
    public let region: String
    public let balanceFen: Int64
    public let carriedOverFen: Int64
    public let mobile: String?

    /// The full ID number, with its check character.
    public var idNumber: String {
        first17 + String(ResidentID.checkCharacter(forFirst17: first17)!)
    }
}

public enum DemoPersonas {
    /// Every demo persona's card PIN. One shared PIN keeps training simple; the demo store is
    /// never a real one.
    public static let pin = "123456"

    public static let all: [DemoPersona] = [
        DemoPersona(name: "王建国", role: "sharer with a good balance", first17: "11010519680315011",
                    insurance: .employee, status: .active, region: "110105",
                    balanceFen: 1_234_567, carriedOverFen: 1_000_000, mobile: "13800138001"),
        DemoPersona(name: "李秀英", role: "spouse of 王建国", first17: "11010519700708022",
                    insurance: .employee, status: .active, region: "110105",
                    balanceFen: 800_000, carriedOverFen: 650_000, mobile: "13800138002"),
        DemoPersona(name: "王小明", role: "child under 16", first17: "11010520150520031",
                    insurance: .resident, status: .active, region: "110105",
                    balanceFen: 0, carriedOverFen: 0, mobile: nil),
        DemoPersona(name: "王丽", role: "child over 16, employed", first17: "11010520030912042",
                    insurance: .employee, status: .active, region: "110105",
                    balanceFen: 210_050, carriedOverFen: 100_000, mobile: "13800138004"),
        DemoPersona(name: "王大山", role: "parent in resident insurance", first17: "11010519450120051",
                    insurance: .resident, status: .active, region: "110105",
                    balanceFen: 0, carriedOverFen: 0, mobile: "13800138005"),
        DemoPersona(name: "赵桂兰", role: "uninsured relative", first17: "11010519481102062",
                    insurance: .none, status: .active, region: "110105",
                    balanceFen: 0, carriedOverFen: 0, mobile: nil),
        DemoPersona(name: "刘淑珍", role: "mother of 李秀英: an in-law of 王建国", first17: "11010519460310132",
                    insurance: .resident, status: .active, region: "110105",
                    balanceFen: 0, carriedOverFen: 0, mobile: "13800138013"),
        DemoPersona(name: "王芳", role: "sister insured in another province", first17: "31010419750430072",
                    insurance: .employee, status: .active, region: "310104",
                    balanceFen: 560_000, carriedOverFen: 400_000, mobile: "13900139007"),
        DemoPersona(name: "孙立", role: "suspended employee account", first17: "11010519800618081",
                    insurance: .employee, status: .suspended, region: "110105",
                    balanceFen: 300_000, carriedOverFen: 300_000, mobile: "13800138008"),
        DemoPersona(name: "陈梅", role: "resident-insurance holder who tries to share", first17: "11010519851201092",
                    insurance: .resident, status: .active, region: "110105",
                    balanceFen: 0, carriedOverFen: 0, mobile: "13800138009"),
        DemoPersona(name: "周强", role: "employee with nothing to share", first17: "11010519920305101",
                    insurance: .employee, status: .active, region: "110105",
                    balanceFen: 0, carriedOverFen: 0, mobile: "13800138010"),
        DemoPersona(name: "阿依古丽·买买提", role: "name with a middle dot", first17: "65010219900214112",
                    insurance: .employee, status: .active, region: "650102",
                    balanceFen: 420_000, carriedOverFen: 300_000, mobile: "13800138011"),
        DemoPersona(name: "陈嘉明", role: "Hong Kong resident with a residence permit", first17: "81000019880606121",
                    insurance: .employee, status: .active, region: "440305",
                    balanceFen: 150_000, carriedOverFen: 50_000, mobile: "13800138012"),
        // A grandparent who may share: her grandson 王小明 is under 16 and not her own child, so
        // his father 王建国 (or his mother 李秀英) confirms as guardian.
        DemoPersona(name: "张秀兰", role: "mother of 王建国, a retired employee: grandmother of 王小明", first17: "11010519470412142",
                    insurance: .employee, status: .active, region: "110105",
                    balanceFen: 680_000, carriedOverFen: 500_000, mobile: "13800138014"),
    ]
}
