#include "ui/calendar/AgendaView.h"

#include "models/AppointmentTableModel.h"
#include "models/Clock.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace slotwise {

AgendaView::AgendaView(QWidget* parent)
    : QTreeView(parent)
    , m_focusDate(Clock::today())
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(SingleSelection);
    setSelectionBehavior(SelectRows);
    setEditTriggers(NoEditTriggers);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::Interactive);
}

void AgendaView::setEmptyText(const QString& text)
{
    m_emptyText = text;
    viewport()->update();
}

void AgendaView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        if (currentIndex().isValid() && selectionModel()->isSelected(currentIndex())) {
            Q_EMIT activated(currentIndex());
        } else {
            Q_EMIT newAppointmentRequested(QDateTime(m_focusDate, QTime(9, 0)), false);
        }
        return;
    }
    QTreeView::keyPressEvent(event);
}

void AgendaView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && !indexAt(event->position().toPoint()).isValid()) {
        Q_EMIT newAppointmentRequested(QDateTime(m_focusDate, QTime(9, 0)), false);
        return;
    }
    QTreeView::mouseDoubleClickEvent(event);
}

void AgendaView::paintEvent(QPaintEvent* event)
{
    QTreeView::paintEvent(event);
    if (model() && model()->rowCount(rootIndex()) == 0 && !m_emptyText.isEmpty()) {
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(20, 20, -20, -20),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
    }
}

} // namespace slotwise
