#include "fakes/calendar/FakeCalendarServer.h"
#include "fakes/calendar/StaticTokenSource.h"
#include "services/google/CalendarClient.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

using namespace slotwise;
using fake::FakeCalendarServer;
using fake::StaticTokenSource;
using Kind = Error::Detail;

namespace {
QJsonObject timedEvent(const QString& id, const QString& summary, int hour)
{
    const QDateTime start(QDate(2026, 5, 4), QTime(hour, 0), Qt::UTC);
    QJsonObject e{
        {QStringLiteral("summary"), summary},
        {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), start.toString(Qt::ISODate)}}},
        {QStringLiteral("end"),
         QJsonObject{{QStringLiteral("dateTime"), start.addSecs(3600).toString(Qt::ISODate)}}}};
    if (!id.isEmpty()) {
        e.insert(QStringLiteral("id"), id);
    }
    return e;
}
} // namespace

class TestCalendarClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCalendarServer> m_server;
    std::unique_ptr<StaticTokenSource> m_tokens;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<CalendarClient> m_client;
    QList<qint64> m_sleeps;

    void makeClient(int maxAttempts = 6)
    {
        m_client.reset();
        ApiTransport::Options options{RetryPolicy({100, 1000, maxAttempts, 5000}), 10000,
                                      [this](qint64 ms) { m_sleeps << ms; }};
        m_transport = std::make_unique<ApiTransport>(*m_tokens, QStringLiteral("p1"), options);
        m_client = std::make_unique<CalendarClient>(
            *m_transport, CalendarClient::Options{m_server->calendarApi(), m_server->batchUrl(), 50});
    }

    // Pages to the end; returns all items and the final sync token.
    QPair<QJsonArray, QString> listAll(EventListQuery query, int* pages = nullptr, Error* error = nullptr)
    {
        QJsonArray all;
        for (int n = 1;; ++n) {
            const auto page = m_client->listEvents(QStringLiteral("primary"), query);
            if (!page) {
                if (error) {
                    *error = page.error();
                }
                return {};
            }
            for (const QJsonValue& v : page->items) {
                all.append(v);
            }
            if (!page->nextSyncToken.isEmpty()) {
                if (pages) {
                    *pages = n;
                }
                return {all, page->nextSyncToken};
            }
            query.pageToken = page->nextPageToken;
        }
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeCalendarServer>();
        QVERIFY(m_server->start());
        m_tokens = std::make_unique<StaticTokenSource>();
        m_server->setTokenValidator(m_tokens->validator());
        m_sleeps.clear();
        makeClient();
    }
    void cleanup()
    {
        m_client.reset();
        m_transport.reset();
        m_server.reset();
        m_tokens.reset();
    }

    void insertWithClientIdAndDuplicateIsAlreadyThere()
    {
        const auto first = m_client->insertEvent(
            QStringLiteral("primary"), timedEvent(QStringLiteral("abc123def456"), QStringLiteral("A"), 9));
        QVERIFY2(first.ok(), qPrintable(first.error().message()));
        QVERIFY(!first->alreadyExisted);
        QCOMPARE(first->event.value(QLatin1String("id")).toString(), QStringLiteral("abc123def456"));
        QVERIFY(!first->event.value(QLatin1String("etag")).toString().isEmpty());
        const auto again = m_client->insertEvent(
            QStringLiteral("primary"), timedEvent(QStringLiteral("abc123def456"), QStringLiteral("B"), 9));
        QVERIFY(again.ok());
        QVERIFY(again->alreadyExisted);
        QCOMPARE(again->event.value(QLatin1String("summary")).toString(), QStringLiteral("A"));
        QCOMPARE(m_server->liveEvents(QStringLiteral("primary")).size(), 1);
        // Ids outside base32hex are refused by Google.
        const auto bad = m_client->insertEvent(QStringLiteral("primary"),
                                               timedEvent(QStringLiteral("XYZ-1"), QStringLiteral("C"), 9));
        QCOMPARE(bad.error().detail(), Kind::BadRequest);
    }

    void patchWithStaleEtagIsPreconditionFailed()
    {
        const auto inserted = m_client->insertEvent(
            QStringLiteral("primary"), timedEvent(QStringLiteral("e0001"), QStringLiteral("A"), 9));
        QVERIFY(inserted.ok());
        const QString etag = inserted->event.value(QLatin1String("etag")).toString();
        m_server->phoneUpdate(QStringLiteral("primary"), QStringLiteral("e0001"),
                              {{QStringLiteral("summary"), QStringLiteral("phone")}});
        const auto stale = m_client->patchEvent(QStringLiteral("primary"), QStringLiteral("e0001"),
                                                {{QStringLiteral("summary"), QStringLiteral("desk")}}, etag);
        QCOMPARE(stale.error().detail(), Kind::PreconditionFailed);
        QCOMPARE(stale.error().httpStatus(), 412);
        QCOMPARE(m_server->event(QStringLiteral("primary"), QStringLiteral("e0001"))
                     .value(QLatin1String("summary"))
                     .toString(),
                 QStringLiteral("phone"));
        const QString fresh = m_server->event(QStringLiteral("primary"), QStringLiteral("e0001"))
                                  .value(QLatin1String("etag"))
                                  .toString();
        const auto ok = m_client->patchEvent(QStringLiteral("primary"), QStringLiteral("e0001"),
                                             {{QStringLiteral("summary"), QStringLiteral("desk")}}, fresh);
        QVERIFY(ok.ok());
        QVERIFY(ok->value(QLatin1String("etag")).toString() != fresh);
    }

    void deleteOfMissingOrDeletedIsSuccess()
    {
        QVERIFY(m_client
                    ->insertEvent(QStringLiteral("primary"),
                                  timedEvent(QStringLiteral("e0002"), QStringLiteral("A"), 9))
                    .ok());
        const auto first = m_client->deleteEvent(QStringLiteral("primary"), QStringLiteral("e0002"));
        QVERIFY(first.ok());
        QVERIFY(first.value());
        const auto again = m_client->deleteEvent(QStringLiteral("primary"), QStringLiteral("e0002")); // 410
        QVERIFY(again.ok());
        QVERIFY(!again.value());
        const auto missing =
            m_client->deleteEvent(QStringLiteral("primary"), QStringLiteral("nothere1")); // 404
        QVERIFY(missing.ok());
        QVERIFY(!missing.value());
    }

    void pagingWithShortAndEmptyPagesThenIncremental()
    {
        for (int i = 0; i < 12; ++i) {
            m_server->phoneCreate(QStringLiteral("primary"),
                                  timedEvent(QStringLiteral("ev%1a").arg(i, 3, 10, QLatin1Char('0')),
                                             QStringLiteral("E%1").arg(i), 8 + i % 8));
        }
        m_server->setPagePattern({0, 3, 1, 0, 5});
        int pages = 0;
        const auto [items, token] = listAll(EventListQuery{}, &pages);
        QCOMPARE(items.size(), 12);
        QVERIFY(!token.isEmpty());
        QVERIFY(pages > 4); // short and empty pages were really served

        // Incremental: one change, one delete -> the delete comes back with only id/status.
        m_server->phoneUpdate(QStringLiteral("primary"), QStringLiteral("ev003a"),
                              {{QStringLiteral("summary"), QStringLiteral("moved")}});
        m_server->phoneDelete(QStringLiteral("primary"), QStringLiteral("ev007a"));
        EventListQuery q;
        q.syncToken = token;
        const auto [changes, token2] = listAll(q);
        QCOMPARE(changes.size(), 2);
        QJsonObject cancelled;
        for (const QJsonValue& v : changes) {
            if (v.toObject().value(QLatin1String("status")).toString() == QLatin1String("cancelled")) {
                cancelled = v.toObject();
            }
        }
        QCOMPARE(cancelled.value(QLatin1String("id")).toString(), QStringLiteral("ev007a"));
        QVERIFY(!cancelled.contains(QLatin1String("summary")));
        QVERIFY(!cancelled.contains(QLatin1String("start")));
        QVERIFY(token2 != token);

        // Nothing changed: one request, no items.
        const int before = m_server->listRequestCount();
        q.syncToken = token2;
        const auto [none, token3] = listAll(q);
        QCOMPARE(none.size(), 0);
        QVERIFY(!token3.isEmpty());
        QCOMPARE(m_server->listRequestCount() - before, 1);
    }

    void expiredSyncTokenIsFullSyncRequired()
    {
        m_server->phoneCreate(QStringLiteral("primary"), timedEvent({}, QStringLiteral("E"), 9));
        const auto [items, token] = listAll(EventListQuery{});
        QCOMPARE(items.size(), 1);
        m_server->expireSyncTokens();
        EventListQuery q;
        q.syncToken = token;
        Error error;
        listAll(q, nullptr, &error);
        QCOMPARE(error.detail(), Kind::FullSyncRequired);
        QCOMPARE(error.httpStatus(), 410);
        QVERIFY(m_sleeps.isEmpty()); // not retried
        q.syncToken = QStringLiteral("garbage");
        listAll(q, nullptr, &error);
        QCOMPARE(error.detail(), Kind::FullSyncRequired); // 400 "Invalid sync token value"
    }

    void syncTokenWithForbiddenParameterIsRejected()
    {
        const auto [items, token] = listAll(EventListQuery{});
        QUrl url = m_server->calendarApi();
        url.setPath(url.path() + QStringLiteral("/calendars/primary/events"));
        url.setQuery(QStringLiteral("singleEvents=true&timeMin=2026-01-01T00:00:00Z&syncToken=") + token);
        const auto reply = m_transport->send("GET", url);
        QCOMPARE(reply.error().detail(), Kind::BadRequest);
        QVERIFY(reply.error().technicalDetail().contains(QLatin1String("timeMin")));
        // A different singleEvents than the initial sync is refused too.
        url.setQuery(QStringLiteral("singleEvents=false&syncToken=") + token);
        QCOMPARE(m_transport->send("GET", url).error().detail(), Kind::BadRequest);
    }

    void batchReturnsPerPartStatuses()
    {
        QVERIFY(m_client
                    ->insertEvent(QStringLiteral("primary"),
                                  timedEvent(QStringLiteral("dup01"), QStringLiteral("A"), 9))
                    .ok());
        const QList<BatchPart> parts{
            m_client->insertPart(QStringLiteral("primary"),
                                 timedEvent(QStringLiteral("neu01"), QStringLiteral("N"), 10)),
            m_client->insertPart(QStringLiteral("primary"),
                                 timedEvent(QStringLiteral("dup01"), QStringLiteral("D"), 10)),
            m_client->patchPart(QStringLiteral("primary"), QStringLiteral("dup01"),
                                {{QStringLiteral("summary"), QStringLiteral("x")}},
                                QStringLiteral("\"stale\"")),
            m_client->deletePart(QStringLiteral("primary"), QStringLiteral("nothere1"), {}),
            m_client->getPart(QStringLiteral("primary"), QStringLiteral("dup01")),
        };
        const int before = m_server->requestCount();
        const auto result = m_client->executeBatch(parts);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(m_server->requestCount() - before, 1);
        QCOMPARE(result->size(), 5);
        QCOMPARE(result->at(0).status, 200);
        QCOMPARE(result->at(1).status, 409);
        QCOMPARE(googleErrorFromHttp(result->at(1).status, result->at(1).body).detail(), Kind::Duplicate);
        QCOMPARE(result->at(2).status, 412);
        QCOMPARE(result->at(3).status, 404);
        QCOMPARE(result->at(4).status, 200);
        QCOMPARE(
            QJsonDocument::fromJson(result->at(4).body).object().value(QLatin1String("summary")).toString(),
            QStringLiteral("A"));
        QCOMPARE(m_server->liveEvents(QStringLiteral("primary")).size(), 2);
    }

    void transientFaultsAreRetriedWithBackoff()
    {
        fake::FaultSettings faults;
        faults.probability = 1.0; // every request fails ...
        faults.applyThenDrop = false;
        m_server->setFaults(faults);
        const auto failed = m_client->getEvent(QStringLiteral("primary"), QStringLiteral("abcde"));
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().isTransient());
        QCOMPARE(m_sleeps.size(), 5); // 6 attempts, 5 waits, bounded
        for (int i = 0; i < m_sleeps.size(); ++i) {
            QVERIFY(m_sleeps[i] >= 0 && m_sleeps[i] <= std::min<qint64>(1000, 100 << i));
        }
        QCOMPARE(m_server->requestCount(), 6);

        faults.probability = 0.5; // ... then about half: retries get through
        faults.seed = 7;
        m_server->setFaults(faults);
        for (int i = 0; i < 10; ++i) {
            const auto r = m_client->insertEvent(
                QStringLiteral("primary"),
                timedEvent(QStringLiteral("ret%1a").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("R"), 9));
            QVERIFY2(r.ok(), qPrintable(r.error().message()));
        }
        QCOMPARE(m_server->liveEvents(QStringLiteral("primary")).size(), 10);
        QVERIFY(m_server->faultCount() > 6);
    }

    void retryAfterIsHonoured()
    {
        fake::FaultSettings faults;
        faults.probability = 1.0;
        faults.serverErrors = false; // only 429 / 403 rate limits, each with Retry-After: 2
        faults.dropConnections = false;
        faults.applyThenDrop = false;
        faults.retryAfterSeconds = 2;
        m_server->setFaults(faults);
        makeClient(3);
        const auto r = m_client->getEvent(QStringLiteral("primary"), QStringLiteral("abcde"));
        QCOMPARE(r.error().detail(), Kind::RateLimited);
        QCOMPARE(r.error().retryAfterSeconds(), std::optional<int>(2));
        // The jittered backoff (<= 200 ms here) is raised to the server's 2 s every time.
        QCOMPARE(m_sleeps, (QList<qint64>{2000, 2000}));
        QCOMPARE(m_server->requestCount(), 3);
    }

    void quotaExceededStopsAtOnce()
    {
        m_server->setQuotaExceeded(true);
        const auto r = m_client->getEvent(QStringLiteral("primary"), QStringLiteral("abcde"));
        QCOMPARE(r.error().detail(), Kind::QuotaExceeded);
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(m_sleeps.isEmpty());
    }

    void expiredAccessTokenIsRefreshedOnce()
    {
        QVERIFY(m_client->listCalendars().ok());
        m_tokens->expireAccessToken();
        const auto r = m_client->listCalendars();
        QVERIFY2(r.ok(), qPrintable(r.error().message()));
        QCOMPARE(m_tokens->refreshCount(), 1);
        QCOMPARE(r->size(), 1);
        QVERIFY(r->first().primary);
    }

    void revokedRefreshTokenIsReconnectNeeded()
    {
        QVERIFY(m_client->listCalendars().ok());
        m_tokens->revokeRefreshToken();
        const auto r = m_client->listCalendars();
        QCOMPARE(r.error().detail(), Kind::ReconnectNeeded);
        QCOMPARE(m_tokens->refreshCount(), 1);
    }

    void unreachableServerIsOffline()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QUrl api = m_server->calendarApi();
        api.setPort(port);
        CalendarClient client(*m_transport, CalendarClient::Options{api, api, 50});
        const auto r = client.getEvent(QStringLiteral("primary"), QStringLiteral("abcde"));
        QCOMPARE(r.error().detail(), Kind::Offline);
        QVERIFY(m_sleeps.isEmpty());
    }

    void freeBusyIgnoresTransparentAndCancelled()
    {
        m_server->phoneCreate(QStringLiteral("primary"), timedEvent({}, QStringLiteral("busy"), 9));
        QJsonObject free = timedEvent({}, QStringLiteral("free"), 12);
        free.insert(QStringLiteral("transparency"), QStringLiteral("transparent"));
        m_server->phoneCreate(QStringLiteral("primary"), free);
        const QJsonObject gone =
            m_server->phoneCreate(QStringLiteral("primary"), timedEvent({}, QStringLiteral("gone"), 14));
        m_server->phoneDelete(QStringLiteral("primary"), gone.value(QLatin1String("id")).toString());
        const auto r = m_client->queryFreeBusy({QStringLiteral("primary")},
                                               QDateTime(QDate(2026, 5, 4), QTime(0, 0), Qt::UTC),
                                               QDateTime(QDate(2026, 5, 5), QTime(0, 0), Qt::UTC));
        QVERIFY2(r.ok(), qPrintable(r.error().message()));
        QVERIFY(r->value(QStringLiteral("primary")).ok());
        const auto busy = r->value(QStringLiteral("primary")).busy;
        QCOMPARE(busy.size(), 1);
        QCOMPARE(busy.first().startUtc, QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC));
        QCOMPARE(busy.first().endUtc, QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC));
    }

    void freeBusyReportsAnUnreadableCalendarBesideTheOthers()
    {
        m_server->phoneCreate(QStringLiteral("primary"), timedEvent({}, QStringLiteral("busy"), 9));
        const auto r =
            m_client->queryFreeBusy({QStringLiteral("primary"), QStringLiteral("nope@example.org")},
                                    QDateTime(QDate(2026, 5, 4), QTime(0, 0), Qt::UTC),
                                    QDateTime(QDate(2026, 5, 5), QTime(0, 0), Qt::UTC));
        QVERIFY2(r.ok(), qPrintable(r.error().message()));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(r->size(), 2);
        QVERIFY(r->value(QStringLiteral("primary")).ok());
        QCOMPARE(r->value(QStringLiteral("primary")).busy.size(), 1);
        QVERIFY(!r->value(QStringLiteral("nope@example.org")).ok());
        QCOMPARE(r->value(QStringLiteral("nope@example.org")).errorReason, QStringLiteral("notFound"));
        QVERIFY(r->value(QStringLiteral("nope@example.org")).busy.isEmpty());
    }

    void freeBusyRangeOverNinetyDaysIsRejected()
    {
        const QDateTime from(QDate(2026, 5, 4), QTime(0, 0), Qt::UTC);
        const auto r = m_client->queryFreeBusy({QStringLiteral("primary")}, from, from.addDays(91));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().detail(), Kind::BadRequest);
        QCOMPARE(r.error().reason(), QStringLiteral("timeRangeTooLong"));
        QVERIFY(m_client->queryFreeBusy({QStringLiteral("primary")}, from, from.addDays(90)).ok());
    }
};

QTEST_GUILESS_MAIN(TestCalendarClient)
#include "tst_calendarclient.moc"
