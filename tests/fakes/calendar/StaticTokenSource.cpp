#include "fakes/calendar/StaticTokenSource.h"

namespace slotwise::fake {

StaticTokenSource::StaticTokenSource(QObject* parent)
    : AccessTokenSource(parent)
{
    issue();
}

void StaticTokenSource::issue()
{
    m_current = "tok-" + QByteArray::number(++m_counter);
    m_valid.insert(m_current);
}

void StaticTokenSource::requestAccessToken(const QString& profileId, Callback callback)
{
    Q_UNUSED(profileId)
    if (m_offline) {
        callback({Outcome::Offline, {}, QStringLiteral("offline")});
        return;
    }
    if (m_revoked) {
        callback({Outcome::ReconnectNeeded, {}, QStringLiteral("Reconnect Google Calendar")});
        return;
    }
    callback({Outcome::Ok, m_current, {}});
}

void StaticTokenSource::refreshAfterUnauthorized(const QString& profileId, const QByteArray& rejectedToken,
                                                 Callback callback)
{
    Q_UNUSED(profileId)
    ++m_refreshes;
    if (m_revoked) {
        callback({Outcome::ReconnectNeeded, {}, QStringLiteral("Reconnect Google Calendar")});
        return;
    }
    if (rejectedToken == m_current) {
        issue();
    }
    callback({Outcome::Ok, m_current, {}});
}

std::function<bool(const QByteArray&)> StaticTokenSource::validator() const
{
    return [this](const QByteArray& token) { return m_valid.contains(token); };
}

void StaticTokenSource::expireAccessToken()
{
    m_valid.remove(m_current);
}

void StaticTokenSource::revokeRefreshToken()
{
    m_revoked = true;
    m_valid.clear();
}

} // namespace slotwise::fake
