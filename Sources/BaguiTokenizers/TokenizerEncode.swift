// Encoding and decoding for ``Tokenizer``; loading lives in Tokenizer.swift.
// tokenizers/src/tokenizer/mod.rs (encode, encode_single_sequence, post_process, decode)

extension Tokenizer {
    /// Encodes one text, applying the truncation in effect and, if asked, the post-processor's special tokens.
    public func encode(_ text: String, addSpecialTokens: Bool = true) throws -> Encoding {
        try encode(text, pair: nil, addSpecialTokens: addSpecialTokens)
    }

    /// Encodes a text and an optional second text as one input (e.g. a question and a passage).
    public func encode(_ text: String, pair: String?, addSpecialTokens: Bool = true) throws -> Encoding {
        var first = try encodeSequence(text, typeId: 0)
        var second = try pair.map { text throws(TokenizerError) in try encodeSequence(text, typeId: 1) }
        // 1. Truncate, leaving room for the special tokens the post-processor will add.
        if let truncation {
            let added = addSpecialTokens ? postProcessor?.addedTokens(isPair: second != nil) ?? 0 : 0
            guard truncation.maxLength >= added else {
                throw TokenizerError.truncationFailed("max_length \(truncation.maxLength) leaves no room for \(added) special tokens")
            }
            try truncation.truncate(&first, &second, maxLength: truncation.maxLength - added)
        }
        // 2. Post-process (special tokens, type ids) and concatenate.
        let parts = second.map { [first, $0] } ?? [first]
        guard let postProcessor else { return Encoding.merge(parts) }
        return Encoding.merge(postProcessor.process(parts, addSpecialTokens: addSpecialTokens))
    }

    /// Decodes ids to text. Ids outside the vocabulary are an error rather than silently dropped (B3).
    public func decode(_ ids: [Int], skipSpecialTokens: Bool = true) throws -> String {
        var tokens: [String] = []
        tokens.reserveCapacity(ids.count)
        for id in ids {
            if let index = addedVocabulary.indexById[id] {
                let added = addedVocabulary.tokens[index]
                if skipSpecialTokens && added.special { continue }
                tokens.append(addedVocabulary.reportedContent[index])
            } else if id >= 0, id < model.vocabulary.count {
                let token = model.vocabulary.tokens[id]
                // Rust skips any token whose text is a special token's, wherever the id comes from.
                if skipSpecialTokens, let index = addedVocabulary.indexByContent[Array(token.utf8)], addedVocabulary.tokens[index].special {
                    continue
                }
                tokens.append(token)
            } else {
                throw TokenizerError.idOutOfRange(context: "decode", id: id, vocabularySize: vocabularySize)
            }
        }
        guard let decoder else { return tokens.joined(separator: " ") }
        return decoder.decodeChain(tokens).joined()
    }

    // MARK: - One sequence

    /// Added tokens, normalization, pre-tokenization and the model, for one text (`encode_single_sequence`).
    func encodeSequence(_ text: String, typeId: Int) throws(TokenizerError) -> Encoding {
        // One pass over the scalars (`Array(text.unicodeScalars)` counts them first, then copies).
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        let pre = splitAndNormalize(scalars)
        var processed = pre
        preTokenizer?.preTokenize(&processed)

        var ids: [Int] = []
        var tokens: [String] = []
        ids.reserveCapacity(processed.pieces.count * 2)
        tokens.reserveCapacity(processed.pieces.count * 2)
        var scratch = ModelScratch()
        let vocabulary = model.vocabulary
        try processed.buffer.withUnsafeBufferPointer { buffer throws(TokenizerError) in
            for piece in processed.pieces {
                if let id = piece.addedTokenId {
                    ids.append(id)
                    tokens.append(makeString(buffer[piece.range]))
                    continue
                }
                let firstNew = ids.count
                try model.tokenize(UnsafeBufferPointer(rebasing: buffer[piece.range]), into: &ids, scratch: &scratch)
                for id in ids[firstNew...] { tokens.append(vocabulary.tokens[id]) }
            }
        }
        return Encoding(ids: ids, tokens: tokens, typeIds: Array(repeating: typeId, count: ids.count))
    }

    /// `AddedVocabulary::extract_and_normalize`: cut tokens with `normalized: false` from the raw text,
    /// normalize the remaining runs, then cut tokens with `normalized: true` from the normalized runs.
    private func splitAndNormalize(_ scalars: [Unicode.Scalar]) -> PreTokenizedText {
        var buffer: [Unicode.Scalar] = []
        buffer.reserveCapacity(scalars.count + scalars.count / 4)
        var pieces: [PreTokenizedText.Piece] = []
        for raw in addedVocabulary.split(scalars, with: addedVocabulary.rawMatcher) {
            if raw.range.isEmpty { continue }
            if let index = raw.token {
                let start = buffer.count
                buffer.append(contentsOf: scalars[raw.range])
                pieces.append(.init(range: start..<buffer.count, addedTokenId: addedVocabulary.tokens[index].id))
                continue
            }
            var run = Array(scalars[raw.range])
            normalizer?.normalize(&run)
            for part in addedVocabulary.split(run, with: addedVocabulary.normalizedMatcher) where !part.range.isEmpty {
                let start = buffer.count
                buffer.append(contentsOf: run[part.range])
                pieces.append(.init(range: start..<buffer.count, addedTokenId: part.token.map { addedVocabulary.tokens[$0].id }))
            }
        }
        return PreTokenizedText(buffer: buffer, pieces: pieces)
    }
}
