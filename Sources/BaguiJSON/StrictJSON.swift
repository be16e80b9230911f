import Foundation

/// Decoding of `Decodable` configuration files through the strict parser first, so duplicate keys,
/// lone surrogates and runaway nesting are refused before Foundation's lenient decoder sees the bytes.
public enum StrictJSON {
    /// Validates `data` with ``StrictJSONParser`` and then decodes it as `T` with `decoder`.
    public static func decode<T: Decodable>(
        _ type: T.Type, from data: Data, decoder: JSONDecoder = JSONDecoder(),
        limits: StrictJSONParser.Limits = .init()
    ) throws -> T {
        _ = try StrictJSONParser.parse(data, limits: limits)
        return try decoder.decode(T.self, from: data)
    }
}
