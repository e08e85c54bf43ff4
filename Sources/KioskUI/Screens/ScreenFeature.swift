/// One screen of the kiosk: how it reads keys and how it draws. Each lives in its own file; the
/// router picks the one for the current `Screen`.
protocol ScreenFeature {
    /// The catalog key of this screen's help page (F1).
    static var helpKey: String { get }
    /// Where the person is in a flow, for the header; nil outside one.
    static func step(_ state: AppState) -> Step?
    /// The keys that work on this screen, for the footer (the global ones are added for it).
    static func hints(_ state: AppState) -> [KeyHint]
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect]
    static func draw(_ state: AppState, on canvas: inout Canvas)
}

enum ScreenRouter {
    static func feature(for screen: Screen) -> any ScreenFeature.Type {
        switch screen {
        case .welcome: WelcomeScreen.self
        case .identityNumber: IdentityNumberScreen.self
        case .identityPIN: IdentityPINScreen.self
        case .identityInPerson: IdentityInPersonScreen.self
        case .verifying: VerifyingScreen.self
        case .signInLocked: SignInLockedScreen.self
        case .confirmIdentity: ConfirmIdentityScreen.self
        case .home: HomeScreen.self
        case .guide: GuideScreen.self
        case .memberList: MemberListScreen.self
        case .memberIDNumber: MemberIDNumberScreen.self
        case .memberPerson: MemberPersonScreen.self
        case .memberName: MemberNameScreen.self
        case .memberRelation: MemberRelationScreen.self
        case .memberTie: MemberTieScreen.self
        case .memberMobile: MemberMobileScreen.self
        case .memberGuardian: MemberGuardianScreen.self
        case .memberGuardianPerson: MemberGuardianPersonScreen.self
        case .memberVerdict: MemberVerdictScreen.self
        case .memberRemove: MemberRemoveScreen.self
        // After submission.
        case .invitationList: InvitationListScreen.self
        case .invitation: InvitationScreen.self
        case .invitationDecline: InvitationDeclineScreen.self
        case .invitationResult: InvitationResultScreen.self
        case .applicationList: ApplicationListScreen.self
        case .applicationDetail: ApplicationDetailScreen.self
        case .applicationMember: ApplicationMemberScreen.self
        case .applicationCancel: ApplicationCancelScreen.self
        case .revisionRelation: RevisionRelationScreen.self
        case .revisionTie: RevisionTieScreen.self
        case .revisionVerdict: RevisionVerdictScreen.self
        case .revisionConfirm: RevisionConfirmScreen.self
        case .sharingList: SharingListScreen.self
        case .sharingDetail: SharingDetailScreen.self
        case .sharingEndConfirm: SharingEndConfirmScreen.self
        case .sharingEnded: SharingEndedScreen.self
        case .spending: SpendingScreen.self
        case .premium: PremiumScreen.self
        case .premiumResult: PremiumResultScreen.self
        case .paymentUses: PaymentUsesScreen.self
        case .paymentQuota: PaymentQuotaScreen.self
        case .paymentPeriod: PaymentPeriodScreen.self
        case .paymentRank: PaymentRankScreen.self
        case .commitmentLetter: CommitmentLetterScreen.self
        case .commitmentPIN: CommitmentPINScreen.self
        case .paperForms: PaperFormsScreen.self
        case .proofSet: ProofSetScreen.self
        case .proofNumber: ProofNumberScreen.self
        case .proofScan: ProofScanScreen.self
        case .applicationSummary: ApplicationSummaryScreen.self
        case .applicationReceipt: ApplicationReceiptScreen.self
        }
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        feature(for: state.screen).handle(key, &state)
    }

    /// Moves to another screen with the focus on its first item.
    static func go(to screen: Screen, _ state: inout AppState) {
        state.screen = screen
        state.focus = 0
    }
}
