/// Display width: how many terminal columns text occupies.
///
/// Rules (close to `wcwidth` and to what current terminals do):
/// - control characters, combining marks, format characters (ZWJ, ZWSP, variation
///   selectors) and Hangul medial/final jamo: 0;
/// - East Asian Wide and Fullwidth characters (CJK, Hangul syllables, fullwidth forms): 2;
/// - an emoji (a grapheme cluster with an emoji-presentation scalar, or an emoji followed by
///   the emoji variation selector U+FE0F, including ZWJ sequences and flags): 2 for the
///   whole cluster;
/// - everything else: 1.
/// So "Désa" is 4 wide whether the é is precomposed or `e` + U+0301.
public func displayWidth(_ text: some StringProtocol) -> Int {
    // Fast path: printable ASCII is one column a byte, and it is most of what offices type.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    var total = 0
    for character in text {
        total += displayWidth(character)
    }
    return total
}

/// The display width of one grapheme cluster (see `displayWidth(_:)` for the rules).
public func displayWidth(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    // Fast path: a lone scalar below the combining marks (ASCII, Latin-1, Latin Extended,
    // so every precomposed Indonesian letter) is one column, or none for a control.
    if first.value < 0x300, scalars.index(after: scalars.startIndex) == scalars.endIndex {
        return first.value < 0x20 || (first.value >= 0x7F && first.value < 0xA0) ? 0 : 1
    }
    if scalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
    if first.properties.isEmoji, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    var width = 0
    for scalar in scalars {
        width += scalarWidth(scalar)
    }
    return width
}

/// The width of a single scalar, ignoring emoji rules (those need the whole cluster).
func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if v < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
        return 0
    default:
        break
    }
    if v >= 0x1160, v <= 0x11FF { return 0 }   // Hangul jungseong/jongseong join the syllable
    return isWide(v) ? 2 : 1
}

/// East Asian Wide (W) and Fullwidth (F) blocks, sorted, as closed ranges. Emoji are handled
/// by the emoji rule and not listed here.
private let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5,
    0x2FF0...0x2FFF, 0x3000...0x303E, 0x3041...0x3096, 0x3099...0x30FF, 0x3105...0x312F,
    0x3131...0x318E, 0x3190...0x31E3, 0x31EF...0x321E, 0x3220...0x3247, 0x3250...0x4DBF,
    0x4E00...0xA48C, 0xA490...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF,
    0xFE10...0xFE19, 0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFF60,
    0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x187F7,
    0x18800...0x18CD5, 0x18D00...0x18D08, 0x1AFF0...0x1B2FB, 0x1F200...0x1F202,
    0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265,
    0x20000...0x2FFFD, 0x30000...0x3FFFD,
]

private func isWide(_ v: UInt32) -> Bool {
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
        let mid = (low + high) / 2
        let range = wideRanges[mid]
        if v < range.lowerBound {
            high = mid - 1
        } else if v > range.upperBound {
            low = mid + 1
        } else {
            return true
        }
    }
    return false
}
