import Foundation

/// An OpenAI `CreateEmbeddingResponse`: `data[i].index` is the input's position, and with
/// `encoding_format: base64` each embedding is the base64 of its little-endian float32 bytes (as TEI
/// and the OpenAI API do).
enum EmbeddingsResponse {
    static func json(_ output: EmbeddingOutput, model: String, format: EmbeddingsRequest.EncodingFormat) -> JSONWriter {
        let width = output.vectors.first?.count ?? 0
        var json = JSONWriter(reservingCapacity: 128 + output.vectors.count * (width * (format == .float ? 13 : 6) + 48))
        json.object { members in
            members.member("object", "list")
            members.member("data") { json in
                json.array(output.vectors.enumerated()) { json, item in
                    json.object { entry in
                        entry.member("object", "embedding")
                        entry.member("index", item.offset)
                        switch format {
                        case .float: entry.member("embedding") { $0.array(item.element) { $0.number($1) } }
                        case .base64: entry.member("embedding", base64(item.element))
                        }
                    }
                }
            }
            members.member("model", model)
            members.member("usage") { json in
                json.object { usage in
                    usage.member("prompt_tokens", output.promptTokens)
                    usage.member("total_tokens", output.promptTokens)
                }
            }
        }
        return json
    }

    /// Base64 of the floats' IEEE 754 bits, little-endian whatever the host.
    static func base64(_ vector: [Float]) -> String {
        var bytes = Data(capacity: vector.count * 4)
        for value in vector {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        }
        return bytes.base64EncodedString()
    }
}
