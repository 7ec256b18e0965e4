#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace slotwise {

struct BusyBlock;

// Time taken by a Google Calendar event that is not ours, as the views draw it: greyed, read-only, never a
// model row (so it cannot be selected, opened or edited as an appointment). Times are local.
struct BusyPeriod
{
    QDateTime start;
    QDateTime end;
    bool allDay = false;
    QString calendarName; // another checked calendar's name; empty for the synced calendar

    static BusyPeriod fromBlock(const BusyBlock& block);
    static QList<BusyPeriod> fromBlocks(const QList<BusyBlock>& blocks);

    // "Busy", or "Busy · Team" for another checked calendar: the text drawn on the block.
    QString label() const;
    // "Busy (Google Calendar)" and when, for the tooltip and the agenda.
    QString whenText() const;
    QString toolTip() const;
    // Does the period take time on `day` (local)?
    bool touches(QDate day) const;
    // Midnight to midnight (or longer): drawn in the all-day strip.
    bool coversWholeDays() const;

    friend bool operator==(const BusyPeriod&, const BusyPeriod&) = default;
};

} // namespace slotwise
