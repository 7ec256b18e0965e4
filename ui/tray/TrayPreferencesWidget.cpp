#include "ui/tray/TrayPreferencesWidget.h"

#include "ui/tray/TraySettings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <utility>

namespace slotwise {

TrayPreferencesWidget::TrayPreferencesWidget(TraySettings& settings, AutostartEntry autostart,
                                             bool trayAvailable, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_autostart(std::move(autostart))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_keepRunning = new QCheckBox(tr("&Keep Slotwise running in the tray when the window is closed"), this);
    m_keepRunning->setChecked(m_settings.keepRunningInTray());
    if (!trayAvailable) {
        m_keepRunning->setEnabled(false);
        m_keepRunning->setToolTip(
            tr("This desktop has no system tray, so closing the window quits Slotwise."));
    }
    connect(m_keepRunning, &QCheckBox::toggled, this,
            [this](bool keep) { m_settings.setKeepRunningInTray(keep); });
    layout->addWidget(m_keepRunning);

    m_startAtLogin = new QCheckBox(tr("&Start Slotwise when I log in"), this);
    m_startAtLogin->setChecked(m_autostart.isEnabled());
    connect(m_startAtLogin, &QCheckBox::toggled, this, &TrayPreferencesWidget::applyStartAtLogin);
    layout->addWidget(m_startAtLogin);

    auto* form = new QFormLayout;
    m_reminder = new QSpinBox(this);
    m_reminder->setRange(0, TraySettings::kMaxReminderMinutes);
    m_reminder->setSingleStep(5);
    m_reminder->setSpecialValueText(tr("Off"));
    m_reminder->setSuffix(tr(" min", "minutes before an appointment"));
    m_reminder->setAccessibleName(tr("Reminder before appointments, in minutes"));
    connect(m_reminder, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_settings.setReminderMinutes(m_profileId, minutes); });
    form->addRow(tr("&Remind me before appointments:"), m_reminder);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch();

    setProfileId(QString());
}

void TrayPreferencesWidget::setProfileId(const QString& profileId)
{
    m_profileId = profileId;
    const QSignalBlocker blocker(m_reminder);
    m_reminder->setValue(m_settings.reminderMinutes(profileId));
    m_reminder->setEnabled(!profileId.isEmpty());
}

void TrayPreferencesWidget::applyStartAtLogin(bool enabled)
{
    const Status status = m_autostart.setEnabled(enabled);
    if (status) {
        m_error->hide();
        return;
    }
    m_error->setText(status.error().message());
    m_error->show();
    const QSignalBlocker blocker(m_startAtLogin);
    m_startAtLogin->setChecked(m_autostart.isEnabled()); // show what is really in place
}

} // namespace slotwise
