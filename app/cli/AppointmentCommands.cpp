#include "app/cli/AppointmentCommands.h"

#include "app/cli/CliCommandRegistry.h"
#include "app/cli/CliPresentation.h"
#include "app/cli/CliSession.h"
#include "app/cli/DateTimeArgument.h"
#include "models/Clock.h"
#include "services/AppointmentBook.h"
#include "services/sync/BusyTimeChecker.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTimeZone>

#include <optional>

namespace slotwise {

namespace {

const QString kTitle = QStringLiteral("title");
const QString kStart = QStringLiteral("start");
const QString kEnd = QStringLiteral("end");
const QString kClient = QStringLiteral("client");
const QString kClientEmail = QStringLiteral("client-email");
const QString kClientPhone = QStringLiteral("client-phone");
const QString kLocation = QStringLiteral("location");
const QString kNotes = QStringLiteral("notes");
const QString kAllDay = QStringLiteral("all-day");
const QString kNoAllDay = QStringLiteral("no-all-day");
const QString kTimeZone = QStringLiteral("time-zone");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kIncludeCancelled = QStringLiteral("include-cancelled");

class AppointmentCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::AppointmentCommand)
protected:
    static QList<QCommandLineOption> fieldOptions()
    {
        return {
            QCommandLineOption(kTitle, tr("What the appointment is."), QStringLiteral("TEXT")),
            QCommandLineOption(kStart, tr("Start: ISO 8601 date-time (a date alone with --all-day)."),
                               QStringLiteral("ISO")),
            QCommandLineOption(kEnd, tr("End: ISO 8601 date-time (with --all-day: the last day, inclusive)."),
                               QStringLiteral("ISO")),
            QCommandLineOption(kClient, tr("The client's name."), QStringLiteral("NAME")),
            QCommandLineOption(kClientEmail, tr("The client's email address."), QStringLiteral("EMAIL")),
            QCommandLineOption(kClientPhone, tr("The client's phone number."), QStringLiteral("PHONE")),
            QCommandLineOption(kLocation, tr("Where it takes place."), QStringLiteral("TEXT")),
            QCommandLineOption(kNotes, tr("Free-form notes."), QStringLiteral("TEXT")),
            QCommandLineOption(kAllDay, tr("Whole days instead of a time range.")),
            QCommandLineOption(kTimeZone,
                               tr("IANA time zone it is booked in, e.g. Europe/Berlin; times without an "
                                  "offset are read in it (default: this computer's zone)."),
                               QStringLiteral("IANA")),
        };
    }

    // Applies the field options to `a`. Returns a usage error message, or nothing when all were readable;
    // the booking rules themselves are AppointmentValidator's (checked by AppointmentBook).
    static std::optional<QString> applyFields(const QCommandLineParser& parser, Appointment& a, bool isNew)
    {
        const auto setText = [&parser](const QString& option, QString& field) {
            if (parser.isSet(option)) {
                field = parser.value(option);
            }
        };
        setText(kTitle, a.title);
        setText(kClient, a.clientName);
        setText(kClientEmail, a.clientEmail);
        setText(kClientPhone, a.clientPhone);
        setText(kLocation, a.location);
        setText(kNotes, a.notes);
        a.title = a.title.trimmed();
        a.clientEmail = a.clientEmail.trimmed();

        if (parser.isSet(kTimeZone)) {
            a.timeZoneId = parser.value(kTimeZone).trimmed();
        } else if (isNew) {
            a.timeZoneId = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        }
        // An unknown zone id is reported by the validator; read the times in local time meanwhile.
        const QTimeZone named(a.timeZoneId.toUtf8());
        const QTimeZone zone = parser.isSet(kTimeZone) && named.isValid() ? named : cliLocalZone();

        // Only `update` has --no-all-day.
        const bool noAllDay = !isNew && parser.isSet(kNoAllDay);
        if (parser.isSet(kAllDay) && noAllDay) {
            return tr("--all-day and --no-all-day cannot be used together.");
        }
        const bool wasAllDay = a.allDay;
        if (parser.isSet(kAllDay)) {
            a.allDay = true;
        } else if (noAllDay) {
            a.allDay = false;
        }

        std::optional<DateTimeArgument> start;
        std::optional<DateTimeArgument> end;
        for (const auto& [option, target] : {std::pair{kStart, &start}, std::pair{kEnd, &end}}) {
            if (!parser.isSet(option)) {
                continue;
            }
            const QString flag = QStringLiteral("--") + option;
            Result<DateTimeArgument> parsed = DateTimeArgument::parse(flag, parser.value(option), zone);
            if (!parsed) {
                return parsed.error().message();
            }
            if (parsed->isDateOnly() && !a.allDay) {
                return tr("%1: '%2' has no time of day; add one (e.g. %3T09:00) or use --all-day.")
                    .arg(flag, parser.value(option), parsed->date().toString(Qt::ISODate));
            }
            *target = std::move(parsed).value();
        }

        if (a.allDay) {
            // Whole days in the booking zone: from the start of the first day to the start of the day after
            // the last (an exclusive end, as calendars store it).
            const QTimeZone dayZone = named.isValid() ? named : zone;
            QDate first = start ? start->date() : a.startUtc.toTimeZone(dayZone).date();
            QDate last;
            if (end) {
                last = end->date();
            } else if (start && !isNew && wasAllDay) {
                // Moving keeps the number of days.
                const QDate oldFirst = a.startUtc.toTimeZone(dayZone).date();
                const QDate oldLast = a.endUtc.addMSecs(-1).toTimeZone(dayZone).date();
                last = first.addDays(oldFirst.daysTo(oldLast));
            } else if (start || isNew) {
                last = first;
            } else {
                last = a.endUtc.addMSecs(-1).toTimeZone(dayZone).date();
            }
            a.startUtc = first.isValid() ? first.startOfDay(dayZone).toUTC() : QDateTime();
            a.endUtc = last.isValid() ? last.addDays(1).startOfDay(dayZone).toUTC() : QDateTime();
            return std::nullopt;
        }

        if (start && !end && !isNew) {
            // Moving keeps the length.
            const qint64 length = a.startUtc.msecsTo(a.endUtc);
            a.startUtc = start->dateTime().toUTC();
            a.endUtc = a.startUtc.addMSecs(length);
            return std::nullopt;
        }
        if (start) {
            a.startUtc = start->dateTime().toUTC();
        }
        if (end) {
            a.endUtc = end->dateTime().toUTC();
        }
        return std::nullopt;
    }

    // The appointment with `id`, checked against an explicit --profile.
    static Result<Appointment> findInProfile(CliSession& session, AppointmentBook& book, const QString& id)
    {
        Result<Appointment> found = book.find(id.trimmed());
        if (!found || session.settings().profileName.isEmpty()) {
            return found;
        }
        const Result<Profile> profile = session.profile();
        if (!profile) {
            return Result<Appointment>::failure(profile.error());
        }
        if (found->profileId != profile->id) {
            return Result<Appointment>::failure(Error::notFound(
                tr("No appointment with id %1 in profile \"%2\".").arg(id, profile->displayName)));
        }
        return found;
    }

    static void reportOverlaps(CliSession& session, AppointmentBook& book, const Appointment& a,
                               QJsonObject& json)
    {
        if (a.isCancelled()) {
            return;
        }
        reportBusyTimeClashes(session, book, a, json);
        const Result<QList<Appointment>> others = book.overlapping(a);
        if (!others || others->isEmpty()) {
            return;
        }
        QJsonArray ids;
        for (const Appointment& other : others.value()) {
            ids.append(other.id);
            if (!session.json()) {
                session.warn(tr("overlaps with \"%1\" (%2).").arg(other.title, cli::appointmentWhen(other)));
            }
        }
        json.insert(QStringLiteral("overlaps"), ids);
    }

    // Google busy time from the last sync (so this works offline), as the booking dialog checks it. A
    // warning only: the command line has no access to the window's "refuse" setting.
    static void reportBusyTimeClashes(CliSession& session, AppointmentBook& book, const Appointment& a,
                                      QJsonObject& json)
    {
        const Result<QList<BusyBlock>> clashes =
            BusyTimeChecker(book.busyTimes()).clashes(a.profileId, a.startUtc, a.endUtc);
        if (!clashes || clashes->isEmpty()) {
            return;
        }
        QJsonArray list;
        for (const BusyBlock& b : clashes.value()) {
            list.append(QJsonObject{{QStringLiteral("calendarId"), b.calendarId},
                                    {QStringLiteral("title"), b.title},
                                    {QStringLiteral("start"), cliUtcIso(b.startUtc)},
                                    {QStringLiteral("end"), cliUtcIso(b.endUtc)},
                                    {QStringLiteral("allDay"), b.allDay}});
            if (!session.json()) {
                // Shown like an appointment's time, in the same words as an overlap.
                Appointment shown;
                shown.startUtc = b.startUtc;
                shown.endUtc = b.endUtc;
                shown.allDay = b.allDay;
                session.warn(tr("clashes with Google Calendar busy time \"%1\" (%2).")
                                 .arg(b.title, cli::appointmentWhen(shown)));
            }
        }
        json.insert(QStringLiteral("busyClashes"), list);
    }

    static QList<CliPositional> idArgument()
    {
        return {{QStringLiteral("ID"), tr("The appointment's id, as printed by book or list.")}};
    }

    struct Found
    {
        AppointmentBook* book = nullptr;
        Appointment appointment;
    };

    // Opens the book and finds the appointment named by the ID argument (checked against --profile).
    static Result<Found> findArgument(CliSession& session, const QStringList& arguments)
    {
        const Result<AppointmentBook*> book = session.book();
        if (!book) {
            return Result<Found>::failure(book.error());
        }
        Result<Appointment> found = findInProfile(session, *book.value(), arguments.at(0));
        if (!found) {
            return Result<Found>::failure(found.error());
        }
        return Result<Found>::success({book.value(), std::move(found).value()});
    }

    // After book or update: warns of overlaps, then prints the stored appointment as JSON or as `text`.
    static int printStored(CliSession& session, AppointmentBook& book, const Appointment& stored,
                           const QString& text)
    {
        QJsonObject json{{QStringLiteral("appointment"), cli::appointmentJson(stored)}};
        reportOverlaps(session, book, stored, json);
        if (session.json()) {
            session.printJson(json);
        } else {
            session.out() << text << Qt::flush;
        }
        return CliSession::ok();
    }
};

class BookCommand : public AppointmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::BookCommand)
public:
    QStringList words() const override { return {QStringLiteral("book")}; }
    QString summary() const override { return tr("Book an appointment and print its id."); }
    QString details() const override
    {
        return tr("Requires --title, --start and --end (with --all-day, --end may be left out).\n"
                  "Example: %1 book --title \"Haircut\" --start 2026-03-02T09:00 --end 2026-03-02T09:30 "
                  "--client \"Ann Lee\"")
            .arg(cliProgramName());
    }
    QList<QCommandLineOption> options() const override { return fieldOptions(); }

    int run(CliSession& session, const QCommandLineParser& parser, const QStringList&) override
    {
        const bool allDay = parser.isSet(kAllDay);
        for (const QString& required : {kTitle, kStart, kEnd}) {
            if (!parser.isSet(required) && !(allDay && required == kEnd)) {
                return session.usageError(tr("book: --%1 is required.").arg(required));
            }
        }
        Appointment a;
        if (const auto usage = applyFields(parser, a, true)) {
            return session.usageError(*usage);
        }
        const Result<AppointmentBook*> book = session.book();
        if (!book) {
            return session.fail(book.error());
        }
        const Result<Profile> profile = session.profile();
        if (!profile) {
            return session.fail(profile.error());
        }
        a.profileId = profile->id;
        const Result<Appointment> stored = book.value()->book(a);
        if (!stored) {
            return session.fail(stored.error());
        }
        return printStored(session, *book.value(), stored.value(), stored->id + QLatin1Char('\n'));
    }
};

class ListCommand : public AppointmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::ListCommand)
public:
    QStringList words() const override { return {QStringLiteral("list")}; }
    QString summary() const override
    {
        return tr("List appointments (default: today and the next 30 days).");
    }
    QString details() const override
    {
        return tr("A date alone as --to includes that whole day. Without --to, the list covers 30 days from "
                  "--from.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(kFrom, tr("First day or instant to show (default: today)."),
                               QStringLiteral("ISO")),
            QCommandLineOption(kTo, tr("Last day (inclusive) or instant (exclusive) to show."),
                               QStringLiteral("ISO")),
            QCommandLineOption({QStringLiteral("all"), kIncludeCancelled},
                               tr("Also show cancelled appointments.")),
        };
    }

    int run(CliSession& session, const QCommandLineParser& parser, const QStringList&) override
    {
        const QTimeZone& local = cliLocalZone();
        const Result<DateRangeArguments> given = DateRangeArguments::parse(parser, local);
        if (!given) {
            return session.usageError(given.error().message());
        }
        const QDateTime from = given->from.isValid() ? given->from : Clock::today().startOfDay(local);
        const QDateTime to = given->to.isValid() ? given->to : from.addDays(30);
        if (to <= from) {
            return session.usageError(tr("--to must be after --from."));
        }

        const Result<AppointmentBook*> book = session.book();
        if (!book) {
            return session.fail(book.error());
        }
        const Result<Profile> profile = session.profile();
        if (!profile) {
            return session.fail(profile.error());
        }
        const bool includeCancelled = parser.isSet(kIncludeCancelled);
        const Result<QList<Appointment>> found =
            book.value()->inRange(profile->id, from.toUTC(), to.toUTC(), includeCancelled);
        if (!found) {
            return session.fail(found.error());
        }
        if (session.json()) {
            QJsonArray list;
            for (const Appointment& a : found.value()) {
                list.append(cli::appointmentJson(a));
            }
            session.printJson(QJsonObject{
                {QStringLiteral("profile"), cli::profileJson(profile.value())},
                {QStringLiteral("from"), cliUtcIso(from)},
                {QStringLiteral("to"), cliUtcIso(to)},
                {QStringLiteral("includeCancelled"), includeCancelled},
                {QStringLiteral("appointments"), list},
            });
            return CliSession::ok();
        }
        // Whole days read better as "Sun 2026-03-01 to Tue 2026-03-31" (inclusive).
        const bool wholeDays = cliToLocal(from).time() == QTime(0, 0) && cliToLocal(to).time() == QTime(0, 0);
        const QString range = wholeDays ? tr("%1 to %2")
                                              .arg(cliLocalDate(cliToLocal(from).date()),
                                                   cliLocalDate(cliToLocal(to).date().addDays(-1)))
                                        : tr("%1 to %2").arg(cliLocalDateTime(from), cliLocalDateTime(to));
        if (found->isEmpty()) {
            session.out() << tr("%1: no appointments from %2.").arg(profile->displayName, range) << Qt::endl;
            return CliSession::ok();
        }
        session.out() << tr("%1: %n appointment(s) from %2.", nullptr, int(found->size()))
                             .arg(profile->displayName, range)
                      << Qt::endl;
        for (const Appointment& a : found.value()) {
            session.out() << cli::appointmentLine(a) << Qt::endl;
        }
        return CliSession::ok();
    }
};

class ShowCommand : public AppointmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::ShowCommand)
public:
    QStringList words() const override { return {QStringLiteral("show")}; }
    QString summary() const override { return tr("Show one appointment with all its fields."); }
    QList<CliPositional> positionals() const override { return idArgument(); }

    int run(CliSession& session, const QCommandLineParser&, const QStringList& arguments) override
    {
        const Result<Found> found = findArgument(session, arguments);
        if (!found) {
            return session.fail(found.error());
        }
        if (session.json()) {
            session.printJson(
                QJsonObject{{QStringLiteral("appointment"), cli::appointmentJson(found->appointment)}});
        } else {
            session.out() << cli::appointmentDetails(found->appointment);
        }
        return CliSession::ok();
    }
};

class UpdateCommand : public AppointmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::UpdateCommand)
public:
    QStringList words() const override { return {QStringLiteral("update")}; }
    QString summary() const override
    {
        return tr("Change fields of an appointment; others stay as they are.");
    }
    QString details() const override
    {
        return tr("--start alone moves the appointment and keeps its length. An empty value (--notes \"\") "
                  "clears a field.");
    }
    QList<CliPositional> positionals() const override { return idArgument(); }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> options = fieldOptions();
        options << QCommandLineOption(kNoAllDay, tr("Make an all-day appointment a timed one."));
        return options;
    }

    int run(CliSession& session, const QCommandLineParser& parser, const QStringList& arguments) override
    {
        bool anyField = false;
        for (const QCommandLineOption& o : options()) {
            anyField = anyField || parser.isSet(o.names().constFirst());
        }
        if (!anyField) {
            return session.usageError(
                tr("update: nothing to change; give at least one field, e.g. --title."));
        }
        const Result<Found> found = findArgument(session, arguments);
        if (!found) {
            return session.fail(found.error());
        }
        AppointmentBook& book = *found->book;
        Appointment a = found->appointment;
        if (const auto usage = applyFields(parser, a, false)) {
            return session.usageError(*usage);
        }
        const Result<Appointment> stored = book.update(a);
        if (!stored) {
            return session.fail(stored.error());
        }
        return printStored(session, book, stored.value(), cli::appointmentDetails(stored.value()));
    }
};

// cancel and restore: the same shape, opposite direction.
class StatusCommand : public AppointmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::StatusCommand)
public:
    explicit StatusCommand(AppointmentStatus target)
        : m_target(target)
    {}
    QStringList words() const override
    {
        return {m_target == AppointmentStatus::Cancelled ? QStringLiteral("cancel")
                                                         : QStringLiteral("restore")};
    }
    QString summary() const override
    {
        return m_target == AppointmentStatus::Cancelled
                   ? tr("Cancel an appointment (it is kept; restore undoes this).")
                   : tr("Book a cancelled appointment again.");
    }
    QList<CliPositional> positionals() const override { return idArgument(); }

    int run(CliSession& session, const QCommandLineParser&, const QStringList& arguments) override
    {
        const Result<Found> found = findArgument(session, arguments);
        if (!found) {
            return session.fail(found.error());
        }
        const bool cancelling = m_target == AppointmentStatus::Cancelled;
        AppointmentBook& book = *found->book;
        const QString id = found->appointment.id;
        const bool unchanged = found->appointment.status == m_target;
        Result<Appointment> stored = Result<Appointment>::success(found->appointment);
        if (!unchanged) {
            stored = cancelling ? book.cancel(id) : book.restore(id);
            if (!stored) {
                return session.fail(stored.error());
            }
        }
        QJsonObject json{{QStringLiteral("appointment"), cli::appointmentJson(stored.value())},
                         {QStringLiteral("changed"), !unchanged}};
        if (!cancelling) {
            reportOverlaps(session, book, stored.value(), json);
        }
        if (session.json()) {
            session.printJson(json);
            return CliSession::ok();
        }
        const QString what = QStringLiteral("\"") + stored->title + QStringLiteral("\" (") +
                             cli::appointmentWhen(stored.value()) + QLatin1Char(')');
        if (unchanged) {
            session.out()
                << (cancelling ? tr("%1 was already cancelled.") : tr("%1 is already booked.")).arg(what)
                << Qt::endl;
        } else if (cancelling) {
            session.out() << tr("Cancelled %1.").arg(what) << Qt::endl
                          << tr("Undo with: %1 restore %2").arg(cliProgramName(), stored->id) << Qt::endl;
        } else {
            session.out() << tr("Restored %1.").arg(what) << Qt::endl;
        }
        return CliSession::ok();
    }

private:
    AppointmentStatus m_target;
};

} // namespace

void registerAppointmentCommands(CliCommandRegistry& registry)
{
    registry.add(std::make_unique<BookCommand>());
    registry.add(std::make_unique<ListCommand>());
    registry.add(std::make_unique<ShowCommand>());
    registry.add(std::make_unique<UpdateCommand>());
    registry.add(std::make_unique<StatusCommand>(AppointmentStatus::Cancelled));
    registry.add(std::make_unique<StatusCommand>(AppointmentStatus::Booked));
}

} // namespace slotwise
