import Crypto
import Foundation
import GRDB

extension KioskDatabase {
    /// This installation's public signing key (Ed25519, 32 bytes), made on first use and kept in
    /// the store, so that a backup carries it and a restored counter signs as before. Its making
    /// is journaled with the public half, which the central office registers with `trust`.
    public func publicSigningKey(now: Date) throws -> Data {
        try write { db in try Self.signingKey(db, now: now).publicKey.rawRepresentation }
    }

    /// Signs `message` with this installation's private key, which never leaves the store.
    public func sign(_ message: Data, now: Date) throws -> Data {
        try write { db in try Self.signingKey(db, now: now).signature(for: message) }
    }

    /// Registers `origin`'s public key, so that its bundles are accepted here; a key given again
    /// for a known origin replaces the old one (a counter whose store was lost and set up anew).
    public func trust(origin: String, publicKey: Data, by supervisor: OperatorID, now: Date) throws {
        guard (try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey)) != nil else {
            throw KioskStoreError.notASigningKey
        }
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            guard origin != installation.originID else { throw KioskStoreError.trustingItself(originID: origin) }
            try db.execute(sql: """
                INSERT INTO trusted_origin (origin, public_key, trusted_at, trusted_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (origin) DO UPDATE SET
                    public_key = excluded.public_key, trusted_at = excluded.trusted_at, trusted_by = excluded.trusted_by
                """, arguments: [origin, publicKey, now, supervisor.text])
            try Journal.append(
                db, origin: installation.originID, kind: .originTrusted,
                payload: OriginTrusted(origin: origin, publicKey: publicKey.lowercaseHex, by: supervisor.text), at: now)
        }
    }

    /// Whether `signature` over `message` was made by the key registered for `origin`: nil when
    /// no key is registered for it.
    public func isSignature(_ signature: Data, of message: Data, byTrusted origin: String) throws -> Bool? {
        let key = try read { db in
            try Data.fetchOne(db, sql: "SELECT public_key FROM trusted_origin WHERE origin = ?", arguments: [origin])
        }
        guard let key, let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: key) else { return nil }
        return publicKey.isValidSignature(signature, for: message)
    }

    /// The key, made (and journaled) the first time it is needed.
    private static func signingKey(_ db: Database, now: Date) throws -> Curve25519.Signing.PrivateKey {
        if let raw = try Data.fetchOne(db, sql: "SELECT private_key FROM signing_key WHERE id = 1") {
            return try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
        }
        let installation = try InstallationRecord.fetchRequired(db)
        let key = Curve25519.Signing.PrivateKey()
        try db.execute(sql: """
            INSERT INTO signing_key (id, algorithm, private_key, public_key, created_at) VALUES (1, 'ed25519', ?, ?, ?)
            """, arguments: [key.rawRepresentation, key.publicKey.rawRepresentation, now])
        try Journal.append(
            db, origin: installation.originID, kind: .signingKeyCreated,
            payload: SigningKeyCreated(publicKey: key.publicKey.rawRepresentation.lowercaseHex), at: now)
        return key
    }
}

private struct SigningKeyCreated: Encodable {
    var publicKey: String
}

private struct OriginTrusted: Encodable {
    var origin: String
    var publicKey: String
    var by: String
}
