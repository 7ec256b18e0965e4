// The executables' --version and --lang as a user runs them: real processes, offscreen.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments, const QString& lang = QStringLiteral("C"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
} // namespace

class TestLanguageOption : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void programs_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("slotwise") << QStringLiteral(SLOTWISE_GUI_PATH);
        QTest::newRow("slotwise-cli") << QStringLiteral(SLOTWISE_CLI_PATH);
    }

    void versionNeedsNoDisplay_data() { programs_data(); }
    void versionNeedsNoDisplay()
    {
        QFETCH(QString, program);
        const Run r = run(program, {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        // The version first; the second line names the OAuth client in use (tst_builtinclient).
        QVERIFY2(r.out.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral(SLOTWISE_VERSION)),
                 qPrintable(r.out));
    }

    void langOverrideTranslatesHelp_data() { programs_data(); }
    void langOverrideTranslatesHelp()
    {
        QFETCH(QString, program);
        const Run r =
            run(program, {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.simplified().contains(
                     QStringLiteral("Die Sprache CODE (de, en, es, fr) statt der Systemsprache")),
                 qPrintable(r.out));
    }

    void systemLocaleIsFollowed()
    {
        const Run r =
            run(QStringLiteral(SLOTWISE_CLI_PATH), {QStringLiteral("--help")}, QStringLiteral("fr_FR.UTF-8"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.simplified().contains(
                     QStringLiteral("réserver et gérer les rendez-vous Slotwise en ligne de commande")),
                 qPrintable(r.out));
    }

    void unknownLanguageIsAClearError_data() { programs_data(); }
    void unknownLanguageIsAClearError()
    {
        QFETCH(QString, program);
        const Run r = run(program, {QStringLiteral("--lang=tlh"), QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(QStringLiteral("Unknown language “tlh”. Available languages: de, en, es, fr.")),
            qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLanguageOption)
#include "tst_languageoption.moc"
