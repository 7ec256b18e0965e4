#include "services/oauth/PracticeClient.h"

#include "services/oauth/GoogleCredentials.h"
#include "services/oauth/OAuthLog.h"
#include "services/storage/Database.h"
#include "services/storage/GoogleConnectionRepository.h"
#include "services/storage/PracticeSettingRepository.h"
#include "services/storage/SqlDialect.h"

#include <QCoreApplication>

namespace slotwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::PracticeClient", text);
}

} // namespace

Result<PracticeClientChange> PracticeClient::prepare(Database& database, const QString& file)
{
    using R = Result<PracticeClientChange>;
    if (database.dialect().engine() != SqlDialect::Engine::PostgreSql) {
        return R::failure(Error::validation(
            tr("Only a practice server keeps one Google client for every desk, and this Slotwise uses the "
               "SQLite file %1. Choose the server with --database postgresql://…, or put credentials.json "
               "in this computer's config folder.")
                .arg(database.location())));
    }
    PracticeClientChange change;
    const Result<GoogleCredentials> chosen = GoogleCredentials::readFile(file, file, &change.json);
    if (!chosen) {
        return R::failure(chosen.error());
    }
    if (const Status fit = chosen->checkDesktopClient(); !fit) {
        return R::failure(fit.error());
    }
    change.newClientId = chosen->clientId;

    const auto stored =
        PracticeSettingRepository(database).find(QLatin1String(PracticeSettingRepository::kOAuthClient));
    if (!stored) {
        return R::failure(stored.error());
    }
    if (stored.value()) {
        const Result<GoogleCredentials> old =
            GoogleCredentials::parse(stored.value()->value.toUtf8(), tr("the practice server's client"));
        // A stored client that no longer reads is replaced all the same; its id is then unknown.
        change.oldClientId = old ? old->clientId : QStringLiteral("?");
    }
    const auto connected = GoogleConnectionRepository(database).listWithTokens();
    if (!connected) {
        return R::failure(connected.error());
    }
    change.connectedProfiles = int(connected->size());
    return R::success(change);
}

Status PracticeClient::store(Database& database, const PracticeClientChange& change, const QString& desk)
{
    const Status stored = PracticeSettingRepository(database).set(
        QLatin1String(PracticeSettingRepository::kOAuthClient), QString::fromUtf8(change.json), desk);
    if (stored) {
        // Every desk signs in with it from now on: worth a line in each log that sees it set.
        qCInfo(lcOAuth).noquote() << "the practice server's OAuth client was set by desk" << desk
                                  << "to client id" << change.newClientId
                                  << (change.oldClientId.isEmpty()
                                          ? QStringLiteral("(first one)")
                                          : QStringLiteral("(was %1)").arg(change.oldClientId));
    }
    return stored;
}

} // namespace slotwise
