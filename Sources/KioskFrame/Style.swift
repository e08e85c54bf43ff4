/// What a piece of text *is*, never what colour it has: the terminal backend decides how each
/// style looks (colour, bold/reverse on a monochrome terminal, nothing under `NO_COLOR`), so the
/// screens and their golden tests stay free of presentation.
public enum Style: UInt8, Hashable, Sendable, CaseIterable {
    case plain
    /// The header and screen titles.
    case title
    /// The focused field, button or menu item.
    case focus
    /// A text field's editable area when not focused.
    case field
    /// An error said in words next to what caused it.
    case error
    /// Quiet guidance: the footer's keys, examples under a field.
    case hint
    /// Good news: an eligible verdict, a completed step.
    case ok
    /// A warning badge such as the demo-store marker.
    case badge
    /// Lines and borders.
    case border
}
