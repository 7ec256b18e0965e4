#include "ui/settings/SyncConflictsWidget.h"

#include "models/TimeFormat.h"

#include "models/AppointmentTableModel.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/ConflictLog.h"

#include <QHBoxLayout>
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
    TitleColumn,
    DetectedColumn,
    WinnerColumn,
    LosingColumn,
    ColumnCount
};
} // namespace

SyncConflictsWidget::SyncConflictsWidget(ConflictLog& conflicts, AppointmentRepository& appointments,
                                         const QString& profileId, QWidget* parent)
    : QWidget(parent)
    , m_conflictLog(conflicts)
    , m_appointments(appointments)
    , m_profileId(profileId)
{
    auto* explanation = new QLabel(
        tr("When an appointment was changed both here and in Google Calendar before they could sync, the "
           "later "
           "change was kept. The other version is listed here; you can make it the current one again."),
        this);
    explanation->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Appointment"), tr("When"), tr("Kept"), tr("Other version")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(true);

    m_restore = new QPushButton(tr("Restore this version"), this);
    m_restore->setObjectName(QStringLiteral("restoreConflictButton"));
    m_restore->setEnabled(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_restore);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(explanation);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SyncConflictsWidget::updateRestoreButton);
    connect(m_restore, &QPushButton::clicked, this, &SyncConflictsWidget::restoreSelected);
    reload();
}

void SyncConflictsWidget::reload()
{
    m_list->clear();
    m_conflicts.clear();
    const Result<QList<SyncConflict>> found = m_conflictLog.list(m_profileId);
    if (!found) {
        m_error->setText(found.error().message());
        m_error->setVisible(true);
        updateRestoreButton();
        return;
    }
    m_conflicts = found.value();
    const QLocale locale;
    for (const SyncConflict& conflict : std::as_const(m_conflicts)) {
        const Appointment& losing = conflict.losingVersion;
        const auto current = m_appointments.find(conflict.appointmentId);
        const QString title = current ? current->title : losing.title;
        QString losingText = tr("%1, %2").arg(losing.title, AppointmentTableModel::timeRangeText(losing));
        if (conflict.isRestored()) {
            losingText = tr("%1 (restored)").arg(losingText);
        }
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(TitleColumn, title);
        item->setText(DetectedColumn, timeformat::dateTime(conflict.detectedUtc.toLocalTime()));
        item->setText(WinnerColumn,
                      conflict.localWon ? tr("This computer's version") : tr("Google Calendar's version"));
        item->setText(LosingColumn, losingText);
        item->setToolTip(LosingColumn, losingText);
    }
    if (m_conflicts.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_list, {tr("No conflicts so far.")});
        none->setFlags(Qt::NoItemFlags);
    }
    updateRestoreButton();
}

void SyncConflictsWidget::updateRestoreButton()
{
    const int row = m_list->currentItem() && m_list->currentItem()->isSelected()
                        ? m_list->indexOfTopLevelItem(m_list->currentItem())
                        : -1;
    m_restore->setEnabled(row >= 0 && row < m_conflicts.size() && !m_conflicts.at(row).isRestored());
}

void SyncConflictsWidget::restoreSelected()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_conflicts.size() || m_conflicts.at(row).isRestored()) {
        return;
    }
    const SyncConflict conflict = m_conflicts.at(row);
    const Result<Appointment> restored = m_conflictLog.restore(conflict.id);
    if (!restored) {
        m_error->setText(tr("Could not restore this version: %1").arg(restored.error().message()));
        m_error->setVisible(true);
        return;
    }
    m_error->setVisible(false);
    reload();
    Q_EMIT conflictRestored(m_profileId, conflict.appointmentId);
}

} // namespace slotwise
