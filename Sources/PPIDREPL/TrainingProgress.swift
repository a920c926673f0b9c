/// A trainee's progress in one exercise, kept between runs of `ppid train` (in
/// `~/.ppid/training/NAME.ppid`): for each task reached, whether it is done, skipped or
/// still open, the hints shown, and the statements typed while it was current.
///
/// The file is a `.ppid` text whose bookkeeping lines are `#@` comments; each statement is
/// preceded by `#@ pernyataan N` with its line count, so a statement's own lines are never
/// read as bookkeeping, whatever they hold.
struct TrainingProgress: Equatable {
    enum Status: String, Equatable {
        case open = "terbuka"
        case done = "selesai"
        case skipped = "dilewati"
    }

    struct Task: Equatable {
        var status: Status = .open
        var hintsShown = 0
        var solutionShown = false
        /// The state-changing statements that succeeded while this task was current, as typed.
        var statements: [String] = []
    }

    var title: String
    var taskCount: Int
    /// The tasks reached, in order: every one closed (done or skipped) but perhaps the last.
    var tasks: [Task]

    /// The file's text.
    func encoded() -> String {
        var out = "# ppid train: progres latihan (ditulis ulang setelah setiap entri; jangan diubah).\n"
        out += "#@ latihan \(taskCount) \(Self.oneLine(title))\n"
        for (i, task) in tasks.enumerated() {
            out += "#@ tugas \(i + 1) \(task.status.rawValue) petunjuk \(task.hintsShown) solusi \(task.solutionShown ? 1 : 0)\n"
            for statement in task.statements {
                let lines = statement.split(separator: "\n", omittingEmptySubsequences: false)
                out += "#@ pernyataan \(lines.count)\n" + statement + "\n"
            }
        }
        return out
    }

    /// Reads a file written by `encoded`; nil when it is not one (or was edited into
    /// something else).
    static func decode(_ text: String) -> TrainingProgress? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var i = 0
        while i < lines.count, !lines[i].hasPrefix("#@") { i += 1 }
        guard i < lines.count else { return nil }
        let head = lines[i].split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
        guard head.count >= 3, head[0] == "#@", head[1] == "latihan", let count = Int(head[2]), count >= 0 else { return nil }
        var progress = TrainingProgress(title: head.count == 4 ? String(head[3]) : "", taskCount: count, tasks: [])
        i += 1
        while i < lines.count {
            let words = lines[i].split(separator: " ").map(String.init)
            if words.isEmpty || lines[i].isEmpty { i += 1; continue }
            if words.count == 8, words[0] == "#@", words[1] == "tugas", Int(words[2]) == progress.tasks.count + 1,
               let status = Status(rawValue: words[3]), words[4] == "petunjuk", let hints = Int(words[5]), hints >= 0,
               words[6] == "solusi", let solution = Int(words[7]), solution == 0 || solution == 1 {
                progress.tasks.append(Task(status: status, hintsShown: hints, solutionShown: solution == 1))
                i += 1
            } else if words.count == 3, words[0] == "#@", words[1] == "pernyataan", let n = Int(words[2]), n >= 1,
                      !progress.tasks.isEmpty, n <= lines.count - i - 1 {
                progress.tasks[progress.tasks.count - 1].statements.append(lines[(i + 1)...(i + n)].joined(separator: "\n"))
                i += n + 1
            } else {
                return nil
            }
        }
        // Every task reached but the last is closed; no more tasks than the exercise has.
        guard progress.tasks.count <= count, !progress.tasks.dropLast().contains(where: { $0.status == .open }) else { return nil }
        return progress
    }

    /// A title on one line.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
