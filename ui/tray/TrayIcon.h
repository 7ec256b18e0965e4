#pragma once

#include "models/Clock.h"
#include "models/SyncStatus.h"
#include "ui/tray/NotificationPolicy.h"
#include "ui/tray/TrayNotification.h"
#include "ui/tray/TrayPresenter.h"

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

#include <QHash>

#include <map>
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
// window, and closing the window keeping Slotwise running (with a one-time notice; TraySettings turns it
// off). The same status and menu also sit in the window's status bar (when it is a QMainWindow). Without a
// system tray, notifications become status-bar messages and closing the window quits.
//
// The icon, tooltip and menu show the current profile (the one the window shows); notifications come for
// every profile whose status arrives, each judged by its own NotificationPolicy. What the menu asks for is
// emitted as signals carrying the current profile's id, ready for SyncEngine's slots.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    enum class Availability
    {
        Detect,
        Available,
        Unavailable
    }; // tests force one

    TrayIcon(QWidget* window, TraySettings& settings, Availability availability = Availability::Detect,
             NotificationPolicy::Clock clock = &slotwise::Clock::utcNow, QObject* parent = nullptr);
    ~TrayIcon() override;

    bool isTrayAvailable() const { return m_trayAvailable; }
    QMenu* menu() const { return m_menu.get(); }
    const TrayView& view() const { return m_view; }
    QString currentProfileId() const { return m_current.profileId; }
    QAction* syncNowAction() const { return m_syncNow; }
    QAction* pauseAction() const { return m_pause; }

    // Source of upcoming appointments for reminders; without one no reminders are shown.
    void setAppointmentBook(AppointmentBook* book);

public Q_SLOTS:
    // Which profile the icon shows; until called, the first profile whose status arrives.
    void setCurrentProfile(const QString& profileId);
    // A profile's status, e.g. from SyncEngine::statusChanged.
    void setStatus(const slotwise::SyncStatus& status);
    void notifyConflictResolved(const QString& profileId, const QString& appointmentTitle,
                                const QString& resolution);
    void toggleWindow();
    void showWindow();
    // Re-evaluates time-driven notifications (failing for 15 minutes, reminders); runs every 30 s by itself.
    void checkNotifications();
    // Closes the window (so it saves its state) and emits quitRequested().
    void quit();

Q_SIGNALS:
    void syncNowRequested(const QString& profileId);
    void pauseRequested(const QString& profileId);
    void resumeRequested(const QString& profileId);
    void settingsRequested();
    // Quit from the menu, or the window closed while Slotwise is not kept in the tray.
    void quitRequested();
    void notificationShown(const slotwise::TrayNotification& notification);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildMenu();
    void installStatusBarButton();
    void refresh();
    void show(const QList<TrayNotification>& notifications);
    NotificationPolicy& policy(const QString& profileId);
    void loadUpcomingAppointments(const QString& profileId);
    void trayActivated(QSystemTrayIcon::ActivationReason reason);

    QPointer<QWidget> m_window;
    TraySettings& m_settings;
    NotificationPolicy::Clock m_clock;
    std::map<QString, std::unique_ptr<NotificationPolicy>> m_policies; // by profile id
    bool m_trayAvailable = false;
    bool m_quitting = false;
    SyncStatus m_current;                  // the current profile's last status
    QHash<QString, SyncStatus> m_statuses; // every profile's last status
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
