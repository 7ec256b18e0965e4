#pragma once

#include "models/Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace slotwise {

// The OAuth client Slotwise signs in with (one "Desktop app" client shared by all users; never committed).
// Where it is looked for, and in which order: OAuthClientLookup.
struct GoogleCredentials
{
    QString clientId;
    QString clientSecret;
    QUrl authUri;  // from the file, default https://accounts.google.com/o/oauth2/auth
    QUrl tokenUri; // from the file, default https://oauth2.googleapis.com/token
    QStringList redirectUris;
    QString origin; // where they came from, for messages ("--credentials /x.json", "GOOGLE_CLIENT_ID ...")

    // The client id has the shape of a Google OAuth client ("….apps.googleusercontent.com") and, when the
    // file lists redirect_uris, one of them is a loopback address Slotwise can receive Google's answer on.
    // Files Slotwise is asked to adopt (a chosen credentials.json) are held to this; the error names the
    // problem and `origin`.
    Status checkDesktopClient() const;

    static QUrl defaultAuthUri();
    static QUrl defaultTokenUri();

    // Reads and parses a credentials file (at most 64 KiB). The error names the file and what is wrong.
    // `contents`, when given, receives the bytes that were parsed (to copy exactly what was checked).
    static Result<GoogleCredentials> readFile(const QString& path, const QString& origin,
                                              QByteArray* contents = nullptr);

    // Google's JSON: {"installed": {...}} or {"web": {...}}. The error names what is wrong.
    static Result<GoogleCredentials> parse(const QByteArray& json, const QString& origin);
};

} // namespace slotwise
