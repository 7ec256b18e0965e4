#include "services/ics/CalendarImport.h"

#include "IcsTestData.h"
#include "services/AppointmentBook.h"
#include "services/ics/CalendarExport.h"
#include "services/ics/CalendarFileReader.h"
#include "services/storage/Database.h"
#include "services/storage/OutboxRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;

namespace {
using Action = ImportPlan::Action;
const QTimeZone kBerlin("Europe/Berlin");
const QDateTime kFrom(QDate(1990, 1, 1), QTime(0, 0), Qt::UTC);
const QDateTime kTo(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
} // namespace

// Importing calendar files into a real database: classify, store all or nothing, through the outbox.
class TestCalendarImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppointmentBook> m_book;
    Profile m_profile;

    QList<Appointment> stored(const QString& profileId = {}) const
    {
        return m_book->inRange(profileId.isEmpty() ? m_profile.id : profileId, kFrom, kTo, true).value();
    }
    int outboxRows() const { return OutboxRepository(*m_db).pendingCount(m_profile.id).value(); }

    ImportPlan planned(const QString& fixture, const QString& profileId = {})
    {
        auto plan = CalendarImport::planFile(*m_book, profileId.isEmpty() ? m_profile.id : profileId,
                                             icsFixture(fixture), kBerlin);
        if (!plan) {
            qWarning("%s", qPrintable(plan.error().message()));
            return {};
        }
        return plan.value();
    }

    ImportPlan imported(const QString& fixture)
    {
        ImportPlan plan = planned(fixture);
        const Status applied = CalendarImport::apply(*m_book, plan);
        if (!applied) {
            qWarning("%s", qPrintable(applied.error().message()));
        }
        return plan;
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>(); // one per test row
        auto db = Database::openSqlite(m_tmp->filePath(QStringLiteral("slotwise.db")));
        QVERIFY2(db, qPrintable(db.error().message()));
        m_db = std::move(db).value();
        m_book = std::make_unique<AppointmentBook>(*m_db);
        m_profile = m_book->createProfile(QStringLiteral("Dr. Ada"), {}).value();
    }
    void cleanup()
    {
        m_book.reset();
        m_db.reset();
        m_tmp.reset();
    }

    void importAddsEventsThroughTheOutboxInOneChange()
    {
        const QSignalSpy changed(m_book.get(), &AppointmentBook::appointmentsChanged);
        const ImportPlan plan = imported(QStringLiteral("google.ics"));
        // Massage, Physiotherapie, the Easter closure; the cancelled one and the moved occurrence stay out.
        QCOMPARE(plan.count(Action::Add), 3);
        QCOMPARE(plan.count(Action::Skip), 2);
        QCOMPARE(plan.items.at(3).reason, ImportSkipReason::CancelledInFile);
        QCOMPARE(plan.items.at(4).reason, ImportSkipReason::Recurring);
        QCOMPARE(stored().size(), 3);
        QCOMPARE(outboxRows(), 3); // each goes to Google like any booking
        QCOMPARE(changed.count(), 1);
        QVERIFY(!plan.items.at(0).appointment.id.isEmpty()); // apply() hands back the new ids
        QCOMPARE(m_book->find(plan.items.at(0).appointment.id)->title, QStringLiteral("Massage"));
    }

    void importingTheSameFileTwiceAddsNothing()
    {
        imported(QStringLiteral("outlook.ics"));
        const int rows = outboxRows();
        QCOMPARE(stored().size(), 2);
        const QSignalSpy changed(m_book.get(), &AppointmentBook::appointmentsChanged);
        const ImportPlan again = imported(QStringLiteral("outlook.ics"));
        QCOMPARE(again.count(Action::Add), 0);
        QCOMPARE(again.count(Action::Update), 0);
        QCOMPARE(again.items.at(0).reason, ImportSkipReason::Unchanged);
        QCOMPARE(again.items.at(2).reason, ImportSkipReason::Recurring);
        QCOMPARE(stored().size(), 2);
        QCOMPARE(outboxRows(), rows);
        QCOMPARE(changed.count(), 0);
    }

    void theSameUidChangedInTheFileUpdatesAndKeepsTheClient()
    {
        imported(QStringLiteral("outlook.ics"));
        Appointment local = stored().at(0);
        local.clientName = QStringLiteral("Jürgen Weiß"); // added here after the import
        local = m_book->update(local).value();

        QByteArray moved = readIcsFixture(QStringLiteral("outlook.ics"));
        moved.replace("20260302T093000", "20260302T103000").replace("20260302T100000", "20260302T110000");
        ImportPlan plan = CalendarImport::plan(*m_book, m_profile.id, moved, kBerlin).value();
        QCOMPARE(plan.count(Action::Update), 1);
        QCOMPARE(plan.count(Action::Add), 0);
        QVERIFY(CalendarImport::apply(*m_book, plan));
        const Appointment after = m_book->find(local.id).value();
        QCOMPARE(after.startUtc, QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
        QCOMPARE(after.clientName, QStringLiteral("Jürgen Weiß")); // the file has no client: kept
        QCOMPARE(after.revision, local.revision + 1);
    }

    void aCancellationInTheFileCancelsWhatWasImported()
    {
        imported(QStringLiteral("google.ics"));
        QByteArray cancelled = readIcsFixture(QStringLiteral("google.ics"));
        cancelled.replace("STATUS:CONFIRMED\r\nSUMMARY:Massage", "STATUS:CANCELLED\r\nSUMMARY:Massage");
        ImportPlan plan = CalendarImport::plan(*m_book, m_profile.id, cancelled, kBerlin).value();
        QCOMPARE(plan.count(Action::Update), 1);
        QVERIFY(CalendarImport::apply(*m_book, plan));
        QVERIFY(plan.items.at(0).appointment.isCancelled());
        QCOMPARE(m_book->inRange(m_profile.id, kFrom, kTo).value().size(), 2);
    }

    void exportedAndImportedBackChangesNothing()
    {
        imported(QStringLiteral("outlook.ics"));
        imported(QStringLiteral("google.ics"));
        Appointment own;
        own.profileId = m_profile.id;
        own.title = QStringLiteral("Booked here");
        own.clientName = QStringLiteral("Bo Berg");
        own.clientPhone = QStringLiteral("+46 70 123 45 67");
        own.startUtc = QDateTime(QDate(2026, 5, 4), QTime(7, 0), Qt::UTC);
        own.endUtc = own.startUtc.addSecs(1800);
        own.timeZoneId = QStringLiteral("Europe/Berlin");
        QVERIFY(m_book->book(own));
        const QList<Appointment> before = stored();
        QCOMPARE(before.size(), 6);

        const auto file = CalendarExport::build(*m_book, m_profile, {});
        QVERIFY(file);
        QCOMPARE(file->appointmentCount, 6);
        // Into the same profile: every UID is known (imported ones by their file's UID, own by id).
        ImportPlan same = CalendarImport::plan(*m_book, m_profile.id, file->data, kBerlin).value();
        QCOMPARE(same.count(Action::Skip), 6);
        for (const auto& item : same.items) {
            QCOMPARE(item.reason, ImportSkipReason::Unchanged);
        }
        // Into another profile: six new appointments with the same content.
        const Profile other = m_book->createProfile(QStringLiteral("Other"), {}).value();
        ImportPlan copy = CalendarImport::plan(*m_book, other.id, file->data, kBerlin).value();
        QCOMPARE(copy.count(Action::Add), 6);
        QVERIFY(CalendarImport::apply(*m_book, copy));
        const QList<Appointment> copied = stored(other.id);
        QCOMPARE(copied.size(), 6);
        for (qsizetype i = 0; i < before.size(); ++i) {
            QVERIFY(copied.at(i).id != before.at(i).id);
            QCOMPARE(copied.at(i).title, before.at(i).title);
            QCOMPARE(copied.at(i).clientName, before.at(i).clientName);
            QCOMPARE(copied.at(i).clientPhone, before.at(i).clientPhone);
            QCOMPARE(copied.at(i).notes, before.at(i).notes);
            QCOMPARE(copied.at(i).startUtc, before.at(i).startUtc);
            QCOMPARE(copied.at(i).endUtc, before.at(i).endUtc);
            QCOMPARE(copied.at(i).allDay, before.at(i).allDay);
            QCOMPARE(copied.at(i).timeZoneId, before.at(i).timeZoneId);
        }
        // ... and that copy, imported again, adds nothing either.
        QCOMPARE(CalendarImport::plan(*m_book, other.id, file->data, kBerlin)->count(Action::Add), 0);
    }

    void exportOfARangeOrChosenAppointments()
    {
        imported(QStringLiteral("google.ics"));
        const QList<Appointment> all = stored();
        ExportSelection march;
        march.fromUtc = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        march.toUtc = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(CalendarExport::build(*m_book, m_profile, march)->appointmentCount, 1);
        ExportSelection chosen;
        chosen.ids = {all.at(1).id, all.at(0).id}; // the Easter closure and the massage
        const auto file = CalendarExport::build(*m_book, m_profile, chosen);
        QCOMPARE(file->appointmentCount, 2);
        QVERIFY(file->data.indexOf("SUMMARY:Physiotherapie") < 0);
        chosen.ids << QStringLiteral("no-such-id");
        QCOMPARE(CalendarExport::build(*m_book, m_profile, chosen).error().kind(), Error::Kind::NotFound);
    }

    void aBrokenFileImportsNothing_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("missing DTSTART after a good event") << QStringLiteral("missing-dtstart.ics");
        QTest::newRow("truncated") << QStringLiteral("truncated.ics");
        QTest::newRow("unknown TZID") << QStringLiteral("unknown-tzid.ics");
        QTest::newRow("binary") << QStringLiteral("garbage.bin");
    }

    void aBrokenFileImportsNothing()
    {
        QFETCH(QString, fixture);
        const auto plan = CalendarImport::planFile(*m_book, m_profile.id, icsFixture(fixture), kBerlin);
        QVERIFY(!plan);
        QCOMPARE(plan.error().kind(), Error::Kind::Validation);
        QCOMPARE(plan.error().detail(), Error::Detail::CalendarFileInvalid);
        QVERIFY(plan.error().message().contains(QFileInfo(fixture).fileName()));
        QCOMPARE(stored().size(), 0);
    }

    void aFileOverFiftyMegabytesIsRefusedUnread()
    {
        const QString path = m_tmp->filePath(QStringLiteral("huge.ics"));
        QFile huge(path);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(CalendarFileReader::kMaxBytes + 1)); // sparse: no 50 MB written
        huge.close();
        const auto plan = CalendarImport::planFile(*m_book, m_profile.id, path, kBerlin);
        QVERIFY(!plan);
        QCOMPARE(plan.error().detail(), Error::Detail::CalendarFileTooLarge);
        QCOMPARE(CalendarImport::planFile(*m_book, m_profile.id, m_tmp->filePath(QStringLiteral("none.ics")),
                                          kBerlin)
                     .error()
                     .kind(),
                 Error::Kind::NotFound);
    }

    void aPlanStaleAtApplyStoresNothing()
    {
        imported(QStringLiteral("outlook.ics"));
        QByteArray changed = readIcsFixture(QStringLiteral("outlook.ics"));
        changed.replace("SUMMARY:Kontrolle", "SUMMARY:Kontrolle (neu)");
        changed.replace(
            "UID:040000008200E00074C5B7101A82E00800000000D0B5C1A2B3A4DC01000000000000000010000000A1",
            "UID:new-event-");
        ImportPlan plan = CalendarImport::plan(*m_book, m_profile.id, changed, kBerlin).value();
        QCOMPARE(plan.count(Action::Add), 1);
        QCOMPARE(plan.count(Action::Update), 1);
        // Someone edits the appointment the plan updates before the import is confirmed.
        Appointment edited = stored().at(1);
        edited.notes = QStringLiteral("changed meanwhile");
        QVERIFY(m_book->update(edited));
        const int rows = outboxRows();
        const Status applied = CalendarImport::apply(*m_book, plan);
        QCOMPARE(applied.error().kind(), Error::Kind::Conflict);
        QCOMPARE(stored().size(), 2); // the addition was rolled back with it
        QCOMPARE(outboxRows(), rows);
    }

    void planningAloneWritesNothing()
    {
        const ImportPlan plan = planned(QStringLiteral("rfc5545-examples.ics"));
        QCOMPARE(plan.count(Action::Add), 5);
        QCOMPARE(stored().size(), 0);
        QCOMPARE(outboxRows(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCalendarImport)
#include "tst_calendarimport.moc"
