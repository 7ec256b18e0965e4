#pragma once

#include <memory>

class QNetworkAccessManager;

namespace slotwise {

// The one way to make the network access for a Google call (API, token refresh/revoke, code exchange,
// calendar listing). Redirects are never followed: Qt's default policy would carry an `Authorization:
// Bearer` header or a form body holding a refresh token to whatever host a 3xx names. A 3xx answer reaches
// the caller as an ordinary non-2xx reply, i.e. an error.
struct GoogleNetworkAccess
{
    static std::unique_ptr<QNetworkAccessManager> create();
};

} // namespace slotwise
