import Testing
import PPIDSyntax
@testable import PPIDRuntime

/// The files golden/requests/documents-answered.ppid writes: the register permohonan in the
/// Perki layout (docs/language.md §19, "export requests") and the written notices
/// ("render notice"), read back cell by cell.
@Suite(.serialized)
struct RequestDocumentTests {
    static let golden = GoldenTests.root + "/Tests/PPIDRuntimeTests/golden/requests/documents-answered.ppid"

    /// Runs the golden once and returns the file `name` it wrote.
    static func written(_ name: String) throws -> String {
        let result = try Golden.run(golden)
        #expect(result.problems.isEmpty, "\(result.problems)")
        let path = FileSystem.directory(of: golden) + "/out/" + name
        return String(decoding: FileSystem.read(path) ?? [], as: UTF8.self)
    }

    @Test func theRegisterHasThePerkiColumnsInOrder() throws {
        let csv = try Self.written("register.csv")
        let lines = csv.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "No,Tanggal,Nama,Alamat,Nomor Kontak,Pekerjaan,Informasi yang Diminta,"
            + "Tujuan Penggunaan Informasi,Status Informasi,Bentuk Informasi,Jenis Permohonan,Keputusan,"
            + "Alasan Penolakan,Tanggal Pemberitahuan Tertulis,Biaya")
        #expect(lines.count >= 7)
        #expect(lines[1] == "001/PPID/IV/2024,2024-04-01T09:00,Budi Santoso,Jl. Lawu 12,0812-1111-2222,Mahasiswa,"
            + "Kontrak logistik,Penelitian skripsi,Dikuasai,softcopy,Salinan (softcopy),Diterima seluruhnya,,2024-04-16,0")
    }

    @Test(arguments: [
        ("002/PPID/IV/2024", "Dikuasai", "Diterima sebagian", "Pasal 17 huruf h angka 3: Memuat data pribadi penyedia", "15000"),
        ("003/PPID/IV/2024", "Dikuasai", "Ditolak", "Pasal 17 huruf h angka 3", ""),
        ("004/PPID/IV/2024", "Tidak dikuasai (dikuasai oleh Bawaslu Kabupaten Karanganyar)", "Informasi tidak dikuasai", "", ""),
        ("005/PPID/IV/2024", "Belum didokumentasikan", "Informasi belum didokumentasikan", "", ""),
        ("006/PPID/IV/2024", "", "", "", ""),
    ])
    func eachOutcomeFillsItsColumns(number: String, status: String, decision: String, reason: String, cost: String) throws {
        let json = try Self.written("register.json")
        guard let row = json.split(separator: "{").map(String.init).first(where: { $0.contains("\"No\": \"\(number)\"") }) else {
            Issue.record("no row \(number) in \(json.prefix(400))")
            return
        }
        func cell(_ column: String, _ value: String) -> String {
            value.isEmpty ? "\"\(column)\": null" : "\"\(column)\": \"\(value)\""
        }
        #expect(row.contains(cell("Status Informasi", status)), "\(row)")
        #expect(row.contains(cell("Keputusan", decision)), "\(row)")
        #expect(row.contains(cell("Alasan Penolakan", reason)), "\(row)")
        #expect(row.contains(cost.isEmpty ? "\"Biaya\": null" : "\"Biaya\": \(cost)"), "\(row)")
    }

    @Test func theRegisterPageIsIndonesianAndKeepsTheQuerysRows() throws {
        let html = try Self.written("register.html")
        #expect(html.contains("Register Permohonan Informasi Publik"))
        #expect(html.contains("KPU Kabupaten Karanganyar"))
        #expect(html.contains("1 April 2024"))
        #expect(html.contains("Rp15.000"))
        let md = try Self.written("register.md")
        #expect(md.contains("005/PPID/IV/2024"))
        #expect(!md.contains("006/PPID/IV/2024"), "the query keeps only answered requests")
    }

    @Test func aRefusalStatesItsGroundAndTheLastDayToObject() throws {
        let html = try Self.written("notice-refuse.html")
        #expect(html.contains("B. Informasi Tidak Dapat Diberikan"))
        #expect(html.contains("Pasal 17 huruf h angka 3"))
        #expect(html.contains("Membuka data pribadi penyedia"), "the exempt item's consequence when no reason is given")
        #expect(html.contains("4 Juni 2024"), "30 working days after Tue 16 Apr 2024")
        #expect(html.contains("003/PPID/IV/2024"))
        #expect(html.contains("Dewi Anggraini"))
        #expect(html.contains("Sri Wahyuni, S.Sos."), "signed by whoever answered")
        #expect(html.contains("16 April 2024"))
    }

    @Test func aGrantIsPartAWithNoObjectionAndAPartialGrantNamesWhatWasWithheld() throws {
        let grant = try Self.written("notice-grant.html")
        #expect(grant.contains("A. Informasi Dapat Diberikan"))
        #expect(!grant.contains("4 Juni 2024"))
        let partial = try Self.written("notice-partial.html")
        #expect(partial.contains("A. Informasi Dapat Diberikan"))
        #expect(partial.contains("Nomor rekening penyedia"))
        #expect(partial.contains("4 Juni 2024"))
        #expect(partial.contains("Rp15.000"))
    }

    @Test func notHeldNamesTheHolderAndNotDocumentedItsDate() throws {
        #expect(try Self.written("notice-not-held.html").contains("Bawaslu Kabupaten Karanganyar"))
        #expect(try Self.written("notice-not-documented.html").contains("15 Mei 2024"))
    }
}
