import PPIDSyntax
import PPIDModel
import PPIDText

/// The source files a snapshot refers to, each once.
struct SnapshotFileTable {
    var files: [SourceFile] = []
    var index: [ObjectIdentifier: Int] = [:]

    mutating func index(_ f: SourceFile) -> Int {
        if let i = index[ObjectIdentifier(f)] { return i }
        files.append(f)
        index[ObjectIdentifier(f)] = files.count - 1
        return files.count - 1
    }
}
