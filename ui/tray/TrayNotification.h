#pragma once

#include <QString>

namespace slotwise {

// One desktop notification the tray should show (QSystemTrayIcon::showMessage).
struct TrayNotification
{
    enum class Kind { ReconnectNeeded, SyncFailing, ConflictResolved, Reminder };
    enum class Severity { Information, Warning, Critical };

    Kind kind = Kind::Reminder;
    Severity severity = Severity::Information;
    QString title;
    QString message;
};

} // namespace slotwise
