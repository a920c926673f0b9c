import Testing
import Foundation

/// The language of the command line, run as a built binary: the locale, `--lang`, and a
/// script's `option language` (docs/language.md, "Language").
struct LanguageBinaryTests {
    static let indonesian = ["LANG": "id_ID.UTF-8"]

    @Test func helpFollowsTheLocale() throws {
        let id = try BinaryTests.ppid(["--help"], environment: Self.indonesian)
        #expect(id.code == 0, "\(id.err)")
        #expect(id.out.contains("Register, SOP, dan persetujuan untuk PPID"), "\(id.out)")
        #expect(id.out.contains("PENGGUNAAN:") && id.out.contains("SUBPERINTAH:"), "\(id.out)")
        #expect(!id.out.contains("Registers, SOPs and approvals"))
        let en = try BinaryTests.ppid(["--help"])
        #expect(en.out.contains("Registers, SOPs and approvals for PPID offices"), "\(en.out)")
        #expect(en.out.contains("USAGE:"))
    }

    @Test func subcommandHelpFollowsTheLocale() throws {
        let r = try BinaryTests.ppid(["run", "--help"], environment: Self.indonesian)
        #expect(r.code == 0)
        #expect(r.out.contains("Menjalankan skrip berurutan dalam satu sesi"), "\(r.out)")
        #expect(r.out.contains("Izinkan juga export dan render menulis ke folder ini"), "\(r.out)")
        #expect(r.out.contains("--lang"))
    }

    @Test func langOverridesTheLocale() throws {
        let en = try BinaryTests.ppid(["--lang", "en", "--help"], environment: Self.indonesian)
        #expect(en.out.contains("Registers, SOPs and approvals"), "\(en.out)")
        let id = try BinaryTests.ppid(["run", "--help", "--lang", "id"])
        #expect(id.out.contains("Menjalankan skrip"), "\(id.out)")
        let path = try BinaryTests.script("print totl\n")
        let run = try BinaryTests.ppid(["run", "--lang", "en", path], environment: Self.indonesian)
        #expect(run.code == 65)
        #expect(run.err.contains("error: unknown name 'totl'"), "\(run.err)")
    }

    @Test func lcAllBeatsLangAndLcMessages() throws {
        let path = try BinaryTests.script("print totl\n")
        let en = try BinaryTests.ppid(["run", path], environment: ["LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "id_ID.UTF-8", "LANG": "id_ID.UTF-8"])
        #expect(en.err.contains("error: unknown name 'totl'"), "\(en.err)")
        let id = try BinaryTests.ppid(["run", path], environment: ["LC_ALL": "id_ID.UTF-8", "LANG": "en_US.UTF-8"])
        #expect(id.err.contains("kesalahan: nama 'totl' tidak dikenal"), "\(id.err)")
        let messages = try BinaryTests.ppid(["run", path], environment: ["LC_MESSAGES": "id_ID.UTF-8", "LANG": "en_US.UTF-8"])
        #expect(messages.err.contains("kesalahan:"), "\(messages.err)")
    }

    @Test func aScriptThatSaysOptionLanguageIdFailsInIndonesian() throws {
        let path = try BinaryTests.script("option language id\nprint 1 / 0\n")
        let r = try BinaryTests.ppid(["run", path])
        #expect(r.code == 70)
        #expect(r.err.contains("kesalahan: pembagian dengan nol [E303]"), "\(r.err)")
        // A name error further down is found after the option ran: Indonesian too, exit 65.
        let name = try BinaryTests.ppid(["run", try BinaryTests.script("option language id\nprint \"x\"\nprint totl\n")])
        #expect(name.code == 65)
        #expect(name.err.contains("kesalahan: nama 'totl' tidak dikenal"), "\(name.err)")
        #expect(name.out.isEmpty)
        // And the other way round: the locale says Indonesian, the script English.
        let en = try BinaryTests.ppid(["run", try BinaryTests.script("option language en\nprint 1 / 0\n")], environment: Self.indonesian)
        #expect(en.err.contains("error: division by zero"), "\(en.err)")
    }

    @Test("exit codes are the same in Indonesian", arguments: [
        ("print 1", Int32(0)),
        ("assert 1 == 2", 1),
        ("let = 3", 65),
        ("print nama_tak_dikenal", 65),
        ("print 1 / 0", 70),
        ("load \"tidak-ada.ppid\"", 66),
        ("option language jawa", 65),
    ])
    func exitCodesUnchanged(_ text: String, _ code: Int32) throws {
        let path = try BinaryTests.script(text)
        #expect(try BinaryTests.ppid(["run", path], environment: Self.indonesian).code == code)
        #expect(try BinaryTests.ppid(["run", "--lang", "id", path]).code == code)
        #expect(try BinaryTests.ppid(["run", try BinaryTests.script("option language id\n" + text)]).code == code)
    }

    @Test func otherEntryPointsSpeakIndonesian() throws {
        // -e (the fast path), check, a missing file, piped input.
        let e = try BinaryTests.ppid(["--lang", "id", "-e", "print totl"])
        #expect(e.code == 65)
        #expect(e.err.contains("nama 'totl' tidak dikenal"), "\(e.err)")
        let check = try BinaryTests.ppid(["check", try BinaryTests.script("print totl\n")], environment: Self.indonesian)
        #expect(check.code == 65)
        #expect(check.err.contains("kesalahan: nama 'totl' tidak dikenal"), "\(check.err)")
        let missing = try BinaryTests.ppid(["run", "/no/such/file.ppid"], environment: Self.indonesian)
        #expect(missing.code == 66)
        #expect(missing.err.contains("tidak dapat membaca /no/such/file.ppid: berkas tidak ada"), "\(missing.err)")
        let piped = try BinaryTests.ppid(["--lang", "id"], stdin: "print totl\n")
        #expect(piped.code == 65)
        #expect(piped.err.contains("nama 'totl' tidak dikenal"), "\(piped.err)")
        let usage = try BinaryTests.ppid(["run"], environment: Self.indonesian)
        #expect(usage.code == 64)
        #expect(usage.err.contains("Kesalahan: Argumen yang diperlukan tidak ada: '<files> ...'"), "\(usage.err)")
        #expect(usage.err.contains("Penggunaan: ppid run"), "\(usage.err)")
    }

    @Test func verifyAndRepairSpeakIndonesian() throws {
        let ok = try BinaryTests.ppid(["verify", "--lang", "id", try BinaryTests.script("assert 1 == 1\n")])
        #expect(ok.code == 0)
        #expect(ok.err.hasSuffix(": berhasil\n"), "\(ok.err)")
        let failed = try BinaryTests.ppid(["verify", try BinaryTests.script("assert 1 == 2\nassert 2 == 3\n")], environment: Self.indonesian)
        #expect(failed.code == 1)
        #expect(failed.err.contains(": 2 assert gagal"), "\(failed.err)")
        let journal = try BinaryTests.script("unit kul \"Keuangan\"\n")
        let repair = try BinaryTests.ppid(["repair", journal], environment: Self.indonesian)
        #expect(repair.code == 0)
        #expect(repair.out.contains("tidak ada yang perlu diperbaiki"), "\(repair.out)")
        #expect(repair.out.contains("dapat dijalankan ulang (1 perintah)"), "\(repair.out)")
    }

    @Test func theErrorOfRepairIsInTheSessionLanguage() throws {
        // A folder is not a journal: repair cannot open it (exit 74) and says so in Indonesian.
        let folder = FileManagerFolder.make()
        let id = try BinaryTests.ppid(["repair", folder], environment: Self.indonesian)
        #expect(id.code == 74)
        #expect(id.err.hasPrefix("ppid: jurnal \(folder) tidak dapat dibuka"), "\(id.err)")
        let byOption = try BinaryTests.ppid(["repair", "--lang", "id", folder])
        #expect(byOption.err.hasPrefix("ppid: jurnal \(folder) tidak dapat dibuka"), "\(byOption.err)")
        let en = try BinaryTests.ppid(["repair", folder])
        #expect(en.code == 74)
        #expect(en.err.hasPrefix("ppid: cannot open the journal \(folder)"), "\(en.err)")
    }

    @Test func aWrongLangValueIsAUsageError() throws {
        let r = try BinaryTests.ppid(["--lang", "fr", "-e", "print 1"])
        #expect(r.code == 64, "\(r.err)")
    }
}

/// A fresh empty folder under the temporary directory.
enum FileManagerFolder {
    static func make() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-dir-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }
}
