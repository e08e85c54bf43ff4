import FamilyAid

/// Words for a relationship that several sharing screens say alike.
enum SharingText {
    /// "正在共济", "2026-12-01 起生效", "已结束".
    static func state(_ relationship: SharingRelationship, _ text: Localizer) -> String {
        switch relationship.state {
        case .active: text["sharing.state.active"]
        case .scheduled: text("sharing.state.scheduled", ["date": relationship.start.description])
        case .ended: text["sharing.state.ended"]
        }
    }

    /// The uses allowed, in a fixed order, joined: "门诊和住院自付、定点药店购药".
    static func uses(_ uses: Set<SharedUse>, _ text: Localizer) -> String {
        let names = SharedUse.allCases.filter(uses.contains).map { text["sharing.use.\($0.rawValue)"] }
        return names.isEmpty ? text["sharing.use.none"] : names.joined(separator: text["sharing.use.separator"])
    }
}
