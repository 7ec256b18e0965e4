#include "services/storage/DatabaseTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace slotwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::DatabaseTarget", text);
}

Result<DatabaseTarget> invalid(const QString& message)
{
    return Result<DatabaseTarget>::failure(Error::validation(message));
}

const QStringList& sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

QString passwordRemedy()
{
    return QCoreApplication::translate(
        "slotwise::DatabaseTarget",
        "Put the password in ~/.pgpass (one line host:port:database:user:password, mode 0600), "
        "where PostgreSQL reads it; it never belongs in the URL, the command line or the settings.");
}

// libpq quotes values with '…'; a value made only of these characters needs no escaping.
QString safeOptionValue(const QString& value)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    return QString(value).replace(unsafe, QStringLiteral("_"));
}

} // namespace

DatabaseTarget DatabaseTarget::sqliteFile(const QString& path)
{
    DatabaseTarget target;
    target.m_engine = SqlDialect::Engine::Sqlite;
    target.m_filePath = path;
    return target;
}

Result<DatabaseTarget> DatabaseTarget::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return invalid(tr("No database given."));
    }
    const qsizetype schemeEnd = trimmed.indexOf(QLatin1String("://"));
    if (schemeEnd < 0) {
        return Result<DatabaseTarget>::success(sqliteFile(QDir::cleanPath(QDir().absoluteFilePath(trimmed))));
    }
    const QString scheme = trimmed.left(schemeEnd).toLower();
    if (scheme == QLatin1String("sqlite")) {
        const QString path = QUrl(trimmed).path();
        if (path.isEmpty()) {
            return invalid(tr("The database URL names no file (use sqlite:///path/to/slotwise.db)."));
        }
        return Result<DatabaseTarget>::success(sqliteFile(QDir::cleanPath(path)));
    }
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        return invalid(tr("Unsupported database '%1://': use postgresql://USER@HOST:PORT/DATABASE or the "
                          "path of an SQLite file.")
                           .arg(scheme));
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        // Not echoed: a malformed URL cannot be stripped of a password reliably.
        return invalid(tr("The database URL is not valid (expected postgresql://USER@HOST:PORT/DATABASE)."));
    }
    if (!url.password().isEmpty() || url.userInfo().contains(QLatin1Char(':'))) {
        Error error = Error::validation(tr("The database URL contains a password; Slotwise does not take one "
                                           "there."));
        return Result<DatabaseTarget>::failure(error.withRemedy(passwordRemedy()));
    }
    DatabaseTarget target;
    target.m_engine = SqlDialect::Engine::PostgreSql;
    target.m_userName = url.userName();
    target.m_host = url.host();
    target.m_port = url.port(0);
    target.m_databaseName = url.path().mid(1);
    if (target.m_databaseName.contains(QLatin1Char('/'))) {
        return invalid(tr("The database URL's path must be one database name, not '%1'.").arg(url.path()));
    }
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            target.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port < 1 || port > 65535) {
                return invalid(tr("port must be a number from 1 to 65535, not '%1'.").arg(value));
            }
            target.m_port = port;
        } else if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value)) {
                return invalid(
                    tr("sslmode '%1' is not one of %2.").arg(value, sslModes().join(QStringLiteral(", "))));
            }
            target.m_sslMode = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1) {
                return invalid(tr("connect_timeout must be a number of seconds, not '%1'.").arg(value));
            }
            target.m_connectTimeout = QString::number(seconds);
        } else if (key == QLatin1String("password")) {
            Error error = Error::validation(
                tr("The database URL contains a password; Slotwise does not take one there."));
            return Result<DatabaseTarget>::failure(error.withRemedy(passwordRemedy()));
        } else {
            return invalid(
                tr("Unknown database URL parameter '%1' (known: host, port, sslmode, connect_timeout).")
                    .arg(key));
        }
    }
    return Result<DatabaseTarget>::success(target);
}

QString DatabaseTarget::connectOptions(const QString& applicationName) const
{
    QStringList options;
    if (!m_sslMode.isEmpty()) {
        options << QStringLiteral("sslmode=") + m_sslMode;
    }
    // An unreachable server must fail a desk within seconds, not hang it.
    options << QStringLiteral("connect_timeout=") +
                   (m_connectTimeout.isEmpty() ? QStringLiteral("10") : m_connectTimeout);
    if (!applicationName.isEmpty()) {
        // Shown in pg_stat_activity: which desk holds which connection.
        options << QStringLiteral("application_name=") + safeOptionValue(applicationName);
    }
    return options.join(QLatin1Char(';'));
}

QString DatabaseTarget::display() const
{
    if (m_engine == SqlDialect::Engine::Sqlite) {
        return m_filePath;
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_userName);
    // A socket folder goes in the query, as libpq writes it; the authority then stays empty.
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    url.setHost(socket ? QString() : m_host);
    if (m_port > 0 && !socket) {
        url.setPort(m_port);
    }
    url.setPath(QLatin1Char('/') + m_databaseName);
    QUrlQuery query;
    if (socket) {
        query.addQueryItem(QStringLiteral("host"), m_host);
        if (m_port > 0) {
            query.addQueryItem(QStringLiteral("port"), QString::number(m_port)); // names the socket file
        }
    }
    if (!m_sslMode.isEmpty()) {
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
    }
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace slotwise
