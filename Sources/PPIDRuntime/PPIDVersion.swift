/// The program's version: `ppid --version`, the banner, and the `meta` table of
/// `export registers` (so a database says which ppid wrote it).
public enum PPIDVersion {
    public static let current = "0.1.0"
}
