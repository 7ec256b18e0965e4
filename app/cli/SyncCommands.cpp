#include "app/cli/SyncCommands.h"

#include "app/cli/CliCommandRegistry.h"
#include "app/cli/CliPresentation.h"
#include "app/cli/CliSession.h"
#include "app/cli/GoogleCommands.h"
#include "services/DataDirectory.h"
#include "services/google/AccessTokenSource.h"
#include "services/google/CalendarClient.h"
#include "services/oauth/GoogleAuthorizer.h"
#include "services/oauth/MasterKeyStore.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/BusyCalendarRepository.h"
#include "services/storage/ConflictLog.h"
#include "services/storage/SyncConnectionRepository.h"
#include "services/sync/SyncRound.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace slotwise {

namespace {

QString isoUtc(const QDateTime& dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

QString localText(const QDateTime& dt)
{
    return dt.isValid() ? dt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

class NetworkCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::NetworkCommand)
public:
    explicit NetworkCommand(CliTokenSourceFactory tokens)
        : m_tokens(std::move(tokens))
    {}

    QList<QCommandLineOption> options() const override { return {cliCredentialsOption()}; }

protected:
    // The services' wording promises a retry the window makes; a command does not retry by itself.
    static QString failureText(const Error& error, const QString& message)
    {
        return error.detail() == Error::Detail::Offline
                   ? tr("Google Calendar cannot be reached. Check the network connection and run the command "
                        "again.")
                   : message;
    }

    std::unique_ptr<AccessTokenSource> tokens(CliSession& session, const QCommandLineParser& parser,
                                              QString& error) const
    {
        if (!m_tokens) {
            error = QCoreApplication::translate("slotwise::SyncCommands",
                                                "Signing in to Google is not available in this build.");
            return {};
        }
        return m_tokens(session, cliCredentialsFile(parser), error);
    }

    // A stored row without a grant (after disconnect, or when Google refused it) is not connected either.
    static Status checkConnected(const Profile& profile, const Result<SyncConnection>& connection)
    {
        if (connection && connection->connected) {
            return Status::success();
        }
        return Status::failure(
            Error::auth(Error::Detail::NotConnected,
                        QCoreApplication::translate("slotwise::SyncCommand",
                                                    "Profile \"%1\" is not connected to Google Calendar.")
                                .arg(profile.displayName) +
                            QLatin1Char(' ') + connectHint()));
    }

    static QString connectHint()
    {
        return QCoreApplication::translate("slotwise::SyncCommands", "Connect it with: %1 connect")
            .arg(cliProgramName());
    }

private:
    CliTokenSourceFactory m_tokens;
};

class SyncCommand : public NetworkCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::SyncCommand)
public:
    using NetworkCommand::NetworkCommand;
    QStringList words() const override { return {QStringLiteral("sync")}; }
    QString summary() const override { return tr("Sync the profile with Google Calendar once, now."); }
    QString details() const override
    {
        return tr(
            "Sends every pending local change to Google, then fetches Google's changes and the busy "
            "time of the calendars checked for it (see: calendars). Exit code 1 with the reason when the "
            "round fails; pending changes are kept for the next round. A checked calendar Google cannot "
            "read is a warning: it keeps its last busy time.");
    }

    int run(CliSession& session, const QCommandLineParser& parser, const QStringList&) override
    {
        const auto db = session.database();
        if (!db) {
            return session.fail(db.error());
        }
        const auto profile = session.profile();
        if (!profile) {
            return session.fail(profile.error());
        }
        if (const Status connected =
                checkConnected(profile.value(), SyncConnectionRepository(*db.value()).find(profile->id));
            !connected) {
            return session.fail(connected.error());
        }
        QString error;
        const auto source = tokens(session, parser, error);
        if (!source) {
            return session.fail(error);
        }
        const SyncRound::Outcome outcome =
            SyncRound(*db.value(), *source, profile->id, SyncRound::Settings{}).run();
        if (session.json()) {
            QJsonObject o{{QStringLiteral("ok"), outcome.ok()},
                          {QStringLiteral("pushed"), outcome.pushed},
                          {QStringLiteral("pulled"), outcome.pulled},
                          {QStringLiteral("conflicts"), outcome.conflicts},
                          {QStringLiteral("pending"), outcome.pendingAfter},
                          {QStringLiteral("state"), toStorageString(outcome.state())}};
            if (!outcome.ok()) {
                o.insert(QStringLiteral("error"), outcome.message);
            }
            o.insert(QStringLiteral("busyProblems"), QJsonArray::fromStringList(outcome.busyProblems));
            session.printJson(o);
        } else if (outcome.ok() || outcome.pushed + outcome.pulled + outcome.conflicts > 0) {
            // A round that failed before doing anything says only why; "Pushed 0 changes" would read as
            // success.
            session.out() << tr("Pushed %n change(s)", nullptr, outcome.pushed) << QStringLiteral(", ")
                          << tr("pulled %n change(s)", nullptr, outcome.pulled) << QStringLiteral(", ")
                          << tr("%n conflict(s)", nullptr, outcome.conflicts) << QStringLiteral(".")
                          << Qt::endl;
        }
        // The round worked; these calendars keep their last busy time until Google can read them again.
        for (const QString& problem : outcome.busyProblems) {
            session.warn(problem);
        }
        if (!outcome.ok()) {
            QString message = failureText(outcome.error, outcome.message);
            if (outcome.state() == SyncState::ReconnectNeeded) {
                message += QLatin1Char(' ') + connectHint();
            }
            if (outcome.pendingAfter > 0) {
                message += QLatin1Char('\n') + tr("%n change(s) kept; they go to Google with the next sync.",
                                                  nullptr, outcome.pendingAfter);
            }
            return session.fail(message);
        }
        return CliSession::ok();
    }
};

const QString kCheck = QStringLiteral("check-busy");
const QString kUncheck = QStringLiteral("uncheck-busy");

class CalendarsCommand : public NetworkCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::CalendarsCommand)
public:
    using NetworkCommand::NetworkCommand;
    QStringList words() const override { return {QStringLiteral("calendars")}; }
    QString summary() const override
    {
        return tr("List the Google calendars of the profile's account; * marks the synced one, + those also "
                  "checked for busy time.");
    }
    QString details() const override
    {
        return tr("Busy time of the checked calendars (a colleague's, a room) is read a year ahead (the next "
                  "eight weeks with every sync, the rest once a day), and bookings that clash with it are "
                  "flagged. The synced calendar is always checked. --check-busy and --uncheck-busy take a "
                  "calendar ID from this list and can be "
                  "given several times; the new list is printed.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(kCheck, tr("Also check calendar ID for busy time."), QStringLiteral("ID")),
                QCommandLineOption(kUncheck, tr("Stop checking calendar ID for busy time."),
                                   QStringLiteral("ID")),
                cliCredentialsOption()};
    }

    int run(CliSession& session, const QCommandLineParser& parser, const QStringList&) override
    {
        const QStringList check = parser.values(kCheck);
        const QStringList uncheck = parser.values(kUncheck);
        for (const QString& id : check) {
            if (uncheck.contains(id)) {
                return session.usageError(
                    tr("Calendar \"%1\" is given to both --check-busy and --uncheck-busy.").arg(id));
            }
        }
        const auto db = session.database();
        if (!db) {
            return session.fail(db.error());
        }
        const auto profile = session.profile();
        if (!profile) {
            return session.fail(profile.error());
        }
        const auto connection = SyncConnectionRepository(*db.value()).find(profile->id);
        if (const Status connected = checkConnected(profile.value(), connection); !connected) {
            return session.fail(connected.error());
        }
        BusyCalendarRepository busyCalendars(*db.value());
        const auto chosen = busyCalendars.list(profile->id);
        if (!chosen) {
            return session.fail(chosen.error());
        }
        QString error;
        const auto source = tokens(session, parser, error);
        if (!source) {
            return session.fail(error);
        }
        ApiTransport transport(*source, profile->id, ApiTransport::Options{});
        CalendarClient client(transport);
        const auto calendars = client.listCalendars();
        if (!calendars) {
            return session.fail(failureText(calendars.error(), calendars.error().message()));
        }
        const auto isSynced = [&](const CalendarListEntry& c) {
            return c.id == connection->calendarId ||
                   (connection->calendarId == QLatin1String("primary") && c.primary);
        };
        const auto entry = [&](const QString& id) -> const CalendarListEntry* {
            for (const CalendarListEntry& c : calendars.value()) {
                if (c.id == id) {
                    return &c;
                }
            }
            return nullptr;
        };
        QList<BusyCalendar> busy = chosen.value();
        const auto isChosen = [&](const QString& id) {
            return std::any_of(busy.cbegin(), busy.cend(),
                               [&](const BusyCalendar& b) { return b.calendarId == id; });
        };

        if (!check.isEmpty() || !uncheck.isEmpty()) {
            for (const QString& id : check + uncheck) {
                const CalendarListEntry* c = entry(id);
                if (id == connection->calendarId || (c && isSynced(*c))) {
                    return session.usageError(tr("\"%1\" is the synced calendar; its busy time is always "
                                                 "checked.")
                                                  .arg(c ? c->summary : id));
                }
                // A calendar that left the account can still be unchecked.
                if (!c && !(uncheck.contains(id) && isChosen(id))) {
                    return session.usageError(
                        tr("There is no calendar \"%1\" in the account's calendar list (see: %2 calendars).")
                            .arg(id, cliProgramName()));
                }
            }
            busy.removeIf([&](const BusyCalendar& b) { return uncheck.contains(b.calendarId); });
            for (const QString& id : check) {
                if (!isChosen(id)) {
                    busy << BusyCalendar{id, entry(id)->summary, {}, {}};
                }
            }
            for (BusyCalendar& b : busy) {
                if (const CalendarListEntry* c = entry(b.calendarId)) {
                    b.summary = c->summary; // follow renames made in Google
                }
            }
            if (const Status s = busyCalendars.replace(profile->id, busy, connection->calendarId); !s) {
                return session.fail(s.error());
            }
        }

        const auto listed = [&](const QString& id) { return entry(id) != nullptr; };
        if (session.json()) {
            QJsonArray list;
            for (const CalendarListEntry& c : calendars.value()) {
                list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                        {QStringLiteral("summary"), c.summary},
                                        {QStringLiteral("primary"), c.primary},
                                        {QStringLiteral("accessRole"), c.accessRole},
                                        {QStringLiteral("synced"), isSynced(c)},
                                        {QStringLiteral("checkedForBusyTime"), isSynced(c) || isChosen(c.id)},
                                        {QStringLiteral("inAccount"), true}});
            }
            for (const BusyCalendar& b : std::as_const(busy)) {
                if (!listed(b.calendarId)) {
                    list.append(QJsonObject{{QStringLiteral("id"), b.calendarId},
                                            {QStringLiteral("summary"), b.summary},
                                            {QStringLiteral("synced"), false},
                                            {QStringLiteral("checkedForBusyTime"), true},
                                            {QStringLiteral("inAccount"), false}});
                }
            }
            session.printJson(QJsonObject{{QStringLiteral("calendars"), list}});
            return CliSession::ok();
        }
        for (const CalendarListEntry& c : calendars.value()) {
            const QString mark = isSynced(c)      ? QStringLiteral("* ")
                                 : isChosen(c.id) ? QStringLiteral("+ ")
                                                  : QStringLiteral("  ");
            session.out() << mark << c.summary << QStringLiteral("  (") << c.id << QStringLiteral(")")
                          << Qt::endl;
        }
        for (const BusyCalendar& b : std::as_const(busy)) {
            if (!listed(b.calendarId)) {
                session.out() << QStringLiteral("+ ") << b.summary << QStringLiteral("  (") << b.calendarId
                              << QStringLiteral(")  ") << tr("no longer in the account's calendar list")
                              << Qt::endl;
            }
        }
        return CliSession::ok();
    }
};

class ConflictsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::ConflictsCommand)
public:
    QStringList words() const override { return {QStringLiteral("conflicts")}; }
    QString summary() const override
    {
        return tr("List appointments changed both here and in Google; --restore ID brings back the losing "
                  "version.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("restore"),
                                   tr("Make the losing version of conflict ID current again."),
                                   QStringLiteral("ID"))};
    }

    int run(CliSession& session, const QCommandLineParser& parser, const QStringList&) override
    {
        const auto db = session.database();
        if (!db) {
            return session.fail(db.error());
        }
        const auto profile = session.profile();
        if (!profile) {
            return session.fail(profile.error());
        }
        ConflictLog log(*db.value());
        if (parser.isSet(QStringLiteral("restore"))) {
            bool ok = false;
            const qint64 id = parser.value(QStringLiteral("restore")).toLongLong(&ok);
            if (!ok || id <= 0) {
                return session.usageError(tr("--restore: '%1' is not a conflict number.")
                                              .arg(parser.value(QStringLiteral("restore"))));
            }
            const auto conflict = log.find(id);
            if (!conflict || conflict->profileId != profile->id) {
                return session.fail(tr("There is no sync conflict number %1 for profile \"%2\".")
                                        .arg(id)
                                        .arg(profile->displayName));
            }
            // Once more would silently overwrite whatever was changed since (the window disables it too).
            if (conflict->isRestored()) {
                return session.fail(tr("Sync conflict number %1 was already restored (%2); change the "
                                       "appointment instead (see: %3 update).")
                                        .arg(id)
                                        .arg(localText(conflict->restoredUtc), cliProgramName()));
            }
            const auto restored = log.restore(id);
            if (!restored) {
                return session.fail(restored.error());
            }
            if (session.json()) {
                session.printJson(
                    QJsonObject{{QStringLiteral("restored"), cli::appointmentJson(restored.value())}});
            } else {
                session.out()
                    << tr("Restored \"%1\"; it goes to Google with the next sync.").arg(restored->title)
                    << Qt::endl;
            }
            return CliSession::ok();
        }
        const auto conflicts = log.list(profile->id);
        if (!conflicts) {
            return session.fail(conflicts.error());
        }
        AppointmentRepository appointments(*db.value());
        if (session.json()) {
            QJsonArray list;
            for (const SyncConflict& c : conflicts.value()) {
                list.append(
                    QJsonObject{{QStringLiteral("id"), double(c.id)},
                                {QStringLiteral("appointmentId"), c.appointmentId},
                                {QStringLiteral("detectedUtc"), isoUtc(c.detectedUtc)},
                                {QStringLiteral("winner"),
                                 c.localWon ? QStringLiteral("local") : QStringLiteral("google")},
                                {QStringLiteral("restored"), c.isRestored()},
                                {QStringLiteral("losingVersion"), cli::appointmentJson(c.losingVersion)}});
            }
            session.printJson(QJsonObject{{QStringLiteral("conflicts"), list}});
            return CliSession::ok();
        }
        if (conflicts->isEmpty()) {
            session.out() << tr("No sync conflicts.") << Qt::endl;
            return CliSession::ok();
        }
        for (const SyncConflict& c : conflicts.value()) {
            const auto current = appointments.find(c.appointmentId);
            const QString kept =
                c.localWon ? tr("kept the change made here") : tr("kept the change made in Google");
            session.out() << tr("#%1  %2  \"%3\": %4; the other version was \"%5\", %6%7")
                                 .arg(c.id)
                                 .arg(localText(c.detectedUtc),
                                      current ? current->title : c.losingVersion.title, kept,
                                      c.losingVersion.title, cli::appointmentWhen(c.losingVersion),
                                      c.isRestored() ? tr(" (restored)") : QString())
                          << Qt::endl;
        }
        return CliSession::ok();
    }
};

// The stored grant of the profile, read through GoogleAuthorizer (which refreshes and stores tokens).
class GoogleTokenSource : public AccessTokenSource
{
public:
    GoogleTokenSource(Database& database, const QString& dataDir, const QString& credentialsFile)
        : m_keys(dataDir)
        , m_authorizer(database, OAuthClientLookup(OAuthClientLookup::standardPlaces(credentialsFile)),
                       m_keys)
    {}
    bool configured() const { return m_authorizer.credentialsConfigured(); }
    QString credentialsError() const { return m_authorizer.credentialsError(); }

    void requestAccessToken(const QString& profileId, Callback callback) override
    {
        m_authorizer.requestAccessToken(profileId, std::move(callback));
    }
    void refreshAfterUnauthorized(const QString& profileId, const QByteArray& rejectedToken,
                                  Callback callback) override
    {
        m_authorizer.refreshAfterUnauthorized(profileId, rejectedToken, std::move(callback));
    }

private:
    MasterKeyStore m_keys;
    GoogleAuthorizer m_authorizer;
};

} // namespace

CliTokenSourceFactory googleTokenSourceFactory()
{
    return [](CliSession& session, const QString& credentialsFile,
              QString& error) -> std::unique_ptr<AccessTokenSource> {
        const auto db = session.database();
        if (!db) {
            error = db.error().message();
            return {};
        }
        auto source = std::make_unique<GoogleTokenSource>(
            *db.value(), DataDirectory(session.settings().dataDir).path(), credentialsFile);
        if (!source->configured()) {
            error = source->credentialsError();
            return {};
        }
        return source;
    };
}

void registerSyncCommands(CliCommandRegistry& registry, CliTokenSourceFactory tokens)
{
    registry.add(std::make_unique<SyncCommand>(tokens));
    registry.add(std::make_unique<CalendarsCommand>(std::move(tokens)));
    registry.add(std::make_unique<ConflictsCommand>());
}

} // namespace slotwise
