#pragma once

#include <QDate>
#include <QDateTime>
#include <QTreeView>

namespace slotwise {

// The agenda: the visible period's appointments as a sortable list with When, Title, Client, Location
// and Status columns.
class AgendaView : public QTreeView
{
    Q_OBJECT
public:
    explicit AgendaView(QWidget* parent = nullptr);

    void setFocusDate(QDate date) { m_focusDate = date; }
    // What the list says when the period has no appointments.
    void setEmptyText(const QString& text);

Q_SIGNALS:
    void newAppointmentRequested(const QDateTime& localStart, bool allDay);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QDate m_focusDate;
    QString m_emptyText;
};

} // namespace slotwise
