#include "ui/tray/TrayIcon.h"

#include "services/AppointmentBook.h"
#include "ui/tray/TraySettings.h"

#include <QApplication>
#include <QIcon>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include <utility>

namespace slotwise {

namespace {
constexpr int kTickMs = 30 * 1000;
constexpr int kMessageMs = 10 * 1000;

QSystemTrayIcon::MessageIcon messageIcon(TrayNotification::Severity severity)
{
    switch (severity) {
    case TrayNotification::Severity::Information:
        return QSystemTrayIcon::Information;
    case TrayNotification::Severity::Warning:
        return QSystemTrayIcon::Warning;
    case TrayNotification::Severity::Critical:
        return QSystemTrayIcon::Critical;
    }
    return QSystemTrayIcon::Information;
}
} // namespace

TrayIcon::TrayIcon(QWidget* window, TraySettings& settings, Availability availability,
                   NotificationPolicy::Clock clock, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_clock(std::move(clock))
    , m_trayAvailable(availability == Availability::Detect ? QSystemTrayIcon::isSystemTrayAvailable()
                                                           : availability == Availability::Available)
{
    buildMenu();
    if (m_trayAvailable) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu.get());
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayIcon::trayActivated);
        // The window only hides on close; dialogs opened from the tray must not end Slotwise either.
        QApplication::setQuitOnLastWindowClosed(false);
    }
    // The status bar always shows sync status: a tray may be missing, hidden or out of sight.
    installStatusBarButton();
    if (m_window) {
        m_window->installEventFilter(this);
    }
    m_timer = new QTimer(this);
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &TrayIcon::checkNotifications);
    m_timer->start();

    refresh();
    if (m_tray) {
        m_tray->show();
    }
}

TrayIcon::~TrayIcon()
{
    if (m_window) {
        m_window->removeEventFilter(this);
    }
}

void TrayIcon::buildMenu()
{
    m_menu = std::make_unique<QMenu>();
    m_statusLine = m_menu->addAction(QString());
    m_statusLine->setEnabled(false);
    m_menu->addSeparator();
    m_open = m_menu->addAction(tr("Open Slotwise"), this, &TrayIcon::showWindow);
    m_syncNow =
        m_menu->addAction(tr("Sync now"), this, [this] { Q_EMIT syncNowRequested(m_current.profileId); });
    m_pause = m_menu->addAction(tr("Pause sync"), this, [this] {
        if (m_view.pauseResumes) {
            Q_EMIT resumeRequested(m_current.profileId);
        } else {
            Q_EMIT pauseRequested(m_current.profileId);
        }
    });
    m_menu->addSeparator();
    m_settingsAction = m_menu->addAction(tr("Calendar settings…"), this, [this] {
        showWindow(); // the dialog belongs to the window
        Q_EMIT settingsRequested();
    });
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("Quit Slotwise"), this, &TrayIcon::quit);
}

void TrayIcon::installStatusBarButton()
{
    auto* mainWindow = qobject_cast<QMainWindow*>(m_window.data());
    if (!mainWindow) {
        return;
    }
    m_statusButton = new QToolButton(mainWindow->statusBar());
    m_statusButton->setObjectName(QStringLiteral("syncStatusButton"));
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_statusButton->setAutoRaise(true);
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setMenu(m_menu.get());
    if (!m_trayAvailable) {
        m_open->setVisible(false); // the window is right there
    }
    mainWindow->statusBar()->addPermanentWidget(m_statusButton);
}

void TrayIcon::setAppointmentBook(AppointmentBook* book)
{
    m_book = book;
    if (m_book) {
        connect(m_book, &AppointmentBook::appointmentsChanged, this, &TrayIcon::loadUpcomingAppointments);
    }
    for (const auto& entry : m_policies) {
        loadUpcomingAppointments(entry.first);
    }
}

NotificationPolicy& TrayIcon::policy(const QString& profileId)
{
    auto& slot = m_policies[profileId];
    if (!slot) {
        slot = std::make_unique<NotificationPolicy>(m_clock);
        loadUpcomingAppointments(profileId);
    }
    return *slot;
}

void TrayIcon::setCurrentProfile(const QString& profileId)
{
    m_current = m_statuses.value(profileId);
    m_current.profileId = profileId;
    policy(profileId);
    refresh();
}

void TrayIcon::setStatus(const SyncStatus& status)
{
    m_statuses.insert(status.profileId, status);
    if (m_current.profileId.isEmpty() || status.profileId == m_current.profileId) {
        m_current = status;
        refresh();
    }
    show(policy(status.profileId).statusChanged(status));
}

void TrayIcon::notifyConflictResolved(const QString& profileId, const QString& appointmentTitle,
                                      const QString& resolution)
{
    show(policy(profileId).conflictResolved(appointmentTitle, resolution));
}

void TrayIcon::checkNotifications()
{
    refresh(); // "Last synced 3 minutes ago" ages
    for (const auto& [profileId, profilePolicy] : m_policies) {
        loadUpcomingAppointments(profileId);
        show(profilePolicy->tick());
    }
}

void TrayIcon::loadUpcomingAppointments(const QString& profileId)
{
    const auto found = m_policies.find(profileId);
    if (found == m_policies.end()) {
        return; // a profile the tray has not heard of yet
    }
    NotificationPolicy& policy = *found->second;
    const int minutes = m_settings.reminderMinutes(profileId);
    policy.setReminderMinutes(minutes);
    if (!m_book || minutes <= 0) {
        policy.setUpcomingAppointments({});
        return;
    }
    const QDateTime now = m_clock();
    // A little beyond the reminder window, so an appointment is known before its reminder is due.
    const auto upcoming = m_book->inRange(profileId, now, now.addSecs(qint64(minutes + 5) * 60));
    policy.setUpcomingAppointments(upcoming ? upcoming.value() : QList<Appointment>{});
}

void TrayIcon::refresh()
{
    m_view = TrayPresenter::present(m_current, m_clock());
    const QIcon icon(m_view.iconPath);
    m_statusLine->setText(m_view.statusText);
    m_syncNow->setEnabled(m_view.syncNowEnabled);
    m_pause->setEnabled(m_view.pauseEnabled);
    m_pause->setText(m_view.pauseText);
    if (m_tray) {
        m_tray->setIcon(icon);
        m_tray->setToolTip(m_view.toolTip);
    }
    if (m_statusButton) {
        m_statusButton->setIcon(icon);
        m_statusButton->setText(m_view.statusText);
        m_statusButton->setToolTip(m_view.toolTip);
    }
}

void TrayIcon::show(const QList<TrayNotification>& notifications)
{
    for (const TrayNotification& n : notifications) {
        if (m_tray) {
            m_tray->showMessage(n.title, n.message, messageIcon(n.severity), kMessageMs);
        } else if (auto* mainWindow = qobject_cast<QMainWindow*>(m_window.data())) {
            mainWindow->statusBar()->showMessage(n.title + QStringLiteral(": ") + n.message, 6 * kMessageMs);
        }
        Q_EMIT notificationShown(n);
    }
}

void TrayIcon::toggleWindow()
{
    if (!m_window) {
        return;
    }
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
    } else {
        showWindow();
    }
}

void TrayIcon::showWindow()
{
    if (!m_window) {
        return;
    }
    if (m_window->isMinimized()) {
        m_window->showNormal();
    } else {
        m_window->show();
    }
    m_window->raise();
    m_window->activateWindow();
}

void TrayIcon::trayActivated(QSystemTrayIcon::ActivationReason reason)
{
    if (reason == QSystemTrayIcon::Trigger) {
        toggleWindow();
    }
}

void TrayIcon::quit()
{
    m_quitting = true;
    if (m_window) {
        m_window->close(); // lets the window save its state, as on any close
    }
    Q_EMIT quitRequested();
}

bool TrayIcon::eventFilter(QObject* watched, QEvent* event)
{
    // Only watching: the close goes on (the window saves its state and hides). Whether Slotwise keeps
    // running is decided by quitOnLastWindowClosed, which is off while a tray icon exists.
    if (watched == m_window && event->type() == QEvent::Close && m_trayAvailable && !m_quitting) {
        if (!m_settings.keepRunningInTray()) {
            m_quitting = true;
            Q_EMIT quitRequested();
        } else if (!m_settings.closeNoticeShown()) {
            m_settings.setCloseNoticeShown(true);
            TrayNotification notice;
            notice.kind = TrayNotification::Kind::StillRunning;
            notice.severity = TrayNotification::Severity::Information;
            notice.title = tr("Slotwise is still running");
            notice.message = tr("Slotwise keeps your calendar in sync from the tray. To quit, choose Quit "
                                "Slotwise in the tray menu. You can turn this off in Calendar settings.");
            show({notice});
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace slotwise
