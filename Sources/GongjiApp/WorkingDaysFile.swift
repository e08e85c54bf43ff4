import FamilyAid
import Foundation

/// `screens/calendar/working-days.yaml`: the official holidays and make-up working days that
/// working-day deadlines count by. It sits with the other files staff edit without recompiling,
/// and is read once at start: a missing or wrong file stops the program with the line to fix,
/// rather than counting deadlines on the wrong days.
extension ScreensDirectory {
    public static let workingDaysPath = "calendar/working-days.yaml"

    public var workingDaysFile: URL {
        url.appendingPathComponent(Self.workingDaysPath)
    }

    public func loadWorkingDayCalendar() throws(WorkingDaysFileError) -> WorkingDayCalendar {
        let file = workingDaysFile
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw .unreadable(file.path, reason: FileManager.default.fileExists(atPath: file.path)
                ? error.localizedDescription : "there is no such file")
        }
        do {
            return try WorkingDayCalendar(yaml: text)
        } catch {
            throw .invalid(file.path, error)
        }
    }
}

public enum WorkingDaysFileError: Error, CustomStringConvertible {
    case unreadable(String, reason: String)
    case invalid(String, WorkingDayDataError)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "cannot read the working-day calendar \(path): \(reason)"
        case .invalid(let path, let error):
            "the working-day calendar \(path) is not valid, \(error)"
        }
    }
}
