/// The eight categories of near relative (近亲属, 民法典 Art. 1045), as the sharer names the member:
/// "this person is my …".
public enum KinshipCategory: String, Sendable, Codable, CaseIterable {
    /// 配偶.
    case spouse
    /// 父母: the member is the sharer's father or mother.
    case parent
    /// 子女: the member is the sharer's son or daughter.
    case child
    /// 兄弟姐妹.
    case sibling
    /// 祖父母: the father's parents.
    case paternalGrandparent
    /// 外祖父母: the mother's parents.
    case maternalGrandparent
    /// 孙子女: a son's children.
    case sonsChild
    /// 外孙子女: a daughter's children.
    case daughtersChild

    /// Whether the member belongs to an older generation than the sharer, the same one, or a
    /// younger one: what the plausibility of the stated ages is judged by.
    public var generation: Generation {
        switch self {
        case .parent, .paternalGrandparent, .maternalGrandparent: .older
        case .spouse, .sibling: .same
        case .child, .sonsChild, .daughtersChild: .younger
        }
    }

    /// Whether a tie of this category can arise by adoption or by a step relationship with
    /// maintenance (Art. 1072, 1111, 1127) and not only by birth. A spouse is tied by marriage.
    public var admitsTieKinds: Bool { self != .spouse }

    public enum Generation: Sendable {
        case older, same, younger
    }
}
