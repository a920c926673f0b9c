import Testing
import PPIDSyntax
@testable import PPIDRuntime

/// The files golden/objections/documents-answered.ppid writes: the register keberatan
/// (docs/language.md §20, `export objections`) and the Atasan PPID's written answers
/// (`render notice k1`), read back.
@Suite(.serialized)
struct ObjectionDocumentTests {
    static let golden = GoldenTests.root + "/Tests/PPIDRuntimeTests/golden/objections/documents-answered.ppid"

    static func written(_ name: String) throws -> String {
        let result = try Golden.run(golden)
        #expect(result.problems.isEmpty, "\(result.problems)")
        let path = FileSystem.directory(of: golden) + "/out/" + name
        return String(decoding: FileSystem.read(path) ?? [], as: UTF8.self)
    }

    @Test func theRegisterHasTheRequestTheGroundsTheDecisionAndTheDispute() throws {
        let csv = try Self.written("register.csv")
        let lines = csv.split(separator: "\r\n").map(String.init)
        #expect(lines.first?.hasPrefix("No,Tanggal Diterima,Nama,Alamat,") == true, "\(lines.first ?? "")")
        let k1 = try #require(lines.first { $0.hasPrefix("001/KEB/V/2024,") })
        #expect(k1.contains("2024-05-20T09:00,Dewi Anggraini,Jl. Slamet Riyadi 5,"))
        #expect(k1.contains("003/PPID/IV/2024") == false && k1.contains("001/PPID/IV/2024"))
        #expect(k1.contains("Pasal 17"), "ground a is written out")
        #expect(k1.contains("Penolakan tidak sesuai Pasal 17"))
        #expect(k1.contains("Menguatkan keputusan PPID"))
        #expect(k1.contains("Drs. Heru Santoso, Atasan PPID"))
        #expect(k1.contains("Komisi Informasi Provinsi Jawa Tengah (012/REG-PSI/VII/2024)"))
        let k2 = try #require(lines.first { $0.hasPrefix("002/KEB/V/2024,") })
        #expect(k2.contains("Menerima keberatan"))
        let html = try Self.written("register.html")
        #expect(html.contains("REGISTER KEBERATAN INFORMASI PUBLIK"))
        #expect(html.contains("20 Mei 2024"))
    }

    @Test func theUpholdingAnswerGivesItsReasonsAndTheLastDayForADispute() throws {
        let html = try Self.written("k1.html")
        #expect(html.contains("TANGGAPAN ATAS KEBERATAN"))
        #expect(html.contains("001/KEB/V/2024"))
        #expect(html.contains("Rekening penyedia memuat data pribadi"))
        #expect(html.contains("12 Juli 2024"), "14 working days after Mon 24 Jun 2024")
        #expect(html.contains("Komisi Informasi Provinsi Jawa Tengah"))
        #expect(html.contains("Drs. Heru Santoso"))
        #expect(html.contains("24 Juni 2024"))
    }

    @Test func theGrantingAnswerSaysTheObjectionIsAccepted() throws {
        let html = try Self.written("k2.html")
        #expect(html.contains("Menerima keberatan") || html.contains("menerima keberatan"))
        #expect(html.contains("Ahmad Fauzi"))
        #expect(html.contains("002/PPID/IV/2024"))
    }
}
