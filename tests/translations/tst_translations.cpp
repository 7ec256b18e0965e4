// Every shipped language must be at least 95 % translated, and no translation may lose a placeholder
// (%1, %n) that the code fills in. Reads the .ts files in translations/ directly, as lupdate wrote them.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {
constexpr double kMinimumFinished = 0.95;

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one per numerus form, or one
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open ") + path;
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool obsolete = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                message.unfinished = type == QLatin1String("unfinished");
                obsolete = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                if (!message.numerus) {
                    message.translations << xml.readElementText();
                }
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && !obsolete) {
            ts.messages << message;
        }
    }
    if (xml.hasError()) {
        ts.error = QStringLiteral("%1: XML error at line %2: %3")
                       .arg(path)
                       .arg(xml.lineNumber())
                       .arg(xml.errorString());
    }
    return ts;
}

bool isFinished(const Message& m)
{
    if (m.unfinished || m.translations.isEmpty()) {
        return false;
    }
    for (const QString& t : m.translations) {
        if (t.trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured(0));
    }
    return found;
}

QStringList tsFiles()
{
    return QDir(QStringLiteral(SLOTWISE_TS_DIR))
        .entryList({QStringLiteral("slotwise_*.ts")}, QDir::Files, QDir::Name);
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shipsGermanFrenchAndSpanish()
    {
        const QStringList files = tsFiles();
        for (const char* language : {"de", "fr", "es", "en"}) {
            QVERIFY2(files.contains(QStringLiteral("slotwise_%1.ts").arg(QLatin1String(language))), language);
        }
    }

    void mostlyFinished_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& file : tsFiles()) {
            QTest::newRow(qPrintable(file)) << file;
        }
    }

    void mostlyFinished()
    {
        QFETCH(QString, file);
        const TsFile ts = readTs(QDir(QStringLiteral(SLOTWISE_TS_DIR)).filePath(file));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(!ts.messages.isEmpty(), "no messages: was lupdate run?");
        QStringList untranslated;
        for (const Message& m : ts.messages) {
            if (!isFinished(m)) {
                untranslated << QStringLiteral("  [%1] %2").arg(m.context, m.source);
            }
        }
        const double finished = 1.0 - double(untranslated.size()) / double(ts.messages.size());
        qInfo("%s: %d of %d messages translated (%.1f %%)", qPrintable(file),
              int(ts.messages.size() - untranslated.size()), int(ts.messages.size()), finished * 100.0);
        if (finished < kMinimumFinished) {
            QFAIL(qPrintable(QStringLiteral("%1 is %2 % translated, below %3 %. Untranslated:\n%4")
                                 .arg(file)
                                 .arg(finished * 100.0, 0, 'f', 1)
                                 .arg(kMinimumFinished * 100.0, 0, 'f', 0)
                                 .arg(untranslated.join(QLatin1Char('\n')))));
        }
    }

    void placeholdersKept_data() { mostlyFinished_data(); }

    void placeholdersKept()
    {
        QFETCH(QString, file);
        const TsFile ts = readTs(QDir(QStringLiteral(SLOTWISE_TS_DIR)).filePath(file));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList broken;
        for (const Message& m : ts.messages) {
            if (!isFinished(m)) {
                continue;
            }
            QSet<QString> expected = placeholders(m.source);
            for (const QString& translation : m.translations) {
                QSet<QString> actual = placeholders(translation);
                // A language may leave out the number in a singular form ("une minute").
                if (m.numerus && m.translations.size() > 1) {
                    expected.remove(QStringLiteral("%n"));
                    actual.remove(QStringLiteral("%n"));
                }
                if (actual != expected) {
                    broken << QStringLiteral("  [%1] %2 -> %3").arg(m.context, m.source, translation);
                }
            }
        }
        QVERIFY2(broken.isEmpty(),
                 qPrintable(file + QStringLiteral(": placeholders differ from the source:\n") +
                            broken.join(QLatin1Char('\n'))));
    }

    void noStringUnderABareNamespace_data() { mostlyFinished_data(); }

    // lupdate files a tr() in a free function under its namespace ("slotwise"), but our free-function
    // tr() helpers translate under the class context ("slotwise::Database"): such a string is
    // translated in the .ts and still shown in English. Free functions must call
    // QCoreApplication::translate() with the class context spelled out.
    void noStringUnderABareNamespace()
    {
        QFETCH(QString, file);
        const TsFile ts = readTs(QDir(QStringLiteral(SLOTWISE_TS_DIR)).filePath(file));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList stray;
        for (const Message& m : ts.messages) {
            if (m.context == QLatin1String("slotwise")) {
                stray << m.source;
            }
        }
        QVERIFY2(stray.isEmpty(),
                 qPrintable(file + QStringLiteral(": strings lupdate filed under \"slotwise\":\n  ") +
                            stray.join(QStringLiteral("\n  "))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
