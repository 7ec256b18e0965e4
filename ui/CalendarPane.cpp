#include "ui/CalendarPane.h"

#include "models/AppointmentTableModel.h"
#include "models/Clock.h"
#include "services/AppointmentBook.h"
#include "ui/AppointmentRangeLoader.h"
#include "ui/BusyTimeLoader.h"
#include "ui/calendar/AgendaView.h"
#include "ui/calendar/BusyTimeList.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/TimeGridView.h"

#include <QHeaderView>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace slotwise {

CalendarPane::CalendarPane(AppointmentBook& book, QWidget* parent)
    : QWidget(parent)
    , m_book(book)
    , m_model(new AppointmentTableModel(this))
    , m_loader(new AppointmentRangeLoader(book, *m_model, this))
    , m_busyLoader(new BusyTimeLoader(book.busyTimes(), this))
    , m_selection(new QItemSelectionModel(m_model, this))
    , m_stack(new QStackedWidget(this))
    , m_dayView(new TimeGridView(m_stack))
    , m_weekView(new TimeGridView(m_stack))
    , m_monthView(new MonthView(m_stack))
    , m_agendaView(new AgendaView(m_stack))
    , m_agendaBusy(new BusyTimeList(this))
    , m_focus(Clock::today())
{
    m_dayView->setObjectName(QStringLiteral("dayView"));
    m_weekView->setObjectName(QStringLiteral("weekView"));
    m_monthView->setObjectName(QStringLiteral("monthView"));
    m_agendaView->setObjectName(QStringLiteral("agendaView"));
    // One selection shared by all views: switching views keeps the selected appointment.
    for (QAbstractItemView* view :
         {static_cast<QAbstractItemView*>(m_dayView), static_cast<QAbstractItemView*>(m_weekView),
          static_cast<QAbstractItemView*>(m_monthView), static_cast<QAbstractItemView*>(m_agendaView)}) {
        view->setModel(m_model);
        view->setSelectionModel(m_selection);
        m_stack->addWidget(view);
        connectView(view);
    }
    m_agendaView->header()->resizeSection(AppointmentTableModel::WhenColumn, 220);
    m_agendaView->header()->setSectionResizeMode(AppointmentTableModel::TitleColumn, QHeaderView::Stretch);
    m_agendaView->header()->resizeSection(AppointmentTableModel::ClientColumn, 160);
    m_agendaView->header()->resizeSection(AppointmentTableModel::LocationColumn, 160);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    m_agendaBusy->setObjectName(QStringLiteral("agendaBusyList"));
    m_agendaBusy->hide();
    layout->addWidget(m_agendaBusy);
    setFocusProxy(m_stack);

    connect(m_loader, &AppointmentRangeLoader::loaded, this, &CalendarPane::onLoaded);
    connect(m_loader, &AppointmentRangeLoader::loadFailed, this, &CalendarPane::loadFailed);
    connect(m_busyLoader, &BusyTimeLoader::loaded, this, &CalendarPane::showBusyTime);
    connect(m_busyLoader, &BusyTimeLoader::loadFailed, this, &CalendarPane::loadFailed);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &CalendarPane::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelectedId = selectedAppointmentId(); });
    setMode(CalendarMode::Week);
}

void CalendarPane::connectView(QAbstractItemView* view)
{
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT appointmentActivated(index.data(AppointmentTableModel::IdRole).toString());
    });
    if (auto* calendar = qobject_cast<CalendarItemView*>(view)) {
        connect(calendar, &CalendarItemView::focusDateRequested, this, &CalendarPane::setFocusDate);
        connect(calendar, &CalendarItemView::newAppointmentRequested, this,
                &CalendarPane::newAppointmentRequested);
        connect(calendar, &CalendarItemView::dayOpenRequested, this, [this](QDate day) {
            m_focus = day;
            setMode(CalendarMode::Day);
        });
    } else if (auto* agenda = qobject_cast<AgendaView*>(view)) {
        connect(agenda, &AgendaView::newAppointmentRequested, this, &CalendarPane::newAppointmentRequested);
    }
}

QString CalendarPane::profileId() const
{
    return m_loader->profileId();
}

bool CalendarPane::showsCancelled() const
{
    return m_loader->includesCancelled();
}

QAbstractItemView* CalendarPane::currentView() const
{
    return qobject_cast<QAbstractItemView*>(m_stack->currentWidget());
}

QString CalendarPane::selectedAppointmentId() const
{
    const QModelIndexList selected = m_selection->selectedIndexes();
    return selected.isEmpty() ? QString()
                              : selected.constFirst().data(AppointmentTableModel::IdRole).toString();
}

void CalendarPane::selectAppointment(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_selection->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (QAbstractItemView* view = currentView()) {
        view->scrollTo(index);
    }
}

void CalendarPane::showAppointment(const Appointment& appointment)
{
    const QDate day = appointment.startUtc.toLocalTime().date();
    if (!range().contains(day)) {
        setFocusDate(day);
    }
    selectAppointment(appointment.id);
}

void CalendarPane::setMode(CalendarMode mode)
{
    const bool changed = mode != m_mode;
    m_mode = mode;
    QWidget* view = nullptr;
    switch (mode) {
    case CalendarMode::Day:
        view = m_dayView;
        break;
    case CalendarMode::Week:
        view = m_weekView;
        break;
    case CalendarMode::Month:
        view = m_monthView;
        break;
    case CalendarMode::Agenda:
        view = m_agendaView;
        break;
    }
    const bool hadFocus = m_stack->currentWidget() && m_stack->currentWidget()->hasFocus();
    m_stack->setCurrentWidget(view);
    if (hadFocus) {
        view->setFocus();
    }
    applyRange();
    if (changed) {
        Q_EMIT modeChanged(mode);
    }
}

void CalendarPane::setFocusDate(QDate date)
{
    if (!date.isValid() || date == m_focus) {
        return;
    }
    m_focus = date;
    applyRange();
}

void CalendarPane::setProfileId(const QString& profileId)
{
    m_loader->setProfileId(profileId);
    m_busyLoader->setProfileId(profileId);
}

void CalendarPane::setShowCancelled(bool show)
{
    m_loader->setIncludeCancelled(show);
}

void CalendarPane::goToToday()
{
    setFocusDate(Clock::today());
}

void CalendarPane::goToPrevious()
{
    setFocusDate(range().stepped(-1));
}

void CalendarPane::goToNext()
{
    setFocusDate(range().stepped(1));
}

void CalendarPane::reload()
{
    m_loader->reload();
    m_busyLoader->reload();
}

void CalendarPane::reloadBusyTime()
{
    m_busyLoader->reload();
}

void CalendarPane::showBusyTime(const QList<BusyPeriod>& periods)
{
    for (CalendarItemView* view :
         {static_cast<CalendarItemView*>(m_dayView), static_cast<CalendarItemView*>(m_weekView),
          static_cast<CalendarItemView*>(m_monthView)}) {
        view->setBusyPeriods(periods);
    }
    m_agendaBusy->setBusyPeriods(periods);
    m_agendaBusy->setVisible(m_mode == CalendarMode::Agenda && !periods.isEmpty());
}

void CalendarPane::applyRange()
{
    const CalendarRange visible = range();
    if (auto* calendar = qobject_cast<CalendarItemView*>(currentView())) {
        calendar->setRange(visible);
    }
    m_agendaView->setFocusDate(m_focus);
    m_agendaView->setEmptyText(tr("No appointments in %1. Press Ctrl+N to book one.").arg(visible.title()));
    m_loader->setRange(visible.fromUtc(), visible.toUtc());
    m_busyLoader->setRange(visible.fromUtc(), visible.toUtc());
    m_agendaBusy->setVisible(m_mode == CalendarMode::Agenda && !m_busyLoader->periods().isEmpty());
    Q_EMIT rangeChanged();
}

void CalendarPane::onLoaded()
{
    // Geometry depends on the rows; the views relayout on reset, this keeps the hidden ones in step too.
    const CalendarRange visible = range();
    for (CalendarItemView* view :
         {static_cast<CalendarItemView*>(m_dayView), static_cast<CalendarItemView*>(m_weekView),
          static_cast<CalendarItemView*>(m_monthView)}) {
        if (view == currentView()) {
            view->setRange(visible);
        }
    }
    if (!m_keepSelectedId.isEmpty()) {
        selectAppointment(m_keepSelectedId);
        m_keepSelectedId.clear();
    }
    Q_EMIT appointmentsLoaded();
}

} // namespace slotwise
