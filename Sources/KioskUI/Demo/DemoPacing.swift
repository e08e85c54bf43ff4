/// How long each kind of step stays on screen before the next one, at normal speed: slow enough
/// for a visitor to follow, with time to read each caption. Virtual time in the script (a wait,
/// a clock move) is shown briefly rather than waited out, so an idle countdown does not hold an
/// exhibition still for a minute and a half.
enum DemoPacing {
    static let key = 0.35
    static let captionBase = 1.5
    /// Reading time per column of caption text (a Chinese character is two).
    static let captionPerColumn = 0.05
    static let longestWait = 2.0
    static let sceneChange = 1.2
    /// The last screen of a walkthrough, before the menu's prompt or the next one in a loop.
    static let ending = 4.0

    /// Seconds to hold after `step` at speed 1, in the language the captions are read in.
    static func seconds(after step: KeyScriptStep, language: Language) -> Double {
        switch step {
        case .key:
            key
        case .wait(let milliseconds, _):
            min(Double(milliseconds) / 1000, longestWait)
        case .caption(let text, _):
            language == .chinese ? reading(text) : 0
        case .englishCaption(let text, _):
            language == .english ? reading(text) : 0
        case .expect:
            0
        case .resize, .advanceClock, .offstage, .station:
            sceneChange
        }
    }

    private static func reading(_ text: String) -> Double {
        captionBase + Double(text.displayWidth) * captionPerColumn
    }
}
