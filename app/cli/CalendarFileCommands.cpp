#include "app/cli/CalendarFileCommands.h"

#include "app/cli/CliCommandRegistry.h"
#include "app/cli/CliPresentation.h"
#include "app/cli/CliSession.h"
#include "app/cli/DateTimeArgument.h"
#include "services/AppointmentBook.h"
#include "services/ics/CalendarExport.h"
#include "services/ics/CalendarImport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

namespace slotwise {

namespace {

const QString kIcs = QStringLiteral("ics");
const QString kId = QStringLiteral("id");
const QString kDryRun = QStringLiteral("dry-run");

class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::ExportCommand)
public:
    QStringList words() const override { return {QStringLiteral("export")}; }
    QString summary() const override
    {
        return tr("Write the profile's appointments to a calendar file (.ics).");
    }
    QString details() const override
    {
        return tr("Without --from, --to or --id: every booked appointment of the profile. --id (repeatable) "
                  "chooses appointments, cancelled ones too. FILE - writes to standard output.\n"
                  "Example: %1 export --ics march.ics --from 2026-03-01 --to 2026-03-31")
            .arg(cliProgramName());
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(kIcs, tr("The calendar file to write (RFC 5545)."), QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("from"), tr("First day or instant to export."),
                               QStringLiteral("ISO")),
            QCommandLineOption(QStringLiteral("to"),
                               tr("Last day (inclusive) or instant (exclusive) to export."),
                               QStringLiteral("ISO")),
            QCommandLineOption(kId, tr("Export this appointment (repeatable)."), QStringLiteral("ID")),
        };
    }

    int run(CliSession& session, const QCommandLineParser& parser, const QStringList&) override
    {
        if (!parser.isSet(kIcs) || parser.value(kIcs).isEmpty()) {
            return session.usageError(tr("export: --ics FILE is required."));
        }
        const QString path = parser.value(kIcs);
        const bool toStdout = path == QLatin1String("-");
        if (toStdout && session.json()) {
            return session.usageError(tr("export: --json cannot share standard output with --ics -."));
        }
        const Result<DateRangeArguments> range = DateRangeArguments::parse(parser, cliLocalZone());
        if (!range) {
            return session.usageError(range.error().message());
        }
        ExportSelection selection;
        selection.ids = parser.values(kId);
        if (!selection.ids.isEmpty() && (range->from.isValid() || range->to.isValid())) {
            return session.usageError(tr("export: --id cannot be combined with --from or --to."));
        }
        selection.fromUtc = range->from.toUTC();
        selection.toUtc = range->to.toUTC();

        const Result<AppointmentBook*> book = session.book();
        if (!book) {
            return session.fail(book.error());
        }
        const Result<Profile> profile = session.profile();
        if (!profile) {
            return session.fail(profile.error());
        }
        if (toStdout) {
            const Result<CalendarExport::File> file =
                CalendarExport::build(*book.value(), profile.value(), selection);
            if (!file) {
                return session.fail(file.error());
            }
            session.out().flush();
            std::fwrite(file->data.constData(), 1, size_t(file->data.size()), stdout);
            std::fflush(stdout);
            return CliSession::ok();
        }
        const Result<int> written =
            CalendarExport::writeFile(*book.value(), profile.value(), selection, path);
        if (!written) {
            return session.fail(written.error());
        }
        if (session.json()) {
            session.printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                                          {QStringLiteral("profile"), cli::profileJson(profile.value())},
                                          {QStringLiteral("exported"), written.value()}});
        } else {
            session.out() << tr("Exported %n appointment(s) of %1 to %2.", nullptr, written.value())
                                 .arg(profile->displayName, path)
                          << Qt::endl;
        }
        return CliSession::ok();
    }
};

class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::ImportCommand)
public:
    QStringList words() const override { return {QStringLiteral("import")}; }
    QString summary() const override
    {
        return tr("Add the events of a calendar file (.ics) to the profile.");
    }
    QString details() const override
    {
        return tr(
            "The whole file is read first; a broken file imports nothing. An event imported before (same "
            "UID) is updated, not added again. Recurring events are skipped for now. Imported "
            "appointments sync to Google like any booking.");
    }
    QList<CliPositional> positionals() const override
    {
        return {{QStringLiteral("FILE"), tr("The calendar file to read (RFC 5545, up to 50 MB).")}};
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(kDryRun, tr("Show what would be added, updated and skipped; store nothing."))};
    }

    int run(CliSession& session, const QCommandLineParser& parser, const QStringList& arguments) override
    {
        const Result<AppointmentBook*> book = session.book();
        if (!book) {
            return session.fail(book.error());
        }
        const Result<Profile> profile = session.profile();
        if (!profile) {
            return session.fail(profile.error());
        }
        const QString& path = arguments.at(0);
        Result<ImportPlan> planned =
            CalendarImport::planFile(*book.value(), profile->id, path, cliLocalZone());
        if (!planned) {
            return session.fail(planned.error());
        }
        ImportPlan plan = std::move(planned).value();
        const bool dryRun = parser.isSet(kDryRun);
        if (!dryRun) {
            if (const Status applied = CalendarImport::apply(*book.value(), plan); !applied) {
                return session.fail(applied.error());
            }
        }
        if (session.json()) {
            printJson(session, plan, profile.value(), path, dryRun);
        } else {
            printText(session, plan, profile.value(), path, dryRun);
        }
        return CliSession::ok();
    }

private:
    using Action = ImportPlan::Action;

    static void printJson(CliSession& session, const ImportPlan& plan, const Profile& profile,
                          const QString& path, bool dryRun)
    {
        QJsonArray items;
        for (const ImportPlan::Item& item : plan.items) {
            QJsonObject o{{QStringLiteral("line"), item.line},
                          {QStringLiteral("uid"), item.uid},
                          {QStringLiteral("action"), CalendarImport::actionCode(item.action)},
                          {QStringLiteral("appointment"), cli::appointmentJson(item.appointment)}};
            if (item.action == Action::Skip) {
                o.insert(QStringLiteral("reason"), CalendarImport::reasonCode(item.reason));
                o.insert(QStringLiteral("reasonText"), item.reasonText);
            }
            items.append(o);
        }
        session.printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                                      {QStringLiteral("profile"), cli::profileJson(profile)},
                                      {QStringLiteral("dryRun"), dryRun},
                                      {QStringLiteral("added"), plan.count(Action::Add)},
                                      {QStringLiteral("updated"), plan.count(Action::Update)},
                                      {QStringLiteral("skipped"), plan.count(Action::Skip)},
                                      {QStringLiteral("items"), items}});
    }

    static void printText(CliSession& session, const ImportPlan& plan, const Profile& profile,
                          const QString& path, bool dryRun)
    {
        const QString counts = tr("%1 added, %2 updated, %3 skipped")
                                   .arg(plan.count(Action::Add))
                                   .arg(plan.count(Action::Update))
                                   .arg(plan.count(Action::Skip));
        const QString file = QFileInfo(path).fileName();
        session.out() << (dryRun ? tr("Dry run, nothing stored. %1 into %2 would give: %3.")
                                 : tr("Imported %1 into %2: %3."))
                             .arg(file, profile.displayName, counts)
                      << Qt::endl;
        int unchanged = 0;
        for (const ImportPlan::Item& item : plan.items) {
            if (item.action != Action::Skip) {
                continue;
            }
            // An import done twice would otherwise list every event again.
            if (item.reason == ImportSkipReason::Unchanged) {
                ++unchanged;
                continue;
            }
            session.out() << QStringLiteral("  ")
                          << tr("skipped line %1 \"%2\": %3")
                                 .arg(item.line)
                                 .arg(item.appointment.title, item.reasonText)
                          << Qt::endl;
        }
        if (unchanged > 0) {
            session.out() << QStringLiteral("  ")
                          << tr("%n event(s) already imported and unchanged.", nullptr, unchanged)
                          << Qt::endl;
        }
    }
};

} // namespace

void registerCalendarFileCommands(CliCommandRegistry& registry)
{
    registry.add(std::make_unique<ExportCommand>());
    registry.add(std::make_unique<ImportCommand>());
}

} // namespace slotwise
