#include "app/cli/DateTimeArgument.h"

#include <QTest>

using namespace slotwise;

// The CLI's --start/--end/--from/--to values. A fixed zone with daylight saving (Berlin: UTC+1 in winter,
// UTC+2 from 2026-03-29 02:00, when 02:00-03:00 does not exist) keeps the cases independent of this machine.
class TestDateTimeArgument : public QObject
{
    Q_OBJECT
    const QTimeZone m_zone{QByteArrayLiteral("Europe/Berlin")};

    static QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_zone.isValid()) {
            QSKIP("the tz database has no Europe/Berlin");
        }
    }

    void acceptsIsoDatesAndTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("dateOnly");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDateTime>("instant");

        QTest::newRow("date alone: the start of that day in the zone")
            << QStringLiteral("2026-03-02") << true << QDate(2026, 3, 2) << utc(2026, 3, 1, 23, 0);
        QTest::newRow("date alone in summer")
            << QStringLiteral("2026-07-01") << true << QDate(2026, 7, 1) << utc(2026, 6, 30, 22, 0);
        QTest::newRow("with an offset") << QStringLiteral("2026-03-02T09:00+01:00") << false
                                        << QDate(2026, 3, 2) << utc(2026, 3, 2, 8, 0);
        QTest::newRow("in UTC") << QStringLiteral("2026-03-02T08:00Z") << false << QDate(2026, 3, 2)
                                << utc(2026, 3, 2, 8, 0);
        QTest::newRow("lower-case t and z")
            << QStringLiteral("2026-03-02t08:00z") << false << QDate(2026, 3, 2) << utc(2026, 3, 2, 8, 0);
        QTest::newRow("no offset: wall-clock time in the zone")
            << QStringLiteral("2026-03-02T09:00") << false << QDate(2026, 3, 2) << utc(2026, 3, 2, 8, 0);
        QTest::newRow("a space instead of T")
            << QStringLiteral("2026-03-02 09:00") << false << QDate(2026, 3, 2) << utc(2026, 3, 2, 8, 0);
        QTest::newRow("summer time") << QStringLiteral("2026-07-01T09:00") << false << QDate(2026, 7, 1)
                                     << utc(2026, 7, 1, 7, 0);
        QTest::newRow("seconds") << QStringLiteral("2026-03-02T09:00:30") << false << QDate(2026, 3, 2)
                                 << utc(2026, 3, 2, 8, 0, 30);
        QTest::newRow("milliseconds") << QStringLiteral("2026-03-02T09:00:30.250") << false
                                      << QDate(2026, 3, 2) << utc(2026, 3, 2, 8, 0, 30, 250);
        QTest::newRow("surrounding blanks")
            << QStringLiteral("  2026-03-02T09:00  ") << false << QDate(2026, 3, 2) << utc(2026, 3, 2, 8, 0);
        QTest::newRow("the date is the zone's, not the offset's")
            << QStringLiteral("2026-03-02T23:30-05:00") << false << QDate(2026, 3, 3)
            << utc(2026, 3, 3, 4, 30);
        QTest::newRow("the hour after the gap")
            << QStringLiteral("2026-03-29T03:00") << false << QDate(2026, 3, 29) << utc(2026, 3, 29, 1, 0);
    }

    void acceptsIsoDatesAndTimes()
    {
        QFETCH(QString, text);
        QFETCH(bool, dateOnly);
        QFETCH(QDate, date);
        QFETCH(QDateTime, instant);
        const auto parsed = DateTimeArgument::parse(QStringLiteral("--start"), text, m_zone);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QCOMPARE(parsed.value().isDateOnly(), dateOnly);
        QCOMPARE(parsed.value().date(), date);
        QCOMPARE(parsed.value().dateTime().toUTC(), instant);
    }

    void refusesWhatIsNotADateOrTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("a year alone") << QStringLiteral("2026");
        QTest::newRow("a word") << QStringLiteral("tomorrow");
        QTest::newRow("no leading zeros") << QStringLiteral("2026-3-2");
        QTest::newRow("no such day") << QStringLiteral("2026-02-30");
        QTest::newRow("no such month") << QStringLiteral("2026-13-01");
        QTest::newRow("hour 24") << QStringLiteral("2026-03-02T24:00");
        QTest::newRow("a one-digit hour") << QStringLiteral("2026-03-02T9:00");
        QTest::newRow("minute 60") << QStringLiteral("2026-03-02T09:60");
        QTest::newRow("a one-digit offset") << QStringLiteral("2026-03-02T09:00+1");
        QTest::newRow("four fraction digits") << QStringLiteral("2026-03-02T09:00:00.1234");
        QTest::newRow("a date with a trailing T") << QStringLiteral("2026-03-02T");
        QTest::newRow("day first") << QStringLiteral("02.03.2026");
    }

    void refusesWhatIsNotADateOrTime()
    {
        QFETCH(QString, text);
        const auto parsed = DateTimeArgument::parse(QStringLiteral("--from"), text, m_zone);
        QVERIFY(!parsed.ok());
        // The message names the flag and the value, and shows the accepted format.
        QVERIFY(parsed.error().message().contains(QLatin1String("--from")));
        QVERIFY(parsed.error().message().contains(text));
        QVERIFY(parsed.error().message().contains(DateTimeArgument::formatHint()));
    }

    void refusesATimeSkippedByDaylightSaving()
    {
        const QString text = QStringLiteral("2026-03-29T02:30");
        const auto parsed = DateTimeArgument::parse(QStringLiteral("--end"), text, m_zone);
        QVERIFY(!parsed.ok());
        // Its own message: the format is fine, the time does not exist in this zone.
        QVERIFY(parsed.error().message().contains(QLatin1String("--end")));
        QVERIFY(parsed.error().message().contains(text));
        QVERIFY(parsed.error().message().contains(QLatin1String("Europe/Berlin")));
        QVERIFY(!parsed.error().message().contains(DateTimeArgument::formatHint()));
        // With an explicit offset the same wall-clock time is a real instant.
        QVERIFY(
            DateTimeArgument::parse(QStringLiteral("--end"), text + QStringLiteral("+01:00"), m_zone).ok());
    }
};

QTEST_GUILESS_MAIN(TestDateTimeArgument)
#include "tst_datetimeargument.moc"
