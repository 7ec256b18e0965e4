#include "ui/NavigationToolBar.h"

#include "models/Clock.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QToolButton>

namespace slotwise {

NavigationToolBar::NavigationToolBar(const Actions& actions, QAbstractItemModel* profiles, QWidget* parent)
    : QToolBar(tr("Navigation"), parent)
{
    setObjectName(QStringLiteral("navigationToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    addAction(actions.today);
    addAction(actions.previous);
    addAction(actions.next);
    // Chevrons read better than the style's arrow icons and need no icon theme.
    actions.previous->setIconText(tr("‹"));
    actions.next->setIconText(tr("›"));
    for (QAction* step : {actions.previous, actions.next}) {
        if (auto* button = qobject_cast<QToolButton*>(widgetForAction(step))) {
            QFont f = button->font();
            f.setPointSizeF(f.pointSizeF() * 1.6);
            button->setFont(f);
            button->setFixedWidth(button->fontMetrics().height() + 6);
        }
    }
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    QFont big = m_periodLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_periodLabel->setFont(big);
    m_periodLabel->setContentsMargins(10, 0, 10, 0);
    m_periodLabel->setMinimumWidth(
        m_periodLabel->fontMetrics().horizontalAdvance(QStringLiteral("28 Sep – 4 Oct 2026")) + 24);
    addWidget(m_periodLabel);

    m_datePicker = new QDateEdit(Clock::today(), this);
    m_datePicker->setObjectName(QStringLiteral("datePicker"));
    m_datePicker->setCalendarPopup(true);
    m_datePicker->setToolTip(tr("Go to a date"));
    connect(m_datePicker, &QDateEdit::dateChanged, this, &NavigationToolBar::dateChosen);
    addWidget(m_datePicker);

    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
    for (QAction* mode : actions.modes) {
        addAction(mode);
    }
    addSeparator();

    auto* profileLabel = new QLabel(tr("Profile:"), this);
    profileLabel->setContentsMargins(6, 0, 4, 0);
    addWidget(profileLabel);
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setModel(profiles);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumContentsLength(12);
    profileLabel->setBuddy(m_profileCombo);
    addWidget(m_profileCombo);
    addAction(actions.newProfile);
    addAction(actions.editProfile);
    actions.newProfile->setIconText(tr("+"));
    actions.editProfile->setIconText(tr("Edit…"));
    actions.newAppointment->setIconText(tr("New Appointment"));
    actions.newProfile->setToolTip(tr("New profile"));
    addSeparator();
    addAction(actions.newAppointment);
    if (auto* button = qobject_cast<QToolButton*>(widgetForAction(actions.newAppointment))) {
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
    }
}

void NavigationToolBar::showPeriod(const QString& title, QDate focus)
{
    m_periodLabel->setText(title);
    const QSignalBlocker block(m_datePicker);
    m_datePicker->setDate(focus);
}

} // namespace slotwise
