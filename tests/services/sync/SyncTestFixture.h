#pragma once

#include "fakes/calendar/FakeCalendarServer.h"
#include "fakes/calendar/StaticTokenSource.h"
#include "fakes/postgres/TestDatabases.h"
#include "models/Appointment.h"
#include "services/google/CalendarClient.h"
#include "services/google/EventMapper.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/Database.h"
#include "services/storage/OutboxRepository.h"
#include "services/storage/ProfileRepository.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace slotwise::testing {

// A real database (an SQLite file, or in the suites' _postgresql pass a database on the throwaway server:
// TestDatabases::shared(), started by the suite's initTestCase) + fake Google on loopback + a client with a
// fast retry policy (no real waiting).
struct SyncTestFixture
{
    std::unique_ptr<Database> db;
    QString profileId;
    std::unique_ptr<fake::FakeCalendarServer> server;
    std::unique_ptr<fake::StaticTokenSource> tokens;
    std::unique_ptr<ApiTransport> transport;
    std::unique_ptr<CalendarClient> client;
    QList<qint64> sleeps;

    // The profile as the OAuth side leaves it after connecting: a stored grant (its blob never read
    // here; the fake accepts the static token).
    bool markConnected(const QString& email = QStringLiteral("ada@example.org"))
    {
        QSqlQuery q(db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO google_connections (profile_id, account_email, state, refresh_token) "
                           "VALUES (?, ?, 'idle', ?)"));
        q.addBindValue(profileId);
        q.addBindValue(email);
        q.addBindValue(QByteArray(1, '\x01'));
        return q.exec();
    }

    bool setUp(const QString& name, int batchSize = 50)
    {
        db = TestDatabases::shared().open({}, name);
        if (!db) {
            return false;
        }
        auto profile =
            ProfileRepository(*db).create(QStringLiteral("Dr. Ada"), QStringLiteral("ada@example.org"));
        if (!profile) {
            return false;
        }
        profileId = profile->id;
        server = std::make_unique<fake::FakeCalendarServer>();
        if (!server->start()) {
            return false;
        }
        tokens = std::make_unique<fake::StaticTokenSource>();
        server->setTokenValidator(tokens->validator());
        ApiTransport::Options options{RetryPolicy({2, 20, 10, 5000}), 20000,
                                      [this](qint64 ms) { sleeps << ms; }};
        transport = std::make_unique<ApiTransport>(*tokens, profileId, options);
        client = std::make_unique<CalendarClient>(
            *transport, CalendarClient::Options{server->calendarApi(), server->batchUrl(), batchSize});
        return true;
    }

    Appointment book(const QString& title, int dayOffset, int hour, int minutes = 30)
    {
        Appointment a;
        a.profileId = profileId;
        a.title = title;
        a.clientName = QStringLiteral("Client of ") + title;
        a.clientEmail = QStringLiteral("client@example.org");
        a.clientPhone = QStringLiteral("+49 30 %1").arg(dayOffset * 100 + hour);
        a.location = QStringLiteral("Room %1").arg(hour % 4);
        a.notes = QStringLiteral("Notes for %1").arg(title);
        a.timeZoneId = QStringLiteral("Europe/Berlin");
        a.startUtc = QDateTime(QDate(2026, 6, 1).addDays(dayOffset), QTime(hour, 0), Qt::UTC);
        a.endUtc = a.startUtc.addSecs(minutes * 60);
        auto stored = AppointmentRepository(*db).insert(a);
        if (!stored) {
            qWarning() << stored.error();
            return {};
        }
        return stored.value();
    }

    int pending() const { return OutboxRepository(*db).pendingCount(profileId).value(); }

    // The fake holds exactly what the appointment says (every mapped field).
    bool remoteMatches(const Appointment& a, QString* why = nullptr) const
    {
        const QJsonObject event = server->event(QStringLiteral("primary"), a.googleEventId());
        if (a.isCancelled() && event.isEmpty()) {
            return true; // cancelled before it was ever pushed: no event is the right outcome
        }
        const auto remote = eventmapper::fromEvent(event);
        if (!remote) {
            if (why) {
                *why = QStringLiteral("no readable event for ") + a.title;
            }
            return false;
        }
        if (a.isCancelled()) {
            return remote->isCancelled();
        }
        const bool equal = remote->slotwiseId == a.id && remote->summary == a.title &&
                           remote->description == a.notes && remote->location == a.location &&
                           remote->clientName == a.clientName && remote->clientEmail == a.clientEmail &&
                           remote->clientPhone == a.clientPhone && remote->startUtc == a.startUtc &&
                           remote->endUtc == a.endUtc && !remote->isCancelled() &&
                           remote->timeZoneId == a.timeZoneId;
        if (!equal && why) {
            *why = QStringLiteral("event differs for ") + a.title + QStringLiteral(": ") +
                   QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact));
        }
        return equal;
    }
};

} // namespace slotwise::testing
