import FamilyAid
import GongjiApp
import Testing

@Suite("Registry CSV: the header")
struct RegistryCSVHeaderTests {
    @Test("Columns by name, in any order and letter case", arguments: [
        (["id_number", "name", "insurance_kind", "insurance_status", "region_code", "balance_fen", "carried_over_balance_fen", "mobile"],
         RegistryCSVHeaderProblem?.none, "every documented column"),
        (["Region_Code", " name ", "BALANCE_FEN", "insurance_status", "insurance_kind", "id_number"], nil, "required ones only, shuffled"),
        (["id_number", "name", "insurance_kind", "insurance_status", "region_code"], .missingColumn(.balanceFen), "no balance"),
        (["name", "insurance_kind", "insurance_status", "region_code", "balance_fen"], .missingColumn(.idNumber), "no ID number"),
        (["id_number", "name", "kind", "insurance_status", "region_code", "balance_fen"], .unknownColumn("kind", position: 3), "a misspelt column"),
        (["110105196803150118", "王建国"], .unknownColumn("110105196803150118", position: 1), "data where the header belongs"),
        (["id_number", "name", "insurance_kind", "insurance_status", "region_code", "balance_fen", ""], .unnamedColumn(position: 7), "a trailing comma"),
        (["id_number", "name", "NAME", "insurance_kind", "insurance_status", "region_code", "balance_fen"], .repeatedColumn(.name), "a column twice"),
    ] as [([String], RegistryCSVHeaderProblem?, String)])
    func parse(names: [String], problem: RegistryCSVHeaderProblem?, why: String) {
        do throws(RegistryCSVHeaderProblem) {
            _ = try RegistryCSVHeader.parse(names)
            #expect(problem == nil, "\(why)")
        } catch {
            #expect(error == problem, "\(why)")
        }
    }

    @Test("A row's values go to the header's fields; a row of another length is not read")
    func fields() throws {
        let header = try RegistryCSVHeader.parse(["name", "id_number", "insurance_kind", "insurance_status", "region_code", "balance_fen"])
        #expect(header.fields(of: ["王", "1", "employee", "active", "110105", "0"]) == [
            .name: "王", .idNumber: "1", .insuranceKind: "employee", .insuranceStatus: "active", .regionCode: "110105", .balanceFen: "0",
        ])
        #expect(header.fields(of: ["王", "1"]) == nil)
        #expect(header.fields(of: ["王", "1", "employee", "active", "110105", "0", "extra"]) == nil)
    }
}
