import Foundation
import Testing

/// `gongji registry import-csv`, as a bureau's supervisor loads the registry into a new store.
@Suite(.noStrayProcesses)
struct RegistryCommandTests {
    private func gongji(_ arguments: [String], home: String, password: String? = nil, newPassword: String? = nil) throws -> SpawnResult {
        var environment = ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        environment["GONGJI_OPERATOR_PASSWORD"] = password
        environment["GONGJI_NEW_PASSWORD"] = newPassword
        return try Spawn.run([try ProgramUnderTest.gongji()] + arguments, environment: environment, timeout: .seconds(30))
    }

    /// Columns shuffled, CRLF, a byte-order mark, a quoted name with a comma, and three bad rows.
    static let file = "\u{FEFF}name,id_number,insurance_kind,insurance_status,region_code,balance_fen,mobile\r\n"
        + "王建国,110105196803150118,employee,active,110105,1234567,13800000000\r\n"
        + "\"阿依古丽·买买提\",650102199002141123,resident,active,650102,0,\r\n"
        + "李秀英,110105197007080222,employee,active,110105,100,\r\n"
        + "\"王, 丽\",110105200309120422,employee,active,110105,12.5,\r\n"
        + "张秀兰,110105194704121427,employee,retired,110105,100,\r\n"

    @Test func aSupervisorLoadsTheRegistryAndSeesEachBadRowByLine() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let store = ["--store", directory + "/central.sqlite"]
        let csv = directory + "/registry.csv"
        try Data(Self.file.utf8).write(to: URL(fileURLWithPath: csv))
        let created = try gongji(["operator", "init"] + store + ["--id", "lead"], home: directory, newPassword: "lead-password-1")
        #expect(created.status == .exited(0), "\(created.stderr)")

        let first = try gongji(["registry", "import-csv", csv, "--as", "lead"] + store, home: directory, password: "lead-password-1")
        #expect(first.status == .exited(1), "a refused row makes the status 1: \(first.stderr)")
        #expect(first.stdout == """
            line 4: the ID number does not pass its check character (a mistyped digit?)
            line 5: balance_fen "12.5" is not a whole number of fen (digits only: 1234.56 yuan is 123456)
            line 6: insurance_status "retired" is not active, suspended or frozen
            read 5 rows: 2 inserted, 0 updated, 3 refused

            """)
        #expect(first.stderr.isEmpty, "a small file shows no progress: \(first.stderr)")

        let corrected = "id_number,name,insurance_kind,insurance_status,region_code,balance_fen\n"
            + "110105196803150118,王建国,employee,suspended,110105,100\n"
            + "110105200309120422,\"王, 丽\",employee,active,110105,125\n"
        try Data(corrected.utf8).write(to: URL(fileURLWithPath: csv))
        let second = try gongji(["registry", "import-csv", csv, "--as", "lead"] + store, home: directory, password: "lead-password-1")
        #expect(second.status == .exited(0), "\(second.stderr)")
        #expect(second.stdout == "read 2 rows: 1 inserted, 1 updated, 0 refused\n")

        let audit = try gongji(["audit", "--as", "lead"] + store, home: directory, password: "lead-password-1")
        let imports = audit.stdout.split(separator: "\n").filter { $0.contains("registry.imported") }
        #expect(imports.count == 2, "\(audit.stdout)")
        #expect(imports.first?.hasSuffix("registry.imported  by=lead inserted=2 refused=3 updated=0") == true, "\(audit.stdout)")
        for secret in ["110105196803150118", "王建国", "丽"] {
            #expect(!audit.stdout.contains(secret), "the journal holds counts, not people")
        }
        let verified = try gongji(["verify"] + store, home: directory)
        #expect(verified.status == .exited(0), "\(verified.stdout)")
    }

    @Test func theFileIsJudgedBeforeThePasswordAndOnlyASupervisorImports() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let store = ["--store", directory + "/central.sqlite"]
        let csv = directory + "/registry.csv"
        _ = try gongji(["operator", "init"] + store + ["--id", "lead"], home: directory, newPassword: "lead-password-1")
        _ = try gongji(["operator", "add", "rev-1", "--role", "reviewer", "--as", "lead"] + store,
                       home: directory, password: "lead-password-1", newPassword: "review-password-1")

        try Data("id_number,name,insurance_kind,region_code,balance_fen\n".utf8).write(to: URL(fileURLWithPath: csv))
        let noStatus = try gongji(["registry", "import-csv", csv, "--as", "lead"] + store, home: directory)
        #expect(noStatus.status == .exited(1))
        #expect(noStatus.stderr.contains("registry.csv: the header has no insurance_status column, which is required"), "\(noStatus.stderr)")

        try Data(Self.file.utf8).write(to: URL(fileURLWithPath: csv))
        let byReviewer = try gongji(["registry", "import-csv", csv, "--as", "rev-1"] + store, home: directory, password: "review-password-1")
        #expect(byReviewer.status == .exited(1))
        #expect(byReviewer.stderr.contains("operator rev-1 is a reviewer and may not maintain the registry"), "\(byReviewer.stderr)")
        #expect(byReviewer.stdout.isEmpty)
    }

    @Test func importingIntoTheDemoStoreSaysSo() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let csv = directory + "/registry.csv"
        try Data("id_number,name,insurance_kind,insurance_status,region_code,balance_fen\n11010519491231002X,演示,employee,active,110105,0\n".utf8)
            .write(to: URL(fileURLWithPath: csv))
        let imported = try gongji(["registry", "import-csv", csv, "--demo-store", "--as", "demo-supervisor"], home: directory, password: "supervise-demo")
        #expect(imported.status == .exited(0), "\(imported.stderr)")
        #expect(imported.stdout == """
            read 1 row: 1 inserted, 0 updated, 0 refused
            this is the demo store: what was imported sits among its fictional residents

            """)
    }
}
