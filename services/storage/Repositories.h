#pragma once

#include "services/storage/AppointmentRepository.h"
#include "services/storage/BusyCalendarRepository.h"
#include "services/storage/BusyTimeRepository.h"
#include "services/storage/ConflictLog.h"
#include "services/storage/GoogleConnectionRepository.h"
#include "services/storage/ProfileRepository.h"

namespace slotwise {

class Database;

// The repositories of one open database, for the layers above storage (the settings dialogs) that need
// several tables but must not hold the Database itself. Each member is a thin view over the same
// connection, so the bundle must not outlive the Database.
struct Repositories
{
    explicit Repositories(Database& database)
        : profiles(database)
        , appointments(database)
        , googleConnections(database)
        , busyCalendars(database)
        , busyTimes(database)
        , conflicts(database)
    {}

    ProfileRepository profiles;
    AppointmentRepository appointments;
    GoogleConnectionRepository googleConnections;
    BusyCalendarRepository busyCalendars;
    BusyTimeRepository busyTimes;
    ConflictLog conflicts;
};

} // namespace slotwise
