#pragma once

#include "fakes/http/HttpMessage.h"

#include <functional>

namespace slotwise::fake {

// The multipart/mixed batch endpoint: splits the body into its application/http parts, has `routePart`
// answer each (with the outer request's Authorization), and assembles the multipart answer with
// "response-<Content-ID>" ids. A nested batch part is refused with 400; a part whose answer would drop the
// connection is answered 503 instead (one part cannot drop the shared connection).
HttpResponse answerBatch(const HttpRequest& request, const QByteArray& outBoundary,
                         const std::function<HttpResponse(const HttpRequest&)>& routePart);

} // namespace slotwise::fake
