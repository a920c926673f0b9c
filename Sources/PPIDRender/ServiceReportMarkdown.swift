/// The service report as Markdown (GitHub-flavoured): the same parts, figures and office
/// text as the HTML page, every figure as a pipe table and no charts (the month chart is
/// the month table). Office text is escaped as table cells are, so it never becomes HTML.
public func renderServiceReportMarkdown(_ d: ServiceReportDocument) -> String {
    var chunks: [String] = []
    for block in d.blocks {
        switch block {
        case .title(let text):
            chunks.append("# " + markdownCell(text))
        case .lines(let lines):
            // Two trailing spaces: a line break inside one paragraph.
            chunks.append(lines.enumerated().map { i, line in
                let text = markdownCell(line)
                return i == 0 ? "**" + text + "**" : text
            }.joined(separator: "  \n"))
        case .heading(let level, let text):
            chunks.append(String(repeating: "#", count: level) + " " + markdownCell(text))
        case .text(let text):
            chunks.append(markdownParagraphs(text))
        case .sentence(let text):
            chunks.append(markdownCell(text))
        case .table(let table):
            chunks.append(renderMarkdown(table).trimmingTrailingNewlines)
        }
    }
    return chunks.joined(separator: "\n\n") + "\n"
}

/// Office text as Markdown paragraphs: blank lines part them, a single line break stays one.
private func markdownParagraphs(_ text: String) -> String {
    let paragraphs = TextWrap.paragraphs(of: text).split { trimmedWhitespace(String($0)).isEmpty }
    return paragraphs.map { lines in
        // A leading `#`, `-` or digit-dot would turn office prose into a heading or a list.
        lines.map { line -> String in
            let cell = markdownCell(trimmedWhitespace(String(line)))
            guard let first = cell.first, "#->+*=".contains(first) || cell.prefix(while: \.isNumber).count > 0
                    && cell.drop(while: \.isNumber).first == "." else { return cell }
            return "\\" + cell
        }.joined(separator: "  \n")
    }.joined(separator: "\n\n")
}

/// The service report for the terminal (`show report`): plain lines, headings in capitals,
/// tables as aligned label and number columns, office text wrapped to `width` columns.
/// Control characters in the office's text are shown as U+FFFD, as the terminal table does.
public func serviceReportText(_ d: ServiceReportDocument, width: Int = 80) -> String {
    let width = max(width, 40)
    var lines: [String] = []
    for block in d.blocks {
        switch block {
        case .title(let text):
            lines.append(text)
        case .lines(let head):
            lines += head.map(plain)
        case .heading(let level, let text):
            lines.append("")
            lines.append(level == 2 ? plain(text).uppercased() : plain(text))
        case .text(let text):
            for (i, paragraph) in TextWrap.paragraphs(of: plain(text)).enumerated() {
                if trimmedWhitespace(String(paragraph)).isEmpty {
                    if i > 0 { lines.append("") }
                    continue
                }
                lines += TextWrap.wrap(String(paragraph), width: width - 2).map { "  " + $0 }
            }
        case .sentence(let text):
            lines += TextWrap.wrap(plain(text), width: width - 2).map { "  " + $0 }
        case .table(let table):
            // A table after a sentence or another table stands apart by a blank line.
            if let last = lines.last, !last.isEmpty, last.hasPrefix("  ") { lines.append("") }
            lines += plainTable(table)
        }
    }
    return lines.joined(separator: "\n") + "\n"
}

/// A table as lines: the header, then each row, text columns padded on the right and
/// number columns on the left, two spaces apart; long text stays on one line.
private func plainTable(_ table: Table) -> [String] {
    let rows = [table.columns] + table.rows.indices.map { r in table.normalizedRow(r).map { plain($0.plainText) } }
    let numeric = table.columns.indices.map { table.isNumericColumn($0) }
    let widths = table.columns.indices.map { c in rows.map { displayWidth($0[c]) }.max() ?? 0 }
    return rows.map { row in
        let cells = row.indices.map { c -> String in
            let pad = String(repeating: " ", count: widths[c] - displayWidth(row[c]))
            return numeric[c] ? pad + row[c] : row[c] + pad
        }
        return "  " + trimmedTrailingSpaces(cells.joined(separator: "  "))
    }
}

private func plain(_ text: String) -> String {
    TerminalTableLayout.sanitized(text)
}

private func trimmedTrailingSpaces(_ text: String) -> String {
    String(text.reversed().drop { $0 == " " }.reversed())
}

private extension String {
    var trimmingTrailingNewlines: String {
        String(reversed().drop { $0 == "\n" }.reversed())
    }
}
