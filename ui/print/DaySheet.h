#pragma once

#include "models/Appointment.h"
#include "models/Profile.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

class QPagedPaintDevice;

namespace slotwise {

class AppointmentBook;

// What a day sheet lists: a profile's booked appointments of one day or one week.
struct DaySheetContent
{
    QString profileName;
    QDate firstDay;
    int dayCount = 1;                // 1: a day sheet, 7: a week
    QList<Appointment> appointments; // ordered by start
    QTimeZone zone = QTimeZone::systemTimeZone();

    // The booked appointments of `days` days from `firstDay`, local midnight to midnight in `zone`.
    static Result<DaySheetContent> load(const AppointmentBook& book, const Profile& profile, QDate firstDay,
                                        int days, const QTimeZone& zone = QTimeZone::systemTimeZone());
    // The first day of the week that holds `day`.
    static QDate startOfWeek(QDate day, Qt::DayOfWeek firstDayOfWeek);
};

// The front desk's printed day: the profile's name and the date on top of every page, then one row per
// appointment - time, client, phone, title, notes - wrapped to a few lines at most, and a page break never
// inside a row (nor between a day's heading and its first row). Paints on any paged device, so the print
// preview (QPrinter) and `slotwise-cli print --pdf` (QPdfWriter) produce the same pages. Needs QtGui only.
class DaySheet
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::DaySheet)
public:
    explicit DaySheet(DaySheetContent content);

    // Paints every page onto `device`, which must be able to begin a QPainter. Returns the page count, 0
    // when the device could not be painted on.
    int paint(QPagedPaintDevice& device) const;
    // The same pages as an A4 PDF file. Needs a QGuiApplication (fonts).
    Result<int> writePdf(const QString& path) const;

    // "Monday, 2 March 2026" or "2 March 2026 – 8 March 2026".
    QString period() const;

private:
    DaySheetContent m_content;
};

} // namespace slotwise
