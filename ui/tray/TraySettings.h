#pragma once

#include <QString>

class QSettings;

namespace slotwise {

// The tray's preferences, kept in QSettings: keep running in the tray when the window closes (on by
// default), whether the one-time "still running" notice was shown, and reminder minutes per profile
// (0 = off, the default).
class TraySettings
{
public:
    explicit TraySettings(QSettings& settings);

    bool keepRunningInTray() const;
    void setKeepRunningInTray(bool keep);

    bool closeNoticeShown() const;
    void setCloseNoticeShown(bool shown);

    int reminderMinutes(const QString& profileId) const;
    void setReminderMinutes(const QString& profileId, int minutes);

    static constexpr int kMaxReminderMinutes = 24 * 60;

private:
    QSettings& m_settings;
};

} // namespace slotwise
