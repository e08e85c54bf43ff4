extension KioskDatabase {
    /// The events of one origin's chain, in order.
    public func journalEvents(origin: String) throws -> [JournalEventRecord] {
        try read { db in try Journal.events(db, origin: origin) }
    }

    /// Walks every origin's chain and reports the first broken event, or the counts when all hold.
    public func verifyJournal() throws -> JournalVerification {
        try read(Journal.verify)
    }
}
