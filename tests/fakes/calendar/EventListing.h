#pragma once

#include "fakes/http/HttpMessage.h"

#include <QList>

namespace slotwise::fake {

class CalendarStore;
struct StoredCalendar;

// events.list as Google answers it: pages (short and empty ones when `pagePattern` caps them, cyclically),
// nextSyncToken only on the last page, incremental listings from a sync token (forbidden parameters -> 400,
// expired -> 410 fullSyncRequired, cancelled items with only an id). Pages with index >= failPagesFrom
// (0-based within one listing; -1: none) answer 403 quotaExceeded.
HttpResponse listEvents(const CalendarStore& store, const StoredCalendar& calendar,
                        const HttpRequest& request, const QList<int>& pagePattern, int failPagesFrom);

} // namespace slotwise::fake
