#include "ui/UndoCancelNotice.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace slotwise;

class TestUndoCancelNotice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offerShowsTheTitleAndUndoRestoresOnce()
    {
        QWidget window;
        auto* notice = new UndoCancelNotice(&window);
        window.show();
        QVERIFY(!notice->isVisible());
        QSignalSpy offering(notice, &UndoCancelNotice::offeringChanged);
        QSignalSpy undo(notice, &UndoCancelNotice::undoRequested);

        notice->offer(QStringLiteral("id-1"), QStringLiteral("Haircut"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->isOffering());
        QCOMPARE(notice->findChild<QLabel*>()->text(), QStringLiteral("Cancelled “Haircut”."));
        QCOMPARE(offering.size(), 1);
        QCOMPARE(offering.last().at(0).toBool(), true);

        QTest::mouseClick(notice->findChild<QPushButton*>(QStringLiteral("undoButton")), Qt::LeftButton);
        QCOMPARE(undo.size(), 1);
        QCOMPARE(undo.first().at(0).toString(), QStringLiteral("id-1"));
        QVERIFY(!notice->isVisible());
        QVERIFY(!notice->isOffering());
        QCOMPARE(offering.last().at(0).toBool(), false);

        notice->accept(); // the offer is used up
        QCOMPARE(undo.size(), 1);
    }

    void laterOfferReplacesTheEarlierOne()
    {
        UndoCancelNotice notice;
        QSignalSpy undo(&notice, &UndoCancelNotice::undoRequested);
        notice.offer(QStringLiteral("id-1"), QStringLiteral("Haircut"));
        notice.offer(QStringLiteral("id-2"), QStringLiteral("Colour"));
        notice.accept();
        QCOMPARE(undo.size(), 1);
        QCOMPARE(undo.first().at(0).toString(), QStringLiteral("id-2"));
    }

    void withdrawnOfferRestoresNothing()
    {
        UndoCancelNotice notice;
        QSignalSpy undo(&notice, &UndoCancelNotice::undoRequested);
        QSignalSpy offering(&notice, &UndoCancelNotice::offeringChanged);
        notice.offer(QStringLiteral("id-1"), QStringLiteral("Haircut"));
        notice.withdraw();
        QCOMPARE(offering.last().at(0).toBool(), false);
        QVERIFY(!notice.isOffering());
        notice.accept();
        QCOMPARE(undo.size(), 0);
    }
};

QTEST_MAIN(TestUndoCancelNotice)
#include "tst_undocancelnotice.moc"
