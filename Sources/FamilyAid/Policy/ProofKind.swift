/// A document (or check) that proves identity or a tie. Recorded as a reference: its kind, the
/// document number where it has one, and the scan's content hash when one was scanned.
public enum ProofKind: String, Sendable, Codable, CaseIterable {
    /// 居民身份证, or the permit or card the ID number belongs to.
    case identityCard
    /// 社保卡 with its PIN, as at the kiosk.
    case socialSecurityCardWithPIN
    /// 医保电子凭证.
    case medicalInsuranceECode
    /// 结婚证.
    case marriageCertificate
    /// 户口簿 showing the tie.
    case householdRegister
    /// 出生医学证明 (issued from 1996).
    case birthCertificate
    /// 收养登记证.
    case adoptionCertificate
    /// 亲属关系公证书.
    case kinshipNotarization
    /// 承诺书: the signed commitment letter.
    case commitmentLetter
    /// The bureau's own registry (户籍) check, run when the application is reviewed.
    case registryCheck
    /// 参保证明 from the member's insuring office.
    case insuranceCertificate
    /// A medical certificate of 失能, recorded by a clerk.
    case disabilityCertificate
}

/// One way of proving a case: every document in the set together. A case lists alternatives, any
/// one of which suffices.
public typealias ProofSet = Set<ProofKind>

/// The situations that call for proof, as DOMAIN.md's matrix lists them.
public enum ProofCase: String, Sendable, Codable, CaseIterable {
    case spouse
    case parentOrChildByBirth
    case parentOrChildAdoptive
    case parentOrChildStep
    /// Sibling, grandparent, grandchild, of any tie.
    case extendedFamily
    /// A member insured in another province, where the edition still asks for it.
    case insuredInAnotherProvince
    /// A 失能 member, where the profile turns that option on.
    case disabledMember

    /// The case whose documents prove the tie to `relative`.
    public static func proving(_ relative: NearRelative) -> ProofCase {
        switch relative.category {
        case .spouse: return .spouse
        case .parent, .child:
            switch relative.tie {
            case .birth, .marriage: return .parentOrChildByBirth
            case .adoptive: return .parentOrChildAdoptive
            case .stepWithMaintenance: return .parentOrChildStep
            }
        case .sibling, .paternalGrandparent, .maternalGrandparent, .sonsChild, .daughtersChild:
            return .extendedFamily
        }
    }
}
