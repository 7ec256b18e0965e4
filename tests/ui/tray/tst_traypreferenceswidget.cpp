#include "services/TranslationLoader.h"
#include "ui/tray/TrayPreferencesWidget.h"
#include "ui/tray/TraySettings.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;

class TestTrayPreferencesWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_translations.load(QStringLiteral("en")).ok()); }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        qputenv("XDG_CONFIG_HOME", m_tmp->filePath(QStringLiteral("config")).toUtf8());
        m_store = std::make_unique<QSettings>(m_tmp->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        m_settings = std::make_unique<TraySettings>(*m_store);
    }

    void showsAndChangesTheSettings()
    {
        m_settings->setReminderMinutes(QStringLiteral("p1"), 10);
        TrayPreferencesWidget widget(*m_settings, entry(), true);
        widget.show();
        QVERIFY(widget.keepRunningBox()->isChecked());
        QVERIFY(!widget.startAtLoginBox()->isChecked());
        QVERIFY(!widget.reminderBox()->isEnabled()); // no profile yet
        QCOMPARE(widget.reminderBox()->text(), QStringLiteral("Off"));

        widget.setProfileId(QStringLiteral("p1"));
        QVERIFY(widget.reminderBox()->isEnabled());
        QCOMPARE(widget.reminderBox()->value(), 10);
        widget.reminderBox()->setValue(25);
        QCOMPARE(m_settings->reminderMinutes(QStringLiteral("p1")), 25);
        widget.setProfileId(QStringLiteral("p2"));
        QCOMPARE(widget.reminderBox()->value(), 0);
        QCOMPARE(m_settings->reminderMinutes(QStringLiteral("p1")), 25); // switching profile changed nothing

        widget.keepRunningBox()->click();
        QVERIFY(!m_settings->keepRunningInTray());
    }

    void startAtLoginWritesAndRemovesTheEntry()
    {
        TrayPreferencesWidget widget(*m_settings, entry(), true);
        widget.startAtLoginBox()->click();
        QVERIFY(QFile::exists(entry().filePath()));
        QVERIFY(widget.errorLabel()->isHidden());
        widget.startAtLoginBox()->click();
        QVERIFY(!QFile::exists(entry().filePath()));
    }

    void startAtLoginFailureIsShownAndUndone()
    {
        QFile blocker(m_tmp->filePath(QStringLiteral("config")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the config folder should be
        blocker.close();
        TrayPreferencesWidget widget(*m_settings, entry(), true);
        widget.show();
        widget.startAtLoginBox()->click();
        QVERIFY(!widget.startAtLoginBox()->isChecked());
        QVERIFY(widget.errorLabel()->isVisible());
        QVERIFY2(widget.errorLabel()->text().contains(QStringLiteral("login start entry")),
                 qPrintable(widget.errorLabel()->text()));
    }

    void withoutATrayKeepingRunningIsNotOffered()
    {
        TrayPreferencesWidget widget(*m_settings, entry(), false);
        QVERIFY(!widget.keepRunningBox()->isEnabled());
        QVERIFY(!widget.keepRunningBox()->toolTip().isEmpty());
    }

private:
    static AutostartEntry entry()
    {
        return AutostartEntry(QStringLiteral("org.slotwise.Slotwise"), QStringLiteral("Slotwise"),
                              QStringLiteral("/usr/bin/slotwise"), {QStringLiteral("--start-in-tray")});
    }

    TranslationLoader m_translations;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<TraySettings> m_settings;
};

QTEST_MAIN(TestTrayPreferencesWidget)
#include "tst_traypreferenceswidget.moc"
