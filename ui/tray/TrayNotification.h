#pragma once

#include <QMetaType>
#include <QString>

namespace slotwise {

// One desktop notification the tray should show (QSystemTrayIcon::showMessage).
struct TrayNotification
{
    enum class Kind
    {
        ReconnectNeeded,
        SyncFailing,
        ConflictResolved,
        Reminder,
        StillRunning
    };
    enum class Severity
    {
        Information,
        Warning,
        Critical
    };

    Kind kind = Kind::Reminder;
    Severity severity = Severity::Information;
    QString title;
    QString message;
};

} // namespace slotwise

Q_DECLARE_METATYPE(slotwise::TrayNotification)
