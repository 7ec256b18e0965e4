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

    void editsAProfileKeepingItsIdAndRefusingAnotherProfilesName()
    {
        TestBook t;
        QVERIFY(t.open()); // has "Dr. Ada", ada@example.com
        QVERIFY(t.book->createProfile(QStringLiteral("Bob"), QString()).ok());
        NewProfileDialog dialog(*t.book, t.profile);
        QVERIFY(dialog.isEditing());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit Profile"));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        auto* email = dialog.findChild<QLineEdit*>(QStringLiteral("emailEdit"));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("createButton"));
        QCOMPARE(name->text(), QStringLiteral("Dr. Ada"));
        QCOMPARE(email->text(), QStringLiteral("ada@example.com"));
        QCOMPARE(save->text().remove(QLatin1Char('&')), QStringLiteral("Save"));
        QVERIFY(save->isEnabled()); // its own name is not "taken"
        QVERIFY(dialog.nameMessage().isEmpty());

        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("BOB"));
        QCOMPARE(dialog.nameMessage(), QStringLiteral("A profile named “BOB” already exists."));
        QVERIFY(!save->isEnabled());
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(t.book->resolveProfile(QStringLiteral("Dr. Ada"))->id, t.profile.id);

        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("DR. ADA"));
        QVERIFY(dialog.nameMessage().isEmpty()); // only the case changes: still its own name
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Dr. Ada Lovelace"));
        email->clear();
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedProfile().id, t.profile.id);
        const auto stored = t.book->resolveProfile(QStringLiteral("Dr. Ada Lovelace"));
        QVERIFY2(stored.ok(), qPrintable(stored.error().message()));
        QCOMPARE(stored->id, t.profile.id);
        QCOMPARE(stored->email, QString());
        QCOMPARE(t.book->profiles()->size(), 2);
    }

    void editShowsTheBooksRefusalInline()
    {
        TestBook t;
        QVERIFY(t.open());
        NewProfileDialog dialog(*t.book, t.profile);
        // Taken by someone else (another window, the CLI) after the dialog opened.
        QVERIFY(t.book->createProfile(QStringLiteral("Carol"), QString()).ok());
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("carol"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.nameMessage().contains(QStringLiteral("already exists")),
                 qPrintable(dialog.nameMessage()));
        QCOMPARE(t.book->resolveProfile(QStringLiteral("Dr. Ada"))->id, t.profile.id);
    }
};

QTEST_MAIN(TestNewProfileDialog)
#include "tst_newprofiledialog.moc"
