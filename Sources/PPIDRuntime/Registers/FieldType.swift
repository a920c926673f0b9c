/// What a field holds, declared with the field: the column type of `export registers`
/// (docs/language.md §13), so that the database's schema comes from the register's schema
/// and never from guessing at values (an empty register would give no types at all).
public enum FieldType: Sendable, Equatable {
    /// Text, or a code word (`berkala`, `open`): codes stay codes, as in JSON.
    case text
    case integer
    /// true/false, stored as 1/0.
    case bool
    /// A day, stored as ISO text `2024-12-10`.
    case date
    /// A day and time, stored as ISO text `2024-12-10 08:00` (what SQLite's date functions read).
    case dateTime
    /// A list, stored as a JSON array in one text column. Lists are short (formats, roles,
    /// the items of a request); a JSON array keeps one row per register row, reads as it is
    /// in sqlite3 and Excel, and SQLite takes it apart with `json_each` when a query needs to.
    case list
    /// The name of a row of another register (`holder` names a unit): text, and a foreign
    /// key to that register's `name` when both are in the database.
    case reference(RegisterKind)
    /// Not written to the database: the field repeats another one (a staff member's
    /// `title`) or is a list of records with a register of its own (an item's `history`
    /// is in `log`).
    case omitted
}
