#if canImport(Glibc)
import Glibc
#endif
import PPIDRuntime

/// The entries of a folder, for completing file names.
enum DirectoryListing {
    static func entries(_ path: String) -> [(name: String, isDirectory: Bool)] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var out: [(name: String, isDirectory: Bool)] = []
        while let entry = readdir(dir), out.count < 10_000 {
            var nameTuple = entry.pointee.d_name
            let name = withUnsafePointer(to: &nameTuple) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            var isDirectory = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) || entry.pointee.d_type == UInt8(DT_LNK) {
                isDirectory = FileSystem.isDirectory(FileSystem.join(path, name))
            }
            out.append((name, isDirectory))
        }
        return out
    }
}
