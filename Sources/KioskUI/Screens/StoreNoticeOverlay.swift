import KioskFrame

/// The box over the screen that says the kiosk cannot save just now, why, that what was submitted
/// before is safe, and where to go instead. Any key or a tap takes the resident back to the screen
/// beneath, with everything they typed.
enum StoreNoticeOverlay {
    static func draw(_ notice: StoreNotice, text: Localizer, on rendering: inout Rendering) {
        let width = OverlayBand.textWidth(columns: rendering.frame.size.columns)
        let body = TextLayout.wrap(text[notice.textKey], width: width) + [""] + TextLayout.wrap(text["store_notice.back"], width: width)
        OverlayBand.draw(title: text["store_notice.title"], titleStyle: .error, body: body, tap: .enter, on: &rendering)
    }
}
