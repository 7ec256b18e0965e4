#include "services/google/GoogleError.h"

#include <QTest>

using namespace slotwise;
using Kind = Error::Detail;

Q_DECLARE_METATYPE(slotwise::Error::Detail)

class TestError : public QObject
{
    Q_OBJECT

    static QByteArray body(int code, const char* reason, const char* message)
    {
        return "{\"error\":{\"errors\":[{\"domain\":\"global\",\"reason\":\"" + QByteArray(reason) +
               "\",\"message\":\"" + QByteArray(message) + "\"}],\"code\":" + QByteArray::number(code) +
               ",\"message\":\"" + QByteArray(message) + "\"}}";
    }

private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("401") << 401 << body(401, "authError", "Invalid Credentials") << Kind::Unauthorized;
        QTest::newRow("403 rate") << 403 << body(403, "rateLimitExceeded", "Rate Limit Exceeded")
                                  << Kind::RateLimited;
        QTest::newRow("403 user rate") << 403 << body(403, "userRateLimitExceeded", "x") << Kind::RateLimited;
        QTest::newRow("403 quota") << 403 << body(403, "quotaExceeded", "x") << Kind::QuotaExceeded;
        QTest::newRow("403 other") << 403 << body(403, "forbiddenForNonOrganizer", "x") << Kind::Forbidden;
        QTest::newRow("429") << 429 << QByteArray() << Kind::RateLimited;
        QTest::newRow("404") << 404 << body(404, "notFound", "Not Found") << Kind::GoogleNotFound;
        QTest::newRow("409") << 409 << body(409, "duplicate", "The requested identifier already exists.")
                             << Kind::Duplicate;
        QTest::newRow("410 sync") << 410 << body(410, "fullSyncRequired", "Sync token is no longer valid")
                                  << Kind::FullSyncRequired;
        QTest::newRow("410 deleted") << 410 << body(410, "deleted", "Resource has been deleted")
                                     << Kind::Gone;
        QTest::newRow("400 sync token")
            << 400 << body(400, "invalid", "Invalid sync token value.") << Kind::FullSyncRequired;
        QTest::newRow("400 other") << 400 << body(400, "invalid", "Invalid value") << Kind::BadRequest;
        QTest::newRow("412") << 412 << body(412, "conditionNotMet", "Precondition Failed")
                             << Kind::PreconditionFailed;
        QTest::newRow("500") << 500 << QByteArray("<html>oops</html>") << Kind::ServerError;
        QTest::newRow("502") << 502 << QByteArray() << Kind::ServerError;
        QTest::newRow("504") << 504 << QByteArray("{") << Kind::ServerError;
        QTest::newRow("418") << 418 << QByteArray("[]") << Kind::OtherHttp;
        QTest::newRow("200") << 200 << QByteArray("{}") << Kind::None;
    }
    void classifies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        const Error e = googleErrorFromHttp(status, body);
        QCOMPARE(e.detail(), kind);
        if (kind != Kind::None) {
            QCOMPARE(e.kind(), Error::Kind::GoogleApi);
            QCOMPARE(e.httpStatus(), status);
            QVERIFY(!e.technicalDetail().isEmpty());
            QVERIFY(!e.message().isEmpty());
        } else {
            QVERIFY(!e.isError());
        }
    }

    void keepsReasonAndMessage()
    {
        const Error e =
            googleErrorFromHttp(403, body(403, "quotaExceeded", "Calendar usage limits exceeded."));
        QCOMPARE(e.reason(), QStringLiteral("quotaExceeded"));
        QCOMPARE(e.technicalDetail(), QStringLiteral("Calendar usage limits exceeded."));
        QVERIFY(!e.isTransient());
    }

    void hostileBodiesDoNotCrash()
    {
        for (const QByteArray& b : {QByteArray("{\"error\":5}"), QByteArray("{\"error\":{\"errors\":\"x\"}}"),
                                    QByteArray("{\"error\":{\"errors\":[7]}}"), QByteArray(1 << 16, '{')}) {
            const Error e = googleErrorFromHttp(403, b);
            QCOMPARE(e.detail(), Kind::Forbidden);
        }
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_googleapierror.moc"
