#include "ui/calendar/BusyTimeList.h"

#include <QHeaderView>

namespace slotwise {

BusyTimeList::BusyTimeList(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Busy (Google Calendar)"), tr("When")});
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFocusPolicy(Qt::NoFocus);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    // Greyed like the busy blocks in the grids: clearly not our appointments.
    QPalette greyed = palette();
    greyed.setColor(QPalette::Base, greyed.color(QPalette::Window));
    greyed.setColor(QPalette::Text, greyed.color(QPalette::PlaceholderText));
    setPalette(greyed);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void BusyTimeList::setBusyPeriods(const QList<BusyPeriod>& periods)
{
    clear();
    for (const BusyPeriod& period : periods) {
        auto* item = new QTreeWidgetItem(this, {period.label(), period.whenText()});
        item->setFlags(Qt::ItemIsEnabled);
        item->setToolTip(0, period.toolTip());
        item->setToolTip(1, period.toolTip());
    }
    updateGeometry();
}

QSize BusyTimeList::sizeHint() const
{
    // Up to six rows; more scroll inside the list, the appointments keep the rest of the height.
    const int rows = std::clamp(topLevelItemCount(), 1, 6);
    const int rowHeight = std::max(sizeHintForRow(0), fontMetrics().height() + 6);
    return {QTreeWidget::sizeHint().width(),
            header()->sizeHint().height() + rows * rowHeight + 2 * frameWidth()};
}

} // namespace slotwise
