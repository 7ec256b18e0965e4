#include "ui/print/DaySheet.h"

#include "services/AppointmentBook.h"
#include "services/storage/Database.h"

#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;

namespace {

const QTimeZone kBerlin("Europe/Berlin");
const QDate kMonday(2026, 3, 2);

QString twoDigits(int i)
{
    return QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
}

// Forty appointments on one day, every twenty minutes from 07:00; each with three lines of notes whose
// last line is a marker, so a split row would put the marker on another page than the title.
QList<Appointment> crowdedDay()
{
    QList<Appointment> out;
    for (int i = 0; i < 40; ++i) {
        Appointment a;
        a.title = QStringLiteral("Visit ") + twoDigits(i);
        a.clientName = QStringLiteral("Client ") + twoDigits(i);
        a.clientPhone = QStringLiteral("+49 30 5550") + twoDigits(i);
        a.notes = QStringLiteral("first of %1\nsecond of %1\nend-%1").arg(twoDigits(i));
        a.startUtc = QDateTime(kMonday, QTime(7, 0), kBerlin).addSecs(i * 20 * 60).toUTC();
        a.endUtc = a.startUtc.addSecs(15 * 60);
        a.timeZoneId = QStringLiteral("Europe/Berlin");
        out << a;
    }
    return out;
}

// `pdftotext -layout` output, one entry per page.
QStringList pdfPages(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        return {};
    }
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty()) {
        pages.removeLast();
    }
    return pages;
}

int pdfinfoPages(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        return -1;
    }
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("Pages:"))) {
            return line.mid(6).trimmed().toInt();
        }
    }
    return -1;
}

} // namespace

// The printed day sheet as a PDF, read back with poppler's pdfinfo and pdftotext.
class TestDaySheet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    static void requirePoppler()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
            QSKIP("poppler-utils (pdftotext, pdfinfo) is not installed: ./scripts/install-deps.sh --test");
        }
    }

private Q_SLOTS:
    void aCrowdedDayFillsSeveralPagesWithoutSplittingARow()
    {
        requirePoppler();
        const DaySheet sheet({QStringLiteral("Dr. Ada"), kMonday, 1, crowdedDay(), kBerlin});
        const QString pdf = m_tmp.filePath(QStringLiteral("day.pdf"));
        const Result<int> pages = sheet.writePdf(pdf);
        QVERIFY2(pages, qPrintable(pages.error().message()));
        QVERIFY2(pages.value() >= 2, qPrintable(QString::number(pages.value())));
        QCOMPARE(pdfinfoPages(pdf), pages.value());

        const QStringList text = pdfPages(pdf);
        QCOMPARE(text.size(), pages.value());
        const QString day = QLocale().toString(kMonday, QLocale::LongFormat);
        for (const QString& page : text) {
            // The profile and the date on top of every page.
            QVERIFY(page.contains(QStringLiteral("Dr. Ada")));
            QVERIFY(page.contains(day));
        }
        for (int i = 0; i < 40; ++i) {
            const QString title = QStringLiteral("Visit ") + twoDigits(i);
            const QString last = QStringLiteral("end-") + twoDigits(i);
            int titlePage = -1;
            int lastLinePage = -1;
            for (int p = 0; p < text.size(); ++p) {
                titlePage = text.at(p).contains(title) ? p : titlePage;
                lastLinePage = text.at(p).contains(last) ? p : lastLinePage;
            }
            QVERIFY2(titlePage >= 0, qPrintable(title));
            QCOMPARE(lastLinePage, titlePage); // every line of a row on one page
            QVERIFY2(text.at(titlePage).contains(QStringLiteral("+49 30 5550") + twoDigits(i)),
                     qPrintable(text.at(titlePage)));
            QVERIFY(text.at(titlePage).contains(QStringLiteral("Client ") + twoDigits(i)));
        }
        // In time order, across pages.
        const QString all = text.join(QString());
        QVERIFY(all.indexOf(QStringLiteral("Visit 00")) < all.indexOf(QStringLiteral("Visit 39")));
    }

    void aWeekListsEachDayUnderItsHeading()
    {
        requirePoppler();
        QList<Appointment> appointments = crowdedDay().mid(0, 2);
        appointments[1].startUtc = appointments[1].startUtc.addDays(3); // Thursday
        appointments[1].endUtc = appointments[1].endUtc.addDays(3);
        const DaySheet sheet({QStringLiteral("Dr. Ada"), kMonday, 7, appointments, kBerlin});
        const QString pdf = m_tmp.filePath(QStringLiteral("week.pdf"));
        QCOMPARE(sheet.writePdf(pdf).value(), 1);
        // The days' headings come after the period on top (which names the first and the last day).
        const QString page = pdfPages(pdf).join(QString());
        const QString text = page.mid(page.indexOf(sheet.period()) + sheet.period().size());
        const QLocale locale;
        int previous = -1;
        for (int d = 0; d < 7; ++d) {
            const int at = text.indexOf(locale.toString(kMonday.addDays(d), QLocale::LongFormat));
            QVERIFY(at > previous);
            previous = at;
        }
        const int thursday = text.indexOf(locale.toString(kMonday.addDays(3), QLocale::LongFormat));
        const int friday = text.indexOf(locale.toString(kMonday.addDays(4), QLocale::LongFormat));
        QVERIFY(text.indexOf(QStringLiteral("Visit 00")) <
                text.indexOf(locale.toString(kMonday.addDays(1), QLocale::LongFormat)));
        const int visit = text.indexOf(QStringLiteral("Visit 01"));
        QVERIFY(visit > thursday && visit < friday);
    }

    void contentIsTheProfilesBookedAppointmentsOfThePeriod()
    {
        auto db = Database::openSqlite(m_tmp.filePath(QStringLiteral("book.db")));
        QVERIFY(db);
        AppointmentBook book(*db.value());
        const Profile ada = book.createProfile(QStringLiteral("Dr. Ada"), {}).value();
        const Profile other = book.createProfile(QStringLiteral("Other"), {}).value();
        QList<Appointment> day = crowdedDay().mid(0, 3);
        for (Appointment& a : day) {
            a.profileId = ada.id;
            a = book.book(a).value();
        }
        QVERIFY(book.cancel(day.at(1).id));
        Appointment elsewhere = crowdedDay().at(5);
        elsewhere.profileId = other.id;
        QVERIFY(book.book(elsewhere));
        Appointment tomorrow = crowdedDay().at(6);
        tomorrow.profileId = ada.id;
        tomorrow.startUtc = tomorrow.startUtc.addDays(1);
        tomorrow.endUtc = tomorrow.endUtc.addDays(1);
        QVERIFY(book.book(tomorrow));

        const auto content = DaySheetContent::load(book, ada, kMonday, 1, kBerlin);
        QVERIFY(content);
        QCOMPARE(content->profileName, QStringLiteral("Dr. Ada"));
        QCOMPARE(content->appointments.size(), 2);
        QCOMPARE(content->appointments.at(0).id, day.at(0).id);
        QCOMPARE(content->appointments.at(1).id, day.at(2).id);
        QCOMPARE(DaySheetContent::load(book, ada, kMonday, 7, kBerlin)->appointments.size(), 3);
    }

    void weeksStartOnTheLocalesFirstDay()
    {
        QCOMPARE(DaySheetContent::startOfWeek(QDate(2026, 3, 5), Qt::Monday), kMonday);
        QCOMPARE(DaySheetContent::startOfWeek(kMonday, Qt::Monday), kMonday);
        QCOMPARE(DaySheetContent::startOfWeek(QDate(2026, 3, 5), Qt::Sunday), QDate(2026, 3, 1));
        QCOMPARE(DaySheetContent::startOfWeek(QDate(2026, 3, 1), Qt::Sunday), QDate(2026, 3, 1));
    }

    void anUnwritablePathIsAStorageError()
    {
        const DaySheet sheet({QStringLiteral("Dr. Ada"), kMonday, 1, {}, kBerlin});
        const Result<int> pages = sheet.writePdf(m_tmp.filePath(QStringLiteral("no/such/folder/day.pdf")));
        QVERIFY(!pages);
        QCOMPARE(pages.error().kind(), Error::Kind::Storage);
    }
};

QTEST_MAIN(TestDaySheet)
#include "tst_daysheet.moc"
