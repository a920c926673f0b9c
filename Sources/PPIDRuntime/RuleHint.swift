import PPIDModel
import PPIDText

/// What to type to put a broken rule right. The Model states the rule in the officer's terms
/// and knows no statements; the runtime adds the statement as a `help:` line after the notes.
/// A rule without a statement to suggest has no hint. Keywords stay as they are in both
/// languages; the words in capitals are what to fill in (`NAME` / `NAMA`).
enum RuleHint {
    /// The hint for `e`; `subject` (an item, a run, a year) fills the statement in.
    static func text(for e: ModelError) -> Text? {
        let s = e.subject ?? "NAME"
        switch e.code {
        case .clockUnset: return Text(en: "use `at DATE` first", id: "gunakan `at TANGGAL` terlebih dahulu")
        case .actorUnset: return Text(en: "use `as NAME` first", id: "gunakan `as NAMA` terlebih dahulu")
        case .actorRoleUnheld:
            return Text(en: "act as a person with `as NAME`, or give the role to someone: `staff NAME \"Full Name\" { roles \(s) }`",
                        id: "bertindaklah sebagai seorang pegawai dengan `as NAMA`, atau berikan peran itu kepada seseorang: `staff NAMA \"Nama Lengkap\" { roles \(s) }`")
        case .actorRoleShared:
            return Text(en: "`as \(s)`, or `as` another holder", id: "`as \(s)`, atau `as` pemegang peran yang lain")
        case .withdrawReason: return Text(en: "`withdraw \(s) \"reason\"`", id: "`withdraw \(s) \"alasan\"`")
        case .classifyPublished:
            return Text(en: "`withdraw \(s) \"reason\"`, then `classify \(s) as dikecualikan { ... }`",
                        id: "`withdraw \(s) \"alasan\"`, lalu `classify \(s) as dikecualikan { ... }`")
        case .exemptMissing:
            return Text(en: "in the block: `basis \"Pasal 17 huruf h\"`, `consequence \"...\"` and `until DATE` or `for DURATION`",
                        id: "di dalam blok: `basis \"Pasal 17 huruf h\"`, `consequence \"...\"`, dan `until TANGGAL` atau `for DURASI`")
        case .exemptPeriod:
            return Text(en: "give the period once: `until DATE` or `for DURATION` (days, weeks, months or years)",
                        id: "tetapkan jangka waktu satu kali saja: `until TANGGAL` atau `for DURASI` (hari, minggu, bulan atau tahun)")
        case .runDecision:
            return Text(en: "use `approve \(s)` or `reject \(s)`", id: "gunakan `approve \(s)` atau `reject \(s)`")
        case .runNotDecision: return Text(en: "use `complete \(s)`", id: "gunakan `complete \(s)`")
        case .calendarUnknownYear:
            return Text(en: "load \"scripts/calendar/id-\(s).ppid\" or declare its holidays, or use `option unknown_years workdays` to count Monday–Friday",
                        id: "muat kalender dengan `load \"scripts/calendar/id-\(s).ppid\"` atau deklarasikan hari liburnya, atau gunakan `option unknown_years workdays` agar Senin–Jumat dihitung sebagai hari kerja")
        default: return nil
        }
    }
}
