#include "models/Error.h"

#include <QStringList>

namespace slotwise {

Error::Error(Kind kind, Detail detail, QString message)
    : m_kind(kind)
    , m_detail(detail)
    , m_message(std::move(message))
{}

Error Error::validation(const QString& message)
{
    return Error(Kind::Validation, Detail::None, message);
}

Error Error::validation(const QList<FieldProblem>& problems)
{
    QStringList parts;
    for (const FieldProblem& p : problems) {
        parts << p.message;
    }
    Error e(Kind::Validation, Detail::None, parts.join(QLatin1Char(' ')));
    e.m_problems = problems;
    return e;
}

Error Error::validation(Detail detail, const QString& message)
{
    return Error(Kind::Validation, detail, message);
}

Error Error::notFound(const QString& message)
{
    return Error(Kind::NotFound, Detail::None, message);
}

Error Error::conflict(const QString& message)
{
    return Error(Kind::Conflict, Detail::None, message);
}

Error Error::conflict(Detail detail, const QString& message)
{
    return Error(Kind::Conflict, detail, message);
}

Error Error::storage(const QString& message)
{
    return Error(Kind::Storage, Detail::None, message);
}

Error Error::storage(Detail detail, const QString& message)
{
    return Error(Kind::Storage, detail, message);
}

Error Error::network(Detail detail, const QString& message)
{
    return Error(Kind::Network, detail, message);
}

Error Error::googleApi(Detail detail, int httpStatus, const QString& reason, const QString& message)
{
    Error e(Kind::GoogleApi, detail, message);
    e.m_httpStatus = httpStatus;
    e.m_reason = reason;
    return e;
}

Error Error::auth(Detail detail, const QString& message, const QString& remedy)
{
    return Error(Kind::Auth, detail, message).withRemedy(remedy);
}

Error Error::keyStore(Detail detail, const QString& message, const QString& remedy)
{
    return Error(Kind::KeyStore, detail, message).withRemedy(remedy);
}

Error Error::cancelled(const QString& message)
{
    return Error(Kind::Cancelled, Detail::None, message);
}

QString Error::fullText() const
{
    return m_remedy.isEmpty() ? m_message : m_message + QLatin1Char('\n') + m_remedy;
}

Error& Error::withRemedy(const QString& remedy)
{
    m_remedy = remedy;
    return *this;
}

Error& Error::withRetryAfter(std::optional<int> seconds)
{
    m_retryAfterSeconds = seconds;
    return *this;
}

Error& Error::withTechnicalDetail(const QString& text)
{
    m_technicalDetail = text;
    return *this;
}

Error& Error::withSubjectId(const QString& id)
{
    m_subjectId = id;
    return *this;
}

bool Error::isTransient() const
{
    return m_detail == Detail::RateLimited || m_detail == Detail::ServerError ||
           m_detail == Detail::ConnectionDropped;
}

QDebug operator<<(QDebug debug, const Error& error)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "Error(" << int(error.kind()) << '/' << int(error.detail());
    if (error.httpStatus() != 0) {
        debug << ", HTTP " << error.httpStatus() << ' ' << error.reason();
    }
    debug << ", " << error.message() << ')';
    return debug;
}

} // namespace slotwise
