import Foundation
import KioskUI

extension ScreensDirectory {
    /// The walkthroughs of `gongji demo`: every `.keys` file in `walkthroughs/`, in the order of
    /// their names' leading numbers. A file that cannot be read is refused with its path, line
    /// and column, so a trainer who edited one knows where to look.
    public func loadWalkthroughs() throws(ScreensError) -> [Walkthrough] {
        let folder = url.appendingPathComponent("walkthroughs")
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".keys") }
        } catch {
            throw .unreadable(folder.path, reason: error.localizedDescription)
        }
        guard !names.isEmpty else { throw .invalid("\(folder.path) holds no walkthrough (.keys file)") }
        var walkthroughs: [Walkthrough] = []
        for name in names {
            let file = folder.appendingPathComponent(name)
            let text: String
            do { text = try String(contentsOf: file, encoding: .utf8) } catch {
                throw .unreadable(file.path, reason: error.localizedDescription)
            }
            do {
                walkthroughs.append(Walkthrough(name: String(name.dropLast(".keys".count)), script: try KeyScript(parsing: text)))
            } catch {
                throw .invalid("\(file.path): \(error)")
            }
        }
        return walkthroughs.sorted(by: Self.menuOrder)
    }

    /// By leading number, then by name: `2-…` before `10-…`.
    static func menuOrder(_ first: Walkthrough, _ second: Walkthrough) -> Bool {
        func number(_ walkthrough: Walkthrough) -> Int { Int(walkthrough.name.prefix { $0.isNumber }) ?? .max }
        return (number(first), first.name) < (number(second), second.name)
    }
}
