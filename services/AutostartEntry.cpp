#include "services/AutostartEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <utility>

namespace slotwise {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::AutostartEntry", text);
}

// Quoting for the Exec key (Desktop Entry spec, "The Exec key"): arguments with reserved characters are
// double-quoted, with ", `, $ and \ escaped inside.
QString quoteExecArgument(const QString& argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = argument.isEmpty();
    for (const QChar c : argument) {
        needsQuotes = needsQuotes || reserved.contains(c);
    }
    QString escaped = argument;
    escaped.replace(QLatin1Char('%'), QStringLiteral("%%"));
    if (!needsQuotes) {
        return escaped;
    }
    QString quoted;
    for (const QChar c : std::as_const(escaped)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
            c == QLatin1Char('\\')) {
            quoted += QLatin1Char('\\');
        }
        quoted += c;
    }
    // In a desktop file's string value a backslash is itself escaped.
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString configHome()
{
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg)) {
        return xdg;
    }
    return QDir::homePath() + QStringLiteral("/.config");
}
} // namespace

AutostartEntry::AutostartEntry(QString appId, QString displayName, QString command, QStringList arguments)
    : m_appId(std::move(appId))
    , m_displayName(std::move(displayName))
    , m_command(std::move(command))
    , m_arguments(std::move(arguments))
{}

QString AutostartEntry::filePath() const
{
    return configHome() + QStringLiteral("/autostart/") + m_appId + QStringLiteral(".desktop");
}

bool AutostartEntry::isEnabled() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return false;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line == QLatin1String("Hidden=true") ||
            line == QLatin1String("X-GNOME-Autostart-enabled=false")) {
            return false;
        }
    }
    return true;
}

QString AutostartEntry::contents() const
{
    QStringList exec{quoteExecArgument(m_command)};
    for (const QString& argument : m_arguments) {
        exec << quoteExecArgument(argument);
    }
    QStringList lines{
        QStringLiteral("[Desktop Entry]"),
        QStringLiteral("Type=Application"),
        QStringLiteral("Name=") + m_displayName,
        QStringLiteral("Comment=") + tr("Keeps your appointments in sync with Google Calendar"),
        QStringLiteral("Icon=") + m_appId,
        QStringLiteral("Exec=") + exec.join(QLatin1Char(' ')),
        QStringLiteral("Terminal=false"),
        QStringLiteral("X-GNOME-Autostart-enabled=true"),
    };
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Status AutostartEntry::setEnabled(bool enabled) const
{
    const QString path = filePath();
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            return Status::failure(Error::storage(tr("Cannot remove the login start entry %1.").arg(path)));
        }
        return Status::success();
    }
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        return Status::failure(
            Error::storage(tr("Cannot create the folder %1 for the login start entry.").arg(dir)));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        return Status::failure(
            Error::storage(tr("Cannot write the login start entry %1: %2").arg(path, file.errorString())));
    }
    file.write(contents().toUtf8());
    if (!file.commit()) {
        return Status::failure(
            Error::storage(tr("Cannot write the login start entry %1: %2").arg(path, file.errorString())));
    }
    return Status::success();
}

} // namespace slotwise
