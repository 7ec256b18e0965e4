#include "fakes/clock/SettableClock.h"
#include "SyncTestFixture.h"

#include "services/storage/BusyCalendarRepository.h"
#include "services/storage/BusyTimeRepository.h"
#include "services/sync/FreeBusyRefresher.h"

using namespace slotwise;
using slotwise::testing::SyncTestFixture;

namespace {

const QString kTeam = QStringLiteral("team@example.org");
const QString kRoom = QStringLiteral("room1@resource.example.org");
const QString kGone = QStringLiteral("gone@example.org"); // not known to the fake: freeBusy says notFound
const QDateTime kNow(QDate(2026, 6, 1), QTime(8, 15), Qt::UTC);

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, minute), Qt::UTC);
}

QJsonObject googleEvent(const QString& summary, const QDateTime& start, const QDateTime& end)
{
    return QJsonObject{
        {QStringLiteral("summary"), summary},
        {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), start.toString(Qt::ISODate)}}},
        {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), end.toString(Qt::ISODate)}}}};
}

} // namespace

class TestFreeBusyRefresher : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestFixture> f;

    // The near part only, unless `farHorizonDays` is given.
    FreeBusyRefresher::Report refresh(int horizonDays = 56, int farHorizonDays = 0,
                                      const QDateTime& now = kNow)
    {
        FreeBusyRefresher::Options options;
        options.horizonDays = horizonDays;
        options.farHorizonDays = farHorizonDays;
        const SettableClock clock(now);
        return FreeBusyRefresher(*f->db, *f->client, f->profileId, QStringLiteral("primary"), options)
            .refresh();
    }

    void choose(const QStringList& ids)
    {
        QList<BusyCalendar> list;
        for (const QString& id : ids) {
            list << BusyCalendar{id,
                                 id == kTeam   ? QStringLiteral("Team")
                                 : id == kRoom ? QStringLiteral("Room 1")
                                               : QStringLiteral("Gone"),
                                 {},
                                 {}};
        }
        QVERIFY(BusyCalendarRepository(*f->db).replace(f->profileId, list, QStringLiteral("primary")).ok());
    }

    QList<BusyBlock> blocksOf(const QString& calendarId) const
    {
        const auto all =
            BusyTimeRepository(*f->db).inRange(f->profileId, at(1, 0).addYears(-1), at(1, 0).addYears(1));
        QList<BusyBlock> out;
        for (const BusyBlock& b : all.value()) {
            if (b.calendarId == calendarId) {
                out << b;
            }
        }
        return out;
    }

    BusyCalendar chosen(const QString& id) const
    {
        const auto all = BusyCalendarRepository(*f->db).list(f->profileId);
        for (const BusyCalendar& c : all.value()) {
            if (c.calendarId == id) {
                return c;
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(slotwise::testing::TestDatabases::shared()); }
    void init()
    {
        f = std::make_unique<SyncTestFixture>();
        QVERIFY(f->setUp(QString::fromLatin1(QTest::currentTestFunction())));
        f->server->addCalendar(kTeam, QStringLiteral("Team"));
        f->server->addCalendar(kRoom, QStringLiteral("Room 1"));
    }
    void cleanup() { f.reset(); }

    void nothingChosenSendsNothing()
    {
        const auto r = refresh();
        QVERIFY(r.ok());
        QCOMPARE(r.requests, 0);
        QCOMPARE(f->server->requestCount(), 0);
    }

    void twoCalendarsInOneRequest()
    {
        f->server->phoneCreate(kTeam, googleEvent(QStringLiteral("Standup"), at(2, 9), at(2, 10)));
        f->server->phoneCreate(kTeam, googleEvent(QStringLiteral("Review"), at(3, 14), at(3, 15, 30)));
        f->server->phoneCreate(kRoom, googleEvent(QStringLiteral("Booked"), at(2, 11), at(2, 12)));
        // Not chosen: never read.
        f->server->phoneCreate(QStringLiteral("primary"),
                               googleEvent(QStringLiteral("Mine"), at(2, 8), at(2, 9)));
        choose({kTeam, kRoom});
        const auto r = refresh();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.requests, 1);
        QCOMPARE(f->server->requestCount(), 1);
        QCOMPARE(r.calendarsRefreshed, 2);
        QCOMPARE(r.blocksChanged, 3);
        QVERIFY(r.problems.isEmpty());

        const QList<BusyBlock> team = blocksOf(kTeam);
        QCOMPARE(team.size(), 2);
        QCOMPARE(team.at(0).startUtc, at(2, 9));
        QCOMPARE(team.at(0).endUtc, at(2, 10));
        QCOMPARE(team.at(0).title, QStringLiteral("Team")); // freeBusy carries no titles
        QCOMPARE(team.at(1).startUtc, at(3, 14));
        QCOMPARE(team.at(1).endUtc, at(3, 15, 30));
        QCOMPARE(blocksOf(kRoom).size(), 1);
        QCOMPARE(blocksOf(kRoom).first().title, QStringLiteral("Room 1"));
        QVERIFY(blocksOf(QStringLiteral("primary")).isEmpty());
        QVERIFY(chosen(kTeam).refreshedUtc.isValid());
        QVERIFY(chosen(kTeam).lastError.isEmpty());
        QVERIFY(chosen(kRoom).refreshedUtc.isValid());

        // Nothing changed in Google: nothing changes here, still one request.
        f->server->resetCounters();
        const auto again = refresh();
        QVERIFY(again.ok());
        QCOMPARE(again.blocksChanged, 0);
        QCOMPARE(f->server->requestCount(), 1);
        QCOMPARE(blocksOf(kTeam), team);
    }

    void movedAndDeletedEventsLeaveTheCache()
    {
        const QJsonObject moved =
            f->server->phoneCreate(kTeam, googleEvent(QStringLiteral("Moved"), at(2, 9), at(2, 10)));
        const QJsonObject deleted =
            f->server->phoneCreate(kTeam, googleEvent(QStringLiteral("Deleted"), at(4, 9), at(4, 10)));
        f->server->phoneCreate(kTeam, googleEvent(QStringLiteral("Kept"), at(5, 9), at(5, 10)));
        choose({kTeam});
        QVERIFY(refresh().ok());
        QCOMPARE(blocksOf(kTeam).size(), 3);

        f->server->phoneUpdate(
            kTeam, moved.value(QLatin1String("id")).toString(),
            QJsonObject{{QStringLiteral("start"),
                         QJsonObject{{QStringLiteral("dateTime"), at(2, 16).toString(Qt::ISODate)}}},
                        {QStringLiteral("end"),
                         QJsonObject{{QStringLiteral("dateTime"), at(2, 17).toString(Qt::ISODate)}}}});
        f->server->phoneDelete(kTeam, deleted.value(QLatin1String("id")).toString());
        const auto r = refresh();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.blocksChanged, 3); // moved: one gone, one new; deleted: one gone
        const QList<BusyBlock> team = blocksOf(kTeam);
        QCOMPARE(team.size(), 2);
        QCOMPARE(team.at(0).startUtc, at(2, 16));
        QCOMPARE(team.at(0).endUtc, at(2, 17));
        QCOMPARE(team.at(1).startUtc, at(5, 9));
    }

    void blocksBeforeTheWindowAreDropped()
    {
        choose({kTeam});
        BusyBlock old{f->profileId,
                      kTeam,
                      QStringLiteral("freebusy:1-2"),
                      {},
                      QStringLiteral("Team"),
                      at(1, 9).addDays(-10),
                      at(1, 10).addDays(-10),
                      false};
        QVERIFY(BusyTimeRepository(*f->db).upsert(old).ok());
        QVERIFY(refresh().ok());
        QVERIFY(blocksOf(kTeam).isEmpty());
    }

    void unreadableCalendarKeepsItsBlocksAndSaysWhy()
    {
        f->server->phoneCreate(kTeam, googleEvent(QStringLiteral("Standup"), at(2, 9), at(2, 10)));
        choose({kTeam, kGone});
        const BusyBlock cached{
            f->profileId, kGone, QStringLiteral("freebusy:x"), {}, QStringLiteral("Gone"), at(3, 9),
            at(3, 10),    false};
        QVERIFY(BusyTimeRepository(*f->db).upsert(cached).ok());
        const QDateTime lastGood(QDate(2026, 5, 30), QTime(7, 0), Qt::UTC);
        QVERIFY(BusyCalendarRepository(*f->db).recordRefresh(f->profileId, kGone, lastGood, {}).ok());

        const auto r = refresh();
        QVERIFY2(r.ok(), qPrintable(r.message)); // the request worked; one calendar in it did not
        QCOMPARE(r.requests, 1);
        QCOMPARE(r.calendarsRefreshed, 1);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().contains(QLatin1String("\"Gone\"")), qPrintable(r.problems.first()));
        QVERIFY2(r.problems.first().contains(QLatin1String("does not exist or is not shared")),
                 qPrintable(r.problems.first()));
        QCOMPARE(blocksOf(kGone), QList<BusyBlock>{cached});
        // The settings list names the calendar beside it: the stored reason does not repeat the name.
        QCOMPARE(chosen(kGone).lastError,
                 QStringLiteral("Could not be read: the calendar does not exist or is not shared with this "
                                "Google account"));
        QCOMPARE(chosen(kGone).refreshedUtc, lastGood); // the cached blocks are that old
        QCOMPARE(blocksOf(kTeam).size(), 1);
        QVERIFY(chosen(kTeam).lastError.isEmpty());
    }

    void offlineKeepsEverything()
    {
        f->server->phoneCreate(kTeam, googleEvent(QStringLiteral("Standup"), at(2, 9), at(2, 10)));
        choose({kTeam});
        QVERIFY(refresh().ok());
        const BusyCalendar before = chosen(kTeam);
        f->server.reset(); // nothing listens on the port any more
        const auto r = refresh();
        QVERIFY(!r.ok());
        QCOMPARE(r.error.detail(), Error::Detail::Offline);
        QVERIFY(!r.message.isEmpty());
        QCOMPARE(r.calendarsRefreshed, 0);
        QCOMPARE(blocksOf(kTeam).size(), 1);
        QCOMPARE(chosen(kTeam), before);
    }

    void transparentAndCancelledEventsAreNotBusy()
    {
        QJsonObject free = googleEvent(QStringLiteral("Free"), at(2, 9), at(2, 10));
        free.insert(QStringLiteral("transparency"), QStringLiteral("transparent"));
        f->server->phoneCreate(kTeam, free);
        const QJsonObject gone =
            f->server->phoneCreate(kTeam, googleEvent(QStringLiteral("Gone"), at(2, 11), at(2, 12)));
        f->server->phoneDelete(kTeam, gone.value(QLatin1String("id")).toString());
        f->server->phoneCreate(kTeam, googleEvent(QStringLiteral("Busy"), at(2, 14), at(2, 15)));
        choose({kTeam});
        QVERIFY(refresh().ok());
        const QList<BusyBlock> team = blocksOf(kTeam);
        QCOMPARE(team.size(), 1);
        QCOMPARE(team.first().startUtc, at(2, 14));
    }

    void windowStaysWithinGooglesLimit()
    {
        // Far beyond the window: not read. A horizon too long for Google is cut down, not sent.
        f->server->phoneCreate(
            kTeam, googleEvent(QStringLiteral("Later"), at(1, 9).addDays(70), at(1, 10).addDays(70)));
        choose({kTeam});
        auto r = refresh();
        QVERIFY(r.ok());
        QVERIFY(blocksOf(kTeam).isEmpty());
        r = refresh(365);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(blocksOf(kTeam).size(), 1);
    }

    void farPartIsReadOnceADayInWindowsGoogleAccepts()
    {
        f->server->phoneCreate(kTeam, googleEvent(QStringLiteral("Soon"), at(2, 9), at(2, 10)));
        const QDateTime later = at(1, 9).addDays(200);
        const QString laterId =
            f->server->phoneCreate(kTeam, googleEvent(QStringLiteral("Later"), later, later.addSecs(3600)))
                .value(QStringLiteral("id"))
                .toString();
        choose({kTeam});

        // First time: the near weeks (1 request) and the rest of the year in windows of at most 89 days
        // (56 -> 365 = 4 requests; the fake refuses anything longer, as Google does).
        auto r = refresh(56, 365);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.requests, 5);
        QCOMPARE(blocksOf(kTeam).size(), 2);
        QCOMPARE(blocksOf(kTeam).constLast().startUtc, later);

        // Within the day: the near part only, and the far blocks stay.
        f->server->resetCounters();
        r = refresh(56, 365, kNow.addSecs(3600));
        QVERIFY(r.ok());
        QCOMPARE(r.requests, 1);
        QCOMPARE(r.blocksChanged, 0);
        QCOMPARE(blocksOf(kTeam).size(), 2);

        // A day later the far part is read again and sees the move made in Google meanwhile.
        f->server->phoneUpdate(
            kTeam, laterId,
            googleEvent(QStringLiteral("Later"), later.addDays(1), later.addDays(1).addSecs(3600)));
        r = refresh(56, 365, kNow.addSecs(25 * 3600));
        QVERIFY(r.ok());
        QCOMPARE(r.requests, 5);
        QCOMPARE(blocksOf(kTeam).size(), 2);
        QCOMPARE(blocksOf(kTeam).constLast().startUtc, later.addDays(1));
    }

    void farPartSkipsCalendarsGoogleCouldNotRead()
    {
        choose({kTeam, kGone});
        const auto r = refresh(56, 365);
        QVERIFY(r.ok());
        QCOMPARE(r.problems.size(), 1); // reported once, not once per window
        QVERIFY(r.problems.first().contains(QStringLiteral("Gone")));
        QVERIFY(chosen(kGone).lastError.startsWith(QStringLiteral("Could not be read: ")));
        // The unreadable calendar does not make the far part due again within the day.
        const auto again = refresh(56, 365, kNow.addSecs(3600));
        QCOMPARE(again.requests, 1);
    }

    void moreThanFiftyCalendarsTakeTwoRequests()
    {
        QStringList ids;
        for (int i = 0; i < 51; ++i) {
            const QString id = QStringLiteral("c%1@example.org").arg(i);
            f->server->addCalendar(id, id);
            f->server->phoneCreate(id, googleEvent(QStringLiteral("Busy"), at(2, 9), at(2, 10)));
            ids << id;
        }
        QList<BusyCalendar> list;
        for (const QString& id : ids) {
            list << BusyCalendar{id, id, {}, {}};
        }
        QVERIFY(BusyCalendarRepository(*f->db).replace(f->profileId, list, QStringLiteral("primary")).ok());
        const auto r = refresh();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.requests, 2);
        QCOMPARE(r.calendarsRefreshed, 51);
        QCOMPARE(BusyTimeRepository(*f->db).count(f->profileId).value(), 51);
    }
};

QTEST_GUILESS_MAIN(TestFreeBusyRefresher)
#include "tst_freebusyrefresher.moc"
