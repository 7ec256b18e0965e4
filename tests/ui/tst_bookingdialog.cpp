#include "ui/BookingDialog.h"

#include "services/storage/BusyTimeRepository.h"
#include "services/TranslationLoader.h"
#include "TestBook.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

using namespace slotwise;
using Field = AppointmentValidator::Field;

namespace {
const QDateTime kStart(QDate(2026, 3, 2), QTime(10, 0)); // local time

Appointment draftAt(const TestBook& t, const QDateTime& localStart)
{
    Appointment a;
    a.profileId = t.profile.id;
    a.startUtc = localStart.toUTC();
    a.endUtc = a.startUtc.addSecs(3600);
    return a;
}

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* w = parent.findChild<T*>(QString::fromLatin1(name));
    if (!w) {
        qFatal("no child %s", name);
    }
    return w;
}

void clickSave(BookingDialog& dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
}
} // namespace

class TestBookingDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_translations.load(QStringLiteral("en")).ok()); }

    void booksWithPresetAndClientFields()
    {
        TestBook t;
        QVERIFY(t.open());
        BookingDialog dialog(*t.book, draftAt(t, kStart));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.isEditing());
        QCOMPARE(child<QDateTimeEdit>(dialog, "startEdit")->dateTime(), kStart);

        QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Consultation"));
        QTest::mouseClick(child<QToolButton>(dialog, "preset45"), Qt::LeftButton);
        QCOMPARE(child<QDateTimeEdit>(dialog, "endEdit")->dateTime(), kStart.addSecs(45 * 60));
        QVERIFY(child<QToolButton>(dialog, "preset45")->isChecked());
        QVERIFY(!child<QToolButton>(dialog, "preset60")->isChecked());
        QTest::keyClicks(child<QLineEdit>(dialog, "clientNameEdit"), QStringLiteral("Grace Hopper"));
        QTest::keyClicks(child<QLineEdit>(dialog, "clientEmailEdit"), QStringLiteral("grace@example.com"));
        QTest::keyClicks(child<QLineEdit>(dialog, "clientPhoneEdit"), QStringLiteral("+1 555 0100"));
        QTest::keyClicks(child<QLineEdit>(dialog, "locationEdit"), QStringLiteral("Room 2"));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "notesEdit"), QStringLiteral("Bring the X-rays"));
        clickSave(dialog);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Result<Appointment> stored = t.book->find(dialog.savedAppointment().id);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message()));
        QCOMPARE(stored->title, QStringLiteral("Consultation"));
        QCOMPARE(stored->startUtc, kStart.toUTC());
        QCOMPARE(stored->endUtc, kStart.addSecs(45 * 60).toUTC());
        QCOMPARE(stored->clientName, QStringLiteral("Grace Hopper"));
        QCOMPARE(stored->clientEmail, QStringLiteral("grace@example.com"));
        QCOMPARE(stored->clientPhone, QStringLiteral("+1 555 0100"));
        QCOMPARE(stored->location, QStringLiteral("Room 2"));
        QCOMPARE(stored->notes, QStringLiteral("Bring the X-rays"));
        QCOMPARE(stored->profileId, t.profile.id);
        QVERIFY(!stored->allDay);
    }

    void everyPresetSetsTheEnd()
    {
        TestBook t;
        QVERIFY(t.open());
        BookingDialog dialog(*t.book, draftAt(t, kStart));
        for (const int minutes : BookingDialog::kPresetMinutes) {
            auto* button = child<QToolButton>(dialog, qPrintable(QStringLiteral("preset%1").arg(minutes)));
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(child<QDateTimeEdit>(dialog, "endEdit")->dateTime(), kStart.addSecs(minutes * 60));
            QVERIFY(button->isChecked());
        }
    }

    void emptyTitleIsShownInlineAndRefused()
    {
        TestBook t;
        QVERIFY(t.open());
        BookingDialog dialog(*t.book, draftAt(t, kStart));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Not nagged before trying.
        QVERIFY(dialog.messageFor(Field::Title).isEmpty());
        clickSave(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(dialog.messageFor(Field::Title), QStringLiteral("Enter a title."));
        QVERIFY(child<QLabel>(dialog, "titleMessage")->isVisible());
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "titleEdit"));
        const auto stored =
            t.book->inRange(t.profile.id, kStart.addDays(-1).toUTC(), kStart.addDays(1).toUTC());
        QVERIFY(stored->isEmpty());

        // Typing a title clears the message; blanking it again shows it at once.
        auto* title = child<QLineEdit>(dialog, "titleEdit");
        QTest::keyClicks(title, QStringLiteral("X"));
        QVERIFY(dialog.messageFor(Field::Title).isEmpty());
        QTest::keyClick(title, Qt::Key_Backspace);
        QVERIFY(!dialog.messageFor(Field::Title).isEmpty());
    }

    void endBeforeStartIsShownInlineAndRefused()
    {
        TestBook t;
        QVERIFY(t.open());
        BookingDialog dialog(*t.book, draftAt(t, kStart));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Backwards"));
        child<QDateTimeEdit>(dialog, "endEdit")->setDateTime(kStart.addSecs(-30 * 60));
        QCOMPARE(dialog.messageFor(Field::End), QStringLiteral("The end must be after the start."));
        QVERIFY(child<QLabel>(dialog, "endMessage")->isVisible());
        clickSave(dialog);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(
            t.book->inRange(t.profile.id, kStart.addDays(-1).toUTC(), kStart.addDays(1).toUTC())->isEmpty());

        child<QDateTimeEdit>(dialog, "endEdit")->setDateTime(kStart.addSecs(30 * 60));
        QVERIFY(dialog.messageFor(Field::End).isEmpty());
        clickSave(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void badEmailIsShownNextToIt()
    {
        TestBook t;
        QVERIFY(t.open());
        BookingDialog dialog(*t.book, draftAt(t, kStart));
        QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Call"));
        QTest::keyClicks(child<QLineEdit>(dialog, "clientEmailEdit"), QStringLiteral("not-an-address"));
        QVERIFY(dialog.messageFor(Field::ClientEmail).contains(QStringLiteral("not-an-address")));
        clickSave(dialog);
        QVERIFY(dialog.result() != QDialog::Accepted);
    }

    void movingTheStartKeepsTheDuration()
    {
        TestBook t;
        QVERIFY(t.open());
        BookingDialog dialog(*t.book, draftAt(t, kStart));
        QTest::mouseClick(child<QToolButton>(dialog, "preset30"), Qt::LeftButton);
        child<QDateTimeEdit>(dialog, "startEdit")->setDateTime(kStart.addSecs(2 * 3600));
        QCOMPARE(child<QDateTimeEdit>(dialog, "endEdit")->dateTime(), kStart.addSecs(2 * 3600 + 30 * 60));
    }

    void overlapIsAWarningNotABlock()
    {
        TestBook t;
        QVERIFY(t.open());
        t.add(QStringLiteral("Existing"), kStart.addSecs(30 * 60), 60);
        BookingDialog dialog(*t.book, draftAt(t, kStart));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Clash"));
        QVERIFY2(dialog.overlapWarning().contains(QStringLiteral("Existing")),
                 qPrintable(dialog.overlapWarning()));
        QVERIFY(child<QLabel>(dialog, "overlapWarning")->isVisible());
        // Moving it clear of the other one removes the warning; moving back shows it again.
        QTest::mouseClick(child<QToolButton>(dialog, "preset15"), Qt::LeftButton);
        QVERIFY(dialog.overlapWarning().isEmpty());
        QTest::mouseClick(child<QToolButton>(dialog, "preset60"), Qt::LeftButton);
        QVERIFY(!dialog.overlapWarning().isEmpty());
        clickSave(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(t.book->overlapping(dialog.savedAppointment())->size(), 1);
    }

    void overlapWarningNamesATimedClashAndCountsTheRest()
    {
        TestBook t;
        QVERIFY(t.open());
        Appointment holiday;
        holiday.profileId = t.profile.id;
        holiday.title = QStringLiteral("Conference");
        holiday.allDay = true;
        holiday.startUtc = kStart.date().startOfDay().toUTC();
        holiday.endUtc = kStart.date().addDays(1).startOfDay().toUTC();
        QVERIFY(t.book->book(holiday).ok());
        t.add(QStringLiteral("Existing"), kStart.addSecs(30 * 60), 60);
        BookingDialog dialog(*t.book, draftAt(t, kStart));
        const QString warning = dialog.overlapWarning();
        QVERIFY2(warning.contains(QStringLiteral("“Existing”")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("and 1 other appointment.")), qPrintable(warning));
    }

    void allDayStoresWholeLocalDays()
    {
        TestBook t;
        QVERIFY(t.open());
        BookingDialog dialog(*t.book, draftAt(t, kStart));
        QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Conference"));
        QTest::mouseClick(child<QCheckBox>(dialog, "allDayCheck"), Qt::LeftButton);
        QVERIFY(!child<QToolButton>(dialog, "preset30")->isEnabled());
        clickSave(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Appointment stored = t.book->find(dialog.savedAppointment().id).value();
        QVERIFY(stored.allDay);
        QCOMPARE(stored.startUtc, kStart.date().startOfDay().toUTC());
        QCOMPARE(stored.endUtc, kStart.date().addDays(1).startOfDay().toUTC());

        // Editing shows the same single day again.
        BookingDialog edit(*t.book, stored);
        QVERIFY(child<QCheckBox>(edit, "allDayCheck")->isChecked());
        QCOMPARE(child<QDateTimeEdit>(edit, "endEdit")->date(), kStart.date());
    }

    void editsAnExistingAppointment()
    {
        TestBook t;
        QVERIFY(t.open());
        const Appointment existing = t.add(QStringLiteral("Check-up"), kStart, 30);
        BookingDialog dialog(*t.book, existing);
        QVERIFY(dialog.isEditing());
        auto* title = child<QLineEdit>(dialog, "titleEdit");
        QCOMPARE(title->text(), QStringLiteral("Check-up"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Annual check-up"));
        QTest::mouseClick(child<QToolButton>(dialog, "preset60"), Qt::LeftButton);
        clickSave(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Appointment stored = t.book->find(existing.id).value();
        QCOMPARE(stored.title, QStringLiteral("Annual check-up"));
        QCOMPARE(stored.endUtc, kStart.addSecs(3600).toUTC());
        QVERIFY(stored.revision > existing.revision);
    }

    void cancellingAsksFirst()
    {
        TestBook t;
        QVERIFY(t.open());
        const Appointment existing = t.add(QStringLiteral("Dentist"), kStart, 30);
        BookingDialog dialog(*t.book, existing);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QString asked;
        bool answer = false;
        dialog.setConfirmation([&](QWidget*, const QString&, const QString& question, const QString&) {
            asked = question;
            return answer;
        });
        auto* cancel = child<QPushButton>(dialog, "cancelAppointmentButton");
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(asked.contains(QStringLiteral("Dentist")));
        QVERIFY(dialog.isVisible()); // "Keep" leaves everything as it was
        QVERIFY(!t.book->find(existing.id)->isCancelled());
        answer = true;
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(dialog.result(), BookingDialog::CancelAppointmentResult);
        QVERIFY(!dialog.isVisible());
    }

    void newBookingHasNoCancelButton()
    {
        TestBook t;
        QVERIFY(t.open());
        BookingDialog dialog(*t.book, draftAt(t, kStart));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("cancelAppointmentButton")));
    }

    // Google busy time comes from the busy blocks the last sync stored, so the check works offline.
    void warnsAboutGoogleBusyTimeAndStillSaves()
    {
        TestBook t;
        QVERIFY(t.open());
        addDentistBusyBlock(t);
        BookingDialog dialog(*t.book, draftAt(t, kStart));
        child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("Check-up"));
        const QString expected = QStringLiteral("Google Calendar event %1")
                                     .arg(QLocale().toString(kStart.time(), QLocale::ShortFormat));
        QVERIFY2(dialog.googleBusyWarning().contains(expected), qPrintable(dialog.googleBusyWarning()));
        clickSave(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(t.book->find(dialog.savedAppointment().id).ok());
    }

    void noGoogleBusyWarningWhenOnlyTouching()
    {
        TestBook t;
        QVERIFY(t.open());
        addDentistBusyBlock(t);
        BookingDialog dialog(*t.book, draftAt(t, kStart.addSecs(3600))); // starts when the block ends
        QVERIFY(dialog.googleBusyWarning().isEmpty());
    }

    void blockPolicyRefusesGoogleBusyTime()
    {
        TestBook t;
        QVERIFY(t.open());
        addDentistBusyBlock(t);
        BookingDialog dialog(*t.book, draftAt(t, kStart));
        dialog.setBusyTimePolicy(BusyTimeChecker::Policy::Block);
        child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("Check-up"));
        clickSave(dialog);
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(!child<QLabel>(dialog, "saveError")->isHidden());
        QCOMPARE(t.book->inRange(t.profile.id, kStart.addDays(-1).toUTC(), kStart.addDays(1).toUTC())
                     .value()
                     .size(),
                 0);
    }

private:
    static void addDentistBusyBlock(TestBook& t)
    {
        QVERIFY(BusyTimeRepository(*t.database)
                    .upsert({t.profile.id,
                             QStringLiteral("primary"),
                             QStringLiteral("dentist1"),
                             {},
                             QStringLiteral("Dentist"),
                             kStart.toUTC(),
                             kStart.addSecs(3600).toUTC(),
                             false})
                    .ok());
    }

private:
    TranslationLoader m_translations;
};

QTEST_MAIN(TestBookingDialog)
#include "tst_bookingdialog.moc"
