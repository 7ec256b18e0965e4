// Where the OAuth client is found (issue 16): --credentials, the environment, the user's config folder,
// the system config folders of $XDG_CONFIG_DIRS, the built-in client; the first present source decides.
// Real files in temporary XDG folders, set through the environment as a user's session would.
#include "services/oauth/OAuthClientLookup.h"

#include "FileMode.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace slotwise;
using Source = OAuthClientSource;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(SLOTWISE_TEST_DATA_DIR "/credentials/") + QLatin1String(name);
}

// A credentials.json whose client id says which source it came from.
QByteArray clientJson(const QString& name)
{
    const QJsonObject installed{
        {QStringLiteral("client_id"), QString(name + QStringLiteral(".apps.googleusercontent.com"))},
        {QStringLiteral("client_secret"), QString(QStringLiteral("GOCSPX-") + name)}};
    return QJsonDocument(QJsonObject{{QStringLiteral("installed"), installed}}).toJson();
}

bool writeFile(const QString& path, const QByteArray& bytes, mode_t mode = 0644)
{
    if (!QDir().mkpath(QFileInfo(path).path())) {
        return false;
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size() &&
           file.flush() && ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

} // namespace

class TestOAuthClientLookup : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString userDir() const { return m_dir->filePath(QStringLiteral("home-config/slotwise")); }
    QString systemDir(int i) const { return m_dir->filePath(QStringLiteral("xdg%1/slotwise").arg(i)); }
    QString userFile() const { return QDir(userDir()).filePath(QStringLiteral("credentials.json")); }
    QString systemFile(int i = 1) const
    {
        return QDir(systemDir(i)).filePath(QStringLiteral("credentials.json"));
    }

    // The standard places under this test's XDG folders, with `builtIn` as the built-in client.
    OAuthClientLookup lookup(const QString& commandLineFile = QString(),
                             const QByteArray& builtIn = QByteArray()) const
    {
        OAuthClientLookup::Places places = OAuthClientLookup::standardPlaces(commandLineFile);
        places.builtInJson = builtIn;
        return OAuthClientLookup(places);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qunsetenv("SLOTWISE_GOOGLE_CREDENTIALS");
        qunsetenv("GOOGLE_CLIENT_ID");
        qunsetenv("GOOGLE_CLIENT_SECRET");
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("home-config")).toUtf8());
        // Relative entries are not XDG folders and are skipped.
        qputenv("XDG_CONFIG_DIRS",
                (m_dir->filePath(QStringLiteral("xdg1")) + QStringLiteral(":relative/xdg:") +
                 m_dir->filePath(QStringLiteral("xdg2")))
                    .toUtf8());
    }
    void cleanup()
    {
        for (const char* name : {"SLOTWISE_GOOGLE_CREDENTIALS", "GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET",
                                 "XDG_CONFIG_HOME", "XDG_CONFIG_DIRS"}) {
            qunsetenv(name);
        }
        m_dir.reset();
    }

    void standardPlacesFollowXdg()
    {
        const OAuthClientLookup::Places p = OAuthClientLookup::standardPlaces(QStringLiteral("/x.json"));
        QCOMPARE(p.commandLineFile, QStringLiteral("/x.json"));
        QCOMPARE(p.userConfigDir, userDir());
        QCOMPARE(p.systemConfigDirs, (QStringList{systemDir(1), systemDir(2)}));
        qunsetenv("XDG_CONFIG_DIRS");
        QCOMPARE(OAuthClientLookup::standardPlaces().systemConfigDirs,
                 QStringList{QStringLiteral("/etc/xdg/slotwise")});
    }

    // Every source present, then one after another taken away from the top: each time the next one decides.
    void firstPresentSourceDecides_data()
    {
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("clientId");
        const auto row = [](int removed, Source source, const char* id) {
            QTest::addRow("%d removed", removed)
                << removed << int(source)
                << (id ? QString(QLatin1String(id) + QStringLiteral(".apps.googleusercontent.com"))
                       : QString());
        };
        row(0, Source::CommandLine, "cmdline");
        row(1, Source::Environment, "envfile");
        row(2, Source::Environment, "envvars");
        row(3, Source::User, "user");
        row(4, Source::System, "system1");
        row(5, Source::System, "system2");
        row(6, Source::BuiltIn, "builtin");
        row(7, Source::None, nullptr);
    }
    void firstPresentSourceDecides()
    {
        QFETCH(int, removed);
        QFETCH(int, source);
        QFETCH(QString, clientId);
        const QString commandLine = m_dir->filePath(QStringLiteral("cmdline.json"));
        const QString envFile = m_dir->filePath(QStringLiteral("envfile.json"));
        QVERIFY(writeFile(commandLine, clientJson(QStringLiteral("cmdline"))));
        QVERIFY(writeFile(envFile, clientJson(QStringLiteral("envfile"))));
        QVERIFY(writeFile(userFile(), clientJson(QStringLiteral("user")), 0600));
        QVERIFY(writeFile(systemFile(1), clientJson(QStringLiteral("system1"))));
        QVERIFY(writeFile(systemFile(2), clientJson(QStringLiteral("system2"))));
        QByteArray builtIn = clientJson(QStringLiteral("builtin"));
        if (removed < 2) {
            qputenv("SLOTWISE_GOOGLE_CREDENTIALS", envFile.toUtf8());
        }
        if (removed < 3) {
            qputenv("GOOGLE_CLIENT_ID", "envvars.apps.googleusercontent.com");
            qputenv("GOOGLE_CLIENT_SECRET", "GOCSPX-envvars");
        }
        if (removed >= 4) {
            QVERIFY(QFile::remove(userFile()));
        }
        if (removed >= 5) {
            QVERIFY(QFile::remove(systemFile(1)));
        }
        if (removed >= 6) {
            QVERIFY(QFile::remove(systemFile(2)));
        }
        if (removed >= 7) {
            builtIn.clear();
        }

        const OAuthClient c = lookup(removed < 1 ? commandLine : QString(), builtIn).resolve();
        QCOMPARE(int(c.source), source);
        if (c.source == Source::None) {
            QVERIFY(!c.credentials.ok());
            QCOMPARE(c.credentials.error().detail(), Error::Detail::CredentialsNotConfigured);
            QCOMPARE(oauthClientSourceName(c.source), QStringLiteral("none"));
            return;
        }
        QVERIFY2(c.credentials.ok(), qPrintable(c.credentials.error().message()));
        QCOMPARE(c.credentials->clientId, clientId);
        const QString expectedPath = QList<QString>{commandLine,   envFile,       QString(), userFile(),
                                                    systemFile(1), systemFile(2), QString()}
                                         .at(removed);
        QCOMPARE(c.path, expectedPath);
        // Where it came from, in words, never with the secret.
        QVERIFY(!c.describe().contains(c.credentials->clientSecret));
        QVERIFY(!c.versionLine().contains(c.credentials->clientSecret));
    }

    void sourceNamesAreStable()
    {
        QCOMPARE(oauthClientSourceName(Source::CommandLine), QStringLiteral("command-line"));
        QCOMPARE(oauthClientSourceName(Source::Environment), QStringLiteral("environment"));
        QCOMPARE(oauthClientSourceName(Source::User), QStringLiteral("user"));
        QCOMPARE(oauthClientSourceName(Source::PracticeServer), QStringLiteral("practice-server"));
        QCOMPARE(oauthClientSourceName(Source::System), QStringLiteral("system"));
        QCOMPARE(oauthClientSourceName(Source::BuiltIn), QStringLiteral("built-in"));
        QCOMPARE(oauthClientSourceName(Source::None), QStringLiteral("none"));
    }

    // A present but broken source is an error, not a reason to try the next.
    void brokenSourceIsAnErrorNotSkipped_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("environment file") << QStringLiteral("env");
        QTest::newRow("user file") << QStringLiteral("user");
        QTest::newRow("system file") << QStringLiteral("system");
    }
    void brokenSourceIsAnErrorNotSkipped()
    {
        QFETCH(QString, where);
        QByteArray broken;
        {
            QFile f(fixture("truncated.json"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            broken = f.readAll();
        }
        QVERIFY(writeFile(systemFile(2), clientJson(QStringLiteral("system2"))));
        const QByteArray builtIn = clientJson(QStringLiteral("builtin"));
        QString brokenFile;
        Source expected = Source::None;
        if (where == QLatin1String("env")) {
            brokenFile = m_dir->filePath(QStringLiteral("env.json"));
            qputenv("SLOTWISE_GOOGLE_CREDENTIALS", brokenFile.toUtf8());
            qputenv("GOOGLE_CLIENT_ID", "envvars.apps.googleusercontent.com");
            qputenv("GOOGLE_CLIENT_SECRET", "GOCSPX-envvars");
            expected = Source::Environment;
        } else if (where == QLatin1String("user")) {
            brokenFile = userFile();
            expected = Source::User;
        } else {
            brokenFile = systemFile(1);
            expected = Source::System;
        }
        QVERIFY(writeFile(brokenFile, broken));
        const OAuthClient c = lookup(QString(), builtIn).resolve();
        QVERIFY(!c.credentials.ok());
        QCOMPARE(int(c.source), int(expected));
        QCOMPARE(c.path, brokenFile);
        QCOMPARE(c.credentials.error().kind(), Error::Kind::Auth);
        QCOMPARE(c.credentials.error().detail(), Error::Detail::CredentialsNotConfigured);
        QVERIFY2(c.credentials.error().message().contains(brokenFile),
                 qPrintable(c.credentials.error().message()));
        QVERIFY(!c.credentials.error().message().contains(QLatin1String("GOCSPX-builtin")));
    }

    void onlyOneClientVariableIsAnError()
    {
        qputenv("GOOGLE_CLIENT_ID", "env-id.apps.googleusercontent.com");
        QVERIFY(writeFile(userFile(), clientJson(QStringLiteral("user"))));
        const OAuthClient c = lookup().resolve();
        QVERIFY(!c.credentials.ok());
        QCOMPARE(c.source, Source::Environment);
        QVERIFY2(c.credentials.error().message().contains(QLatin1String("GOOGLE_CLIENT_SECRET")),
                 qPrintable(c.credentials.error().message()));
    }

    void nothingConfiguredListsEveryPlaceTried()
    {
        const OAuthClient c = lookup().resolve();
        QVERIFY(!c.credentials.ok());
        QCOMPARE(c.source, Source::None);
        const QString e = c.credentials.error().message();
        QVERIFY2(e.contains(QLatin1String("--credentials")), qPrintable(e));
        QVERIFY2(e.contains(QLatin1String("SLOTWISE_GOOGLE_CREDENTIALS")), qPrintable(e));
        QVERIFY2(e.contains(QLatin1String("GOOGLE_CLIENT_ID")), qPrintable(e));
        QVERIFY2(e.contains(userFile()), qPrintable(e));
        QVERIFY2(e.contains(systemFile(1)), qPrintable(e));
        QVERIFY2(e.contains(systemFile(2)), qPrintable(e));
    }

    // A system file serves every user: one that others could have written is refused with the file named,
    // and the built-in client is not used in its place. The same file, tightened, is accepted.
    void looseSystemFileIsRefused_data()
    {
        QTest::addColumn<int>("fileMode");
        QTest::addColumn<int>("folderMode");
        QTest::addColumn<bool>("refused");
        QTest::newRow("0644 in 0755") << 0644 << 0755 << false;
        QTest::newRow("0600 in 0700") << 0600 << 0700 << false;
        QTest::newRow("file writable by others") << 0646 << 0755 << true;
        QTest::newRow("file writable by the group") << 0664 << 0755 << true;
        QTest::newRow("folder writable by others") << 0644 << 0777 << true;
        QTest::newRow("folder writable by the group") << 0644 << 0775 << true;
    }
    void looseSystemFileIsRefused()
    {
        QFETCH(int, fileMode);
        QFETCH(int, folderMode);
        QFETCH(bool, refused);
        QVERIFY(writeFile(systemFile(), clientJson(QStringLiteral("system1")), mode_t(fileMode)));
        QCOMPARE(::chmod(QFile::encodeName(systemDir(1)).constData(), mode_t(folderMode)), 0);
        const OAuthClient c = lookup(QString(), clientJson(QStringLiteral("builtin"))).resolve();
        QCOMPARE(c.source, Source::System);
        QCOMPARE(c.credentials.ok(), !refused);
        if (refused) {
            QCOMPARE(c.credentials.error().detail(), Error::Detail::CredentialsNotConfigured);
            const QString named = fileMode & 022 ? systemFile() : systemDir(1);
            QVERIFY2(c.credentials.error().message().contains(named),
                     qPrintable(c.credentials.error().message()));
            QVERIFY(!c.credentials.error().message().contains(QLatin1String("GOCSPX-system1")));
        }
        // Refusing changes nothing: the administrator decides.
        QCOMPARE(int(modeOf(systemFile())), fileMode);
    }

    void systemFileOfAnotherUserIsRefused()
    {
        if (::geteuid() != 0) {
            QSKIP("needs root to give a file to another user");
        }
        QVERIFY(writeFile(systemFile(), clientJson(QStringLiteral("system1"))));
        const QByteArray path = QFile::encodeName(systemFile());
        QCOMPARE(::chown(path.constData(), 65534, 65534), 0); // nobody
        OAuthClient c = lookup().resolve();
        QVERIFY(!c.credentials.ok());
        QVERIFY2(c.credentials.error().message().contains(systemFile()),
                 qPrintable(c.credentials.error().message()));
        QCOMPARE(::chown(path.constData(), 0, 0), 0);
        c = lookup().resolve();
        QVERIFY2(c.credentials.ok(), qPrintable(c.credentials.error().message()));
    }

    // Calendar settings' "Choose credentials.json…": checked, copied 0600, then the user source decides.
    void chosenFileIsInstalledPrivately()
    {
        QVERIFY(writeFile(systemFile(), clientJson(QStringLiteral("system1"))));
        const OAuthClientLookup l = lookup();
        const Result<QString> installed = l.installForUser(fixture("installed.json"));
        QVERIFY2(installed.ok(), qPrintable(installed.error().message()));
        QCOMPARE(installed.value(), userFile());
        QCOMPARE(int(modeOf(userFile())), 0600);
        QFile copy(userFile());
        QFile original(fixture("installed.json"));
        QVERIFY(copy.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
        const OAuthClient c = l.resolve();
        QCOMPARE(c.source, Source::User);
        QCOMPARE(c.credentials->clientId, QStringLiteral("111-installed.apps.googleusercontent.com"));
    }

    void brokenChosenFileIsRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* name :
             {"truncated.json", "array.json", "no_section.json", "no_client_id.json", "no_secret.json",
              "bad_client_id.json", "remote_redirect.json", "does-not-exist.json"}) {
            QTest::newRow(name) << fixture(name);
        }
        QTest::newRow("template") << QStringLiteral(SLOTWISE_TEST_DATA_DIR
                                                    "/../../resources/credentials_template.json");
    }
    void brokenChosenFileIsRefusedAndNothingWritten()
    {
        QFETCH(QString, file);
        QVERIFY(writeFile(userFile(), QByteArrayLiteral("{\"left\": \"alone\"}"), 0600));
        const Result<QString> installed = lookup().installForUser(file);
        QVERIFY(!installed.ok());
        QCOMPARE(installed.error().kind(), Error::Kind::Auth);
        QCOMPARE(installed.error().detail(), Error::Detail::CredentialsNotConfigured);
        QVERIFY2(installed.error().message().contains(file), qPrintable(installed.error().message()));
        QFile kept(userFile());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArrayLiteral("{\"left\": \"alone\"}"));
    }
};

QTEST_GUILESS_MAIN(TestOAuthClientLookup)
#include "tst_oauthclientlookup.moc"
