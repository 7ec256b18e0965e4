#pragma once

#include "ui/calendar/CalendarItemView.h"

#include <QLine>

class QTimer;

namespace slotwise {

// The day and week views: days side by side over a 24-hour grid, all-day appointments in a strip under
// the day headers, overlapping appointments side by side, and a line at the current time.
class TimeGridView : public CalendarItemView
{
    Q_OBJECT
public:
    explicit TimeGridView(QWidget* parent = nullptr);

    QDate dateAt(const QPoint& point) const override;
    // The viewport y of a local time of day in the scrolled grid.
    int yForTime(QTime time) const;
    // Scrolls so that `time` is near the top (the view opens at 08:00).
    void scrollToTime(QTime time);
    int hourHeight() const { return m_hourHeight; }
    // Where the current-time line is drawn when it is `instant`, in viewport coordinates; a null line when
    // that day is not shown or the time is scrolled out of view.
    QLine nowLineAt(const QDateTime& instant) const;

protected:
    void relayout() override;
    QRect scrollingArea() const override;
    QDateTime slotStartAt(const QPoint& point, bool* allDay) const override;

    void paintEvent(QPaintEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    int gutterWidth() const;
    int headerHeight() const { return m_dayHeaderHeight + m_allDayHeight; }
    int dayWidth() const;
    QRect dayColumn(int dayIndex) const; // viewport coordinates, full height
    bool isAllDayRow(int row) const;
    void layoutAllDay();
    void layoutTimed();
    void paintGrid(QPainter& painter) const;
    void paintItems(QPainter& painter) const;
    void paintNowLine(QPainter& painter) const;
    void paintHeader(QPainter& painter) const;

    int m_hourHeight = 48;
    int m_dayHeaderHeight = 52;
    int m_allDayHeight = 0;
    bool m_initialScrollDone = false;
    QTimer* m_clock = nullptr;
};

} // namespace slotwise
