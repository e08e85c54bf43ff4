import FamilyAid
import Foundation

/// The demo store's scanner: a one-page PDF that says, in plain ASCII, which document it stands
/// for and that it is a fictional sample. A real, well-formed PDF (its cross-reference table
/// points at each object's byte offset), so it passes the same content check as a real scan.
enum DemoScan {
    static func fileName(for kind: ProofKind, at instant: Date) -> String {
        "demo-scan-\(kind.rawValue)-\(Int(instant.timeIntervalSince1970)).pdf"
    }

    static func pdf(for kind: ProofKind) -> Data {
        let text = "gongji demo scan: \(kind.rawValue). A fictional sample; it belongs to nobody."
        let stream = "BT /F1 14 Tf 72 720 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var document = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(document.utf8.count)
            document += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let crossReference = document.utf8.count
        document += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { document += String(format: "%010d 00000 n \n", offset) }
        document += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(crossReference)\n%%EOF\n"
        return Data(document.utf8)
    }
}
