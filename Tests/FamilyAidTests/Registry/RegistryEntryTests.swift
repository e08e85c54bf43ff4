import Testing
@testable import FamilyAid

/// Every rule a registry file's entry must pass, each broken once and kept once, on 2026-11-23.
@Suite("Registry entries")
struct RegistryEntryTests {
    static let today = CivilDate("2026-11-23")!

    /// A complete, valid entry; each case below changes what it names.
    static let good: [RegistryField: String] = [
        .idNumber: "110105196803150118", .name: "王建国", .insuranceKind: "employee", .insuranceStatus: "active",
        .regionCode: "110105", .balanceFen: "1234567", .carriedOverBalanceFen: "1000000", .mobile: "13800000000",
    ]

    struct Case: Sendable, CustomTestStringConvertible {
        let why: String
        let changes: [RegistryField: String]
        var removed: [RegistryField] = []
        let problem: RegistryEntryProblem?

        var testDescription: String { why }
        var fields: [RegistryField: String] {
            var fields = RegistryEntryTests.good.merging(changes) { $1 }
            for field in removed { fields[field] = nil }
            return fields
        }
    }

    static let cases: [Case] = [
        Case(why: "the complete entry", changes: [:], problem: nil),
        Case(why: "lower-case x as check character", changes: [.idNumber: "11010519491231002x"], problem: nil),
        Case(why: "full-width digits and Ｘ in the ID number", changes: [.idNumber: "１１０１０５１９４９１２３１００２Ｘ"], problem: nil),
        Case(why: "white space around every value", changes: [.idNumber: " 110105196803150118 ", .name: " 王建国 ", .insuranceKind: " employee", .regionCode: "110105 "], problem: nil),
        Case(why: "ideographic spaces around the ID number and the name", changes: [.idNumber: "\u{3000}110105196803150118\u{3000}", .name: "王建国\u{3000}"], problem: nil),
        Case(why: "a tab after the balance", changes: [.balanceFen: "100\t", .carriedOverBalanceFen: "0"], problem: nil),
        Case(why: "a middle dot in the name", changes: [.name: "阿依古丽·买买提"], problem: nil),
        Case(why: "another middle dot variant", changes: [.name: "阿依古丽•买买提"], problem: nil),
        Case(why: "a long Latin name with spaces and a comma", changes: [.name: "SMITH, JOHN ALEXANDER WILLIAM"], problem: nil),
        Case(why: "a name of exactly the limit", changes: [.name: String(repeating: "王", count: 100)], problem: nil),
        Case(why: "a private-use rare character", changes: [.name: "王\u{E000}"], problem: nil),
        Case(why: "codes in capitals", changes: [.insuranceKind: "RESIDENT", .insuranceStatus: "Suspended"], problem: nil),
        Case(why: "no insurance, frozen", changes: [.insuranceKind: "none", .insuranceStatus: "frozen"], problem: nil),
        Case(why: "full-width digits in the region and the amounts", changes: [.regionCode: "１１０１０５", .balanceFen: "１００", .carriedOverBalanceFen: "５０"], problem: nil),
        Case(why: "carried-over equal to the balance", changes: [.balanceFen: "500", .carriedOverBalanceFen: "500"], problem: nil),
        Case(why: "zero balances", changes: [.balanceFen: "0", .carriedOverBalanceFen: "0"], problem: nil),
        Case(why: "carried-over left empty", changes: [.carriedOverBalanceFen: ""], problem: nil),
        Case(why: "carried-over left out", changes: [:], removed: [.carriedOverBalanceFen], problem: nil),
        Case(why: "mobile left empty", changes: [.mobile: " "], problem: nil),
        Case(why: "mobile left out", changes: [:], removed: [.mobile], problem: nil),
        Case(why: "mobile with +86 and spaces", changes: [.mobile: "+86 138 0000 0000"], problem: nil),

        Case(why: "ID number empty", changes: [.idNumber: ""], problem: .missing(.idNumber)),
        Case(why: "ID number left out", changes: [:], removed: [.idNumber], problem: .missing(.idNumber)),
        Case(why: "ID number with a wrong check character", changes: [.idNumber: "110105196803150119"], problem: .idNumber(.wrongCheckCharacter(expected: "8", found: "9"))),
        Case(why: "ID number of 17 characters", changes: [.idNumber: "11010519680315011"], problem: .idNumber(.tooShort(length: 17))),
        Case(why: "ID number of 19 characters", changes: [.idNumber: "1101051968031501180"], problem: .idNumber(.tooLong(length: 19))),
        Case(why: "ID number with a letter inside", changes: [.idNumber: "1101051968031501A8"], problem: .idNumber(.invalidCharacter("A", position: 17))),
        Case(why: "ID number born on 30 February", changes: [.idNumber: "110105199002300011"], problem: .idNumber(.impossibleBirthDate("19900230"))),
        Case(why: "ID number born in the future", changes: [.idNumber: "110105202701010017"], problem: .idNumber(.futureBirthDate(CivilDate("2027-01-01")!))),
        Case(why: "ID number of no province", changes: [.idNumber: "000105196803150118"], problem: .idNumber(.unknownProvince(code: "00"))),
        Case(why: "ID number in full-width letters", changes: [.idNumber: "ＡＢ0105196803150118"], problem: .idNumber(.fullWidthCharacters)),
        Case(why: "name empty", changes: [.name: "  "], problem: .missing(.name)),
        Case(why: "name over the limit", changes: [.name: String(repeating: "王", count: 101)], problem: .nameTooLong(length: 101, limit: 100)),
        Case(why: "name with a tab", changes: [.name: "王\t建国"], problem: .invisibleCharacterInName(position: 2)),
        Case(why: "name with a zero-width space", changes: [.name: "王建\u{200B}国"], problem: .invisibleCharacterInName(position: 3)),
        Case(why: "name with a line separator", changes: [.name: "王\u{2028}建国"], problem: .invisibleCharacterInName(position: 2)),
        Case(why: "name with a double quote", changes: [.name: "王\"建国"], problem: .quoteInName),
        Case(why: "insurance kind unknown", changes: [.insuranceKind: "employe"], problem: .unknownInsuranceKind("employe")),
        Case(why: "insurance kind in Chinese", changes: [.insuranceKind: "职工"], problem: .unknownInsuranceKind("职工")),
        Case(why: "insurance kind empty", changes: [.insuranceKind: ""], problem: .missing(.insuranceKind)),
        Case(why: "insurance status unknown", changes: [.insuranceStatus: "paused"], problem: .unknownInsuranceStatus("paused")),
        Case(why: "insurance status left out", changes: [:], removed: [.insuranceStatus], problem: .missing(.insuranceStatus)),
        Case(why: "region of five digits", changes: [.regionCode: "11010"], problem: .regionCodeNotSixDigits("11010")),
        Case(why: "region with a letter", changes: [.regionCode: "11010A"], problem: .regionCodeNotSixDigits("11010A")),
        Case(why: "region in Hong Kong", changes: [.regionCode: "810000"], problem: .regionOutsideMainland("810000")),
        Case(why: "region empty", changes: [.regionCode: ""], problem: .missing(.regionCode)),
        Case(why: "balance in yuan with a decimal point", changes: [.balanceFen: "12345.67"], problem: .notWholeFen(.balanceFen, "12345.67")),
        Case(why: "balance with a thousands separator", changes: [.balanceFen: "1,234"], problem: .notWholeFen(.balanceFen, "1,234")),
        Case(why: "balance with a plus sign", changes: [.balanceFen: "+100"], problem: .notWholeFen(.balanceFen, "+100")),
        Case(why: "balance negative", changes: [.balanceFen: "-100"], problem: .negativeAmount(.balanceFen)),
        Case(why: "balance beyond Int64", changes: [.balanceFen: "99999999999999999999"], problem: .amountTooLarge(.balanceFen)),
        Case(why: "balance empty", changes: [.balanceFen: ""], problem: .missing(.balanceFen)),
        Case(why: "carried-over negative", changes: [.carriedOverBalanceFen: "-1"], problem: .negativeAmount(.carriedOverBalanceFen)),
        Case(why: "carried-over not a number", changes: [.carriedOverBalanceFen: "n/a"], problem: .notWholeFen(.carriedOverBalanceFen, "n/a")),
        Case(why: "carried-over above the balance", changes: [.balanceFen: "500", .carriedOverBalanceFen: "501"], problem: .carriedOverExceedsBalance),
        Case(why: "mobile of ten digits", changes: [.mobile: "1380000000"], problem: .invalidMobile),
        Case(why: "mobile starting 12", changes: [.mobile: "12800000000"], problem: .invalidMobile),
        Case(why: "a landline for a mobile", changes: [.mobile: "01012345678"], problem: .invalidMobile),
        Case(why: "the first problem in field order is the one said", changes: [.name: "", .regionCode: "1"], problem: .missing(.name)),
    ]

    @Test("Each rule", arguments: cases)
    func rule(_ entry: Case) {
        do throws(RegistryEntryProblem) {
            _ = try RegistryEntry.parse(entry.fields, today: Self.today)
            #expect(entry.problem == nil, "expected \(String(describing: entry.problem))")
        } catch {
            #expect(error == entry.problem)
        }
    }

    @Test("A good entry becomes the registry's facts, normalized")
    func values() throws {
        var fields = Self.good
        fields[.idNumber] = "１１０１０５１９４９１２３１００２ｘ"
        fields[.name] = " 阿依古丽·买买提 "
        fields[.insuranceKind] = "Employee"
        fields[.regionCode] = "650102"
        fields[.mobile] = "+86 139-1234-5678"
        fields[.carriedOverBalanceFen] = nil
        let person = try RegistryEntry.parse(fields, today: Self.today)
        #expect(person.id.number == "11010519491231002X")
        #expect(person.name.text == "阿依古丽·买买提")
        #expect(person.insurance == .employee)
        #expect(person.status == .active)
        #expect(person.region.code == "650102")
        #expect(person.accountBalance == Money(fen: 1_234_567))
        #expect(person.carriedOverBalance == Money(fen: 0))
        #expect(person.mobile?.digits == "13912345678")
    }

    @Test("Left-out optional fields have their defaults")
    func defaults() throws {
        var fields = Self.good
        fields[.carriedOverBalanceFen] = nil
        fields[.mobile] = nil
        let person = try RegistryEntry.parse(fields, today: Self.today)
        #expect(person.carriedOverBalance == Money(fen: 0))
        #expect(person.mobile == nil)
    }

    @Test("Only the carried-over balance and the mobile number are optional")
    func requiredFields() {
        #expect(RegistryField.allCases.filter { !$0.isRequired } == [.carriedOverBalanceFen, .mobile])
    }
}
