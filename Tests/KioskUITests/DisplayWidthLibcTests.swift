import KioskFrame
import Testing

/// `DisplayWidth` answers the scalars screens are made of before it looks up their general
/// category; here every scalar of those ranges is held against libc's own `wcswidth`.
@Suite struct DisplayWidthLibcTests {
    @Test(arguments: [
        ("Latin-1 and Latin Extended", 0xA0...0x2FF),
        ("combining marks just after", 0x300...0x36F),
        ("box drawing", 0x2500...0x257F),
        ("CJK Extension A", 0x3400...0x4DBF),
        ("CJK Unified Ideographs", 0x4E00...0x9FFF),
    ] as [(String, ClosedRange<UInt32>)])
    func everyScalarOfTheCommonRangesMatchesLibc(range: (String, ClosedRange<UInt32>)) throws {
        let libc = try LibcWidth()
        var mismatches: [String] = []
        for value in range.1 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = max(0, libc.width(of: String(scalar)))
            if DisplayWidth.of(scalar) != expected {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true)): \(DisplayWidth.of(scalar)), libc \(expected)")
            }
        }
        #expect(mismatches.isEmpty, "\(range.0): \(mismatches.prefix(10))")
    }
}
