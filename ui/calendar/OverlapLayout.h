#pragma once

#include <QList>

namespace slotwise {

// Lays out overlapping appointments of one day side by side, as desktop calendars do: appointments that
// overlap (directly or through a chain) form a cluster; each gets the leftmost free column of its cluster
// and then widens to the right over columns that are free for its whole duration.
class OverlapLayout
{
public:
    struct Span
    {
        qint64 start = 0; // any unit, e.g. seconds; end is exclusive
        qint64 end = 0;
    };

    struct Placement
    {
        int column = 0;      // 0-based column within the cluster
        int columnSpan = 1;  // how many columns it may use
        int columnCount = 1; // columns in its cluster

        friend bool operator==(const Placement&, const Placement&) = default;
    };

    // One placement per span, in the order given. Empty spans (end <= start) are treated as one unit long.
    static QList<Placement> arrange(const QList<Span>& spans);
};

} // namespace slotwise
