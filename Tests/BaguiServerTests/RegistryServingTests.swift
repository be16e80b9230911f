import Bagui
import BaguiServer
import BaguiTestSupport
import Foundation
import Testing

/// `bagui serve --models Models`: every bundle over OIP v2 with the documented tensor conventions,
/// the industry model as `industry` and as `POST /v1/ask`, over real HTTP on loopback.
@Suite("Serving the registry and the industry model")
struct RegistryServingTests {
    static var configuration: ServerConfiguration {
        var configuration = ServerConfiguration()
        configuration.modelsDirectories = [Repository.models.path]
        return configuration
    }

    static func golden(_ bundle: String, _ index: Int = 0) throws -> (input: JSONValue, output: JSONValue) {
        let golden = try StrictJSONParser.parse(Data(contentsOf: Repository.bundle(bundle).appendingPathComponent("golden.json")))
        let entry = try #require(golden["cases"]?.array?.dropFirst(index).first)
        return (try #require(entry["input"]), try #require(entry["output"]))
    }

    static func outputs(_ reply: HTTPReply) -> [String: [String: Any]] {
        let list = reply.object?["outputs"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: list.compactMap { item in (item["name"] as? String).map { ($0, item) } })
    }

    @Test("metadata declares the tensor conventions; the repository index lists every model")
    func metadata() async throws {
        try await TestServer.serving(Self.configuration) { server in
            let yield = try await server.get("/v2/models/sugarcane-yield")
            #expect(yield.status == 200)
            let manifest = try ModelBundle(directory: Repository.bundle("sugarcane-yield")).manifest
            let input = try #require((yield.object?["inputs"] as? [[String: Any]])?.first)
            #expect(input["name"] as? String == "features" && input["datatype"] as? String == "FP32")
            #expect(input["shape"] as? [Int] == [-1, manifest.inputs.count])
            let router = try await server.get("/v2/models/industry-router")
            #expect((router.object?["outputs"] as? [[String: Any]])?.map { $0["name"] as? String } == ["label", "scores", "result"])
            let series = try await server.get("/v2/models/ev-battery-health")
            #expect(((series.object?["inputs"] as? [[String: Any]])?.first?["shape"] as? [Int]) == [-1, 64, 4])
            let index = try await server.post("/v2/repository/index", json: "{}")
            let names = Set((index.json as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
            #expect(names == ["ev-battery-health", "industry-router", "medical-triage", "sugarcane-disease", "sugarcane-yield", "industry"])
            #expect(try await server.get("/v2/models/industry/ready").status == 200)
        }
    }

    @Test("a text model, a tabular model and a series model answer v2 infer as their goldens say")
    func infer() async throws {
        try await TestServer.serving(Self.configuration) { server in
            let text = try await server.post("/v2/models/industry-router/infer",
                                              json: #"{"inputs":[{"name":"text","datatype":"BYTES","shape":[2],"data":["我的甘蔗叶子上有黑色的鞭子","胸口痛，出冷汗"]}]}"#)
            #expect(text.status == 200, "\(text.text)")
            let labels = Self.outputs(text)["label"]?["data"] as? [String] ?? []
            // Router 1.1.0 sent the first text to out_of_scope; 1.2.0 (each Han character its own token) gets it right.
            #expect(labels == ["sugar", "medical"])
            #expect(Self.outputs(text)["scores"]?["shape"] as? [Int] == [2, 4])

            let manifest = try ModelBundle(directory: Repository.bundle("sugarcane-yield")).manifest
            let (input, output) = try Self.golden("sugarcane-yield")
            let row = try manifest.inputs.map { spec -> Double in
                let value = try #require(input[spec.name])
                if let choice = value.string { return Double(try #require(spec.values?.firstIndex(of: choice))) }
                return try #require(value.double)
            }
            let body = #"{"inputs":[{"name":"features","datatype":"FP32","shape":[1,\#(row.count)],"data":[\#(row.map { String($0) }.joined(separator: ","))]}]}"#
            let tabular = try await server.post("/v2/models/sugarcane-yield/infer", json: body)
            #expect(tabular.status == 200, "\(tabular.text)")
            let predicted = try #require((Self.outputs(tabular)["yield_t_ha"]?["data"] as? [Double])?.first)
            #expect(abs(predicted - (output["yield_t_ha"]?.double ?? .nan)) < 1e-3 * max(1, predicted))

            let (seriesInput, seriesOutput) = try Self.golden("ev-battery-health", 1)
            let steps = try #require(seriesInput["series"]?.array)
            let flat = steps.flatMap { $0.array ?? [] }.compactMap(\.double).map { String($0) }.joined(separator: ",")
            let series = try await server.post("/v2/models/ev-battery-health/infer",
                                                json: #"{"inputs":[{"name":"series","datatype":"FP32","shape":[1,64,4],"data":[\#(flat)]}]}"#)
            #expect(series.status == 200, "\(series.text)")
            #expect(Self.outputs(series)["fault"]?["data"] as? [String] == [seriesOutput["fault"]?.string ?? "?"])
            #expect(Self.outputs(series)["fault_scores"]?["shape"] as? [Int] == [1, 6])
        }
    }

    @Test("medical-triage over v2 carries its safety layer; bad rows are 400s naming the field")
    func triageAndBadRows() async throws {
        try await TestServer.serving(Self.configuration) { server in
            let reply = try await server.post("/v2/models/medical-triage/infer",
                                               json: #"{"inputs":[{"name":"text","datatype":"BYTES","shape":[1],"data":["crushing chest pain and sweating"]}]}"#)
            #expect(reply.status == 200)
            let result = try #require((Self.outputs(reply)["result"]?["data"] as? [String])?.first)
            #expect(result.contains("\"escalate\":true") && result.contains("not a diagnosis"))
            let inputs = try ModelBundle(directory: Repository.bundle("sugarcane-yield")).manifest.inputs
            let column = try #require(inputs.firstIndex { $0.name == "crop_class" })
            var row = inputs.map { ($0.range?.first ?? 0) }
            row[column] = 9  // crop_class has two values
            let wrongCategory = try await server.post("/v2/models/sugarcane-yield/infer",
                                                      json: #"{"inputs":[{"name":"features","datatype":"FP32","shape":[1,\#(row.count)],"data":[\#(row.map { String($0) }.joined(separator: ","))]}]}"#)
            expectError(wrongCategory, 400, containing: "crop_class")
        }
    }

    @Test("POST /v1/ask and the v2 model industry give the documented answer")
    func ask() async throws {
        try await TestServer.serving(Self.configuration) { server in
            let reply = try await server.post("/v1/ask", json: #"{"text":"甘蔗顶端长出黑色的鞭子，上面有黑粉","language":"zh"}"#)
            #expect(reply.status == 200, "\(reply.text)")
            #expect(reply.object?["domain"] as? String == "sugar")
            #expect(reply.object?["expert"] as? String == "sugarcane-disease@1.3.0")
            #expect(Set(reply.object?.keys.map { $0 } ?? []) == ["domain", "expert", "confidence", "result", "escalate", "alternatives", "explanation", "disclaimer", "timings"])
            let refused = try await server.post("/v1/ask", json: #"{"text":"what is the best smartphone to buy?"}"#)
            #expect(refused.object?["domain"] as? String == "out_of_scope")
            #expect(refused.object?["expert"] is NSNull)
            expectError(try await server.post("/v1/ask", json: #"{"text":""}"#), 400, containing: "empty")
            expectError(try await server.post("/v1/ask", json: #"{"question":"hi"}"#), 400, containing: "not a request field")
            expectError(try await server.post("/v1/ask", json: #"{"text":"x","expert":"../../etc/passwd"}"#), 400)

            let infer = try await server.post("/v2/models/industry/infer",
                                               json: #"{"inputs":[{"name":"text","datatype":"BYTES","shape":[2],"data":["胸口痛，出冷汗","selamat pagi, apa khabar"]}]}"#)
            #expect(infer.status == 200, "\(infer.text)")
            #expect(Self.outputs(infer)["domain"]?["data"] as? [String] == ["medical", "out_of_scope"])
            #expect(Self.outputs(infer)["escalate"]?["data"] as? [Bool] == [true, false])
        }
    }
}
