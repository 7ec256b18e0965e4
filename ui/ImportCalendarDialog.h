#pragma once

#include "services/ics/CalendarImport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace slotwise {

// The preview of a calendar file import: every event of the file with what the import will do with it
// (add, update, skip and why), and the counts. Accepting means "import"; the caller applies the plan.
class ImportCalendarDialog : public QDialog
{
    Q_OBJECT
public:
    ImportCalendarDialog(const ImportPlan& plan, const QString& fileName, QWidget* parent = nullptr);

    QTreeWidget* eventList() const { return m_events; }
    QPushButton* importButton() const { return m_import; }

private:
    QLabel* m_summary = nullptr;
    QTreeWidget* m_events = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace slotwise
