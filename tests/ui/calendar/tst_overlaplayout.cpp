#include "ui/calendar/OverlapLayout.h"

#include <QTest>

using namespace slotwise;
using Span = OverlapLayout::Span;
using Placement = OverlapLayout::Placement;

Q_DECLARE_METATYPE(QList<OverlapLayout::Span>)
Q_DECLARE_METATYPE(QList<OverlapLayout::Placement>)

namespace QTest {
template <> char* toString(const QList<OverlapLayout::Placement>& placements)
{
    QByteArray text;
    for (const Placement& p : placements) {
        text += "(" + QByteArray::number(p.column) + "," + QByteArray::number(p.columnSpan) + "/" +
                QByteArray::number(p.columnCount) + ") ";
    }
    return qstrdup(text.constData());
}
} // namespace QTest

class TestOverlapLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void arrange_data()
    {
        QTest::addColumn<QList<Span>>("spans");
        QTest::addColumn<QList<Placement>>("expected");
        QTest::newRow("none") << QList<Span>{} << QList<Placement>{};
        QTest::newRow("one takes the full width") << QList<Span>{{60, 120}} << QList<Placement>{{0, 1, 1}};
        QTest::newRow("touching ones do not overlap")
            << QList<Span>{{60, 120}, {120, 180}} << QList<Placement>{{0, 1, 1}, {0, 1, 1}};
        QTest::newRow("two overlapping side by side")
            << QList<Span>{{60, 120}, {90, 150}} << QList<Placement>{{0, 1, 2}, {1, 1, 2}};
        QTest::newRow("input order does not matter")
            << QList<Span>{{90, 150}, {60, 120}} << QList<Placement>{{1, 1, 2}, {0, 1, 2}};
        QTest::newRow("same start: the longer goes left")
            << QList<Span>{{60, 90}, {60, 180}} << QList<Placement>{{1, 1, 2}, {0, 1, 2}};
        QTest::newRow("three at once")
            << QList<Span>{{0, 60}, {10, 60}, {20, 60}} << QList<Placement>{{0, 1, 3}, {1, 1, 3}, {2, 1, 3}};
        // A 8:30-9:15, B 9:00-10:00, C 9:30-10:00: C reuses A's column once A has ended.
        QTest::newRow("a freed column is reused") << QList<Span>{{510, 555}, {540, 600}, {570, 600}}
                                                  << QList<Placement>{{0, 1, 2}, {1, 1, 2}, {0, 1, 2}};
        // Three start together; D follows the two short ones and may use both their columns.
        QTest::newRow("widens over free columns")
            << QList<Span>{{0, 60}, {0, 120}, {0, 60}, {60, 120}}
            << QList<Placement>{{1, 1, 3}, {0, 1, 3}, {2, 1, 3}, {1, 2, 3}};
        QTest::newRow("separate clusters are laid out apart")
            << QList<Span>{{0, 60}, {30, 90}, {200, 260}}
            << QList<Placement>{{0, 1, 2}, {1, 1, 2}, {0, 1, 1}};
        QTest::newRow("a chain is one cluster") << QList<Span>{{0, 60}, {50, 110}, {100, 160}}
                                                << QList<Placement>{{0, 1, 2}, {1, 1, 2}, {0, 1, 2}};
        QTest::newRow("zero length still gets a place")
            << QList<Span>{{60, 60}, {60, 120}} << QList<Placement>{{1, 1, 2}, {0, 1, 2}};
    }

    void arrange()
    {
        QFETCH(QList<Span>, spans);
        QFETCH(QList<Placement>, expected);
        QCOMPARE(OverlapLayout::arrange(spans), expected);
    }

    void overlappingNeverShareAColumn()
    {
        // A busy day: every pair that overlaps must be in different columns, within the column count.
        QList<Span> spans;
        for (int i = 0; i < 60; ++i) {
            const qint64 start = (i * 37) % 600;
            spans.append({start, start + 15 + (i * 13) % 120});
        }
        const QList<Placement> placements = OverlapLayout::arrange(spans);
        QCOMPARE(placements.size(), spans.size());
        for (int i = 0; i < spans.size(); ++i) {
            const Placement& p = placements.at(i);
            QVERIFY(p.column >= 0 && p.columnSpan >= 1 && p.column + p.columnSpan <= p.columnCount);
            for (int j = i + 1; j < spans.size(); ++j) {
                if (spans.at(i).start < spans.at(j).end && spans.at(j).start < spans.at(i).end) {
                    const Placement& q = placements.at(j);
                    const bool apart =
                        p.column + p.columnSpan <= q.column || q.column + q.columnSpan <= p.column;
                    QVERIFY2(apart,
                             qPrintable(QStringLiteral("spans %1 and %2 share a column").arg(i).arg(j)));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOverlapLayout)
#include "tst_overlaplayout.moc"
