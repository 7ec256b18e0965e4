#pragma once

#include "models/Appointment.h"
#include "models/Profile.h"

#include <QJsonObject>
#include <QString>

namespace slotwise::cli {

// How records look in slotwise-cli output: JSON (UTC instants + the booked time zone) for scripts,
// local times for people. Shared by every command that prints appointments or profiles.
QJsonObject appointmentJson(const Appointment& appointment);
QJsonObject profileJson(const Profile& profile);

// "Mon 2026-03-02 09:00–10:00", "Mon 2026-03-02 (all day)", or a range over several days.
QString appointmentWhen(const Appointment& appointment);
// One line for lists: when, title, client, status and id.
QString appointmentLine(const Appointment& appointment);
// Every field, one per line, for `show`.
QString appointmentDetails(const Appointment& appointment);

} // namespace slotwise::cli
