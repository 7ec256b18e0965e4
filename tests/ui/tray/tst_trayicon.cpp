#include "services/AppointmentBook.h"
#include "services/DataDirectory.h"
#include "services/storage/Database.h"
#include "services/TranslationLoader.h"
#include "ui/tray/TrayIcon.h"
#include "ui/tray/TraySettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace slotwise;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);

SyncStatus status(SyncState state, const QString& profileId = QStringLiteral("p1"))
{
    SyncStatus s;
    s.state = state;
    s.profileId = profileId;
    s.profileName = QStringLiteral("Dr. Ada");
    s.accountEmail = QStringLiteral("ada@gmail.com");
    s.lastSuccessfulSyncUtc = kNow.addSecs(-120);
    return s;
}

QAction* actionNamed(QMenu* menu, const QString& text)
{
    const auto actions = menu->actions();
    for (QAction* a : actions) {
        if (a->text() == text) {
            return a;
        }
    }
    return nullptr;
}

// What the window manager's close button does.
bool closeWindow(QWidget& window)
{
    return window.close();
}

// A window that, like MainWindow, saves its state when it closes.
class StatefulWindow : public QMainWindow
{
public:
    int closeEvents = 0;

protected:
    void closeEvent(QCloseEvent* event) override
    {
        ++closeEvents;
        QMainWindow::closeEvent(event);
    }
};
} // namespace

// The offscreen platform has no system tray, so the tray path is forced with Availability::Available: the
// menu, the close-to-tray behaviour and the notifications are the same; only the icon is not drawn.
class TestTrayIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_translations.load(QStringLiteral("en")).ok()); }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<QSettings>(m_tmp->filePath(QStringLiteral("settings.ini")),
                                              QSettings::IniFormat);
        m_settings = std::make_unique<TraySettings>(*m_store);
        m_now = kNow;
        QApplication::setQuitOnLastWindowClosed(true);
    }

    void menuFollowsTheStatusAndEmitsRequests()
    {
        QMainWindow window;
        TrayIcon tray(&window, *m_settings, TrayIcon::Availability::Available, clock());
        QMenu* menu = tray.menu();
        QVERIFY(actionNamed(menu, QStringLiteral("Open Slotwise")));
        QVERIFY(actionNamed(menu, QStringLiteral("Calendar settings…")));
        QVERIFY(actionNamed(menu, QStringLiteral("Quit Slotwise")));

        // Not connected: nothing to sync or pause.
        QVERIFY(!tray.syncNowAction()->isEnabled());
        QVERIFY(!tray.pauseAction()->isEnabled());
        QCOMPARE(menu->actions().first()->text(), QStringLiteral("Google Calendar not connected"));

        tray.setStatus(status(SyncState::Idle));
        QVERIFY(tray.syncNowAction()->isEnabled());
        QCOMPARE(menu->actions().first()->text(), QStringLiteral("In sync · Last synced 2 minutes ago"));

        QSignalSpy syncNow(&tray, &TrayIcon::syncNowRequested);
        QSignalSpy pause(&tray, &TrayIcon::pauseRequested);
        QSignalSpy resume(&tray, &TrayIcon::resumeRequested);
        QSignalSpy settings(&tray, &TrayIcon::settingsRequested);
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);
        tray.syncNowAction()->trigger();
        QCOMPARE(syncNow.count(), 1);
        QCOMPARE(syncNow.first().first().toString(),
                 QStringLiteral("p1")); // straight into SyncEngine::syncNow
        tray.pauseAction()->trigger();
        QCOMPARE(pause.count(), 1);
        QCOMPARE(pause.first().first().toString(), QStringLiteral("p1"));

        tray.setStatus(status(SyncState::Paused));
        QCOMPARE(tray.pauseAction()->text(), QStringLiteral("Resume sync"));
        tray.pauseAction()->trigger();
        QCOMPARE(resume.count(), 1);
        QCOMPARE(pause.count(), 1);

        actionNamed(menu, QStringLiteral("Calendar settings…"))->trigger();
        QCOMPARE(settings.count(), 1);
        QVERIFY(window.isVisible()); // the settings dialog needs its window
        actionNamed(menu, QStringLiteral("Quit Slotwise"))->trigger();
        QCOMPARE(quit.count(), 1);
        QVERIFY(!window.isVisible()); // closed, so it saved its state
    }

    void showsTheCurrentProfileAndNotifiesForAll()
    {
        QMainWindow window;
        TrayIcon tray(&window, *m_settings, TrayIcon::Availability::Available, clock());
        QSignalSpy shown(&tray, &TrayIcon::notificationShown);
        tray.setStatus(status(SyncState::Idle, QStringLiteral("p1")));
        QCOMPARE(tray.currentProfileId(), QStringLiteral("p1")); // the first one heard of
        SyncStatus other = status(SyncState::ReconnectNeeded, QStringLiteral("p2"));
        other.profileName = QStringLiteral("Dr. Bob");
        other.accountEmail = QStringLiteral("bob@gmail.com");
        tray.setStatus(other);
        QCOMPARE(tray.view().iconPath, QStringLiteral(":/icons/tray/in-sync.svg")); // still p1's state
        QCOMPARE(shown.count(), 1); // but p2's problem is told
        QVERIFY(shown.first().first().value<TrayNotification>().message.contains(
            QStringLiteral("bob@gmail.com")));

        tray.setCurrentProfile(QStringLiteral("p2"));
        QCOMPARE(tray.view().iconPath, QStringLiteral(":/icons/tray/reconnect-needed.svg"));
        QVERIFY(tray.view().toolTip.startsWith(QStringLiteral("Dr. Bob")));
        tray.setStatus(status(SyncState::Error, QStringLiteral("p1")));
        QCOMPARE(tray.view().iconPath, QStringLiteral(":/icons/tray/reconnect-needed.svg"));
        tray.setCurrentProfile(QStringLiteral("p3")); // no status yet: not connected
        QCOMPARE(tray.view().iconPath, QStringLiteral(":/icons/tray/not-connected.svg"));
        QCOMPARE(tray.currentProfileId(), QStringLiteral("p3"));
    }

    void conflictsAreToldPerProfile()
    {
        QMainWindow window;
        TrayIcon tray(&window, *m_settings, TrayIcon::Availability::Available, clock());
        QSignalSpy shown(&tray, &TrayIcon::notificationShown);
        tray.notifyConflictResolved(QStringLiteral("p1"), QStringLiteral("Check-up"), QString());
        tray.notifyConflictResolved(QStringLiteral("p2"), QStringLiteral("Massage"), QString());
        QCOMPARE(shown.count(), 2); // a second profile is not held back by the first one's quiet time
        tray.notifyConflictResolved(QStringLiteral("p1"), QStringLiteral("Follow-up"), QString());
        QCOMPARE(shown.count(), 2);
    }

    void leftClickTogglesTheWindow()
    {
        QMainWindow window;
        TrayIcon tray(&window, *m_settings, TrayIcon::Availability::Available, clock());
        QVERIFY(!window.isVisible());
        tray.toggleWindow();
        QVERIFY(window.isVisible());
        tray.toggleWindow();
        QVERIFY(!window.isVisible());
        window.showMinimized();
        tray.toggleWindow();
        QVERIFY(window.isVisible());
        QVERIFY(!window.isMinimized());
    }

    void closingKeepsSlotwiseInTheTrayWithAOneTimeNotice()
    {
        StatefulWindow window;
        TrayIcon tray(&window, *m_settings, TrayIcon::Availability::Available, clock());
        QVERIFY(!QApplication::quitOnLastWindowClosed());
        QSignalSpy shown(&tray, &TrayIcon::notificationShown);
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);
        window.show();
        QVERIFY(closeWindow(window));
        QVERIFY(!window.isVisible());
        QCOMPARE(window.closeEvents, 1); // the window saved its state
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().value<TrayNotification>().kind, TrayNotification::Kind::StillRunning);
        QVERIFY(m_settings->closeNoticeShown());

        window.show();
        QVERIFY(closeWindow(window));
        QCOMPARE(shown.count(), 1); // once only
        QCOMPARE(quit.count(), 0);
        tray.toggleWindow();
        QVERIFY(window.isVisible()); // back from the tray
    }

    void closingQuitsWhenTheSettingIsOff()
    {
        m_settings->setKeepRunningInTray(false);
        QMainWindow window;
        TrayIcon tray(&window, *m_settings, TrayIcon::Availability::Available, clock());
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);
        window.show();
        QVERIFY(closeWindow(window));
        QCOMPARE(quit.count(), 1);
    }

    void withoutATrayTheStatusBarTakesOver()
    {
        QMainWindow window;
        TrayIcon tray(&window, *m_settings, TrayIcon::Availability::Unavailable, clock());
        QVERIFY(QApplication::quitOnLastWindowClosed()); // closing the window ends Slotwise
        auto* button = window.statusBar()->findChild<QToolButton*>(QStringLiteral("syncStatusButton"));
        QVERIFY(button);
        QCOMPARE(button->menu(), tray.menu());
        tray.setStatus(status(SyncState::ReconnectNeeded));
        QCOMPARE(button->text(), QStringLiteral("Reconnect to Google needed"));
        QVERIFY(button->toolTip().startsWith(QStringLiteral("Dr. Ada · Reconnect to Google needed")));
        QVERIFY(!actionNamed(tray.menu(), QStringLiteral("Open Slotwise"))->isVisible());
        // The notification lands in the status bar.
        QVERIFY2(
            window.statusBar()->currentMessage().startsWith(QStringLiteral("Reconnect Google Calendar: ")),
            qPrintable(window.statusBar()->currentMessage()));
        window.show();
        QVERIFY(closeWindow(window));
    }

    void remindsOfTheProfilesUpcomingAppointments()
    {
        const DataDirectory dir(m_tmp->filePath(QStringLiteral("data")));
        auto db = dir.openDatabase();
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        AppointmentBook book(*db.value());
        const auto ada = book.createProfile(QStringLiteral("Ada"), QString());
        QVERIFY(ada.ok());
        Appointment a;
        a.profileId = ada->id;
        a.title = QStringLiteral("Check-up");
        a.clientName = QStringLiteral("Anna Smith");
        a.startUtc = kNow.addSecs(40 * 60);
        a.endUtc = a.startUtc.addSecs(1800);
        QVERIFY(book.book(a).ok());
        m_settings->setReminderMinutes(ada->id, 30);

        QMainWindow window;
        TrayIcon tray(&window, *m_settings, TrayIcon::Availability::Available, clock());
        tray.setAppointmentBook(&book);
        QSignalSpy shown(&tray, &TrayIcon::notificationShown);
        tray.setStatus(status(SyncState::Idle, ada->id));
        tray.checkNotifications();
        QCOMPARE(shown.count(), 0);
        m_now = kNow.addSecs(10 * 60);
        tray.checkNotifications();
        QCOMPARE(shown.count(), 1);
        const auto reminder = shown.first().first().value<TrayNotification>();
        QCOMPARE(reminder.kind, TrayNotification::Kind::Reminder);
        QCOMPARE(reminder.title, QStringLiteral("In 30 minutes: Check-up with Anna Smith"));
        tray.checkNotifications();
        QCOMPARE(shown.count(), 1);
    }

private:
    NotificationPolicy::Clock clock()
    {
        return [this] { return m_now; };
    }

    TranslationLoader m_translations;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<TraySettings> m_settings;
    QDateTime m_now;
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
