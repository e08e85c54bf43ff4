import CNcursesw
import KioskFrame

/// How each semantic style looks on this terminal: colours where the terminal has them, bold and
/// reverse on a monochrome one, and under `NO_COLOR` no colour at all. Focus and fields keep
/// reverse video and underline even then: they are not colour, and without them a person could
/// not see where they are typing.
struct Palette {
    enum Kind { case colour, monochrome, noColour }

    let kind: Kind
    private var attributes: [Style: attr_t] = [:]

    init(kind: Kind) {
        self.kind = kind
        if kind == .colour { Palette.definePairs() }
        for style in Style.allCases {
            attributes[style] = Palette.attribute(for: style, kind: kind)
        }
    }

    func attribute(for style: Style) -> attr_t { attributes[style] ?? gongji_a_normal() }

    private static let pairs: [Style: (Int16, Int16, Int16)] = [
        // pair number, foreground, background (-1: the terminal's default)
        .title: (1, Int16(COLOR_CYAN), -1),
        .focus: (2, Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
        .field: (3, Int16(COLOR_WHITE), Int16(COLOR_BLUE)),
        .error: (4, Int16(COLOR_RED), -1),
        .hint: (5, Int16(COLOR_YELLOW), -1),
        .ok: (6, Int16(COLOR_GREEN), -1),
        .badge: (7, Int16(COLOR_BLACK), Int16(COLOR_YELLOW)),
        .border: (8, Int16(COLOR_BLUE), -1),
    ]

    private static func definePairs() {
        for (_, (pair, foreground, background)) in pairs {
            init_pair(pair, foreground, background)
        }
    }

    private static func attribute(for style: Style, kind: Kind) -> attr_t {
        switch kind {
        case .colour:
            guard let (pair, _, _) = pairs[style] else { return gongji_a_normal() }
            let bold: attr_t = (style == .title || style == .error || style == .ok) ? gongji_a_bold() : 0
            return gongji_color_pair(Int32(pair)) | bold
        case .monochrome, .noColour:
            switch style {
            case .plain, .border, .hint: return gongji_a_normal()
            case .title, .ok: return gongji_a_bold()
            case .error: return gongji_a_bold() | gongji_a_underline()
            case .focus, .badge: return gongji_a_reverse()
            case .field: return gongji_a_underline()
            }
        }
    }
}
