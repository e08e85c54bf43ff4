import Testing
@testable import FamilyAid

@Suite("Mobile numbers")
struct MobileNumberTests {
    @Test("Read as the 11 digits, or refused", arguments: [
        ("13812345678", "13812345678", "plain"),
        ("19912345678", "19912345678", "199"),
        ("16612345678", "16612345678", "166"),
        ("+8613812345678", "13812345678", "+86"),
        ("8613812345678", "13812345678", "86"),
        ("008613812345678", "13812345678", "0086"),
        ("+86 138 1234 5678", "13812345678", "spaces"),
        ("138-1234-5678", "13812345678", "hyphens"),
        ("１３８１２３４５６７８", "13812345678", "full-width digits"),
        ("＋８６１３８１２３４５６７８", "13812345678", "full-width +86"),
        ("138\u{3000}1234\u{3000}5678", "13812345678", "ideographic spaces"),
        ("12812345678", nil, "second digit 2"),
        ("11012345678", nil, "second digit 1"),
        ("10012345678", nil, "second digit 0"),
        ("23812345678", nil, "not starting with 1"),
        ("1381234567", nil, "10 digits"),
        ("138123456789", nil, "12 digits"),
        ("+861381234567", nil, "+86 and 10 digits"),
        ("+8513812345678", nil, "another country"),
        ("+86+8613812345678", nil, "the prefix twice"),
        ("1381234567a", nil, "a letter"),
        ("(138)12345678", nil, "brackets"),
        ("", nil, "empty"),
        ("01012345678", nil, "a Beijing landline"),
    ] as [(String, String?, String)])
    func read(text: String, digits: String?, why: String) {
        #expect(MobileNumber(text)?.digits == digits, "\(why)")
    }

    @Test func masked() throws {
        #expect(try #require(MobileNumber("+86 138 1234 5678")).masked == "138****5678")
    }
}
