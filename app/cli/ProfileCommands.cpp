#include "app/cli/ProfileCommands.h"

#include "app/cli/CliCommandRegistry.h"
#include "app/cli/CliPresentation.h"
#include "app/cli/CliSession.h"
#include "services/AppointmentBook.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace slotwise {

namespace {

class ProfileCreateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::ProfileCreateCommand)
public:
    QStringList words() const override { return {QStringLiteral("profile"), QStringLiteral("create")}; }
    QString summary() const override { return tr("Create a profile (a person who books on this desktop)."); }
    QList<CliPositional> positionals() const override
    {
        return {{QStringLiteral("NAME"), tr("The profile's display name; must be unique.")}};
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("email"), tr("The person's email address."),
                                   QStringLiteral("EMAIL"))};
    }

    int run(CliSession& session, const QCommandLineParser& parser, const QStringList& arguments) override
    {
        const Result<AppointmentBook*> book = session.book();
        if (!book) {
            return session.fail(book.error());
        }
        const Result<Profile> created = book.value()->createProfile(
            arguments.at(0).trimmed(), parser.value(QStringLiteral("email")).trimmed());
        if (!created) {
            return session.fail(created.error());
        }
        if (session.json()) {
            session.printJson(QJsonObject{{QStringLiteral("profile"), cli::profileJson(created.value())}});
        } else {
            session.out() << tr("Created profile \"%1\".").arg(created->displayName) << Qt::endl;
        }
        return CliSession::ok();
    }
};

class ProfileListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::ProfileListCommand)
public:
    QStringList words() const override { return {QStringLiteral("profile"), QStringLiteral("list")}; }
    QString summary() const override { return tr("List the profiles; * marks the default one."); }

    int run(CliSession& session, const QCommandLineParser&, const QStringList&) override
    {
        const Result<AppointmentBook*> book = session.book();
        if (!book) {
            return session.fail(book.error());
        }
        const Result<QList<Profile>> profiles = book.value()->profiles();
        if (!profiles) {
            return session.fail(profiles.error());
        }
        // The default is what commands use without --profile.
        const Result<Profile> chosen = book.value()->resolveProfile(QString());
        const QString defaultId = chosen ? chosen->id : QString();
        if (session.json()) {
            QJsonArray list;
            for (const Profile& p : profiles.value()) {
                QJsonObject o = cli::profileJson(p);
                o.insert(QStringLiteral("default"), p.id == defaultId);
                list.append(o);
            }
            session.printJson(QJsonObject{{QStringLiteral("profiles"), list}});
            return CliSession::ok();
        }
        if (profiles->isEmpty()) {
            session.out()
                << tr("No profiles yet. Create one with: %1 profile create NAME").arg(cliProgramName())
                << Qt::endl;
            return CliSession::ok();
        }
        for (const Profile& p : profiles.value()) {
            session.out() << (p.id == defaultId ? QStringLiteral("* ") : QStringLiteral("  "))
                          << p.displayName;
            if (!p.email.isEmpty()) {
                session.out() << QStringLiteral(" <") << p.email << QLatin1Char('>');
            }
            session.out() << Qt::endl;
        }
        return CliSession::ok();
    }
};

class ProfileUpdateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::ProfileUpdateCommand)
public:
    QStringList words() const override { return {QStringLiteral("profile"), QStringLiteral("update")}; }
    QString summary() const override
    {
        return tr("Change the profile chosen by --profile: its name, email or overlap rule.");
    }
    QString details() const override
    {
        return tr(
            "--overlap refuse makes the database refuse an appointment that overlaps another booked one "
            "of the profile, also when two desks book the same time at once; warn (the default) stores "
            "it and warns. Switching to refuse fails while two appointments overlap.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("name"), tr("The new display name."), QStringLiteral("NAME")),
            QCommandLineOption(QStringLiteral("email"), tr("The new email address (empty clears it)."),
                               QStringLiteral("EMAIL")),
            QCommandLineOption(QStringLiteral("overlap"), tr("warn or refuse overlapping appointments."),
                               QStringLiteral("RULE"))};
    }

    int run(CliSession& session, const QCommandLineParser& parser, const QStringList&) override
    {
        const bool rename = parser.isSet(QStringLiteral("name")) || parser.isSet(QStringLiteral("email"));
        const bool overlap = parser.isSet(QStringLiteral("overlap"));
        if (!rename && !overlap) {
            return session.usageError(
                tr("profile update: nothing to change; give --name, --email or --overlap."));
        }
        const std::optional<OverlapRule> rule =
            overlapRuleFromString(parser.value(QStringLiteral("overlap")));
        if (overlap && !rule) {
            return session.usageError(
                tr("--overlap: use warn or refuse, not '%1'.").arg(parser.value(QStringLiteral("overlap"))));
        }
        const Result<AppointmentBook*> book = session.book();
        if (!book) {
            return session.fail(book.error());
        }
        Result<Profile> profile = session.profile();
        if (!profile) {
            return session.fail(profile.error());
        }
        if (rename) {
            const QString name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                                      : profile->displayName;
            const QString email = parser.isSet(QStringLiteral("email"))
                                      ? parser.value(QStringLiteral("email"))
                                      : profile->email;
            profile = book.value()->renameProfile(profile->id, name, email);
        }
        if (profile && overlap) {
            profile = book.value()->setOverlapRule(profile->id, *rule);
        }
        if (!profile) {
            return session.fail(profile.error());
        }
        if (session.json()) {
            session.printJson(QJsonObject{{QStringLiteral("profile"), cli::profileJson(profile.value())}});
        } else {
            session.out() << tr("Updated profile \"%1\" (overlaps: %2).")
                                 .arg(profile->displayName, toStorageString(profile->overlapRule))
                          << Qt::endl;
        }
        return CliSession::ok();
    }
};

} // namespace

void registerProfileCommands(CliCommandRegistry& registry)
{
    registry.add(std::make_unique<ProfileCreateCommand>());
    registry.add(std::make_unique<ProfileListCommand>());
    registry.add(std::make_unique<ProfileUpdateCommand>());
}

} // namespace slotwise
