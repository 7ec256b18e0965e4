#include "app/cli/GoogleCommands.h"

#include "app/cli/CliCommandRegistry.h"
#include "app/cli/CliSession.h"
#include "services/DataDirectory.h"
#include "services/google/GoogleEndpoints.h"
#include "services/oauth/GoogleAuthorizer.h"
#include "services/oauth/MasterKeyStore.h"
#include "services/oauth/OAuthErrors.h"
#include "services/storage/BusyCalendarRepository.h"
#include "services/storage/ConflictLog.h"
#include "services/storage/OutboxRepository.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

#include <memory>

namespace slotwise {

namespace {

// What every Google command works with; the services do the work.
struct GoogleContext
{
    Profile profile;
    std::unique_ptr<MasterKeyStore> keys;
    std::unique_ptr<GoogleAuthorizer> authorizer;

    static Result<std::unique_ptr<GoogleContext>> open(CliSession& session, const QCommandLineParser& parser)
    {
        using R = Result<std::unique_ptr<GoogleContext>>;
        const Result<Database*> db = session.database();
        if (!db) {
            return R::failure(db.error());
        }
        const Result<Profile> profile = session.profile();
        if (!profile) {
            return R::failure(profile.error());
        }
        if (const QStringList problems = GoogleEndpoints::problems(); !problems.isEmpty()) {
            return R::failure(Error::validation(problems.join(QLatin1Char(' '))));
        }
        auto context = std::make_unique<GoogleContext>();
        context->profile = profile.value();
        context->keys = std::make_unique<MasterKeyStore>(DataDirectory(session.settings().dataDir).path());
        context->authorizer = std::make_unique<GoogleAuthorizer>(
            *db.value(), OAuthClientLookup(OAuthClientLookup::standardPlaces(cliCredentialsFile(parser))),
            *context->keys);
        return R::success(std::move(context));
    }
};

// One format for every time `status` shows (the locale's short format differed from line to line).
QString localMinute(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString connectionStateName(const GoogleConnection& c)
{
    if (c.hasTokens()) {
        return QStringLiteral("connected");
    }
    return c.state == SyncState::ReconnectNeeded ? QStringLiteral("reconnect_needed")
                                                 : QStringLiteral("not_connected");
}

// Stable names of the local sign-in problems for `status --json`: scripts branch on these, not on text.
QJsonValue signInProblemName(const Error& problem)
{
    if (!problem.is(Error::Kind::KeyStore)) {
        return QJsonValue();
    }
    switch (problem.detail()) {
    case Error::Detail::KeyStoreUnavailable:
        return QStringLiteral("key_store_unavailable");
    case Error::Detail::KeyMissing:
        return QStringLiteral("key_missing");
    case Error::Detail::TokensUnreadable:
        return QStringLiteral("tokens_undecryptable");
    default:
        return QJsonValue();
    }
}

class ConnectCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::ConnectCommand)
public:
    QStringList words() const override { return {QStringLiteral("connect")}; }
    QString summary() const override
    {
        return tr("Connect the profile to Google Calendar (browser sign-in).");
    }
    QString details() const override
    {
        return tr(
            "Prints the sign-in address on stdout (first line, alone), opens it in the browser unless "
            "--no-browser is given, and waits up to 5 minutes for Google's answer on 127.0.0.1. Exits 0 "
            "when connected, 1 with the reason and its remedy otherwise.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("no-browser"),
                                   tr("Only print the address; open it yourself (on this computer).")),
                cliCredentialsOption()};
    }

    int run(CliSession& session, const QCommandLineParser& parser, const QStringList&) override
    {
        auto context = GoogleContext::open(session, parser);
        if (!context) {
            return session.fail(context.error());
        }
        GoogleAuthorizer& authorizer = *context.value()->authorizer;
        const QString profileId = context.value()->profile.id;
        const bool openBrowser = !parser.isSet(QStringLiteral("no-browser"));

        QEventLoop loop;
        int exitCode = CliSession::ok();
        QObject::connect(
            &authorizer, &GoogleAuthorizer::authorizationUrlReady, &loop,
            [&session, openBrowser](const QString&, const QUrl& url) {
                session.out() << url.toString(QUrl::FullyEncoded) << Qt::endl;
                // xdg-open, not QDesktopServices: slotwise-cli has no GUI application object.
                if (openBrowser && !QProcess::startDetached(QStringLiteral("xdg-open"),
                                                            {url.toString(QUrl::FullyEncoded)})) {
                    session.warn(tr("No browser could be started; open the address above yourself."));
                }
            });
        QObject::connect(&authorizer, &GoogleAuthorizer::connectSucceeded, &loop,
                         [&](const QString&, const QString& email) {
                             if (session.json()) {
                                 session.printJson(QJsonObject{{QStringLiteral("connected"), true},
                                                               {QStringLiteral("account"), email}});
                             } else {
                                 session.out() << tr("Connected as %1.").arg(email) << Qt::endl;
                             }
                             loop.quit();
                         });
        QObject::connect(&authorizer, &GoogleAuthorizer::connectFailed, &loop,
                         [&](const QString&, const Error& problem) {
                             exitCode = session.fail(problem.fullText());
                             loop.quit();
                         });
        authorizer.startConnecting(profileId);
        if (authorizer.isConnecting(profileId)) {
            loop.exec();
        }
        return exitCode;
    }
};

class DisconnectCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::DisconnectCommand)
public:
    QStringList words() const override { return {QStringLiteral("disconnect")}; }
    QString summary() const override
    {
        return tr("Disconnect the profile from Google Calendar (appointments are kept).");
    }

    int run(CliSession& session, const QCommandLineParser& parser, const QStringList&) override
    {
        auto context = GoogleContext::open(session, parser);
        if (!context) {
            return session.fail(context.error());
        }
        GoogleAuthorizer& authorizer = *context.value()->authorizer;
        const Profile profile = context.value()->profile;
        const Result<GoogleConnection> before = authorizer.connection(profile.id);
        if (!before) {
            return session.fail(before.error());
        }
        const bool wasConnected = before->hasTokens();
        bool revoked = false;
        QEventLoop loop;
        QObject::connect(&authorizer, &GoogleAuthorizer::revokeFinished, &loop, [&](const QString&, bool ok) {
            revoked = ok;
            loop.quit();
        });
        authorizer.disconnectProfile(profile.id);
        if (wasConnected) {
            loop.exec(); // bounded by the request's transfer timeout
        }
        if (session.json()) {
            session.printJson(QJsonObject{{QStringLiteral("profile"), profile.displayName},
                                          {QStringLiteral("wasConnected"), wasConnected},
                                          {QStringLiteral("revokedAtGoogle"), revoked}});
            return CliSession::ok();
        }
        if (!wasConnected) {
            session.out() << tr("\"%1\" was not connected to Google Calendar.").arg(profile.displayName)
                          << Qt::endl;
            return CliSession::ok();
        }
        session.out()
            << tr("Disconnected \"%1\" from Google Calendar; appointments are kept.").arg(profile.displayName)
            << Qt::endl;
        if (!revoked) {
            session.warn(tr("Google could not be told to revoke Slotwise's access. Remove it yourself at "
                            "https://myaccount.google.com/permissions if you want."));
        }
        return CliSession::ok();
    }
};

class StatusCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::StatusCommand)
public:
    QStringList words() const override { return {QStringLiteral("status")}; }
    QString summary() const override
    {
        return tr("Show the profile's Google Calendar connection (never the tokens themselves).");
    }
    QList<QCommandLineOption> options() const override { return {cliCredentialsOption()}; }

    int run(CliSession& session, const QCommandLineParser& parser, const QStringList&) override
    {
        auto context = GoogleContext::open(session, parser);
        if (!context) {
            return session.fail(context.error());
        }
        GoogleAuthorizer& authorizer = *context.value()->authorizer;
        const Profile profile = context.value()->profile;
        const Result<GoogleConnection> c = authorizer.connection(profile.id);
        if (!c) {
            return session.fail(c.error());
        }
        const QString state = connectionStateName(c.value());
        const QString storage = authorizer.keyStorageDescription();
        // Tokens kept but not usable right now (sign-in locked, key missing, tokens that do not open).
        const Error signIn = c->hasTokens() ? authorizer.signInProblem(profile.id) : Error();
        // Sync: what is still to send and what needs the user's eye.
        Database& db = *session.database().value();
        const auto pending = OutboxRepository(db).pendingCount(profile.id);
        const auto conflicts = ConflictLog(db).list(profile.id, false);
        const int pendingCount = pending ? pending.value() : 0;
        const int openConflicts = conflicts ? int(conflicts->size()) : 0;
        const auto busyCalendars = BusyCalendarRepository(db).list(profile.id);
        const QList<BusyCalendar> busy = busyCalendars ? busyCalendars.value() : QList<BusyCalendar>();
        if (session.json()) {
            QJsonObject o{
                {QStringLiteral("profile"), profile.displayName},
                {QStringLiteral("state"), state},
                {QStringLiteral("syncState"), toStorageString(c->state)},
                {QStringLiteral("account"), c->hasTokens() ? c->accountEmail : QString()},
                {QStringLiteral("calendar"), c->calendarId},
                {QStringLiteral("syncIntervalMinutes"), c->syncIntervalMinutes},
                {QStringLiteral("grantedScopes"), QJsonArray::fromStringList(c->grantedScopes)},
                {QStringLiteral("tokenStorage"), storage},
                {QStringLiteral("credentialsConfigured"), authorizer.credentialsConfigured()},
                {QStringLiteral("lastError"), c->lastError},
                {QStringLiteral("signInProblem"), signInProblemName(signIn)},
                {QStringLiteral("lastSyncAt"),
                 c->lastSyncUtc.isValid() ? QJsonValue(c->lastSyncUtc.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("pendingChanges"), pendingCount},
                {QStringLiteral("openConflicts"), openConflicts}};
            o.insert(QStringLiteral("tokenExpiresAt"),
                     c->tokenExpiresAtUtc.isValid() ? QJsonValue(c->tokenExpiresAtUtc.toString(Qt::ISODate))
                                                    : QJsonValue());
            if (!authorizer.credentialsConfigured()) {
                o.insert(QStringLiteral("credentialsError"), authorizer.credentialsError());
            }
            // Where the client comes from, never the client itself (issue 16).
            const OAuthClient& client = authorizer.client();
            o.insert(QStringLiteral("oauthClientSource"), oauthClientSourceName(client.source));
            o.insert(QStringLiteral("oauthClientPath"),
                     client.path.isEmpty() ? QJsonValue() : QJsonValue(client.path));
            QJsonArray busyList;
            for (const BusyCalendar& b : busy) {
                busyList.append(
                    QJsonObject{{QStringLiteral("id"), b.calendarId},
                                {QStringLiteral("summary"), b.summary},
                                {QStringLiteral("refreshedAt"),
                                 b.refreshedUtc.isValid() ? QJsonValue(b.refreshedUtc.toString(Qt::ISODate))
                                                          : QJsonValue()},
                                {QStringLiteral("lastError"), b.lastError}});
            }
            o.insert(QStringLiteral("busyCalendars"), busyList);
            QJsonArray overrides;
            for (const GoogleEndpoints::Override& e : authorizer.endpointOverrides()) {
                overrides.append(
                    QJsonObject{{QStringLiteral("setting"), e.setting}, {QStringLiteral("value"), e.value}});
            }
            o.insert(QStringLiteral("endpointOverrides"), overrides);
            session.printJson(o);
            return CliSession::ok();
        }
        QTextStream& out = session.out();
        out << tr("Profile:        %1").arg(profile.displayName) << Qt::endl;
        if (state == QLatin1String("connected")) {
            out << tr("Google:         connected as %1").arg(c->accountEmail) << Qt::endl;
            out << tr("Calendar:       %1").arg(c->calendarId) << Qt::endl;
            out << tr("Sync interval:  %n minute(s)", nullptr, c->syncIntervalMinutes) << Qt::endl;
            out << tr("Access token:   expires %1").arg(localMinute(c->tokenExpiresAtUtc)) << Qt::endl;
            if (signIn.isError()) {
                out << tr("Sign-in:        %1").arg(signIn.message()) << Qt::endl;
                out << tr("Remedy:         %1").arg(signIn.remedy()) << Qt::endl;
            }
        } else if (state == QLatin1String("reconnect_needed")) {
            out << tr("Google:         reconnect needed (run: %1 connect)").arg(cliProgramName()) << Qt::endl;
            out << tr("Why:            %1").arg(c->lastError) << Qt::endl;
            out << tr("Remedy:         %1").arg(OAuthErrors::make(Error::Detail::ReconnectNeeded).remedy())
                << Qt::endl;
        } else {
            out << tr("Google:         not connected (run: %1 connect)").arg(cliProgramName()) << Qt::endl;
        }
        if (const auto overrides = authorizer.endpointOverrides(); !overrides.isEmpty()) {
            out << tr("Not Google:     %1").arg(GoogleEndpoints::describe(overrides)) << Qt::endl;
        }
        out << tr("Last sync:      %1")
                   .arg(c->lastSyncUtc.isValid() ? localMinute(c->lastSyncUtc) : tr("never"))
            << Qt::endl;
        if (state == QLatin1String("connected") && !c->lastError.isEmpty()) {
            out << tr("Last error:     %1").arg(c->lastError) << Qt::endl;
        }
        // The extra calendars checked for busy time, each with how fresh its cached busy time is.
        for (qsizetype i = 0; i < busy.size(); ++i) {
            const BusyCalendar& b = busy.at(i);
            const QString read = b.refreshedUtc.isValid()
                                     ? tr("busy time read %1").arg(localMinute(b.refreshedUtc))
                                     : tr("busy time not read yet");
            const QString line =
                b.lastError.isEmpty()
                    ? tr("%1 (%2): %3").arg(b.summary, b.calendarId, read)
                    : tr("%1 (%2): %3; last error: %4").arg(b.summary, b.calendarId, read, b.lastError);
            if (i == 0) {
                out << tr("Also checked:   %1").arg(line) << Qt::endl;
            } else {
                out << QString(16, QLatin1Char(' ')) << line << Qt::endl;
            }
        }
        out << tr("Pending:        %n change(s) not yet in Google", nullptr, pendingCount) << Qt::endl;
        if (openConflicts > 0) {
            out << tr("Conflicts:      %1 (see: %2 conflicts)").arg(openConflicts).arg(cliProgramName())
                << Qt::endl;
        }
        out << tr("Token storage:  %1").arg(storage) << Qt::endl;
        out << tr("OAuth client:   %1").arg(authorizer.client().describe()) << Qt::endl;
        if (!authorizer.credentialsConfigured()) {
            out << tr("Credentials:    %1").arg(authorizer.credentialsError()) << Qt::endl;
        }
        return CliSession::ok();
    }
};

} // namespace

QCommandLineOption cliCredentialsOption()
{
    return QCommandLineOption(
        QStringLiteral("credentials"),
        QCoreApplication::translate("slotwise::GoogleCommands",
                                    "Read the OAuth client from FILE (default: the environment "
                                    "($SLOTWISE_GOOGLE_CREDENTIALS, or $GOOGLE_CLIENT_ID + "
                                    "$GOOGLE_CLIENT_SECRET), then credentials.json in your config "
                                    "folder, then in the system's, then the client built into "
                                    "Slotwise)."),
        QStringLiteral("FILE"));
}

QString cliCredentialsFile(const QCommandLineParser& parser)
{
    const QString name = cliCredentialsOption().names().constFirst();
    return parser.optionNames().contains(name) ? parser.value(name) : QString();
}

void registerGoogleCommands(CliCommandRegistry& registry)
{
    registry.add(std::make_unique<ConnectCommand>());
    registry.add(std::make_unique<DisconnectCommand>());
    registry.add(std::make_unique<StatusCommand>());
}

} // namespace slotwise
