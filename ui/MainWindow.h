#pragma once

#include "ui/calendar/CalendarRange.h"
#include "ui/Confirmation.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;

namespace slotwise {

class AppointmentBook;
class BookingDialog;
class CalendarPane;
class CalendarViewActions;
class FileMenuActions;
class NavigationToolBar;
class ProfileListModel;
class UndoCancelNotice;

// The appointment book's window: toolbar (navigation, view switcher, profile switcher), the calendar
// pane, and a status bar with the profile, counts and an Undo after cancelling. Other features add
// status-bar widgets through statusBar(); connecting to calendarSettingsRequested() enables its menu entry.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppointmentBook& book, QWidget* parent = nullptr);
    ~MainWindow() override;

    CalendarPane* calendar() const { return m_pane; }
    QString currentProfileId() const;
    void setCurrentProfile(const QString& profileId);
    // The profile and count text at the left of the status bar.
    QString statusText() const;
    // Tools › Calendar Settings…: disabled until something connects to calendarSettingsRequested().
    QAction* calendarSettingsAction() const { return m_actions.calendarSettings; }
    QAction* undoCancelAction() const { return m_actions.undoCancel; }
    // File › Import/Export Calendar File…, Print Day/Week Sheet….
    FileMenuActions* fileActions() const { return m_fileActions; }

    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    // For the start-up benchmark: quit the application right after the first paint.
    void setQuitAfterFirstPaint(bool quit) { m_quitAfterFirstPaint = quit; }
    // Restores geometry, view and profile from QSettings; saved again on close.
    void restoreSettings();

public Q_SLOTS:
    // First start: asks for a profile name (or creates a default) so a new user can book at once.
    void ensureProfile();
    // Another process (slotwise-cli) changed the database: show its profiles and appointments.
    void reloadFromDatabase();
    void newProfile();
    // Renames the current profile or changes its email.
    void editCurrentProfile();
    // Opens the booking dialog; an invalid start means "the next sensible slot on the focus day".
    void newAppointment(const QDateTime& localStart = QDateTime(), bool allDay = false);
    void editAppointment(const QString& id);
    // Asks, cancels and offers Undo. Returns true if it was cancelled.
    bool cancelAppointment(const QString& id);
    void cancelSelectedAppointment();
    void undoCancel();

Q_SIGNALS:
    void calendarSettingsRequested();
    // The profile switcher now shows another profile (also after profiles were reloaded).
    void currentProfileChanged(const QString& profileId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void connectNotify(const QMetaMethod& signal) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void reloadProfiles();
    void updateTitleAndStatus();
    void updateActions();
    void setUpBookingDialog(BookingDialog& dialog) const;
    void restoreAppointment(const QString& id);
    void showError(const QString& message);

    AppointmentBook& m_book;
    CalendarPane* m_pane = nullptr;
    ProfileListModel* m_profiles = nullptr;
    Confirmation m_confirm;
    bool m_quitAfterFirstPaint = false;
    bool m_painted = false;

    NavigationToolBar* m_toolBar = nullptr;
    QComboBox* m_profileCombo = nullptr; // the toolbar's profile switcher
    QLabel* m_statusLabel = nullptr;
    UndoCancelNotice* m_undoNotice = nullptr;
    CalendarViewActions* m_viewActions = nullptr;
    FileMenuActions* m_fileActions = nullptr;

    // The window's own commands, made by createActions() (children of the window) and shared by the menus,
    // the toolbar and the shortcuts.
    struct Actions
    {
        QAction* newAppointment = nullptr;
        QAction* newProfile = nullptr;
        QAction* editProfile = nullptr;
        QAction* quit = nullptr;
        QAction* openAppointment = nullptr;
        QAction* cancelAppointment = nullptr;
        QAction* undoCancel = nullptr;
        QAction* calendarSettings = nullptr;
        QAction* about = nullptr;
    } m_actions;
};

} // namespace slotwise
