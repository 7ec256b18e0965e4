#pragma once

#include "models/Profile.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>

class QJsonObject;

namespace slotwise {

class AppointmentBook;
class Database;

// Exit codes of slotwise-cli; scripts rely on them, so they never change meaning.
enum class CliExit : int
{
    Ok = 0,
    Failure = 1,
    Usage = 2
};

// What a running command works with: the global options, the output streams, and the database, opened on
// first use so that `--help` or a usage error never touches the file.
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::CliSession)
public:
    struct Settings
    {
        QString dataDir;     // --data-dir, empty for the default
        QString database;    // --database URL, empty for $SLOTWISE_DATABASE or the data folder's file
        QString desk;        // --desk NAME, empty for $SLOTWISE_DESK or the host name
        QString profileName; // --profile, empty for the only/first profile
        bool json = false;   // --json
        QString commandName; // for messages and help hints, e.g. "book"
    };

    CliSession(Settings settings, QTextStream& out, QTextStream& err);
    ~CliSession();
    CliSession(const CliSession&) = delete;
    CliSession& operator=(const CliSession&) = delete;

    const Settings& settings() const { return m_settings; }
    bool json() const { return m_settings.json; }
    QTextStream& out() { return m_out; }
    // For questions asked on the terminal (the answer is read from stdin); never for results.
    QTextStream& err() { return m_err; }

    // Opens the database (once). On failure the message names the file and the cause.
    Result<AppointmentBook*> book();
    Result<Database*> database();
    // The profile chosen by --profile, or the only/first one.
    Result<Profile> profile();

    // Writes `document` as the one JSON document on stdout.
    void printJson(const QJsonObject& document);
    // A warning on stderr that does not change the exit code (e.g. an overlap).
    void warn(const QString& message);

    // Print "slotwise-cli: message" on stderr and return the exit code to hand back from run().
    int fail(const QString& message);
    // The message and, on its own line, the remedy. With --json a taken slot also prints
    // {"error": {"reason": "slotTaken", "message": …, "clashingId": ID}} on stdout.
    int fail(const Error& error);
    int usageError(const QString& message);
    static int ok() { return static_cast<int>(CliExit::Ok); }

private:
    Status open();

    Settings m_settings;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppointmentBook> m_book;
    Error m_openError;
};

} // namespace slotwise
