#pragma once

#include "services/ics/CalendarExport.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QRadioButton;

namespace slotwise {

// What to put into a calendar file: every appointment of the profile, the days from … to … (the period the
// window shows, to start with) or the selected appointment.
class ExportCalendarDialog : public QDialog
{
    Q_OBJECT
public:
    // `selectedId` empty: nothing is selected, so that choice is off.
    ExportCalendarDialog(QDate from, QDate to, const QString& selectedId, QWidget* parent = nullptr);

    // Dates are local days; the range ends after `to`.
    ExportSelection selection() const;

private:
    QString m_selectedId;
    QRadioButton* m_all = nullptr;
    QRadioButton* m_range = nullptr;
    QRadioButton* m_selected = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace slotwise
