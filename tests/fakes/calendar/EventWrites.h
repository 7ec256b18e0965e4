#pragma once

#include "fakes/http/HttpMessage.h"

#include <QString>

namespace slotwise::fake {

class CalendarStore;
struct StoredCalendar;

// events.insert, events.patch/update and events.delete as Google answers them: client-chosen ids limited to
// base32hex (409 on a duplicate), If-Match guarded changes (412 on a stale etag), 410 for deleting a
// cancelled event, nested extendedProperties merged by a patch. Each success counts as one mutation.
// A request carrying "x-fake-phone" may use any id (Google's own ids are not limited to base32hex).
HttpResponse insertEvent(CalendarStore& store, StoredCalendar& calendar, const HttpRequest& request);
HttpResponse patchEvent(CalendarStore& store, StoredCalendar& calendar, const QString& eventId,
                        const HttpRequest& request, bool replace);
HttpResponse deleteEvent(CalendarStore& store, StoredCalendar& calendar, const QString& eventId,
                         const HttpRequest& request);

} // namespace slotwise::fake
