extension Eligibility {
    /// `RELATION_NOT_ALLOWED` (DOMAIN.md, near relatives and editions table): the declared
    /// relation must be a near relative (民法典 Art. 1045; in-laws and step relatives without
    /// maintenance are not), and of a category the edition admits (N21: spouse, parents,
    /// children only).
    enum KinshipRule {
        static func violation(_ relation: DeclaredRelation, edition: PolicyEdition) -> Violation? {
            switch relation.nearRelative {
            case .failure(let reason):
                return .relationNotAllowed(.notANearRelative(reason))
            case .success(let relative):
                guard !edition.allowedCategories.contains(relative.category) else { return nil }
                return .relationNotAllowed(.categoryNotInEdition(relative.category, edition))
            }
        }
    }
}
