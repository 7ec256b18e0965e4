#include "ui/calendar/CalendarItemView.h"

#include "models/AppointmentTableModel.h"
#include "models/Clock.h"
#include "ui/calendar/WallClock.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>

namespace slotwise {

CalendarItemView::CalendarItemView(QWidget* parent)
    : QAbstractItemView(parent)
    , m_range(CalendarMode::Week, Clock::today())
{
    setSelectionMode(SingleSelection);
    setSelectionBehavior(SelectRows);
    setEditTriggers(NoEditTriggers);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

void CalendarItemView::setRange(const CalendarRange& range)
{
    m_range = range;
    invalidateLayout();
}

void CalendarItemView::invalidateLayout()
{
    m_layoutDirty = true;
    viewport()->update();
}

void CalendarItemView::ensureLayout() const
{
    if (!m_layoutDirty) {
        return;
    }
    // Logically const: the layout is a cache of what the model, range and size determine.
    auto* self = const_cast<CalendarItemView*>(this);
    self->m_layoutDirty = false;
    self->m_rowTimes.clear();
    self->m_busyItems.clear();
    if (model()) {
        const int rows = model()->rowCount(rootIndex());
        self->m_rowTimes.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = indexForRow(row);
            self->m_rowTimes.append({index.data(AppointmentTableModel::StartLocalRole).toDateTime(),
                                     index.data(AppointmentTableModel::EndLocalRole).toDateTime(),
                                     index.data(AppointmentTableModel::AllDayRole).toBool()});
        }
    }
    self->relayout();
}

QDateTime CalendarItemView::defaultNewStart() const
{
    const QDate day = focusDate();
    const QDateTime now = Clock::localNow();
    if (day == now.date() && now.time().hour() < 23) {
        return WallClock::at(day, QTime(now.time().hour() + 1, 0));
    }
    return WallClock::at(day, QTime(9, 0));
}

QRect CalendarItemView::toViewport(const ItemGeometry& item) const
{
    return item.scrolls ? item.rect.translated(-horizontalOffset(), -verticalOffset()) : item.rect;
}

QRect CalendarItemView::toViewport(const BusyGeometry& item) const
{
    return item.scrolls ? item.rect.translated(-horizontalOffset(), -verticalOffset()) : item.rect;
}

void CalendarItemView::setBusyPeriods(const QList<BusyPeriod>& periods)
{
    if (periods != m_busyPeriods) {
        m_busyPeriods = periods;
        invalidateLayout();
    }
}

int CalendarItemView::busyPeriodAt(const QPoint& point) const
{
    if (indexAt(point).isValid()) {
        return -1; // our appointment is drawn on top
    }
    const QRect scrolling = scrollingArea();
    for (const BusyGeometry& item : m_busyItems) {
        if (item.scrolls && !scrolling.contains(point)) {
            continue;
        }
        if (toViewport(item).contains(point)) {
            return item.period;
        }
    }
    return -1;
}

QRect CalendarItemView::busyRect(int period) const
{
    ensureLayout();
    for (const BusyGeometry& item : m_busyItems) {
        if (item.period == period) {
            return toViewport(item);
        }
    }
    return {};
}

bool CalendarItemView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int period = busyPeriodAt(help->pos());
        if (period >= 0) {
            QToolTip::showText(help->globalPos(), m_busyPeriods.at(period).toolTip(), viewport());
            return true;
        }
    }
    return QAbstractItemView::viewportEvent(event);
}

QModelIndex CalendarItemView::indexForRow(int row) const
{
    return model() ? model()->index(row, 0, rootIndex()) : QModelIndex();
}

QModelIndex CalendarItemView::indexAt(const QPoint& point) const
{
    ensureLayout();
    const QRect scrolling = scrollingArea();
    // Later items are drawn on top, so hit-test from the end.
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it) {
        if (it->scrolls && !scrolling.contains(point)) {
            continue;
        }
        if (toViewport(*it).contains(point)) {
            return indexForRow(it->row);
        }
    }
    return {};
}

QRect CalendarItemView::visualRect(const QModelIndex& index) const
{
    ensureLayout();
    for (const ItemGeometry& item : m_items) {
        if (item.row == index.row()) {
            return toViewport(item);
        }
    }
    return {};
}

void CalendarItemView::scrollTo(const QModelIndex& index, ScrollHint /*hint*/)
{
    ensureLayout();
    for (const ItemGeometry& item : m_items) {
        if (item.row != index.row() || !item.scrolls) {
            continue;
        }
        const QRect area = scrollingArea();
        const QRect rect = toViewport(item);
        QScrollBar* bar = verticalScrollBar();
        if (rect.top() < area.top()) {
            bar->setValue(bar->value() - (area.top() - rect.top()) - 8);
        } else if (rect.bottom() > area.bottom()) {
            const int down = std::min(rect.bottom() - area.bottom() + 8, rect.top() - area.top() - 8);
            bar->setValue(bar->value() + std::max(0, down));
        }
        return;
    }
}

QList<int> CalendarItemView::rowsOnDay(QDate day) const
{
    QList<int> rows;
    const QDateTime dayStart = day.startOfDay();
    const QDateTime dayEnd = day.addDays(1).startOfDay();
    for (int row = 0; row < m_rowTimes.size(); ++row) {
        const RowTimes& t = m_rowTimes.at(row);
        if (t.start < dayEnd && (t.end > dayStart || (t.start == t.end && t.start >= dayStart))) {
            rows << row;
        }
    }
    return rows;
}

bool CalendarItemView::isSelectedRow(int row) const
{
    return selectionModel() && selectionModel()->isSelected(indexForRow(row));
}

void CalendarItemView::selectRow(int row)
{
    const QModelIndex index = indexForRow(row);
    if (index.isValid() && selectionModel()) {
        selectionModel()->setCurrentIndex(index,
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        scrollTo(index);
    }
}

bool CalendarItemView::moveWithinDay(int step)
{
    ensureLayout();
    const QList<int> rows = rowsOnDay(focusDate());
    if (rows.isEmpty()) {
        return false;
    }
    const int at = int(rows.indexOf(currentIndex().row()));
    int next = 0;
    if (at < 0) {
        next = step > 0 ? 0 : int(rows.size()) - 1;
    } else {
        next = std::clamp(at + step, 0, int(rows.size()) - 1);
    }
    selectRow(rows.at(next));
    return true;
}

int CalendarItemView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int CalendarItemView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool CalendarItemView::isIndexHidden(const QModelIndex& index) const
{
    ensureLayout();
    return std::none_of(m_items.cbegin(), m_items.cend(),
                        [&index](const ItemGeometry& item) { return item.row == index.row(); });
}

QModelIndex CalendarItemView::moveCursor(CursorAction /*cursorAction*/, Qt::KeyboardModifiers /*modifiers*/)
{
    // Arrow keys are handled in keyPressEvent, where they can move the focus day as well.
    return currentIndex();
}

void CalendarItemView::setSelection(const QRect& rect, QItemSelectionModel::SelectionFlags command)
{
    ensureLayout();
    QItemSelection selection;
    const QRect scrolling = scrollingArea();
    for (const ItemGeometry& item : m_items) {
        const QRect r = toViewport(item);
        if (r.intersects(rect.normalized()) && (!item.scrolls || scrolling.intersects(rect.normalized()))) {
            const QModelIndex index = indexForRow(item.row);
            selection.select(index, index);
            break; // single selection: the first hit is enough
        }
    }
    selectionModel()->select(selection, command);
}

QRegion CalendarItemView::visualRegionForSelection(const QItemSelection& selection) const
{
    ensureLayout();
    QRegion region;
    for (const QModelIndex& index : selection.indexes()) {
        for (const ItemGeometry& item : m_items) {
            if (item.row == index.row()) {
                region += toViewport(item).adjusted(-2, -2, 2, 2);
            }
        }
    }
    return region;
}

void CalendarItemView::reset()
{
    QAbstractItemView::reset();
    invalidateLayout();
}

void CalendarItemView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                   const QList<int>& roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    invalidateLayout();
}

void CalendarItemView::rowsInserted(const QModelIndex& parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    invalidateLayout();
}

void CalendarItemView::rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    invalidateLayout();
}

void CalendarItemView::updateGeometries()
{
    QAbstractItemView::updateGeometries();
    invalidateLayout();
}

void CalendarItemView::resizeEvent(QResizeEvent* event)
{
    QAbstractItemView::resizeEvent(event);
    invalidateLayout();
}

void CalendarItemView::keyPressEvent(QKeyEvent* event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain) {
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right: {
            const int step = event->key() == Qt::Key_Left ? -1 : 1;
            const int direction = layoutDirection() == Qt::RightToLeft ? -step : step;
            if (selectionModel()) {
                selectionModel()->clearSelection();
                selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
            }
            Q_EMIT focusDateRequested(focusDate().addDays(direction));
            return;
        }
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (moveWithinDay(event->key() == Qt::Key_Up ? -1 : 1)) {
                return;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (currentIndex().isValid() && selectionModel()->isSelected(currentIndex())) {
                Q_EMIT activated(currentIndex());
            } else {
                Q_EMIT newAppointmentRequested(defaultNewStart(), false);
            }
            return;
        default:
            break;
        }
    }
    QAbstractItemView::keyPressEvent(event);
}

void CalendarItemView::mousePressEvent(QMouseEvent* event)
{
    const QDate day = dateAt(event->position().toPoint());
    QAbstractItemView::mousePressEvent(event);
    if (day.isValid() && day != focusDate()) {
        Q_EMIT focusDateRequested(day);
    }
}

void CalendarItemView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton && !indexAt(pos).isValid()) {
        bool allDay = false;
        const QDateTime start = slotStartAt(pos, &allDay);
        if (start.isValid()) {
            Q_EMIT newAppointmentRequested(start, allDay);
            event->accept();
            return;
        }
    }
    QAbstractItemView::mouseDoubleClickEvent(event);
}

} // namespace slotwise
