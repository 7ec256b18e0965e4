#pragma once

#include "ui/calendar/BusyPeriod.h"
#include "ui/calendar/CalendarRange.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QList>

namespace slotwise {

// What the day, week and month views share: a range of days over an AppointmentTableModel, item
// geometry for hit-testing and selection, and the keyboard rules (arrows move the focus day or the
// selection, Enter opens the selected appointment or books a new one).
class CalendarItemView : public QAbstractItemView
{
    Q_OBJECT
public:
    explicit CalendarItemView(QWidget* parent = nullptr);

    void setRange(const CalendarRange& range);
    const CalendarRange& range() const { return m_range; }
    QDate focusDate() const { return m_range.focus(); }

    QModelIndex indexAt(const QPoint& point) const override;
    QRect visualRect(const QModelIndex& index) const override;
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;

    // The local date at a viewport point, or an invalid date.
    virtual QDate dateAt(const QPoint& point) const = 0;
    // Where Enter on an empty selection starts a new appointment.
    QDateTime defaultNewStart() const;

    // Google busy time to draw greyed behind the appointments (read-only, not part of the model).
    void setBusyPeriods(const QList<BusyPeriod>& periods);
    const QList<BusyPeriod>& busyPeriods() const { return m_busyPeriods; }
    // The busy period drawn at a viewport point where no appointment is, or -1.
    int busyPeriodAt(const QPoint& point) const;
    // Where a busy period is drawn (its first piece), in viewport coordinates; empty if not shown.
    QRect busyRect(int period) const;

Q_SIGNALS:
    // The user moved the focus day (arrow keys or a click); the window decides whether the range changes.
    void focusDateRequested(QDate date);
    void newAppointmentRequested(const QDateTime& localStart, bool allDay);
    void dayOpenRequested(QDate date);

protected:
    // Where an item is drawn, in content coordinates. Items that scroll move with the vertical scroll bar.
    struct ItemGeometry
    {
        int row = -1;
        QRect rect;
        bool scrolls = false;
    };

    // The local times of one model row, read once per layout.
    struct RowTimes
    {
        QDateTime start;
        QDateTime end;
        bool allDay = false;
    };

    // Recomputes m_items (and scroll ranges) from m_rowTimes; only ensureLayout() calls it.
    virtual void relayout() = 0;
    // Layout is lazy: changes mark it stale, and it is computed once before the next paint or hit test.
    void invalidateLayout();
    void ensureLayout() const;
    // The viewport area where scrolling items are visible (they are hidden under fixed headers elsewhere).
    virtual QRect scrollingArea() const { return viewport()->rect(); }
    // Moves the selection within the focus day (Up/Down in the time grid); returns false if not handled.
    virtual bool moveWithinDay(int step);

    // Where a busy period is drawn; one period can have a piece per day.
    struct BusyGeometry
    {
        int period = -1;
        QRect rect;
        bool scrolls = false;
    };

    QRect toViewport(const ItemGeometry& item) const;
    QRect toViewport(const BusyGeometry& item) const;
    QList<int> rowsOnDay(QDate day) const;
    bool isSelectedRow(int row) const;
    QModelIndex indexForRow(int row) const;
    void selectRow(int row);

    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex& index) const override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void setSelection(const QRect& rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection& selection) const override;

    void reset() override;
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles = QList<int>()) override;
    void rowsInserted(const QModelIndex& parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end) override;
    void updateGeometries() override;

    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool viewportEvent(QEvent* event) override;

    // Where a double-click on empty space starts a new appointment, or invalid.
    virtual QDateTime slotStartAt(const QPoint& point, bool* allDay) const = 0;

    QList<ItemGeometry> m_items;
    QList<RowTimes> m_rowTimes;      // indexed by model row
    QList<BusyGeometry> m_busyItems; // filled by relayout()

private:
    CalendarRange m_range;
    QList<BusyPeriod> m_busyPeriods;
    bool m_layoutDirty = true;
};

} // namespace slotwise
