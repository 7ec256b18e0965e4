#pragma once

#include "models/Error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace slotwise {

// Errors of Google API calls, classified once here so policy code (retry, conflict handling, the status
// shown to the user) reads Error::detail() instead of re-reading status codes and reason strings.

// Classifies an HTTP reply. `body` is Google's JSON error document (may be empty or not JSON). No error
// (Kind::None) for a 2xx status.
Error googleErrorFromHttp(int httpStatus, const QByteArray& body, const QByteArray& retryAfterHeader = {});
// A failure without a usable HTTP answer: Offline/ConnectionDropped (Network), NotConnected/ReconnectNeeded
// (Auth) or a Google classification made up by the caller (e.g. ServerError for a batch part left
// unanswered). `technical` is the transport error text, for logs.
Error googleTransportError(Error::Detail detail, const QString& technical);
// A 2xx reply whose body could not be read.
Error googleInvalidReply(const QString& technical);

// Parses Retry-After: delta-seconds or an HTTP date. Empty when absent or unreadable.
std::optional<int> parseRetryAfter(const QByteArray& value);

} // namespace slotwise
