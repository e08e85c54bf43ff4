extension PolicyFile {
    /// The profile as a complete policy file, every setting spelled out: what an office starts
    /// from when it writes its own, and what `parse` reads back to the same profile.
    public static func render(_ profile: PolicyProfile) -> String {
        var lines = [
            "id: \(profile.id)",
            "version: \(profile.version)",
            "edition: \(profile.edition.rawValue)",
            "member_limit:",
            "  at_once: \(profile.memberLimit.atOnce.map(String.init) ?? "none")",
            "  lifetime: \(profile.memberLimit.lifetime.map(String.init) ?? "none")",
            "one_sharer_per_member: \(yesNo(profile.oneSharerPerMember))",
            "confirmation:",
            "  self_confirmation_age: \(profile.confirmation.selfConfirmationAge)",
            "  sharer_confirms_own_minor_child: \(yesNo(profile.confirmation.sharerConfirmsOwnMinorChild))",
            "  invitation_expires_after_working_days: \(profile.confirmation.invitationExpiresAfterWorkingDays)",
        ]
        lines += proofLines(profile.proofs)
        lines += [
            "review:",
            "  self_service: \(word(profile.review.selfService))",
            "  counter: \(word(profile.review.counter))",
            "authorization_period: \(PolicyFileSpelling.word(for: profile.authorizationPeriod))",
            "sharer_order: \(PolicyFileSpelling.word(for: profile.sharerOrder))",
            "minimum_retained: \(profile.minimumRetained.map(amount) ?? "off")",
            "per_payment_cap: \(profile.perPaymentCap.map(amount) ?? "off")",
            "shareable: \(PolicyFileSpelling.word(for: profile.shareable))",
        ]
        lines.append(profile.premiums.isEmpty ? "premiums: []" : "premiums:")
        for entry in profile.premiums {
            lines.append(
                "  - { kind: \(PolicyFileSpelling.word(for: entry.kind)), coverage_year: \(entry.coverageYear), "
                    + "opens: \(entry.opens), closes: \(entry.closes), amount: \(amount(entry.amount)) }")
        }
        let options = profile.options.map { PolicyFileSpelling.word(for: $0) }.sorted()
        lines.append("options: [\(options.joined(separator: ", "))]")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func proofLines(_ proofs: ProofPolicy) -> [String] {
        guard case .documents(let matrix) = proofs else { return ["proofs: commitment_letter"] }
        var lines = ["proofs:"]
        for proofCase in ProofCase.allCases {
            lines.append("  \(PolicyFileSpelling.word(for: proofCase)):")
            for set in matrix[proofCase] ?? [] {
                let documents = set.map { PolicyFileSpelling.word(for: $0) }.sorted()
                lines.append("    - [\(documents.joined(separator: ", "))]")
            }
        }
        return lines
    }

    private static func word(_ mode: ReviewMode) -> String {
        switch mode {
        case .instant: "instant"
        case .manual(let workingDays): String(workingDays)
        }
    }

    /// Yuan with two decimals and no thousands commas, which YAML's inline lists would split.
    private static func amount(_ money: Money) -> String {
        let cents = money.fen.magnitude % 100
        return "\(money.fen / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    private static func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }
}
