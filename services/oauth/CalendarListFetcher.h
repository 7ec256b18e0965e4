#pragma once

#include "services/google/CalendarListEntry.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace slotwise {

// Reads the signed-in account's calendars (GET {api}/calendar/v3/users/me/calendarList, all pages) and the
// primary calendar (GET {api}/calendar/v3/calendars/primary, whose id is the account's email address).
class CalendarListFetcher : public QObject
{
    Q_OBJECT
public:
    struct Failure
    {
        int httpStatus = 0; // 0 = no HTTP answer
        QString reason;     // Google's error reason (authError, accessNotConfigured, ...)
        QString message;
    };
    using PrimaryCallback = std::function<void(const QString& email, const Failure& failure)>;
    using ListCallback =
        std::function<void(const QList<CalendarListEntry>& calendars, const Failure& failure)>;

    explicit CalendarListFetcher(QNetworkAccessManager& network, QObject* parent = nullptr);

    // On success `failure.httpStatus` is 200 and `failure.message` empty.
    void fetchPrimaryId(const QByteArray& accessToken, QObject* context, PrimaryCallback callback);
    void fetchAll(const QByteArray& accessToken, QObject* context, ListCallback callback);

private:
    void fetchPage(const QByteArray& accessToken, const QString& pageToken, QList<CalendarListEntry> soFar,
                   int pagesLeft, QObject* context, ListCallback callback);

    QNetworkAccessManager& m_network;
};

} // namespace slotwise
