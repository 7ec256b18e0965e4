// The warn/block choice for Google busy time, stored where MainWindow reads it for the booking dialog.
#include "ui/settings/BusyTimePolicyWidget.h"

#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace slotwise;

namespace {
// The key MainWindow reads when it opens the booking dialog (spelled out: a rename must fail this test).
const QString kKey = QStringLiteral("sync/busyTimePolicy");
} // namespace

class TestBusyTimePolicyWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().remove(kKey); }

    void defaultsToWarn()
    {
        BusyTimePolicyWidget widget;
        QVERIFY(widget.warnButton()->isChecked());
        QVERIFY(!widget.blockButton()->isChecked());
        QCOMPARE(widget.policy(), BusyTimeChecker::Policy::Warn);
        QVERIFY(!QSettings().contains(kKey)); // opening the settings changes nothing
    }

    void storesTheChoiceAtOnce()
    {
        BusyTimePolicyWidget widget;
        widget.show();
        QTest::mouseClick(widget.blockButton(), Qt::LeftButton);
        QVERIFY(widget.blockButton()->isChecked());
        QCOMPARE(QSettings().value(kKey).toString(), QStringLiteral("block"));
        QCOMPARE(BusyTimeChecker::policyFromString(QSettings().value(kKey).toString()),
                 BusyTimeChecker::Policy::Block);
        QTest::mouseClick(widget.warnButton(), Qt::LeftButton);
        QCOMPARE(BusyTimeChecker::policyFromString(QSettings().value(kKey).toString()),
                 BusyTimeChecker::Policy::Warn);
    }

    void showsTheStoredChoice()
    {
        QSettings().setValue(kKey, QStringLiteral("block"));
        BusyTimePolicyWidget widget;
        QVERIFY(widget.blockButton()->isChecked());
        QCOMPARE(BusyTimePolicyWidget::storedPolicy(), BusyTimeChecker::Policy::Block);
    }
};

QTEST_MAIN(TestBusyTimePolicyWidget)
#include "tst_busytimepolicywidget.moc"
