/// How an item keeps its rarer and its shared fields out of line (InfoItem.swift): one
/// pointer each, shared between items where the values are the same.

/// The fields items declared together usually share, kept out of line so they can share them.
struct ItemAttributes: Hashable, Sendable {
    var holder: String?
    var responsible: String?
    var place: String?
    var formats: [String] = []
    var media: [String] = []

    /// The box every item starts with.
    static let none = Box(ItemAttributes())
}

/// The fields few items have, kept out of line.
struct ItemExtras: Hashable, Sendable {
    var exemption: Exemption?
    var withdrawnReason: String?
    var withheld: [WithheldPart] = []
}

/// An immutable value behind one pointer: a whole `T` costs one word where it is absent.
/// Compares and hashes by value; replaced, never mutated, so sharing it is safe.
final class Box<T: Hashable & Sendable>: Hashable, Sendable {
    let value: T
    init(_ value: T) { self.value = value }
    static func == (a: Box, b: Box) -> Bool { a === b || a.value == b.value }
    func hash(into h: inout Hasher) { h.combine(value) }
}
