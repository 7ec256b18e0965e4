#include "ui/calendar/TimeGridView.h"

#include "models/AppointmentTableModel.h"
#include "models/Clock.h"
#include "ui/calendar/CalendarPalette.h"
#include "ui/calendar/OverlapLayout.h"
#include "ui/calendar/WallClock.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QTimeZone>

namespace slotwise {

namespace {
constexpr int kAllDayRowHeight = 22;
constexpr int kMinutesPerDay = 24 * 60;
// Short appointments still get a readable block; the layout treats them as this long.
constexpr int kMinDisplayMinutes = 25;
} // namespace

TimeGridView::TimeGridView(QWidget* parent)
    : CalendarItemView(parent)
    , m_clock(new QTimer(this))
{
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_hourHeight = std::max(48, fontMetrics().height() * 3);
    m_dayHeaderHeight = fontMetrics().height() * 2 + 22;
    // The current-time line moves; a minute is its resolution.
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_clock->start();
}

int TimeGridView::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(AppointmentTableModel::formatTime(QTime(23, 0))) + 18;
}

int TimeGridView::dayWidth() const
{
    return std::max(1, (viewport()->width() - gutterWidth()) / std::max(1, range().dayCount()));
}

QRect TimeGridView::dayColumn(int dayIndex) const
{
    const int left = gutterWidth() + dayIndex * dayWidth();
    const int right = dayIndex == range().dayCount() - 1 ? viewport()->width() : left + dayWidth();
    return QRect(left, 0, right - left, viewport()->height());
}

QRect TimeGridView::scrollingArea() const
{
    ensureLayout();
    return QRect(gutterWidth(), headerHeight(), viewport()->width() - gutterWidth(),
                 viewport()->height() - headerHeight());
}

int TimeGridView::yForTime(QTime time) const
{
    ensureLayout();
    return headerHeight() + (time.hour() * 60 + time.minute()) * m_hourHeight / 60 - verticalOffset();
}

void TimeGridView::scrollToTime(QTime time)
{
    ensureLayout(); // the scroll range must be known first
    verticalScrollBar()->setValue((time.hour() * 60 + time.minute()) * m_hourHeight / 60);
}

QDate TimeGridView::dateAt(const QPoint& point) const
{
    if (point.x() < gutterWidth()) {
        return {};
    }
    const int index = std::min((point.x() - gutterWidth()) / dayWidth(), range().dayCount() - 1);
    return range().firstDay().addDays(index);
}

QDateTime TimeGridView::slotStartAt(const QPoint& point, bool* allDay) const
{
    ensureLayout();
    const QDate day = dateAt(point);
    if (!day.isValid() || point.y() < m_dayHeaderHeight) {
        return {};
    }
    if (point.y() < headerHeight()) {
        *allDay = true;
        return day.startOfDay();
    }
    *allDay = false;
    const int minutes = (point.y() - headerHeight() + verticalOffset()) * 60 / m_hourHeight;
    const int snapped = std::clamp(minutes / 30 * 30, 0, kMinutesPerDay - 30);
    return WallClock::at(day, QTime(snapped / 60, snapped % 60));
}

bool TimeGridView::isAllDayRow(int row) const
{
    const RowTimes& t = m_rowTimes.at(row);
    // Wall-clock length: midnight to midnight is a whole day even when that day has 23 or 25 hours.
    return t.allDay || WallClock::minutesBetween(t.start, t.end) >= kMinutesPerDay;
}

void TimeGridView::relayout()
{
    m_items.clear();
    layoutAllDay();
    const int visible = std::max(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(m_hourHeight / 2);
    verticalScrollBar()->setRange(0, std::max(0, 24 * m_hourHeight - visible));
    layoutTimed();
}

void TimeGridView::layoutAllDay()
{
    QList<QDate> rowEnds; // per strip row: the last day it is taken
    // Places [start, end) in the first strip row free on those days; returns the rect, or an empty one.
    const auto place = [this, &rowEnds](const QDateTime& start, const QDateTime& end) -> QRect {
        const QDate first = std::max(start.date(), range().firstDay());
        // An all-day appointment ends at midnight after its last day.
        const QDate last = std::min(end.addMSecs(-1).date(), range().lastDay());
        if (last < first) {
            return {};
        }
        int stripRow = 0;
        while (stripRow < rowEnds.size() && rowEnds.at(stripRow) >= first) {
            ++stripRow;
        }
        if (stripRow == rowEnds.size()) {
            rowEnds.append(last);
        } else {
            rowEnds[stripRow] = last;
        }
        const QRect from = dayColumn(int(range().firstDay().daysTo(first)));
        const QRect to = dayColumn(int(range().firstDay().daysTo(last)));
        return QRect(from.left() + 2, m_dayHeaderHeight + 3 + stripRow * kAllDayRowHeight,
                     to.right() - from.left() - 4, kAllDayRowHeight - 3);
    };
    for (int row = 0; row < m_rowTimes.size(); ++row) {
        if (isAllDayRow(row)) {
            if (const QRect rect = place(m_rowTimes.at(row).start, m_rowTimes.at(row).end); !rect.isEmpty()) {
                m_items.append({row, rect, false});
            }
        }
    }
    for (int i = 0; i < busyPeriods().size(); ++i) {
        const BusyPeriod& busy = busyPeriods().at(i);
        if (busy.coversWholeDays()) {
            if (const QRect rect = place(busy.start, busy.end); !rect.isEmpty()) {
                m_busyItems.append({i, rect, false});
            }
        }
    }
    m_allDayHeight = std::max<int>(1, int(rowEnds.size())) * kAllDayRowHeight + 6;
}

void TimeGridView::layoutTimed()
{
    for (int d = 0; d < range().dayCount(); ++d) {
        const QDate day = range().firstDay().addDays(d);
        QList<int> rows;
        QList<OverlapLayout::Span> spans;
        for (const int row : rowsOnDay(day)) {
            if (isAllDayRow(row)) {
                continue;
            }
            const int from = WallClock::minutesInto(m_rowTimes.at(row).start, day);
            const int to = WallClock::minutesInto(m_rowTimes.at(row).end, day);
            if (to <= from && from >= kMinutesPerDay) {
                continue;
            }
            rows << row;
            spans << OverlapLayout::Span{from, std::max(to, from + kMinDisplayMinutes)};
        }
        const QList<OverlapLayout::Placement> placements = OverlapLayout::arrange(spans);
        const QRect column = dayColumn(d);
        const int usable = column.width() - 6; // leave room on the right to double-click a free slot
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const OverlapLayout::Placement& p = placements.at(i);
            const int left = column.left() + 1 + usable * p.column / p.columnCount;
            const int right = column.left() + 1 + usable * (p.column + p.columnSpan) / p.columnCount;
            const int top = headerHeight() + int(spans.at(i).start * m_hourHeight / 60);
            const int bottom = headerHeight() + int(spans.at(i).end * m_hourHeight / 60);
            m_items.append({rows.at(i), QRect(left, top + 1, right - left - 1, bottom - top - 2), true});
        }
        // Busy time spans the whole column behind our appointments: it is a fact about the time, not an item.
        for (int b = 0; b < busyPeriods().size(); ++b) {
            const BusyPeriod& busy = busyPeriods().at(b);
            if (busy.coversWholeDays() || !busy.touches(day)) {
                continue;
            }
            const int from = WallClock::minutesInto(busy.start, day);
            const int to = std::max(WallClock::minutesInto(busy.end, day), from + 15);
            const int top = headerHeight() + from * m_hourHeight / 60;
            const int bottom = headerHeight() + to * m_hourHeight / 60;
            m_busyItems.append({b, QRect(column.left() + 1, top, column.width() - 2, bottom - top), true});
        }
    }
}

void TimeGridView::showEvent(QShowEvent* event)
{
    CalendarItemView::showEvent(event);
    if (!m_initialScrollDone) {
        m_initialScrollDone = true;
        scrollToTime(QTime(7, 40)); // 08:00 and its label in view
    }
}

void TimeGridView::scrollContentsBy(int /*dx*/, int /*dy*/)
{
    // Headers stay fixed while the grid scrolls, so repaint instead of scrolling pixels.
    viewport()->update();
}

void TimeGridView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton && pos.y() < m_dayHeaderHeight && range().dayCount() > 1) {
        if (const QDate day = dateAt(pos); day.isValid()) {
            Q_EMIT dayOpenRequested(day);
            return;
        }
    }
    CalendarItemView::mouseDoubleClickEvent(event);
}

void TimeGridView::paintEvent(QPaintEvent* /*event*/)
{
    ensureLayout();
    QPainter painter(viewport());
    const CalendarPalette colors(palette());
    painter.fillRect(viewport()->rect(), colors.background);
    paintGrid(painter);
    paintItems(painter);
    paintNowLine(painter);
    paintHeader(painter);
}

void TimeGridView::paintGrid(QPainter& painter) const
{
    const CalendarPalette colors(palette());
    painter.save();
    painter.setClipRect(QRect(0, headerHeight(), viewport()->width(), viewport()->height() - headerHeight()));
    const QDate today = Clock::today();
    for (int d = 0; d < range().dayCount(); ++d) {
        const QDate day = range().firstDay().addDays(d);
        if (day == today) {
            painter.fillRect(dayColumn(d), colors.todayTint);
        } else if (day == focusDate() && range().dayCount() > 1) {
            painter.fillRect(dayColumn(d), colors.focusTint);
        }
    }
    const int gutter = gutterWidth();
    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QLocale locale;
    for (int hour = 0; hour < 24; ++hour) {
        const int y = yForTime(QTime(hour, 0));
        painter.setPen(colors.gridLine);
        painter.drawLine(gutter - 6, y, viewport()->width(), y);
        painter.setPen(colors.gridLineFaint);
        painter.drawLine(gutter, y + m_hourHeight / 2, viewport()->width(), y + m_hourHeight / 2);
        if (hour > 0) {
            painter.setPen(colors.mutedText);
            painter.drawText(QRect(0, y - m_hourHeight / 2, gutter - 10, m_hourHeight),
                             Qt::AlignRight | Qt::AlignVCenter,
                             AppointmentTableModel::formatTime(QTime(hour, 0)));
        }
    }
    painter.setPen(colors.gridLine);
    for (int d = 0; d < range().dayCount(); ++d) {
        const int x = dayColumn(d).left();
        painter.drawLine(x, 0, x, viewport()->height());
    }
    painter.restore();
}

void TimeGridView::paintItems(QPainter& painter) const
{
    const CalendarPalette colors(palette());
    painter.save();
    painter.setClipRect(scrollingArea());
    for (const BusyGeometry& busy : m_busyItems) {
        if (busy.scrolls) {
            colors.paintBusy(painter, toViewport(busy), busyPeriods().at(busy.period).label());
        }
    }
    for (const ItemGeometry& item : m_items) {
        if (!item.scrolls) {
            continue;
        }
        const QModelIndex index = indexForRow(item.row);
        CalendarPalette::Block block;
        block.title = index.data(AppointmentTableModel::TitleRole).toString();
        block.time = index.data(AppointmentTableModel::TimeRangeTextRole).toString();
        block.client = index.data(AppointmentTableModel::ClientNameRole).toString();
        block.selected = isSelectedRow(item.row);
        block.cancelled = index.data(AppointmentTableModel::CancelledRole).toBool();
        colors.paintBlock(painter, toViewport(item), block);
    }
    painter.restore();
}

QLine TimeGridView::nowLineAt(const QDateTime& instant) const
{
    // By the wall clock of that day, as the blocks are placed: 12:00 is at 12:00 on a 23- or 25-hour day.
    const QDateTime local = instant.toLocalTime();
    if (!range().contains(local.date())) {
        return {};
    }
    const int y = yForTime(local.time());
    if (y < headerHeight()) {
        return {};
    }
    const QRect column = dayColumn(int(range().firstDay().daysTo(local.date())));
    return QLine(column.left(), y, column.right(), y);
}

void TimeGridView::paintNowLine(QPainter& painter) const
{
    const QLine line = nowLineAt(Clock::utcNow());
    if (line.isNull()) {
        return;
    }
    const CalendarPalette colors(palette());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colors.nowLine, 2));
    painter.drawLine(line);
    painter.setBrush(colors.nowLine);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QPointF(line.p1()), 5, 5);
    painter.restore();
}

void TimeGridView::paintHeader(QPainter& painter) const
{
    const CalendarPalette colors(palette());
    const QRect header(0, 0, viewport()->width(), headerHeight());
    painter.fillRect(header, colors.headerBackground);
    const QDate today = Clock::today();
    const QLocale locale;
    QFont nameFont = painter.font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 0.85);
    QFont numberFont = painter.font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.6);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics numberMetrics(numberFont);

    for (int d = 0; d < range().dayCount(); ++d) {
        const QDate day = range().firstDay().addDays(d);
        const QRect column = dayColumn(d);
        if (day == today) {
            painter.fillRect(QRect(column.left(), 0, column.width(), headerHeight()), colors.todayTint);
        }
        const bool isToday = day == today;
        painter.setFont(nameFont);
        painter.setPen(isToday ? colors.accent : colors.mutedText);
        const QRect nameRect(column.left(), 6, column.width(), nameMetrics.height());
        painter.drawText(nameRect, Qt::AlignHCenter | Qt::AlignTop,
                         locale.toString(day, QStringLiteral("ddd")).toUpper());
        const int size = numberMetrics.height() + 4;
        const QRect numberRect(column.center().x() - size / 2, nameRect.bottom() + 3, size, size);
        if (isToday) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setBrush(colors.accent);
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(numberRect);
            painter.restore();
        }
        painter.setFont(numberFont);
        painter.setPen(isToday ? QColor(Qt::white) : colors.text);
        painter.drawText(numberRect, Qt::AlignCenter, QString::number(day.day()));
        painter.setPen(colors.gridLine);
        painter.drawLine(column.left(), m_dayHeaderHeight - 10, column.left(), headerHeight());
    }

    // The all-day strip.
    painter.setFont(nameFont);
    painter.setPen(colors.mutedText);
    painter.drawText(QRect(0, m_dayHeaderHeight, gutterWidth() - 6, kAllDayRowHeight),
                     Qt::AlignRight | Qt::AlignVCenter, tr("all-day"));
    painter.drawText(QRect(0, 4, gutterWidth() - 6, nameMetrics.height()), Qt::AlignRight | Qt::AlignTop,
                     QTimeZone::systemTimeZone().abbreviation(Clock::localNow()));
    painter.setFont(font());
    for (const BusyGeometry& busy : m_busyItems) {
        if (!busy.scrolls) {
            colors.paintBusy(painter, busy.rect, busyPeriods().at(busy.period).label());
        }
    }
    for (const ItemGeometry& item : m_items) {
        if (item.scrolls) {
            continue;
        }
        const QModelIndex index = indexForRow(item.row);
        colors.paintChip(painter, item.rect, index.data(AppointmentTableModel::TitleRole).toString(),
                         isSelectedRow(item.row), index.data(AppointmentTableModel::CancelledRole).toBool(),
                         true);
    }
    painter.setPen(colors.gridLine);
    painter.drawLine(0, headerHeight() - 1, viewport()->width(), headerHeight() - 1);
}

} // namespace slotwise
