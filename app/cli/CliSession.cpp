#include "app/cli/CliSession.h"

#include "app/cli/CliCommand.h"

#include "services/AppointmentBook.h"
#include "services/DatabaseSelection.h"
#include "services/DataDirectory.h"
#include "services/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace slotwise {

CliSession::CliSession(Settings settings, QTextStream& out, QTextStream& err)
    : m_settings(std::move(settings))
    , m_out(out)
    , m_err(err)
{}

CliSession::~CliSession()
{
    // The book refers to the database: destroy it first.
    m_book.reset();
    m_database.reset();
}

Status CliSession::open()
{
    if (m_book) {
        return Status::success();
    }
    if (m_openError.isError()) {
        return Status::failure(m_openError);
    }
    const DataDirectory dataDir(m_settings.dataDir);
    Result<std::unique_ptr<Database>> opened =
        DatabaseSelection(dataDir, m_settings.database, m_settings.desk).open();
    if (!opened) {
        m_openError = opened.error();
        return Status::failure(m_openError);
    }
    m_database = std::move(opened).value();
    m_book = std::make_unique<AppointmentBook>(*m_database);
    return Status::success();
}

Result<AppointmentBook*> CliSession::book()
{
    if (const Status s = open(); !s) {
        return Result<AppointmentBook*>::failure(s.error());
    }
    return Result<AppointmentBook*>::success(m_book.get());
}

Result<Database*> CliSession::database()
{
    if (const Status s = open(); !s) {
        return Result<Database*>::failure(s.error());
    }
    return Result<Database*>::success(m_database.get());
}

Result<Profile> CliSession::profile()
{
    const Result<AppointmentBook*> b = book();
    if (!b) {
        return Result<Profile>::failure(b.error());
    }
    if (m_settings.profileName.isEmpty()) {
        if (const Result<QList<Profile>> all = b.value()->profiles(); all && all->isEmpty()) {
            return Result<Profile>::failure(
                Error::notFound(tr("There is no profile yet. Create one with: %1 profile create NAME")
                                    .arg(cliProgramName())));
        }
    }
    return b.value()->resolveProfile(m_settings.profileName);
}

void CliSession::printJson(const QJsonObject& document)
{
    m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliSession::warn(const QString& message)
{
    m_err << tr("%1: warning: %2").arg(cliProgramName(), message) << Qt::endl;
}

int CliSession::fail(const Error& error)
{
    // With --json, a refusal that names a stored record (the appointment holding a taken slot) also gives
    // its id on stdout, so a script can act on it.
    if (json() && error.detail() == Error::Detail::SlotTaken) {
        printJson(QJsonObject{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("slotTaken")},
                                                  {QStringLiteral("message"), error.message()},
                                                  {QStringLiteral("clashingId"), error.subjectId()}}}});
    }
    return fail(error.fullText());
}

int CliSession::fail(const QString& message)
{
    m_out.flush();
    m_err << cliProgramName() << QStringLiteral(": ") << message << Qt::endl;
    return static_cast<int>(CliExit::Failure);
}

int CliSession::usageError(const QString& message)
{
    m_out.flush();
    m_err << cliProgramName() << QStringLiteral(": ") << message << Qt::endl;
    const QString helpCommand =
        m_settings.commandName.isEmpty()
            ? QString(cliProgramName() + QStringLiteral(" --help"))
            : QString(cliProgramName() + QStringLiteral(" help ") + m_settings.commandName);
    m_err << tr("Try '%1' for more information.").arg(helpCommand) << Qt::endl;
    return static_cast<int>(CliExit::Usage);
}

} // namespace slotwise
