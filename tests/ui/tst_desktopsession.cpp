#include "ui/DesktopSession.h"

#include "models/AppointmentTableModel.h"
#include "services/storage/ConflictLog.h"
#include "services/storage/Database.h"
#include "services/TranslationLoader.h"
#include "TestBook.h"
#include "ui/CalendarPane.h"
#include "ui/settings/CalendarSettingsDialog.h"
#include "ui/settings/SyncConflictsWidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace slotwise;

// The composition the `slotwise` executable runs: sync status reaches the tray and the status bar for the
// profile the window shows, and the menus reach the engine.
class TestDesktopSession : public QObject
{
    Q_OBJECT
    TranslationLoader m_translations;

    static DesktopSession::Options quietOptions()
    {
        DesktopSession::Options options;
        options.exitAfterFirstPaint = true; // no sync round and no first-start prompt in a test
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SLOTWISE_KEY_STORE", "file"); // no keychain probe on a machine without a session bus
        QVERIFY(m_translations.load(QStringLiteral("en")).ok());
    }

    void statusBarShowsTheWindowsProfileStatus()
    {
        TestBook t;
        QVERIFY(t.open());
        const auto bob = t.book->createProfile(QStringLiteral("Bob"), QString());
        QVERIFY(bob.ok());
        DesktopSession session(*t.database, *t.book, DataDirectory(t.dir.filePath(QStringLiteral("data"))),
                               quietOptions());
        session.start();
        session.window().setCurrentProfile(t.profile.id);

        auto* button =
            session.window().statusBar()->findChild<QToolButton*>(QStringLiteral("syncStatusButton"));
        QVERIFY(button);
        QCOMPARE(session.tray().currentProfileId(), t.profile.id);
        QVERIFY2(session.tray().view().toolTip.contains(QStringLiteral("Dr. Ada")),
                 qPrintable(session.tray().view().toolTip));
        QVERIFY2(button->text().contains(QStringLiteral("not connected")), qPrintable(button->text()));

        session.window().setCurrentProfile(bob->id);
        QCOMPARE(session.tray().currentProfileId(), bob->id);
        QVERIFY2(session.tray().view().toolTip.contains(QStringLiteral("Bob")),
                 qPrintable(session.tray().view().toolTip));
    }

    void bookingsMadeByAnotherProcessShowUp()
    {
        TestBook t;
        QVERIFY(t.open());
        DesktopSession session(*t.database, *t.book, DataDirectory(t.dir.filePath(QStringLiteral("data"))),
                               DesktopSession::Options{});
        session.start();
        session.window().setCurrentProfile(t.profile.id);
        const int before = session.window().calendar()->model()->rowCount();

        // slotwise-cli: its own connection to the same file.
        auto cli = Database::openSqlite(t.database->location());
        QVERIFY2(cli, qPrintable(cli.error().message()));
        AppointmentBook cliBook(*cli.value());
        Appointment a;
        a.profileId = t.profile.id;
        a.title = QStringLiteral("Booked with slotwise-cli");
        a.startUtc = QDateTime(session.window().calendar()->range().focus(), QTime(10, 0)).toUTC();
        a.endUtc = a.startUtc.addSecs(1800);
        QVERIFY(cliBook.book(a));
        QVERIFY(cliBook.createProfile(QStringLiteral("Bob"), QString()));

        QTRY_COMPARE_WITH_TIMEOUT(session.window().calendar()->model()->rowCount(), before + 1, 10000);
        auto* profiles = session.window().findChild<QComboBox*>(QStringLiteral("profileCombo"));
        QVERIFY(profiles);
        QTRY_COMPARE_WITH_TIMEOUT(profiles->count(), 2, 5000);
    }

    void settingsOpenFromTheWindowWithTheTraySection()
    {
        TestBook t;
        QVERIFY(t.open());
        DesktopSession session(*t.database, *t.book, DataDirectory(t.dir.filePath(QStringLiteral("data"))),
                               quietOptions());
        session.start();
        QVERIFY(session.window().calendarSettingsAction()->isEnabled());
        session.window().calendarSettingsAction()->trigger();
        QDialog* dialog = session.window().findChild<QDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const auto labels = dialog->findChildren<QWidget*>();
        bool hasTraySection = false;
        for (const QWidget* w : labels) {
            hasTraySection = hasTraySection ||
                             w->metaObject()->className() == QByteArray("slotwise::TrayPreferencesWidget");
        }
        QVERIFY(hasTraySection);
        dialog->close();
    }

    void restoringAConflictFromSettingsShowsItInTheCalendar()
    {
        TestBook t;
        QVERIFY(t.open());
        const QDateTime start(QDate::currentDate(), QTime(10, 0));
        const Appointment losing = t.add(QStringLiteral("Our version"), start, 30);
        Appointment google = losing;
        google.title = QStringLiteral("Google's version");
        QVERIFY(t.book->update(google));
        QVERIFY(ConflictLog(*t.database).record(t.profile.id, false, losing));

        DesktopSession session(*t.database, *t.book, DataDirectory(t.dir.filePath(QStringLiteral("data"))),
                               quietOptions());
        session.start();
        session.window().setCurrentProfile(t.profile.id);
        AppointmentTableModel* model = session.window().calendar()->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data(AppointmentTableModel::TitleRole).toString(),
                 QStringLiteral("Google's version"));

        session.window().calendarSettingsAction()->trigger();
        auto* dialog = session.window().findChild<CalendarSettingsDialog*>();
        QVERIFY(dialog);
        QTreeWidget* list = dialog->syncConflicts()->list();
        list->setCurrentItem(list->topLevelItem(0));
        QTest::mouseClick(dialog->syncConflicts()->restoreButton(), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data(AppointmentTableModel::TitleRole).toString(),
                 QStringLiteral("Our version"));
        dialog->close();
    }
};

QTEST_MAIN(TestDesktopSession)
#include "tst_desktopsession.moc"
