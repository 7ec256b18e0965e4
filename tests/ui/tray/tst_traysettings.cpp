#include "ui/tray/TraySettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;

class TestTraySettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const TraySettings settings(store);
        QVERIFY(settings.keepRunningInTray());
        QVERIFY(!settings.closeNoticeShown());
        QCOMPARE(settings.reminderMinutes(QStringLiteral("p1")), 0); // reminders are off by default
    }

    void valuesPersistPerProfile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings store(path, QSettings::IniFormat);
            TraySettings settings(store);
            settings.setKeepRunningInTray(false);
            settings.setCloseNoticeShown(true);
            settings.setReminderMinutes(QStringLiteral("p1"), 15);
            settings.setReminderMinutes(QStringLiteral("p2"), 5000); // clamped to a day
            settings.setReminderMinutes(QString(), 10);              // no profile: ignored
        }
        QSettings store(path, QSettings::IniFormat);
        const TraySettings settings(store);
        QVERIFY(!settings.keepRunningInTray());
        QVERIFY(settings.closeNoticeShown());
        QCOMPARE(settings.reminderMinutes(QStringLiteral("p1")), 15);
        QCOMPARE(settings.reminderMinutes(QStringLiteral("p2")), TraySettings::kMaxReminderMinutes);
        QCOMPARE(settings.reminderMinutes(QStringLiteral("p3")), 0);
        QCOMPARE(settings.reminderMinutes(QString()), 0);
    }

    void damagedValuesMeanOff_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("text") << QStringLiteral("soon");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("huge") << QStringLiteral("99999999");
    }

    void damagedValuesMeanOff()
    {
        QFETCH(QString, stored);
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        store.setValue(QStringLiteral("profiles/p1/reminderMinutesBefore"), stored);
        QCOMPARE(TraySettings(store).reminderMinutes(QStringLiteral("p1")), 0);
    }
};

QTEST_GUILESS_MAIN(TestTraySettings)
#include "tst_traysettings.moc"
