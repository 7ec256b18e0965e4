#include "models/AppointmentTableModel.h"
#include "services/TranslationLoader.h"
#include "ui/tray/NotificationPolicy.h"

#include <QRegularExpression>
#include <QTest>

using namespace slotwise;
using Kind = TrayNotification::Kind;

namespace {
const QDateTime kStart(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);

SyncStatus status(SyncState state)
{
    SyncStatus s;
    s.state = state;
    s.profileName = QStringLiteral("Dr. Ada");
    s.accountEmail = QStringLiteral("ada@gmail.com");
    return s;
}

SyncStatus failing(const QDateTime& sinceUtc,
                   const QString& message = QStringLiteral("Google is not answering"))
{
    SyncStatus s = status(SyncState::Error);
    s.errorSinceUtc = sinceUtc;
    s.errorMessage = message;
    return s;
}

Appointment appointment(const QString& id, const QDateTime& startUtc)
{
    Appointment a;
    a.id = id;
    a.title = QStringLiteral("Check-up");
    a.clientName = QStringLiteral("Anna Smith");
    a.startUtc = startUtc;
    a.endUtc = startUtc.addSecs(1800);
    return a;
}
} // namespace

// Time is a variable the test moves forward; nothing sleeps.
class TestNotificationPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_translations.load(QStringLiteral("en")).ok()); }
    void init() { m_now = kStart; }

    void reconnectNeededNotifiesOncePerEpisode()
    {
        NotificationPolicy policy(clock());
        QVERIFY(policy.statusChanged(status(SyncState::Idle)).isEmpty());
        const auto first = policy.statusChanged(status(SyncState::ReconnectNeeded));
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().kind, Kind::ReconnectNeeded);
        QVERIFY(first.first().message.contains(QStringLiteral("ada@gmail.com")));
        // The same problem again, or time passing, stays quiet.
        QVERIFY(policy.statusChanged(status(SyncState::ReconnectNeeded)).isEmpty());
        m_now = m_now.addSecs(3 * 3600);
        QVERIFY(policy.tick().isEmpty());
        // Fixed, then broken again much later: a new problem, a new notification.
        QVERIFY(policy.statusChanged(status(SyncState::Idle)).isEmpty());
        m_now = m_now.addSecs(3600);
        QCOMPARE(policy.statusChanged(status(SyncState::ReconnectNeeded)).size(), 1);
    }

    void signInLockedDoesNotAskToReconnect()
    {
        NotificationPolicy policy(clock());
        QVERIFY(policy.statusChanged(status(SyncState::Idle)).isEmpty());
        QVERIFY(policy.statusChanged(status(SyncState::SignInLocked)).isEmpty());
        m_now = m_now.addSecs(3 * 3600);
        for (const TrayNotification& n : policy.tick()) {
            QVERIFY(n.kind != Kind::ReconnectNeeded);
        }
    }

    void flappingProblemIsRateLimited()
    {
        NotificationPolicy policy(clock());
        QCOMPARE(policy.statusChanged(status(SyncState::ReconnectNeeded)).size(), 1);
        m_now = m_now.addSecs(60);
        policy.statusChanged(status(SyncState::Idle));
        m_now = m_now.addSecs(60);
        QVERIFY(policy.statusChanged(status(SyncState::ReconnectNeeded)).isEmpty());
        // Still unresolved once the quiet interval has passed: said once more, by the periodic tick.
        m_now = kStart.addSecs(NotificationPolicy::kSameKindIntervalSecs);
        QCOMPARE(policy.tick().size(), 1);
        QVERIFY(policy.tick().isEmpty());
    }

    void syncFailingWaitsFifteenMinutes()
    {
        NotificationPolicy policy(clock());
        QVERIFY(policy.statusChanged(failing(m_now)).isEmpty());
        m_now = m_now.addSecs(14 * 60 + 59);
        QVERIFY(policy.tick().isEmpty());
        // A retry round in between belongs to the same problem.
        QVERIFY(policy.statusChanged(status(SyncState::Syncing)).isEmpty());
        QVERIFY(policy.statusChanged(failing(kStart)).isEmpty());
        m_now = kStart.addSecs(15 * 60);
        const auto due = policy.tick();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().kind, Kind::SyncFailing);
        QCOMPARE(due.first().severity, TrayNotification::Severity::Critical);
        QCOMPARE(
            due.first().message,
            QStringLiteral("Slotwise has not been able to sync for 15 minutes. Google is not answering"));
        m_now = m_now.addSecs(2 * 3600);
        QVERIFY(policy.tick().isEmpty());
    }

    void syncFailingWithoutEngineTimestampCountsFromFirstSight()
    {
        NotificationPolicy policy(clock());
        SyncStatus s = failing(QDateTime());
        s.errorAppointmentTitle = QStringLiteral("Check-up Anna Smith");
        QVERIFY(policy.statusChanged(s).isEmpty());
        m_now = m_now.addSecs(16 * 60);
        const auto due = policy.tick();
        QCOMPARE(due.size(), 1);
        QVERIFY2(due.first().message.contains(QStringLiteral("“Check-up Anna Smith” could not be synced")),
                 qPrintable(due.first().message));
    }

    void shortErrorsThatHealStayQuiet()
    {
        NotificationPolicy policy(clock());
        for (int i = 0; i < 10; ++i) {
            QVERIFY(policy.statusChanged(failing(m_now)).isEmpty());
            m_now = m_now.addSecs(10 * 60);
            QVERIFY(policy.statusChanged(status(SyncState::Idle)).isEmpty());
            QVERIFY(policy.tick().isEmpty());
        }
    }

    void offlineIsNotAFailure()
    {
        NotificationPolicy policy(clock());
        policy.statusChanged(status(SyncState::Offline));
        m_now = m_now.addSecs(3 * 3600);
        QVERIFY(policy.tick().isEmpty());
    }

    void conflictsAreBundled()
    {
        NotificationPolicy policy(clock());
        auto first =
            policy.conflictResolved(QStringLiteral("Check-up"), QStringLiteral("the newer change was kept"));
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().message,
                 QStringLiteral(
                     "“Check-up” was changed in Slotwise and in Google Calendar at the same time: the newer "
                     "change was kept"));
        m_now = m_now.addSecs(10);
        QVERIFY(policy.conflictResolved(QStringLiteral("A"), QString()).isEmpty());
        QVERIFY(policy.conflictResolved(QStringLiteral("B"), QString()).isEmpty());
        QVERIFY(policy.tick().isEmpty());
        m_now = kStart.addSecs(NotificationPolicy::kConflictIntervalSecs);
        const auto bundled = policy.tick();
        QCOMPARE(bundled.size(), 1);
        QCOMPARE(bundled.first().title, QStringLiteral("2 conflicts resolved"));
        QVERIFY(policy.tick().isEmpty());
    }

    void remindersAreOffByDefault()
    {
        NotificationPolicy policy(clock());
        QCOMPARE(policy.reminderMinutes(), 0);
        policy.setUpcomingAppointments({appointment(QStringLiteral("a"), m_now.addSecs(5 * 60))});
        QVERIFY(policy.tick().isEmpty());
    }

    void reminderComesOnceBeforeTheStart()
    {
        NotificationPolicy policy(clock());
        policy.setReminderMinutes(10);
        Appointment cancelled = appointment(QStringLiteral("c"), m_now.addSecs(12 * 60));
        cancelled.status = AppointmentStatus::Cancelled;
        Appointment allDay = appointment(QStringLiteral("d"), m_now.addSecs(12 * 60));
        allDay.allDay = true;
        policy.setUpcomingAppointments(
            {appointment(QStringLiteral("a"), m_now.addSecs(20 * 60)), cancelled, allDay});
        QVERIFY(policy.tick().isEmpty());
        m_now = m_now.addSecs(10 * 60 - 1);
        QVERIFY(policy.tick().isEmpty());
        m_now = m_now.addSecs(1);
        const auto due = policy.tick();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().kind, Kind::Reminder);
        QCOMPARE(due.first().title, QStringLiteral("In 10 minutes: Check-up with Anna Smith"));
        const QString localTime =
            AppointmentTableModel::formatTime(kStart.addSecs(20 * 60).toLocalTime().time());
        QVERIFY2(!localTime.contains(QRegularExpression(QStringLiteral("\\d[:.]\\d\\d[:.]\\d\\d"))),
                 qPrintable(localTime)); // hours and minutes, no seconds
        QCOMPARE(due.first().message, QStringLiteral("Starts at %1.").arg(localTime));
        m_now = m_now.addSecs(60);
        QVERIFY(policy.tick().isEmpty());
    }

    void movedAppointmentRemindsAgain()
    {
        NotificationPolicy policy(clock());
        policy.setReminderMinutes(15);
        policy.setUpcomingAppointments({appointment(QStringLiteral("a"), m_now.addSecs(5 * 60))});
        QCOMPARE(policy.tick().size(), 1);
        policy.setUpcomingAppointments({appointment(QStringLiteral("a"), m_now.addSecs(60 * 60))});
        QVERIFY(policy.tick().isEmpty());
        m_now = m_now.addSecs(46 * 60);
        QCOMPARE(policy.tick().size(), 1);
    }

    void startedAppointmentsDoNotRemind()
    {
        NotificationPolicy policy(clock());
        policy.setReminderMinutes(30);
        policy.setUpcomingAppointments({appointment(QStringLiteral("a"), m_now.addSecs(-60))});
        QVERIFY(policy.tick().isEmpty());
    }

private:
    NotificationPolicy::Clock clock()
    {
        return [this] { return m_now; };
    }

    QDateTime m_now;
    TranslationLoader m_translations;
};

QTEST_GUILESS_MAIN(TestNotificationPolicy)
#include "tst_notificationpolicy.moc"
