import Foundation

/// Why the benchmark could not run.
public enum BenchError: Error, Equatable, LocalizedError {
    case notADemoStore
    case noApplications
    case missingPersona(String)
    case identityFieldNotReached

    public var errorDescription: String? {
        switch self {
        case .notADemoStore:
            "The benchmark submits applications into the store: give it a demo store made by `gongji seed`."
        case .noApplications:
            "The store holds no applications: seed it first (gongji seed --residents N --applications M --store PATH)."
        case .missingPersona(let name):
            "The demo store lacks the demo resident \(name)."
        case .identityFieldNotReached:
            "The key 1 on the welcome screen did not open the identity field."
        }
    }
}
