import Hummingbird

/// A `200 OK` (or other status) response whose body is the JSON in `json`.
func jsonResponse(_ json: JSONWriter, status: HTTPResponse.Status = .ok) -> Response {
    Response(
        status: status,
        headers: [.contentType: "application/json"],
        body: .init(byteBuffer: ByteBuffer(bytes: json.bytes))
    )
}

/// Builds a JSON object response in one expression.
func jsonObjectResponse(status: HTTPResponse.Status = .ok, _ members: (inout JSONWriter.ObjectWriter) -> Void) -> Response {
    var json = JSONWriter()
    json.object(members)
    return jsonResponse(json, status: status)
}
