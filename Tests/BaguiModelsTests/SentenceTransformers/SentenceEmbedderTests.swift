import BaguiModels
import Foundation
import Testing

/// The whole text → vector path (tokenizer, truncation at max_seq_length, encoder, pooling,
/// normalisation) against `SentenceTransformer.encode` on all-MiniLM-L6-v2.
@Suite("SentenceEmbedder parity with sentence-transformers")
struct SentenceEmbedderTests {
    let embedder: SentenceEmbedder

    init() throws {
        embedder = try SentenceEmbedder(directory: MiniLMFixture.requireModel())
    }

    @Test("texts embed within 1e-4 per component and cosine ≥ 0.99999, in input order")
    func textsMatchReference() throws {
        let texts = MiniLMFixture.texts, reference = MiniLMFixture.reference
        #expect(texts.count >= 64)
        #expect(reference.tokenCounts.contains { $0 == reference.maxSeqLength }, "the fixture must hold texts truncated at max_seq_length")
        let vectors = try embedder.embed(texts)
        #expect(vectors.count == texts.count)
        for (i, vector) in vectors.enumerated() {
            #expect(vector.count == 384)
            #expect(maxAbsDifference(vector, reference.embeddings[i]) <= 1e-4, "text \(i)")
            #expect(cosine(vector, reference.embeddings[i]) >= 0.99999, "text \(i)")
        }
    }

    @Test("token ids and truncation equal the reference tokenizer's")
    func tokenizationMatchesReference() throws {
        let reference = MiniLMFixture.reference
        for (i, text) in MiniLMFixture.texts.enumerated() {
            #expect(try embedder.tokenizer.encode(text).ids == reference.inputIds[i], "text \(i)")
        }
        #expect(embedder.maxSequenceLength == 256)
    }

    @Test("the batch size does not change any embedding beyond 1e-5", arguments: [1, 3, 32, 200])
    func batchSizeDoesNotMatter(batchSize: Int) throws {
        let texts = Array(MiniLMFixture.texts.prefix(24))
        let baseline = try embedder.embed(texts, batchSize: 8)
        let batched = try embedder.embed(texts, batchSize: batchSize)
        for i in texts.indices { #expect(maxAbsDifference(baseline[i], batched[i]) <= 1e-5, "text \(i)") }
    }

    @Test("token-id input gives the same vectors as text input")
    func tokenIdInput() throws {
        let reference = MiniLMFixture.reference
        let fromIds = try embedder.embed(tokenIds: Array(reference.inputIds.prefix(5)))
        let fromText = try embedder.embed(Array(MiniLMFixture.texts.prefix(5)))
        for i in 0..<5 { #expect(maxAbsDifference(fromIds[i], fromText[i]) <= 1e-6) }
    }

    @Test("bad token-id input is a typed error", arguments: [[[Int]()], [[101, -1, 102]], [[101, 30522, 102]], [[Int](repeating: 1000, count: 257)]])
    func badTokenIds(_ ids: [[Int]]) {
        #expect(throws: ModelError.self) { try embedder.embed(tokenIds: ids) }
    }

    @Test("an empty list embeds to an empty list; an empty string still has [CLS] [SEP]")
    func emptyInputs() throws {
        #expect(try embedder.embed([]).isEmpty)
        #expect(try embedder.embed([""]).first?.count == 384)
    }

    @Test("concurrent callers get the same vectors as a single caller")
    func concurrentUse() async throws {
        let texts = Array(MiniLMFixture.texts.prefix(8))
        let expected = try embedder.embed(texts)
        let embedder = self.embedder
        try await withThrowingTaskGroup(of: (Int, [Float]).self) { group in
            for i in 0..<32 { group.addTask { (i % 8, try embedder.embed([texts[i % 8]])[0]) } }
            for try await (i, vector) in group { #expect(maxAbsDifference(vector, expected[i]) <= 1e-5) }
        }
    }
}
