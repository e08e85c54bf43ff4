/// The province-level codes of GB/T 2260 that begin a mainland identity number's address code
/// (and a permanent-residence card's issuing place): 11–15 north, 21–23 north-east, 31–37 east,
/// 41–46 central-south, 50–54 south-west, 61–65 north-west.
///
/// 71 (Taiwan) and 81/82 (Hong Kong, Macau) exist in GB/T 2260 but never begin a mainland
/// identity number; 81, 82 and 83 followed by "0000" are residence permits instead.
public enum ProvinceCodes {
    public static let mainland: Set<String> = [
        "11", "12", "13", "14", "15",
        "21", "22", "23",
        "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46",
        "50", "51", "52", "53", "54",
        "61", "62", "63", "64", "65",
    ]

    /// The digits an identity number can start with: a mainland province's first digit, 8 for the
    /// residence permits (81, 82, 83) and 9 for the permanent-residence card.
    static let firstDigits: Set<String> = Set(mainland.map { String($0.prefix(1)) }).union(["8", "9"])

    public static func isMainland(_ code: some StringProtocol) -> Bool {
        mainland.contains(String(code))
    }
}
