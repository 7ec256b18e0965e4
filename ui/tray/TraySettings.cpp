#include "ui/tray/TraySettings.h"

#include <QSettings>

namespace slotwise {

namespace {
const QString kKeepRunning = QStringLiteral("tray/keepRunningWhenClosed");
const QString kNoticeShown = QStringLiteral("tray/closeNoticeShown");

QString reminderKey(const QString& profileId)
{
    return QStringLiteral("profiles/") + profileId + QStringLiteral("/reminderMinutesBefore");
}
} // namespace

TraySettings::TraySettings(QSettings& settings)
    : m_settings(settings)
{}

bool TraySettings::keepRunningInTray() const
{
    return m_settings.value(kKeepRunning, true).toBool();
}

void TraySettings::setKeepRunningInTray(bool keep)
{
    m_settings.setValue(kKeepRunning, keep);
}

bool TraySettings::closeNoticeShown() const
{
    return m_settings.value(kNoticeShown, false).toBool();
}

void TraySettings::setCloseNoticeShown(bool shown)
{
    m_settings.setValue(kNoticeShown, shown);
}

int TraySettings::reminderMinutes(const QString& profileId) const
{
    if (profileId.isEmpty()) {
        return 0;
    }
    bool ok = false;
    const int minutes = m_settings.value(reminderKey(profileId), 0).toInt(&ok);
    // A hand-edited or damaged value means "off" rather than a surprise.
    return ok && minutes > 0 && minutes <= kMaxReminderMinutes ? minutes : 0;
}

void TraySettings::setReminderMinutes(const QString& profileId, int minutes)
{
    if (profileId.isEmpty()) {
        return;
    }
    m_settings.setValue(reminderKey(profileId), qBound(0, minutes, kMaxReminderMinutes));
}

} // namespace slotwise
