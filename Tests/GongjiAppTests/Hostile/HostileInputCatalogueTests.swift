import FamilyAid
import Foundation
@testable import GongjiApp
import KioskFrame
import KioskStore
import KioskUI
import Testing

/// One bad input, where it goes, and the words the resident, clerk or supervisor then reads.
struct HostileInput: CustomStringConvertible, Sendable {
    let what: String
    let place: HostilePlace
    let content: Data
    /// A part of the message shown (the kiosk's Chinese screen) or printed (a command's line).
    let says: String

    var text: String { String(decoding: content, as: UTF8.self) }
    var description: String { "\(what) → \(place.name)" }

    static func typed(_ what: String, _ text: String, at spot: KioskSpot, then: String = "", says: String) -> HostileInput {
        HostileInput(what: what, place: .kiosk(spot, then: then), content: Data(text.utf8), says: says)
    }

    static func read(_ what: String, _ text: String, says: String) -> HostileInput {
        HostileInput(what: what, place: .reader, content: Data(text.utf8), says: says)
    }

    static func file(_ what: String, _ text: String, to place: HostilePlace, says: String) -> HostileInput {
        HostileInput(what: what, place: place, content: Data(text.utf8), says: says)
    }

    static func bytes(_ what: String, _ bytes: [UInt8], to place: HostilePlace, says: String) -> HostileInput {
        HostileInput(what: what, place: place, content: Data(bytes), says: says)
    }

    static func bundle(_ damage: BundleDamage, says: String) -> HostileInput {
        HostileInput(what: damage.rawValue, place: .bundle(damage), content: Data(), says: says)
    }

    static func registryBundle(_ damage: BundleDamage, says: String) -> HostileInput {
        HostileInput(what: damage.rawValue, place: .registryBundle(damage), content: Data(), says: says)
    }
}

/// The hostile-input catalogue: every field and every command that reads a file, given what a
/// public hall and a careless or malicious file can give it. Each input must end in a clear
/// message, a sound screen, and a store exactly as it was.
@Suite("Hostile input catalogue")
struct HostileInputCatalogueTests {
    static let header = "id_number,name,insurance_kind,insurance_status,region_code,balance_fen\n"
    static let goodRow = "110105196803150118,王建国,employee,active,110105,100\n"

    /// One registry row with `field` replaced.
    static func row(id: String = "110105196803150118", name: String = "王建国", kind: String = "employee",
                    region: String = "110105", balance: String = "100") -> String {
        header + "\(id),\(name),\(kind),active,\(region),\(balance)\n"
    }

    static let policyBase = "id: hostile-region\nversion: 1\nedition: N26\n"

    static let kiosk: [HostileInput] = [
        // The sign-in number: every kind of wrong number, and characters nobody means to type.
        .typed("a wrong check character", "110105196803150119", at: .signInNumber, says: "号码校验不通过"),
        .typed("30 February as birth date", "110105196802300118", at: .signInNumber, says: "不是真实的日期"),
        .typed("a birth date still to come", "110105203001010011", at: .signInNumber, says: "还没有到"),
        .typed("no such province", "990105196803150118", at: .signInNumber, says: "不是有效的省级代码"),
        .typed("too short, confirmed", "1101051968", at: .signInNumber, then: "<Enter>", says: "号码只有 10 位"),
        .typed("nothing, confirmed", "", at: .signInNumber, then: "<Enter>", says: "还没有输入号码"),
        .typed("a letter", "11010a", at: .signInNumber, says: "第 6 位的“a”不能出现在证件号码中"),
        .typed("a name typed as a number", "阿依古丽·买买提", at: .signInNumber, says: "第 1 位的“阿”"),
        // The joiners of an emoji family are dropped with every invisible character.
        .typed("an emoji", "1101👨‍👩‍👧", at: .signInNumber, says: "第 5 位的“👨”"),
        .typed("a lone combining accent after a digit", "1\u{301}1", at: .signInNumber, says: "第 1 位的“1́”"),
        .typed("an escape sequence (clear screen)", "\u{1B}[2J", at: .signInNumber, says: "第 1 位的“[”"),
        .typed("a 400-digit paste", String(repeating: "1", count: 400), at: .signInNumber, says: "不是真实的日期"),
        .typed("full-width digits", "１１０１０５１９６８０３１５０１１８", at: .signInNumber, then: "<Enter>", says: "请输入社保卡密码"),
        .typed("a right-to-left mark before it", "\u{200F}110105196803150118", at: .signInNumber, then: "<Enter>", says: "请输入社保卡密码"),
        .typed("a right-to-left override inside", "110105\u{202E}196803150118", at: .signInNumber, then: "<Enter>", says: "请输入社保卡密码"),
        .typed("a zero-width joiner inside", "1101\u{200D}05196803150118", at: .signInNumber, then: "<Enter>", says: "请输入社保卡密码"),
        .typed("a zero-width space and a byte-order mark", "\u{FEFF}110105\u{200B}196803150118", at: .signInNumber, then: "<Enter>", says: "请输入社保卡密码"),
        .typed("a bell and a NUL inside", "1101\u{7}05\u{0}196803150118", at: .signInNumber, then: "<Enter>", says: "请输入社保卡密码"),
        .typed("the check character as lower-case x", "11010520150520031x", at: .signInNumber, then: "<Enter>", says: "请输入社保卡密码"),
        // The reader hands over whatever the card or code held.
        .read("a number with a line ending", "110105196803150118\r\n", says: "请输入社保卡密码"),
        .read("an escape sequence (set title)", "\u{1B}]0;pwned\u{7}", says: "第 1 位的“]”"),
        .read("10,000 digits", String(repeating: "9", count: 10_000), says: "不是有效的省级代码"),
        .read("nothing", "", says: "还没有输入号码"),
        // The PIN.
        .typed("a letter in the PIN", "12a", at: .signInPIN, says: "密码只能是数字"),
        .typed("three digits, confirmed", "123", at: .signInPIN, then: "<Enter>", says: "密码应为 6 位数字"),
        .typed("an escape sequence in the PIN", "\u{1B}[A", at: .signInPIN, says: "密码只能是数字"),
        .typed("a right-to-left mark in the PIN", "12\u{200F}", at: .signInPIN, says: "密码只能是数字"),
        .typed("nothing, confirmed", "", at: .signInPIN, then: "<Enter>", says: "密码应为 6 位数字"),
        // A relative's number.
        .typed("a wrong check character", "110105197007080222", at: .memberNumber, says: "号码校验不通过"),
        .typed("an impossible date", "110105197002310221", at: .memberNumber, says: "不是真实的日期"),
        .typed("an escape sequence (colour)", "\u{1B}[31m", at: .memberNumber, says: "第 1 位的“[”"),
        .typed("too short, confirmed", "110105", at: .memberNumber, then: "<Enter>", says: "号码只有 6 位"),
        .typed("a number in no registry", "11010519491231002X", at: .memberNumber, then: "<Enter>", says: "医保系统中没有查到"),
        .typed("full-width digits", "１１０１０５１９７００７０８０２２１", at: .memberNumber, then: "<Enter>", says: "请确认这是您要添加的亲属"),
        // A relative's mobile number.
        .typed("a letter", "1380013800a", at: .memberMobile, says: "手机号码只能输入数字"),
        .typed("a hash sign", "138#", at: .memberMobile, says: "手机号码只能输入数字"),
        .typed("a number starting 12", "12800138002", at: .memberMobile, then: "<Enter>", says: "这不是有效的手机号码"),
        .typed("three digits, confirmed", "138", at: .memberMobile, then: "<Enter>", says: "这不是有效的手机号码"),
        .typed("an escape sequence", "\u{1B}[2J", at: .memberMobile, says: "手机号码只能输入数字"),
        .typed("full-width digits", "１３８００１３８００２", at: .memberMobile, then: "<Enter>", says: "可以添加。"),
        // The quota.
        .typed("three decimals", "1.234", at: .quota, then: "<Enter>", says: "这不是有效的金额"),
        .typed("zero", "0", at: .quota, then: "<Enter>", says: "额度要大于 0 元"),
        .typed("more than the account holds", "99999999", at: .quota, then: "<Enter>", says: "额度超出了可以划出的金额"),
        .typed("a minus sign", "5-", at: .quota, says: "金额只能输入数字和小数点"),
        .typed("an exponent", "1e", at: .quota, says: "金额只能输入数字和小数点"),
        .typed("nothing, confirmed", "", at: .quota, then: "<Enter>", says: "还没有输入金额"),
        .typed("a 400-digit paste", String(repeating: "9", count: 400), at: .quota, then: "<Enter>", says: "额度超出了可以划出的金额"),
        .typed("two decimal points", "1.2.3", at: .quota, then: "<Enter>", says: "这不是有效的金额"),
        // The PIN that signs the letter.
        .typed("a letter", "12a", at: .letterPIN, says: "密码只能是数字"),
        .typed("three digits, confirmed", "123", at: .letterPIN, then: "<Enter>", says: "密码应为 6 位数字"),
        // A proof's document number.
        .typed("an escape sequence", "\u{1B}[2J", at: .proofNumber, says: "编号中不能有“[”"),
        .typed("Chinese characters", "京朝结字第123号", at: .proofNumber, says: "编号中不能有“京”"),
        .typed("a 100-character paste", String(repeating: "J", count: 100), at: .proofNumber, says: "编号最多 30 位"),
        .typed("a right-to-left mark inside", "J1\u{200F}23", at: .proofNumber, says: "J123"),
        .typed("full-width letters and digits", "Ｊ１１０", at: .proofNumber, says: "J110"),
        // A child's guardian.
        .typed("a wrong check character", "110105196803150119", at: .guardianNumber, says: "号码校验不通过"),
        .typed("the child's own number", "11010520150520031X", at: .guardianNumber, then: "<Enter>", says: "这是 王*明 本人的号码"),
        .typed("the sharer's own number", "110105194704121427", at: .guardianNumber, then: "<Enter>", says: "这是您本人的号码"),
        .typed("nothing, confirmed", "", at: .guardianNumber, then: "<Enter>", says: "还没有输入号码"),
        .typed("a number in no registry", "11010519491231002X", at: .guardianNumber, then: "<Enter>", says: "医保系统中没有查到这个证件号码"),
        .typed("an escape sequence (cursor home)", "\u{1B}[H", at: .guardianNumber, says: "第 1 位的“[”"),
        // The last day of a sharing.
        .typed("an impossible date", "20270230", at: .periodEnd, then: "<Enter>", says: "结束日期不是真实的日期"),
        .typed("before the first day", "20251122", at: .periodEnd, then: "<Enter>", says: "结束日期要晚于开始日期"),
        .typed("nothing, confirmed", "", at: .periodEnd, then: "<Enter>", says: "还没有输入结束日期"),
        .typed("seven digits, confirmed", "2027112", at: .periodEnd, then: "<Enter>", says: "结束日期不是真实的日期"),
        .typed("a letter", "2027a", at: .periodEnd, says: "日期只能输入数字"),
        .typed("dashes between, which the field drops", "2027-11-22", at: .periodEnd, says: "20271122"),
        .typed("an escape sequence", "\u{1B}[2J", at: .periodEnd, says: "日期只能输入数字"),
    ]

    static let files: [HostileInput] = [
        // Policy files.
        .file("an empty file", "", to: .policyFile, says: "the file is empty"),
        .file("not YAML", "id: [unclosed\n", to: .policyFile, says: "not readable as YAML"),
        .file("an unknown key", policyBase + "colour: red\n", to: .policyFile, says: "colour"),
        .file("an unknown edition", "id: hostile-region\nversion: 1\nedition: N99\n", to: .policyFile, says: "edition"),
        .file("a negative version", "id: hostile-region\nversion: -1\nedition: N26\n", to: .policyFile, says: "version"),
        .file("a member limit beyond any integer", policyBase + "member_limit: { at_once: 99999999999999999999999, lifetime: 20 }\n",
              to: .policyFile, says: "member_limit"),
        .file("cut off inside a mapping", policyBase + "confirmation: { self_confirmation_age: 16, sharer_confir", to: .policyFile,
              says: "not readable as YAML"),
        .bytes("not UTF-8", [0x69, 0x64, 0x3A, 0x20, 0xFF, 0xFE, 0x0A], to: .policyFile, says: "cannot read the policy file"),
        .file("an escape sequence in the id", "id: \"\\e[2Jregion\"\nversion: 1\nedition: N26\n", to: .policyFile, says: "id"),
        // Nine levels of nine aliases each: a billion strings if anything expanded them.
        .file("an alias bomb", policyBase + "premiums: [&a [lol, lol, lol, lol, lol, lol, lol, lol, lol], "
              + (1..<9).map { level in "&l\(level) [" + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 9).joined(separator: ", ") + "]" }
                  .joined(separator: ", ") + "]\n",
              to: .policyFile, says: "expected a section of `key: value` lines"),
        // Registry CSV files: nothing but refusals changes nothing.
        .file("an empty file", "", to: .registryCSV, says: "the file is empty"),
        .file("an unknown column", "colour," + header, to: .registryCSV, says: "is not a registry column"),
        .file("a missing column", "id_number,name,insurance_kind,insurance_status,region_code\n", to: .registryCSV,
              says: "the header has no balance_fen column"),
        .file("a wrong check character", row(id: "110105196803150119"), to: .registryCSV, says: "line 2: the ID number does not pass its check character"),
        .file("an impossible date", row(id: "110105196802300118"), to: .registryCSV, says: "holds a birth date that does not exist"),
        .file("a letter in the number", row(id: "11010520150520031Y"), to: .registryCSV, says: "has a character at position 18 that cannot be there"),
        .file("an escape sequence in the name", row(name: "王\u{1B}[2J建国"), to: .registryCSV, says: "control or invisible character at position 2"),
        .file("a right-to-left mark in the name", row(name: "王\u{200F}建国"), to: .registryCSV, says: "control or invisible character"),
        .file("a zero-width joiner in the name", row(name: "王\u{200D}建国"), to: .registryCSV, says: "control or invisible character"),
        .file("a 300-character name", row(name: String(repeating: "王", count: 300)), to: .registryCSV, says: "the name has 300 characters"),
        .file("a balance in yuan", row(balance: "12.50"), to: .registryCSV, says: "is not a whole number of fen"),
        .file("a negative balance", row(balance: "-100"), to: .registryCSV, says: "balance_fen is negative"),
        .file("a region outside the mainland", row(region: "810000"), to: .registryCSV, says: "does not start with a mainland province code"),
        .file("a misspelt insurance kind", row(kind: "employe"), to: .registryCSV, says: "is not employee, resident or none"),
        .file("too few values", header + "110105196803150118,王建国,employee\n", to: .registryCSV, says: "the row has 3 values but the header names 6 columns"),
        .file("cut off inside a quote", header + "110105196803150118,\"王建国,employee,active,110105,100\n", to: .registryCSV,
              says: "runs to the end of the file"),
        .bytes("not UTF-8", Array(header.utf8) + [0x31, 0xFF, 0xFE, 0x0A], to: .registryCSV, says: "line 2 is not UTF-8 text"),
        // Bundles and registry bundles.
        .bundle(.empty, says: "not a gongji bundle"),
        .bundle(.textFile, says: "not a gongji bundle"),
        .bundle(.wrongMagic, says: "not a gongji bundle"),
        .bundle(.truncatedHeader, says: "not a gongji bundle"),
        .bundle(.truncatedHalf, says: "nothing was applied"),
        .bundle(.signatureByteFlipped, says: "the bundle was changed or forged"),
        .bundle(.archiveByteFlipped, says: "nothing was applied"),
        .bundle(.lastByteFlipped, says: "nothing was applied"),
        .bundle(.randomBytes, says: "nothing was applied"),
        .bundle(.untrustedOrigin, says: "are not trusted here"),
        .bundle(.oversized, says: "the bundle was changed or forged"),
        .registryBundle(.empty, says: "not a gongji bundle"),
        .registryBundle(.truncatedHalf, says: "nothing was applied"),
        .registryBundle(.signatureByteFlipped, says: "the bundle was changed or forged"),
        .registryBundle(.archiveByteFlipped, says: "nothing was applied"),
        .registryBundle(.untrustedOrigin, says: "are not trusted here"),
    ]

    static let catalogue = kiosk + files

    @Test func theCatalogueHoldsAtLeastSixtyInputs() {
        #expect(Self.catalogue.count >= 60)
    }

    @Test("Each bad input ends in a clear message and an unchanged store", arguments: catalogue)
    func badInput(_ input: HostileInput) throws {
        let directory = try TemporaryDirectory()
        let outcome = try HostileRun.run(input, in: directory)
        #expect(outcome.message.contains(input.says), "said instead:\n\(outcome.message)")
        if let before = outcome.digestBefore {
            #expect(outcome.digestAfter == before, "the store changed")
        }
        #expect(outcome.screenProblems.isEmpty, "\(outcome.screenProblems)")
    }
}
