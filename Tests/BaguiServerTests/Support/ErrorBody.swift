import Testing

/// Checks an error reply: the status, a JSON body `{"error": "<message>"}` with nothing else, and
/// no file paths, stack traces or environment values in the message (trust matrix C11).
func expectError(_ reply: HTTPReply, _ status: Int, containing fragment: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(reply.status == status, "status \(reply.status), body \(reply.text)", sourceLocation: sourceLocation)
    #expect(reply.header("content-type")?.hasPrefix("application/json") == true, sourceLocation: sourceLocation)
    guard let object = reply.object, object.count == 1, let message = object["error"] as? String else {
        Issue.record("error body is not {\"error\": string}: \(reply.text)", sourceLocation: sourceLocation)
        return
    }
    for leak in ["/work", "/home", "/root", "/tmp", ".swift", "Sources/", "Fatal", "backtrace", "BAGUI_API_KEYS", "0x0000"] {
        #expect(!message.contains(leak), "error message leaks \(leak): \(message)", sourceLocation: sourceLocation)
    }
    if let fragment { #expect(message.contains(fragment), "\"\(message)\" lacks \"\(fragment)\"", sourceLocation: sourceLocation) }
}
