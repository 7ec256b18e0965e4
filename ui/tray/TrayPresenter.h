#pragma once

#include "models/SyncStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace slotwise {

// What the tray shows for one sync status: icon, tooltip and the state of its menu. Kept free of widgets so
// the mapping is tested without a system tray.
struct TrayView
{
    QString iconPath;   // a resource path, one SVG per state
    QString statusText; // one short line, e.g. "In sync · last synced 2 minutes ago"
    QString toolTip;    // profile · account · last sync · pending changes · current problem
    bool syncNowEnabled = false;
    bool pauseEnabled = false;
    bool pauseResumes = false; // the pause action currently reads "Resume sync"
    QString pauseText;

    friend bool operator==(const TrayView&, const TrayView&) = default;
};

class TrayPresenter
{
    Q_DECLARE_TR_FUNCTIONS(TrayPresenter)
public:
    static TrayView present(const SyncStatus& status, const QDateTime& nowUtc);

    static QString iconPath(SyncState state);
    // Short words for the state, e.g. "In sync", "Reconnect needed".
    static QString stateText(SyncState state);
    // "Last synced just now", "Last synced 2 minutes ago", ... "Never synced".
    static QString lastSyncedText(const QDateTime& lastSyncUtc, const QDateTime& nowUtc);
    // The current problem in plain words, naming the appointment when one failed; empty when none.
    static QString problemText(const SyncStatus& status);
};

} // namespace slotwise
