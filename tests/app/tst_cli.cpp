#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// Runs the real slotwise-cli against a temporary data folder per test, the way a script or a person would.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<QTemporaryDir> m_dir;

    QString dataDir() const { return m_dir->path(); }
    QString databasePath() const { return QDir(dataDir()).filePath(QStringLiteral("slotwise.db")); }

    static Run runRaw(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SLOTWISE_DATA_DIR"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin")); // local times in the output
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SLOTWISE_CLI_PATH), arguments);
        Run run;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
            process.kill();
            process.waitForFinished();
            run.err = QStringLiteral("slotwise-cli did not finish normally");
            return run;
        }
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // With this test's --data-dir appended.
    Run cli(QStringList arguments) const
    {
        arguments << QStringLiteral("--data-dir") << dataDir();
        return runRaw(arguments);
    }

    static QJsonObject json(const Run& run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("not a JSON object: %s (%s)", qPrintable(run.out), qPrintable(error.errorString()));
            return {};
        }
        return doc.object();
    }

    QString createProfile(const QString& name)
    {
        const Run r = cli({QStringLiteral("profile"), QStringLiteral("create"), name});
        if (r.exitCode != 0) {
            qWarning("profile create failed: %s", qPrintable(r.err));
        }
        return name;
    }

    QString book(const QString& title, const QString& start, const QString& end, QStringList extra = {})
    {
        const Run r = cli(QStringList{QStringLiteral("book"), QStringLiteral("--title"), title,
                                      QStringLiteral("--start"), start, QStringLiteral("--end"), end} +
                          extra);
        if (r.exitCode != 0) {
            qWarning("book failed: %s", qPrintable(r.err));
        }
        return r.out.trimmed();
    }

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
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        // A read-only test leaves the file 0400; make sure the folder can be removed.
        QFile::setPermissions(databasePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_dir.reset();
    }

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

    void bookPrintsTheNewId()
    {
        createProfile(QStringLiteral("Anna"));
        const Run r = cli({QStringLiteral("book"), QStringLiteral("--title"), QStringLiteral("Haircut"),
                           QStringLiteral("--start"), QStringLiteral("2026-03-02T09:00"),
                           QStringLiteral("--end"), QStringLiteral("2026-03-02T09:30")});
        QCOMPARE(r.exitCode, 0);
        static const QRegularExpression uuidLine(QStringLiteral("^[0-9a-f-]{36}\\n$"));
        QVERIFY2(uuidLine.match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

        const Run shown = cli({QStringLiteral("show"), r.out.trimmed()});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains(QStringLiteral("Haircut")));
        QVERIFY2(shown.out.contains(QStringLiteral("Mon 2026-03-02 09:00–09:30")), qPrintable(shown.out));
    }

    void listShowUpdateCancelRestoreRoundTrip()
    {
        createProfile(QStringLiteral("Anna"));
        const QString id = book(QStringLiteral("Haircut"), QStringLiteral("2026-03-02T09:00"),
                                QStringLiteral("2026-03-02T09:30"),
                                {QStringLiteral("--client"), QStringLiteral("Ann Lee"),
                                 QStringLiteral("--location"), QStringLiteral("Shop 1")});
        const QString other = book(QStringLiteral("Colour"), QStringLiteral("2026-03-03T14:00"),
                                   QStringLiteral("2026-03-03T15:00"));
        const QStringList march{QStringLiteral("list"), QStringLiteral("--from"),
                                QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                                QStringLiteral("2026-03-31")};

        Run r = cli(march);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Anna: 2 appointments from ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Mon 2026-03-02 09:00–09:30  Haircut (Ann Lee)  ") + id),
                 qPrintable(r.out));
        QVERIFY(r.out.indexOf(id) < r.out.indexOf(other)); // ordered by start

        // --start alone moves and keeps the length; other fields stay.
        r = cli({QStringLiteral("update"), id, QStringLiteral("--start"), QStringLiteral("2026-03-02T11:00"),
                 QStringLiteral("--title"), QStringLiteral("Haircut and wash")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("show"), id, QStringLiteral("--json")});
        QJsonObject a = json(r).value(QStringLiteral("appointment")).toObject();
        QCOMPARE(a[QStringLiteral("title")].toString(), QStringLiteral("Haircut and wash"));
        QCOMPARE(a[QStringLiteral("start")].toString(), QStringLiteral("2026-03-02T10:00:00Z"));
        QCOMPARE(a[QStringLiteral("end")].toString(), QStringLiteral("2026-03-02T10:30:00Z"));
        QCOMPARE(a[QStringLiteral("location")].toString(), QStringLiteral("Shop 1"));

        // An empty value clears a field.
        QCOMPARE(cli({QStringLiteral("update"), id, QStringLiteral("--location"), QString()}).exitCode, 0);
        a = json(cli({QStringLiteral("show"), id, QStringLiteral("--json")}))
                .value(QStringLiteral("appointment"))
                .toObject();
        QCOMPARE(a[QStringLiteral("location")].toString(), QString());
        QCOMPARE(a[QStringLiteral("clientName")].toString(), QStringLiteral("Ann Lee"));

        r = cli({QStringLiteral("cancel"), id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("restore ") + id), qPrintable(r.out));
        r = cli(march);
        QVERIFY(!r.out.contains(id));
        QVERIFY(r.out.contains(other));
        QVERIFY2(
            r.out.startsWith(QStringLiteral("Anna: 1 appointment from Sun 2026-03-01 to Tue 2026-03-31.\n")),
            qPrintable(r.out));
        r = cli(march + QStringList{QStringLiteral("--all")});
        QVERIFY2(r.out.contains(QStringLiteral("[cancelled]  ") + id), qPrintable(r.out));
        r = cli(march + QStringList{QStringLiteral("--include-cancelled")});
        QVERIFY(r.out.contains(id));
        // Cancelling twice is harmless.
        r = cli({QStringLiteral("cancel"), id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("already cancelled")));

        r = cli({QStringLiteral("restore"), id});
        QCOMPARE(r.exitCode, 0);
        r = cli(march);
        QVERIFY(r.out.contains(id));
        a = json(cli({QStringLiteral("show"), id, QStringLiteral("--json")}))
                .value(QStringLiteral("appointment"))
                .toObject();
        QCOMPARE(a[QStringLiteral("status")].toString(), QStringLiteral("booked"));
    }

    void jsonOutputHasUtcTimesAndTheTimeZone()
    {
        createProfile(QStringLiteral("Anna"));
        Run r =
            cli({QStringLiteral("--json"), QStringLiteral("book"), QStringLiteral("--title"),
                 QStringLiteral("Haircut"), QStringLiteral("--start"), QStringLiteral("2026-03-02T09:00"),
                 QStringLiteral("--end"), QStringLiteral("2026-03-02T09:30"), QStringLiteral("--client"),
                 QStringLiteral("Ann Lee"), QStringLiteral("--client-email"),
                 QStringLiteral("ann@example.com"), QStringLiteral("--client-phone"),
                 QStringLiteral("+49 30 123"), QStringLiteral("--notes"), QStringLiteral("line 1\nline 2")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject booked = json(r).value(QStringLiteral("appointment")).toObject();
        const QString id = booked[QStringLiteral("id")].toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(booked[QStringLiteral("start")].toString(), QStringLiteral("2026-03-02T08:00:00Z"));
        QCOMPARE(booked[QStringLiteral("end")].toString(), QStringLiteral("2026-03-02T08:30:00Z"));
        QCOMPARE(booked[QStringLiteral("timeZone")].toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(booked[QStringLiteral("allDay")].toBool(), false);
        QCOMPARE(booked[QStringLiteral("status")].toString(), QStringLiteral("booked"));
        QCOMPARE(booked[QStringLiteral("clientEmail")].toString(), QStringLiteral("ann@example.com"));
        QCOMPARE(booked[QStringLiteral("clientPhone")].toString(), QStringLiteral("+49 30 123"));
        QCOMPARE(booked[QStringLiteral("notes")].toString(), QStringLiteral("line 1\nline 2"));
        QCOMPARE(booked[QStringLiteral("revision")].toInt(), 1);

        r = cli({QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject listed = json(r);
        QCOMPARE(listed[QStringLiteral("profile")].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("Anna"));
        QCOMPARE(listed[QStringLiteral("from")].toString(), QStringLiteral("2026-03-01T23:00:00Z"));
        const QJsonArray appointments = listed[QStringLiteral("appointments")].toArray();
        QCOMPARE(appointments.size(), 1);
        QCOMPARE(appointments.at(0).toObject(), booked);
    }

    void timesWithOffsetsUtcAndZones_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("allDay");
        QTest::newRow("offset") << QStringList{QStringLiteral("--start"),
                                               QStringLiteral("2026-03-02T09:00:00+01:00"),
                                               QStringLiteral("--end"),
                                               QStringLiteral("2026-03-02T10:00-05:00")}
                                << "2026-03-02T08:00:00Z"
                                << "2026-03-02T15:00:00Z"
                                << "Europe/Berlin" << false;
        QTest::newRow("utc") << QStringList{QStringLiteral("--start"), QStringLiteral("2026-03-02T08:00Z"),
                                            QStringLiteral("--end"), QStringLiteral("2026-03-02T09:15:00Z")}
                             << "2026-03-02T08:00:00Z"
                             << "2026-03-02T09:15:00Z"
                             << "Europe/Berlin" << false;
        QTest::newRow("space separator")
            << QStringList{QStringLiteral("--start"), QStringLiteral("2026-07-01 09:00"),
                           QStringLiteral("--end"), QStringLiteral("2026-07-01 10:00")}
            << "2026-07-01T07:00:00Z"
            << "2026-07-01T08:00:00Z"
            << "Europe/Berlin" << false;
        QTest::newRow("other zone") << QStringList{QStringLiteral("--start"),
                                                   QStringLiteral("2026-03-02T09:00"),
                                                   QStringLiteral("--end"),
                                                   QStringLiteral("2026-03-02T10:00"),
                                                   QStringLiteral("--time-zone"),
                                                   QStringLiteral("America/New_York")}
                                    << "2026-03-02T14:00:00Z"
                                    << "2026-03-02T15:00:00Z"
                                    << "America/New_York" << false;
        QTest::newRow("all day, one day")
            << QStringList{QStringLiteral("--all-day"), QStringLiteral("--start"),
                           QStringLiteral("2026-03-02")}
            << "2026-03-01T23:00:00Z"
            << "2026-03-02T23:00:00Z"
            << "Europe/Berlin" << true;
        QTest::newRow("all day, three days")
            << QStringList{QStringLiteral("--all-day"), QStringLiteral("--start"),
                           QStringLiteral("2026-03-02"), QStringLiteral("--end"),
                           QStringLiteral("2026-03-04")}
            << "2026-03-01T23:00:00Z"
            << "2026-03-04T23:00:00Z"
            << "Europe/Berlin" << true;
    }
    void timesWithOffsetsUtcAndZones()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, zone);
        QFETCH(bool, allDay);
        createProfile(QStringLiteral("Anna"));
        const Run r = cli(QStringList{QStringLiteral("book"), QStringLiteral("--json"),
                                      QStringLiteral("--title"), QStringLiteral("T")} +
                          extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject a = json(r).value(QStringLiteral("appointment")).toObject();
        QCOMPARE(a[QStringLiteral("start")].toString(), start);
        QCOMPARE(a[QStringLiteral("end")].toString(), end);
        QCOMPARE(a[QStringLiteral("timeZone")].toString(), zone);
        QCOMPARE(a[QStringLiteral("allDay")].toBool(), allDay);
    }

    void updateSwitchesBetweenAllDayAndTimed()
    {
        createProfile(QStringLiteral("Anna"));
        const QString id = book(QStringLiteral("Trip"), QStringLiteral("2026-05-04T09:00"),
                                QStringLiteral("2026-05-06T17:00"));
        const auto when = [&](const QStringList& change) -> QString {
            const Run r = cli(QStringList{QStringLiteral("update"), id} + change);
            if (r.exitCode != 0) {
                return QStringLiteral("failed: ") + r.err;
            }
            const QJsonObject a = json(cli({QStringLiteral("show"), id, QStringLiteral("--json")}))
                                      .value(QStringLiteral("appointment"))
                                      .toObject();
            return a[QStringLiteral("start")].toString() + QLatin1Char(' ') +
                   a[QStringLiteral("end")].toString() +
                   (a[QStringLiteral("allDay")].toBool() ? QStringLiteral(" all-day") : QString());
        };
        // Whole days in Europe/Berlin, end exclusive.
        QCOMPARE(when({QStringLiteral("--all-day")}),
                 QStringLiteral("2026-05-03T22:00:00Z 2026-05-06T22:00:00Z all-day"));
        // Moving keeps the number of days.
        QCOMPARE(when({QStringLiteral("--start"), QStringLiteral("2026-05-11")}),
                 QStringLiteral("2026-05-10T22:00:00Z 2026-05-13T22:00:00Z all-day"));
        QCOMPARE(when({QStringLiteral("--end"), QStringLiteral("2026-05-11")}),
                 QStringLiteral("2026-05-10T22:00:00Z 2026-05-11T22:00:00Z all-day"));
        QCOMPARE(when({QStringLiteral("--no-all-day"), QStringLiteral("--start"),
                       QStringLiteral("2026-05-11T09:00"), QStringLiteral("--end"),
                       QStringLiteral("2026-05-11T10:00")}),
                 QStringLiteral("2026-05-11T07:00:00Z 2026-05-11T08:00:00Z"));
    }

    void showGivesLocalTimeAndTheBookingZonesTime()
    {
        createProfile(QStringLiteral("Anna"));
        const QString id = book(QStringLiteral("Call"), QStringLiteral("2026-03-02T09:00"),
                                QStringLiteral("2026-03-02T10:00"),
                                {QStringLiteral("--time-zone"), QStringLiteral("America/New_York")});
        const Run r = cli({QStringLiteral("show"), id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("When:         Mon 2026-03-02 15:00–16:00\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("America/New_York (there: Mon 2026-03-02 09:00–10:00)")),
                 qPrintable(r.out));
    }

    void overlapIsAWarningNotAnError()
    {
        createProfile(QStringLiteral("Anna"));
        book(QStringLiteral("Haircut"), QStringLiteral("2026-03-02T09:00"),
             QStringLiteral("2026-03-02T10:00"));
        const Run r = cli({QStringLiteral("book"), QStringLiteral("--title"), QStringLiteral("Beard"),
                           QStringLiteral("--start"), QStringLiteral("2026-03-02T09:30"),
                           QStringLiteral("--end"), QStringLiteral("2026-03-02T10:30")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("overlaps with \"Haircut\"")), qPrintable(r.err));
        QCOMPARE(r.out.trimmed().size(), 36);
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
        const auto booking = [](QStringList extra) {
            return QStringList{QStringLiteral("book"),
                               QStringLiteral("--title"),
                               QStringLiteral("New"),
                               QStringLiteral("--start"),
                               QStringLiteral("2026-03-05T09:00"),
                               QStringLiteral("--end"),
                               QStringLiteral("2026-03-05T10:00")} +
                   extra;
        };
        QTest::newRow("end before start")
            << booking({QStringLiteral("--end"), QStringLiteral("2026-03-05T08:00")}) << 1
            << "The end must be after the start";
        QTest::newRow("end equals start")
            << booking({QStringLiteral("--end"), QStringLiteral("2026-03-05T09:00")}) << 1
            << "The end must be after the start";
        QTest::newRow("empty title") << booking({QStringLiteral("--title"), QString()}) << 1
                                     << "Enter a title";
        QTest::newRow("blank title") << booking({QStringLiteral("--title"), QStringLiteral("   ")}) << 1
                                     << "Enter a title";
        QTest::newRow("bad client email")
            << booking({QStringLiteral("--client-email"), QStringLiteral("ann(at)example")}) << 1
            << "\"ann(at)example\" is not a valid email address";
        QTest::newRow("unknown time zone")
            << booking({QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")}) << 1
            << "Unknown time zone \"Mars/Olympus\"";
        QTest::newRow("unknown profile on book")
            << booking({QStringLiteral("--profile"), QStringLiteral("Nobody")}) << 1
            << "No profile named \"Nobody\"";
        QTest::newRow("unknown profile on list")
            << QStringList{QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("Nobody")} << 1
            << "No profile named \"Nobody\"";
        QTest::newRow("duplicate profile")
            << QStringList{QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("anna")} << 1
            << "already exists";
        for (const char* command : {"show", "update", "cancel", "restore"}) {
            QStringList args{QString::fromLatin1(command), QStringLiteral("no-such-id")};
            if (QLatin1String(command) == QLatin1String("update")) {
                args << QStringLiteral("--title") << QStringLiteral("X");
            }
            QTest::addRow("unknown id: %s", command) << args << 1 << "No appointment with id no-such-id";
        }
        QTest::newRow("update: end before start")
            << QStringList{QStringLiteral("update"), QStringLiteral("@ID"), QStringLiteral("--end"),
                           QStringLiteral("2026-03-02T08:00")}
            << 1 << "The end must be after the start";
        QTest::newRow("update: empty title") << QStringList{QStringLiteral("update"), QStringLiteral("@ID"),
                                                            QStringLiteral("--title"), QString()}
                                             << 1 << "Enter a title";
        QTest::newRow("malformed start")
            << booking({QStringLiteral("--start"), QStringLiteral("2026-13-45T25:00")}) << 2
            << "--start: '2026-13-45T25:00' is not a valid date/time (use ISO 8601, e.g. 2026-03-02T09:00)";
        QTest::newRow("malformed end") << booking({QStringLiteral("--end"), QStringLiteral("tomorrow")}) << 2
                                       << "--end: 'tomorrow' is not a valid date/time";
        QTest::newRow("impossible date")
            << booking({QStringLiteral("--start"), QStringLiteral("2026-02-30T09:00")}) << 2
            << "--start: '2026-02-30T09:00' is not a valid date/time";
        QTest::newRow("date without time")
            << booking({QStringLiteral("--start"), QStringLiteral("2026-03-05")}) << 2
            << "has no time of day";
        QTest::newRow("time in a DST gap")
            << booking({QStringLiteral("--start"), QStringLiteral("2026-03-29T02:30")}) << 2
            << "does not exist in time zone Europe/Berlin";
        QTest::newRow("malformed --from")
            << QStringList{QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("03/02/2026")}
            << 2 << "--from: '03/02/2026' is not a valid date/time";
        QTest::newRow("--to before --from")
            << QStringList{QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-03-05"),
                           QStringLiteral("--to"), QStringLiteral("2026-03-01")}
            << 2 << "--to must be after --from";
        QTest::newRow("update: malformed start")
            << QStringList{QStringLiteral("update"), QStringLiteral("@ID"), QStringLiteral("--start"),
                           QStringLiteral("2026-03-02T9")}
            << 2 << "--start: '2026-03-02T9' is not a valid date/time";
        QTest::newRow("missing title")
            << QStringList{QStringLiteral("book"), QStringLiteral("--start"),
                           QStringLiteral("2026-03-05T09:00"), QStringLiteral("--end"),
                           QStringLiteral("2026-03-05T10:00")}
            << 2 << "book: --title is required";
        QTest::newRow("unknown flag")
            << booking({QStringLiteral("--colour"), QStringLiteral("red")}) << 2 << "Unknown option 'colour'";
        QTest::newRow("unknown global flag")
            << QStringList{QStringLiteral("--verbose"), QStringLiteral("list")} << 2
            << "Unknown option 'verbose'";
        QTest::newRow("missing option value")
            << QStringList{QStringLiteral("book"), QStringLiteral("--title")} << 2
            << "Missing value after '--title'";
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("boook")} << 2 << "unknown command 'boook'. Did you mean 'book'?";
        QTest::newRow("no command") << QStringList{} << 2 << "no command given";
        QTest::newRow("group without subcommand")
            << QStringList{QStringLiteral("profile")} << 2 << "'profile' needs a subcommand";
        QTest::newRow("missing id") << QStringList{QStringLiteral("show")} << 2 << "show: missing ID";
        QTest::newRow("extra argument")
            << QStringList{QStringLiteral("cancel"), QStringLiteral("@ID"), QStringLiteral("extra")} << 2
            << "cancel: unexpected argument 'extra'";
        QTest::newRow("update without fields")
            << QStringList{QStringLiteral("update"), QStringLiteral("@ID")} << 2 << "nothing to change";
        QTest::newRow("empty --profile") << QStringList{QStringLiteral("list"), QStringLiteral("--profile="), }
                                         << 2 << "--profile: the profile name is empty";
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
