/// Fictional residents for demo stores: names from common surnames and given-name characters,
/// ID numbers built from a real district code, a birth date and a sequence with the check
/// character computed, so they pass every rule without being anyone's.
public enum FictionalResidents {
    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢").map(String.init)
    static let givenCharacters = Array("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉华建国志红梅文斌宇浩然子涵欣怡晨阳佳琪思远").map(String.init)
    /// Districts of a few pooling regions: a family lives in one.
    static let districts: [[String]] = [
        ["110101", "110102", "110105", "110106", "110108"],
        ["310101", "310104", "310105", "310106", "310115"],
        ["320102", "320104", "320105", "320106", "320111"],
        ["440103", "440104", "440105", "440106", "440111"],
    ]

    static func name(surname: String, using random: inout SeedRandom) -> PersonName {
        let given = (0..<(random.chance(70) ? 2 : 1)).map { _ in random.pick(givenCharacters) }.joined()
        return PersonName(surname + given)
    }

    /// A valid ID number for `district`, `born`, and `sequence` (0–999; odd for a man).
    static func id(district: String, born: CivilDate, sequence: Int) throws -> ResidentID {
        let date = born.description.replacingOccurrences(of: "-", with: "")
        let digits = String(sequence % 1000)
        let first17 = district + date + String(repeating: "0", count: 3 - digits.count) + digits
        guard let check = ResidentID.checkCharacter(forFirst17: first17) else { throw ResidentIDError.tooShort(length: first17.count) }
        return try ResidentID.parse(first17 + String(check), today: born.adding(days: 1))
    }
}
