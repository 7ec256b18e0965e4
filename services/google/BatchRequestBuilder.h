#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace slotwise {

// One call inside a batch: a path-only request ("/calendar/v3/calendars/primary/events?...").
struct BatchPart
{
    QByteArray method;
    QByteArray pathAndQuery;
    QByteArray jsonBody;                          // empty for GET/DELETE
    QList<QPair<QByteArray, QByteArray>> headers; // e.g. If-Match
};

// Builds the multipart/mixed body of Google's batch endpoint. Parts carry Content-ID "item-<index>" so
// responses can be matched even if a server reorders them.
class BatchRequestBuilder
{
public:
    explicit BatchRequestBuilder(QByteArray boundary = {});

    void add(const BatchPart& part);
    int size() const { return m_count; }

    QByteArray contentType() const; // multipart/mixed; boundary=...
    QByteArray body() const;        // closes the multipart

private:
    QByteArray m_boundary;
    QByteArray m_body;
    int m_count = 0;
};

} // namespace slotwise
