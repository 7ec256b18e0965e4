#pragma once

#include "ui/calendar/BusyPeriod.h"

#include <QTreeWidget>

namespace slotwise {

// The agenda's Google busy time: a greyed, read-only list under the appointments. Its rows are not
// appointments and cannot be selected, opened or edited.
class BusyTimeList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit BusyTimeList(QWidget* parent = nullptr);

    void setBusyPeriods(const QList<BusyPeriod>& periods);
    QSize sizeHint() const override;
};

} // namespace slotwise
