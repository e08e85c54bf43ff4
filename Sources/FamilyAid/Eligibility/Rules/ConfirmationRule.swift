extension Eligibility {
    /// Who must confirm before review (DOMAIN.md, regional settings: who must confirm; proof
    /// documents: member under 16 / 16 or older).
    ///
    /// - A member of the profile's self-confirmation age (16) or older confirms for themselves.
    /// - A younger member is confirmed by a parent or guardian, unless they are the sharer's own
    ///   子女 (by birth, adoption or a step tie with maintenance: each makes the sharer a parent)
    ///   and the profile lets the sharer's submission stand for that: then nobody else confirms.
    /// - Jiangsu option (the weakly-sourced `.spouseConfirmation`, `profile.spouseConfirms`): the
    ///   one article describes a 配偶绑定特殊流程
    ///   in which the spouse, once the sharer has applied, signs in and accepts in 授权绑定确认.
    ///   So a member declared as the spouse confirms as `.sharersSpouse` (by accepting the
    ///   invitation from their own sign-in), in place of `.member`.
    /// - N26, both sides consent: the sharer's own confirmation is recorded too.
    /// - 60+ option: a member aged 60 or older may confirm later at any kiosk or counter.
    enum ConfirmationRule {
        static let remoteConfirmationAge = 60

        static func parties(
            _ member: ProposedMember, relative: NearRelative?, profile: PolicyProfile, today: CivilDate
        ) -> (parties: Set<ConfirmingParty>, mayConfirmLaterAnywhere: Bool) {
            let rules = profile.confirmation
            let age = member.idNumber.age(on: today)
            var parties: Set<ConfirmingParty> = []
            if age >= rules.selfConfirmationAge {
                let spouseFlow = profile.spouseConfirms
                parties.insert(spouseFlow && relative?.category == .spouse ? .sharersSpouse : .member)
            } else if !(relative?.category == .child && rules.sharerConfirmsOwnMinorChild) {
                parties.insert(.guardian)
            }
            if profile.bothSidesConsent { parties.insert(.sharer) }
            let later = profile.options.contains(.remoteConfirmationFrom60) && age >= remoteConfirmationAge
            return (parties, later)
        }
    }
}
