import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// No screen shows a resident's full ID number or full name, except the number in the field
/// where it is being typed: everything else is masked (110105********0118, 王*国).
@Suite("Privacy on every screen")
struct PrivacyTests {
    /// The fixtures' residents by name: the demo store's people and the guardians' and tracking
    /// tests' relatives.
    static let names = [
        "王建国", "李秀英", "王小明", "王丽", "王大山", "赵桂兰", "刘淑珍", "王芳", "孙立", "陈梅", "周强",
        "阿依古丽·买买提", "陈嘉明", "张秀兰",
    ]

    /// Where on a frame each full ID number (17 digits and a check character) and each full name
    /// appears outside an input field.
    static func exposures(in frame: Frame) -> [String] {
        var found: [String] = []
        for row in 0..<frame.size.rows {
            var characters: [Character] = []
            var inField: [Bool] = []
            for column in 0..<frame.size.columns where !frame[row, column].isContinuation {
                characters.append(frame[row, column].grapheme)
                inField.append([.field, .focus].contains(frame[row, column].style))
            }
            let line = String(characters)
            for match in line.matches(of: /[0-9]{17}[0-9Xx]/) {
                let start = line.distance(from: line.startIndex, to: match.range.lowerBound)
                if !inField[start..<(start + 18)].allSatisfy({ $0 }) { found.append("row \(row): ID number \(match.output)") }
            }
            for name in names {
                var from = line.startIndex
                while let range = line.range(of: name, range: from..<line.endIndex) {
                    let start = line.distance(from: line.startIndex, to: range.lowerBound)
                    if !inField[start..<(start + name.count)].allSatisfy({ $0 }) { found.append("row \(row): name \(name)") }
                    from = range.upperBound
                }
            }
        }
        return found
    }

    @Test("No full ID number or name outside the field being typed", arguments: EveryScene.all)
    func screen(_ scene: ScreenGoldenTests.Scene) {
        for language in [Language.chinese, .english] {
            var probe = KioskProbe(Fixtures.state(size: scene.size, settings: scene.settings))
            probe.state.language = language
            scene.drive(&probe)
            #expect(Self.exposures(in: probe.frame).isEmpty, "\(language): \(Self.exposures(in: probe.frame))\n\(probe.frame.text)")
        }
    }

    @Test func theCheckFindsANumberOrANameShownInFull() {
        var frame = Frame(size: Size(columns: 40, rows: 3))
        frame.write("证件号码 110105196803150118", at: Position(row: 0, column: 0))
        frame.write("姓名 李秀英", at: Position(row: 1, column: 0))
        frame.fill(row: 2, column: 0, columns: 20, style: .focus)
        frame.write("110105196803150118", at: Position(row: 2, column: 0), style: .focus)
        #expect(Self.exposures(in: frame) == ["row 0: ID number 110105196803150118", "row 1: name 李秀英"])
    }
}
