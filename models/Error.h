#pragma once

#include "models/AppointmentField.h"

#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace slotwise {

// Why something failed, for the whole program: a kind callers and tests branch on, a detail code for the
// finer distinctions policy code needs (retry, reconnect, conflict handling), a one-line translated message
// for the user and an optional remedy. Google errors also carry the HTTP status and Google's reason string.
// A copyable value; the default Error is "no error".
class Error
{
public:
    enum class Kind
    {
        None,       // not an error
        Validation, // the input breaks a rule; see problems()
        NotFound,   // a profile, appointment or conflict that does not exist here
        Conflict,   // the change clashes with stored data (a name in use, a stale row)
        Storage,    // the local database or a local file failed
        Network,    // Google could not be reached, or the connection broke off
        GoogleApi,  // Google answered with an error; see httpStatus() and reason()
        Auth,       // no usable Google sign-in (not connected, refused, sign-in flow failed)
        KeyStore,   // the key that protects the sign-in cannot be obtained or does not fit
        Cancelled,  // the user cancelled
    };

    // Finer distinctions inside a kind. Google ones are derived from status and reason when the error is
    // made; the sign-in ones mirror OAuthProblem::Kind so it can fold into Error.
    enum class Detail
    {
        None,
        // Network
        Offline,           // no network / connection refused / DNS failure
        ConnectionDropped, // closed or timed out mid-request: the server may have applied it
        // GoogleApi
        Unauthorized,       // 401: the access token was refused
        RateLimited,        // 429 or 403 rateLimitExceeded / userRateLimitExceeded
        QuotaExceeded,      // 403 quotaExceeded (daily): stop and tell the user
        Forbidden,          // any other 403
        ServerError,        // 500/502/503/504
        GoogleNotFound,     // 404
        Gone,               // 410 on an event (deleted), but see FullSyncRequired
        FullSyncRequired,   // 410 fullSyncRequired, or 400 "Invalid sync token value"
        Duplicate,          // 409 duplicate: an event with this id already exists
        PreconditionFailed, // 412 conditionNotMet: the If-Match etag is stale
        BadRequest,         // other 400
        InvalidReply,       // 2xx with a body that could not be read
        OtherHttp,          // any other status
        // Auth (the OAuthProblem kinds among them)
        NotConnected,    // the profile has no Google connection
        ReconnectNeeded, // Google refused the refresh token (invalid_grant): the user must connect again
        CredentialsNotConfigured,
        RedirectUriMismatch,
        AccessDenied,
        RefreshTokenNotReceived,
        StateMismatch,
        ScopeNotGranted,
        CalendarApiUnavailable,
        ListenerUnavailable, // the loopback port could not be opened
        TimedOut,            // the browser never came back
        GoogleRefused,       // any other error Google named during sign-in
        // KeyStore
        KeyStoreUnavailable, // the keychain does not answer right now; nothing is lost
        KeyMissing,          // sealed tokens exist but their key is gone
        TokensUnreadable,    // the key was obtained but the tokens do not decrypt with it
        // Validation (calendar files, services/ics)
        CalendarFileInvalid,  // not an iCalendar file, cut off, or a component it cannot read; nothing
                              // imported
        CalendarFileTooLarge, // over the import size limit; refused before reading
        // Storage
        DatabaseBusy,         // another connection held a lock for longer than the wait
        DatabaseDeadlock,     // the server ended the transaction to break a tie with another; may run again
        DatabaseUnreachable,  // the database server cannot be reached (down, network, wrong address)
        DatabaseLoginRefused, // the database server refused the user or the password
        DatabaseMissing,      // the database server has no database of that name
        SchemaTooNew,         // a newer Slotwise upgraded the database; this one must not write to it
        // Conflict
        SlotTaken, // the profile refuses overlaps and another appointment holds the time; see subjectId()
    };

    Error() = default;

    static Error validation(const QString& message);
    // One message made of all problems, each kept with the field it names.
    static Error validation(const QList<FieldProblem>& problems);
    static Error validation(Detail detail, const QString& message);
    static Error notFound(const QString& message);
    static Error conflict(const QString& message);
    static Error conflict(Detail detail, const QString& message);
    static Error storage(const QString& message);
    static Error storage(Detail detail, const QString& message);
    static Error network(Detail detail, const QString& message);
    static Error googleApi(Detail detail, int httpStatus, const QString& reason, const QString& message);
    static Error auth(Detail detail, const QString& message, const QString& remedy = {});
    static Error keyStore(Detail detail, const QString& message, const QString& remedy = {});
    static Error cancelled(const QString& message = {});

    Kind kind() const { return m_kind; }
    Detail detail() const { return m_detail; }
    bool isError() const { return m_kind != Kind::None; }
    bool is(Kind kind) const { return m_kind == kind; }

    const QString& message() const { return m_message; } // one line, translated
    const QString& remedy() const { return m_remedy; }   // what the user can do, translated; may be empty
    // message and remedy on separate lines, for the CLI and tooltips.
    QString fullText() const;
    const QList<FieldProblem>& problems() const { return m_problems; } // Validation only

    int httpStatus() const { return m_httpStatus; }    // 0 when there was no HTTP answer
    const QString& reason() const { return m_reason; } // Google's errors[0].reason, e.g. "rateLimitExceeded"
    std::optional<int> retryAfterSeconds() const { return m_retryAfterSeconds; }
    // Untranslated context for logs (Google's English message, the transport error); never a token or title.
    const QString& technicalDetail() const { return m_technicalDetail; }
    // The id of the stored thing the error is about, e.g. the appointment that holds a taken slot.
    const QString& subjectId() const { return m_subjectId; }

    Error& withRemedy(const QString& remedy);
    Error& withRetryAfter(std::optional<int> seconds);
    Error& withTechnicalDetail(const QString& text);
    Error& withSubjectId(const QString& id);

    // Policy predicates (retry, reconnect, conflict handling).
    bool isTransient() const; // worth retrying after a backoff
    bool isOffline() const { return m_detail == Detail::Offline; }
    bool isConnectionDropped() const { return m_detail == Detail::ConnectionDropped; }
    bool isUnauthorized() const { return m_detail == Detail::Unauthorized; }
    bool isRateLimited() const { return m_detail == Detail::RateLimited; }
    bool isQuotaExceeded() const { return m_detail == Detail::QuotaExceeded; }
    bool isFullSyncRequired() const { return m_detail == Detail::FullSyncRequired; }
    bool isDuplicate() const { return m_detail == Detail::Duplicate; }
    bool isPreconditionFailed() const { return m_detail == Detail::PreconditionFailed; }
    bool isGone() const { return m_detail == Detail::Gone; }
    bool isGoogleNotFound() const { return m_detail == Detail::GoogleNotFound; }
    bool isReconnectNeeded() const { return m_detail == Detail::ReconnectNeeded; }
    bool isNotConnected() const { return m_detail == Detail::NotConnected; }

private:
    Error(Kind kind, Detail detail, QString message);

    Kind m_kind = Kind::None;
    Detail m_detail = Detail::None;
    QString m_message;
    QString m_remedy;
    QList<FieldProblem> m_problems;
    int m_httpStatus = 0;
    QString m_reason;
    std::optional<int> m_retryAfterSeconds;
    QString m_technicalDetail;
    QString m_subjectId;
};

// For logs: kind, detail, HTTP status, reason and the message.
QDebug operator<<(QDebug debug, const Error& error);

} // namespace slotwise

Q_DECLARE_METATYPE(slotwise::Error)
