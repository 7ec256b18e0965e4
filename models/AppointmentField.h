#pragma once

#include <QString>

namespace slotwise {

// The parts of an appointment a booking rule can name, so the dialog shows a message beside the right field.
enum class AppointmentField
{
    Title,
    Start,
    End,
    ClientEmail,
    TimeZone,
    Profile
};

// One broken rule: which field, and what is wrong with it (translated).
struct FieldProblem
{
    AppointmentField field;
    QString message;
};

} // namespace slotwise
