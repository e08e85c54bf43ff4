import ArgumentParser
import GongjiApp

/// The options that choose the policy profile the rules are judged by.
struct PolicyOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A region's policy profile file (YAML); see screens/policy/.", valueName: "file"))
    var policy: String?

    @Option(name: .long, help: ArgumentHelp("A built-in policy profile, by id (`gongji policy --list`).", valueName: "id"))
    var profile: String?

    func validate() throws {
        if policy != nil, profile != nil {
            throw ValidationError("give either --policy or --profile, not both")
        }
    }

    var source: PolicySource {
        if let policy { return .file(path: policy) }
        if let profile { return .builtIn(id: profile) }
        return .kioskDefault
    }
}
