// Choosing the Google calendars checked for busy time: stored at once, the synced one always checked.
#include "services/storage/BusyCalendarRepository.h"
#include "services/storage/BusyTimeRepository.h"
#include "services/storage/Database.h"
#include "services/storage/ProfileRepository.h"
#include "ui/settings/BusyCalendarsWidget.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;

class TestBusyCalendarsWidget : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BusyCalendarRepository> m_busyCalendars;
    QString m_profile;

    static QList<CalendarListEntry> accountCalendars()
    {
        return {{QStringLiteral("ada@example.com"), QStringLiteral("Ada"), true, QStringLiteral("owner")},
                {QStringLiteral("team@group.calendar.google.com"), QStringLiteral("Team"), false,
                 QStringLiteral("reader")},
                {QStringLiteral("room@resource.calendar.google.com"), QStringLiteral("Room 1"), false,
                 QStringLiteral("freeBusyReader")}};
    }
    static QListWidgetItem* itemFor(QListWidget* list, const QString& calendarId)
    {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == calendarId) {
                return list->item(row);
            }
        }
        return nullptr;
    }
    QStringList storedIds() const
    {
        QStringList ids;
        const auto stored = BusyCalendarRepository(*m_db).list(m_profile);
        for (const BusyCalendar& c : stored.value()) {
            ids << c.calendarId;
        }
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::move(
            Database::openSqlite(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()))).value());
        m_busyCalendars = std::make_unique<BusyCalendarRepository>(*m_db);
        m_profile = ProfileRepository(*m_db).create(QStringLiteral("Ada"), {})->id;
    }
    void cleanup()
    {
        m_busyCalendars.reset();
        m_db.reset();
    }

    void syncedCalendarIsCheckedAndFixed()
    {
        BusyCalendarsWidget widget(*m_busyCalendars, m_profile);
        widget.setConnected(true);
        widget.setCalendars(accountCalendars(), QStringLiteral("primary"));
        QCOMPARE(widget.list()->count(), 3);
        QListWidgetItem* primary = itemFor(widget.list(), QStringLiteral("ada@example.com"));
        QVERIFY(primary);
        QCOMPARE(primary->checkState(), Qt::Checked);
        QVERIFY(!(primary->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(primary->text().contains(QStringLiteral("always checked")));
        QCOMPARE(itemFor(widget.list(), QStringLiteral("team@group.calendar.google.com"))->checkState(),
                 Qt::Unchecked);
        QVERIFY(storedIds().isEmpty()); // showing stores nothing
    }

    void tickingStoresAtOnceAndAsksForASync()
    {
        BusyCalendarsWidget widget(*m_busyCalendars, m_profile);
        widget.setConnected(true);
        widget.setCalendars(accountCalendars(), QStringLiteral("primary"));
        QSignalSpy changed(&widget, &BusyCalendarsWidget::busyCalendarsChanged);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));

        // Keyboard: select the room and press space, as a user without a mouse would.
        QListWidgetItem* room = itemFor(widget.list(), QStringLiteral("room@resource.calendar.google.com"));
        widget.list()->setFocus();
        widget.list()->setCurrentItem(room);
        QTest::keyClick(widget.list(), Qt::Key_Space);
        QCOMPARE(room->checkState(), Qt::Checked);
        QCOMPARE(storedIds(), QStringList{QStringLiteral("room@resource.calendar.google.com")});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), m_profile);

        itemFor(widget.list(), QStringLiteral("team@group.calendar.google.com"))->setCheckState(Qt::Checked);
        QCOMPARE(storedIds().size(), 2);
        QCOMPARE(BusyCalendarRepository(*m_db).list(m_profile)->constLast().summary, QStringLiteral("Team"));
        QCOMPARE(changed.count(), 2);
    }

    void untickingDropsTheCalendarsBusyTime()
    {
        const QString team = QStringLiteral("team@group.calendar.google.com");
        QVERIFY(BusyCalendarRepository(*m_db)
                    .replace(m_profile, {{team, QStringLiteral("Team"), {}, {}}}, QStringLiteral("primary"))
                    .ok());
        const QDateTime start(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(
            BusyTimeRepository(*m_db)
                .upsert({m_profile, team, QStringLiteral("fb"), {}, {}, start, start.addSecs(3600), false})
                .ok());

        BusyCalendarsWidget widget(*m_busyCalendars, m_profile);
        widget.setConnected(true);
        widget.setCalendars(accountCalendars(), QStringLiteral("primary"));
        QListWidgetItem* item = itemFor(widget.list(), team);
        QCOMPARE(item->checkState(), Qt::Checked);
        item->setCheckState(Qt::Unchecked);
        QVERIFY(storedIds().isEmpty());
        QCOMPARE(BusyTimeRepository(*m_db).count(m_profile, team).value(), 0);
    }

    void storedChoiceStaysVisibleWhenTheListCannotBeRead()
    {
        const QString gone = QStringLiteral("old@group.calendar.google.com");
        BusyCalendarRepository repo(*m_db);
        QVERIFY(
            repo.replace(m_profile, {{gone, QStringLiteral("Old team"), {}, {}}}, QStringLiteral("primary"))
                .ok());
        QVERIFY(repo.recordRefresh(m_profile, gone, QDateTime::currentDateTimeUtc(),
                                   QStringLiteral("Google does not know this calendar."))
                    .ok());

        BusyCalendarsWidget widget(*m_busyCalendars, m_profile);
        widget.setConnected(true);
        widget.setCalendars({}, QStringLiteral("primary"), QStringLiteral("No network"));
        QCOMPARE(widget.list()->count(), 1);
        QListWidgetItem* item = itemFor(widget.list(), gone);
        QCOMPARE(item->checkState(), Qt::Checked);
        QCOMPARE(item->text(), QStringLiteral("Old team"));
        QVERIFY(widget.statusLabel()->text().contains(QStringLiteral("No network")));
        QVERIFY(widget.statusLabel()->text().contains(QStringLiteral("Old team: Google does not know")));

        // With the list back, a calendar that is no longer in it says so and can be unticked.
        widget.setCalendars(accountCalendars(), QStringLiteral("primary"));
        item = itemFor(widget.list(), gone);
        QVERIFY(item->text().contains(QStringLiteral("not in your calendar list")));
        item->setCheckState(Qt::Unchecked);
        QVERIFY(storedIds().isEmpty());
    }

    void calendarThatBecomesTheSyncedOneLeavesTheExtraList()
    {
        const QString team = QStringLiteral("team@group.calendar.google.com");
        QVERIFY(BusyCalendarRepository(*m_db)
                    .replace(m_profile, {{team, QStringLiteral("Team"), {}, {}}}, QStringLiteral("primary"))
                    .ok());
        BusyCalendarsWidget widget(*m_busyCalendars, m_profile);
        widget.setConnected(true);
        widget.setCalendars(accountCalendars(), QStringLiteral("primary"));
        QSignalSpy changed(&widget, &BusyCalendarsWidget::busyCalendarsChanged);
        widget.setSyncedCalendar(team);
        QVERIFY(storedIds().isEmpty());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!(itemFor(widget.list(), team)->flags() & Qt::ItemIsUserCheckable));
        // The primary calendar is an ordinary choice now.
        QVERIFY(itemFor(widget.list(), QStringLiteral("ada@example.com"))->flags() & Qt::ItemIsUserCheckable);
    }

    void notConnectedShowsWhyNothingCanBeChosen()
    {
        BusyCalendarsWidget widget(*m_busyCalendars, m_profile);
        QVERIFY(!widget.list()->isEnabled());
        QVERIFY(widget.statusLabel()->text().contains(QStringLiteral("Connect Google Calendar")));
    }
};

QTEST_MAIN(TestBusyCalendarsWidget)
#include "tst_busycalendarswidget.moc"
