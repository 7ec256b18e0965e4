#pragma once

#include "models/Appointment.h"
#include "models/Result.h"

#include <QList>
#include <QString>

namespace slotwise {

// The booking rules, shared by the dialog (inline messages), the CLI and the sync pull.
class AppointmentValidator
{
public:
    using Field = AppointmentField;
    using Problem = FieldProblem; // the field and a translated message naming the problem

    static QList<Problem> validate(const Appointment& appointment);
    // A Validation error carrying every problem, or success when valid.
    static Status check(const Appointment& appointment);
    // All problems joined into one message, or empty when valid.
    static QString summary(const QList<Problem>& problems);

    static constexpr int kMaxTitleLength = 500;
    static constexpr int kMaxTextLength = 8000;
};

} // namespace slotwise
