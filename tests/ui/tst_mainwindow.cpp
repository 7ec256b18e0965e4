#include "ui/MainWindow.h"

#include "ModalHelper.h"
#include "models/AppointmentTableModel.h"
#include "services/TranslationLoader.h"
#include "TestBook.h"
#include "ui/BookingDialog.h"
#include "ui/calendar/TimeGridView.h"
#include "ui/CalendarPane.h"
#include "ui/NewProfileDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

using namespace slotwise;

namespace {
struct Window
{
    TestBook t;
    std::unique_ptr<MainWindow> window;
    int confirmations = 0;
    bool confirmAnswer = true;

    bool open(bool withProfile = true)
    {
        if (!t.open(withProfile)) {
            return false;
        }
        window = std::make_unique<MainWindow>(*t.book);
        window->setConfirmation([this](QWidget*, const QString&, const QString&, const QString&) {
            ++confirmations;
            return confirmAnswer;
        });
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    CalendarPane* pane() const { return window->calendar(); }
    QAction* action(const QString& text) const
    {
        const QList<QAction*> all = window->findChildren<QAction*>();
        for (QAction* a : all) {
            if (a->text().remove(QLatin1Char('&')) == text) {
                return a;
            }
        }
        qFatal("no action %s", qPrintable(text));
        return nullptr;
    }
};

QDate thisMonday()
{
    return CalendarRange(CalendarMode::Week, QDate::currentDate()).firstDay();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // English plural forms ("1 appointment", "2 appointments").
        QVERIFY(m_translations.load(QStringLiteral("en")).ok());
    }

    void opensOnThisWeekWithTheProfileAndCounts()
    {
        Window w;
        QVERIFY(w.open());
        w.t.add(QStringLiteral("One"), QDateTime(thisMonday(), QTime(9, 0)), 60);
        w.t.add(QStringLiteral("Two"), QDateTime(thisMonday().addDays(2), QTime(11, 0)), 30);
        w.t.add(QStringLiteral("Next week"), QDateTime(thisMonday().addDays(8), QTime(11, 0)), 30);
        QCOMPARE(w.pane()->mode(), CalendarMode::Week);
        QVERIFY(w.pane()->range().contains(QDate::currentDate()));
        QCOMPARE(w.pane()->currentView()->objectName(), QStringLiteral("weekView"));
        QCOMPARE(w.window->currentProfileId(), w.t.profile.id);
        QCOMPARE(w.pane()->model()->rowCount(), 2); // only the visible week is loaded
        QCOMPARE(w.window->statusText(), QStringLiteral("Dr. Ada · 2 appointments this week"));
        QVERIFY(w.window->windowTitle().contains(QStringLiteral("Dr. Ada")));
    }

    void previousNextAndTodayMoveTheVisibleRange()
    {
        Window w;
        QVERIFY(w.open());
        const QDate monday = thisMonday();
        w.action(QStringLiteral("Next"))->trigger();
        QCOMPARE(w.pane()->range().firstDay(), monday.addDays(7));
        QTest::keyClick(w.window.get(), Qt::Key_PageDown);
        QCOMPARE(w.pane()->range().firstDay(), monday.addDays(14));
        QTest::keyClick(w.window.get(), Qt::Key_Left, Qt::AltModifier);
        QTest::keyClick(w.window.get(), Qt::Key_Left, Qt::AltModifier);
        QTest::keyClick(w.window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.pane()->range().firstDay(), monday.addDays(-7));
        w.action(QStringLiteral("Today"))->trigger();
        QCOMPARE(w.pane()->range().firstDay(), monday);
        QCOMPARE(w.pane()->focusDate(), QDate::currentDate());

        auto* picker = w.window->findChild<QDateEdit*>(QStringLiteral("datePicker"));
        picker->setDate(QDate(2030, 7, 10));
        QVERIFY(w.pane()->range().contains(QDate(2030, 7, 10)));
        QCOMPARE(w.pane()->range().dayCount(), 7);
    }

    void switchesViews()
    {
        Window w;
        QVERIFY(w.open());
        const QDate day = QDate(2026, 3, 11);
        w.pane()->setFocusDate(day);
        const struct
        {
            Qt::Key key;
            const char* view;
            int days;
        } cases[] = {{Qt::Key_1, "dayView", 1},
                     {Qt::Key_3, "monthView", 42},
                     {Qt::Key_4, "agendaView", 31},
                     {Qt::Key_2, "weekView", 7}};
        for (const auto& c : cases) {
            QTest::keyClick(w.window.get(), c.key, Qt::ControlModifier);
            QCOMPARE(w.pane()->currentView()->objectName(), QString::fromLatin1(c.view));
            QCOMPARE(w.pane()->range().dayCount(), c.days);
            QVERIFY(w.pane()->range().contains(day));
        }
        w.pane()->setMode(CalendarMode::Month);
        w.action(QStringLiteral("Next"))->trigger();
        QCOMPARE(w.pane()->focusDate(), QDate(2026, 4, 11));
    }

    void arrowsMoveTheDayAndTheSelection()
    {
        Window w;
        QVERIFY(w.open());
        const QDate day(2026, 3, 4); // a Wednesday
        w.pane()->setFocusDate(day);
        const Appointment early =
            w.t.add(QStringLiteral("Early"), QDateTime(day.addDays(1), QTime(9, 0)), 30);
        const Appointment late = w.t.add(QStringLiteral("Late"), QDateTime(day.addDays(1), QTime(15, 0)), 30);
        QWidget* view = w.pane()->currentView();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(w.pane()->focusDate(), day.addDays(1));
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(w.pane()->selectedAppointmentId(), early.id);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(w.pane()->selectedAppointmentId(), late.id);
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(w.pane()->selectedAppointmentId(), early.id);

        // Enter opens the selected appointment in the booking dialog.
        QString openedTitle;
        const ModalHandler modal1([&openedTitle](QWidget* modal) {
            openedTitle = modal->findChild<QLineEdit*>(QStringLiteral("titleEdit"))->text();
            qobject_cast<QDialog*>(modal)->reject();
        });
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(openedTitle, QStringLiteral("Early"));

        // Right again walks into the next week.
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(view, Qt::Key_Right);
        }
        QCOMPARE(w.pane()->focusDate(), day.addDays(6));
        QCOMPARE(w.pane()->range().firstDay(), CalendarRange(CalendarMode::Week, day.addDays(6)).firstDay());
    }

    void doubleClickOnAnEmptySlotBooksThere()
    {
        Window w;
        QVERIFY(w.open());
        const QDate day(2026, 3, 4);
        w.pane()->setFocusDate(day);
        auto* view = qobject_cast<TimeGridView*>(w.pane()->currentView());
        QVERIFY(view);
        view->scrollToTime(QTime(12, 0));
        const int x = w.pane()->weekView()->viewport()->width() - 20; // last column: Sunday for Monday weeks
        const QDate clickedDay = view->dateAt(QPoint(x, 200));
        QVERIFY(clickedDay.isValid());
        const QPoint at(x, view->yForTime(QTime(14, 10)));
        QDateTime prefilled;
        const ModalHandler modal2([&prefilled](QWidget* modal) {
            prefilled = modal->findChild<QDateTimeEdit*>(QStringLiteral("startEdit"))->dateTime();
            QTest::keyClicks(modal->findChild<QLineEdit*>(QStringLiteral("titleEdit")),
                             QStringLiteral("Walk-in"));
            QTest::mouseClick(modal->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        });
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(prefilled, QDateTime(clickedDay, QTime(14, 0)));
        QCOMPARE(w.pane()->model()->rowCount(), 1);
        QCOMPARE(w.pane()->model()->appointmentAt(0).title, QStringLiteral("Walk-in"));
        QCOMPARE(w.pane()->selectedAppointmentId(), w.pane()->model()->appointmentAt(0).id);

        // Double-clicking the appointment edits it.
        const QRect rect = view->visualRect(w.pane()->model()->index(0, 0));
        QVERIFY(rect.isValid());
        QCOMPARE(view->indexAt(rect.center()).row(), 0);
        bool editing = false;
        const ModalHandler modal3([&editing](QWidget* modal) {
            editing = qobject_cast<BookingDialog*>(modal)->isEditing();
            qobject_cast<QDialog*>(modal)->reject();
        });
        // QTest's double-click lacks the first click a real one has.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QCOMPARE(w.pane()->selectedAppointmentId(), w.pane()->model()->appointmentAt(0).id);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QVERIFY(editing);
    }

    void ctrlNOpensANewBooking()
    {
        Window w;
        QVERIFY(w.open());
        bool opened = false;
        const ModalHandler modal4([&opened](QWidget* modal) {
            opened = !qobject_cast<BookingDialog*>(modal)->isEditing();
            qobject_cast<QDialog*>(modal)->reject();
        });
        QTest::keyClick(w.window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(opened);
        QCOMPARE(w.pane()->model()->rowCount(), 0);
    }

    void deleteCancelsAfterConfirmingAndUndoRestores()
    {
        Window w;
        QVERIFY(w.open());
        const Appointment a =
            w.t.add(QStringLiteral("Dentist"), QDateTime(w.pane()->focusDate(), QTime(10, 0)), 30);
        w.pane()->selectAppointment(a.id);
        QCOMPARE(w.pane()->selectedAppointmentId(), a.id);

        w.confirmAnswer = false;
        QTest::keyClick(w.pane()->currentView(), Qt::Key_Delete);
        QCOMPARE(w.confirmations, 1);
        QVERIFY(!w.t.book->find(a.id)->isCancelled());

        w.confirmAnswer = true;
        QTest::keyClick(w.pane()->currentView(), Qt::Key_Delete);
        QCOMPARE(w.confirmations, 2);
        QVERIFY(w.t.book->find(a.id)->isCancelled());
        QCOMPARE(w.pane()->model()->rowOf(a.id), -1); // hidden by default
        auto* undo = w.window->findChild<QPushButton*>(QStringLiteral("undoButton"));
        QVERIFY(undo->isVisible());
        QVERIFY(w.window->undoCancelAction()->isEnabled());

        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(!w.t.book->find(a.id)->isCancelled());
        QVERIFY(w.pane()->model()->rowOf(a.id) >= 0);
        QVERIFY(!undo->isVisible());

        // "Show cancelled" brings cancelled ones back into view.
        QVERIFY(w.window->cancelAppointment(a.id));
        w.action(QStringLiteral("Show Cancelled Appointments"))->trigger();
        QVERIFY(w.pane()->model()->rowOf(a.id) >= 0);
        QVERIFY(w.pane()->model()->appointmentAt(w.pane()->model()->rowOf(a.id)).isCancelled());
    }

    void cancelFromTheDialogOffersUndo()
    {
        Window w;
        QVERIFY(w.open());
        const Appointment a =
            w.t.add(QStringLiteral("Physio"), QDateTime(w.pane()->focusDate(), QTime(11, 0)), 45);
        const ModalHandler modal5([](QWidget* modal) {
            QTest::mouseClick(modal->findChild<QPushButton*>(QStringLiteral("cancelAppointmentButton")),
                              Qt::LeftButton);
        });
        w.window->editAppointment(a.id);
        QCOMPARE(w.confirmations, 1);
        QVERIFY(w.t.book->find(a.id)->isCancelled());
        QVERIFY(w.window->undoCancelAction()->isEnabled());
        QApplication::setActiveWindow(w.window.get());
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!w.t.book->find(a.id)->isCancelled());
    }

    void overlappingAppointmentsSitSideBySide()
    {
        Window w;
        QVERIFY(w.open());
        const QDate day(2026, 3, 4);
        w.pane()->setFocusDate(day);
        w.t.add(QStringLiteral("A"), QDateTime(day, QTime(9, 0)), 60);
        w.t.add(QStringLiteral("B"), QDateTime(day, QTime(9, 30)), 60);
        auto* view = w.pane()->weekView();
        const QRect a = view->visualRect(w.pane()->model()->index(0, 0));
        const QRect b = view->visualRect(w.pane()->model()->index(1, 0));
        QVERIFY(a.isValid() && b.isValid());
        QVERIFY2(a.right() < b.left(), "B is to the right of A");
        QVERIFY(b.top() > a.top());
        QCOMPARE(view->dateAt(a.center()), day);
        QCOMPARE(view->dateAt(b.center()), day);
        QCOMPARE(a.top(), view->yForTime(QTime(9, 0)) + 1);
    }

    void switchesProfiles()
    {
        Window w;
        QVERIFY(w.open());
        const auto bob = w.t.book->createProfile(QStringLiteral("Bob"), QString());
        QVERIFY(bob.ok());
        w.t.add(QStringLiteral("Bob's"), QDateTime(w.pane()->focusDate(), QTime(9, 0)), 30, bob->id);
        QCOMPARE(w.pane()->model()->rowCount(), 0);
        auto* combo = w.window->findChild<QComboBox*>(QStringLiteral("profileCombo"));
        QCOMPARE(combo->count(), 2);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Bob")));
        QCOMPARE(w.window->currentProfileId(), bob->id);
        QCOMPARE(w.pane()->model()->rowCount(), 1);
        QVERIFY(w.window->statusText().startsWith(QStringLiteral("Bob · 1 appointment ")));
    }

    void editsTheCurrentProfile()
    {
        Window w;
        QVERIFY(w.open());
        QVERIFY(w.t.book->createProfile(QStringLiteral("Bob"), QString()).ok());
        QAction* edit = w.action(QStringLiteral("Edit Profile…"));
        QVERIFY(edit->isEnabled());
        QString shownName;
        const ModalHandler modal([&shownName](QWidget* dialog) {
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
            shownName = name->text();
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Dr. Ada Lovelace"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("createButton")),
                              Qt::LeftButton);
        });
        edit->trigger();
        QCOMPARE(shownName, QStringLiteral("Dr. Ada"));
        auto* combo = w.window->findChild<QComboBox*>(QStringLiteral("profileCombo"));
        QCOMPARE(combo->currentText(), QStringLiteral("Dr. Ada Lovelace"));
        QCOMPARE(combo->count(), 2);
        QCOMPARE(w.window->currentProfileId(), w.t.profile.id);
        QVERIFY2(w.window->statusText().startsWith(QStringLiteral("Dr. Ada Lovelace · ")),
                 qPrintable(w.window->statusText()));
        QCOMPARE(w.t.book->resolveProfile(QStringLiteral("Dr. Ada Lovelace"))->id, w.t.profile.id);
    }

    void firstStartAsksForAProfile()
    {
        Window w;
        QVERIFY(w.open(false));
        QVERIFY(w.window->currentProfileId().isEmpty());
        const ModalHandler modal6([](QWidget* modal) {
            auto* name = modal->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
            name->clear();
            QTest::keyClicks(name, QStringLiteral("Dr. Grace"));
            qobject_cast<QDialog*>(modal)->accept();
        });
        w.window->ensureProfile();
        QCOMPARE(w.window->findChild<QComboBox*>(QStringLiteral("profileCombo"))->currentText(),
                 QStringLiteral("Dr. Grace"));
        QVERIFY(!w.window->currentProfileId().isEmpty());
        w.window->ensureProfile(); // has one now: asks nothing
        QCOMPARE(w.t.book->profiles()->size(), 1);
    }

    void declinedFirstStartStillAllowsBooking()
    {
        Window w;
        QVERIFY(w.open(false));
        const ModalHandler modal7([](QWidget* modal) { qobject_cast<QDialog*>(modal)->reject(); });
        w.window->ensureProfile();
        QCOMPARE(w.t.book->profiles()->size(), 1);
        QCOMPARE(w.window->currentProfileId(), w.t.book->profiles()->constFirst().id);
    }

    void remembersViewProfileAndCancelledToggle()
    {
        QSettings().clear();
        Window w;
        QVERIFY(w.open());
        const auto bob = w.t.book->createProfile(QStringLiteral("Bob"), QString());
        w.window->setCurrentProfile(bob->id);
        w.pane()->setMode(CalendarMode::Month);
        w.action(QStringLiteral("Show Cancelled Appointments"))->setChecked(true);
        w.window->close();

        MainWindow again(*w.t.book);
        again.restoreSettings();
        QCOMPARE(again.calendar()->mode(), CalendarMode::Month);
        QCOMPARE(again.currentProfileId(), bob->id);
        QVERIFY(again.calendar()->showsCancelled());
        QSettings().clear();
    }

    void calendarSettingsComesAliveWhenSomethingHandlesIt()
    {
        Window w;
        QVERIFY(w.open());
        QAction* settings = w.window->calendarSettingsAction();
        QVERIFY(settings->text().contains(QStringLiteral("Calendar")));
        QVERIFY(!settings->isEnabled());
        int shown = 0;
        connect(w.window.get(), &MainWindow::calendarSettingsRequested, this, [&shown] { ++shown; });
        QVERIFY(settings->isEnabled());
        settings->trigger();
        QCOMPARE(shown, 1);
    }

private:
    TranslationLoader m_translations;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
