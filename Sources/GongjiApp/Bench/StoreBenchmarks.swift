import FamilyAid
import Foundation
import KioskStore
import KioskUI

/// The store's figures, on the store given: what a kiosk and a counter ask of it most often.
struct StoreBenchmarks {
    let database: KioskDatabase
    let iterations: Int
    let calendar: WorkingDayCalendar
    let today: CivilDate

    /// Status by application number: one application, whole, as the kiosk shows it.
    func lookupByNumber(_ sample: [SampledApplication]) throws -> BenchFigure {
        let samples = try Stopwatch.samples(iterations: iterations) { run in
            _ = try database.application(number: sample[cycling: run].number)
        }
        return BenchFigure(name: "status lookup by application number", milliseconds: samples, budget: .atMost(0.2))
    }

    /// Status by ID number: every application the person made as sharer or is a member of, as the
    /// kiosk's 我的申请 reads them.
    func lookupByIDNumber(_ sample: [SampledApplication]) throws -> BenchFigure {
        let people = try sample.map { try ResidentID.parse($0.sharerIDNumber, today: today) }
        let samples = try Stopwatch.samples(iterations: iterations) { run in
            let person = people[cycling: run]
            _ = try database.applications(asSharer: person) + database.applications(withMember: person)
        }
        return BenchFigure(name: "status lookup by ID number", milliseconds: samples, budget: .atMost(0.2))
    }

    /// The next page of the review queue from a cursor at the start, the middle and the end, as
    /// the counter's queue reads it (working days overdue counted).
    func reviewQueuePages() throws -> [BenchFigure] {
        let length = try database.underReviewCount()
        let size = KioskDatabase.reviewQueuePageSize
        let places: [(String, Int?)] = [("start", nil), ("middle", length / 2), ("end", max(0, length - size))]
        return try places.map { place, index in
            let cursor = try index.flatMap { try database.underReviewCursor(after: $0) }
            let request = QueueRequest(filter: .all, search: "", after: cursor.map(Self.key), limit: size)
            let samples = try Stopwatch.samples(iterations: iterations) { _ in
                _ = try ReviewQueueReader.page(request, database: database, calendar: calendar, today: today)
            }
            return BenchFigure(name: "next review-queue page, \(place)", milliseconds: samples, budget: .atMost(2))
        }
    }

    /// A submitted application stored in one durable transaction, journal included: 王建国 asking
    /// to share with his father 王大山 on the demo store, as the kiosk submits it.
    func submit() throws -> BenchFigure {
        let profile = PolicyProfile.kioskDefault
        let sharer = try ResidentID.parse(try Self.persona("王建国").idNumber, today: today)
        let father = try Self.persona("王大山")
        let now = Date()
        var application = SharingApplication(sharer: sharer, channel: .kiosk, profile: profile)
        try application.addMember(
            MemberDetails(name: PersonName(father.name), id: try ResidentID.parse(father.idNumber, today: today), relation: .near(.parent, .birth)),
            at: now, profile: profile, calendar: calendar)
        try application.submit(at: now, profile: profile, calendar: calendar)
        let signature = CommitmentSignature(
            signer: sharer, signedAt: now, channel: .kiosk,
            letter: .onScreen(version: "bench", contentSHA256: String(repeating: "be", count: 32)))
        let proofs = [0: [ProofReference(kind: .householdRegister, documentNumber: "BENCH-0001", contentSHA256: nil)]]
        let samples = try Stopwatch.samples(iterations: iterations, warmUp: 1) { _ in
            _ = try database.submitApplication(
                application, proofs: proofs, paymentModes: [0: PaymentMode(quota: .yuan(100))], signature: signature, now: now)
        }
        return BenchFigure(name: "submit, durable", milliseconds: samples, budget: .atMost(5))
    }

    private static func persona(_ name: String) throws -> DemoPersona {
        guard let persona = DemoPersonas.all.first(where: { $0.name == name }) else { throw BenchError.missingPersona(name) }
        return persona
    }

    private static func key(_ cursor: ReviewQueueCursor) -> QueueKey {
        switch cursor {
        case .flagged(let number, let position):
            QueueKey(isFlagged: true, decideBy: nil, number: number, position: position)
        case .underReview(let decideBy, let number, let position):
            QueueKey(isFlagged: false, decideBy: decideBy, number: number, position: position)
        }
    }
}

extension Array {
    /// The element for run `run` of a benchmark that cycles through these (warm-up runs count
    /// from below zero).
    subscript(cycling run: Int) -> Element {
        self[((run % count) + count) % count]
    }
}
