#include "fakes/clock/SettableClock.h"
#include "services/google/RetryPolicy.h"

#include <QTest>

using namespace slotwise;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

    static Error transient() { return googleErrorFromHttp(503, {}); }

private Q_SLOTS:
    void ceilingDoublesAndIsCapped()
    {
        RetryPolicy policy({1000, 32000, 100, 120000});
        const QList<qint64> expected{1000, 2000, 4000, 8000, 16000, 32000, 32000, 32000};
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(policy.backoffCeilingMs(i + 1), expected[i]);
        }
        // No overflow far out (the classic `2 ^ n` / shift bugs).
        QCOMPARE(policy.backoffCeilingMs(1000000), qint64(32000));
    }

    void fullJitterDrawsFromZeroToCeiling()
    {
        QList<qint64> bounds;
        RetryPolicy policy({1000, 32000, 10, 120000}, [&bounds](qint64 bound) {
            bounds << bound;
            return bound; // the largest allowed value
        });
        QCOMPARE(policy.delayBeforeRetry(1, transient()), std::optional<qint64>(1000));
        QCOMPARE(policy.delayBeforeRetry(3, transient()), std::optional<qint64>(4000));
        QCOMPARE(bounds, (QList<qint64>{1000, 4000}));

        RetryPolicy zero({1000, 32000, 10, 120000}, [](qint64) { return qint64(0); });
        QCOMPARE(zero.delayBeforeRetry(5, transient()), std::optional<qint64>(0));
        // A misbehaving random source cannot push the wait past the ceiling.
        RetryPolicy wild({1000, 32000, 10, 120000}, [](qint64) { return qint64(1) << 40; });
        QCOMPARE(wild.delayBeforeRetry(2, transient()), std::optional<qint64>(2000));
    }

    void attemptsAreBounded()
    {
        RetryPolicy policy({10, 100, 4, 120000}, [](qint64 b) { return b; });
        QVERIFY(policy.delayBeforeRetry(1, transient()).has_value());
        QVERIFY(policy.delayBeforeRetry(3, transient()).has_value());
        QVERIFY(!policy.delayBeforeRetry(4, transient()).has_value());
        QVERIFY(!policy.delayBeforeRetry(400, transient()).has_value());
    }

    void onlyTransientErrorsAreRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<bool>("retried");
        QTest::newRow("429") << 429 << QByteArray("rateLimitExceeded") << true;
        QTest::newRow("403 rate") << 403 << QByteArray("rateLimitExceeded") << true;
        QTest::newRow("403 user rate") << 403 << QByteArray("userRateLimitExceeded") << true;
        QTest::newRow("403 quota") << 403 << QByteArray("quotaExceeded") << false;
        QTest::newRow("403 forbidden") << 403 << QByteArray("forbidden") << false;
        QTest::newRow("500") << 500 << QByteArray("backendError") << true;
        QTest::newRow("502") << 502 << QByteArray() << true;
        QTest::newRow("503") << 503 << QByteArray() << true;
        QTest::newRow("504") << 504 << QByteArray() << true;
        QTest::newRow("400") << 400 << QByteArray("invalid") << false;
        QTest::newRow("401") << 401 << QByteArray("authError") << false;
        QTest::newRow("404") << 404 << QByteArray("notFound") << false;
        QTest::newRow("409") << 409 << QByteArray("duplicate") << false;
        QTest::newRow("412") << 412 << QByteArray("conditionNotMet") << false;
    }
    void onlyTransientErrorsAreRetried()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        QFETCH(bool, retried);
        const QByteArray body = "{\"error\":{\"errors\":[{\"domain\":\"usageLimits\",\"reason\":\"" + reason +
                                "\",\"message\":\"m\"}],\"code\":" + QByteArray::number(status) +
                                ",\"message\":\"m\"}}";
        RetryPolicy policy({10, 100, 5, 120000});
        QCOMPARE(policy.delayBeforeRetry(1, googleErrorFromHttp(status, body)).has_value(), retried);
    }

    void droppedConnectionsAreRetriedButOfflineIsNot()
    {
        RetryPolicy policy({10, 100, 5, 120000});
        QVERIFY(policy.delayBeforeRetry(1, googleTransportError(Error::Detail::ConnectionDropped, {})));
        QVERIFY(!policy.delayBeforeRetry(1, googleTransportError(Error::Detail::Offline, {})));
    }

    void retryAfterIsHonouredAndBounded()
    {
        RetryPolicy policy({1000, 32000, 6, 60000}, [](qint64) { return qint64(10); });
        Error e = googleErrorFromHttp(429, {}, "7");
        QCOMPARE(e.retryAfterSeconds(), std::optional<int>(7));
        QCOMPARE(policy.delayBeforeRetry(1, e), std::optional<qint64>(7000));
        // Longer than the bound: give up this round rather than block it for minutes.
        QVERIFY(!policy.delayBeforeRetry(1, googleErrorFromHttp(429, {}, "3600")).has_value());
        // Garbage is ignored, not trusted.
        QCOMPARE(googleErrorFromHttp(429, {}, "soon").retryAfterSeconds(), std::optional<int>());
        QCOMPARE(googleErrorFromHttp(429, {}, "-5").retryAfterSeconds(), std::optional<int>());
        // An HTTP date counts from the clock's "now" (pinned, so the figure is exact on a slow machine too).
        SettableClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        const QByteArray httpDate = clock.nowUtc().addSecs(30).toString(Qt::RFC2822Date).toLatin1();
        QCOMPARE(parseRetryAfter(httpDate), std::optional<int>(30));
        clock.advanceSeconds(10);
        QCOMPARE(parseRetryAfter(httpDate), std::optional<int>(20));
        // A date already past means "now", not a negative wait.
        clock.advanceSeconds(3600);
        QCOMPARE(parseRetryAfter(httpDate), std::optional<int>(0));
    }

    void defaultScheduleMatchesGoogleGuidance()
    {
        // 1, 2, 4, 8, 16 s ceilings; total worst-case wait stays bounded.
        RetryPolicy policy;
        qint64 total = 0;
        int retries = 0;
        for (int failed = 1;; ++failed) {
            const auto d = RetryPolicy(policy.settings(), [](qint64 b) {
                               return b;
                           }).delayBeforeRetry(failed, transient());
            if (!d) {
                break;
            }
            total += *d;
            ++retries;
        }
        QCOMPARE(retries, policy.settings().maxAttempts - 1);
        QCOMPARE(total, qint64(1000 + 2000 + 4000 + 8000 + 16000));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
