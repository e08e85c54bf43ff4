import ArgumentParser
import FamilyAid
import GongjiApp

struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Show a policy profile as a file a region can edit, or check a region's file.",
        discussion: """
        Without options, prints the kiosk's default profile (national N26). With --policy FILE, \
        checks the file and prints the profile it gives, every setting spelled out; exit status 1 \
        and the key, line and reason when the file is refused.
        """
    )

    @OptionGroup var policyOptions: PolicyOptions

    @Flag(name: .long, help: "List the built-in profiles.")
    var list = false

    func run() throws {
        if list {
            for profile in PolicyProfile.builtIn {
                print("\(profile.id)\tversion \(profile.version)\t\(profile.edition.rawValue)")
            }
            return
        }
        do {
            print(PolicyFile.render(try policyOptions.source.load()), terminator: "")
        } catch {
            throw CommandFailure(error)
        }
    }
}
