import FamilyAid

/// Each problem with an ID number, said in words: what is wrong and how to put it right.
enum IDErrorText {
    static func message(for error: ResidentIDError, text: Localizer) -> String {
        switch error {
        case .empty:
            text["id_error.empty"]
        case .tooShort(let length):
            text("id_error.too_short", ["length": "\(length)"])
        case .tooLong(let length):
            text("id_error.too_long", ["length": "\(length)"])
        case .fullWidthCharacters:
            text["id_error.full_width"]
        case .invalidCharacter(let character, let position):
            text("id_error.invalid_character", ["character": String(character), "position": "\(position)"])
        case .unknownProvince(let code):
            text("id_error.unknown_province", ["code": code])
        case .impossibleBirthDate(let digits):
            text("id_error.impossible_date", ["digits": digits])
        case .futureBirthDate(let date):
            text("id_error.future_date", ["date": date.description])
        case .wrongCheckCharacter:
            text["id_error.wrong_check"]
        }
    }
}
