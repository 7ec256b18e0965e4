#include "CliFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

// The command line as a whole: help, profiles, global options, and bad input or a damaged database that
// must change nothing. The appointment commands themselves are in tst_cli_appointments.cpp.
class TestCli : public QObject, private CliFixture
{
    Q_OBJECT

    // Everything stored, as the CLI sees it: compared before and after a failed command.
    QString everything() const
    {
        const Run r = cli({QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json"),
                           QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                           QStringLiteral("2100-01-01")});
        return r.exitCode == 0 ? r.out : QStringLiteral("list failed: ") + r.err;
    }

    QByteArray fileHash() const
    {
        QFile f(databasePath());
        if (!f.open(QIODevice::ReadOnly)) {
            return QByteArrayLiteral("missing");
        }
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    // Runs `work` on a direct SQLite connection to the test's database.
    template <typename Work> void withSqlite(Work work)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(databasePath());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            work(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    static QStringList withId(QStringList arguments, const QString& id)
    {
        for (QString& a : arguments) {
            a.replace(QStringLiteral("@ID"), id);
        }
        return arguments;
    }

private Q_SLOTS:
    void init() { start(); }
    void cleanup() { finish(); }

    void versionAndHelp()
    {
        const Run version = runRaw({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("slotwise-cli ")), qPrintable(version.out));

        const Run overview = runRaw({QStringLiteral("--help")});
        QCOMPARE(overview.exitCode, 0);
        for (const char* command :
             {"profile create", "book", "list", "show", "update", "cancel", "restore"}) {
            QVERIFY2(overview.out.contains(QLatin1String(command)), command);
        }
        // Per command, both spellings.
        for (const QStringList& args : {QStringList{QStringLiteral("help"), QStringLiteral("book")},
                                        QStringList{QStringLiteral("book"), QStringLiteral("--help")}}) {
            const Run help = runRaw(args);
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains(QStringLiteral("--title")), qPrintable(help.out));
            QVERIFY(help.out.contains(QStringLiteral("--data-dir")));
        }
        // Help never creates a database.
        QVERIFY(!QFile::exists(databasePath()));
    }

    void profileCreateAndList()
    {
        Run r = cli({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("Anna"),
                     QStringLiteral("--email"), QStringLiteral("anna@example.com")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Anna")), qPrintable(r.out));
        createProfile(QStringLiteral("Bob"));

        r = cli({QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("* Anna <anna@example.com>\n  Bob\n"));

        r = cli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray profiles = json(r).value(QStringLiteral("profiles")).toArray();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Anna"));
        QCOMPARE(profiles.at(0)[QStringLiteral("email")].toString(), QStringLiteral("anna@example.com"));
        QCOMPARE(profiles.at(0)[QStringLiteral("default")].toBool(), true);
        QCOMPARE(profiles.at(1)[QStringLiteral("name")].toString(), QStringLiteral("Bob"));
        QCOMPARE(profiles.at(1)[QStringLiteral("default")].toBool(), false);
        QVERIFY(!profiles.at(1)[QStringLiteral("id")].toString().isEmpty());
    }

    void commandsWithoutAProfileSayHowToCreateOne()
    {
        const Run r = cli({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("profile create")), qPrintable(r.err));
    }

    void profileOptionChoosesTheProfile()
    {
        createProfile(QStringLiteral("Anna"));
        createProfile(QStringLiteral("Bob"));
        const QString bobs =
            book(QStringLiteral("Bob's"), QStringLiteral("2026-03-02T09:00"),
                 QStringLiteral("2026-03-02T10:00"), {QStringLiteral("--profile"), QStringLiteral("Bob")});
        const QStringList march{QStringLiteral("list"), QStringLiteral("--from"),
                                QStringLiteral("2026-03-01")};
        QVERIFY(!cli(march).out.contains(bobs)); // default: Anna, the first
        QVERIFY(
            cli(march + QStringList{QStringLiteral("--profile"), QStringLiteral("Bob")}).out.contains(bobs));
        // An id from another profile is not found when a profile is named.
        const Run r =
            cli({QStringLiteral("show"), bobs, QStringLiteral("--profile"), QStringLiteral("Anna")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("in profile \"Anna\"")), qPrintable(r.err));
    }

    void optionsBeforeOrAfterTheCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString dir = QStringLiteral("@DIR");
        QTest::newRow("all after") << QStringList{QStringLiteral("list"),       QStringLiteral("--from"),
                                                  QStringLiteral("2026-03-01"), QStringLiteral("--json"),
                                                  QStringLiteral("--profile"),  QStringLiteral("Anna"),
                                                  QStringLiteral("--data-dir"), dir};
        QTest::newRow("all before") << QStringList{
            QStringLiteral("--data-dir"), dir,
            QStringLiteral("--json"),     QStringLiteral("--profile=Anna"),
            QStringLiteral("--from"),     QStringLiteral("2026-03-01"),
            QStringLiteral("list")};
        QTest::newRow("mixed") << QStringList{
            QStringLiteral("--profile"), QStringLiteral("Anna"),
            QStringLiteral("list"),      QStringLiteral("--data-dir=") + dir,
            QStringLiteral("--json"),    QStringLiteral("--from=2026-03-01")};
    }
    void optionsBeforeOrAfterTheCommand()
    {
        QFETCH(QStringList, arguments);
        createProfile(QStringLiteral("Anna"));
        const QString id = book(QStringLiteral("Haircut"), QStringLiteral("2026-03-02T09:00"),
                                QStringLiteral("2026-03-02T10:00"));
        for (QString& a : arguments) {
            a.replace(QStringLiteral("@DIR"), dataDir());
        }
        const Run r = runRaw(arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray list = json(r).value(QStringLiteral("appointments")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QStringLiteral("id")].toString(), id);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments"); // @ID is the stored appointment's id
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        // One row per bad input: its arguments, the exit code (1 refused, 2 usage) and what the error names.
        QFile file(QStringLiteral(SLOTWISE_TEST_DATA_DIR "/cli/bad-input.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            QStringList arguments;
            for (const QJsonValue& argument : row.value(QLatin1String("arguments")).toArray()) {
                arguments << argument.toString();
            }
            QTest::newRow(qPrintable(row.value(QLatin1String("name")).toString()))
                << arguments << row.value(QLatin1String("exitCode")).toInt()
                << row.value(QLatin1String("message")).toString();
        }
    }
    void badInputChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        createProfile(QStringLiteral("Anna"));
        const QString id = book(QStringLiteral("Haircut"), QStringLiteral("2026-03-02T09:00"),
                                QStringLiteral("2026-03-02T10:00"));
        QVERIFY(!id.isEmpty());
        const QString before = everything();
        const QByteArray hashBefore = fileHash();

        // --data-dir first, so that it is never taken as the value of a flag under test.
        const Run r = runRaw(QStringList{QStringLiteral("--data-dir"), dataDir()} + withId(arguments, id));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.startsWith(QStringLiteral("slotwise-cli: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (exitCode == 2) {
            QVERIFY2(r.err.contains(QStringLiteral("help")), qPrintable(r.err)); // says where to look
        }
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));

        QCOMPARE(fileHash(), hashBefore);
        QCOMPARE(everything(), before);
    }

    void databaseProblems_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList listing{QStringLiteral("list")};
        const QStringList booking{QStringLiteral("book"),
                                  QStringLiteral("--title"),
                                  QStringLiteral("New"),
                                  QStringLiteral("--start"),
                                  QStringLiteral("2026-03-05T09:00"),
                                  QStringLiteral("--end"),
                                  QStringLiteral("2026-03-05T10:00")};
        const QStringList cancelling{QStringLiteral("cancel"), QStringLiteral("@ID")};
        const QString damaged = QStringLiteral("is not a Slotwise database or is damaged");
        const QString readOnly = QStringLiteral("is read-only");
        const QString newer = QStringLiteral("was written by a newer version of Slotwise");
        const QString locked = QStringLiteral("is locked by another program");
        QTest::newRow("corrupt: list") << "corrupt" << listing << damaged;
        QTest::newRow("corrupt: book") << "corrupt" << booking << damaged;
        QTest::newRow("corrupt: profile create")
            << "corrupt"
            << QStringList{QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("Bo")}
            << damaged;
        QTest::newRow("read-only: list") << "read-only" << listing << readOnly;
        QTest::newRow("read-only: book") << "read-only" << booking << readOnly;
        QTest::newRow("newer schema: list") << "newer" << listing << newer;
        QTest::newRow("newer schema: book") << "newer" << booking << newer;
        QTest::newRow("newer schema: cancel") << "newer" << cancelling << newer;
        QTest::newRow("locked: book") << "locked" << booking << locked;
        QTest::newRow("locked: cancel") << "locked" << cancelling << locked;
    }
    void databaseProblems()
    {
        QFETCH(QString, problem);
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QString id;
        if (problem == QLatin1String("corrupt")) {
            QVERIFY(QFile::copy(QStringLiteral(SLOTWISE_TEST_DATA_DIR "/corrupt.db"), databasePath()));
            QVERIFY(QFile::setPermissions(databasePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        } else {
            createProfile(QStringLiteral("Anna"));
            id = book(QStringLiteral("Haircut"), QStringLiteral("2026-03-02T09:00"),
                      QStringLiteral("2026-03-02T10:00"));
            QVERIFY(!id.isEmpty());
        }
        const QString before = problem == QLatin1String("corrupt") ? QString() : everything();
        if (problem == QLatin1String("newer")) {
            withSqlite([](QSqlDatabase& db) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(QStringLiteral(
                             "INSERT INTO schema_version (version, applied_at) VALUES (999, 0)")),
                         qPrintable(q.lastError().text()));
            });
        }
        const QByteArray hashBefore = fileHash();

        Run r;
        if (problem == QLatin1String("locked")) {
            // Another program holds a write transaction for the whole run.
            withSqlite([&](QSqlDatabase& db) {
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
                QVERIFY(q.exec(QStringLiteral("UPDATE profiles SET email = 'held@example.com'")));
                r = cli(withId(arguments, id));
                QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            });
        } else {
            if (problem == QLatin1String("read-only")) {
                QVERIFY(QFile::setPermissions(databasePath(), QFileDevice::ReadOwner));
            }
            r = cli(withId(arguments, id));
            QFile::setPermissions(databasePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }

        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(databasePath()), qPrintable(r.err)); // names the file
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QCOMPARE(fileHash(), hashBefore);
        if (problem == QLatin1String("newer")) {
            withSqlite([](QSqlDatabase& db) {
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_version WHERE version = 999")));
            });
        }
        if (!before.isEmpty()) {
            QCOMPARE(everything(), before);
        }
    }

    void readersAreNotBlockedByAWriter()
    {
        createProfile(QStringLiteral("Anna"));
        const QString id = book(QStringLiteral("Haircut"), QStringLiteral("2026-03-02T09:00"),
                                QStringLiteral("2026-03-02T10:00"));
        withSqlite([&](QSqlDatabase& db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.exec(QStringLiteral("UPDATE profiles SET email = 'held@example.com'")));
            const Run r = cli({QStringLiteral("show"), id});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(r.out.contains(QStringLiteral("Haircut")));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        });
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
