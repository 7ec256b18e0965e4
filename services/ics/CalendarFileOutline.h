#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace slotwise {

// The shape of an iCalendar file's text, checked before libical parses it: libical gives up on a cut-off
// or mis-nested file without saying where, and knows no line numbers. This reads only the BEGIN/END lines
// (never property values), so the import can refuse binary data, a truncated file or a stray END with the
// line it is on, and name each VEVENT by the line it begins on.
class CalendarFileOutline
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::CalendarFileOutline)
public:
    // A Validation error with Detail::CalendarFileInvalid when the text is not a well-nested calendar.
    static Result<CalendarFileOutline> read(const QByteArray& data);

    // The 1-based line of every BEGIN:VEVENT, in file order (libical keeps that order).
    const QList<int>& eventLines() const { return m_eventLines; }

private:
    QList<int> m_eventLines;
};

} // namespace slotwise
