// Request building of CalendarClient, checked against recorded Google exchanges (tests/data/google/) through
// an injected QNetworkAccessManager: no server, no state. What the requests do to a calendar over time is
// tst_calendarclient's job, against the live fake server.
#include "fakes/calendar/StaticTokenSource.h"
#include "fakes/network/FakeNetworkAccessManager.h"
#include "services/google/CalendarClient.h"

#include <QTest>

using namespace slotwise;
using fakes::FakeNetworkAccessManager;

namespace {

FakeNetworkAccessManager::Exchange recorded(const char* request, const char* response)
{
    const QString dir = QStringLiteral(SLOTWISE_TEST_DATA_DIR "/google/");
    return {dir + QLatin1String(request) + QStringLiteral("_request.txt"),
            dir + QLatin1String(response) + QStringLiteral("_response.txt")};
}

// One CalendarClient whose transport talks to the recordings only.
struct RecordedClient
{
    explicit RecordedClient(QList<FakeNetworkAccessManager::Exchange> script)
        : network(std::move(script))
        , transport(tokens, QStringLiteral("profile"), options())
        , client(transport, {QUrl(QStringLiteral("https://www.googleapis.com/calendar/v3")),
                             QUrl(QStringLiteral("https://www.googleapis.com/batch/calendar/v3")), 50})
    {}

    ApiTransport::Options options()
    {
        ApiTransport::Options o;
        RetryPolicy::Settings once;
        once.maxAttempts = 1;
        o.retry = RetryPolicy(once);
        o.sleep = [](qint64) {};
        o.network = &network;
        return o;
    }

    fake::StaticTokenSource tokens;
    FakeNetworkAccessManager network;
    ApiTransport transport;
    CalendarClient client;
};

QJsonObject haircut()
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("a0b1c2d3e4f5")},
        {QStringLiteral("summary"), QStringLiteral("Haircut")},
        {QStringLiteral("start"),
         QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2030-01-07T09:00:00Z")}}},
        {QStringLiteral("end"),
         QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2030-01-07T10:00:00Z")}}},
        {QStringLiteral("extendedProperties"),
         QJsonObject{{QStringLiteral("private"),
                      QJsonObject{{QStringLiteral("slotwiseAppointmentId"), QStringLiteral("42")}}}}}};
}

} // namespace

class TestCalendarClientRecorded : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertSendsTheEventWithoutNotifyingAnyone()
    {
        RecordedClient r({recorded("event_insert", "event_insert")});
        const auto inserted = r.client.insertEvent(QStringLiteral("primary"), haircut());
        QCOMPARE(r.network.mismatches(), QStringList());
        QVERIFY(inserted.ok());
        QVERIFY(!inserted->alreadyExisted);
        QCOMPARE(inserted->event.value(QLatin1String("etag")).toString(),
                 QStringLiteral("\"3181161784712000\""));
        QCOMPARE(r.network.remaining(), 0);
    }

    void patchIsGuardedByTheEtag()
    {
        RecordedClient r({recorded("event_patch", "event_patch")});
        const auto patched = r.client.patchEvent(
            QStringLiteral("primary"), QStringLiteral("a0b1c2d3e4f5"),
            QJsonObject{{QStringLiteral("summary"), QStringLiteral("Haircut and colour")}},
            QStringLiteral("\"3181161784712000\""));
        QCOMPARE(r.network.mismatches(), QStringList());
        QVERIFY(patched.ok());
        QCOMPARE(patched->value(QLatin1String("etag")).toString(), QStringLiteral("\"3181161790000000\""));
    }

    void stalePatchIsAPreconditionFailure()
    {
        RecordedClient r({recorded("event_patch", "event_patch_stale")});
        const auto patched = r.client.patchEvent(
            QStringLiteral("primary"), QStringLiteral("a0b1c2d3e4f5"),
            QJsonObject{{QStringLiteral("summary"), QStringLiteral("Haircut and colour")}},
            QStringLiteral("\"3181161784712000\""));
        QCOMPARE(r.network.mismatches(), QStringList());
        QVERIFY(!patched.ok());
        QCOMPARE(patched.error().detail(), Error::Detail::PreconditionFailed);
    }

    void calendarListReadsEveryPage()
    {
        RecordedClient r({recorded("calendarlist_page1", "calendarlist_page1"),
                          recorded("calendarlist_page2", "calendarlist_page2")});
        const auto calendars = r.client.listCalendars();
        QCOMPARE(r.network.mismatches(), QStringList());
        QVERIFY(calendars.ok());
        QCOMPARE(calendars->size(), 3);
        QCOMPARE(calendars->at(0).id, QStringLiteral("ada@example.com"));
        QVERIFY(calendars->at(0).primary);
        QCOMPARE(calendars->at(1).summary, QStringLiteral("My team")); // the user's own name wins
        QCOMPARE(calendars->at(2).accessRole, QStringLiteral("reader"));
        QCOMPARE(r.network.remaining(), 0);
    }

    void aRequestThatDiffersFromTheRecordingIsCaught()
    {
        RecordedClient r({recorded("event_patch", "event_patch")});
        (void)r.client.patchEvent(
            QStringLiteral("primary"), QStringLiteral("a0b1c2d3e4f5"),
            QJsonObject{{QStringLiteral("summary"), QStringLiteral("Haircut and colour")}},
            QStringLiteral("\"stale\""));
        QCOMPARE(r.network.mismatches().size(), 1);
        QVERIFY(r.network.mismatches().first().contains(QLatin1String("If-Match")));
    }
};

QTEST_GUILESS_MAIN(TestCalendarClientRecorded)
#include "tst_calendarclient_recorded.moc"
