#include "services/google/BatchResponseParser.h"

#include <QCoreApplication>

namespace slotwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::BatchResponseParser", text);
}

// Splits "headers<blank line>rest"; accepts CRLF or bare LF line ends.
bool splitHeaders(const QByteArray& block, QList<QByteArray>& headerLines, QByteArray& rest)
{
    qsizetype end = block.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    const qsizetype lfEnd = block.indexOf("\n\n");
    if (lfEnd >= 0 && (end < 0 || lfEnd < end)) {
        end = lfEnd;
        skip = 2;
    }
    if (end < 0) {
        return false;
    }
    for (QByteArray line : block.left(end).split('\n')) {
        line = line.trimmed();
        if (!line.isEmpty()) {
            headerLines << line;
        }
    }
    rest = block.mid(end + skip);
    return true;
}

QHash<QByteArray, QByteArray> headerMap(const QList<QByteArray>& lines, qsizetype from)
{
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = from; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0) {
            headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
    }
    return headers;
}

} // namespace

QByteArray BatchResponseParser::boundaryOf(const QByteArray& contentType)
{
    for (const QByteArray& param : contentType.split(';')) {
        const QByteArray p = param.trimmed();
        if (p.toLower().startsWith("boundary=")) {
            QByteArray value = p.mid(9).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
                value = value.mid(1, value.size() - 2);
            }
            return value;
        }
    }
    return {};
}

Result<QList<BatchPartResponse>> BatchResponseParser::parse(const QByteArray& contentType,
                                                            const QByteArray& body)
{
    using R = Result<QList<BatchPartResponse>>;
    if (!contentType.trimmed().toLower().startsWith("multipart/")) {
        return R::failure(Error::googleApi(Error::Detail::InvalidReply, 0, {},
                                           tr("The batch reply is not multipart (Content-Type \"%1\").")
                                               .arg(QString::fromLatin1(contentType.left(100)))));
    }
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty() || boundary.size() > 200) {
        return R::failure(Error::googleApi(Error::Detail::InvalidReply, 0, {},
                                           tr("The batch reply has no usable multipart boundary.")));
    }
    const QByteArray delimiter = "--" + boundary;
    QList<BatchPartResponse> parts;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0) {
        return R::failure(
            Error::googleApi(Error::Detail::InvalidReply, 0, {}, tr("The batch reply contains no parts.")));
    }
    bool closed = false;
    while (pos >= 0) {
        qsizetype start = pos + delimiter.size();
        if (body.mid(start, 2) == "--") {
            closed = true;
            break;
        }
        const qsizetype next = body.indexOf(delimiter, start);
        if (next < 0) {
            return R::failure(
                Error::googleApi(Error::Detail::InvalidReply, 0, {},
                                 tr("The batch reply ends in the middle of part %1.").arg(parts.size() + 1)));
        }
        const QByteArray block = body.mid(start, next - start);
        pos = next;

        QList<QByteArray> mimeHeaders;
        QByteArray http;
        if (!splitHeaders(block, mimeHeaders, http)) {
            return R::failure(
                Error::googleApi(Error::Detail::InvalidReply, 0, {},
                                 tr("Part %1 of the batch reply has no header end.").arg(parts.size() + 1)));
        }
        BatchPartResponse part;
        part.index = int(parts.size());
        const QByteArray contentId = headerMap(mimeHeaders, 0).value("content-id");
        const qsizetype dash = contentId.lastIndexOf('-');
        if (dash >= 0) {
            bool ok = false;
            const int n = contentId.mid(dash + 1).replace('>', QByteArray()).toInt(&ok);
            if (ok && n >= 0) {
                part.index = n;
            }
        }
        QList<QByteArray> httpLines;
        QByteArray partBody;
        if (!splitHeaders(http, httpLines, partBody)) {
            // A response without a body and without the final blank line: headers only.
            httpLines.clear();
            for (const QByteArray& line : http.split('\n')) {
                if (!line.trimmed().isEmpty()) {
                    httpLines << line.trimmed();
                }
            }
        }
        if (httpLines.isEmpty() || !httpLines.first().startsWith("HTTP/")) {
            return R::failure(Error::googleApi(
                Error::Detail::InvalidReply, 0, {},
                tr("Part %1 of the batch reply is not an HTTP response.").arg(parts.size() + 1)));
        }
        const QList<QByteArray> statusLine = httpLines.first().split(' ');
        bool ok = false;
        part.status = statusLine.size() >= 2 ? statusLine.at(1).toInt(&ok) : 0;
        if (!ok || part.status < 100 || part.status > 599) {
            return R::failure(Error::googleApi(
                Error::Detail::InvalidReply, 0, {},
                tr("Part %1 of the batch reply has no valid status.").arg(parts.size() + 1)));
        }
        part.headers = headerMap(httpLines, 1);
        // The part body ends with the CRLF that precedes the next delimiter.
        if (partBody.endsWith("\r\n")) {
            partBody.chop(2);
        } else if (partBody.endsWith('\n')) {
            partBody.chop(1);
        }
        part.body = partBody;
        parts << part;
        if (parts.size() > 5000) {
            return R::failure(Error::googleApi(Error::Detail::InvalidReply, 0, {},
                                               tr("The batch reply has too many parts.")));
        }
    }
    if (!closed) {
        return R::failure(
            Error::googleApi(Error::Detail::InvalidReply, 0, {}, tr("The batch reply is not terminated.")));
    }
    return R::success(parts);
}

} // namespace slotwise
