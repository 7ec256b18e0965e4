#pragma once

#include <QString>

namespace slotwise {

// One calendar of the signed-in account, from calendarList.list. Shared by the OAuth side (the settings
// dialog's chooser) and the sync side (slotwise-cli calendars): one definition, or the two would clash.
struct CalendarListEntry
{
    QString id;
    QString summary;
    bool primary = false;
    QString accessRole; // owner, writer, reader, freeBusyReader
    bool selected = false;
};

} // namespace slotwise
