#pragma once

#include "models/Appointment.h"

#include <QList>
#include <QString>

namespace slotwise {

// The booking rules, shared by the dialog (inline messages), the CLI and the sync pull.
class AppointmentValidator
{
public:
    enum class Field
    {
        Title,
        Start,
        End,
        ClientEmail,
        TimeZone,
        Profile
    };

    struct Problem
    {
        Field field;
        QString message; // translated, names the problem
    };

    static QList<Problem> validate(const Appointment& appointment);
    // All problems joined into one message, or empty when valid.
    static QString summary(const QList<Problem>& problems);

    static constexpr int kMaxTitleLength = 500;
    static constexpr int kMaxTextLength = 8000;
};

} // namespace slotwise
