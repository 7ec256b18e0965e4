#pragma once

#include <QColor>
#include <QPalette>

class QPainter;
class QRect;
class QString;

namespace slotwise {

// The calendar's colours and the one way an appointment block is drawn, shared by all views so the
// day, week and month views look like one product. Derived from the widget palette (dark themes work).
class CalendarPalette
{
public:
    explicit CalendarPalette(const QPalette& palette);

    QColor background;
    QColor headerBackground;
    QColor gridLine;
    QColor gridLineFaint;
    QColor text;
    QColor mutedText;
    QColor accent;      // today, selection
    QColor todayTint;   // today's column/cell
    QColor focusTint;   // the focus day
    QColor outsideTint; // days outside the month
    QColor nowLine;
    QColor blockFill;
    QColor blockBorder;
    QColor blockText;
    QColor cancelledFill;
    QColor cancelledText;
    QColor busyFill; // Google busy time: grey, hatched, so it never reads as one of our appointments
    QColor busyHatch;

    struct Block
    {
        QString title;
        QString time;
        QString client;
        bool selected = false;
        bool cancelled = false;
    };

    // A rounded appointment block: title (bold), then time and client if they fit.
    void paintBlock(QPainter& painter, const QRect& rect, const Block& block) const;
    // A one-line chip for month cells and all-day rows: "09:00 Title".
    void paintChip(QPainter& painter, const QRect& rect, const QString& text, bool selected, bool cancelled,
                   bool filled) const;
    // Google busy time: a grey hatched area with an optional muted label.
    void paintBusy(QPainter& painter, const QRect& rect, const QString& text) const;
};

} // namespace slotwise
