#include "services/storage/RowReader.h"

#include "fakes/postgres/TestDatabases.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace slotwise;

// The row mappers read by column name: what they get must not depend on the order of the SELECT list,
// on aliases, or on which row of a query the reader resolved its positions from.
class TestRowReader : public QObject
{
    Q_OBJECT
    QString m_connection = QStringLiteral("tst_rowreader");
    testing::TestDatabases m_databases;

private Q_SLOTS:
    void initTestCase()
    {
        SLOTWISE_START_TEST_DATABASES(m_databases);
        QSqlDatabase db = testing::TestDatabases::rawConnection(m_databases.freshTarget(), m_connection);
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (name TEXT, start_utc INTEGER, flag INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES ('first', 100, 1), ('second', 200, 0)")));
    }
    void cleanupTestCase()
    {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    void readsEveryRowByNameWhateverTheSelectOrder()
    {
        for (const QString& select : {QStringLiteral("SELECT name, start_utc, flag FROM t ORDER BY name"),
                                      QStringLiteral("SELECT flag, start_utc, name FROM t ORDER BY name")}) {
            QSqlQuery q(QSqlDatabase::database(m_connection));
            QVERIFY(q.exec(select));
            const RowReader row(q);
            QVERIFY(q.next());
            QCOMPARE(row.value("name").toString(), QStringLiteral("first"));
            QCOMPARE(row.value("start_utc").toLongLong(), 100);
            QCOMPARE(row.value("flag").toInt(), 1);
            QVERIFY(q.next());
            QCOMPARE(row.value("flag").toInt(), 0);
            QCOMPARE(row.value("name").toString(), QStringLiteral("second"));
            QCOMPARE(row.value("start_utc").toLongLong(), 200);
            QVERIFY(!q.next());
        }
    }

    void readsAnAliasedExpression()
    {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        QVERIFY(q.exec(QStringLiteral("SELECT name, (start_utc > 150) AS late FROM t ORDER BY name")));
        const RowReader row(q);
        QVERIFY(q.next());
        QCOMPARE(row.value("late").toBool(), false);
        QVERIFY(q.next());
        QCOMPARE(row.value("late").toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestRowReader)
#include "tst_rowreader.moc"
