#include "services/google/EventMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace slotwise;

class TestEventMapper : public QObject
{
    Q_OBJECT

    static Appointment sample()
    {
        Appointment a;
        a.id = QStringLiteral("3f2c1a9e-8b7d-4c6e-9f10-1234567890ab");
        a.profileId = QStringLiteral("p1");
        a.title = QStringLiteral("Check-up Zoë");
        a.clientName = QStringLiteral("Zoë Brontë");
        a.clientEmail = QStringLiteral("zoe@example.org");
        a.clientPhone = QStringLiteral("+49 30 1234");
        a.location = QStringLiteral("Room 2");
        a.notes = QStringLiteral("Line one\nline two");
        a.timeZoneId = QStringLiteral("Europe/Berlin");
        a.startUtc = QDateTime(QDate(2026, 7, 1), QTime(8, 0), Qt::UTC); // 10:00 in Berlin (summer time)
        a.endUtc = a.startUtc.addSecs(45 * 60);
        a.revision = 3;
        return a;
    }

private Q_SLOTS:
    void timedAppointmentCarriesOffsetAndZone()
    {
        const QJsonObject e = eventmapper::toEvent(sample());
        QCOMPARE(e.value(QLatin1String("id")).toString(), QStringLiteral("3f2c1a9e8b7d4c6e9f101234567890ab"));
        QCOMPARE(e.value(QLatin1String("status")).toString(), QStringLiteral("confirmed"));
        const QJsonObject start = e.value(QLatin1String("start")).toObject();
        QCOMPARE(start.value(QLatin1String("dateTime")).toString(),
                 QStringLiteral("2026-07-01T10:00:00+02:00"));
        QCOMPARE(start.value(QLatin1String("timeZone")).toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(e.value(QLatin1String("end")).toObject().value(QLatin1String("dateTime")).toString(),
                 QStringLiteral("2026-07-01T10:45:00+02:00"));
        const QJsonObject priv = e.value(QLatin1String("extendedProperties"))
                                     .toObject()
                                     .value(QLatin1String("private"))
                                     .toObject();
        QCOMPARE(priv.value(QLatin1String("slotwiseId")).toString(), sample().id);
    }

    void roundTripKeepsEveryField()
    {
        const Appointment a = sample();
        QJsonObject e = eventmapper::toEvent(a);
        e.insert(QStringLiteral("etag"), QStringLiteral("\"5\""));
        e.insert(QStringLiteral("updated"), QStringLiteral("2026-07-01T07:00:00.123Z"));
        const auto remote = eventmapper::fromEvent(e);
        QVERIFY2(remote.ok(), qPrintable(remote.error().message()));
        QVERIFY(remote->isOurs());
        QCOMPARE(remote->updatedUtc, QDateTime(QDate(2026, 7, 1), QTime(7, 0, 0, 123), Qt::UTC));
        QVERIFY(eventmapper::sameContent(a, remote.value()));
        Appointment blank = a;
        blank.title = QStringLiteral("x");
        blank.notes.clear();
        blank.clientPhone.clear();
        QCOMPARE(eventmapper::withRemoteChanges(blank, remote.value()), a);
    }

    void offsetsWithSecondsFallBackToUtc()
    {
        // Found by fuzz_event_json: Berlin's local mean time in 1013 is +00:53:28, which an RFC 3339 offset
        // cannot express; the round trip must still be exact.
        Appointment a = sample();
        a.startUtc = QDateTime(QDate(1013, 7, 1), QTime(9, 6, 32), Qt::UTC);
        const QJsonObject e = eventmapper::toEvent(a);
        QCOMPARE(e.value(QLatin1String("start")).toObject().value(QLatin1String("dateTime")).toString(),
                 QStringLiteral("1013-07-01T09:06:32Z"));
        const auto remote = eventmapper::fromEvent(e);
        QVERIFY(remote.ok());
        QVERIFY(eventmapper::sameContent(a, remote.value()));
    }

    void allDayUsesDatesWithExclusiveEnd()
    {
        Appointment a = sample();
        a.allDay = true;
        // Two whole days in Berlin: 1 and 2 July, midnight to midnight local.
        a.startUtc = QDateTime(QDate(2026, 7, 1), QTime(0, 0), QTimeZone("Europe/Berlin")).toUTC();
        a.endUtc = QDateTime(QDate(2026, 7, 3), QTime(0, 0), QTimeZone("Europe/Berlin")).toUTC();
        const QJsonObject e = eventmapper::toEvent(a);
        QCOMPARE(e.value(QLatin1String("start")).toObject(),
                 (QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-07-01")}}));
        QCOMPARE(e.value(QLatin1String("end")).toObject(),
                 (QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-07-03")}}));
        const auto remote = eventmapper::fromEvent(e);
        QVERIFY(remote.ok());
        QVERIFY(remote->allDay);
        QVERIFY(eventmapper::sameContent(a, remote.value()));
        QCOMPARE(eventmapper::withRemoteChanges(a, remote.value()).startUtc, a.startUtc);
        QCOMPARE(eventmapper::withRemoteChanges(a, remote.value()).endUtc, a.endUtc);
    }

    void phoneEditIsDetectedAndApplied()
    {
        const Appointment a = sample();
        QJsonObject e = eventmapper::toEvent(a);
        e.insert(QStringLiteral("start"),
                 QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2026-07-01T11:30:00+02:00")},
                             {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")}});
        e.insert(QStringLiteral("end"),
                 QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2026-07-01T12:00:00+02:00")}});
        e.insert(QStringLiteral("location"), QStringLiteral("Room 5"));
        const auto remote = eventmapper::fromEvent(e);
        QVERIFY(remote.ok());
        QVERIFY(!eventmapper::sameContent(a, remote.value()));
        const Appointment changed = eventmapper::withRemoteChanges(a, remote.value());
        QCOMPARE(changed.startUtc, QDateTime(QDate(2026, 7, 1), QTime(9, 30), Qt::UTC));
        QCOMPARE(changed.endUtc, QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(changed.location, QStringLiteral("Room 5"));
        QCOMPARE(changed.id, a.id);
        QCOMPARE(changed.revision, a.revision);
    }

    void cancelledWithOnlyIdIsRead()
    {
        const auto remote =
            eventmapper::fromEvent(QJsonObject{{QStringLiteral("id"), QStringLiteral("abc12")},
                                               {QStringLiteral("status"), QStringLiteral("cancelled")}});
        QVERIFY(remote.ok());
        QVERIFY(remote->isCancelled());
        QVERIFY(!remote->isOurs());
        QCOMPARE(eventmapper::withRemoteChanges(sample(), remote.value()).status,
                 AppointmentStatus::Cancelled);
    }

    void badEventsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no id") << QByteArray(R"({"status":"confirmed"})");
        QTest::newRow("no start") << QByteArray(R"({"id":"a1234","end":{"date":"2026-01-02"}})");
        QTest::newRow("bad date") << QByteArray(
            R"({"id":"a1234","start":{"date":"2026-13-45"},"end":{"date":"2026-01-02"}})");
        QTest::newRow("end before start") << QByteArray(
            R"({"id":"a1234","start":{"dateTime":"2026-01-02T10:00:00Z"},"end":{"dateTime":"2026-01-02T09:00:00Z"}})");
        QTest::newRow("mixed") << QByteArray(
            R"({"id":"a1234","start":{"date":"2026-01-02"},"end":{"dateTime":"2026-01-03T09:00:00Z"}})");
        QTest::newRow("start is a string")
            << QByteArray(R"({"id":"a1234","start":"2026-01-02","end":{"date":"2026-01-03"}})");
    }
    void badEventsAreRefusedWithAReason()
    {
        QFETCH(QByteArray, json);
        QJsonObject event = QJsonDocument::fromJson(json).object();
        // Someone else's title: the reason names the event by id, never by title (it ends up in logs).
        event.insert(QStringLiteral("summary"), QStringLiteral("Private: dentist"));
        const auto remote = eventmapper::fromEvent(event);
        QVERIFY(!remote.ok());
        QCOMPARE(remote.error().kind(), Error::Kind::GoogleApi);
        QCOMPARE(remote.error().detail(), Error::Detail::InvalidReply);
        QVERIFY2(!remote.error().message().contains(QLatin1String("dentist")),
                 qPrintable(remote.error().message()));
        if (event.contains(QLatin1String("id"))) {
            QVERIFY2(remote.error().message().contains(QLatin1String("a1234")),
                     qPrintable(remote.error().message()));
        }
    }

    void transparentAndRecurringInstance()
    {
        const auto remote = eventmapper::fromEvent(
            QJsonDocument::fromJson(
                R"({"id":"rec1_20260701T080000Z","recurringEventId":"rec1","transparency":"transparent",
                "start":{"dateTime":"2026-07-01T08:00:00Z"},"end":{"dateTime":"2026-07-01T09:00:00Z"}})")
                .object());
        QVERIFY(remote.ok());
        QVERIFY(remote->transparent);
        QCOMPARE(remote->recurringEventId, QStringLiteral("rec1"));
    }
};

QTEST_GUILESS_MAIN(TestEventMapper)
#include "tst_eventmapper.moc"
