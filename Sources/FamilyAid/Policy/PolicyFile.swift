import Yams

/// Reads a region's profile from a YAML file an office can edit, and writes one back.
///
/// ```yaml
/// id: hunan-city
/// version: 3
/// extends: hunan-like        # optional: a built-in profile whose settings the file changes
/// edition: N24               # N21, N24 or N26; needed unless `extends` gives it
/// member_limit: { at_once: 10, lifetime: 20 }     # `none` for no limit
/// one_sharer_per_member: yes
/// confirmation: { self_confirmation_age: 16, sharer_confirms_own_minor_child: yes,
///                 invitation_expires_after_working_days: 10 }
/// proofs: commitment_letter  # or `documents` (DOMAIN.md's matrix), or a matrix of your own:
///                            #   spouse: [[marriage_certificate], [household_register]]
/// review: { self_service: instant, counter: 3 }   # `instant` or working days
/// authorization_period: open_ended    # or chosen_dates
/// sharer_order: user_set              # binding_order, largest_balance_first
/// minimum_retained: 1000              # yuan, or `off`
/// per_payment_cap: off
/// shareable: whole_account            # or carried_over_only
/// premiums:                           # replaces the base's list when given
///   - { kind: resident_medical, coverage_year: 2027, opens: 2026-09-01, closes: 2026-12-31, amount: 400 }
/// options: [remote_confirmation_from_60]
/// ```
///
/// Every key is checked; an unknown key, a bad value or a contradiction refuses the whole file
/// with the key, the line and the reason.
public enum PolicyFile {
    static let topLevelKeys = [
        "id", "version", "extends", "edition", "member_limit", "one_sharer_per_member", "confirmation",
        "proofs", "review", "authorization_period", "sharer_order", "minimum_retained",
        "per_payment_cap", "shareable", "premiums", "options",
    ]

    public static func parse(_ text: String) throws(PolicyFileError) -> PolicyProfile {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw PolicyFileError(key: "", line: nil, reason: "the file is empty")
            }
            root = node
        } catch let error as PolicyFileError {
            throw error
        } catch let error as YamlError {
            throw PolicyFileError(key: "", line: error.line, reason: "not readable as YAML: \(error.summary)")
        } catch {
            throw PolicyFileError(key: "", line: nil, reason: "not readable as YAML: \(error)")
        }
        let file = try PolicyFileValue(node: root, key: "").section(allowed: topLevelKeys)
        var profile = try base(of: file)
        profile.id = try identifier(file.required("id"))
        profile.version = try file.required("version").integer(in: 1...999_999)
        try apply(file, to: &profile)
        return profile
    }

    /// The profile the file's settings change: the built-in it extends, or its edition's
    /// national default.
    private static func base(of file: PolicyFileSection) throws(PolicyFileError) -> PolicyProfile {
        let edition = try file["edition"]?.choice(of: PolicyEdition.self)
        guard let extends = file["extends"] else {
            guard let edition else { throw file.value.error("give `edition` (N21, N24 or N26) or `extends` (a built-in profile)") }
            return .national(edition)
        }
        let id = try extends.text()
        guard var base = PolicyProfile.builtIn(id: id) else {
            let ids = PolicyProfile.builtIn.map(\.id).joined(separator: ", ")
            throw extends.error("no built-in profile is called `\(id)`; the built-in ones are \(ids)")
        }
        if let edition { base.edition = edition }
        return base
    }

    private static func identifier(_ value: PolicyFileValue) throws(PolicyFileError) -> String {
        let id = try value.text()
        let allowed = id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        guard allowed, id.count <= 64 else {
            throw value.error("expected letters, digits, - and _ only (at most 64), found `\(id)`")
        }
        return id
    }

    private static func apply(_ file: PolicyFileSection, to profile: inout PolicyProfile) throws(PolicyFileError) {
        if let value = file["member_limit"] {
            let limit = try value.section(allowed: ["at_once", "lifetime"])
            if let atOnce = limit["at_once"] { profile.memberLimit.atOnce = try atOnce.limit(in: 1...100) }
            if let lifetime = limit["lifetime"] { profile.memberLimit.lifetime = try lifetime.limit(in: 1...1000) }
            if let atOnce = profile.memberLimit.atOnce, let lifetime = profile.memberLimit.lifetime, lifetime < atOnce {
                throw value.error("the lifetime limit (\(lifetime)) is below the limit at once (\(atOnce))")
            }
        }
        if let value = file["one_sharer_per_member"] { profile.oneSharerPerMember = try value.flag() }
        if let value = file["confirmation"] { try apply(confirmation: value, to: &profile.confirmation) }
        if let value = file["proofs"] { profile.proofs = try proofs(value) }
        if let value = file["review"] {
            let review = try value.section(allowed: ["self_service", "counter"])
            if let mode = review["self_service"] { profile.review.selfService = try reviewMode(mode) }
            if let mode = review["counter"] { profile.review.counter = try reviewMode(mode) }
        }
        if let value = file["authorization_period"] { profile.authorizationPeriod = try value.choice(of: AuthorizationPeriod.self) }
        if let value = file["sharer_order"] { profile.sharerOrder = try value.choice(of: SharerOrder.self) }
        if let value = file["minimum_retained"] { profile.minimumRetained = try value.optionalMoney() }
        if let value = file["per_payment_cap"] { profile.perPaymentCap = try value.optionalMoney() }
        if let value = file["shareable"] { profile.shareable = try value.choice(of: ShareableBalance.self) }
        if let value = file["premiums"] { profile.premiums = try premiums(value) }
        if let value = file["options"] {
            var options: Set<WeaklySourcedOption> = []
            for option in try value.list() {
                guard options.insert(try option.choice(of: WeaklySourcedOption.self)).inserted else {
                    throw option.error("this option is listed twice")
                }
            }
            profile.options = options
        }
    }

    private static func apply(confirmation value: PolicyFileValue, to rules: inout ConfirmationRules) throws(PolicyFileError) {
        let section = try value.section(allowed: [
            "self_confirmation_age", "sharer_confirms_own_minor_child", "invitation_expires_after_working_days",
        ])
        if let age = section["self_confirmation_age"] { rules.selfConfirmationAge = try age.integer(in: 8...18) }
        if let flag = section["sharer_confirms_own_minor_child"] { rules.sharerConfirmsOwnMinorChild = try flag.flag() }
        if let days = section["invitation_expires_after_working_days"] {
            rules.invitationExpiresAfterWorkingDays = try days.integer(in: 1...60)
        }
    }

    private static func reviewMode(_ value: PolicyFileValue) throws(PolicyFileError) -> ReviewMode {
        if try value.text() == "instant" { return .instant }
        do {
            return .manual(workingDays: try value.integer(in: 1...30))
        } catch {
            throw value.error("expected `instant` or a number of working days from 1 to 30, found `\((try? value.text()) ?? "")`")
        }
    }

    private static func proofs(_ value: PolicyFileValue) throws(PolicyFileError) -> ProofPolicy {
        if case .scalar = value.node {
            switch try value.text() {
            case "commitment_letter": return .commitmentLetter
            case "documents": return .documents(ProofMatrix.defaults)
            case let other: throw value.error("expected commitment_letter, documents or a matrix of cases, found `\(other)`")
            }
        }
        let cases = ProofCase.allCases.map(PolicyFileSpelling.word(for:))
        let section = try value.section(allowed: cases)
        var matrix: [ProofCase: [ProofSet]] = [:]
        for proofCase in ProofCase.allCases {
            guard let alternatives = section[PolicyFileSpelling.word(for: proofCase)] else {
                throw value.error("the case `\(PolicyFileSpelling.word(for: proofCase))` is missing; every case needs at least one set of documents")
            }
            let sets = try alternatives.list()
            if sets.isEmpty { throw alternatives.error("give at least one set of documents") }
            matrix[proofCase] = try sets.map { set throws(PolicyFileError) in
                let documents = try set.list()
                if documents.isEmpty { throw set.error("a set needs at least one document") }
                var kinds: ProofSet = []
                for document in documents { kinds.insert(try document.choice(of: ProofKind.self)) }
                return kinds
            }
        }
        return .documents(matrix)
    }

    /// The list of premium entries; one coverage year appears once per kind.
    private static func premiums(_ value: PolicyFileValue) throws(PolicyFileError) -> [PremiumEntry] {
        var entries: [PremiumEntry] = []
        for item in try value.list() {
            let entry = try premium(item)
            if entries.contains(where: { $0.kind == entry.kind && $0.coverageYear == entry.coverageYear }) {
                throw item.error("coverage year \(entry.coverageYear) is listed twice for \(PolicyFileSpelling.word(for: entry.kind))")
            }
            entries.append(entry)
        }
        return entries
    }

    private static func premium(_ value: PolicyFileValue) throws(PolicyFileError) -> PremiumEntry {
        let entry = try value.section(allowed: ["kind", "coverage_year", "opens", "closes", "amount"])
        let year = try entry.required("coverage_year").integer(in: 2000...2100)
        let opens = try entry.required("opens").date()
        let closes = try entry.required("closes").date()
        guard opens <= closes else { throw value.error("`closes` (\(closes)) is before `opens` (\(opens))") }
        guard closes.year <= year, opens.year >= year - 1 else {
            throw value.error("the window \(opens) to \(closes) must lie between the year before \(year) and the end of \(year)")
        }
        let amount = try entry.required("amount").money()
        guard amount.isPositive else { throw value.error("the amount must be more than 0") }
        return PremiumEntry(
            kind: try entry["kind"]?.choice(of: PremiumKind.self) ?? .residentMedical,
            coverageYear: year, opens: opens, closes: closes, amount: amount)
    }
}

extension YamlError {
    /// libyaml's problem in one line, without the snippet of the file it appends.
    var summary: String {
        String(describing: self).split(separator: "\n").first.map(String.init) ?? "\(self)"
    }

    var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }
}
