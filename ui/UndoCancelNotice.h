#pragma once

#include <QWidget>

class QLabel;
class QTimer;

namespace slotwise {

// The status-bar notice after a cancel: "Cancelled “Title”. [Undo]", offered for 30 seconds. It only
// offers; whoever connects undoRequested() restores the appointment.
class UndoCancelNotice : public QWidget
{
    Q_OBJECT
public:
    explicit UndoCancelNotice(QWidget* parent = nullptr);

    bool isOffering() const { return !m_appointmentId.isEmpty(); }

public Q_SLOTS:
    // Replaces any earlier offer.
    void offer(const QString& appointmentId, const QString& title);
    void withdraw();
    // Withdraws the offer and asks for the restore; nothing when no offer stands.
    void accept();

Q_SIGNALS:
    void undoRequested(const QString& appointmentId);
    // An offer was made or withdrawn (for an Undo action that is enabled only while one stands).
    void offeringChanged(bool offering);

private:
    QLabel* m_label = nullptr;
    QTimer* m_timer = nullptr;
    QString m_appointmentId;
};

} // namespace slotwise
