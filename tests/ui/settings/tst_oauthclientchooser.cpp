// "Choose credentials.json…" in Calendar settings (issue 16), offscreen: with no OAuth client configured the
// chooser shows; a good file is copied into the user's config folder and Connect then works against the fake
// Google; broken files are refused with the problem named and nothing written.
#include "fakes/oauth/FakeGoogleOAuthServer.h"
#include "FileMode.h"
#include "services/AppointmentBook.h"
#include "services/oauth/GoogleAuthorizer.h"
#include "services/oauth/MasterKeyStore.h"
#include "services/storage/Database.h"
#include "services/storage/Repositories.h"
#include "ui/settings/CalendarSettingsDialog.h"
#include "ui/settings/OAuthClientChooser.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;
using namespace std::chrono_literals;
using fakes::FakeGoogleOAuthServer;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(SLOTWISE_TEST_DATA_DIR "/credentials/") + QLatin1String(name);
}

// A profile with no OAuth client anywhere: empty XDG folders, no environment, nothing built in.
struct Fixture
{
    QTemporaryDir dir;
    FakeGoogleOAuthServer fake;
    std::unique_ptr<Database> db;
    std::unique_ptr<Repositories> repositories;
    Profile profile;
    std::unique_ptr<MasterKeyStore> keys;
    std::unique_ptr<GoogleAuthorizer> auth;
    QString picked; // what the "file dialog" returns

    QString setUp()
    {
        if (!fake.start()) {
            return QStringLiteral("fake server did not start");
        }
        qputenv("SLOTWISE_GOOGLE_API_BASE", fake.apiBase().toString().toUtf8());
        qputenv("SLOTWISE_GOOGLE_REVOKE_URL", fake.revokeUrl().toString().toUtf8());
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_CONFIG_DIRS", dir.filePath(QStringLiteral("system")).toUtf8());
        for (const char* name : {"SLOTWISE_GOOGLE_CREDENTIALS", "GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"}) {
            qunsetenv(name);
        }
        auto opened = Database::openSqlite(dir.filePath(QStringLiteral("slotwise.db")));
        if (!opened) {
            return opened.error().message();
        }
        db = std::move(opened).value();
        repositories = std::make_unique<Repositories>(*db);
        profile = AppointmentBook(*db).createProfile(QStringLiteral("Ada"), QString()).value();
        keys = std::make_unique<MasterKeyStore>(dir.path(), MasterKeyStore::Mode::FileOnly, 2000ms);
        OAuthClientLookup::Places places = OAuthClientLookup::standardPlaces();
        places.builtInJson.clear();
        auth = std::make_unique<GoogleAuthorizer>(*db, OAuthClientLookup(places), *keys);
        return auth->credentialsConfigured() ? QStringLiteral("a client was found") : QString();
    }

    QString userFile() const { return dir.filePath(QStringLiteral("config/slotwise/credentials.json")); }

    // The fake Google's client as a downloaded credentials.json.
    QString fakeClientFile() const
    {
        const QString path = dir.filePath(QStringLiteral("Downloads/client_secret_fake.json"));
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(fake.credentialsJson());
        }
        return path;
    }

    void usePicker(OAuthClientChooser& c)
    {
        c.setFilePicker([this](QWidget*) { return picked; });
    }

    // The chooser on its own, shown, with this fixture's picker.
    OAuthClientChooser& openChooser()
    {
        chooser = std::make_unique<OAuthClientChooser>(*auth);
        usePicker(*chooser);
        chooser->show();
        return *chooser;
    }
    std::unique_ptr<OAuthClientChooser> chooser;
};

} // namespace

class TestOAuthClientChooser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(false); // the config folder comes from XDG_CONFIG_HOME
    }
    void cleanup()
    {
        for (const char* name : {"XDG_CONFIG_HOME", "XDG_CONFIG_DIRS", "SLOTWISE_GOOGLE_API_BASE",
                                 "SLOTWISE_GOOGLE_REVOKE_URL"}) {
            qunsetenv(name);
        }
    }

    void goodFileIsInstalledAndUsed()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        OAuthClientChooser& chooser = f.openChooser();
        QVERIFY(chooser.isVisible());
        QSignalSpy installed(&chooser, &OAuthClientChooser::clientInstalled);

        f.picked = f.fakeClientFile();
        QTest::mouseClick(chooser.findChild<QPushButton*>(QStringLiteral("chooseCredentialsButton")),
                          Qt::LeftButton);
        QCOMPARE(installed.count(), 1);
        QCOMPARE(installed.at(0).at(0).toString(), f.userFile());
        QVERIFY(f.auth->credentialsConfigured());
        QCOMPARE(f.auth->client().source, OAuthClientSource::User);
        QCOMPARE(f.auth->client().credentials->clientId, f.fake.clientId);
        QVERIFY(!chooser.isVisible());
        QCOMPARE(int(modeOf(f.userFile())), 0600);
    }

    void brokenFilesAreRefusedNamingTheProblem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("not JSON") << fixture("truncated.json");
        QTest::newRow("no section") << fixture("no_section.json");
        QTest::newRow("no secret") << fixture("no_secret.json");
        QTest::newRow("client id of another kind") << fixture("bad_client_id.json");
        QTest::newRow("remote redirect only") << fixture("remote_redirect.json");
        QTest::newRow("template") << QStringLiteral(SLOTWISE_TEST_DATA_DIR
                                                    "/../../resources/credentials_template.json");
    }
    void brokenFilesAreRefusedNamingTheProblem()
    {
        QFETCH(QString, file);
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        OAuthClientChooser& chooser = f.openChooser();
        QSignalSpy installed(&chooser, &OAuthClientChooser::clientInstalled);
        f.picked = file;
        chooser.chooseFile();
        QCOMPARE(installed.count(), 0);
        auto* problem = chooser.findChild<QLabel*>(QStringLiteral("oauthClientProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(file), qPrintable(problem->text()));
        QVERIFY(chooser.isVisible());
        QVERIFY(!f.auth->credentialsConfigured());
        QVERIFY(!QFile::exists(f.userFile()));

        // A good file afterwards clears the problem.
        f.picked = f.fakeClientFile();
        chooser.chooseFile();
        QCOMPARE(installed.count(), 1);
        QVERIFY(!problem->isVisible());
    }

    void cancelledPickerChangesNothing()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        OAuthClientChooser& chooser = f.openChooser();
        f.picked.clear();
        chooser.chooseFile();
        QVERIFY(chooser.isVisible());
        QVERIFY(!chooser.findChild<QLabel*>(QStringLiteral("oauthClientProblem"))->isVisible());
        QVERIFY(!QFile::exists(f.userFile()));
    }

    // In Calendar settings: Connect waits for a client; after choosing one the whole sign-in works.
    void dialogConnectsOnceAFileIsChosen()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        CalendarSettingsDialog dialog(*f.repositories, *f.auth, f.profile.id);
        QList<QUrl> opened;
        dialog.setUrlOpener([&opened](const QUrl& url) {
            opened << url;
            return true;
        });
        dialog.show();
        QCOMPARE(dialog.state(), CalendarSettingsDialog::State::NotConnected);
        auto* connectButton = dialog.findChild<QPushButton*>(QStringLiteral("connectButton"));
        QVERIFY(dialog.clientChooser()->isVisible());
        QVERIFY(!connectButton->isEnabled());

        f.usePicker(*dialog.clientChooser());
        f.picked = f.fakeClientFile();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("chooseCredentialsButton")),
                          Qt::LeftButton);
        QVERIFY(!dialog.clientChooser()->isVisible());
        QVERIFY(connectButton->isEnabled());

        QTest::mouseClick(connectButton, Qt::LeftButton);
        QCOMPARE(dialog.state(), CalendarSettingsDialog::State::WaitingForBrowser);
        QVERIFY(!opened.isEmpty());
        FakeGoogleOAuthServer::visitInBrowser(opened.last());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), CalendarSettingsDialog::State::Connected, 10000);
    }
};

QTEST_MAIN(TestOAuthClientChooser)
#include "tst_oauthclientchooser.moc"
