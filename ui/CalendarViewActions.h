#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace slotwise {

class CalendarPane;

// The View menu's actions, which drive the calendar pane: Day, Week, Month and Agenda (the checked one
// follows the pane's mode), Today, Previous, Next, and Show Cancelled Appointments.
class CalendarViewActions : public QObject
{
    Q_OBJECT
public:
    explicit CalendarViewActions(CalendarPane& pane, QObject* parent = nullptr);

    // Day, Week, Month, Agenda: in CalendarMode order.
    QList<QAction*> modes() const { return m_modes; }
    QAction* today() const { return m_today; }
    QAction* previous() const { return m_previous; }
    QAction* next() const { return m_next; }
    QAction* showCancelled() const { return m_showCancelled; }

private:
    QAction* m_today = nullptr;
    QAction* m_previous = nullptr;
    QAction* m_next = nullptr;
    QList<QAction*> m_modes;
    QAction* m_showCancelled = nullptr;
};

} // namespace slotwise
