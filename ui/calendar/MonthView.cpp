#include "ui/calendar/MonthView.h"

#include "models/AppointmentTableModel.h"
#include "models/Clock.h"
#include "ui/calendar/CalendarPalette.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace slotwise {

namespace {
constexpr int kWeeks = 6;
constexpr int kDays = 7;
} // namespace

MonthView::MonthView(QWidget* parent)
    : CalendarItemView(parent)
{
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 12;
}

int MonthView::chipHeight() const
{
    return fontMetrics().height() + 4;
}

QRect MonthView::cellRect(QDate day) const
{
    const qint64 index = range().firstDay().daysTo(day);
    if (index < 0 || index >= kWeeks * kDays) {
        return {};
    }
    const int column = int(index % kDays);
    const int week = int(index / kDays);
    const int width = viewport()->width();
    const int height = viewport()->height() - headerHeight();
    const int left = column * width / kDays;
    const int right = (column + 1) * width / kDays;
    const int top = headerHeight() + week * height / kWeeks;
    const int bottom = headerHeight() + (week + 1) * height / kWeeks;
    return QRect(left, top, right - left, bottom - top);
}

QDate MonthView::dateAt(const QPoint& point) const
{
    if (point.y() < headerHeight() || viewport()->width() <= 0) {
        return {};
    }
    const int column = std::clamp(point.x() * kDays / viewport()->width(), 0, kDays - 1);
    const int week =
        std::clamp((point.y() - headerHeight()) * kWeeks / std::max(1, viewport()->height() - headerHeight()),
                   0, kWeeks - 1);
    return range().firstDay().addDays(week * kDays + column);
}

QRect MonthView::moreRect(QDate day) const
{
    ensureLayout();
    return m_moreRects.value(day);
}

QString MonthView::chipText(const QModelIndex& index, QDate day) const
{
    const QString title = index.data(AppointmentTableModel::TitleRole).toString();
    if (index.data(AppointmentTableModel::AllDayRole).toBool()) {
        return title;
    }
    const QDateTime start = index.data(AppointmentTableModel::StartLocalRole).toDateTime();
    if (start.date() >= day) {
        return tr("%1 %2").arg(AppointmentTableModel::formatTime(start.time()), title);
    }
    // A continuation: its start time belongs to an earlier cell and would read as a new appointment here.
    const QDateTime end = index.data(AppointmentTableModel::EndLocalRole).toDateTime();
    if (end.date() == day) {
        return tr("until %1 %2", "month view: the last day of an appointment that began on an earlier day")
            .arg(AppointmentTableModel::formatTime(end.time()), title);
    }
    return tr("→ %1", "month view: a whole day inside an appointment that began on an earlier day")
        .arg(title);
}

void MonthView::relayout()
{
    m_items.clear();
    m_hiddenCount.clear();
    m_moreRects.clear();
    const int numberHeight = fontMetrics().height() + 8;
    for (int i = 0; i < kWeeks * kDays; ++i) {
        const QDate day = range().firstDay().addDays(i);
        const QRect cell = cellRect(day);
        const QList<int> rows = rowsOnDay(day);
        const int room = std::max(0, (cell.height() - numberHeight - 2) / chipHeight());
        const bool overflow = rows.size() > room;
        const int shown = overflow ? std::max(0, room - 1) : int(rows.size());
        for (int k = 0; k < shown; ++k) {
            m_items.append({rows.at(k),
                            QRect(cell.left() + 4, cell.top() + numberHeight + k * chipHeight(),
                                  cell.width() - 8, chipHeight() - 2),
                            false});
        }
        // Google busy time takes the room left under our appointments (ours matter more in a small cell).
        int next = shown;
        for (int b = 0; b < busyPeriods().size() && !overflow && next < room; ++b) {
            if (busyPeriods().at(b).touches(day)) {
                m_busyItems.append({b,
                                    QRect(cell.left() + 4, cell.top() + numberHeight + next * chipHeight(),
                                          cell.width() - 8, chipHeight() - 2),
                                    false});
                ++next;
            }
        }
        if (overflow) {
            // Right under the last chip shown, where the eye continues reading.
            m_hiddenCount.insert(day, int(rows.size()) - shown);
            m_moreRects.insert(day, QRect(cell.left() + 4, cell.top() + numberHeight + shown * chipHeight(),
                                          cell.width() - 8, chipHeight() - 2));
        }
    }
}

bool MonthView::moveWithinDay(int /*step*/)
{
    return false; // Up/Down move by a week in the month grid
}

void MonthView::keyPressEvent(QKeyEvent* event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        if (selectionModel()) {
            selectionModel()->clearSelection();
        }
        Q_EMIT focusDateRequested(focusDate().addDays(event->key() == Qt::Key_Up ? -7 : 7));
        return;
    }
    if (plain && event->key() == Qt::Key_Tab) {
        // Tab walks through the focus day's appointments, as Up/Down do in the time grid.
        if (CalendarItemView::moveWithinDay(1)) {
            return;
        }
    }
    CalendarItemView::keyPressEvent(event);
}

void MonthView::mousePressEvent(QMouseEvent* event)
{
    ensureLayout();
    const QPoint pos = event->position().toPoint();
    const QDate day = dateAt(pos);
    if (event->button() == Qt::LeftButton && m_hiddenCount.contains(day) && moreRect(day).contains(pos)) {
        Q_EMIT dayOpenRequested(day);
        return;
    }
    CalendarItemView::mousePressEvent(event);
}

QDateTime MonthView::slotStartAt(const QPoint& point, bool* allDay) const
{
    const QDate day = dateAt(point);
    if (!day.isValid()) {
        return {};
    }
    *allDay = false;
    return QDateTime(day, QTime(9, 0));
}

void MonthView::paintEvent(QPaintEvent* /*event*/)
{
    ensureLayout();
    QPainter painter(viewport());
    const CalendarPalette colors(palette());
    painter.fillRect(viewport()->rect(), colors.background);
    const QLocale locale;
    const QDate today = Clock::today();
    const int focusMonth = range().focus().month();

    painter.fillRect(QRect(0, 0, viewport()->width(), headerHeight()), colors.headerBackground);
    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    painter.setPen(colors.mutedText);
    for (int column = 0; column < kDays; ++column) {
        const QDate day = range().firstDay().addDays(column);
        const QRect cell = cellRect(day);
        painter.drawText(QRect(cell.left(), 0, cell.width(), headerHeight()), Qt::AlignCenter,
                         locale.toString(day, QStringLiteral("ddd")).toUpper());
    }

    const int numberHeight = fontMetrics().height() + 8;
    for (int i = 0; i < kWeeks * kDays; ++i) {
        const QDate day = range().firstDay().addDays(i);
        const QRect cell = cellRect(day);
        if (day == today) {
            painter.fillRect(cell, colors.todayTint);
        } else if (day.month() != focusMonth) {
            painter.fillRect(cell, colors.outsideTint);
        } else if (day == focusDate()) {
            painter.fillRect(cell, colors.focusTint);
        }
        if (day == focusDate() && hasFocus()) {
            painter.setPen(QPen(colors.accent, 1, Qt::DotLine));
            painter.drawRect(cell.adjusted(1, 1, -2, -2));
        }
        painter.setFont(font());
        const QString number =
            day.day() == 1 ? locale.toString(day, QStringLiteral("d MMM")) : QString::number(day.day());
        const QRect numberRect(cell.left() + 4, cell.top() + 3, cell.width() - 8, numberHeight - 4);
        if (day == today) {
            const int w = std::max(numberRect.height(), fontMetrics().horizontalAdvance(number) + 10);
            const QRect pill(numberRect.left(), numberRect.top(), w, numberRect.height());
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setBrush(colors.accent);
            painter.setPen(Qt::NoPen);
            painter.drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
            painter.restore();
            painter.setPen(Qt::white);
            painter.drawText(pill, Qt::AlignCenter, number);
        } else {
            painter.setPen(day.month() == focusMonth ? colors.text : colors.mutedText);
            painter.drawText(numberRect.adjusted(3, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, number);
        }
        if (const int hidden = m_hiddenCount.value(day); hidden > 0) {
            painter.setFont(small);
            painter.setPen(colors.mutedText);
            painter.drawText(moreRect(day).adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("+%n more", nullptr, hidden));
        }
    }

    painter.setPen(colors.gridLine);
    for (int week = 0; week <= kWeeks; ++week) {
        const int y = week == kWeeks ? viewport()->height() - 1
                                     : cellRect(range().firstDay().addDays(week * kDays)).top();
        painter.drawLine(0, y, viewport()->width(), y);
    }
    for (int column = 1; column < kDays; ++column) {
        const int x = cellRect(range().firstDay().addDays(column)).left();
        painter.drawLine(x, headerHeight(), x, viewport()->height());
    }

    painter.setFont(font());
    for (const BusyGeometry& busy : m_busyItems) {
        const BusyPeriod& period = busyPeriods().at(busy.period);
        const bool continues = period.start.date() < dateAt(busy.rect.center());
        colors.paintBusy(painter, busy.rect,
                         period.coversWholeDays() || continues
                             ? tr("Busy")
                             : tr("%1 Busy", "month view: Google busy time starting at %1")
                                   .arg(AppointmentTableModel::formatTime(period.start.time())));
    }
    for (const ItemGeometry& item : m_items) {
        const QModelIndex index = indexForRow(item.row);
        const bool allDay = index.data(AppointmentTableModel::AllDayRole).toBool();
        colors.paintChip(painter, item.rect, chipText(index, dateAt(item.rect.center())),
                         isSelectedRow(item.row), index.data(AppointmentTableModel::CancelledRole).toBool(),
                         allDay);
    }
}

} // namespace slotwise
