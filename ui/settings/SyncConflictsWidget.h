#pragma once

#include "services/storage/ConflictLog.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace slotwise {

class AppointmentRepository;

// Calendar settings' list of sync conflicts of one profile: which appointment, when, which side won and
// what the losing version was, with "Restore this version" (ConflictLog::restore, pushed as a new local
// edit).
class SyncConflictsWidget : public QWidget
{
    Q_OBJECT
public:
    SyncConflictsWidget(ConflictLog& conflicts, AppointmentRepository& appointments, const QString& profileId,
                        QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* restoreButton() const { return m_restore; }
    QLabel* errorLabel() const { return m_error; }

public Q_SLOTS:
    // Re-reads the log (after a sync round, which may have recorded new conflicts).
    void reload();
    void restoreSelected();

Q_SIGNALS:
    // A losing version became the current appointment again: the calendar should reload, the sync push it.
    void conflictRestored(const QString& profileId, const QString& appointmentId);

private:
    void updateRestoreButton();

    ConflictLog& m_conflictLog;
    AppointmentRepository& m_appointments;
    QString m_profileId;
    QList<SyncConflict> m_conflicts; // in list order
    QTreeWidget* m_list = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace slotwise
