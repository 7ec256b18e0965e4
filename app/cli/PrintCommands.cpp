#include "app/cli/PrintCommands.h"

#include "app/cli/CliCommandRegistry.h"
#include "app/cli/CliPresentation.h"
#include "app/cli/CliSession.h"
#include "app/cli/DateTimeArgument.h"
#include "services/AppointmentBook.h"
#include "ui/print/DaySheet.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

namespace slotwise {

namespace {

const QString kDay = QStringLiteral("day");
const QString kWeek = QStringLiteral("week");
const QString kPdf = QStringLiteral("pdf");

class PrintCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::PrintCommand)
public:
    QStringList words() const override { return {QStringLiteral("print")}; }
    QString summary() const override { return tr("Write the day sheet of a day or a week as a PDF file."); }
    QString details() const override
    {
        return tr("One row per booked appointment (time, client, phone, title, notes), the profile's name "
                  "and "
                  "the date on top of every page; --week covers the week that holds DATE. The same pages as "
                  "File › Print Day Sheet in the window.\n"
                  "Example: %1 print --day 2026-03-02 --pdf monday.pdf")
            .arg(cliProgramName());
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(kDay, tr("The day to print."), QStringLiteral("DATE")),
            QCommandLineOption(kWeek, tr("A day of the week to print."), QStringLiteral("DATE")),
            QCommandLineOption(kPdf, tr("The PDF file to write."), QStringLiteral("FILE")),
        };
    }
    bool needsGuiApplication() const override { return true; }

    int run(CliSession& session, const QCommandLineParser& parser, const QStringList&) override
    {
        if (parser.isSet(kDay) == parser.isSet(kWeek)) {
            return session.usageError(tr("print: give either --day DATE or --week DATE."));
        }
        if (parser.value(kPdf).isEmpty()) {
            return session.usageError(tr("print: --pdf FILE is required."));
        }
        const bool week = parser.isSet(kWeek);
        const QString option = week ? kWeek : kDay;
        const Result<DateTimeArgument> date =
            DateTimeArgument::parse(QStringLiteral("--") + option, parser.value(option), cliLocalZone());
        if (!date || !date->isDateOnly()) {
            return session.usageError(
                tr("--%1: '%2' is not a date (e.g. 2026-03-02).").arg(option, parser.value(option)));
        }
        const Result<AppointmentBook*> book = session.book();
        if (!book) {
            return session.fail(book.error());
        }
        const Result<Profile> profile = session.profile();
        if (!profile) {
            return session.fail(profile.error());
        }
        const QDate first =
            week ? DaySheetContent::startOfWeek(date->date(), QLocale().firstDayOfWeek()) : date->date();
        const Result<DaySheetContent> content =
            DaySheetContent::load(*book.value(), profile.value(), first, week ? 7 : 1, cliLocalZone());
        if (!content) {
            return session.fail(content.error());
        }
        const DaySheet sheet(content.value());
        const QString path = parser.value(kPdf);
        const Result<int> pages = sheet.writePdf(path);
        if (!pages) {
            return session.fail(pages.error());
        }
        if (session.json()) {
            session.printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                                          {QStringLiteral("profile"), cli::profileJson(profile.value())},
                                          {QStringLiteral("firstDay"), first.toString(Qt::ISODate)},
                                          {QStringLiteral("days"), week ? 7 : 1},
                                          {QStringLiteral("appointments"), int(content->appointments.size())},
                                          {QStringLiteral("pages"), pages.value()}});
        } else {
            session.out()
                << tr("Wrote %n page(s) for %1 to %2.", nullptr, pages.value()).arg(sheet.period(), path)
                << Qt::endl;
        }
        return CliSession::ok();
    }
};

} // namespace

void registerPrintCommands(CliCommandRegistry& registry)
{
    registry.add(std::make_unique<PrintCommand>());
}

} // namespace slotwise
