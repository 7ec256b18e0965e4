#pragma once

#include "models/Profile.h"

#include <QObject>
#include <QString>

#include <optional>

class QAction;

namespace slotwise {

class AppointmentBook;
class MainWindow;

// The File menu's calendar-file and printing commands: import a calendar file (with a preview), export one,
// print the day or the week of the calendar's focus day (print preview). The work is in services/ics and
// ui/print; this asks for files and shows results. A path given to a slot skips the file dialog (tests).
class FileMenuActions : public QObject
{
    Q_OBJECT
public:
    FileMenuActions(AppointmentBook& book, MainWindow& window);

    QAction* importCalendar() const { return m_import; }
    QAction* exportCalendar() const { return m_export; }
    QAction* printDaySheet() const { return m_printDay; }
    QAction* printWeekSheet() const { return m_printWeek; }
    // All of them need a profile.
    void setProfileAvailable(bool available);

public Q_SLOTS:
    // Empty path: ask with a file dialog.
    void importCalendarFile(const QString& path = QString());
    void exportCalendarFile(const QString& path = QString());
    // 1: the focus day, 7: its week.
    void printSheet(int days);

private:
    static QString calendarFilter();
    std::optional<Profile> currentProfile() const;
    void showError(const QString& message) const;

    AppointmentBook& m_book;
    MainWindow& m_window;
    QAction* m_import = nullptr;
    QAction* m_export = nullptr;
    QAction* m_printDay = nullptr;
    QAction* m_printWeek = nullptr;
};

} // namespace slotwise
