import FamilyAid
import KioskFrame

/// The eligibility engine's verdict on a member, said in words: every problem with what to do,
/// who must confirm, and which documents would prove the tie.
enum MemberVerdictText {
    /// A line of the verdict page: its text and how it is shown.
    struct Line: Equatable {
        var text: String
        var style: Style
        var indent = 0
    }

    /// "配偶", "子女（收养）", "配偶的父母".
    static func relationName(_ relation: DeclaredRelation, _ text: Localizer) -> String {
        switch relation {
        case .near(let category, let tie):
            let name = text["relation.\(category.rawValue)"]
            switch tie {
            case .birth, .marriage: return name
            case .adoptive, .stepWithMaintenance: return text("relation.with_tie", ["relation": name, "tie": text["tie_short.\(tie.rawValue)"]])
            }
        case .stepWithoutMaintenance(let category):
            return text("relation.with_tie", ["relation": text["relation.\(category.rawValue)"], "tie": text["tie_short.stepWithoutMaintenance"]])
        case .inLaw(let relation):
            return text["relation.inLaw.\(relation.rawValue)"]
        case .other:
            return text["relation.other"]
        }
    }

    /// The kind of insurance and whether it is in force, as the home screen says it.
    static func insurance(_ person: InsuredPerson, _ text: Localizer) -> String {
        text["insurance_kind.\(person.insurance.rawValue)"]
            + (person.insurance == .none ? "" : " · " + text["insurance_status.\(person.status.rawValue)"])
    }

    /// A relation that can never be added needs nothing: listing confirmations for it would
    /// suggest it might go ahead, and nobody is asked to name a guardian for it.
    static func isRefusedForGood(_ verdict: MemberVerdict) -> Bool {
        verdict.codes.contains(.relationNotAllowed) || verdict.codes.contains(.selfBinding)
    }

    /// For the member list: "可以添加", or the first problem in a word or two.
    static func oneLine(_ verdict: MemberVerdict, _ text: Localizer) -> String {
        guard let first = verdict.violations.first else { return text["verdict.short_allowed"] }
        let reason = text["reason_short.\(first.code.rawValue)"]
        if verdict.violations.count == 1 { return text("verdict.short_refused", ["reason": reason]) }
        return text("verdict.short_refused_more", ["reason": reason, "count": "\(verdict.violations.count)"])
    }

    /// The whole verdict page for the member at `index` of the draft.
    static func lines(_ verdict: MemberVerdict, member: DraftMember, state: AppState) -> [Line] {
        let text = state.text
        var lines: [Line] = []
        if verdict.isEligible {
            lines.append(Line(text: text["verdict.allowed"], style: .ok))
        } else {
            lines.append(Line(text: text["verdict.refused"], style: .error))
            for violation in verdict.violations {
                lines.append(Line(text: "- " + problem(violation, member: member, state: state), style: .plain, indent: 2))
            }
        }
        let needs = verdict.requirements
        guard !isRefusedForGood(verdict), !needs.confirmations.isEmpty || !needs.proofs.isEmpty else { return lines }
        lines.append(Line(text: "", style: .plain))
        lines.append(Line(text: text[verdict.isEligible ? "verdict.needs" : "verdict.needs_anyway"], style: .title))
        for party in ConfirmingParty.allCases where needs.confirmations.contains(party) {
            let confirms = if party == .guardian, let guardian = member.guardian {
                text("verdict.confirm.guardian_named", ["guardian": guardian.name.masked])
            } else {
                text["verdict.confirm.\(party.rawValue)"]
            }
            lines.append(Line(text: "- " + confirms, style: .plain, indent: 2))
        }
        if needs.mayConfirmLaterAnywhere {
            lines.append(Line(text: "- " + text["verdict.confirm_later"], style: .plain, indent: 2))
        }
        for proof in needs.proofs {
            lines.append(Line(text: "- " + proofText(proof, text), style: .plain, indent: 2))
        }
        return lines
    }

    /// One proof requirement: what it proves and its alternatives, or that the commitment letter
    /// stands in for documents.
    static func proofText(_ proof: ProofRequirement, _ text: Localizer) -> String {
        if proof.alternatives == [[.commitmentLetter]] { return text["verdict.proof.commitment"] }
        if proof.alternatives.isEmpty {
            return text("verdict.proof.none", ["case": text["proof_case.\(proof.proofCase.rawValue)"]])
        }
        let sets = proof.alternatives.map { set in
            ProofKind.allCases.filter(set.contains).map { text["proof_kind.\($0.rawValue)"] }.joined(separator: " + ")
        }
        let key = sets.count == 1 ? "verdict.proof.one" : "verdict.proof.any"
        return text(key, ["case": text["proof_case.\(proof.proofCase.rawValue)"], "sets": sets.joined(separator: text["verdict.or"])])
    }

    /// One problem, and what to do about it.
    static func problem(_ violation: Violation, member: DraftMember, state: AppState) -> String {
        problem(violation, state.text)
    }

    static func problem(_ violation: Violation, _ text: Localizer) -> String {
        switch violation {
        case .notInsured(.noRegistryRecord):
            return text["verdict.not_insured.no_record"]
        case .notInsured(.noInsurance):
            return text["verdict.not_insured.no_insurance"]
        case .notInsured(.notInForce(let status)):
            return text("verdict.not_insured.not_in_force", ["status": text["insurance_status.\(status.rawValue)"]])
        case .infoMismatch:
            return text["verdict.info_mismatch"]
        case .outOfArea(let memberRegion, let sharerRegion, let allowed):
            return text("verdict.out_of_area.\(allowed.rawValue)", ["member": memberRegion.code, "sharer": sharerRegion.code])
        case .relationNotAllowed(.notANearRelative(.inLaw(let relation))):
            return text["verdict.in_law.\(relation.rawValue)"]
        case .relationNotAllowed(.notANearRelative(.stepWithoutMaintenance)):
            return text["verdict.step_without_maintenance"]
        case .relationNotAllowed(.notANearRelative(.notAFamilyTie)):
            return text["verdict.not_family"]
        case .relationNotAllowed(.notANearRelative(.tieDoesNotFitCategory)):
            return text["verdict.tie_mismatch"]
        case .relationNotAllowed(.categoryNotInEdition(let category, let edition)):
            let allowed = KinshipCategory.allCases.filter(edition.allowedCategories.contains)
                .map { text["relation.\($0.rawValue)"] }.joined(separator: text["verdict.list_separator"])
            return text("verdict.category_not_in_edition", ["relation": text["relation.\(category.rawValue)"], "allowed": allowed])
        case .alreadyShared(let others):
            return text("verdict.already_shared", ["count": "\(others)"])
        case .memberLimit(let breach):
            return text("verdict.limit.\(breach.kind.rawValue)", ["limit": "\(breach.limit)", "count": "\(breach.count)"])
        case .sharerIneligible:
            return text["verdict.sharer_ineligible"]
        case .proofMissing(let proof):
            return proofText(proof, text)
        case .relationImplausible(let implausible):
            return text("verdict.implausible", [
                "sharer": implausible.sharerBorn.description, "member": implausible.memberBorn.description,
                "relation": text["relation.\(implausible.category.rawValue)"],
            ])
        case .duplicateMember(.earlierInApplication(let first)):
            return text("verdict.duplicate.earlier", ["position": "\(first + 1)"])
        case .duplicateMember(.alreadyMember):
            return text["verdict.duplicate.member"]
        case .duplicateMember(.pendingInAnotherApplication):
            return text["verdict.duplicate.pending"]
        case .selfBinding:
            return text["verdict.self"]
        }
    }
}
