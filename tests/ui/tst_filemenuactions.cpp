#include "ui/FileMenuActions.h"

#include "ModalHelper.h"
#include "services/ics/CalendarImport.h"
#include "TestBook.h"
#include "ui/CalendarPane.h"
#include "ui/ImportCalendarDialog.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeWidget>

using namespace slotwise;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(SLOTWISE_TEST_DATA_DIR "/ics/") + name;
}

const QDateTime kFrom(QDate(1990, 1, 1), QTime(0, 0), Qt::UTC);
const QDateTime kTo(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);

} // namespace

// The File menu's calendar-file and day-sheet commands in the real window, offscreen; the file dialogs are
// skipped by handing the path in, the preview and choice dialogs are answered like a person would.
class TestFileMenuActions : public QObject
{
    Q_OBJECT

    TestBook m_t;
    std::unique_ptr<MainWindow> m_window;

    FileMenuActions& actions() const { return *m_window->fileActions(); }
    int stored() const { return int(m_t.book->inRange(m_t.profile.id, kFrom, kTo).value().size()); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_t.database.reset();
        QVERIFY(m_t.open());
        m_window = std::make_unique<MainWindow>(*m_t.book);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_t.book.reset();
        m_t.database.reset();
        QFile::remove(m_t.dir.filePath(QStringLiteral("data/slotwise.db")));
    }

    void theCommandsAreInTheFileMenuAndNeedAProfile()
    {
        const QList<QAction*> file = m_window->menuBar()->actions().constFirst()->menu()->actions();
        for (QAction* a : {actions().importCalendar(), actions().exportCalendar(), actions().printDaySheet(),
                           actions().printWeekSheet()}) {
            QVERIFY(file.contains(a));
            QVERIFY(a->isEnabled());
        }
        QCOMPARE(actions().printDaySheet()->shortcut(), QKeySequence(QKeySequence::Print));
    }

    void importShowsThePreviewThenStores()
    {
        int listed = 0;
        bool importEnabled = false;
        const ModalHandler answer([&](QWidget* modal) {
            auto* preview = qobject_cast<ImportCalendarDialog*>(modal);
            QVERIFY(preview);
            listed = preview->eventList()->topLevelItemCount();
            importEnabled = preview->importButton()->isEnabled();
            preview->importButton()->click();
        });
        actions().importCalendarFile(fixture(QStringLiteral("google.ics")));
        QCOMPARE(listed, 5); // three to add, two skipped, each with its line
        QVERIFY(importEnabled);
        QCOMPARE(stored(), 3);
        QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());

        // The same file again: nothing to import, so nothing to press but Cancel.
        const ModalHandler again([&](QWidget* modal) {
            auto* preview = qobject_cast<ImportCalendarDialog*>(modal);
            QVERIFY(preview);
            importEnabled = preview->importButton()->isEnabled();
            preview->reject();
        });
        actions().importCalendarFile(fixture(QStringLiteral("google.ics")));
        QVERIFY(!importEnabled);
        QCOMPARE(stored(), 3);
    }

    void cancellingThePreviewStoresNothing()
    {
        const ModalHandler cancel([](QWidget* modal) { qobject_cast<QDialog*>(modal)->reject(); });
        actions().importCalendarFile(fixture(QStringLiteral("outlook.ics")));
        QCOMPARE(stored(), 0);
    }

    void aBrokenFileIsReportedAndStoresNothing()
    {
        QString shown;
        const ModalHandler error([&](QWidget* modal) {
            shown = modal->objectName() + QLatin1Char('|') + modal->metaObject()->className();
            qobject_cast<QDialog*>(modal)->reject();
        });
        actions().importCalendarFile(fixture(QStringLiteral("truncated.ics")));
        QVERIFY2(shown.contains(QStringLiteral("QMessageBox")), qPrintable(shown));
        QCOMPARE(stored(), 0);
    }

    void exportWritesTheChosenAppointments()
    {
        m_t.add(QStringLiteral("Shown week"),
                QDateTime(m_window->calendar()->range().firstDay(), QTime(9, 0)), 30);
        m_t.add(QStringLiteral("Far away"), QDateTime(QDate(2031, 1, 6), QTime(9, 0)), 30);
        const QString path = m_t.dir.filePath(QStringLiteral("out.ics"));
        // Default choice: the days the window shows.
        const ModalHandler shownDays([](QWidget* modal) { qobject_cast<QDialog*>(modal)->accept(); });
        actions().exportCalendarFile(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray week = file.readAll();
        QVERIFY(week.contains("SUMMARY:Shown week"));
        QVERIFY(!week.contains("SUMMARY:Far away"));
        file.close();

        const ModalHandler everything([](QWidget* modal) {
            modal->findChild<QRadioButton*>(QStringLiteral("exportAll"))->setChecked(true);
            qobject_cast<QDialog*>(modal)->accept();
        });
        actions().exportCalendarFile(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("BEGIN:VEVENT"), 2);
    }

    void printPreviewShowsTheDaySheet()
    {
        m_t.add(QStringLiteral("Printed"), QDateTime(m_window->calendar()->focusDate(), QTime(9, 0)), 30);
        int pages = 0;
        QString title;
        const ModalHandler preview([&](QWidget* modal) {
            auto* dialog = qobject_cast<QPrintPreviewDialog*>(modal);
            QVERIFY(dialog);
            title = dialog->windowTitle();
            pages = dialog->findChild<QPrintPreviewWidget*>()->pageCount();
            dialog->reject();
        });
        actions().printDaySheet()->trigger();
        QVERIFY(!title.isEmpty());
        QCOMPARE(pages, 1);
        const ModalHandler week([&](QWidget* modal) {
            pages = modal->findChild<QPrintPreviewWidget*>()->pageCount();
            qobject_cast<QDialog*>(modal)->reject();
        });
        actions().printWeekSheet()->trigger();
        QCOMPARE(pages, 1);
    }
};

QTEST_MAIN(TestFileMenuActions)
#include "tst_filemenuactions.moc"
