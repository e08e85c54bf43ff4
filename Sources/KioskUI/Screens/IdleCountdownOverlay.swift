import KioskFrame

/// The box in the middle of the screen that asks a resident who stopped pressing keys whether
/// they are still there, with the seconds left before everything they typed is discarded.
enum IdleCountdownOverlay {
    static func draw(secondsLeft: Int, text: Localizer, on rendering: inout Rendering) {
        let width = OverlayBand.textWidth(columns: rendering.frame.size.columns)
        let body = TextLayout.wrap(text("idle.body", ["seconds": "\(secondsLeft)"]), width: width)
        // A tap anywhere means "still here", like any key.
        OverlayBand.draw(title: text["idle.title"], titleStyle: .title, body: body, tap: .character(" "), on: &rendering)
    }
}
