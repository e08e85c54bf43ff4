import Foundation
import Testing

/// `gongji operator`, as the person installing a counter and its supervisor would run it.
@Suite(.noStrayProcesses)
struct OperatorCommandTests {
    private func gongji(_ arguments: [String], home: String, password: String? = nil, newPassword: String? = nil) throws -> SpawnResult {
        var environment = ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        environment["GONGJI_OPERATOR_PASSWORD"] = password
        environment["GONGJI_NEW_PASSWORD"] = newPassword
        return try Spawn.run([try ProgramUnderTest.gongji()] + arguments, environment: environment, timeout: .seconds(20))
    }

    @Test func theFirstSupervisorAddsAReviewerAndNoPasswordIsKeptInClear() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let store = ["--store", directory + "/counter.sqlite"]

        let created = try gongji(["operator", "init"] + store + ["--id", "lead"], home: directory, newPassword: "lead-password-1")
        #expect(created.status == .exited(0), "\(created.stderr)")
        #expect(created.stdout == "supervisor lead created\n")
        let again = try gongji(["operator", "init"] + store + ["--id", "other"], home: directory, newPassword: "other-password")
        #expect(again.status == .exited(1))
        #expect(again.stderr.contains("the first supervisor is created only once"))

        let added = try gongji(["operator", "add", "rev-1", "--role", "reviewer", "--as", "lead"] + store,
                               home: directory, password: "lead-password-1", newPassword: "review-password-1")
        #expect(added.status == .exited(0), "\(added.stderr)")
        #expect(added.stdout == "operator rev-1 added as reviewer\n")

        let wrong = try gongji(["operator", "list", "--as", "lead"] + store, home: directory, password: "guess-guess")
        #expect(wrong.status == .exited(1))
        #expect(wrong.stderr.contains("wrong operator ID or password; 4 more tries"), "\(wrong.stderr)")
        let byReviewer = try gongji(["operator", "list", "--as", "rev-1"] + store, home: directory, password: "review-password-1")
        #expect(byReviewer.stderr.contains("operator rev-1 is a reviewer and may not administer"), "\(byReviewer.stderr)")
        let listed = try gongji(["operator", "list", "--as", "lead"] + store, home: directory, password: "lead-password-1")
        #expect(listed.stdout.contains("lead  supervisor"), "\(listed.stdout)\(listed.stderr)")
        #expect(listed.stdout.contains("rev-1  reviewer"))

        let noPassword = try gongji(["operator", "list", "--as", "lead"] + store, home: directory)
        #expect(noPassword.status == .exited(1))
        #expect(noPassword.stderr.contains("give the password of lead in GONGJI_OPERATOR_PASSWORD"), "\(noPassword.stderr)")
        let weak = try gongji(["operator", "add", "clerk-1", "--role", "intake", "--as", "lead"] + store,
                              home: directory, password: "lead-password-1", newPassword: "short")
        #expect(weak.stderr.contains("the password is too short: use at least 8 characters"), "\(weak.stderr)")

        let audit = try gongji(["audit", "--as", "lead", "--operator", "rev-1"] + store, home: directory, password: "lead-password-1")
        #expect(audit.status == .exited(0), "\(audit.stderr)")
        let lines = audit.stdout.split(separator: "\n")
        #expect(lines.count == 2, "added, then signed in (and refused the list): \(audit.stdout)")
        #expect(lines.first?.contains("operator.added  by=lead operator=rev-1 role=reviewer") == true, "\(audit.stdout)")
        let clerkAudit = try gongji(["audit", "--as", "rev-1"] + store, home: directory, password: "review-password-1")
        #expect(clerkAudit.stderr.contains("operator rev-1 is a reviewer and may not administer"))

        let verified = try gongji(["verify"] + store, home: directory)
        #expect(verified.status == .exited(0), "\(verified.stdout)")
        let file = try Data(contentsOf: URL(fileURLWithPath: directory + "/counter.sqlite"))
        let wal = (try? Data(contentsOf: URL(fileURLWithPath: directory + "/counter.sqlite-wal"))) ?? Data()
        for secret in ["lead-password-1", "review-password-1"] {
            #expect(file.range(of: Data(secret.utf8)) == nil && wal.range(of: Data(secret.utf8)) == nil, "\(secret) is not in the store")
        }
    }
}
