import FamilyAid

/// One application: its number, when it was submitted, its status and the expected decision
/// date; then each member with where they stand, a digit opening that member's timeline.
enum ApplicationDetailScreen: ScreenFeature {
    static let helpKey = "tracking.help"

    static func step(_ state: AppState) -> Step? { nil }

    static func memberCount(_ state: AppState) -> Int {
        min(ChoiceList.maximumCount - 1, state.session.tracking.selectedItem?.application.members.count ?? 0)
    }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: memberCount(state) + 1), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            TrackingFlow.openList(&state)
            return []
        }
        let count = memberCount(state)
        return ChoiceKey.handle(key, count: count + 1, &state) { index, state in
            if index < count {
                TrackingFlow.openMember(index, &state)
            } else {
                TrackingFlow.openList(&state)
            }
            return []
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let item = state.session.tracking.selectedItem else { return }
        let text = state.text
        canvas.paragraph(text(TrackingFlow.isOwn(item, state) ? "tracking.detail_own" : "tracking.detail_member",
                              ["sharer": item.sharerName.masked]), style: .title)
        canvas.skip()
        canvas.labelled(text["tracking.number"], item.number.text)
        canvas.labelled(text["tracking.submitted"], CivilDate(item.submittedAt).description)
        canvas.labelled(text["tracking.status"], text["application_status.\(item.application.status.rawValue)"])
        if let expected = item.expectedDecision {
            canvas.labelled(text["tracking.expected"], expected.description)
        }
        canvas.skip()
        let labels = item.application.members.prefix(memberCount(state)).enumerated().map { index, member in
            text("tracking.member_item", [
                "name": member.details.name.masked,
                "relation": MemberVerdictText.relationName(member.details.relation, text),
                "stage": TimelineText.stageName(member, relationship: item.relationships[index], text),
            ])
        }
        canvas.menu(labels + [text["tracking.back_to_list"]], focused: state.focus, spacing: 1)
    }
}
