#include "ui/settings/BusyCalendarsWidget.h"

#include "models/TimeFormat.h"
#include "services/storage/BusyCalendarRepository.h"

#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace slotwise {

namespace {
constexpr int CalendarIdRole = Qt::UserRole;
constexpr int SummaryRole = Qt::UserRole + 1;
constexpr int SyncedRole = Qt::UserRole + 2;
} // namespace

BusyCalendarsWidget::BusyCalendarsWidget(BusyCalendarRepository& busyCalendars, const QString& profileId,
                                         QWidget* parent)
    : QWidget(parent)
    , m_busyCalendars(busyCalendars)
    , m_profileId(profileId)
{
    auto* explanation = new QLabel(
        tr("Booking warns about Google Calendar events in the ticked calendars. The synced calendar "
           "is always checked; tick others to include a colleague's, a room's or a private "
           "calendar. Their busy time is read when Slotwise syncs."),
        this);
    explanation->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("busyCalendarList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("busyCalendarStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(explanation);
    layout->addWidget(m_list);
    layout->addWidget(m_status);

    connect(m_list, &QListWidget::itemChanged, this, &BusyCalendarsWidget::store);
    setConnected(false);
}

void BusyCalendarsWidget::setCalendars(const QList<CalendarListEntry>& calendars,
                                       const QString& syncedCalendarId, const QString& error)
{
    m_calendars = calendars;
    m_syncedCalendarId = syncedCalendarId;
    m_listError = error;
    fill();
}

void BusyCalendarsWidget::setSyncedCalendar(const QString& syncedCalendarId)
{
    m_syncedCalendarId = syncedCalendarId;
    fill();
    // A newly synced calendar that was ticked as an extra one: its blocks now come from the pull.
    store(nullptr);
}

void BusyCalendarsWidget::setConnected(bool connected)
{
    m_connected = connected;
    m_list->setEnabled(connected);
    fill();
}

void BusyCalendarsWidget::reload()
{
    fill();
}

bool BusyCalendarsWidget::isSynced(const CalendarListEntry& entry) const
{
    return entry.id == m_syncedCalendarId ||
           (entry.primary && m_syncedCalendarId == QLatin1String("primary"));
}

void BusyCalendarsWidget::fill()
{
    const auto stored = m_busyCalendars.list(m_profileId);
    QHash<QString, BusyCalendar> chosen;
    if (stored) {
        for (const BusyCalendar& c : stored.value()) {
            chosen.insert(c.calendarId, c);
        }
    }
    QStringList problems;
    const auto describe = [&problems](QListWidgetItem* item, const BusyCalendar& c) {
        if (!c.lastError.isEmpty()) {
            problems << tr("%1: %2").arg(c.summary.isEmpty() ? c.calendarId : c.summary, c.lastError);
            item->setToolTip(c.lastError);
        } else if (c.refreshedUtc.isValid()) {
            item->setToolTip(tr("Busy time read %1").arg(timeformat::dateTime(c.refreshedUtc.toLocalTime())));
        } else {
            item->setToolTip(tr("Busy time is read at the next sync."));
        }
    };

    m_filling = true;
    m_list->clear();
    for (const CalendarListEntry& entry : std::as_const(m_calendars)) {
        auto* item = new QListWidgetItem(m_list);
        const QString name = entry.primary ? tr("%1 (primary)").arg(entry.summary) : entry.summary;
        item->setData(CalendarIdRole, entry.id);
        item->setData(SummaryRole, entry.summary);
        if (isSynced(entry)) {
            item->setText(tr("%1 — synced, always checked").arg(name));
            item->setData(SyncedRole, true);
            item->setFlags(Qt::ItemIsEnabled);
            item->setCheckState(Qt::Checked);
            item->setToolTip(
                tr("Appointments are synced with this calendar; its events are always checked."));
            continue;
        }
        item->setText(name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const auto found = chosen.constFind(entry.id);
        item->setCheckState(found != chosen.cend() ? Qt::Checked : Qt::Unchecked);
        if (found != chosen.cend()) {
            describe(item, *found);
            chosen.erase(found);
        }
    }
    // Chosen before but not in the list now (offline, or no access any more): still shown, can be unticked.
    for (const BusyCalendar& c : std::as_const(chosen)) {
        auto* item = new QListWidgetItem(m_list);
        const QString name = c.summary.isEmpty() ? c.calendarId : c.summary;
        item->setText(m_calendars.isEmpty() ? name : tr("%1 (not in your calendar list)").arg(name));
        item->setData(CalendarIdRole, c.calendarId);
        item->setData(SummaryRole, c.summary);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        describe(item, c);
    }
    m_filling = false;

    if (!stored) {
        problems.prepend(stored.error().message());
    }
    if (!m_connected) {
        problems.prepend(tr("Connect Google Calendar to choose calendars."));
    } else if (!m_listError.isEmpty()) {
        problems.prepend(tr("Could not load the calendar list: %1").arg(m_listError));
    }
    m_status->setText(problems.join(QLatin1Char('\n')));
    m_status->setVisible(!problems.isEmpty());
}

void BusyCalendarsWidget::store(QListWidgetItem* changed)
{
    if (m_filling || (changed && changed->data(SyncedRole).toBool())) {
        return;
    }
    QList<BusyCalendar> wanted;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (!item->data(SyncedRole).toBool() && item->checkState() == Qt::Checked) {
            wanted << BusyCalendar{
                item->data(CalendarIdRole).toString(), item->data(SummaryRole).toString(), {}, {}};
        }
    }
    // The primary calendar may be stored as "primary": the repository must also skip it by its real id.
    QString syncedId = m_syncedCalendarId;
    for (const CalendarListEntry& entry : std::as_const(m_calendars)) {
        if (isSynced(entry)) {
            syncedId = entry.id;
        }
    }
    const auto before = m_busyCalendars.list(m_profileId);
    const Status s = m_busyCalendars.replace(m_profileId, wanted, syncedId);
    if (!s) {
        m_status->setText(tr("Could not store the choice: %1").arg(s.error().message()));
        m_status->setVisible(true);
        return;
    }
    const auto after = m_busyCalendars.list(m_profileId);
    if (changed && changed->checkState() == Qt::Checked) {
        // Not fill(): the item is still inside its own itemChanged signal.
        changed->setToolTip(tr("Busy time is read at the next sync."));
    }
    if (!before || !after || before.value() != after.value()) {
        Q_EMIT busyCalendarsChanged(m_profileId);
    }
}

} // namespace slotwise
