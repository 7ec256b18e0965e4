#include "fakes/calendar/BatchEndpoint.h"

#include "fakes/calendar/CalendarReplies.h"

#include <QList>

namespace slotwise::fake {

namespace {

HttpResponse badRequest(const char* message)
{
    return errorReply(400, QStringLiteral("badRequest"), QString::fromLatin1(message));
}

QByteArray boundaryOf(const QByteArray& contentType)
{
    QByteArray boundary;
    for (const QByteArray& param : contentType.split(';')) {
        const QByteArray p = param.trimmed();
        if (p.startsWith("boundary=")) {
            boundary = p.mid(9);
            if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2) {
                boundary = boundary.mid(1, boundary.size() - 2);
            }
        }
    }
    return boundary;
}

struct BatchPart
{
    QByteArray contentId;
    HttpRequest request;
};

// One block between two delimiters: MIME headers, blank line, an HTTP request. False when malformed.
bool parsePart(const QByteArray& block, const HttpRequest& outer, BatchPart& part)
{
    const qsizetype mimeEnd = block.indexOf("\r\n\r\n");
    if (mimeEnd < 0) {
        return false;
    }
    for (const QByteArray& line : block.left(mimeEnd).split('\n')) {
        if (line.trimmed().toLower().startsWith("content-id:")) {
            part.contentId = line.mid(line.indexOf(':') + 1).trimmed();
        }
    }
    const QByteArray http = block.mid(mimeEnd + 4);
    const qsizetype headEnd = http.indexOf("\r\n\r\n");
    (void)parseRequestHead(headEnd < 0 ? http : http.left(headEnd), part.request);
    part.request.body = headEnd < 0 ? QByteArray() : http.mid(headEnd + 4);
    if (part.request.body.endsWith("\r\n")) {
        part.request.body.chop(2);
    }
    part.request.headers.insert("authorization", outer.headers.value("authorization"));
    return true;
}

HttpResponse answerPart(const HttpRequest& part,
                        const std::function<HttpResponse(const HttpRequest&)>& routePart)
{
    if (part.path.startsWith("/batch")) {
        return badRequest("Nested batch requests are not allowed");
    }
    HttpResponse r = routePart(part);
    if (r.drop) {
        r = errorReply(503, QStringLiteral("backendError"), QStringLiteral("Service unavailable"));
    }
    return r;
}

QByteArray partAnswer(const QByteArray& outBoundary, QByteArray contentId, const HttpResponse& response)
{
    QByteArray out = "--" + outBoundary + "\r\nContent-Type: application/http\r\n";
    if (!contentId.isEmpty()) {
        contentId.replace("<", "");
        contentId.replace(">", "");
        out += "Content-ID: <response-" + contentId + ">\r\n";
    }
    return out + "\r\n" + serialize(response) + "\r\n";
}

} // namespace

HttpResponse answerBatch(const HttpRequest& request, const QByteArray& outBoundary,
                         const std::function<HttpResponse(const HttpRequest&)>& routePart)
{
    const QByteArray boundary = boundaryOf(request.headers.value("content-type"));
    if (boundary.isEmpty()) {
        return badRequest("Missing multipart boundary");
    }
    const QByteArray delimiter = "--" + boundary;
    QByteArray out;
    qsizetype pos = request.body.indexOf(delimiter);
    int count = 0;
    while (pos >= 0) {
        const qsizetype start = pos + delimiter.size();
        if (request.body.mid(start, 2) == "--") {
            break;
        }
        const qsizetype next = request.body.indexOf(delimiter, start);
        if (next < 0) {
            return badRequest("Unterminated multipart body");
        }
        BatchPart part;
        if (!parsePart(request.body.mid(start, next - start), request, part)) {
            return badRequest("Malformed batch part");
        }
        pos = next;
        out += partAnswer(outBoundary, part.contentId, answerPart(part.request, routePart));
        ++count;
    }
    if (count == 0) {
        return badRequest("Empty batch");
    }
    out += "--" + outBoundary + "--\r\n";
    HttpResponse r;
    r.contentType = "multipart/mixed; boundary=" + outBoundary;
    r.body = out;
    return r;
}

} // namespace slotwise::fake
