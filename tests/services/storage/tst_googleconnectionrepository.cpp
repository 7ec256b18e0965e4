#include "fakes/postgres/TestDatabases.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/Database.h"
#include "services/storage/GoogleConnectionRepository.h"
#include "services/storage/ProfileRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace slotwise;

class TestGoogleConnectionRepository : public QObject
{
    Q_OBJECT

    testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    QString m_profileId;

    int scalar(const QString& sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next()) {
            return -1;
        }
        return q.value(0).toInt();
    }
    void exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant& v : values) {
            q.addBindValue(v);
        }
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    GoogleConnection connectionFor(const QString& email) const
    {
        GoogleConnection c;
        c.profileId = m_profileId;
        c.accountEmail = email;
        c.accessTokenBlob = QByteArray(60, 'a');
        c.refreshTokenBlob = QByteArray(60, 'r');
        c.state = SyncState::Idle;
        return c;
    }
    // Two booked appointments and a cancelled one, all pushed and linked, with pulled state around them.
    QStringList seedSyncedProfile()
    {
        AppointmentRepository appointments(*m_db);
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            Appointment a;
            a.profileId = m_profileId;
            a.title = QStringLiteral("Visit %1").arg(i);
            a.startUtc = QDateTime(QDate(2026, 12, 1 + i), QTime(9, 0), Qt::UTC);
            a.endUtc = a.startUtc.addSecs(1800);
            ids << appointments.insert(a).value().id;
        }
        appointments.cancel(ids.at(2));
        exec(QStringLiteral("DELETE FROM outbox")); // Google confirmed everything
        for (const QString& id : std::as_const(ids)) {
            exec(QStringLiteral("INSERT INTO google_event_links (appointment_id, profile_id, calendar_id, "
                                "event_id) VALUES (?, ?, 'team@x', ?)"),
                 {id, m_profileId, QString(id).remove(QLatin1Char('-'))});
        }
        exec(QStringLiteral("INSERT INTO google_calendar_sync (profile_id, calendar_id, sync_token) "
                            "VALUES (?, 'team@x', 'tok')"),
             {m_profileId});
        exec(QStringLiteral("INSERT INTO busy_blocks (profile_id, calendar_id, event_id, start_utc, end_utc) "
                            "VALUES (?, 'team@x', 'ext1', 1, 2)"),
             {m_profileId});
        exec(QStringLiteral(
                 "INSERT INTO google_busy_calendars (profile_id, calendar_id) VALUES (?, 'room@x')"),
             {m_profileId});
        GoogleConnectionRepository(*m_db).setCalendarId(m_profileId, QStringLiteral("team@x"));
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(m_databases); }
    void init()
    {
        m_db = m_databases.open();
        QVERIFY(m_db);
        m_profileId = ProfileRepository(*m_db).create(QStringLiteral("Ada"), QString()).value().id;
    }
    void cleanup() { m_db.reset(); }

    void unknownProfileReadsAsNotConnected()
    {
        const auto c = GoogleConnectionRepository(*m_db).find(m_profileId);
        QVERIFY2(c.ok(), qPrintable(c.error().message()));
        QCOMPARE(c->state, SyncState::NotConnected);
        QVERIFY(!c->hasTokens());
        QCOMPARE(c->calendarId, QStringLiteral("primary"));
        QCOMPARE(c->syncIntervalMinutes, 5);
    }

    void saveConnectedKeepsChoicesAndWipeKeepsRow()
    {
        GoogleConnectionRepository repo(*m_db);
        QVERIFY(repo.setCalendarId(m_profileId, QStringLiteral("team@group.calendar.google.com")).ok());
        QVERIFY(repo.setSyncIntervalMinutes(m_profileId, 30).ok());

        GoogleConnection c;
        c.profileId = m_profileId;
        c.accountEmail = QStringLiteral("ada@example.com");
        c.accessTokenBlob = QByteArray(60, 'a');
        c.refreshTokenBlob = QByteArray(60, 'r');
        c.tokenExpiresAtUtc = QDateTime(QDate(2030, 1, 1), QTime(10, 0), Qt::UTC);
        c.grantedScopes = {QStringLiteral("s1"), QStringLiteral("s2")};
        c.state = SyncState::Idle;
        QVERIFY(repo.saveConnected(c).ok());

        auto stored = repo.find(m_profileId).value();
        QCOMPARE(stored.accountEmail, c.accountEmail);
        QCOMPARE(stored.refreshTokenBlob, c.refreshTokenBlob);
        QCOMPARE(stored.tokenExpiresAtUtc, c.tokenExpiresAtUtc);
        QCOMPARE(stored.grantedScopes, c.grantedScopes);
        QCOMPARE(stored.state, SyncState::Idle);
        QCOMPARE(stored.calendarId, QStringLiteral("team@group.calendar.google.com"));
        QCOMPARE(stored.syncIntervalMinutes, 30);
        QCOMPARE(repo.listWithTokens().value().size(), 1);

        QVERIFY(
            repo.updateAccessToken(m_profileId, QByteArray(60, 'b'), c.tokenExpiresAtUtc.addSecs(3600), {})
                .ok());
        stored = repo.find(m_profileId).value();
        QCOMPARE(stored.accessTokenBlob, QByteArray(60, 'b'));
        QCOMPARE(stored.grantedScopes, c.grantedScopes); // unchanged when Google sent none

        QVERIFY(repo.wipeTokens(m_profileId, SyncState::ReconnectNeeded, QStringLiteral("why")).ok());
        stored = repo.find(m_profileId).value();
        QVERIFY(!stored.hasTokens());
        QVERIFY(stored.accessTokenBlob.isEmpty());
        QVERIFY(!stored.tokenExpiresAtUtc.isValid());
        QCOMPARE(stored.state, SyncState::ReconnectNeeded);
        QCOMPARE(stored.lastError, QStringLiteral("why"));
        QCOMPARE(stored.syncIntervalMinutes, 30);
        QVERIFY(repo.listWithTokens().value().isEmpty());

        // A refresh that lands after a wipe must not resurrect an access token.
        QVERIFY(repo.updateAccessToken(m_profileId, QByteArray(60, 'c'), c.tokenExpiresAtUtc, {}).ok());
        QVERIFY(repo.find(m_profileId).value().accessTokenBlob.isEmpty());
    }

    void reconnectingTheSameAccountKeepsSyncState()
    {
        seedSyncedProfile();
        GoogleConnectionRepository repo(*m_db);
        QVERIFY(repo.saveConnected(connectionFor(QStringLiteral("ada@example.com"))).ok());
        QVERIFY(repo.wipeTokens(m_profileId, SyncState::NotConnected, {}).ok()); // disconnect
        QVERIFY(repo.saveConnected(connectionFor(QStringLiteral("Ada@Example.com"))).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM google_event_links")), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM google_calendar_sync")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM busy_blocks")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM google_busy_calendars")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
        QCOMPARE(repo.find(m_profileId)->calendarId, QStringLiteral("team@x"));
    }

    void anotherAccountStartsOverAndQueuesTheBookedAppointments()
    {
        const QStringList ids = seedSyncedProfile();
        GoogleConnectionRepository repo(*m_db);
        QVERIFY(repo.saveConnected(connectionFor(QStringLiteral("ada@example.com"))).ok());
        // A pending edit of the first appointment must not gain a second outbox row.
        Appointment edited = AppointmentRepository(*m_db).find(ids.at(0)).value();
        edited.title = QStringLiteral("Edited");
        QVERIFY(AppointmentRepository(*m_db).update(edited).ok());
        QVERIFY(repo.wipeTokens(m_profileId, SyncState::NotConnected, {}).ok());

        QVERIFY(repo.saveConnected(connectionFor(QStringLiteral("bob@example.com"))).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM google_event_links")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM google_calendar_sync")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM busy_blocks")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM google_busy_calendars")), 0);
        const auto stored = repo.find(m_profileId).value();
        QCOMPARE(stored.accountEmail, QStringLiteral("bob@example.com"));
        QCOMPARE(stored.calendarId, QStringLiteral("primary"));
        QVERIFY(stored.hasTokens());
        // Both booked appointments go to the new account's calendar, the cancelled one does not.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")), 2);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE appointment_id = '%1'").arg(ids.at(0))),
            1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE appointment_id = '%1' AND "
                                       "operation = 'create'")
                            .arg(ids.at(1))),
                 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE appointment_id = '%1'").arg(ids.at(2))),
            0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM appointments")), 3); // nothing local is lost
    }

    void badChoicesAreRefused()
    {
        GoogleConnectionRepository repo(*m_db);
        QVERIFY(!repo.setCalendarId(m_profileId, QStringLiteral("  ")).ok());
        QVERIFY(!repo.setSyncIntervalMinutes(m_profileId, 0).ok());
        QVERIFY(!repo.setSyncIntervalMinutes(m_profileId, 24 * 60 + 1).ok());
        QCOMPARE(repo.find(m_profileId).value().syncIntervalMinutes, 5);
        // Unknown profile: the foreign key refuses the row.
        QVERIFY(!repo.setCalendarId(QStringLiteral("nobody"), QStringLiteral("x")).ok());
    }
};

QTEST_GUILESS_MAIN(TestGoogleConnectionRepository)
#include "tst_googleconnectionrepository.moc"
