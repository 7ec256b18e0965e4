#include "app/cli/CliCommandRegistry.h"
#include "app/cli/CliRunner.h"
#include "app/cli/SyncCommands.h"
#include "fakes/calendar/FakeCalendarServer.h"
#include "fakes/calendar/StaticTokenSource.h"
#include "services/DataDirectory.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/BusyCalendarRepository.h"
#include "services/storage/BusyTimeRepository.h"
#include "services/storage/ConflictLog.h"
#include "services/storage/Database.h"
#include "services/storage/OutboxRepository.h"
#include "services/storage/ProfileRepository.h"
#include "services/storage/SyncConnectionRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;

// `sync`, `calendars` and `conflicts` run in-process through the real CliRunner, against the
// fake Google on loopback, with a test token source in place of the OAuth one.
class TestSyncCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<fake::FakeCalendarServer> m_server;
    std::unique_ptr<Database> m_db;
    QString m_profile;
    bool m_withTokens = true;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(QStringList arguments)
    {
        CliCommandRegistry registry;
        CliTokenSourceFactory factory;
        if (m_withTokens) {
            factory = [](CliSession&, const QString&, QString&) {
                return std::make_unique<fake::StaticTokenSource>();
            };
        }
        registerSyncCommands(registry, factory);
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        arguments.prepend(QStringLiteral("slotwise-cli"));
        arguments << QStringLiteral("--data-dir") << m_dir->path();
        r.code = CliRunner(registry, out, err).run(arguments);
        out.flush();
        err.flush();
        return r;
    }

    Appointment book(const QString& title)
    {
        Appointment a;
        a.profileId = m_profile;
        a.title = title;
        a.timeZoneId = QStringLiteral("UTC");
        a.startUtc = QDateTime::currentDateTimeUtc().addDays(3);
        a.startUtc.setTime(QTime(9, 0));
        a.endUtc = a.startUtc.addSecs(1800);
        return AppointmentRepository(*m_db).insert(a).value();
    }

    void connectProfile()
    {
        QSqlQuery q(m_db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO google_connections (profile_id, account_email, state, refresh_token) "
                           "VALUES (?, ?, 'idle', X'01')"));
        q.addBindValue(m_profile);
        q.addBindValue(QStringLiteral("ada@example.org"));
        QVERIFY(q.exec());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<fake::FakeCalendarServer>();
        QVERIFY(m_server->start());
        m_server->setTokenValidator([](const QByteArray& t) { return t.startsWith("tok-"); });
        qputenv("SLOTWISE_GOOGLE_API_BASE", m_server->baseUrl().toString().toUtf8());
        auto db = DataDirectory(m_dir->path()).openDatabase();
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        m_db = std::move(db).value();
        m_profile = ProfileRepository(*m_db).create(QStringLiteral("Ada"), {})->id;
        m_withTokens = true;
    }
    void cleanup()
    {
        m_db.reset();
        m_server.reset();
        m_dir.reset();
        qunsetenv("SLOTWISE_GOOGLE_API_BASE");
    }

    void syncPushesAndPrintsCounts()
    {
        connectProfile();
        const Appointment a = book(QStringLiteral("From the CLI"));
        Run r = run({QStringLiteral("sync")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Pushed 1 change")), qPrintable(r.out));
        QCOMPARE(m_server->event(QStringLiteral("primary"), a.googleEventId())
                     .value(QLatin1String("summary"))
                     .toString(),
                 QStringLiteral("From the CLI"));
        r = run({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("pushed")).toInt(), 0);
        QCOMPARE(o.value(QLatin1String("pending")).toInt(), 0);
        QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("idle"));
    }

    void syncFailureExitsOneWithTheReason()
    {
        connectProfile();
        book(QStringLiteral("Kept"));
        m_server->setQuotaExceeded(true);
        const Run r = run({QStringLiteral("sync")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("quota")), qPrintable(r.err));
        // The reason is kept for `status` and the settings dialog; the change stays pending.
        const auto connection = SyncConnectionRepository(*m_db).find(m_profile);
        QVERIFY(connection.ok());
        QCOMPARE(connection->state, SyncState::Error);
        QVERIFY(connection->lastError.contains(QStringLiteral("quota")));
        QCOMPARE(OutboxRepository(*m_db).pendingCount(m_profile).value(), 1);
    }

    void notConnectedOrNoSignInIsSaidPlainly()
    {
        Run r = run({QStringLiteral("sync")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not connected")), qPrintable(r.err));
        connectProfile();
        m_withTokens = false;
        r = run({QStringLiteral("sync")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not available")), qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void calendarsMarksTheSyncedOne()
    {
        connectProfile();
        m_server->addCalendar(QStringLiteral("team@example.org"), QStringLiteral("Team"));
        Run r = run({QStringLiteral("calendars")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("* ada@example.org  (primary)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("  Team  (team@example.org)")));
        r = run({QStringLiteral("calendars"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QLatin1String("calendars"))
                     .toArray()
                     .size(),
                 2);
    }

    void calendarsCheckAndUncheckBusyTime()
    {
        connectProfile();
        m_server->addCalendar(QStringLiteral("team@example.org"), QStringLiteral("Team"));
        m_server->addCalendar(QStringLiteral("room@example.org"), QStringLiteral("Room 1"));
        Run r = run({QStringLiteral("calendars"), QStringLiteral("--check-busy"),
                     QStringLiteral("team@example.org"), QStringLiteral("--check-busy"),
                     QStringLiteral("room@example.org")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("* ada@example.org  (primary)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("+ Team  (team@example.org)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("+ Room 1  (room@example.org)")));
        auto chosen = BusyCalendarRepository(*m_db).list(m_profile);
        QCOMPARE(chosen->size(), 2);
        QCOMPARE(chosen->at(0).summary, QStringLiteral("Room 1"));
        QCOMPARE(chosen->at(1).calendarId, QStringLiteral("team@example.org"));

        r = run({QStringLiteral("calendars"), QStringLiteral("--uncheck-busy"),
                 QStringLiteral("room@example.org"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QHash<QString, bool> checked;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("calendars")).toArray()) {
            checked.insert(v.toObject().value(QLatin1String("id")).toString(),
                           v.toObject().value(QLatin1String("checkedForBusyTime")).toBool());
        }
        QCOMPARE(checked.size(), 3);
        QVERIFY(checked.value(QStringLiteral("primary"))); // the synced calendar is always checked
        QVERIFY(checked.value(QStringLiteral("team@example.org")));
        QVERIFY(!checked.value(QStringLiteral("room@example.org")));
        QCOMPARE(BusyCalendarRepository(*m_db).list(m_profile)->size(), 1);
    }

    void calendarsRefusesUnknownAndSyncedIds()
    {
        connectProfile();
        m_server->addCalendar(QStringLiteral("team@example.org"), QStringLiteral("Team"));
        Run r = run({QStringLiteral("calendars"), QStringLiteral("--check-busy"),
                     QStringLiteral("team@example.org"), QStringLiteral("--check-busy"),
                     QStringLiteral("nobody@example.org")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("\"nobody@example.org\"")), qPrintable(r.err));
        QVERIFY(BusyCalendarRepository(*m_db).list(m_profile)->isEmpty()); // nothing half-applied
        r = run({QStringLiteral("calendars"), QStringLiteral("--check-busy"), QStringLiteral("primary")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("always checked")), qPrintable(r.err));
        r = run({QStringLiteral("calendars"), QStringLiteral("--check-busy"),
                 QStringLiteral("team@example.org"), QStringLiteral("--uncheck-busy"),
                 QStringLiteral("team@example.org")});
        QCOMPARE(r.code, 2);
        QVERIFY(BusyCalendarRepository(*m_db).list(m_profile)->isEmpty());
    }

    void aCalendarGoneFromTheAccountCanBeUnchecked()
    {
        connectProfile();
        QVERIFY(BusyCalendarRepository(*m_db)
                    .replace(
                        m_profile,
                        {BusyCalendar{QStringLiteral("old@example.org"), QStringLiteral("Old room"), {}, {}}},
                        QStringLiteral("primary"))
                    .ok());
        Run r = run({QStringLiteral("calendars")});
        QVERIFY2(r.out.contains(QStringLiteral("+ Old room  (old@example.org)  no longer in the account")),
                 qPrintable(r.out));
        r = run({QStringLiteral("calendars"), QStringLiteral("--uncheck-busy"),
                 QStringLiteral("old@example.org")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(BusyCalendarRepository(*m_db).list(m_profile)->isEmpty());
    }

    void syncReadsBusyTimeAndWarnsAboutUnreadableCalendars()
    {
        connectProfile();
        m_server->addCalendar(QStringLiteral("team@example.org"), QStringLiteral("Team"));
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(2);
        m_server->phoneCreate(
            QStringLiteral("team@example.org"),
            QJsonObject{{QStringLiteral("summary"), QStringLiteral("Standup")},
                        {QStringLiteral("start"),
                         QJsonObject{{QStringLiteral("dateTime"), start.toString(Qt::ISODate)}}},
                        {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"),
                                                             start.addSecs(3600).toString(Qt::ISODate)}}}});
        QVERIFY(
            BusyCalendarRepository(*m_db)
                .replace(
                    m_profile,
                    {BusyCalendar{QStringLiteral("team@example.org"), QStringLiteral("Team"), {}, {}},
                     BusyCalendar{QStringLiteral("gone@example.org"), QStringLiteral("Old room"), {}, {}}},
                    QStringLiteral("primary"))
                .ok());
        Run r = run({QStringLiteral("sync")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("warning")) && r.err.contains(QStringLiteral("\"Old room\"")),
                 qPrintable(r.err));
        QCOMPARE(BusyTimeRepository(*m_db).count(m_profile, QStringLiteral("team@example.org")).value(), 1);
        r = run({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("busyProblems")).toArray().size(), 1);
        QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("idle"));
    }

    void conflictsListAndRestore()
    {
        Run r = run({QStringLiteral("conflicts")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("No sync conflicts.")));
        const Appointment a = book(QStringLiteral("Desk version"));
        Appointment losing = a;
        losing.title = QStringLiteral("Phone version");
        QVERIFY(ConflictLog(*m_db).record(m_profile, true, losing).ok());
        r = run({QStringLiteral("conflicts")});
        QVERIFY2(r.out.contains(QStringLiteral(
                     "\"Desk version\": kept the change made here; the other version was \"Phone version\"")),
                 qPrintable(r.out));
        r = run({QStringLiteral("conflicts"), QStringLiteral("--json")});
        const QJsonArray list =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("conflicts")).toArray();
        QCOMPARE(list.size(), 1);
        const int id = list.first().toObject().value(QLatin1String("id")).toInt();
        QCOMPARE(list.first().toObject().value(QLatin1String("winner")).toString(), QStringLiteral("local"));

        r = run({QStringLiteral("conflicts"), QStringLiteral("--restore"), QStringLiteral("abc")});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("conflicts"), QStringLiteral("--restore"), QStringLiteral("999")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("999")));
        r = run({QStringLiteral("conflicts"), QStringLiteral("--restore"), QString::number(id)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(AppointmentRepository(*m_db).find(a.id)->title, QStringLiteral("Phone version"));
        r = run({QStringLiteral("conflicts")});
        QVERIFY(r.out.contains(QStringLiteral("(restored)")));

        // A second restore would overwrite a later edit without a trace: refused, nothing changed.
        Appointment edited = AppointmentRepository(*m_db).find(a.id).value();
        edited.title = QStringLiteral("Edited after the restore");
        QVERIFY(AppointmentRepository(*m_db).update(edited).ok());
        r = run({QStringLiteral("conflicts"), QStringLiteral("--restore"), QString::number(id)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("was already restored")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(AppointmentRepository(*m_db).find(a.id)->title, QStringLiteral("Edited after the restore"));
    }
};

QTEST_GUILESS_MAIN(TestSyncCommands)
#include "tst_synccommands.moc"
