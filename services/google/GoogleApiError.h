#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace slotwise {

// One failed Google API call, classified so policy code (retry, conflict handling, the status shown to the
// user) switches on a kind instead of re-reading status codes and reason strings everywhere.
struct GoogleApiError
{
    enum class Kind
    {
        None,               // not an error
        Offline,            // no network / connection refused / DNS failure
        ConnectionDropped,  // connection closed or timed out mid-request: the server may have applied it
        Unauthorized,       // 401: the access token was refused
        ReconnectNeeded,    // the token source says the user must connect again
        NotConnected,       // the profile has no Google connection
        SignInLocked,       // the stored sign-in's key cannot be obtained now (keychain, key file); retried
        SignInUnreadable,   // the stored sign-in's key is missing, or the tokens do not open with it
        RateLimited,        // 429 or 403 rateLimitExceeded / userRateLimitExceeded
        QuotaExceeded,      // 403 quotaExceeded (daily): stop and tell the user
        Forbidden,          // any other 403
        ServerError,        // 500/502/503/504
        NotFound,           // 404
        Gone,               // 410 on an event (deleted) — but see FullSyncRequired
        FullSyncRequired,   // 410 fullSyncRequired, or 400 "Invalid sync token value"
        Duplicate,          // 409 duplicate: an event with this id already exists
        PreconditionFailed, // 412 conditionNotMet: the If-Match etag is stale
        BadRequest,         // other 400
        InvalidReply,       // 2xx with a body we could not read
        Other,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString reason;  // Google's error.errors[0].reason, e.g. "rateLimitExceeded"
    QString message; // Google's (English) error message or the transport error text, for logs
    std::optional<int> retryAfterSeconds;

    bool isError() const { return kind != Kind::None; }
    // Transient: worth retrying after a backoff.
    bool isTransient() const
    {
        return kind == Kind::RateLimited || kind == Kind::ServerError || kind == Kind::ConnectionDropped;
    }

    // Classifies an HTTP reply. `body` is Google's JSON error document (may be empty or not JSON).
    static GoogleApiError fromHttp(int httpStatus, const QByteArray& body,
                                   const QByteArray& retryAfterHeader = {});
    static GoogleApiError transport(Kind kind, const QString& detail);
    static GoogleApiError invalidReply(const QString& detail);

    // Plain words for the user (translated); never contains a token.
    QString userMessage() const;
};

// Parses Retry-After: delta-seconds or an HTTP date. Empty when absent or unreadable.
std::optional<int> parseRetryAfter(const QByteArray& value);

} // namespace slotwise
