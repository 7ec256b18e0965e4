#include "ui/DesktopSession.h"

#include "services/AppIdentity.h"
#include "services/AppointmentBook.h"
#include "services/DataDirectory.h"
#include "ui/CalendarPane.h"
#include "ui/settings/BusyCalendarsWidget.h"
#include "ui/settings/CalendarSettingsDialog.h"
#include "ui/settings/SyncConflictsWidget.h"
#include "ui/tray/TrayPreferencesWidget.h"

#include <QAction>
#include <QCoreApplication>
#include <QTimer>

namespace slotwise {

namespace {

QStringList autostartArguments(const DataDirectory& dataDir, const DesktopSession::Options& options)
{
    QStringList arguments{QStringLiteral("--start-in-tray")};
    if (options.dataDirFromCommandLine) {
        arguments << QStringLiteral("--data-dir") << dataDir.path();
    }
    return arguments + options.databaseArguments;
}

} // namespace

DesktopSession::DesktopSession(Services services, AppointmentBook& book, const DataDirectory& dataDir,
                               Options options, QObject* parent)
    : QObject(parent)
    , m_repositories(services.repositories)
    , m_book(book)
    , m_options(std::move(options))
    , m_authorizer(services.authorizer)
    , m_sync(services.sync)
    , m_changes(services.changes)
    , m_window(book)
    , m_traySettings(m_settings)
    , m_tray(&m_window, m_traySettings)
    // The entry is named after the desktop file id (org.slotwise.Slotwise), as the freedesktop spec wants.
    , m_autostart(QStringLiteral(SLOTWISE_APP_ID), QStringLiteral(SLOTWISE_DISPLAY_NAME),
                  QCoreApplication::applicationFilePath(), autostartArguments(dataDir, m_options))
{}

DesktopSession::~DesktopSession() = default;

void DesktopSession::start()
{
    // Sync: after local changes (debounced), every N minutes, when the network returns, and right after
    // (re)connecting; a disconnect makes start() drop the profile and publish "not connected".
    connect(&m_book, &AppointmentBook::appointmentsChanged, &m_sync, &SyncEngine::scheduleAfterLocalChange);
    connect(&m_authorizer, &GoogleAuthorizer::connectionChanged, &m_sync, [this](const QString& profileId) {
        m_sync.start();
        m_sync.syncNow(profileId);
        forwardStatus(m_sync.status(profileId));
    });
    connect(&m_sync, &SyncEngine::statusChanged, this, &DesktopSession::forwardStatus);
    connect(&m_sync, &SyncEngine::syncFinished, m_window.calendar(),
            [this] { m_window.calendar()->reload(); });
    connect(&m_changes, &ExternalChangeWatcher::changedElsewhere, &m_window, &MainWindow::reloadFromDatabase);
    connect(&m_changes, &ExternalChangeWatcher::outboxGrown, &m_sync, [this](const QStringList& profileIds) {
        for (const QString& profileId : profileIds) {
            m_sync.scheduleAfterLocalChange(profileId);
        }
    });

    // Tray and status-bar menu.
    connect(&m_tray, &TrayIcon::syncNowRequested, &m_sync, &SyncEngine::syncNow);
    connect(&m_tray, &TrayIcon::pauseRequested, &m_sync, &SyncEngine::pause);
    connect(&m_tray, &TrayIcon::resumeRequested, &m_sync, &SyncEngine::resume);
    connect(&m_sync, &SyncEngine::conflictResolved, &m_tray, &TrayIcon::notifyConflictResolved);
    connect(&m_tray, &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
    connect(&m_tray, &TrayIcon::settingsRequested, m_window.calendarSettingsAction(), &QAction::trigger);
    m_tray.setAppointmentBook(&m_book);

    connect(&m_window, &MainWindow::calendarSettingsRequested, this, &DesktopSession::openCalendarSettings);
    connect(&m_window, &MainWindow::currentProfileChanged, this, &DesktopSession::showProfile);
    m_window.calendarSettingsAction()->setEnabled(true);
    m_window.restoreSettings();
    m_window.setQuitAfterFirstPaint(m_options.exitAfterFirstPaint);
    showProfile(m_window.currentProfileId());

    if (!m_options.exitAfterFirstPaint) {
        m_changes.start();
        m_sync.start();
        QTimer::singleShot(0, &m_sync, &SyncEngine::syncAll);
    }
    if (!m_options.startInTray || !m_tray.isTrayAvailable()) {
        m_window.show();
    }
    if (!m_options.exitAfterFirstPaint) {
        QTimer::singleShot(0, &m_window, &MainWindow::ensureProfile);
    }
}

void DesktopSession::raiseWindow()
{
    m_tray.showWindow();
}

void DesktopSession::openCalendarSettings()
{
    const QString profileId = m_window.currentProfileId();
    if (profileId.isEmpty()) {
        return;
    }
    auto* dialog = new CalendarSettingsDialog(m_repositories, m_authorizer, profileId, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* trayPreferences =
        new TrayPreferencesWidget(m_traySettings, m_autostart, m_tray.isTrayAvailable(), dialog);
    trayPreferences->setProfileId(profileId);
    dialog->addSection(tr("Tray and reminders"), trayPreferences);
    // A restored conflict is a local edit the book did not see: show it and push it. A sync round may
    // record new conflicts while the dialog is open.
    connect(dialog, &CalendarSettingsDialog::conflictRestored, this,
            [this](const QString& restoredProfileId) {
                m_window.calendar()->reload();
                m_sync.scheduleAfterLocalChange(restoredProfileId);
            });
    // Debounced like a local edit: ticking three calendars in a row should cost one sync.
    connect(dialog, &CalendarSettingsDialog::busyCalendarsChanged, &m_sync,
            &SyncEngine::scheduleAfterLocalChange);
    connect(&m_sync, &SyncEngine::syncFinished, dialog->syncConflicts(),
            [dialog, profileId](const QString& synced) {
                if (synced == profileId) {
                    dialog->syncConflicts()->reload();
                    dialog->busyCalendars()->reload();
                }
            });
    dialog->open();
}

void DesktopSession::forwardStatus(SyncStatus status)
{
    // The engine knows connections, not names; the tooltip says whose calendar it is.
    status.profileName = profileName(status.profileId);
    m_tray.setStatus(status);
}

void DesktopSession::showProfile(const QString& profileId)
{
    if (profileId.isEmpty()) {
        return;
    }
    m_tray.setCurrentProfile(profileId);
    forwardStatus(m_sync.status(profileId));
}

QString DesktopSession::profileName(const QString& profileId) const
{
    const Result<QList<Profile>> profiles = m_book.profiles();
    if (profiles) {
        for (const Profile& p : profiles.value()) {
            if (p.id == profileId) {
                return p.displayName;
            }
        }
    }
    return {};
}

} // namespace slotwise
