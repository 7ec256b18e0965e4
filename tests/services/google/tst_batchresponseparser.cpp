#include "services/google/BatchRequestBuilder.h"
#include "services/google/BatchResponseParser.h"

#include <QTest>

using namespace slotwise;

class TestBatchResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesMixedStatuses()
    {
        // Shape as Google sends it (CRLF, Content-ID echoing the request's, a part without body).
        const QByteArray body =
            "--batch_abc\r\n"
            "Content-Type: application/http\r\n"
            "Content-ID: <response-item-1>\r\n\r\n"
            "HTTP/1.1 409 Conflict\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n"
            "{\"error\":{\"errors\":[{\"domain\":\"global\",\"reason\":\"duplicate\"}],\"code\":409}}\r\n"
            "--batch_abc\r\n"
            "Content-Type: application/http\r\n"
            "Content-ID: <response-item-0>\r\n\r\n"
            "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\nETag: \"1\"\r\n\r\n"
            "{\"id\":\"abcde\"}\r\n"
            "--batch_abc\r\n"
            "Content-Type: application/http\r\n"
            "Content-ID: <response-item-2>\r\n\r\n"
            "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n\r\n"
            "--batch_abc--\r\n";
        const auto parsed = BatchResponseParser::parse("multipart/mixed; boundary=batch_abc", body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QCOMPARE(parsed->size(), 3);
        QCOMPARE(parsed->at(0).index, 1);
        QCOMPARE(parsed->at(0).status, 409);
        QVERIFY(parsed->at(0).body.contains("duplicate"));
        QCOMPARE(parsed->at(1).index, 0);
        QCOMPARE(parsed->at(1).status, 200);
        QCOMPARE(parsed->at(1).headers.value("etag"), QByteArray("\"1\""));
        QCOMPARE(parsed->at(1).body, QByteArray("{\"id\":\"abcde\"}"));
        QCOMPARE(parsed->at(2).status, 204);
        QVERIFY(parsed->at(2).body.isEmpty());
    }

    void quotedBoundaryAndBareLf()
    {
        const QByteArray body = "preamble\n--b1\nContent-Type: application/http\n\nHTTP/1.1 503 Service "
                                "Unavailable\n\n{}\n--b1--\n";
        const auto parsed = BatchResponseParser::parse("multipart/mixed; boundary=\"b1\"", body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->at(0).status, 503);
        QCOMPARE(parsed->at(0).index, 0);
    }

    void rejectsBrokenReplies_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not multipart") << QByteArray("application/json") << QByteArray("{}");
        QTest::newRow("no boundary") << QByteArray("multipart/mixed") << QByteArray("--x\r\n");
        QTest::newRow("no parts") << QByteArray("multipart/mixed; boundary=x") << QByteArray("hello");
        QTest::newRow("unterminated")
            << QByteArray("multipart/mixed; boundary=x")
            << QByteArray("--x\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 200 OK\r\n\r\n{}");
        QTest::newRow("not http") << QByteArray("multipart/mixed; boundary=x")
                                  << QByteArray(
                                         "--x\r\nContent-Type: application/http\r\n\r\nhello\r\n\r\n--x--");
        QTest::newRow("bad status") << QByteArray("multipart/mixed; boundary=x")
                                    << QByteArray("--x\r\n\r\nHTTP/1.1 abc OK\r\n\r\n\r\n--x--");
        QTest::newRow("status out of range") << QByteArray("multipart/mixed; boundary=x")
                                             << QByteArray("--x\r\n\r\nHTTP/1.1 9999 OK\r\n\r\n\r\n--x--");
        QTest::newRow("no header end")
            << QByteArray("multipart/mixed; boundary=x") << QByteArray("--x\r\nabc--x--");
    }
    void rejectsBrokenReplies()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        const auto parsed = BatchResponseParser::parse(contentType, body);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().detail(), Error::Detail::InvalidReply);
    }

    void builderOutputIsWellFormed()
    {
        BatchRequestBuilder builder("bnd");
        builder.add(
            {"POST", "/calendar/v3/calendars/primary/events?sendUpdates=none", "{\"id\":\"abcde\"}", {}});
        builder.add({"DELETE", "/calendar/v3/calendars/primary/events/abcde", {}, {{"If-Match", "\"7\""}}});
        QCOMPARE(builder.size(), 2);
        QCOMPARE(builder.contentType(), QByteArray("multipart/mixed; boundary=bnd"));
        const QByteArray body = builder.body();
        QVERIFY(
            body.startsWith("--bnd\r\nContent-Type: application/http\r\nContent-ID: <item-0>\r\n\r\nPOST "));
        QVERIFY(body.contains("Content-ID: <item-1>\r\n\r\nDELETE "
                              "/calendar/v3/calendars/primary/events/abcde HTTP/1.1\r\nIf-Match: \"7\"\r\n"));
        QVERIFY(body.contains("Content-Length: 14\r\n\r\n{\"id\":\"abcde\"}\r\n"));
        QVERIFY(body.endsWith("--bnd--\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestBatchResponseParser)
#include "tst_batchresponseparser.moc"
