#pragma once

#include "models/SyncStatus.h"
#include "ui/tray/NotificationPolicy.h"
#include "ui/tray/TrayNotification.h"
#include "ui/tray/TrayPresenter.h"

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

#include <memory>

class QAction;
class QMenu;
class QTimer;
class QToolButton;
class QWidget;

namespace slotwise {

class AppointmentBook;
class TraySettings;

// Slotwise in the system tray: the sync state as icon and tooltip, a menu (Open Slotwise, Sync now, Pause /
// Resume sync, Calendar settings…, Quit), notifications chosen by NotificationPolicy, left click toggling the
// window, and closing the window keeping Slotwise running (with a one-time notice; TraySettings turns it off).
// Without a system tray the same status and menu sit in the window's status bar (when it is a QMainWindow),
// notifications become status-bar messages, and closing the window quits.
//
// What the menu asks for is emitted as signals; the application connects them to the syncer and dialogs.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    enum class Availability { Detect, Available, Unavailable }; // tests force one

    TrayIcon(QWidget* window, TraySettings& settings, Availability availability = Availability::Detect,
             NotificationPolicy::Clock clock = &QDateTime::currentDateTimeUtc, QObject* parent = nullptr);
    ~TrayIcon() override;

    bool isTrayAvailable() const { return m_trayAvailable; }
    QMenu* menu() const { return m_menu.get(); }
    const TrayView& view() const { return m_view; }
    QAction* syncNowAction() const { return m_syncNow; }
    QAction* pauseAction() const { return m_pause; }

    // Source of upcoming appointments for reminders; without one no reminders are shown.
    void setAppointmentBook(AppointmentBook* book);

public Q_SLOTS:
    void setStatus(const slotwise::SyncStatus& status);
    void notifyConflictResolved(const QString& appointmentTitle, const QString& resolution);
    void toggleWindow();
    void showWindow();
    // Re-evaluates time-driven notifications (failing for 15 minutes, reminders); runs every 30 s by itself.
    void checkNotifications();
    // Closes the window (so it saves its state) and emits quitRequested().
    void quit();

Q_SIGNALS:
    void syncNowRequested();
    void pauseRequested();
    void resumeRequested();
    void settingsRequested();
    // Quit from the menu, or the window closed while Slotwise is not kept in the tray.
    void quitRequested();
    void notificationShown(const slotwise::TrayNotification& notification);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildMenu();
    void installStatusBarFallback();
    void refresh();
    void show(const QList<TrayNotification>& notifications);
    void loadUpcomingAppointments();
    void trayActivated(QSystemTrayIcon::ActivationReason reason);

    QPointer<QWidget> m_window;
    TraySettings& m_settings;
    NotificationPolicy::Clock m_clock;
    NotificationPolicy m_policy;
    bool m_trayAvailable = false;
    bool m_quitting = false;
    SyncStatus m_status;
    TrayView m_view;
    QPointer<AppointmentBook> m_book;

    std::unique_ptr<QMenu> m_menu; // a top-level popup: the tray and the status-bar button only borrow it
    QAction* m_statusLine = nullptr;
    QAction* m_open = nullptr;
    QAction* m_syncNow = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quit = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QToolButton* m_statusButton = nullptr; // the status-bar stand-in when there is no tray
    QTimer* m_timer = nullptr;
};

} // namespace slotwise
