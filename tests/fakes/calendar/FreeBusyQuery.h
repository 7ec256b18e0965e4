#pragma once

#include "fakes/http/HttpMessage.h"

namespace slotwise::fake {

class CalendarStore;

// freeBusy.query: merged busy intervals of the opaque, uncancelled events of each asked calendar, clipped
// to [timeMin, timeMax); an unknown calendar gets a per-calendar notFound; more than 90 days is 400
// timeRangeTooLong (Google says "about 3 months").
HttpResponse queryFreeBusy(const CalendarStore& store, const HttpRequest& request);

} // namespace slotwise::fake
