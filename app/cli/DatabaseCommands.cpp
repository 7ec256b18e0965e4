#include "app/cli/DatabaseCommands.h"

#include "app/cli/CliCommandRegistry.h"
#include "app/cli/CliSession.h"
#include "services/DatabaseSelection.h"
#include "services/DataDirectory.h"
#include "services/oauth/PracticeClient.h"
#include "services/storage/Database.h"
#include "services/storage/DeskRepository.h"
#include "services/storage/Migrations.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace slotwise {

namespace {

QString utc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

class DbStatusCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::DbStatusCommand)
public:
    QStringList words() const override { return {QStringLiteral("db"), QStringLiteral("status")}; }
    QString summary() const override
    {
        return tr("Show the database in use: engine, schema and server version, and the desks a practice "
                  "server has seen.");
    }

    int run(CliSession& session, const QCommandLineParser&, const QStringList&) override
    {
        const Result<Database*> opened = session.database();
        if (!opened) {
            return session.fail(opened.error());
        }
        Database& db = *opened.value();
        const DataDirectory dataDir(session.settings().dataDir);
        const DatabaseSelection selection(dataDir, session.settings().database, session.settings().desk);
        const Result<QString> serverVersion = db.serverVersion();
        if (!serverVersion) {
            return session.fail(serverVersion.error());
        }
        const Result<QList<Desk>> desks = DeskRepository(db).list();
        if (!desks) {
            return session.fail(desks.error());
        }
        if (session.json()) {
            QJsonArray deskList;
            for (const Desk& d : desks.value()) {
                deskList.append(QJsonObject{{QStringLiteral("name"), d.name},
                                            {QStringLiteral("firstSeen"), utc(d.firstSeenUtc)},
                                            {QStringLiteral("lastSeen"), utc(d.lastSeenUtc)},
                                            {QStringLiteral("version"), d.appVersion}});
            }
            session.printJson(QJsonObject{{QStringLiteral("dialect"), db.dialect().name()},
                                          {QStringLiteral("database"), db.location()},
                                          {QStringLiteral("selectedBy"), selection.origin()},
                                          {QStringLiteral("desk"), selection.desk()},
                                          {QStringLiteral("schemaVersion"), db.schemaVersion()},
                                          {QStringLiteral("knownSchemaVersion"), latestSchemaVersion()},
                                          {QStringLiteral("serverVersion"), serverVersion.value()},
                                          {QStringLiteral("desks"), deskList}});
            return CliSession::ok();
        }
        QTextStream& out = session.out();
        const bool server = db.dialect().engine() == SqlDialect::Engine::PostgreSql;
        out << tr("Database: %1 (%2, chosen by %3)")
                   .arg(db.location(), server ? tr("PostgreSQL server") : tr("SQLite file"),
                        selection.origin())
            << Qt::endl;
        out << tr("Schema version: %1 (this Slotwise knows up to %2)")
                   .arg(db.schemaVersion())
                   .arg(latestSchemaVersion())
            << Qt::endl;
        out << (server ? tr("Server version: %1") : tr("SQLite version: %1")).arg(serverVersion.value())
            << Qt::endl;
        out << tr("This desk: %1").arg(selection.desk()) << Qt::endl;
        if (!server) {
            return CliSession::ok(); // a file belongs to one computer: no desks to list
        }
        out << tr("Desks seen:") << Qt::endl;
        for (const Desk& d : desks.value()) {
            out << QStringLiteral("  ") << d.name << QStringLiteral("  ")
                << tr("last seen %1")
                       .arg(QLocale().toString(d.lastSeenUtc.toLocalTime(), QLocale::ShortFormat));
            if (!d.appVersion.isEmpty()) {
                out << QStringLiteral("  (") << d.appVersion << QLatin1Char(')');
            }
            out << Qt::endl;
        }
        return CliSession::ok();
    }
};

class DbSetOAuthClientCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::DbSetOAuthClientCommand)
public:
    QStringList words() const override { return {QStringLiteral("db"), QStringLiteral("set-oauth-client")}; }
    QString summary() const override
    {
        return tr("Keep a Google OAuth client (credentials.json) on the practice server for every desk.");
    }
    QString details() const override
    {
        return tr("Every desk of the practice then connects with it, unless a desk has its own client "
                  "(--credentials, the environment or its user's config folder). Replacing a client that "
                  "profiles are connected with makes each of them connect again, so it asks first.");
    }
    QList<CliPositional> positionals() const override
    {
        return {{QStringLiteral("FILE"), tr("The credentials.json of a \"Desktop app\" OAuth client.")}};
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("yes"), tr("Replace a different client without asking."))};
    }

    int run(CliSession& session, const QCommandLineParser& parser, const QStringList& arguments) override
    {
        const Result<Database*> opened = session.database();
        if (!opened) {
            return session.fail(opened.error());
        }
        Database& db = *opened.value();
        const Result<PracticeClientChange> change = PracticeClient::prepare(db, arguments.at(0));
        if (!change) {
            return session.fail(change.error());
        }
        if (change->needsReconnects() && !parser.isSet(QStringLiteral("yes")) &&
            !confirmed(session, change.value())) {
            return session.fail(tr("Nothing was changed."));
        }
        const DatabaseSelection selection(DataDirectory(session.settings().dataDir),
                                          session.settings().database, session.settings().desk);
        if (const Status stored = PracticeClient::store(db, change.value(), selection.desk()); !stored) {
            return session.fail(stored.error());
        }
        session.out() << tr("Every desk of %1 now connects with the Google client %2.")
                             .arg(db.location(), change->newClientId)
                      << Qt::endl;
        if (change->needsReconnects()) {
            session.out() << tr("%n connected profile(s) must connect again.", nullptr,
                                change->connectedProfiles)
                          << Qt::endl;
        }
        return CliSession::ok();
    }

private:
    // Asks on the terminal; anything but yes keeps the old client.
    static bool confirmed(CliSession& session, const PracticeClientChange& change)
    {
        session.err()
            << tr("The practice server's Google client %1 is replaced by %2; %n connected profile(s) "
                  "will have to connect again. Replace it? [y/N] ",
                  nullptr, change.connectedProfiles)
                   .arg(change.oldClientId, change.newClientId)
            << Qt::flush;
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y") ||
               answer == tr("yes");
    }
};

} // namespace

void registerDatabaseCommands(CliCommandRegistry& registry)
{
    registry.add(std::make_unique<DbStatusCommand>());
    registry.add(std::make_unique<DbSetOAuthClientCommand>());
}

} // namespace slotwise
