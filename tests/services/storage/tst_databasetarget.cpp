#include "services/storage/DatabaseTarget.h"

#include <QTest>

using namespace slotwise;

// --database / $SLOTWISE_DATABASE: what a URL becomes, and which URLs are refused before anything connects.
class TestDatabaseTarget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryPartOfAServerUrl()
    {
        const auto t = DatabaseTarget::parse(
            QStringLiteral("postgresql://desk@db.example.org:5433/practice?sslmode=require"));
        QVERIFY2(t.ok(), qPrintable(t.error().message()));
        QCOMPARE(t->engine(), SqlDialect::Engine::PostgreSql);
        QCOMPARE(t->userName(), QStringLiteral("desk"));
        QCOMPARE(t->host(), QStringLiteral("db.example.org"));
        QCOMPARE(t->port(), 5433);
        QCOMPARE(t->databaseName(), QStringLiteral("practice"));
        QCOMPARE(t->sslMode(), QStringLiteral("require"));
        QVERIFY(
            t->connectOptions(QStringLiteral("slotwise desk")).contains(QStringLiteral("sslmode=require")));
    }

    void aSocketFolderWinsOverTheHostAndSurvivesDisplay()
    {
        const auto t = DatabaseTarget::parse(
            QStringLiteral("postgresql://postgres@127.0.0.1:6000/book?host=/tmp/pg%20sock"));
        QVERIFY2(t.ok(), qPrintable(t.error().message()));
        QCOMPARE(t->host(), QStringLiteral("/tmp/pg sock"));
        QCOMPARE(t->port(), 6000);
        // display() is what logs show and what a second connection could be opened from.
        const auto again = DatabaseTarget::parse(t->display());
        QVERIFY2(again.ok(), qPrintable(t->display()));
        QCOMPARE(again->host(), t->host());
        QCOMPARE(again->port(), t->port());
        QCOMPARE(again->userName(), t->userName());
        QCOMPARE(again->databaseName(), t->databaseName());
    }

    void defaultsAreLeftToLibpq()
    {
        const auto t = DatabaseTarget::parse(QStringLiteral("postgres:///slotwise"));
        QVERIFY2(t.ok(), qPrintable(t.error().message()));
        QCOMPARE(t->engine(), SqlDialect::Engine::PostgreSql);
        QVERIFY(t->host().isEmpty());
        QCOMPARE(t->port(), 0);
        QVERIFY(t->userName().isEmpty());
        QCOMPARE(t->databaseName(), QStringLiteral("slotwise"));
    }

    void aPathOrSqliteUrlIsAFile()
    {
        const auto path = DatabaseTarget::parse(QStringLiteral("/srv/book/slotwise.db"));
        QVERIFY(path.ok());
        QCOMPARE(path->engine(), SqlDialect::Engine::Sqlite);
        QCOMPARE(path->filePath(), QStringLiteral("/srv/book/slotwise.db"));
        const auto url = DatabaseTarget::parse(QStringLiteral("sqlite:///srv/book/slotwise.db"));
        QVERIFY(url.ok());
        QCOMPARE(url->filePath(), QStringLiteral("/srv/book/slotwise.db"));
    }

    void passwordsAreRefusedAndNeverEchoed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("user:password") << QStringLiteral("postgresql://desk:s3cret@db/practice");
        QTest::newRow("password parameter")
            << QStringLiteral("postgresql://desk@db/practice?password=s3cret");
    }
    void passwordsAreRefusedAndNeverEchoed()
    {
        QFETCH(QString, url);
        const auto t = DatabaseTarget::parse(url);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().kind(), Error::Kind::Validation);
        QVERIFY(!t.error().remedy().isEmpty()); // says where the password belongs
        QVERIFY(!t.error().fullText().contains(QStringLiteral("s3cret")));
    }

    void otherMistakesAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("empty") << QStringLiteral("  ");
        QTest::newRow("other engine") << QStringLiteral("mysql://desk@db/practice");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://desk@db/practice?sslmode=sometimes");
        QTest::newRow("unknown parameter") << QStringLiteral("postgresql://desk@db/practice?options=-c");
        QTest::newRow("nested path") << QStringLiteral("postgresql://desk@db/practice/extra");
        QTest::newRow("bad port") << QStringLiteral("postgresql://desk@db:99999/practice");
    }
    void otherMistakesAreRefused()
    {
        QFETCH(QString, url);
        const auto t = DatabaseTarget::parse(url);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().kind(), Error::Kind::Validation);
    }

    void applicationNameCannotInjectOptions()
    {
        const auto t = DatabaseTarget::parse(QStringLiteral("postgresql://desk@db/practice"));
        QVERIFY(t.ok());
        const QString options = t->connectOptions(QStringLiteral("x' password='y;sslmode=disable"));
        QVERIFY(!options.contains(QLatin1Char('\'')));
        QCOMPARE(options.count(QLatin1Char(';')), 1); // connect_timeout and application_name only
    }
};

QTEST_GUILESS_MAIN(TestDatabaseTarget)
#include "tst_databasetarget.moc"
