#include "services/DatabaseSelection.h"

#include "services/DataDirectory.h"
#include "services/storage/Database.h"

#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;

// --database / $SLOTWISE_DATABASE / the data folder's file, and --desk / $SLOTWISE_DESK / the host name.
class TestDatabaseSelection : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void cleanup()
    {
        qunsetenv("SLOTWISE_DATABASE");
        qunsetenv("SLOTWISE_DESK");
    }

    void theFileInTheDataFolderIsTheDefault()
    {
        const DataDirectory dir(m_tmp.path());
        const DatabaseSelection chosen(dir, QString(), QString());
        QCOMPARE(chosen.origin(), QStringLiteral("default"));
        QCOMPARE(chosen.target()->engine(), SqlDialect::Engine::Sqlite);
        QCOMPARE(chosen.target()->filePath(), dir.databasePath());
        QCOMPARE(chosen.desk(), QSysInfo::machineHostName());
    }

    void theOptionWinsOverTheEnvironment()
    {
        const DataDirectory dir(m_tmp.path());
        qputenv("SLOTWISE_DATABASE", "postgresql://desk@env-host/practice");
        qputenv("SLOTWISE_DESK", "ENV-DESK");
        const DatabaseSelection fromEnvironment(dir, QString(), QString());
        QCOMPARE(fromEnvironment.origin(), QStringLiteral("SLOTWISE_DATABASE"));
        QCOMPARE(fromEnvironment.target()->host(), QStringLiteral("env-host"));
        QCOMPARE(fromEnvironment.desk(), QStringLiteral("ENV-DESK"));

        const DatabaseSelection fromOption(dir, QStringLiteral("postgresql://desk@option-host/practice"),
                                           QStringLiteral("RECEPTION-2"));
        QCOMPARE(fromOption.origin(), QStringLiteral("--database"));
        QCOMPARE(fromOption.target()->host(), QStringLiteral("option-host"));
        QCOMPARE(fromOption.desk(), QStringLiteral("RECEPTION-2"));
    }

    void aBadUrlIsRefusedBeforeAnythingOpens()
    {
        const DataDirectory dir(m_tmp.filePath(QStringLiteral("never-made")));
        qputenv("SLOTWISE_DATABASE", "postgresql://desk:secret@host/practice");
        const DatabaseSelection chosen(dir, QString(), QString());
        const auto opened = chosen.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind(), Error::Kind::Validation);
        QVERIFY(!opened.error().fullText().contains(QStringLiteral("secret")));
        QVERIFY(!QFile::exists(dir.path())); // nothing was created
    }
};

QTEST_GUILESS_MAIN(TestDatabaseSelection)
#include "tst_databaseselection.moc"
