/// One symbol of a word being merged, linked to its live neighbours (tokenizers/src/models/bpe/word.rs).
struct BPESymbol {
    var id: Int32
    var prev: Int32
    var next: Int32
    var alive: Bool

    static func append(_ id: Int32, to symbols: inout [BPESymbol]) {
        let count = Int32(symbols.count)
        if count > 0 { symbols[Int(count) - 1].next = count }
        symbols.append(BPESymbol(id: id, prev: count - 1, next: -1, alive: true))
    }

    /// `Word::merge_all` without dropout: repeatedly applies the lowest-ranked merge (leftmost on ties),
    /// using the same priority queue and stale-entry test as Rust so even its corner cases agree.
    static func mergeAll(_ symbols: inout [BPESymbol], merges: MergeTable, heap: inout BPEMergeHeap) {
        guard symbols.count > 1 else { return }
        heap.removeAll()
        @inline(__always) func lookup(_ a: Int32, _ b: Int32) -> UInt64? { merges.get(MergeTable.key(a, b)) }
        for pos in 0..<(symbols.count - 1) {
            if let m = lookup(symbols[pos].id, symbols[pos + 1].id) {
                heap.push(BPEMergeHeap.Entry(rank: UInt32(m >> 32), pos: Int32(pos), newId: Int32(truncatingIfNeeded: m)))
            }
        }
        while let top = heap.pop() {
            let pos = Int(top.pos)
            guard symbols[pos].alive, symbols[pos].next >= 0 else { continue }
            let nextPos = Int(symbols[pos].next)
            let right = symbols[nextPos]
            // Skip stale entries: the pair at `pos` must still produce this merge's id.
            guard let current = lookup(symbols[pos].id, right.id), Int32(truncatingIfNeeded: current) == top.newId else { continue }
            symbols[pos].id = top.newId
            symbols[pos].next = right.next
            symbols[nextPos].alive = false
            if right.next >= 0, Int(right.next) < symbols.count { symbols[Int(right.next)].prev = Int32(pos) }
            let merged = symbols[pos]
            if merged.prev >= 0, let m = lookup(symbols[Int(merged.prev)].id, merged.id) {
                heap.push(BPEMergeHeap.Entry(rank: UInt32(m >> 32), pos: merged.prev, newId: Int32(truncatingIfNeeded: m)))
            }
            if merged.next >= 0, Int(merged.next) < symbols.count, let m = lookup(merged.id, symbols[Int(merged.next)].id) {
                heap.push(BPEMergeHeap.Entry(rank: UInt32(m >> 32), pos: Int32(pos), newId: Int32(truncatingIfNeeded: m)))
            }
        }
    }
}

/// A binary min-heap of pending merges ordered by (rank, position), like the Rust `BinaryHeap<Merge>`
/// with its reversed `Ord`.
struct BPEMergeHeap {
    struct Entry {
        var rank: UInt32
        var pos: Int32
        var newId: Int32

        @inline(__always)
        static func < (a: Entry, b: Entry) -> Bool { a.rank != b.rank ? a.rank < b.rank : a.pos < b.pos }
    }

    private var items: [Entry] = []

    mutating func removeAll() { items.removeAll(keepingCapacity: true) }

    mutating func push(_ entry: Entry) {
        items.append(entry)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard items[i] < items[parent] else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> Entry? {
        guard let last = items.popLast() else { return nil }
        guard !items.isEmpty else { return last }
        let top = items[0]
        items[0] = last
        var i = 0
        let n = items.count
        while true {
            let l = 2 * i + 1
            let r = l + 1
            var smallest = i
            if l < n, items[l] < items[smallest] { smallest = l }
            if r < n, items[r] < items[smallest] { smallest = r }
            if smallest == i { break }
            items.swapAt(i, smallest)
            i = smallest
        }
        return top
    }
}
