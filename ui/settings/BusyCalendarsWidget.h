#pragma once

#include "services/google/CalendarListEntry.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace slotwise {

class BusyCalendarRepository;

// Calendar settings' choice of the Google calendars whose busy time is checked before booking: the synced
// calendar always (shown checked, not changeable), and any others the user ticks - a colleague's, a room,
// a private one. Each tick is stored at once (BusyCalendarRepository); the next sync reads their busy time.
class BusyCalendarsWidget : public QWidget
{
    Q_OBJECT
public:
    BusyCalendarsWidget(BusyCalendarRepository& busyCalendars, const QString& profileId,
                        QWidget* parent = nullptr);

    // The account's calendars and the synced one ("primary" or an id). `error` non-empty: the list could
    // not be read; the stored choice is still shown and can be unticked.
    void setCalendars(const QList<CalendarListEntry>& calendars, const QString& syncedCalendarId,
                      const QString& error = {});
    // Another calendar became the synced one: it is always checked now, so it leaves the extra list.
    void setSyncedCalendar(const QString& syncedCalendarId);
    // Not connected: nothing to choose from.
    void setConnected(bool connected);

    QListWidget* list() const { return m_list; }
    QLabel* statusLabel() const { return m_status; }

public Q_SLOTS:
    // Re-reads when each calendar's busy time was last read (after a sync round).
    void reload();

Q_SIGNALS:
    // The choice changed and was stored: a sync should read the new calendars' busy time.
    void busyCalendarsChanged(const QString& profileId);

private:
    void fill();
    void store(QListWidgetItem* changed);
    bool isSynced(const CalendarListEntry& entry) const;

    BusyCalendarRepository& m_busyCalendars;
    QString m_profileId;
    QList<CalendarListEntry> m_calendars;
    QString m_syncedCalendarId = QStringLiteral("primary");
    QString m_listError;
    bool m_connected = false;
    bool m_filling = false;
    QListWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace slotwise
