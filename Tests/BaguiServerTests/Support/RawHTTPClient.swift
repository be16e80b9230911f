import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP response as read off the socket.
struct HTTPReply: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    /// True when the server closed the connection right after the response.
    var closed: Bool

    func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name.lowercased() }?.value }

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body parsed as JSON (Foundation's parser: an oracle independent of the server's writer).
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]) }

    var object: [String: Any]? { json as? [String: Any] }
}

enum RawHTTPError: Error { case connect(Int32), send, malformed(String), timeout }

/// A blocking HTTP/1.1 client over a plain socket, run on its own thread so it never blocks the
/// cooperative pool the in-process server also uses. Writing raw bytes lets tests send what real
/// clients would not: a `Content-Length` with no body, chunked bombs, broken JSON.
enum RawHTTPClient {
    static func send(
        port: Int, method: String, path: String, headers: [(String, String)] = [], body: [UInt8]? = nil
    ) async throws -> HTTPReply {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if let body, !headers.contains(where: { $0.0.lowercased() == "content-length" || $0.0.lowercased() == "transfer-encoding" }) {
            head += "Content-Length: \(body.count)\r\n"
        }
        if body != nil, !headers.contains(where: { $0.0.lowercased() == "content-type" }) { head += "Content-Type: application/json\r\n" }
        head += "\r\n"
        return try await exchange(port: port, bytes: Array(head.utf8) + (body ?? []))
    }

    static func get(port: Int, _ path: String, headers: [(String, String)] = []) async throws -> HTTPReply {
        try await send(port: port, method: "GET", path: path, headers: headers)
    }

    static func post(port: Int, _ path: String, json: String, headers: [(String, String)] = []) async throws -> HTTPReply {
        try await send(port: port, method: "POST", path: path, headers: headers, body: Array(json.utf8))
    }

    /// Sends `bytes` as they are and reads one response.
    static func exchange(port: Int, bytes: [UInt8], timeoutSeconds: Int = 60) async throws -> HTTPReply {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try blockingExchange(port: port, bytes: bytes, timeoutSeconds: timeoutSeconds) })
            }
            thread.start()
        }
    }

    /// True when nothing listens on `port` any more.
    static func isRefused(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        return !connect(fd, port: port)
    }

    private static func connect(_ fd: Int32, port: Int) -> Bool {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    private static func blockingExchange(port: Int, bytes: [UInt8], timeoutSeconds: Int) throws -> HTTPReply {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard connect(fd, port: port) else { throw RawHTTPError.connect(errno) }
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            // The server may answer and stop reading before everything is sent (413): read the reply.
            if n <= 0 { break }
            sent += n
        }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        var closed = false
        while true {
            if let reply = try parse(received, closed: false) { return try finish(reply, fd: fd) }
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { throw RawHTTPError.timeout }
            if n <= 0 { closed = true; break }
            received += chunk[0..<n]
        }
        guard let reply = try parse(received, closed: closed) else { throw RawHTTPError.malformed("incomplete response: \(received.count) bytes") }
        return reply
    }

    /// After a complete response, waits briefly to see whether the server closes the connection.
    private static func finish(_ reply: HTTPReply, fd: Int32) throws -> HTTPReply {
        var reply = reply
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var byte: UInt8 = 0
        let n = recv(fd, &byte, 1, 0)
        reply.closed = n == 0 || (n < 0 && errno == ECONNRESET)
        return reply
    }

    /// A complete response from `bytes`, or nil if more is needed.
    private static func parse(_ bytes: [UInt8], closed: Bool) throws -> HTTPReply? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard bytes.count >= 4, let end = (0...(bytes.count - 4)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else { return nil }
        let head = String(decoding: bytes[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw RawHTTPError.malformed(head[0]) }
        let headers = head.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let rest = Array(bytes[(end + 4)...])
        let find = { (name: String) in headers.first { $0.name.lowercased() == name }?.value }
        if let length = find("content-length").flatMap(Int.init) {
            guard rest.count >= length else { return nil }
            return HTTPReply(status: status, headers: headers, body: Array(rest[0..<length]), closed: false)
        }
        if find("transfer-encoding")?.lowercased() == "chunked" {
            var body: [UInt8] = []
            var index = 0
            while true {
                guard let lineEnd = (index..<max(index, rest.count - 1)).first(where: { rest[$0] == 13 && rest[$0 + 1] == 10 }) else { return nil }
                guard let size = Int(String(decoding: rest[index..<lineEnd], as: UTF8.self), radix: 16) else { throw RawHTTPError.malformed("chunk size") }
                let start = lineEnd + 2
                if size == 0 { return HTTPReply(status: status, headers: headers, body: body, closed: false) }
                guard rest.count >= start + size + 2 else { return nil }
                body += rest[start..<start + size]
                index = start + size + 2
            }
        }
        return closed ? HTTPReply(status: status, headers: headers, body: rest, closed: true) : nil
    }
}
