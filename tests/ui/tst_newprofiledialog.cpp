#include "ui/NewProfileDialog.h"

#include "TestBook.h"

#include <QLineEdit>
#include <QPushButton>

using namespace slotwise;

class TestNewProfileDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsAProfile()
    {
        TestBook t;
        QVERIFY(t.open(false));
        NewProfileDialog dialog(*t.book);
        auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createButton"));
        QVERIFY(!create->isEnabled()); // a name is required
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Dr. Ada"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("emailEdit")),
                         QStringLiteral("ada@example.com"));
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.createdProfile().displayName, QStringLiteral("Dr. Ada"));
        QCOMPARE(t.book->profiles()->size(), 1);
        QCOMPARE(t.book->profiles()->constFirst().email, QStringLiteral("ada@example.com"));
    }

    void refusesADuplicateNameInAnyCase()
    {
        TestBook t;
        QVERIFY(t.open()); // has "Dr. Ada"
        NewProfileDialog dialog(*t.book);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("dr. ada"));
        QVERIFY(dialog.nameMessage().contains(QStringLiteral("already exists")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(t.book->profiles()->size(), 1);
    }

    void refusesABadEmail()
    {
        TestBook t;
        QVERIFY(t.open(false));
        NewProfileDialog dialog(*t.book);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Bob"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("emailEdit")), QStringLiteral("bob@"));
        QVERIFY(dialog.emailMessage().contains(QStringLiteral("bob@")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("emailEdit")),
                         QStringLiteral("example.com"));
        QVERIFY(dialog.emailMessage().isEmpty());
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
    }
};

QTEST_MAIN(TestNewProfileDialog)
#include "tst_newprofiledialog.moc"
