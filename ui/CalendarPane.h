#pragma once

#include "models/Appointment.h"
#include "ui/calendar/BusyPeriod.h"
#include "ui/calendar/CalendarRange.h"

#include <QDateTime>
#include <QWidget>

class QAbstractItemView;
class QItemSelectionModel;
class QStackedWidget;

namespace slotwise {

class AgendaView;
class AppointmentBook;
class AppointmentRangeLoader;
class AppointmentTableModel;
class BusyTimeList;
class BusyTimeLoader;
class MonthView;
class TimeGridView;

// The calendar area of the main window: the day, week, month and agenda views over one model, which
// holds only the visible range of the current profile. Owns the navigation state (mode and focus date).
class CalendarPane : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarPane(AppointmentBook& book, QWidget* parent = nullptr);

    CalendarMode mode() const { return m_mode; }
    QDate focusDate() const { return m_focus; }
    CalendarRange range() const { return CalendarRange(m_mode, m_focus); }
    QString profileId() const;
    bool showsCancelled() const;

    AppointmentTableModel* model() const { return m_model; }
    QAbstractItemView* currentView() const;
    TimeGridView* weekView() const { return m_weekView; }
    TimeGridView* dayView() const { return m_dayView; }
    MonthView* monthView() const { return m_monthView; }
    AgendaView* agendaView() const { return m_agendaView; }
    BusyTimeList* agendaBusyList() const { return m_agendaBusy; }
    BusyTimeLoader* busyTimeLoader() const { return m_busyLoader; }

    // The id of the selected appointment, or empty.
    QString selectedAppointmentId() const;
    void selectAppointment(const QString& id);
    // Brings an appointment into view (moving to its day if needed) and selects it.
    void showAppointment(const Appointment& appointment);

public Q_SLOTS:
    void setMode(slotwise::CalendarMode mode);
    void setFocusDate(QDate date);
    void setProfileId(const QString& profileId);
    void setShowCancelled(bool show);
    void goToToday();
    void goToPrevious();
    void goToNext();
    void reload();
    // Re-reads the Google busy blocks for the visible range (call when a sync round has stored new ones).
    void reloadBusyTime();

Q_SIGNALS:
    void rangeChanged();
    void modeChanged(slotwise::CalendarMode mode);
    void appointmentsLoaded();
    void loadFailed(const QString& message);
    void selectionChanged();
    void appointmentActivated(const QString& id);
    void newAppointmentRequested(const QDateTime& localStart, bool allDay);

private:
    void applyRange();
    void onLoaded();
    void connectView(QAbstractItemView* view);
    void showBusyTime(const QList<BusyPeriod>& periods);

    AppointmentBook& m_book;
    AppointmentTableModel* m_model = nullptr;
    AppointmentRangeLoader* m_loader = nullptr;
    BusyTimeLoader* m_busyLoader = nullptr;
    QItemSelectionModel* m_selection = nullptr;
    QStackedWidget* m_stack = nullptr;
    TimeGridView* m_dayView = nullptr;
    TimeGridView* m_weekView = nullptr;
    MonthView* m_monthView = nullptr;
    AgendaView* m_agendaView = nullptr;
    BusyTimeList* m_agendaBusy = nullptr;
    CalendarMode m_mode = CalendarMode::Week;
    QDate m_focus;
    QString m_keepSelectedId;
};

} // namespace slotwise
