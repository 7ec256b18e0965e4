#include "services/oauth/NetworkAuthWorkarounds.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrl>

namespace slotwise::networkauth {

namespace {

QByteArray randomUnreserved(int length)
{
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    constexpr int kAlphabetSize = int(sizeof(kAlphabet)) - 1;
    QByteArray out;
    out.reserve(length);
    for (int i = 0; i < length; ++i) {
        out.append(kAlphabet[QRandomGenerator::system()->bounded(kAlphabetSize)]);
    }
    return out;
}

} // namespace

Pkce Pkce::generate()
{
    Pkce p;
    p.verifier = randomUnreserved(64);
    p.challenge = QCryptographicHash::hash(p.verifier, QCryptographicHash::Sha256)
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return p;
}

QString freshState()
{
    // '~' and '.' are unreserved but some servers mangle them; letters, digits, '-' and '_' only.
    QByteArray s = randomUnreserved(48);
    s.replace('~', 'A');
    s.replace('.', 'B');
    return QString::fromLatin1(s.left(32));
}

LoopbackReplyHandler::LoopbackReplyHandler(quint16 port, QObject* parent)
    : QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, port, parent)
{
    // The browser gets this page whatever happened; the app reports the real outcome.
    setCallbackText(QCoreApplication::translate("slotwise::LoopbackReplyHandler",
                                                "Slotwise received Google's answer. You can close this tab "
                                                "and return to Slotwise."));
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply* reply)
{
    const TokenEndpointReply parsed = TokenEndpointReply::fromNetworkReply(reply);
    reply->deleteLater();
    if (!parsed.ok()) {
        Q_EMIT tokenRequestFailed(parsed);
        return;
    }
    Q_EMIT tokensReceived(parsed.toVariantMap());
}

AuthorizationCodeFlow::AuthorizationCodeFlow(QNetworkAccessManager* manager, QObject* parent)
    : QOAuth2AuthorizationCodeFlow(manager, parent)
{
    setModifyParametersFunction([this](Stage stage, QMultiMap<QString, QVariant>* parameters) {
        modifyParameters(stage, parameters);
    });
}

void AuthorizationCodeFlow::prepareGrant(const QString& scope, const Pkce& pkce)
{
    setScope(scope);
    setState(freshState());
    m_verifier = pkce.verifier;
    m_challenge = pkce.challenge;
    m_callbackAccepted = false;
}

void AuthorizationCodeFlow::acceptCallback()
{
    m_callbackAccepted = true;
}

void AuthorizationCodeFlow::refuseCallback()
{
    m_callbackAccepted = false;
    // 6.4 ignores callbacks unless the status is NotAuthenticated; with no token URL, even a request that
    // slipped through could not leave the machine.
    setStatus(Status::TemporaryCredentialsReceived);
    setAccessTokenUrl(QUrl());
}

void AuthorizationCodeFlow::modifyParameters(Stage stage, QMultiMap<QString, QVariant>* parameters) const
{
    const QString code = QStringLiteral("code");
    switch (stage) {
    case Stage::RequestingAuthorization:
        parameters->replace(QStringLiteral("code_challenge"), QString::fromLatin1(m_challenge));
        parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        parameters->replace(QStringLiteral("access_type"), QStringLiteral("offline"));
        parameters->replace(QStringLiteral("prompt"), QStringLiteral("consent"));
        break;
    case Stage::RequestingAccessToken: {
        if (!m_callbackAccepted) {
            parameters->clear();
            break;
        }
        // 6.4 percent-encodes the code once more than it should; decode to the real code, then encode it
        // exactly once (QUrlQuery keeps existing %XX sequences as they are).
        const QByteArray sent = parameters->value(code).toByteArray();
        const QByteArray real = QByteArray::fromPercentEncoding(QByteArray::fromPercentEncoding(sent));
        parameters->replace(code, QUrl::toPercentEncoding(QString::fromLatin1(real)));
        const QString secret = QStringLiteral("client_secret");
        if (parameters->contains(secret)) {
            parameters->replace(secret, QUrl::toPercentEncoding(parameters->value(secret).toString()));
        }
        parameters->replace(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
        break;
    }
    default:
        break;
    }
}

} // namespace slotwise::networkauth
