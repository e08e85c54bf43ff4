import Foundation
import Testing

/// `gongji key`, `trust`, `export` and `import` through the real binary: a demo counter's day
/// reaches a demo central office signed, once, and a changed bundle is refused.
@Suite(.noStrayProcesses)
struct ExchangeCommandTests {
    private func gongji(_ arguments: [String], home: String, password: String = "supervise-demo") throws -> SpawnResult {
        let environment = ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "GONGJI_OPERATOR_PASSWORD": password]
        return try Spawn.run([try ProgramUnderTest.gongji()] + arguments, environment: environment, timeout: .seconds(30))
    }

    @Test func aCountersBundleArrivesOnceAndAChangedOneIsRefused() throws {
        let home = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(home) }
        let central = ["--demo-store", "--store", home + "/central/store.sqlite", "--demo-origin", "DEM009"]
        try FileManager.default.createDirectory(atPath: home + "/central", withIntermediateDirectories: true)

        _ = try gongji(["review", "--demo-store", "--add-sample"], home: home, password: "review-demo")
        let approved = try gongji(["review", "--demo-store", "DEM001-000001-2", "--member", "2", "--approve"], home: home, password: "review-demo")
        #expect(approved.status == .exited(0), "\(approved.stderr)")

        // A bill settled at the counter travels with the bundle: the central office takes the
        // money from its own figure of the account.
        let settled = try gongji(["settle", "--demo-store", "--as", "demo-supervisor", "--member", "110105200309120422",
                                  "--amount", "2,500", "--use", "pharmacy", "--bill", "P-0001", "--date", "2026-11-26"], home: home)
        #expect(settled.status == .exited(0), "\(settled.stderr)")

        let key = try gongji(["key", "--demo-store"], home: home)
        let lines = key.stdout.split(separator: "\n")
        #expect(lines.first == "origin DEM001", "\(key.stdout)\(key.stderr)")
        let publicKey = try #require(lines.last?.split(separator: " ").last.map(String.init))
        #expect(publicKey.count == 64)

        let bundle = home + "/counter.gjb"
        let exported = try gongji(["export", "--demo-store", "--as", "demo-supervisor", "--to", bundle], home: home)
        #expect(exported.status == .exited(0), "\(exported.stderr)")
        #expect(exported.stdout.contains("1 application(s)"), "\(exported.stdout)")

        let untrusted = try gongji(["import", bundle, "--as", "demo-supervisor"] + central, home: home)
        #expect(untrusted.status == .exited(1))
        #expect(untrusted.stderr.contains("Bundles from DEM001 are not trusted here; nothing was applied"), "\(untrusted.stderr)")
        #expect(untrusted.stderr.contains("gongji trust DEM001 \(publicKey)"))

        let trusted = try gongji(["trust", "DEM001", publicKey, "--as", "demo-supervisor"] + central, home: home)
        #expect(trusted.status == .exited(0), "\(trusted.stderr)")

        var changed = try Data(contentsOf: URL(fileURLWithPath: bundle))
        changed[changed.count / 2] ^= 0x20
        try changed.write(to: URL(fileURLWithPath: home + "/changed.gjb"))
        let forged = try gongji(["import", home + "/changed.gjb", "--as", "demo-supervisor"] + central, home: home)
        #expect(forged.status == .exited(1))
        #expect(forged.stderr.contains("the bundle was changed or forged; nothing was applied"), "\(forged.stderr)")

        let imported = try gongji(["import", bundle, "--as", "demo-supervisor"] + central, home: home)
        #expect(imported.status == .exited(0), "\(imported.stderr)")
        #expect(imported.stdout.contains(
            "of DEM001: 1 application(s), 1 relationship(s) begun, 0 ended, 2 text message(s) for the outbox, 1 payment(s) repeated here"),
                "\(imported.stdout)")
        let settledTwice = try gongji(["settle", "--as", "demo-supervisor"] + central.prefix(3) + [
            "--member", "110105200309120422", "--amount", "2,500", "--use", "pharmacy", "--bill", "P-0001", "--date", "2026-11-26",
        ], home: home)
        #expect(settledTwice.status == .exited(1), "the counter's bill is held at the central office: \(settledTwice.stdout)")
        #expect(settledTwice.stderr.contains("Bill P-0001 was already settled"), "\(settledTwice.stderr)")
        let again = try gongji(["import", bundle, "--as", "demo-supervisor"] + central, home: home)
        #expect(again.stdout == "this bundle from DEM001 was imported before; nothing changed\n", "\(again.stdout)\(again.stderr)")

        let verified = try gongji(["verify"] + central.prefix(3), home: home)
        #expect(verified.status == .exited(0), "\(verified.stdout)\(verified.stderr)")
        #expect(verified.stdout.contains("2 origins"), "\(verified.stdout)")
        let queue = try gongji(["review", "--list"] + central, home: home, password: "review-demo")
        #expect(queue.stdout.contains("DEM001-000001-2"), "\(queue.stdout)\(queue.stderr)")
        #expect(queue.stdout.contains("member 1  李秀英  110105********0221  spouse (marriage)  under review"))

        // The central office decides the other member, and its registry goes back to the counter.
        let decided = try gongji(["review", "DEM001-000001-2", "--member", "1", "--approve"] + central, home: home, password: "review-demo")
        #expect(decided.status == .exited(0), "\(decided.stderr)")
        let registry = home + "/registry.gjb"
        let sent = try gongji(["registry", "export", "--as", "demo-supervisor", "--to", registry] + central, home: home)
        #expect(sent.status == .exited(0), "\(sent.stderr)")
        let centralKey = try gongji(["key"] + central, home: home).stdout.split(separator: "\n").last?.split(separator: " ").last.map(String.init)
        _ = try gongji(["trust", "DEM009", try #require(centralKey), "--demo-store", "--as", "demo-supervisor"], home: home)
        // A refund at the counter after its export is not in the central office's balances yet: the
        // counter keeps it on top of them.
        let refunded = try gongji(["refund", "--demo-store", "--as", "demo-supervisor", "--bill", "P-0001", "--amount", "500",
                                   "--refund", "R-0001", "--date", "2026-11-27"], home: home)
        #expect(refunded.status == .exited(0), "\(refunded.stderr)")
        let taken = try gongji(["registry", "import", registry, "--demo-store", "--as", "demo-supervisor"], home: home)
        #expect(taken.status == .exited(0), "\(taken.stderr)")
        #expect(taken.stdout.contains(
            "2 relationship(s), 1 of this installation's application(s) moved on, 1 account change(s) made here that the central office has not imported yet kept"),
                "\(taken.stdout)")
        let counterQueue = try gongji(["review", "--demo-store", "--list"], home: home, password: "review-demo")
        #expect(counterQueue.stdout == "no application is waiting for review\n", "\(counterQueue.stdout)")
        let twice = try gongji(["registry", "import", registry, "--demo-store", "--as", "demo-supervisor"], home: home)
        #expect(twice.status == .exited(1))
        #expect(twice.stderr.contains("is not newer than the one imported before; nothing was changed"), "\(twice.stderr)")
    }
}
