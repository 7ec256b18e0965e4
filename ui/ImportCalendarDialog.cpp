#include "ui/ImportCalendarDialog.h"

#include "models/AppointmentTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace slotwise {

namespace {

enum Column
{
    ActionColumn,
    WhenColumn,
    TitleColumn,
    NoteColumn
};

} // namespace

ImportCalendarDialog::ImportCalendarDialog(const ImportPlan& plan, const QString& fileName, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import Calendar File"));
    resize(760, 480);
    using Action = ImportPlan::Action;
    const auto actionText = [](Action action) {
        return action == Action::Add ? tr("Add") : action == Action::Update ? tr("Update") : tr("Skip");
    };
    const int added = plan.count(Action::Add);
    const int updated = plan.count(Action::Update);
    m_summary = new QLabel(tr("%1: %2 to add, %3 to update, %4 skipped.")
                               .arg(fileName)
                               .arg(added)
                               .arg(updated)
                               .arg(plan.count(Action::Skip)),
                           this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);

    m_events = new QTreeWidget(this);
    m_events->setObjectName(QStringLiteral("importEvents"));
    m_events->setRootIsDecorated(false);
    m_events->setHeaderLabels({tr("Action"), tr("When"), tr("Title"), tr("Note")});
    const QLocale locale;
    for (const ImportPlan::Item& item : plan.items) {
        const Appointment& a = item.appointment;
        const QString when = locale.toString(a.startUtc.toLocalTime().date(), QLocale::ShortFormat) +
                             QLatin1Char(' ') + AppointmentTableModel::timeRangeText(a);
        auto* row = new QTreeWidgetItem(m_events, {actionText(item.action), when, a.title, item.reasonText});
        row->setData(ActionColumn, Qt::UserRole, int(item.action));
        row->setToolTip(NoteColumn, item.reasonText);
        if (item.action == Action::Skip) {
            for (int c = ActionColumn; c <= NoteColumn; ++c) {
                row->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
            }
        }
    }
    m_events->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_events->header()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_import->setEnabled(added + updated > 0); // nothing to store: only Close makes sense
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_events, 1);
    layout->addWidget(buttons);
}

} // namespace slotwise
