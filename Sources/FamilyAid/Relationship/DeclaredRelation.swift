/// What the sharer states the member is to them, before any rule has looked at it. The kiosk
/// offers the near-relative categories and, so that a resident who means an in-law hears why
/// not, the relations people most often mistake for near relatives.
public enum DeclaredRelation: Hashable, Sendable, Codable {
    /// One of the eight categories, with how the tie came about.
    case near(KinshipCategory, KinshipTie)
    /// 姻亲: a spouse's parent or sibling, a child's spouse, a sibling's spouse.
    case inLaw(InLawRelation)
    /// A step relative with no maintenance relationship: not a near relative (Art. 1072).
    case stepWithoutMaintenance(KinshipCategory)
    /// Anyone else (uncle, cousin, friend): not a near relative.
    case other

    /// The near relative this declaration names, or why it names none.
    public var nearRelative: Result<NearRelative, NotANearRelative> {
        switch self {
        case .near(let category, let tie):
            if let relative = NearRelative(category: category, tie: tie) { return .success(relative) }
            return .failure(.tieDoesNotFitCategory(category, tie))
        case .inLaw(let relation): return .failure(.inLaw(relation))
        case .stepWithoutMaintenance(let category): return .failure(.stepWithoutMaintenance(category))
        case .other: return .failure(.notAFamilyTie)
        }
    }
}

/// The in-law relations residents most often ask about. None is a near relative under any
/// edition: 配偶的父母 may not share even though they often live together.
public enum InLawRelation: String, Sendable, Codable, CaseIterable {
    /// 公婆 / 岳父母: the spouse's parents.
    case spousesParent
    /// 儿媳 / 女婿: a child's spouse.
    case childsSpouse
    /// A spouse's sibling, or a sibling's spouse.
    case siblingInLaw
}

/// A declared relation that passes the civil code's test: a category and a tie that fits it.
public struct NearRelative: Hashable, Sendable, Codable {
    public let category: KinshipCategory
    public let tie: KinshipTie

    /// Nil when the tie cannot belong to the category: a spouse is tied only by marriage, and
    /// nobody else is.
    public init?(category: KinshipCategory, tie: KinshipTie) {
        guard (category == .spouse) == (tie == .marriage) else { return nil }
        self.category = category
        self.tie = tie
    }
}

/// Why a declared relation is not a near relative, so the kiosk can say it in words.
public enum NotANearRelative: Hashable, Sendable, Codable, Error {
    case inLaw(InLawRelation)
    case stepWithoutMaintenance(KinshipCategory)
    case notAFamilyTie
    case tieDoesNotFitCategory(KinshipCategory, KinshipTie)
}
