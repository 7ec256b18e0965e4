#include "ui/CalendarViewActions.h"

#include "ui/CalendarPane.h"

#include <QAction>
#include <QActionGroup>

namespace slotwise {

CalendarViewActions::CalendarViewActions(CalendarPane& pane, QObject* parent)
    : QObject(parent)
{
    m_today = new QAction(tr("&Today"), this);
    m_today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_today->setToolTip(tr("Go to today (%1)").arg(m_today->shortcut().toString(QKeySequence::NativeText)));
    connect(m_today, &QAction::triggered, &pane, &CalendarPane::goToToday);

    m_previous = new QAction(tr("&Previous"), this);
    m_previous->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_PageUp)});
    m_previous->setToolTip(tr("Previous period (Alt+Left, Page Up)"));
    connect(m_previous, &QAction::triggered, &pane, &CalendarPane::goToPrevious);

    m_next = new QAction(tr("&Next"), this);
    m_next->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_PageDown)});
    m_next->setToolTip(tr("Next period (Alt+Right, Page Down)"));
    connect(m_next, &QAction::triggered, &pane, &CalendarPane::goToNext);

    auto* modeGroup = new QActionGroup(this);
    const QString names[] = {tr("&Day"), tr("&Week"), tr("&Month"), tr("&Agenda")};
    for (int i = 0; i < 4; ++i) {
        auto* action = new QAction(names[i], modeGroup);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setToolTip(tr("%1 view (%2)")
                               .arg(QString(names[i]).remove(QLatin1Char('&')),
                                    action->shortcut().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, &pane, [&pane, i] { pane.setMode(CalendarMode(i)); });
        m_modes << action;
    }
    m_modes.at(int(CalendarMode::Week))->setChecked(true);
    connect(&pane, &CalendarPane::modeChanged, this,
            [this](CalendarMode mode) { m_modes.at(int(mode))->setChecked(true); });

    m_showCancelled = new QAction(tr("Show &Cancelled Appointments"), this);
    m_showCancelled->setCheckable(true);
    connect(m_showCancelled, &QAction::toggled, &pane, &CalendarPane::setShowCancelled);
}

} // namespace slotwise
