import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore
import KioskUI
import Testing

/// The text messages' templates in `screens/messages/`: every kind in both languages, every
/// placeholder filled, and a broken file refused when loaded, naming what to fix.
@Suite("Message templates")
struct MessageTemplateTests {
    static let templates = try! ScreensDirectory(url: ScreensDirectory.sourceCheckout).loadMessageTemplates()

    /// Parameters as the store writes them for each kind.
    static func parameters(_ kind: OutboxMessage.Kind) -> OutboxParameters {
        switch kind {
        case .invitation:
            OutboxParameters(number: "DEM001-000007-K", member: 1, sharerName: "王*国", confirmBy: CivilDate("2026-12-07"))
        case .guardianInvitation:
            OutboxParameters(number: "DEM001-000007-K", member: 1, sharerName: "张*兰", memberName: "王*明", confirmBy: CivilDate("2026-12-07"))
        case .approved:
            OutboxParameters(number: "DEM001-000007-K", member: 1, memberName: "王*明")
        case .rejected:
            OutboxParameters(number: "DEM001-000007-K", member: 1, memberName: "王*明", reasons: [.proofMissing, .relationImplausible])
        }
    }

    @Test("every kind renders in both languages with every placeholder filled", arguments: OutboxMessage.Kind.allCases)
    func everyKind(_ kind: OutboxMessage.Kind) {
        for language in Language.allCases {
            let text = Self.templates.text(kind, Self.parameters(kind), in: language)
            #expect(!text.contains("{") && !text.contains("}"), "\(kind) \(language): \(text)")
            #expect(!text.contains("⟦"), "\(kind) \(language) has no template")
            #expect(text.contains("DEM001-000007-K"), "\(kind) \(language) names the application")
            for name in MessageTemplates.placeholders[kind] ?? [] {
                #expect(Self.templates.text(kind, Self.parameters(kind), in: language).contains(Self.value(name, kind, language)),
                        "\(kind) \(language) shows {\(name)}")
            }
        }
    }

    /// What `name` becomes in the text of `kind`.
    static func value(_ name: String, _ kind: OutboxMessage.Kind, _ language: Language) -> String {
        let parameters = parameters(kind)
        return switch name {
        case "number": parameters.number
        case "member": "2"
        case "sharer": parameters.sharerName!
        case "member_name": parameters.memberName!
        case "confirm_by": "2026-12-07"
        default: language == .chinese ? "缺少证明材料或材料无法辨认、年龄与所填关系不符" : "a proof is missing or unreadable; the ages do not fit the relation"
        }
    }

    @Test("the member is counted from 1, as listed, and the invitation says by when")
    func wording() {
        let invitation = Self.templates.text(.invitation, Self.parameters(.invitation), in: .chinese)
        #expect(invitation.contains("王*国") && invitation.contains("请于 2026-12-07 前"))
        let approved = Self.templates.text(.approved, Self.parameters(.approved), in: .english)
        #expect(approved.contains("Member 2, 王*明,"))
    }

    @Test("every reason code has its short text in both languages")
    func reasons() {
        for code in ReasonCode.allCases {
            for language in Language.allCases {
                let text = Self.templates.text(.rejected, OutboxParameters(number: "N", member: 0, memberName: "M", reasons: [code]), in: language)
                #expect(!text.contains("⟦"), "\(code) \(language)")
            }
        }
    }

    /// A catalog of the real files with `change` made to the English one.
    static func catalog(english change: (String) -> String) throws -> Catalog {
        let folder = ScreensDirectory.sourceCheckout.appendingPathComponent("messages")
        let chinese = try String(contentsOf: folder.appendingPathComponent("zh-Hans.yaml"), encoding: .utf8)
        let english = try String(contentsOf: folder.appendingPathComponent("en.yaml"), encoding: .utf8)
        return try Catalog(sources: [.chinese: chinese, .english: change(english)])
    }

    @Test("a missing template is refused at load, naming the key and the language")
    func missingTemplate() throws {
        let catalog = try Self.catalog { $0.replacingOccurrences(of: "  approved:", with: "  approval:") }
        #expect(throws: MessageTemplateError.missing("kind.approved", .english)) { try MessageTemplates(catalog: catalog) }
    }

    @Test("a missing reason text is refused at load")
    func missingReason() throws {
        let catalog = try Self.catalog { $0.replacingOccurrences(of: "  SELF_BINDING:", with: "  SELF:") }
        #expect(throws: MessageTemplateError.missing("reason.SELF_BINDING", .english)) { try MessageTemplates(catalog: catalog) }
    }

    @Test("a placeholder the message does not fill is refused at load")
    func unknownPlaceholder() throws {
        let catalog = try Self.catalog { $0.replacingOccurrences(of: "is approved.", with: "is approved for {sharer}.") }
        #expect(throws: MessageTemplateError.unknownPlaceholder("sharer", "kind.approved", .english)) { try MessageTemplates(catalog: catalog) }
    }

    @Test("a screens folder without messages says which file it could not read")
    func missingFile() throws {
        let directory = try TemporaryDirectory()
        #expect {
            try ScreensDirectory(url: directory.url).loadMessageTemplates()
        } throws: { error in
            "\(error)".contains("messages/zh-Hans.yaml")
        }
    }
}
