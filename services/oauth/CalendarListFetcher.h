#pragma once

#include "models/Result.h"
#include "services/google/CalendarListEntry.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace slotwise {

// The signed-in account's calendars and its primary calendar id (the account's email address), read
// without blocking the GUI thread: during sign-in and for the settings dialog. A thin asynchronous driver
// of CalendarClient's calendar-list requests: CalendarClient builds every request and reads every answer,
// the Google API request and error classification are ApiTransport's, and failures come back as Error.
class CalendarListFetcher : public QObject
{
    Q_OBJECT
public:
    using PrimaryCallback = std::function<void(const Result<QString>& email)>;
    using ListCallback = std::function<void(const Result<QList<CalendarListEntry>>& calendars)>;

    explicit CalendarListFetcher(QNetworkAccessManager& network, QObject* parent = nullptr);

    // The callbacks run on `context`'s thread, and not at all once `context` is gone.
    void fetchPrimaryId(const QByteArray& accessToken, QObject* context, PrimaryCallback callback);
    void fetchAll(const QByteArray& accessToken, QObject* context, ListCallback callback);

private:
    void fetchPage(const QByteArray& accessToken, const QString& pageToken, QList<CalendarListEntry> soFar,
                   int pagesLeft, QObject* context, ListCallback callback);

    QNetworkAccessManager& m_network;
};

} // namespace slotwise
