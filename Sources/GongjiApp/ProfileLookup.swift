import FamilyAid

/// Which profile an application is followed under: the one that judged it, found among the
/// program's own and the built-in ones (DOMAIN.md: a later change of profile never silently
/// re-judges history).
public enum ProfileLookup {
    public static func profile(judging application: SharingApplication, given: PolicyProfile) throws -> PolicyProfile {
        let candidates = [given] + PolicyProfile.builtIn
        guard let profile = candidates.first(where: { SharingApplication.ProfileReference($0) == application.judgedBy }) else {
            throw FollowUpError.profileNotAvailable(application.judgedBy)
        }
        return profile
    }
}
