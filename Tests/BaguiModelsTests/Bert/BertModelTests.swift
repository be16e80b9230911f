import BaguiModels
import BaguiNN
import BaguiTensor
import Foundation
import Testing

/// The BERT encoder against sentence-transformers on all-MiniLM-L6-v2, from token ids (the
/// tokenizer has its own parity tests), so a difference here is the engine's alone.
@Suite("BertModel parity with PyTorch")
struct BertModelTests {
    let model: BertModel

    init() throws {
        let directory = try MiniLMFixture.requireModel()
        let store = try WeightStore(directory: directory.path)
        model = try BertModel(ModelDirectory.bertRoot(in: store), config: ModelDirectory.readConfig(directory, expecting: "bert"))
    }

    /// Runs `sequences` as one packed batch; returns the final hidden states per sequence.
    func hiddenStates(_ sequences: [[Int]]) throws -> [[Float]] {
        let batch = PackedBatch(lengths: sequences.map(\.count))
        let ids = sequences.flatMap { $0.map { Int32($0) } }
        let hidden = model.config.hiddenSize
        var x = [Float](repeating: 0, count: batch.totalTokens * hidden)
        try x.withUnsafeMutableBufferPointer { buffer in
            try model(ids: ids, typeIds: [Int32](repeating: 0, count: ids.count), batch: batch, workspace: Workspace(), into: buffer.baseAddress!)
        }
        return zip(batch.offsets, batch.lengths).map { Array(x[($0 * hidden)..<(($0 + $1) * hidden)]) }
    }

    /// Mean pooling and L2 normalisation, as the model's sentence-transformers modules do.
    func sentenceEmbedding(_ states: [Float], tokens: Int) -> [Float] {
        let hidden = model.config.hiddenSize
        var out = [Float](repeating: 0, count: hidden)
        states.withUnsafeBufferPointer { s in
            out.withUnsafeMutableBufferPointer { o in
                Pooling.mean.pool(s.baseAddress!, tokens: tokens, width: hidden, into: o.baseAddress!)
                l2Normalize(o.baseAddress!, count: hidden)
            }
        }
        return out
    }

    @Test("every reference embedding within 1e-4 per component and cosine ≥ 0.99999")
    func embeddingsMatchSentenceTransformers() throws {
        let reference = MiniLMFixture.reference
        #expect(reference.inputIds.count >= 64)
        let states = try hiddenStates(reference.inputIds)
        for (i, ids) in reference.inputIds.enumerated() {
            let embedding = sentenceEmbedding(states[i], tokens: ids.count)
            let difference = maxAbsDifference(embedding, reference.embeddings[i])
            #expect(difference <= 1e-4, "text \(i): max difference \(difference)")
            #expect(cosine(embedding, reference.embeddings[i]) >= 0.99999, "text \(i)")
        }
    }

    @Test("final hidden states match transformers' BertModel token by token")
    func hiddenStatesMatchTransformers() throws {
        let reference = MiniLMFixture.reference
        for (i, expected) in reference.hiddenStates.enumerated() {
            let states = try hiddenStates([reference.inputIds[i]])[0]
            let difference = maxAbsDifference(states, expected.flatMap { $0 })
            #expect(difference <= 5e-4, "text \(i): max difference \(difference) over \(expected.count) tokens")
        }
    }

    @Test("a sequence alone and inside a mixed-length batch agree within 1e-5")
    func resultsDoNotDependOnBatching() throws {
        let ids = MiniLMFixture.reference.inputIds
        let together = try hiddenStates(Array(ids.prefix(40)))
        for i in [0, 7, 19, 39] {
            let alone = try hiddenStates([ids[i]])[0]
            #expect(maxAbsDifference(alone, together[i]) <= 1e-5, "text \(i)")
        }
    }

    @Test("token ids outside the vocabulary are a typed error, not a crash")
    func outOfVocabularyIdsAreRejected() throws {
        for bad in [-1, model.config.vocabSize, Int(Int32.max)] {
            #expect(throws: ModelError.self) { try hiddenStates([[101, bad, 102]]) }
        }
    }

    @Test("a sequence longer than the position table is a typed error")
    func overlongSequenceIsRejected() throws {
        let tooLong = [Int](repeating: 1000, count: model.config.maxPositionEmbeddings + 1)
        #expect(throws: ModelError.self) { try hiddenStates([tooLong]) }
    }
}
