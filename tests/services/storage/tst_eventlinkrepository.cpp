#include "services/storage/EventLinkRepository.h"

#include "RepositoryTestDb.h"

#include <QTest>

using namespace slotwise;

// The link is how push finds the event to patch (with its etag) and how pull recognises our own events.
class TestEventLinkRepository : public QObject
{
    Q_OBJECT

    testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    QString m_profileId;

    EventLink linkFor(const QString& title, const QString& calendarId = QStringLiteral("primary"))
    {
        return EventLink{bookAppointment(*m_db, m_profileId, title),
                         m_profileId,
                         calendarId,
                         QStringLiteral("ev") + title,
                         QStringLiteral("\"1\""),
                         1,
                         QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
    }

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(m_databases); }
    void init() { openDatabaseWithProfile(m_databases, m_db, m_profileId); }
    void cleanup() { m_db.reset(); }

    void savedLinkIsFoundByAppointmentAndByEvent()
    {
        EventLinkRepository links(*m_db);
        const EventLink link = linkFor(QStringLiteral("A"));
        QVERIFY(links.save(link).ok());

        const auto byAppointment = links.forAppointment(link.appointmentId);
        QVERIFY(byAppointment.ok() && byAppointment->has_value());
        QCOMPARE(byAppointment->value().eventId, link.eventId);
        QCOMPARE(byAppointment->value().etag, link.etag);
        QCOMPARE(byAppointment->value().pushedRevision, 1);
        QCOMPARE(byAppointment->value().remoteUpdatedUtc, link.remoteUpdatedUtc);

        const auto byEvent = links.forEvent(m_profileId, QStringLiteral("primary"), link.eventId);
        QVERIFY(byEvent.ok() && byEvent->has_value());
        QCOMPARE(byEvent->value().appointmentId, link.appointmentId);
        QVERIFY(!links.forEvent(m_profileId, QStringLiteral("other"), link.eventId)->has_value());
        QVERIFY(!links.forAppointment(QStringLiteral("missing"))->has_value());
    }

    void saveAgainReplacesEtagAndRevision()
    {
        EventLinkRepository links(*m_db);
        EventLink link = linkFor(QStringLiteral("A"));
        QVERIFY(links.save(link).ok());
        link.etag = QStringLiteral("\"2\"");
        link.pushedRevision = 2;
        QVERIFY(links.save(link).ok());
        const auto stored = links.forAppointment(link.appointmentId);
        QCOMPARE(stored->value().etag, QStringLiteral("\"2\""));
        QCOMPARE(stored->value().pushedRevision, 2);
        QCOMPARE(links.forCalendar(m_profileId, QStringLiteral("primary"))->size(), 1);
    }

    void calendarAndManyLookupsReturnOnlyWhatWasAsked()
    {
        EventLinkRepository links(*m_db);
        const EventLink a = linkFor(QStringLiteral("A"));
        const EventLink b = linkFor(QStringLiteral("B"));
        const EventLink c = linkFor(QStringLiteral("C"), QStringLiteral("team"));
        QVERIFY(m_db->transaction([&] { return links.saveMany({a, b, c}); }).ok());

        const auto primary = links.forCalendar(m_profileId, QStringLiteral("primary"));
        QVERIFY(primary.ok());
        QCOMPARE(primary->size(), 2);
        QCOMPARE(primary->value(a.eventId).appointmentId, a.appointmentId);
        QCOMPARE(primary->value(b.eventId).appointmentId, b.appointmentId);

        const auto some =
            links.forAppointments({a.appointmentId, c.appointmentId, QStringLiteral("missing")});
        QVERIFY(some.ok());
        QCOMPARE(some->size(), 2);
        QCOMPARE(some->value(c.appointmentId).calendarId, QStringLiteral("team"));
    }

    void removeForgetsOnlyThatLink()
    {
        EventLinkRepository links(*m_db);
        const EventLink a = linkFor(QStringLiteral("A"));
        const EventLink b = linkFor(QStringLiteral("B"));
        QVERIFY(links.save(a).ok());
        QVERIFY(links.save(b).ok());
        QVERIFY(links.remove(a.appointmentId).ok());
        QVERIFY(!links.forAppointment(a.appointmentId)->has_value());
        QVERIFY(links.forAppointment(b.appointmentId)->has_value());
    }
};

QTEST_GUILESS_MAIN(TestEventLinkRepository)
#include "tst_eventlinkrepository.moc"
