#pragma once

#include "services/google/AccessTokenSource.h"

#include <QSet>

#include <functional>

namespace slotwise::fake {

// Test token source: hands out "tok-N" tokens that the fake Calendar server accepts (via validator()).
// expireAccessToken() makes the current token invalid server-side (the client must refresh once);
// revokeRefreshToken() makes every refresh answer ReconnectNeeded, as an invalid_grant would.
class StaticTokenSource : public AccessTokenSource
{
    Q_OBJECT
public:
    explicit StaticTokenSource(QObject* parent = nullptr);

    void requestAccessToken(const QString& profileId, Callback callback) override;
    void refreshAfterUnauthorized(const QString& profileId, const QByteArray& rejectedToken,
                                  Callback callback) override;

    std::function<bool(const QByteArray&)> validator() const;
    void expireAccessToken();
    void revokeRefreshToken();
    void setOffline(bool offline) { m_offline = offline; }
    int refreshCount() const { return m_refreshes; }
    QByteArray currentToken() const { return m_current; }

private:
    void issue();

    QByteArray m_current;
    QSet<QByteArray> m_valid;
    bool m_revoked = false;
    bool m_offline = false;
    int m_counter = 0;
    int m_refreshes = 0;
};

} // namespace slotwise::fake
