/// The storage of a list value: its elements, and how deep lists nest in it.
///
/// The depth is kept with the elements so that the nesting limit (64 levels, E310) costs
/// constant time per list put inside a list: `[a, b]`'s depth is 1 + the deepest of its
/// elements, each already known, and appending only looks at what is appended. Before,
/// the check walked the list put inside, so `[big]` scanned every element of `big`.
public struct ListStorage: Sendable, RandomAccessCollection, RangeReplaceableCollection, ExpressibleByArrayLiteral {
    /// The values, in order.
    public private(set) var elements: [Value]
    /// 1 + the deepest nesting of the elements (1 for a list of no lists), at most 255.
    public private(set) var depth: UInt8

    #if DEBUG
    /// Counts the elements looked at to work out depths, for tests that hold the check to
    /// constant time per construction (a count of work, not a timing; debug builds only).
    final class Visits: @unchecked Sendable { var count = 0 }
    /// The counter of the task running a test, nil elsewhere (tests run side by side).
    @TaskLocal static var visits: Visits?
    #endif

    public init() { elements = []; depth = 1 }

    public init(_ elements: [Value]) {
        self.elements = elements
        self.depth = ListStorage.depth(of: elements)
    }

    public init(arrayLiteral elements: Value...) { self.init(elements) }

    public init<S: Sequence>(_ s: S) where S.Element == Value { self.init(Array(s)) }

    /// 1 + the deepest of `xs` (each known in constant time).
    static func depth<C: Collection>(of xs: C) -> UInt8 where C.Element == Value {
        var d: UInt8 = 1
        for x in xs {
            let e = x.depth
            if e >= d { d = e == 255 ? 255 : e + 1 }
        }
        #if DEBUG
        if let v = visits { v.count &+= xs.count }
        #endif
        return d
    }

    public var startIndex: Int { elements.startIndex }
    public var endIndex: Int { elements.endIndex }
    public subscript(i: Int) -> Value { elements[i] }
    public subscript(r: Range<Int>) -> ArraySlice<Value> { elements[r] }
    public func index(after i: Int) -> Int { i + 1 }
    public func index(before i: Int) -> Int { i - 1 }

    /// The elements' buffer, as `Array`'s: lets walks recognise storage they have seen.
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Value>) throws -> R) rethrows -> R {
        try elements.withUnsafeBufferPointer(body)
    }

    public mutating func reserveCapacity(_ n: Int) { elements.reserveCapacity(n) }

    public mutating func replaceSubrange<C: Collection>(_ r: Range<Int>, with new: C) where C.Element == Value {
        // Removing the deepest element may make the list shallower: only then look again.
        let recompute = !r.isEmpty && ListStorage.depth(of: elements[r]) >= depth
        elements.replaceSubrange(r, with: new)
        if recompute {
            depth = ListStorage.depth(of: elements)
        } else {
            depth = Swift.max(depth, ListStorage.depth(of: new))
        }
    }
}
