// What another process writes to the shared database (slotwise-cli while the window is open) is noticed;
// what this connection writes itself, and a push that keeps failing, are not.
#include "services/ExternalChangeWatcher.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/Database.h"
#include "services/storage/OutboxRepository.h"
#include "services/storage/ProfileRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;
using namespace std::chrono_literals;

class TestExternalChangeWatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_window; // the GUI's connection, watched
    std::unique_ptr<Database> m_cli;    // another process's connection to the same file
    QString m_profile;

    Appointment book(Database& db, const QString& title, int day)
    {
        Appointment a;
        a.profileId = m_profile;
        a.title = title;
        a.startUtc = QDateTime(QDate(2026, 12, day), QTime(9, 0), Qt::UTC);
        a.endUtc = a.startUtc.addSecs(1800);
        return AppointmentRepository(db).insert(a).value();
    }

private Q_SLOTS:
    void init()
    {
        const QString path =
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
        m_window = std::move(Database::openSqlite(path).value());
        m_cli = std::move(Database::openSqlite(path).value());
        m_profile = ProfileRepository(*m_window).create(QStringLiteral("Ada"), {})->id;
    }
    void cleanup()
    {
        m_cli.reset();
        m_window.reset();
    }

    void quietWhenNothingHappened()
    {
        ExternalChangeWatcher watcher(*m_window, 1h);
        QSignalSpy changed(&watcher, &ExternalChangeWatcher::changedElsewhere);
        watcher.start();
        watcher.check();
        QCOMPARE(changed.count(), 0);
    }

    void bookingFromAnotherProcessAsksForAPush()
    {
        ExternalChangeWatcher watcher(*m_window, 1h);
        QSignalSpy changed(&watcher, &ExternalChangeWatcher::changedElsewhere);
        QSignalSpy grown(&watcher, &ExternalChangeWatcher::outboxGrown);
        watcher.start();

        book(*m_cli, QStringLiteral("Booked with slotwise-cli"), 1);
        watcher.check();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(grown.count(), 1);
        QCOMPARE(grown.first().first().toStringList(), QStringList{m_profile});

        // Seen once: the next poll without news is quiet.
        watcher.check();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(grown.count(), 1);
    }

    void ownWritesAreNotNews()
    {
        ExternalChangeWatcher watcher(*m_window, 1h);
        QSignalSpy changed(&watcher, &ExternalChangeWatcher::changedElsewhere);
        watcher.start();
        book(*m_window, QStringLiteral("Booked in the window"), 1);
        watcher.check();
        QCOMPARE(changed.count(), 0);
    }

    void changeWithoutOutboxIsOnlyAReload()
    {
        ExternalChangeWatcher watcher(*m_window, 1h);
        QSignalSpy changed(&watcher, &ExternalChangeWatcher::changedElsewhere);
        QSignalSpy grown(&watcher, &ExternalChangeWatcher::outboxGrown);
        watcher.start();
        QVERIFY(ProfileRepository(*m_cli).rename(m_profile, QStringLiteral("Ada L."), {}));
        watcher.check();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(grown.count(), 0);
    }

    void failingPushDoesNotLoop()
    {
        // The sync worker's connection records failures on rows it could not push: a commit, but no news
        // for the outbox, so no new sync is asked for (which would fail again, and again).
        const Appointment a = book(*m_cli, QStringLiteral("Refused by Google"), 2);
        ExternalChangeWatcher watcher(*m_window, 1h);
        QSignalSpy grown(&watcher, &ExternalChangeWatcher::outboxGrown);
        watcher.start();
        const auto pending = OutboxRepository(*m_cli).pending(m_profile).value();
        QVERIFY(OutboxRepository(*m_cli).recordFailure(pending.first().seq, QStringLiteral("invalid")));
        watcher.check();
        QCOMPARE(grown.count(), 0);
        Q_UNUSED(a)
    }

    void drainedOutboxThenANewBookingIsNoticed()
    {
        // SQLite hands out the same seq again once the outbox is empty: news is judged by time and count.
        const Appointment first = book(*m_cli, QStringLiteral("First"), 3);
        ExternalChangeWatcher watcher(*m_window, 1h);
        QSignalSpy grown(&watcher, &ExternalChangeWatcher::outboxGrown);
        watcher.start();
        QSqlQuery drain(m_cli->connection());
        QVERIFY(drain.exec(QStringLiteral("DELETE FROM outbox"))); // pushed and confirmed
        watcher.check();
        QCOMPARE(grown.count(), 0);
        QTest::qWait(2); // a later created_at
        book(*m_cli, QStringLiteral("Second"), 4);
        watcher.check();
        QCOMPARE(grown.count(), 1);
        Q_UNUSED(first)
    }

    void timerPolls()
    {
        ExternalChangeWatcher watcher(*m_window, 20ms);
        QSignalSpy changed(&watcher, &ExternalChangeWatcher::changedElsewhere);
        watcher.start();
        book(*m_cli, QStringLiteral("Booked"), 5);
        QVERIFY(changed.wait(5000));
        watcher.stop();
    }
};

QTEST_GUILESS_MAIN(TestExternalChangeWatcher)
#include "tst_externalchangewatcher.moc"
