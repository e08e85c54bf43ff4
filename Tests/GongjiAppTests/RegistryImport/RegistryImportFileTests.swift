import FamilyAid
import Foundation
import GongjiApp
import KioskStore
import Testing

/// A registry file imported from end to end into a store: the refusals by line, the upserts,
/// the batches and their journal events.
@Suite("Registry import: files")
struct RegistryImportFileTests {
    static let now = Date(timeIntervalSince1970: 1_795_400_000)  // 2026-11-23, UTC
    static let today = CivilDate("2026-11-23")!

    /// An installed store with a supervisor, `lead`, and the person the file will update.
    private func store(isDemo: Bool = false) throws -> (KioskDatabase, AuthenticatedOperator) {
        let store = try KioskDatabase.inMemory()
        try store.install(originID: "CENTRAL", isDemo: isDemo, now: Self.now)
        let lead = try store.initializeOperators(supervisor: "lead", password: "lead-password", now: Self.now, cost: .fastForTests)
        try store.addInsuredPerson(
            InsuredPersonRecord(idNumber: "110105196803150118", name: "王建国", insuranceKind: "employee", insuranceStatus: "active",
                                regionCode: "110105", balanceFen: 1, carriedOverBalanceFen: 0),
            pin: "135790", pinCost: .fastForTests, now: Self.now)
        return (store, lead)
    }

    private func importing(
        _ text: String, into store: KioskDatabase, by lead: AuthenticatedOperator, batchSize: Int = 10_000
    ) throws -> (RegistryImportSummary, [RegistryRefusal]) {
        let records = try RegistryCSVRecords(stream: InputStream(data: Data(text.utf8)))
        let header = try RegistryImport.header(of: records)
        var refusals: [RegistryRefusal] = []
        let summary = try RegistryImport(database: store, acting: lead, today: Self.today, now: Self.now, batchSize: batchSize)
            .run(records, header: header, refused: { refusals.append($0) })
        return (summary, refusals)
    }

    /// Lines numbered as an editor shows them; line 6 holds a quoted name across two lines.
    static let file = """
        \u{FEFF}id_number,name,insurance_kind,insurance_status,region_code,balance_fen,carried_over_balance_fen,mobile\r
        110105196803150118,王建国,employee,active,110105,1234567,1000000,13800000000\r
        11010519491231002x,"阿依古丽·买买提",resident,active,650102,0,,\r
        110105196803150119,李四,employee,active,110105,100,0,\r
        110105197007080221,李秀英,employe,active,110105,100,0,\r
        110105194501200512,"王\r
        大山",resident,active,110105,0,0,\r
        110105194811020621,赵桂兰,none,active,110105,12.50,0,\r
        \r
        110105199203051013,周强,employee,active,110105,500,600,\r
        110105198512010923,陈梅,resident,active,110105,0,0\r
        11010519491231002X,"重复, 的人",resident,active,650102,0,0,\r
        310104197504300724,王芳,employee,frozen,310104,900,900,+86 139 1234 5678\r
        110105198006180815,孙立,employee,active,810000,0,0,\r
        110105200309120422,"王""丽",employee,active,110105,0,0,\r
        110105194704121427,张秀兰,employee,active,110105,"1,000",0,12345\r

        """

    @Test("bad rows are reported with their lines and reasons, good ones inserted or updated")
    func badRowsByLine() throws {
        let (store, lead) = try store()
        let (summary, refusals) = try importing(Self.file, into: store, by: lead)

        #expect(refusals.map(\.description) == [
            "line 4: the ID number does not pass its check character (a mistyped digit?)",
            "line 5: insurance_kind \"employe\" is not employee, resident or none",
            "line 6: a value holds a line break, which no registry field may",
            "line 8: balance_fen \"12.50\" is not a whole number of fen (digits only: 1234.56 yuan is 123456)",
            "line 10: carried_over_balance_fen is more than balance_fen, of which it is a part",
            "line 11: the row has 7 values but the header names 8 columns",
            "line 12: the same ID number as line 3, which is the one imported",
            "line 14: region_code 810000 does not start with a mainland province code",
            "line 15: the name holds a double quote: is the row's quoting broken?",
            "line 16: balance_fen \"1,000\" is not a whole number of fen (digits only: 1234.56 yuan is 123456)",
        ])
        #expect(summary.rowsRead == 13)
        #expect(summary.inserted == 2)
        #expect(summary.updated == 1)
        #expect(summary.refused == 10)
        #expect(!summary.intoDemoStore)

        let updated = try #require(try store.insuredPerson(idNumber: "110105196803150118"))
        #expect(updated.balanceFen == 1_234_567 && updated.mobile == "13800000000")
        #expect(try store.insuredPerson(idNumber: "11010519491231002X")?.name == "阿依古丽·买买提")
        #expect(try store.insuredPerson(idNumber: "310104197504300724")?.mobile == "13912345678")
        #expect(try store.insuredPerson(idNumber: "110105197007080221") == nil)
        #expect(try store.insuredPersonCount() == 3)
    }

    @Test("batches of the chosen size, each journaled, with counts that add up to the summary")
    func batches() throws {
        let (store, lead) = try store()
        let (summary, _) = try importing(Self.file, into: store, by: lead, batchSize: 2)

        #expect(summary.batches == 2)
        let events = try store.journalEvents(origin: "CENTRAL").filter { $0.kind == "registry.imported" }
        // The first batch fills at line 3; the second holds line 13 and the refusals after line 3.
        #expect(events.map(\.payload) == [
            #"{"by":"lead","inserted":1,"refused":0,"updated":1}"#,
            #"{"by":"lead","inserted":1,"refused":10,"updated":0}"#,
        ])
        #expect(try store.verifyJournal() == .ok(origins: 1, events: try store.journalEvents(origin: "CENTRAL").count))
    }

    @Test("a file of nothing but refusals changes nothing and journals nothing")
    func onlyRefusals() throws {
        let (store, lead) = try store()
        let before = try store.journalEvents(origin: "CENTRAL").count
        let (summary, refusals) = try importing(
            "id_number,name,insurance_kind,insurance_status,region_code,balance_fen\n1,王,employee,active,110105,0\n",
            into: store, by: lead)
        #expect(summary.refused == 1 && summary.batches == 0 && refusals.map(\.line) == [2])
        #expect(try store.journalEvents(origin: "CENTRAL").count == before)
    }

    @Test("the summary says when the store is the demo store")
    func demo() throws {
        let (store, lead) = try store(isDemo: true)
        let (summary, _) = try importing(
            "id_number,name,insurance_kind,insurance_status,region_code,balance_fen\n11010519491231002X,王,employee,active,110105,0\n",
            into: store, by: lead)
        #expect(summary.intoDemoStore && summary.inserted == 1)
    }

    @Test("a quote never closed swallows the rest of the file, and the refusal says so")
    func unclosedQuote() throws {
        let (store, lead) = try store()
        let (summary, refusals) = try importing("""
            id_number,name,insurance_kind,insurance_status,region_code,balance_fen
            11010519491231002X,王,employee,active,110105,0
            110105194501200512,"王大山,resident,active,110105,0
            110105194811020621,赵桂兰,none,active,110105,0

            """, into: store, by: lead)
        #expect(refusals.map(\.description) == [
            "line 3: a value holds a line break and runs to the end of the file: is a closing quote missing?",
        ])
        #expect(summary.rowsRead == 2 && summary.inserted == 1)
    }

    @Test("a file that stops being UTF-8 keeps the rows before and says where it stopped")
    func stopsAtBadBytes() throws {
        let (store, lead) = try store()
        let text = Data("id_number,name,insurance_kind,insurance_status,region_code,balance_fen\n11010519491231002X,王,employee,active,110105,0\n".utf8)
            + Data([0x31, 0x2C, 0xC0, 0x0A])
        let records = try RegistryCSVRecords(stream: InputStream(data: text))
        let header = try RegistryImport.header(of: records)
        let error = try #require(throws: RegistryImportInterrupted.self) {
            try RegistryImport(database: store, acting: lead, today: Self.today, now: Self.now).run(records, header: header, refused: { _ in })
        }
        #expect(error.cause as? RegistryCSVReadError == .notUTF8(line: 3))
        #expect(error.summary.inserted == 1)
        #expect(try store.insuredPerson(idNumber: "11010519491231002X") != nil)
    }

    @Test("a file without a usable header is refused before any row")
    func header() throws {
        let records = try RegistryCSVRecords(stream: InputStream(data: Data("id_number,name\n".utf8)))
        #expect(throws: RegistryCSVHeaderProblem.missingColumn(.insuranceKind)) { try RegistryImport.header(of: records) }
        let empty = try RegistryCSVRecords(stream: InputStream(data: Data()))
        #expect(throws: RegistryCSVHeaderProblem.noHeader) { try RegistryImport.header(of: empty) }
    }
}
