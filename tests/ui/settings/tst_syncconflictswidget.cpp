// The conflict list in Calendar settings over a real conflict log on a temporary SQLite file.
#include "ui/settings/SyncConflictsWidget.h"

#include "../TestBook.h"
#include "services/storage/Repositories.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace slotwise;

class TestSyncConflictsWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saysSoWhenThereAreNoConflicts()
    {
        TestBook t;
        QVERIFY(t.open());
        Repositories repositories(*t.database);
        SyncConflictsWidget widget(repositories.conflicts, repositories.appointments, t.profile.id);
        QCOMPARE(widget.list()->topLevelItemCount(), 1);
        QCOMPARE(widget.list()->topLevelItem(0)->flags(), Qt::NoItemFlags);
        QVERIFY(!widget.restoreButton()->isEnabled());
    }

    void listsTheLosingVersionAndRestoresIt()
    {
        TestBook t;
        QVERIFY(t.open());
        const QDateTime start(QDate(2026, 3, 4), QTime(10, 0));
        Appointment local = t.add(QStringLiteral("Checkup (moved here)"), start, 30);
        QVERIFY(!local.id.isEmpty());
        // Google's edit won: the current appointment has Google's title, ours is the losing version.
        Appointment google = local;
        google.title = QStringLiteral("Checkup (Google)");
        google.startUtc = google.startUtc.addSecs(3600);
        google.endUtc = google.endUtc.addSecs(3600);
        const auto updated = t.book->update(google);
        QVERIFY2(updated, qPrintable(updated.error().message()));
        QVERIFY(ConflictLog(*t.database).record(t.profile.id, false, local));
        // Another profile's conflicts stay out.
        const auto other = t.book->createProfile(QStringLiteral("Dr. Bob"), QString());
        QVERIFY(other);
        Appointment bobs = t.add(QStringLiteral("Bob's"), start, 30, other.value().id);
        QVERIFY(ConflictLog(*t.database).record(other.value().id, true, bobs));

        Repositories repositories(*t.database);
        SyncConflictsWidget widget(repositories.conflicts, repositories.appointments, t.profile.id);
        widget.show();
        QCOMPARE(widget.list()->topLevelItemCount(), 1);
        QTreeWidgetItem* row = widget.list()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("Checkup (Google)"));
        QCOMPARE(row->text(2), QStringLiteral("Google Calendar's version"));
        QVERIFY(row->text(3).contains(QStringLiteral("Checkup (moved here)")));
        QVERIFY(!row->text(1).isEmpty());
        QVERIFY(!widget.restoreButton()->isEnabled()); // nothing selected yet

        widget.list()->setCurrentItem(row);
        QVERIFY(widget.restoreButton()->isEnabled());
        QSignalSpy restored(&widget, &SyncConflictsWidget::conflictRestored);
        QTest::mouseClick(widget.restoreButton(), Qt::LeftButton);
        QCOMPARE(restored.count(), 1);
        QCOMPARE(restored.at(0).at(0).toString(), t.profile.id);
        QCOMPARE(restored.at(0).at(1).toString(), local.id);

        const auto current = t.book->find(local.id);
        QVERIFY(current);
        QCOMPARE(current->title, QStringLiteral("Checkup (moved here)"));
        QCOMPARE(current->startUtc, local.startUtc);
        // Kept in the list, marked restored, and cannot be restored twice.
        QCOMPARE(widget.list()->topLevelItemCount(), 1);
        QVERIFY(widget.list()->topLevelItem(0)->text(3).contains(QStringLiteral("(restored)")));
        widget.list()->setCurrentItem(widget.list()->topLevelItem(0));
        QVERIFY(!widget.restoreButton()->isEnabled());
        QVERIFY(widget.errorLabel()->isHidden());
    }

    void reloadShowsConflictsRecordedSinceOpening()
    {
        TestBook t;
        QVERIFY(t.open());
        Repositories repositories(*t.database);
        SyncConflictsWidget widget(repositories.conflicts, repositories.appointments, t.profile.id);
        Appointment a = t.add(QStringLiteral("Late"), QDateTime(QDate(2026, 3, 4), QTime(9, 0)), 30);
        QVERIFY(ConflictLog(*t.database).record(t.profile.id, true, a));
        QCOMPARE(widget.list()->topLevelItem(0)->flags(), Qt::NoItemFlags);
        widget.reload();
        QCOMPARE(widget.list()->topLevelItem(0)->text(2), QStringLiteral("This computer's version"));
    }
};

QTEST_MAIN(TestSyncConflictsWidget)
#include "tst_syncconflictswidget.moc"
