#include "ui/calendar/OverlapLayout.h"

#include <algorithm>
#include <numeric>

namespace slotwise {

namespace {
bool overlap(const OverlapLayout::Span& a, const OverlapLayout::Span& b)
{
    return a.start < b.end && b.start < a.end;
}

void arrangeCluster(const QList<OverlapLayout::Span>& spans, const QList<qsizetype>& cluster,
                    QList<OverlapLayout::Placement>& placements)
{
    QList<qint64> columnEnds; // when each column becomes free
    for (const qsizetype i : cluster) {
        int column = 0;
        while (column < columnEnds.size() && columnEnds.at(column) > spans.at(i).start) {
            ++column;
        }
        if (column == columnEnds.size()) {
            columnEnds.append(spans.at(i).end);
        } else {
            columnEnds[column] = spans.at(i).end;
        }
        placements[i].column = column;
    }
    const int columnCount = int(columnEnds.size());
    for (const qsizetype i : cluster) {
        OverlapLayout::Placement& p = placements[i];
        p.columnCount = columnCount;
        p.columnSpan = columnCount - p.column;
        for (const qsizetype j : cluster) {
            const int other = placements.at(j).column;
            if (j != i && other > p.column && overlap(spans.at(i), spans.at(j))) {
                p.columnSpan = std::min(p.columnSpan, other - p.column);
            }
        }
    }
}
} // namespace

QList<OverlapLayout::Placement> OverlapLayout::arrange(const QList<Span>& input)
{
    QList<Span> spans = input;
    for (Span& s : spans) {
        s.end = std::max(s.end, s.start + 1);
    }
    QList<qsizetype> order(spans.size());
    std::iota(order.begin(), order.end(), 0);
    // Earlier first; at the same start the longer one goes left, which reads best.
    std::stable_sort(order.begin(), order.end(), [&spans](qsizetype a, qsizetype b) {
        if (spans.at(a).start != spans.at(b).start) {
            return spans.at(a).start < spans.at(b).start;
        }
        return spans.at(a).end > spans.at(b).end;
    });

    QList<Placement> placements(spans.size());
    QList<qsizetype> cluster;
    qint64 clusterEnd = 0;
    for (const qsizetype i : order) {
        if (!cluster.isEmpty() && spans.at(i).start >= clusterEnd) {
            arrangeCluster(spans, cluster, placements);
            cluster.clear();
        }
        clusterEnd = cluster.isEmpty() ? spans.at(i).end : std::max(clusterEnd, spans.at(i).end);
        cluster.append(i);
    }
    if (!cluster.isEmpty()) {
        arrangeCluster(spans, cluster, placements);
    }
    return placements;
}

} // namespace slotwise
