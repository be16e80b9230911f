import BaguiJSON
import Foundation

/// Replays a bundle's `golden.json` (inputs and the raw outputs PyTorch gave for them) through the
/// loaded model. A bundle whose goldens do not reproduce within their tolerance is not to be served.
public enum GoldenCheck {
    /// The outcome of a replay.
    public struct Report: Sendable, Equatable {
        /// Cases replayed.
        public var cases: Int
        /// Largest absolute difference from PyTorch over every raw output value.
        public var maxDifference: Float
        /// The tolerance the bundle declares.
        public var tolerance: Float
    }

    /// Replays every case (or the first `limit`); throws ``BundleError/goldenMismatch(bundle:reason:)``
    /// on the first case outside tolerance, or when the file is malformed.
    @discardableResult
    public static func run(_ model: any BundleModel, directory: URL, limit: Int? = nil) throws -> Report {
        let name = model.manifest.name
        func fail(_ reason: String) -> BundleError { .goldenMismatch(bundle: name, reason: reason) }
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("golden.json")) else { throw fail("golden.json is missing") }
        let json = try StrictJSONParser.parse(data)
        guard let all = json["cases"]?.array, !all.isEmpty else { throw fail("golden.json has no cases") }
        let cases = Array(all.prefix(max(1, limit ?? all.count)))
        let tolerance = Float(json["tolerance"]?.double ?? 1e-4)
        var worst: Float = 0
        for (i, goldenCase) in cases.enumerated() {
            guard let input = goldenCase["input"], let expected = goldenCase["raw"]?.array else { throw fail("case \(i) lacks input or raw") }
            let actual = try model.raw(BundleInput.parse(input, specs: model.manifest.inputs))
            let expectedHeads = try expected.map { head throws(BundleError) -> [Float] in
                guard let values = head.array?.compactMap(\.double), values.count == head.array?.count else { throw fail("case \(i): raw must be arrays of numbers") }
                return values.map(Float.init)
            }
            guard expectedHeads.map(\.count) == actual.map(\.count) else {
                throw fail("case \(i): the model gives heads of sizes \(actual.map(\.count)), golden.json \(expectedHeads.map(\.count))")
            }
            for (a, e) in zip(actual.joined(), expectedHeads.joined()) {
                let difference = abs(a - e)
                guard difference <= tolerance, difference.isFinite else { throw fail("case \(i): output differs from PyTorch by \(difference) (tolerance \(tolerance))") }
                worst = max(worst, difference)
            }
        }
        return Report(cases: cases.count, maxDifference: worst, tolerance: tolerance)
    }
}
