#pragma once

#include "ui/calendar/CalendarItemView.h"

#include <QHash>

namespace slotwise {

// Six weeks of days; each cell lists its appointments ("09:00 Title") and "+3 more" when they do not fit.
class MonthView : public CalendarItemView
{
    Q_OBJECT
public:
    explicit MonthView(QWidget* parent = nullptr);

    QDate dateAt(const QPoint& point) const override;
    QRect cellRect(QDate day) const;
    // Where "+n more" is drawn for a day whose appointments do not all fit, else an empty rect.
    QRect moreRect(QDate day) const;
    // The text of the appointment's chip in the cell of `day`: "09:00 Title" on its first day; on the days
    // an appointment runs on past midnight "→ Title", or "until 10:00 Title" on the day it ends.
    QString chipText(const QModelIndex& index, QDate day) const;

protected:
    void relayout() override;
    bool moveWithinDay(int step) override;
    QDateTime slotStartAt(const QPoint& point, bool* allDay) const override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    int headerHeight() const;
    int chipHeight() const;

    QHash<QDate, int> m_hiddenCount; // "+n more" per day
    QHash<QDate, QRect> m_moreRects;
};

} // namespace slotwise
