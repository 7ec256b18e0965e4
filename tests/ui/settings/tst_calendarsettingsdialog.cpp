// The dialog's states, driven through its buttons, against the fake Google server (offscreen).
#include "fakes/oauth/FakeGoogleOAuthServer.h"
#include "services/AppointmentBook.h"
#include "services/oauth/GoogleAuthorizer.h"
#include "services/oauth/MasterKeyStore.h"
#include "services/storage/BusyCalendarRepository.h"
#include "services/storage/ConflictLog.h"
#include "services/storage/Database.h"
#include "services/storage/GoogleConnectionRepository.h"
#include "services/storage/Repositories.h"
#include "ui/settings/BusyTimePolicyWidget.h"
#include "ui/settings/CalendarSettingsDialog.h"
#include "ui/settings/SyncConflictsWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace slotwise;
using namespace std::chrono_literals;
using fakes::FakeGoogleOAuthServer;
using State = CalendarSettingsDialog::State;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    FakeGoogleOAuthServer fake;
    std::unique_ptr<Database> db;
    std::unique_ptr<Repositories> repositories;
    std::unique_ptr<AppointmentBook> book;
    Profile profile;
    std::unique_ptr<MasterKeyStore> keys;
    std::unique_ptr<GoogleAuthorizer> auth;
    std::unique_ptr<CalendarSettingsDialog> dialog;
    QList<QUrl> opened;
    bool browserWorks = true;

    QString setUp()
    {
        if (!fake.start()) {
            return QStringLiteral("fake server did not start");
        }
        qputenv("SLOTWISE_GOOGLE_API_BASE", fake.apiBase().toString().toUtf8());
        qputenv("SLOTWISE_GOOGLE_REVOKE_URL", fake.revokeUrl().toString().toUtf8());
        auto opened = Database::openSqlite(dir.filePath(QStringLiteral("slotwise.db")));
        if (!opened) {
            return opened.error().message();
        }
        db = std::move(opened).value();
        repositories = std::make_unique<Repositories>(*db);
        book = std::make_unique<AppointmentBook>(*db);
        profile = book->createProfile(QStringLiteral("Ada"), QString()).value();
        keys = std::make_unique<MasterKeyStore>(dir.path(), MasterKeyStore::Mode::FileOnly, 2000ms);
        auth = std::make_unique<GoogleAuthorizer>(
            *db, GoogleCredentials::parse(fake.credentialsJson(), QStringLiteral("test")), *keys,
            GoogleAuthorizer::Options{});
        openDialog();
        return {};
    }

    void openDialog()
    {
        dialog = std::make_unique<CalendarSettingsDialog>(*repositories, *auth, profile.id);
        dialog->setUrlOpener([this](const QUrl& url) {
            opened << url;
            return browserWorks;
        });
        dialog->show();
    }

    template <typename T> T* find(const char* name) const
    {
        return dialog->findChild<T*>(QString::fromLatin1(name));
    }
    void click(const char* name) const { QTest::mouseClick(find<QPushButton>(name), Qt::LeftButton); }
    GoogleConnection row() const { return GoogleConnectionRepository(*db).find(profile.id).value(); }

    // Connect through the dialog and the fake browser; true when the dialog ends up "Connected".
    bool connectViaDialog()
    {
        click("connectButton");
        if (dialog->state() != State::WaitingForBrowser || opened.isEmpty()) {
            return false;
        }
        FakeGoogleOAuthServer::visitInBrowser(opened.last());
        return QTest::qWaitFor([this]() { return dialog->state() == State::Connected; }, 10000);
    }
};

} // namespace

class TestCalendarSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        QStandardPaths::setTestModeEnabled(true); // the busy-time choice is stored in QSettings
    }

    void showsBusyTimeChoiceAndTheProfilesConflicts()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        Appointment a;
        a.profileId = f.profile.id;
        a.title = QStringLiteral("Losing title");
        a.startUtc = QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);
        a.endUtc = a.startUtc.addSecs(1800);
        const auto stored = f.book->book(a);
        QVERIFY(stored);
        QVERIFY(ConflictLog(*f.db).record(f.profile.id, true, stored.value()));
        f.dialog = std::make_unique<CalendarSettingsDialog>(*f.repositories, *f.auth, f.profile.id);
        f.dialog->show();

        QVERIFY(f.dialog->busyTimePolicy()->isVisible());
        QVERIFY(f.find<QRadioButton>("busyTimeWarn") && f.find<QRadioButton>("busyTimeBlock"));
        SyncConflictsWidget* conflicts = f.dialog->syncConflicts();
        auto* sections = f.find<QTabWidget>("sections");
        QVERIFY(!conflicts->isVisible()); // one tab at a time
        sections->setCurrentIndex(1);
        QVERIFY(conflicts->isVisible());
        QCOMPARE(conflicts->list()->topLevelItemCount(), 1);
        QVERIFY(conflicts->list()->topLevelItem(0)->text(3).contains(QStringLiteral("Losing title")));
        QSignalSpy restored(f.dialog.get(), &CalendarSettingsDialog::conflictRestored);
        conflicts->list()->setCurrentItem(conflicts->list()->topLevelItem(0));
        QTest::mouseClick(f.find<QPushButton>("restoreConflictButton"), Qt::LeftButton);
        QCOMPARE(restored.count(), 1);
        QCOMPARE(restored.at(0).at(1).toString(), stored.value().id);
    }

    void startsNotConnectedAndNamesKeyStorage()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        QCOMPARE(f.dialog->state(), State::NotConnected);
        QVERIFY(f.find<QPushButton>("connectButton")->isVisible());
        const QString storage = f.find<QLabel>("keyStorage")->text();
        QVERIFY2(storage.contains(QLatin1String("key file")), qPrintable(storage));
        QVERIFY(f.find<QLabel>("title")->text().contains(QLatin1String("Ada")));
    }

    void saysWhenItIsNotTalkingToGoogle()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString()); // every address points at the fake server on 127.0.0.1
        const QLabel* note = f.find<QLabel>("endpointOverrides");
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(QLatin1String("SLOTWISE_GOOGLE_API_BASE")), qPrintable(note->text()));
        QVERIFY2(note->text().contains(QLatin1String("token_uri")), qPrintable(note->text()));
    }

    void connectShowsWaitingThenConnectedAs()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        f.click("connectButton");
        QCOMPARE(f.dialog->state(), State::WaitingForBrowser);
        QCOMPARE(f.opened.size(), 1);
        QVERIFY(f.find<QPushButton>("cancelButton")->isVisible());
        // "Copy link" for when no browser opens.
        f.click("copyLinkButton");
        QCOMPARE(QGuiApplication::clipboard()->text(), f.opened.first().toString(QUrl::FullyEncoded));
        QCOMPARE(f.find<QLineEdit>("linkField")->text(), f.opened.first().toString(QUrl::FullyEncoded));

        QCOMPARE(FakeGoogleOAuthServer::visitInBrowser(f.opened.first()), 200);
        QTRY_COMPARE(f.dialog->state(), State::Connected);
        QCOMPARE(f.find<QLabel>("connectedAs")->text(), QStringLiteral("Connected as ada@example.com"));
        // Calendar chooser from calendarList, primary chosen by default.
        auto* chooser = f.find<QComboBox>("calendarChooser");
        QTRY_COMPARE(chooser->count(), 2);
        QCOMPARE(chooser->currentData().toString(), QStringLiteral("primary"));
        QVERIFY(chooser->currentText().contains(QLatin1String("ada@example.com")));
    }

    void calendarAndIntervalAreStoredPerProfile()
    {
        Fixture f;
        f.fake.calendarListPageSize = 1; // forces paging through calendarList
        QCOMPARE(f.setUp(), QString());
        QVERIFY(f.connectViaDialog());
        auto* chooser = f.find<QComboBox>("calendarChooser");
        QTRY_COMPARE(chooser->count(), 2);
        chooser->setCurrentIndex(chooser->findData(QStringLiteral("team@group.calendar.google.com")));
        QCOMPARE(f.row().calendarId, QStringLiteral("team@group.calendar.google.com"));
        f.find<QSpinBox>("syncInterval")->setValue(15);
        QCOMPARE(f.row().syncIntervalMinutes, 15);

        // Reopened, the dialog shows what was stored.
        f.openDialog();
        auto* again = f.find<QComboBox>("calendarChooser");
        QTRY_COMPARE(again->count(), 2);
        QCOMPARE(again->currentData().toString(), QStringLiteral("team@group.calendar.google.com"));
        QCOMPARE(f.find<QSpinBox>("syncInterval")->value(), 15);
    }

    void busyCalendarsAreChosenFromTheAccountsList()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(f.connectViaDialog());
        auto* list = f.find<QListWidget>("busyCalendarList");
        QVERIFY(list && list->isVisible() && list->isEnabled());
        QTRY_COMPARE(list->count(), 2); // the account's calendars, from calendarList
        QListWidgetItem* primary = list->item(0);
        QListWidgetItem* team = list->item(1);
        QCOMPARE(team->data(Qt::UserRole).toString(), QStringLiteral("team@group.calendar.google.com"));
        QCOMPARE(primary->checkState(), Qt::Checked); // the synced one
        QVERIFY(!(primary->flags() & Qt::ItemIsUserCheckable));

        QSignalSpy changed(f.dialog.get(), &CalendarSettingsDialog::busyCalendarsChanged);
        team->setCheckState(Qt::Checked);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(BusyCalendarRepository(*f.db).list(f.profile.id)->size(), 1);

        // Syncing into the team calendar makes it the always-checked one: it leaves the extra list.
        auto* chooser = f.find<QComboBox>("calendarChooser");
        QTRY_COMPARE(chooser->count(), 2);
        chooser->setCurrentIndex(chooser->findData(QStringLiteral("team@group.calendar.google.com")));
        QCOMPARE(BusyCalendarRepository(*f.db).list(f.profile.id)->size(), 0);
        QVERIFY(list->item(0)->flags() & Qt::ItemIsUserCheckable);
        QVERIFY(!(list->item(1)->flags() & Qt::ItemIsUserCheckable));
    }

    void cancelReturnsToNotConnected()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        f.click("connectButton");
        QCOMPARE(f.dialog->state(), State::WaitingForBrowser);
        f.click("cancelButton");
        QCOMPARE(f.dialog->state(), State::NotConnected);
        QVERIFY(!f.auth->isConnecting(f.profile.id));
    }

    void noBrowserSuggestsCopyLink()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        f.browserWorks = false;
        f.click("connectButton");
        QCOMPARE(f.dialog->state(), State::WaitingForBrowser);
        QVERIFY(f.find<QLabel>("waitingHint")->text().contains(QLatin1String("Copy link")));
    }

    void disconnectIsConfirmedFirst()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(f.connectViaDialog());
        f.click("disconnectButton");
        auto* confirm = f.find<QMessageBox>("confirmDisconnect");
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->isVisible());
        QTest::mouseClick(confirm->button(QMessageBox::No), Qt::LeftButton);
        QCOMPARE(f.dialog->state(), State::Connected);
        QCOMPARE(f.fake.revokeRequests(), 0);

        f.click("disconnectButton");
        QTRY_VERIFY(confirm->isVisible());
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QCOMPARE(f.dialog->state(), State::NotConnected);
        QVERIFY(!f.row().hasTokens());
        QTRY_COMPARE(f.fake.revokeRequests(), 1);
    }

    void reconnectNeededSaysWhyAndReconnects()
    {
        Fixture f;
        f.fake.expiresInSeconds = 30;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(f.connectViaDialog());
        f.fake.revokeAllGrants();
        bool answered = false;
        f.auth->requestAccessToken(f.profile.id, [&](const AccessTokenSource::Reply&) { answered = true; });
        QTRY_VERIFY(answered);
        QCOMPARE(f.dialog->state(), State::ReconnectNeeded);
        QVERIFY(f.find<QLabel>("reconnectReason")->text().contains(QLatin1String("no longer accepts")));
        QVERIFY(f.find<QLabel>("reconnectRemedy")->text().contains(QLatin1String("7 days")));

        f.fake.expiresInSeconds = 3599;
        f.click("reconnectButton");
        QCOMPARE(f.dialog->state(), State::WaitingForBrowser);
        FakeGoogleOAuthServer::visitInBrowser(f.opened.last());
        QTRY_COMPARE(f.dialog->state(), State::Connected);
    }

    // A missing key is local trouble with a remedy, shown on the connected page; it is not "reconnect
    // needed", and the tokens stay.
    void missingKeyIsATemporaryProblemOnTheConnectedPage()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(f.connectViaDialog());
        QVERIFY(!f.find<QWidget>("signInProblem")->isVisible());
        f.dialog.reset();
        f.auth.reset();
        f.keys.reset();
        QVERIFY(QFile::remove(f.dir.filePath(QStringLiteral("master.key"))));
        f.keys = std::make_unique<MasterKeyStore>(f.dir.path(), MasterKeyStore::Mode::FileOnly, 2000ms);
        f.auth = std::make_unique<GoogleAuthorizer>(
            *f.db, GoogleCredentials::parse(f.fake.credentialsJson(), QStringLiteral("test")), *f.keys,
            GoogleAuthorizer::Options{});
        f.openDialog();

        QCOMPARE(f.dialog->state(), State::Connected);
        auto* problem = f.find<QWidget>("signInProblem");
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->property("detail").toInt(), static_cast<int>(Error::Detail::KeyMissing));
        QVERIFY(!f.find<QLabel>("signInProblemMessage")->text().isEmpty());
        QVERIFY(!f.find<QLabel>("signInProblemRemedy")->text().isEmpty());
        // The whole message stands once, in the box; the calendar list only says it cannot be loaded.
        const QString message = f.find<QLabel>("signInProblemMessage")->text();
        QVERIFY(!f.find<QLabel>("calendarStatus")->text().isEmpty());
        QVERIFY(!f.find<QLabel>("calendarStatus")->text().contains(message));
        QVERIFY(!f.find<QWidget>("reconnectButton")->isVisible());
        QVERIFY(f.row().hasTokens());
        QCOMPARE(f.row().state == SyncState::ReconnectNeeded, false);
    }

    void failureShowsMessageAndRemedy()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.consent = FakeGoogleOAuthServer::Consent::Deny;
        f.click("connectButton");
        FakeGoogleOAuthServer::visitInBrowser(f.opened.last());
        QTRY_COMPARE(f.dialog->state(), State::Error);
        QCOMPARE(f.find<QLabel>("errorMessage")->text(), QStringLiteral("Access denied (access_denied)"));
        QVERIFY(f.find<QLabel>("errorRemedy")->text().contains(QLatin1String("test user")));
        f.click("backButton");
        QCOMPARE(f.dialog->state(), State::NotConnected);
    }

    void closingWhileWaitingCancels()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        f.click("connectButton");
        QVERIFY(f.auth->isConnecting(f.profile.id));
        f.dialog->reject();
        QVERIFY(!f.auth->isConnecting(f.profile.id));
    }
};

QTEST_MAIN(TestCalendarSettingsDialog)
#include "tst_calendarsettingsdialog.moc"
