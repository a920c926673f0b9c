#if canImport(Glibc)
import Glibc
#endif

/// Reads lines from a file descriptor without a prompt or editing (stdin not a terminal).
public final class PlainLineReader: LineReader {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    public var completer: ((String) -> Completion)?

    public init(fd: Int32 = 0) { self.fd = fd }

    public func readLine(prompt: String) -> LineReadResult {
        while true {
            if let nl = buffer[start...].firstIndex(of: 10) {
                var line = Array(buffer[start..<nl])
                start = nl + 1
                if line.last == 13 { line.removeLast() }
                compact()
                return .line(String(decoding: line, as: UTF8.self))
            }
            if atEnd {
                guard start < buffer.count else { return .endOfInput }
                let line = Array(buffer[start...])
                start = buffer.count
                return .line(String(decoding: line, as: UTF8.self))
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { return .interrupted }
            if n <= 0 { atEnd = true; continue }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }

    public func addHistory(_ entry: String) {}

    /// Drops consumed bytes once they dominate the buffer.
    private func compact() {
        if start > 1 << 16 && start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
    }
}
