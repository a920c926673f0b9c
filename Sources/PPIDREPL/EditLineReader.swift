#if canImport(Glibc)
import Glibc
#endif
import CEditLine

/// Line editing with libedit on a terminal: emacs keys, Up/Down through history, Ctrl-R
/// to search it, Tab to complete. Ctrl-C while typing drops the line (`.interrupted`),
/// Ctrl-D on an empty line ends the input.
///
/// libedit is driven through its native API: its variadic calls go through
/// `shim.h`, and the C callbacks (prompt, completion) find this object through
/// `EL_CLIENTDATA`. Ctrl-C works because the SIGINT handler (`Terminal`) is installed
/// without SA_RESTART, so `el_gets` returns NULL when the read is interrupted.
public final class EditLineReader: LineReader {
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private var prompt: UnsafeMutablePointer<CChar>
    public var completer: ((String) -> Completion)?

    /// Nil when libedit cannot start (no terminal); use a `PlainLineReader` then.
    public init?(programName: String = "ppid", historyLimit: Int) {
        // libedit drops non-ASCII input in the C locale, where Swift programs start.
        Terminal.useUTF8CharacterLocale()
        guard let el = el_init(programName, ppid_stdin(), ppid_stdout(), ppid_stderr()) else { return nil }
        guard let h = history_init() else {
            el_end(el)
            return nil
        }
        editor = el
        history = h
        prompt = Self.cString("")
        _ = ppid_history_setsize(h, Int32(clamping: max(historyLimit, 1)))
        _ = ppid_history_setunique(h, 1)
        _ = ppid_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        _ = ppid_el_set_signal(el, 0)
        _ = ppid_el_set_editor(el, "emacs")
        _ = ppid_el_set_prompt(el, { el in
            guard let el, let data = ppid_el_get_clientdata(el) else { return nil }
            return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().prompt
        })
        _ = ppid_el_set_hist(el, h)
        _ = ppid_el_addfn(el, "ppid-complete", "Complete the word before the cursor", { el, _ in
            guard let el, let data = ppid_el_get_clientdata(el) else { return UInt8(CC_ERROR) }
            return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().complete()
        })
        _ = ppid_el_bind(el, "^I", "ppid-complete")
        _ = ppid_el_bind(el, "^R", "em-inc-search-prev")
        // ~/.editrc last, so a user's own bindings win.
        _ = ppid_el_source_default(el)
    }

    deinit {
        el_end(editor)
        history_end(history)
        free(prompt)
    }

    public func readLine(prompt text: String) -> LineReadResult {
        free(prompt)
        prompt = Self.cString(text)
        // The terminal may have been resized since the last line (no SIGWINCH handler).
        el_resize(editor)
        var count: Int32 = 0
        guard let line = el_gets(editor, &count) else {
            if count < 0 {
                // Interrupted (Ctrl-C): move below the abandoned line.
                fputs("\n", ppid_stdout())
                fflush(ppid_stdout())
                return .interrupted
            }
            return .endOfInput
        }
        var s = String(cString: line)
        if s.hasSuffix("\n") { s.removeLast() }
        return .line(s)
    }

    /// A C copy of `text` (freed with `free`), empty when memory runs out.
    static func cString(_ text: String) -> UnsafeMutablePointer<CChar> {
        if let copy = strdup(text) { return copy }
        let empty = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        empty.initialize(to: 0)
        return empty
    }

    /// Starts the next line with `text`, as if typed (training mode's `:solution`).
    public func prefillNextLine(_ text: String) {
        el_push(editor, text)
    }

    public func addHistory(_ entry: String) {
        _ = ppid_history_enter(history, entry)
    }

    /// Tab: insert the only candidate, or what the candidates share; when that adds
    /// nothing, list them under the line.
    private func complete() -> UInt8 {
        guard let completer, let info = el_line(editor) else { return UInt8(CC_REFRESH) }
        let start = UnsafeRawPointer(info.pointee.buffer)
        let cursor = UnsafeRawPointer(info.pointee.cursor)
        guard let start, let cursor, cursor >= start else { return UInt8(CC_REFRESH) }
        let bytes = UnsafeRawBufferPointer(start: start, count: cursor - start)
        let before = String(decoding: bytes, as: UTF8.self)
        // Tab at the start of a line (inside a block) indents.
        if before.allSatisfy({ $0 == " " || $0 == "\t" }) {
            _ = el_insertstr(editor, "  ")
            return UInt8(CC_REFRESH)
        }
        let completion = completer(before)
        let insertion = completion.insertion
        if !insertion.isEmpty {
            _ = el_insertstr(editor, insertion)
            return UInt8(CC_REFRESH)
        }
        guard completion.candidates.count > 1 else { return UInt8(CC_REFRESH) }
        var cols: Int32 = 0, rows: Int32 = 0
        _ = ppid_terminal_size(1, &rows, &cols)
        let listing = Self.columns(completion.candidates, width: cols > 0 ? Int(cols) : 80)
        fputs("\n" + listing, ppid_stdout())
        fflush(ppid_stdout())
        return UInt8(CC_REDISPLAY)
    }

    /// The candidates in columns across the screen, each line ending in a line break.
    static func columns(_ words: [String], width: Int) -> String {
        let cell = (words.map(\.count).max() ?? 0) + 2
        let perLine = max(1, width / max(cell, 1))
        var out = ""
        for (i, w) in words.prefix(400).enumerated() {
            let endOfLine = (i + 1) % perLine == 0 || i == min(words.count, 400) - 1
            out += endOfLine ? w + "\n" : w + String(repeating: " ", count: cell - w.count)
        }
        if words.count > 400 { out += "… and \(words.count - 400) more\n" }
        return out
    }
}
