#pragma once

#include "models/SyncStatus.h"
#include "services/AutostartEntry.h"
#include "services/ExternalChangeWatcher.h"
#include "services/oauth/GoogleAuthorizer.h"
#include "services/storage/Repositories.h"
#include "services/sync/SyncEngine.h"
#include "ui/MainWindow.h"
#include "ui/tray/TrayIcon.h"
#include "ui/tray/TraySettings.h"

#include <QObject>
#include <QSettings>

namespace slotwise {

class AppointmentBook;
class DataDirectory;

// The running desktop program: one Google authorizer, one sync engine, the main window and the tray, wired
// so that every view of sync (tray icon, status bar, settings dialog) follows the same SyncStatus. The
// `slotwise` executable builds one of these after it has opened the database and built the services over
// it (services/desktop/DesktopServices), which must outlive the session.
class DesktopSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool dataDirFromCommandLine = false; // the autostart entry then repeats --data-dir
        QStringList databaseArguments;       // --database URL / --desk NAME as given; repeated likewise
        bool startInTray = false;
        bool exitAfterFirstPaint = false; // start-up benchmark: no sync, no prompts
    };

    // The services over the open database that the session wires to the window and the tray.
    struct Services
    {
        Repositories& repositories;
        GoogleAuthorizer& authorizer;
        SyncEngine& sync;
        ExternalChangeWatcher& changes;
    };

    DesktopSession(Services services, AppointmentBook& book, const DataDirectory& dataDir, Options options,
                   QObject* parent = nullptr);
    ~DesktopSession() override;

    void start();

    MainWindow& window() { return m_window; }
    TrayIcon& tray() { return m_tray; }
    SyncEngine& sync() { return m_sync; }

public Q_SLOTS:
    // A second launch asked for the window.
    void raiseWindow();

private:
    void openCalendarSettings();
    void forwardStatus(SyncStatus status);
    void showProfile(const QString& profileId);
    QString profileName(const QString& profileId) const;

    Repositories& m_repositories;
    AppointmentBook& m_book;
    Options m_options;
    GoogleAuthorizer& m_authorizer;
    SyncEngine& m_sync;
    ExternalChangeWatcher& m_changes;
    MainWindow m_window;
    QSettings m_settings;
    TraySettings m_traySettings;
    TrayIcon m_tray;
    AutostartEntry m_autostart;
};

} // namespace slotwise
