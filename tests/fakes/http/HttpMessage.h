#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace slotwise::fake {

// One HTTP request as a test server sees it (also one part of a multipart batch).
struct HttpRequest
{
    QByteArray method;
    QByteArray path; // percent-decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    QByteArray body;
};

// What a test server answers; `drop` closes the connection without answering instead.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=UTF-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool drop = false;
};

// Reads the request line and header lines of `head` (everything before the blank line) into `request`.
// False when the request line lacks a method or a target; what could be read is filled in anyway.
bool parseRequestHead(const QByteArray& head, HttpRequest& request);

// The response as HTTP/1.1 bytes: status line, Content-Type (when there is a body), the extra headers,
// Content-Length and the body.
QByteArray serialize(const HttpResponse& response);

} // namespace slotwise::fake
