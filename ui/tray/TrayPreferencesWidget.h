#pragma once

#include "services/AutostartEntry.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace slotwise {

class TraySettings;

// The tray's part of Calendar settings: keep running in the tray when the window closes, start at login,
// and reminder minutes before appointments for the current profile. Changes apply at once. Meant to be
// embedded in the settings dialog (a page or a group).
class TrayPreferencesWidget : public QWidget
{
    Q_OBJECT
public:
    TrayPreferencesWidget(TraySettings& settings, AutostartEntry autostart, bool trayAvailable,
                          QWidget* parent = nullptr);

    // The profile whose reminder setting is shown; empty disables the reminder field.
    void setProfileId(const QString& profileId);

    QCheckBox* keepRunningBox() const { return m_keepRunning; }
    QCheckBox* startAtLoginBox() const { return m_startAtLogin; }
    QSpinBox* reminderBox() const { return m_reminder; }
    QLabel* errorLabel() const { return m_error; }

private:
    void applyStartAtLogin(bool enabled);

    TraySettings& m_settings;
    AutostartEntry m_autostart;
    QString m_profileId;
    QCheckBox* m_keepRunning = nullptr;
    QCheckBox* m_startAtLogin = nullptr;
    QSpinBox* m_reminder = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace slotwise
