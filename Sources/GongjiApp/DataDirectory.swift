import Foundation

/// Where gongji keeps its files by default: `$XDG_DATA_HOME/gongji`, or `~/.local/share/gongji`.
public enum DataDirectory {
    public static func url(environment: [String: String]) -> URL {
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("gongji")
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".local/share/gongji")
    }

    /// Creates the folder, readable by the service's user and group only.
    public static func prepare(_ url: URL) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
    }
}
