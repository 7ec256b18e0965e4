// slotwise-fake-google: the test suite's fake Google (OAuth consent/token/revoke + Calendar v3) as a program,
// so a person can try "Connect Google Calendar" and two-way sync on a machine with no internet or no
// Google project. Prints the environment to point Slotwise at it; runs until interrupted.
#include "fakes/calendar/FakeCalendarServer.h"
#include "fakes/oauth/FakeGoogleOAuthServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

#include <csignal>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("slotwise-fake-google"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A fake Google OAuth + Calendar v3 server on 127.0.0.1 for trying Slotwise without Google. It keeps "
        "everything in memory: a restart is a new, empty Google on new ports."));
    parser.addHelpOption();
    const QCommandLineOption credentialsOption(
        QStringLiteral("credentials-out"), QStringLiteral("Write a credentials.json for the fake to FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption emailOption(QStringLiteral("email"),
                                         QStringLiteral("The fake account's address."),
                                         QStringLiteral("EMAIL"), QStringLiteral("ada@example.com"));
    const QCommandLineOption busyOption(
        QStringLiteral("with-busy-time"),
        QStringLiteral("Put a few events of someone else in the calendar, and add a \"Team\" calendar with "
                       "meetings to try checking several calendars for busy time."));
    parser.addOptions({credentialsOption, emailOption, busyOption});
    parser.process(app);

    slotwise::fakes::FakeGoogleOAuthServer oauth;
    oauth.accountEmail = parser.value(emailOption);
    slotwise::fake::FakeCalendarServer calendar;
    calendar.addCalendar(QStringLiteral("primary"), oauth.accountEmail, true);
    calendar.setTokenValidator([&oauth](const QByteArray& token) { return oauth.isValidAccessToken(token); });
    if (!oauth.start() || !calendar.start()) {
        std::fprintf(stderr, "slotwise-fake-google: cannot listen on 127.0.0.1\n");
        return 1;
    }
    if (parser.isSet(busyOption)) {
        const QDate today = QDate::currentDate();
        for (int day = 0; day < 5; ++day) {
            const QDateTime start(today.addDays(day), QTime(14, 0));
            calendar.phoneCreate(
                QStringLiteral("primary"),
                QJsonObject{
                    {QStringLiteral("summary"), QStringLiteral("Dentist (private)")},
                    {QStringLiteral("start"),
                     QJsonObject{{QStringLiteral("dateTime"), start.toString(Qt::ISODate)}}},
                    {QStringLiteral("end"),
                     QJsonObject{{QStringLiteral("dateTime"), start.addSecs(5400).toString(Qt::ISODate)}}}});
        }
        // A shared calendar to tick under Calendar settings > Google busy time: a team meeting each morning.
        const QString team = QStringLiteral("team@group.calendar.google.com");
        calendar.addCalendar(team, QStringLiteral("Team"));
        for (int day = 0; day < 5; ++day) {
            const QDateTime start(today.addDays(day), QTime(9, 30));
            calendar.phoneCreate(
                team, QJsonObject{
                          {QStringLiteral("summary"), QStringLiteral("Team meeting")},
                          {QStringLiteral("start"),
                           QJsonObject{{QStringLiteral("dateTime"), start.toString(Qt::ISODate)}}},
                          {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"),
                                                               start.addSecs(1800).toString(Qt::ISODate)}}}});
        }
    }

    QTextStream out(stdout);
    if (parser.isSet(credentialsOption)) {
        QFile file(parser.value(credentialsOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(oauth.credentialsJson()) < 0) {
            std::fprintf(stderr, "slotwise-fake-google: cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
        out << "export SLOTWISE_GOOGLE_CREDENTIALS=" << QFileInfo(file).absoluteFilePath() << '\n';
    }
    out << "export SLOTWISE_GOOGLE_API_BASE=" << calendar.baseUrl().toString() << '\n'
        << "export SLOTWISE_GOOGLE_REVOKE_URL=" << oauth.revokeUrl().toString() << '\n';
    out.flush();
    // stdout is the environment file; this is for the person who started it.
    std::fprintf(stderr,
                 "slotwise-fake-google: running; everything is kept in memory. After a restart it is a new, "
                 "empty Google on new ports: source the new environment, run 'slotwise-cli connect' again, "
                 "and use a fresh --data-dir (appointments synced to the old one are not sent again).\n");

    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}
