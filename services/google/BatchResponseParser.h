#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace slotwise {

// One HTTP response inside a batch response.
struct BatchPartResponse
{
    int index = -1; // the request part it answers (from Content-ID "response-item-N"), or its position
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

// Reads Google's multipart/mixed batch response. Untrusted input: never crashes, never reads past the
// buffer, and reports what is wrong instead of guessing.
class BatchResponseParser
{
public:
    // `contentType` is the outer Content-Type header (carries the boundary).
    static Result<QList<BatchPartResponse>> parse(const QByteArray& contentType, const QByteArray& body);
    // The boundary parameter of a multipart Content-Type, unquoted; empty if absent.
    static QByteArray boundaryOf(const QByteArray& contentType);
};

} // namespace slotwise
