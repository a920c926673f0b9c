#if canImport(Glibc)
import Glibc
#endif
import Testing
import PPIDSyntax
@testable import PPIDRuntime

/// `export`, `render` and `export run` write only inside the allowed folders, also when
/// someone has planted symbolic links where the file, or its temporary file, will be.
@Suite(.serialized)
struct ExportWriteTests {
    /// A fresh folder the script may write to, and a file outside it that must stay as it is.
    static func setUp() -> (dir: String, victim: String) {
        func fresh(_ prefix: String) -> String {
            var template = Array("/tmp/\(prefix)-XXXXXX".utf8CString)
            return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
        }
        let outside = fresh("ppid-outside")
        let victim = outside + "/victim.txt"
        try? FileSystem.writeAtomically(victim, Array("untouched\n".utf8))
        return (fresh("ppid-export"), victim)
    }

    static func export(in dir: String, _ statement: String) -> Interpreter.EntryResult {
        let rt = Interpreter(workingDirectory: dir, output: { _ in })
        let setup = """
            unit kul "Keuangan"
            role ppid "PPID"
            staff sri "Sri" { roles ppid; unit kul }
            info lap "Laporan" { holder kul; responsible sri }
            classify lap as berkala
            sop setuju "Penetapan" { step 1 "Mengusulkan" { by ppid; takes 1 workday } }
            at 2025-01-06T09:00
            as sri
            start setuju as r1 for lap

            """
        let done = rt.runEntry(SourceFile(path: "<t>", text: setup))
        #expect(done.failure == nil, "\(done.failure?.diagnostics.first?.message ?? "")")
        return rt.runEntry(SourceFile(path: "<t>", text: statement + "\n"))
    }

    /// The names a temporary file had (`FILE.tmp-<pid>`) or might be guessed to have.
    static func plantedNames(_ file: String) -> [String] {
        [".tmp-\(getpid())", ".tmp-XXXXXX", ".tmp-000000", ".tmp-aaaaaa", ".tmp"].map { file + $0 }
    }

    @Test(arguments: [("export dip to \"out.csv\"", "out.csv"), ("export info to \"out.md\"", "out.md"),
                      ("export dip to \"out.xlsx\"", "out.xlsx"),
                      ("render sop setuju to \"out.html\"", "out.html"), ("export run r1 to \"out.ppid\"", "out.ppid")])
    func aLinkPlantedAtATemporaryNameIsNotWrittenThrough(_ statement: String, _ file: String) throws {
        let (dir, victim) = ExportWriteTests.setUp()
        let target = dir + "/" + file
        for name in ExportWriteTests.plantedNames(target) { #expect(symlink(victim, name) == 0) }
        let r = ExportWriteTests.export(in: dir, statement)
        #expect(r.failure == nil, "\(r.failure?.diagnostics.first?.message ?? "")")
        #expect(!FileSystem.isSymbolicLink(target))
        #expect(FileSystem.read(target).map { !$0.isEmpty } == true)
        #expect(FileSystem.read(victim) == Array("untouched\n".utf8))
        for name in ExportWriteTests.plantedNames(target) { #expect(FileSystem.isSymbolicLink(name)) }
    }

    @Test func aTargetThatIsALinkIsRefusedWhenItLeadsOutside() throws {
        let (dir, victim) = ExportWriteTests.setUp()
        #expect(symlink(victim, dir + "/dip.csv") == 0)
        let r = ExportWriteTests.export(in: dir, "export dip to \"dip.csv\"")
        #expect(r.failure?.diagnostics.first?.code == .ioError)
        #expect(r.failure?.diagnostics.first?.message.contains("link to a file outside") == true)
        #expect(FileSystem.read(victim) == Array("untouched\n".utf8))
        #expect(FileSystem.isSymbolicLink(dir + "/dip.csv"))

        // A link to a file inside the folder is replaced by the export (never written through).
        try FileSystem.writeAtomically(dir + "/old.csv", Array("old\n".utf8))
        #expect(symlink(dir + "/old.csv", dir + "/inside.csv") == 0)
        #expect(ExportWriteTests.export(in: dir, "export dip to \"inside.csv\"").failure == nil)
        #expect(!FileSystem.isSymbolicLink(dir + "/inside.csv"))
        #expect(FileSystem.read(dir + "/old.csv") == Array("old\n".utf8))
    }
}

extension ExportWriteTests {
    /// The files golden/output/export-formula-title.ppid exports: no cell a spreadsheet
    /// would run, no script link.
    @Test func theExportedDIPOfAFormulaTitleIsText() throws {
        let golden = GoldenTests.root + "/Tests/PPIDRuntimeTests/golden/output/export-formula-title.ppid"
        let result = try Golden.run(golden)
        #expect(result.problems.isEmpty, "\(result.problems)")
        let out = FileSystem.directory(of: golden) + "/out/dip-formula"
        let csv = String(decoding: FileSystem.read(out + ".csv") ?? [], as: UTF8.self)
        // The DIP's public layout (No, Kode, Judul, Ringkasan, unit title, staff name, ...).
        #expect(csv.contains("\r\n1,a,\"'=HYPERLINK(\"\"http://contoh.test\"\",\"\"klik\"\")\",,Keuangan,Sri Wahyuni,15 Januari 2024,"))
        #expect(csv.contains("\r\n2,b,'@SUM(1+1),'-2+3,Keuangan,"))
        let tsv = String(decoding: FileSystem.read(out + ".tsv") ?? [], as: UTF8.self)
        #expect(tsv.contains("\n1\ta\t'=HYPERLINK(\"http://contoh.test\",\"klik\")\t\tKeuangan\t"))
        #expect(tsv.contains("\n2\tb\t'@SUM(1+1)\t'-2+3\tKeuangan\t"))
        let md = String(decoding: FileSystem.read(out + ".md") ?? [], as: UTF8.self)
        #expect(md.contains("| 3 | c | [klik\\](javascript:alert(1)) |"))
    }
}

extension ExportWriteTests {
    /// golden/queries/rows-carry-register.ppid: `let d = dip where ...; export d` writes the
    /// DIP page exactly like `export dip where ...`, and a DIK held in a variable its page.
    @Test func rowsInAVariableExportAsTheirRegister() throws {
        let golden = GoldenTests.root + "/Tests/PPIDRuntimeTests/golden/queries/rows-carry-register.ppid"
        let result = try Golden.run(golden)
        #expect(result.problems.isEmpty, "\(result.problems)")
        let out = FileSystem.directory(of: golden) + "/out/"
        func page(_ name: String) -> String { String(decoding: FileSystem.read(out + name) ?? [], as: UTF8.self) }
        let d = page("rows-d.html"), q = page("rows-q.html"), k = page("rows-k.html")
        #expect(d.contains("<title>Daftar Informasi Publik"))
        #expect(d.contains("<th scope=\"col\">Ringkasan Isi Informasi</th>"))
        #expect(d.contains("Laporan A"))
        #expect(!d.contains("Data pribadi"))
        #expect(d == q)
        #expect(k.contains("<title>Daftar Informasi yang Dikecualikan"))
        #expect(k.contains("<th scope=\"col\">Hasil Uji Konsekuensi</th>"))   // the Kudus layout
        let s = page("rows-s.csv")
        #expect(s.hasPrefix("run,step,activity,actor,role,started,done,due,late,outcome,note\r\n"))
    }
}

extension ExportWriteTests {
    /// golden/output/dip-decree.ppid: the office's dip_* fields make the penetapan block and
    /// are not printed as letterhead lines.
    @Test func theDIPPageEndsWithItsDecree() throws {
        let golden = GoldenTests.root + "/Tests/PPIDRuntimeTests/golden/output/dip-decree.ppid"
        let result = try Golden.run(golden)
        #expect(result.problems.isEmpty, "\(result.problems)")
        let page = String(decoding: FileSystem.read(FileSystem.directory(of: golden) + "/out/dip-decree.html") ?? [], as: UTF8.self)
        #expect(page.contains("12/PPID/I/2025"))
        #expect(page.contains("6 Januari 2025"))
        #expect(page.contains("Drs. Heru Santoso"))
        #expect(!page.contains("dip_decree"))
    }
}
