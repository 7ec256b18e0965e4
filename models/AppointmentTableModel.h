#pragma once

#include "models/Appointment.h"

#include <QAbstractTableModel>
#include <QList>

namespace slotwise {

// The appointments of one visible date range, as the calendar views and the agenda show them. It is fed
// (setAppointments) by a loader in ui/; it never queries storage itself. Custom views read the roles of
// column 0; the agenda shows the columns.
class AppointmentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        TitleColumn,
        ClientColumn,
        LocationColumn,
        StatusColumn,
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        StartUtcRole,
        EndUtcRole,
        StartLocalRole,
        EndLocalRole,
        ClientNameRole,
        ClientEmailRole,
        ClientPhoneRole,
        LocationRole,
        NotesRole,
        AllDayRole,
        CancelledRole,
        StatusTextRole,
        TimeRangeTextRole, // "09:00 – 10:30", or "All day"
        AppointmentRole,   // the whole slotwise::Appointment
    };

    explicit AppointmentTableModel(QObject* parent = nullptr);

    // Replaces the contents; rows are kept in start order.
    void setAppointments(QList<Appointment> appointments);
    void clear();

    const QList<Appointment>& appointments() const { return m_appointments; }
    const Appointment& appointmentAt(int row) const { return m_appointments.at(row); }
    // The row of the appointment with `id`, or -1.
    int rowOf(const QString& id) const;
    // Booked (not cancelled) appointments in the model.
    int bookedCount() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Tue 24 Nov 2026" style day label and "09:00 – 10:30" style time range, in local time.
    static QString timeRangeText(const Appointment& appointment);
    // A time of day in the locale's short format, without seconds (some locales' short format has them).
    static QString formatTime(QTime time);
    static QString timeFormat();

private:
    QVariant displayData(const Appointment& a, int column) const;

    QList<Appointment> m_appointments;
    // Converted once per load: local-time conversion is costly and the views ask for it on every layout.
    QList<QDateTime> m_startLocal;
    QList<QDateTime> m_endLocal;
};

} // namespace slotwise
