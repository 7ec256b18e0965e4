#include "ui/AppointmentRangeLoader.h"

#include "models/AppointmentTableModel.h"
#include "TestBook.h"

#include <QSignalSpy>

using namespace slotwise;

class TestAppointmentRangeLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsOnlyTheVisibleRangeOfTheProfile()
    {
        TestBook t;
        QVERIFY(t.open());
        const auto other = t.book->createProfile(QStringLiteral("Bob"), QString());
        QVERIFY(other.ok());
        const QDate monday(2026, 3, 2);
        t.add(QStringLiteral("In"), QDateTime(monday, QTime(9, 0)), 60);
        t.add(QStringLiteral("Also in"), QDateTime(monday.addDays(6), QTime(23, 0)), 30);
        t.add(QStringLiteral("Next week"), QDateTime(monday.addDays(7), QTime(9, 0)), 60);
        t.add(QStringLiteral("Bob's"), QDateTime(monday, QTime(9, 0)), 60, other->id);

        AppointmentTableModel model;
        AppointmentRangeLoader loader(*t.book, model);
        loader.setRange(monday.startOfDay().toUTC(), monday.addDays(7).startOfDay().toUTC());
        QCOMPARE(model.rowCount(), 0); // no profile yet
        loader.setProfileId(t.profile.id);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.appointmentAt(0).title, QStringLiteral("In"));
        QCOMPARE(model.appointmentAt(1).title, QStringLiteral("Also in"));

        loader.setRange(monday.addDays(7).startOfDay().toUTC(), monday.addDays(14).startOfDay().toUTC());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.appointmentAt(0).title, QStringLiteral("Next week"));
    }

    void refreshesWhenTheBookChanges()
    {
        TestBook t;
        QVERIFY(t.open());
        const QDate day(2026, 3, 2);
        AppointmentTableModel model;
        AppointmentRangeLoader loader(*t.book, model);
        loader.setProfileId(t.profile.id);
        loader.setRange(day.startOfDay().toUTC(), day.addDays(1).startOfDay().toUTC());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const Appointment booked = t.add(QStringLiteral("New"), QDateTime(day, QTime(10, 0)), 30);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);

        Appointment changed = booked;
        changed.title = QStringLiteral("Renamed");
        const auto updated = t.book->update(changed);
        QVERIFY2(updated.ok(), qPrintable(updated.error().message()));
        QCOMPARE(model.appointmentAt(0).title, QStringLiteral("Renamed"));

        QVERIFY(t.book->cancel(booked.id).ok());
        QCOMPARE(model.rowCount(), 0); // cancelled ones are hidden by default
        loader.setIncludeCancelled(true);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.appointmentAt(0).isCancelled());
        QVERIFY(t.book->restore(booked.id).ok());
        QVERIFY(!model.appointmentAt(0).isCancelled());
    }

    void ignoresChangesOfOtherProfiles()
    {
        TestBook t;
        QVERIFY(t.open());
        const auto other = t.book->createProfile(QStringLiteral("Bob"), QString());
        const QDate day(2026, 3, 2);
        AppointmentTableModel model;
        AppointmentRangeLoader loader(*t.book, model);
        loader.setProfileId(t.profile.id);
        loader.setRange(day.startOfDay().toUTC(), day.addDays(1).startOfDay().toUTC());
        QSignalSpy loaded(&loader, &AppointmentRangeLoader::loaded);
        t.add(QStringLiteral("Bob's"), QDateTime(day, QTime(10, 0)), 30, other->id);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAppointmentRangeLoader)
#include "tst_appointmentrangeloader.moc"
