#include "ui/FileMenuActions.h"

#include "services/AppointmentBook.h"
#include "services/ics/CalendarExport.h"
#include "services/ics/CalendarImport.h"
#include "ui/calendar/CalendarRange.h"
#include "ui/CalendarPane.h"
#include "ui/ExportCalendarDialog.h"
#include "ui/ImportCalendarDialog.h"
#include "ui/MainWindow.h"
#include "ui/print/DaySheet.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QStatusBar>

namespace slotwise {

namespace {

const int kMessageMs = 6000;

} // namespace

FileMenuActions::FileMenuActions(AppointmentBook& book, MainWindow& window)
    : QObject(&window)
    , m_book(book)
    , m_window(window)
{
    m_import = new QAction(tr("&Import Calendar File…"), this);
    m_import->setObjectName(QStringLiteral("importCalendarAction"));
    m_import->setToolTip(tr("Add the events of an .ics file from another calendar program"));
    connect(m_import, &QAction::triggered, this, [this] { importCalendarFile(); });

    m_export = new QAction(tr("E&xport Calendar File…"), this);
    m_export->setObjectName(QStringLiteral("exportCalendarAction"));
    m_export->setToolTip(tr("Write appointments to an .ics file other calendar programs read"));
    connect(m_export, &QAction::triggered, this, [this] { exportCalendarFile(); });

    m_printDay = new QAction(tr("&Print Day Sheet…"), this);
    m_printDay->setObjectName(QStringLiteral("printDaySheetAction"));
    m_printDay->setShortcut(QKeySequence::Print);
    connect(m_printDay, &QAction::triggered, this, [this] { printSheet(1); });

    m_printWeek = new QAction(tr("Print &Week Sheet…"), this);
    m_printWeek->setObjectName(QStringLiteral("printWeekSheetAction"));
    connect(m_printWeek, &QAction::triggered, this, [this] { printSheet(7); });
}

void FileMenuActions::setProfileAvailable(bool available)
{
    for (QAction* action : {m_import, m_export, m_printDay, m_printWeek}) {
        action->setEnabled(available);
    }
}

void FileMenuActions::importCalendarFile(const QString& chosenPath)
{
    const QString path =
        chosenPath.isEmpty()
            ? QFileDialog::getOpenFileName(&m_window, tr("Import Calendar File"), QString(), calendarFilter())
            : chosenPath;
    if (path.isEmpty()) {
        return;
    }
    Result<ImportPlan> planned = CalendarImport::planFile(m_book, m_window.currentProfileId(), path);
    if (!planned) {
        showError(planned.error().fullText());
        return;
    }
    ImportPlan plan = std::move(planned).value();
    ImportCalendarDialog preview(plan, QFileInfo(path).fileName(), &m_window);
    if (preview.exec() != QDialog::Accepted) {
        return;
    }
    if (const Status applied = CalendarImport::apply(m_book, plan); !applied) {
        showError(applied.error().fullText());
        return;
    }
    using Action = ImportPlan::Action;
    m_window.statusBar()->showMessage(tr("Imported %1: %2 added, %3 updated, %4 skipped.")
                                          .arg(QFileInfo(path).fileName())
                                          .arg(plan.count(Action::Add))
                                          .arg(plan.count(Action::Update))
                                          .arg(plan.count(Action::Skip)),
                                      kMessageMs);
}

void FileMenuActions::exportCalendarFile(const QString& chosenPath)
{
    const std::optional<Profile> profile = currentProfile();
    if (!profile) {
        return;
    }
    const CalendarRange range = m_window.calendar()->range();
    ExportCalendarDialog choice(range.firstDay(), range.lastDay(),
                                m_window.calendar()->selectedAppointmentId(), &m_window);
    if (choice.exec() != QDialog::Accepted) {
        return;
    }
    const QString path =
        chosenPath.isEmpty()
            ? QFileDialog::getSaveFileName(&m_window, tr("Export Calendar File"),
                                           profile->displayName + QStringLiteral(".ics"), calendarFilter())
            : chosenPath;
    if (path.isEmpty()) {
        return;
    }
    const Result<int> written = CalendarExport::writeFile(m_book, *profile, choice.selection(), path);
    if (!written) {
        showError(written.error().fullText());
        return;
    }
    m_window.statusBar()->showMessage(
        tr("Exported %n appointment(s) to %1.", nullptr, written.value()).arg(QFileInfo(path).fileName()),
        kMessageMs);
}

void FileMenuActions::printSheet(int days)
{
    const std::optional<Profile> profile = currentProfile();
    if (!profile) {
        return;
    }
    const QDate focus = m_window.calendar()->focusDate();
    const QDate first = days == 1 ? focus : CalendarRange(CalendarMode::Week, focus).firstDay();
    const Result<DaySheetContent> content = DaySheetContent::load(m_book, *profile, first, days);
    if (!content) {
        showError(content.error().fullText());
        return;
    }
    const DaySheet sheet(content.value());
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("%1: %2").arg(profile->displayName, sheet.period()));
    QPrintPreviewDialog preview(&printer, &m_window);
    preview.setObjectName(QStringLiteral("daySheetPreview"));
    preview.setWindowTitle(days == 1 ? tr("Print Day Sheet") : tr("Print Week Sheet"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&sheet](QPrinter* target) { sheet.paint(*target); });
    preview.exec();
}

QString FileMenuActions::calendarFilter()
{
    return tr("Calendar files (*.ics *.ical *.ifb *.icalendar);;All files (*)");
}

std::optional<Profile> FileMenuActions::currentProfile() const
{
    const Result<QList<Profile>> profiles = m_book.profiles();
    if (!profiles) {
        showError(profiles.error().fullText());
        return std::nullopt;
    }
    for (const Profile& p : profiles.value()) {
        if (p.id == m_window.currentProfileId()) {
            return p;
        }
    }
    return std::nullopt;
}

void FileMenuActions::showError(const QString& message) const
{
    QMessageBox::warning(&m_window, QApplication::applicationDisplayName(), message);
}

} // namespace slotwise
