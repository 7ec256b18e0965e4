#pragma once

#include "models/Result.h"

#include <QString>
#include <QStringList>

namespace slotwise {

// "Start Slotwise when I log in": an XDG autostart entry, $XDG_CONFIG_HOME/autostart/<app id>.desktop
// (~/.config when XDG_CONFIG_HOME is unset or not absolute, as the XDG base directory spec says).
class AutostartEntry
{
public:
    // `command` is the program to start, e.g. the running executable's absolute path; `arguments` follow it.
    AutostartEntry(QString appId, QString displayName, QString command, QStringList arguments = {});

    QString filePath() const;
    // True when the entry exists and is not switched off (Hidden=true or X-GNOME-Autostart-enabled=false).
    bool isEnabled() const;
    Status setEnabled(bool enabled) const;

    // The desktop entry's text, also used by tests to validate it.
    QString contents() const;

private:
    QString m_appId;
    QString m_displayName;
    QString m_command;
    QStringList m_arguments;
};

} // namespace slotwise
