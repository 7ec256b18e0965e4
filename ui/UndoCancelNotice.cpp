#include "ui/UndoCancelNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace slotwise {

namespace {
constexpr int kUndoSeconds = 30;
} // namespace

UndoCancelNotice::UndoCancelNotice(QWidget* parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    auto* undo = new QPushButton(tr("Undo"), this);
    undo->setObjectName(QStringLiteral("undoButton"));
    connect(undo, &QPushButton::clicked, this, &UndoCancelNotice::accept);
    layout->addWidget(m_label);
    layout->addWidget(undo);
    setVisible(false);

    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &UndoCancelNotice::withdraw);
}

void UndoCancelNotice::offer(const QString& appointmentId, const QString& title)
{
    m_appointmentId = appointmentId;
    m_label->setText(tr("Cancelled “%1”.").arg(title));
    setVisible(true);
    Q_EMIT offeringChanged(true);
    m_timer->start(kUndoSeconds * 1000);
}

void UndoCancelNotice::withdraw()
{
    m_appointmentId.clear();
    setVisible(false);
    Q_EMIT offeringChanged(false);
    m_timer->stop();
}

void UndoCancelNotice::accept()
{
    if (m_appointmentId.isEmpty()) {
        return;
    }
    const QString id = m_appointmentId;
    withdraw();
    Q_EMIT undoRequested(id);
}

} // namespace slotwise
