#pragma once

#include "fakes/http/HttpMessage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace slotwise::fake {

// The shapes the fake Calendar answers with, as Google sends them.
HttpResponse jsonReply(int status, const QJsonObject& object);
// Google's error JSON: {"error": {"errors": [{domain, reason, message}], "code", "message"}}.
HttpResponse errorReply(int status, const QString& reason, const QString& message,
                        const QString& domain = QStringLiteral("global"));
HttpResponse notFoundReply();
QString rfc3339Now();
// Start or end instant of an event time object ({dateTime} or {date}).
QDateTime instantOf(const QJsonObject& time);
bool isCancelled(const QJsonObject& resource);

} // namespace slotwise::fake
