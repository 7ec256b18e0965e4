#include "ui/settings/BusyTimePolicyWidget.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace slotwise {

BusyTimePolicyWidget::BusyTimePolicyWidget(QWidget* parent)
    : QWidget(parent)
    , m_warn(new QRadioButton(tr("Warn me, and let me book anyway"), this))
    , m_block(new QRadioButton(tr("Do not allow booking over Google busy time"), this))
{
    m_warn->setObjectName(QStringLiteral("busyTimeWarn"));
    m_block->setObjectName(QStringLiteral("busyTimeBlock"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_warn);
    group->addButton(m_block);
    auto* explanation = new QLabel(
        tr("When a new or changed appointment clashes with an event in your Google Calendar:"), this);
    explanation->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(explanation);
    layout->addWidget(m_warn);
    layout->addWidget(m_block);

    (storedPolicy() == BusyTimeChecker::Policy::Block ? m_block : m_warn)->setChecked(true);
    connect(m_block, &QRadioButton::toggled, this, &BusyTimePolicyWidget::store);
}

QString BusyTimePolicyWidget::settingsKey()
{
    return QStringLiteral("sync/busyTimePolicy");
}

BusyTimeChecker::Policy BusyTimePolicyWidget::storedPolicy()
{
    return BusyTimeChecker::policyFromString(QSettings().value(settingsKey()).toString());
}

BusyTimeChecker::Policy BusyTimePolicyWidget::policy() const
{
    return m_block->isChecked() ? BusyTimeChecker::Policy::Block : BusyTimeChecker::Policy::Warn;
}

void BusyTimePolicyWidget::store()
{
    QSettings().setValue(settingsKey(), BusyTimeChecker::toString(policy()));
}

} // namespace slotwise
