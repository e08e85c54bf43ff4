import FamilyAid
import Foundation

/// Where the kiosk's policy profile comes from: a built-in one named by its id, or a region's
/// file. The kiosk's default is the national N26 profile.
public enum PolicySource: Equatable, Sendable {
    case builtIn(id: String)
    case file(path: String)

    public static let kioskDefault = PolicySource.builtIn(id: PolicyProfile.kioskDefault.id)

    /// The profile, or an error that says which file or id and what is wrong with it.
    public func load() throws(PolicySourceError) -> PolicyProfile {
        switch self {
        case .builtIn(let id):
            guard let profile = PolicyProfile.builtIn(id: id) else {
                throw .unknownProfile(id: id, known: PolicyProfile.builtIn.map(\.id))
            }
            return profile
        case .file(let path):
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw .unreadable(path: path)
            }
            do {
                return try PolicyFile.parse(text)
            } catch {
                throw .refused(path: path, error)
            }
        }
    }
}

public enum PolicySourceError: Error, Equatable, CustomStringConvertible {
    case unknownProfile(id: String, known: [String])
    case unreadable(path: String)
    case refused(path: String, PolicyFileError)

    public var description: String {
        switch self {
        case .unknownProfile(let id, let known):
            "no built-in policy profile is called \(id); the built-in ones are \(known.joined(separator: ", "))"
        case .unreadable(let path):
            "cannot read the policy file \(path)"
        case .refused(let path, let error):
            "the policy file \(path) is refused, \(error)"
        }
    }
}
