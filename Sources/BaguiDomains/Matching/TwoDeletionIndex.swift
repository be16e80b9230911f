/// The two-edit neighbourhood of a set of words, for ``TypoTolerantTerms``: every word is filed
/// under a hash of itself and of each word made by deleting one or two of its letters (symmetric
/// delete at distance 2, as SymSpell), so a word two edits away shares at least one hash with it.
/// Hashes, not the deleted words themselves, and one sorted array, not a dictionary of arrays:
/// building the index over the rule table's long words was a quarter of a cold `bagui ask` with
/// word keys (perf). A hash collision only adds a candidate, which the caller confirms with
/// ``isWithinTwoEdits(_:_:)``.
struct TwoDeletionIndex: Sendable {
    /// (key hash, word number), sorted by hash.
    private let entries: [(hash: UInt64, word: Int)]

    /// The index over `words`, numbered by the `Int` beside each.
    init(_ words: [(word: [UInt8], number: Int)]) {
        var entries: [(hash: UInt64, word: Int)] = []
        for (word, number) in words {
            for hash in Set(Self.keyHashes(word)) { entries.append((hash, number)) }
        }
        entries.sort { $0.hash < $1.hash }
        self.entries = entries
    }

    /// Whether no word is indexed.
    var isEmpty: Bool { entries.isEmpty }

    /// Numbers of the indexed words that share a key with `word` (candidates two edits away or nearer, and
    /// rarely a collision); a number may repeat.
    func candidates(of word: [UInt8]) -> [Int] {
        var out: [Int] = []
        for hash in Self.keyHashes(word) {
            var low = 0, high = entries.count
            while low < high {  // first entry with entries[i].hash >= hash
                let mid = (low + high) / 2
                if entries[mid].hash < hash { low = mid + 1 } else { high = mid }
            }
            while low < entries.count, entries[low].hash == hash {
                out.append(entries[low].word)
                low += 1
            }
        }
        return out
    }

    /// FNV-1a hashes of `word` with no letter, one letter (at `i`) or two letters (at `i < j`) left out.
    private static func keyHashes(_ word: [UInt8]) -> [UInt64] {
        let n = word.count
        var hashes: [UInt64] = []
        hashes.reserveCapacity(1 + n + n * (n - 1) / 2)
        func hash(skipping i: Int, _ j: Int) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for k in 0..<n where k != i && k != j {
                h = (h ^ UInt64(word[k])) &* 0x0000_0100_0000_01b3
            }
            return (h ^ UInt64(n - (i < n ? 1 : 0) - (j < n ? 1 : 0))) &* 0x0000_0100_0000_01b3  // length too
        }
        hashes.append(hash(skipping: n, n))
        for i in 0..<n {
            hashes.append(hash(skipping: i, n))
            for j in (i + 1)..<max(i + 1, n) { hashes.append(hash(skipping: i, j)) }
        }
        return hashes
    }
}
