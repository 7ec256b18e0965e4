#pragma once

#include "models/Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace slotwise {

// The OAuth client Slotwise signs in with (one "Desktop app" client shared by all users; never committed).
struct GoogleCredentials
{
    QString clientId;
    QString clientSecret;
    QUrl authUri;  // from the file, default https://accounts.google.com/o/oauth2/auth
    QUrl tokenUri; // from the file, default https://oauth2.googleapis.com/token
    QStringList redirectUris;
    QString origin; // where they came from, for messages ("--credentials /x.json", "GOOGLE_CLIENT_ID ...")

    static QUrl defaultAuthUri();
    static QUrl defaultTokenUri();

    // Looks, in order, at `--credentials FILE`, $SLOTWISE_GOOGLE_CREDENTIALS, credentials.json in `configDir`
    // (when empty: DataDirectory::configPath(), i.e. ~/.config/slotwise), then
    // $GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET. The first source that is present decides: a present but
    // broken source is an error naming the problem, not a reason to try the next. The error starts with
    // "Google OAuth credentials not configured" and lists every place it looked.
    static Result<GoogleCredentials> load(const QString& commandLineFile = QString(),
                                          const QString& configDir = QString());

    // Google's JSON: {"installed": {...}} or {"web": {...}}. The error names what is wrong.
    static Result<GoogleCredentials> parse(const QByteArray& json, const QString& origin);
};

} // namespace slotwise
