#include "models/ProfileListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace slotwise;

class TestProfileListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsNamesAndFindsByIdAndName()
    {
        ProfileListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles(
            {Profile{QStringLiteral("1"), QStringLiteral("Dr. Ada"), QStringLiteral("ada@example.com"), {}},
             Profile{QStringLiteral("2"), QStringLiteral("Bob"), QString(), {}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Dr. Ada"));
        QCOMPARE(model.index(0).data(ProfileListModel::IdRole).toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0).data(ProfileListModel::EmailRole).toString(),
                 QStringLiteral("ada@example.com"));
        QCOMPARE(model.rowOf(QStringLiteral("2")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("3")), -1);
        QVERIFY(model.containsName(QStringLiteral("  bob ")));
        QVERIFY(!model.containsName(QStringLiteral("Carol")));
    }
};

QTEST_GUILESS_MAIN(TestProfileListModel)
#include "tst_profilelistmodel.moc"
