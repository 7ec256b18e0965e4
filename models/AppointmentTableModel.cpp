#include "models/AppointmentTableModel.h"

#include "models/TimeFormat.h"

#include <QLocale>

#include <algorithm>

namespace slotwise {

AppointmentTableModel::AppointmentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AppointmentTableModel::setAppointments(QList<Appointment> appointments)
{
    std::stable_sort(appointments.begin(), appointments.end(),
                     [](const Appointment& a, const Appointment& b) {
                         return a.startUtc != b.startUtc ? a.startUtc < b.startUtc : a.endUtc > b.endUtc;
                     });
    beginResetModel();
    m_appointments = std::move(appointments);
    m_startLocal.clear();
    m_endLocal.clear();
    m_startLocal.reserve(m_appointments.size());
    m_endLocal.reserve(m_appointments.size());
    for (const Appointment& a : std::as_const(m_appointments)) {
        m_startLocal.append(a.startUtc.toLocalTime());
        m_endLocal.append(a.endUtc.toLocalTime());
    }
    endResetModel();
}

void AppointmentTableModel::clear()
{
    setAppointments({});
}

int AppointmentTableModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_appointments.size(); ++row) {
        if (m_appointments.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int AppointmentTableModel::bookedCount() const
{
    return int(std::count_if(m_appointments.cbegin(), m_appointments.cend(),
                             [](const Appointment& a) { return !a.isCancelled(); }));
}

int AppointmentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_appointments.size());
}

int AppointmentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AppointmentTableModel::timeFormat()
{
    static const QString format = timeformat::pattern();
    return format;
}

QString AppointmentTableModel::formatTime(QTime time)
{
    return QLocale().toString(time, timeFormat());
}

QString AppointmentTableModel::timeRangeText(const Appointment& a)
{
    if (a.allDay) {
        return tr("All day");
    }
    const QLocale locale;
    const QDateTime start = a.startUtc.toLocalTime();
    const QDateTime end = a.endUtc.toLocalTime();
    const QString startText = formatTime(start.time());
    const QString endText = formatTime(end.time());
    if (start.date() == end.date()) {
        return tr("%1 – %2").arg(startText, endText);
    }
    return tr("%1 – %2").arg(startText, locale.toString(end.date(), QStringLiteral("ddd ")) + endText);
}

QVariant AppointmentTableModel::displayData(const Appointment& a, int column) const
{
    switch (column) {
    case WhenColumn: {
        const QLocale locale;
        const QDate day = a.startUtc.toLocalTime().date();
        return tr("%1  %2").arg(locale.toString(day, QStringLiteral("ddd d MMM")), timeRangeText(a));
    }
    case TitleColumn:
        return a.title;
    case ClientColumn:
        return a.clientName;
    case LocationColumn:
        return a.location;
    case StatusColumn:
        return a.isCancelled() ? tr("Cancelled") : tr("Booked");
    default:
        return {};
    }
}

QVariant AppointmentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Appointment& a = m_appointments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(a, index.column());
    case Qt::ToolTipRole: {
        QString tip = a.title % QLatin1Char('\n') % timeRangeText(a);
        if (!a.clientName.isEmpty()) {
            tip += QLatin1Char('\n') % a.clientName;
        }
        if (!a.location.isEmpty()) {
            tip += QLatin1Char('\n') % a.location;
        }
        return tip;
    }
    case IdRole:
        return a.id;
    case TitleRole:
        return a.title;
    case StartUtcRole:
        return a.startUtc;
    case EndUtcRole:
        return a.endUtc;
    case StartLocalRole:
        return m_startLocal.at(index.row());
    case EndLocalRole:
        return m_endLocal.at(index.row());
    case ClientNameRole:
        return a.clientName;
    case ClientEmailRole:
        return a.clientEmail;
    case ClientPhoneRole:
        return a.clientPhone;
    case LocationRole:
        return a.location;
    case NotesRole:
        return a.notes;
    case AllDayRole:
        return a.allDay;
    case CancelledRole:
        return a.isCancelled();
    case StatusTextRole:
        return displayData(a, StatusColumn);
    case TimeRangeTextRole:
        return timeRangeText(a);
    case AppointmentRole:
        return QVariant::fromValue(a);
    default:
        return {};
    }
}

QVariant AppointmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case TitleColumn:
        return tr("Title");
    case ClientColumn:
        return tr("Client");
    case LocationColumn:
        return tr("Location");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> AppointmentTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(StartUtcRole, "startUtc");
    names.insert(EndUtcRole, "endUtc");
    names.insert(StartLocalRole, "startLocal");
    names.insert(EndLocalRole, "endLocal");
    names.insert(ClientNameRole, "clientName");
    names.insert(ClientEmailRole, "clientEmail");
    names.insert(ClientPhoneRole, "clientPhone");
    names.insert(LocationRole, "location");
    names.insert(NotesRole, "notes");
    names.insert(AllDayRole, "allDay");
    names.insert(CancelledRole, "cancelled");
    names.insert(StatusTextRole, "statusText");
    names.insert(TimeRangeTextRole, "timeRangeText");
    names.insert(AppointmentRole, "appointment");
    return names;
}

} // namespace slotwise
