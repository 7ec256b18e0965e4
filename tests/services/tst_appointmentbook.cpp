#include "services/AppointmentBook.h"

#include "fakes/postgres/TestDatabases.h"
#include "services/DataDirectory.h"
#include "services/storage/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;

class TestAppointmentBook : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    testing::TestDatabases m_databases;

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(m_databases); }

    void dataDirectoryPrefersCommandLineThenEnvironment()
    {
        qputenv("SLOTWISE_DATA_DIR", m_tmp.filePath(QStringLiteral("env")).toUtf8());
        QCOMPARE(DataDirectory().path(), m_tmp.filePath(QStringLiteral("env")));
        QCOMPARE(DataDirectory().origin(), QStringLiteral("SLOTWISE_DATA_DIR"));
        QCOMPARE(DataDirectory(m_tmp.filePath(QStringLiteral("cli"))).path(),
                 m_tmp.filePath(QStringLiteral("cli")));
        qunsetenv("SLOTWISE_DATA_DIR");
        QCOMPARE(DataDirectory().origin(), QStringLiteral("default"));
    }

    void bookValidatesNotifiesAndFindsOverlaps()
    {
        auto db = m_databases.open();
        QVERIFY(db);
        AppointmentBook book(*db);
        QVERIFY(!book.resolveProfile(QString()).ok());
        auto ada = book.createProfile(QStringLiteral("Ada"), QString());
        QVERIFY(ada.ok());
        QVERIFY(!book.createProfile(QStringLiteral("ada"), QString()).ok()); // names are unique, any case
        QCOMPARE(book.resolveProfile(QString())->id, ada->id);
        QCOMPARE(book.resolveProfile(QStringLiteral("ADA"))->id, ada->id);
        QVERIFY(!book.resolveProfile(QStringLiteral("Bob")).ok());

        QSignalSpy changed(&book, &AppointmentBook::appointmentsChanged);
        Appointment a;
        a.profileId = ada->id;
        a.title = QStringLiteral("First");
        a.startUtc = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        a.endUtc = a.startUtc.addSecs(3600);
        auto first = book.book(a);
        QVERIFY2(first.ok(), qPrintable(first.error().message()));
        QCOMPARE(changed.count(), 1);

        Appointment clash = a;
        clash.id.clear();
        clash.title = QStringLiteral("Second");
        clash.startUtc = a.startUtc.addSecs(1800);
        clash.endUtc = clash.startUtc.addSecs(3600);
        const auto overlaps = book.overlapping(clash);
        QVERIFY(overlaps.ok());
        QCOMPARE(overlaps->size(), 1);
        QCOMPARE(overlaps->first().id, first->id);
        QVERIFY(book.overlapping(first.value()).value().isEmpty()); // itself does not count

        Appointment invalid = a;
        invalid.title.clear();
        const auto refused = book.book(invalid);
        QVERIFY(!refused.ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(book.inRange(ada->id, a.startUtc.addDays(-1), a.startUtc.addDays(1)).value().size(), 1);
    }

    void renameProfileKeepsNamesUniqueAndNotifies()
    {
        auto db = m_databases.open();
        QVERIFY(db);
        AppointmentBook book(*db);
        const Profile ada =
            book.createProfile(QStringLiteral("Ada"), QStringLiteral("ada@example.com")).value();
        const Profile bob = book.createProfile(QStringLiteral("Bob"), QString()).value();
        QSignalSpy changed(&book, &AppointmentBook::profilesChanged);

        const auto renamed =
            book.renameProfile(ada.id, QStringLiteral("  Ada Lovelace "), QStringLiteral("ada@lovelace.org"));
        QVERIFY2(renamed.ok(), qPrintable(renamed.error().message()));
        QCOMPARE(renamed->id, ada.id);
        QCOMPARE(renamed->displayName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(renamed->email, QStringLiteral("ada@lovelace.org"));
        QCOMPARE(renamed->createdUtc, ada.createdUtc);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(book.resolveProfile(QStringLiteral("ada lovelace"))->id, ada.id);
        QVERIFY(!book.resolveProfile(QStringLiteral("Ada")).ok());

        // Its own name in another case is fine; another profile's name, in any case, is not.
        QVERIFY(book.renameProfile(ada.id, QStringLiteral("ADA LOVELACE"), QString()).ok());
        QCOMPARE(changed.count(), 2);
        const auto taken = book.renameProfile(bob.id, QStringLiteral("ada lovelace"), QString());
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().kind(), Error::Kind::Conflict);
        const auto empty = book.renameProfile(bob.id, QStringLiteral("   "), QString());
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().kind(), Error::Kind::Validation);
        const auto unknown =
            book.renameProfile(QStringLiteral("no-such-id"), QStringLiteral("Carol"), QString());
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind(), Error::Kind::NotFound);
        QCOMPARE(changed.count(), 2); // refusals change nothing and say nothing changed
        QCOMPARE(book.resolveProfile(QStringLiteral("Bob"))->id, bob.id);
        QCOMPARE(book.profiles()->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAppointmentBook)
#include "tst_appointmentbook.moc"
