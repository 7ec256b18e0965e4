#include "ui/ExportCalendarDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace slotwise {

ExportCalendarDialog::ExportCalendarDialog(QDate from, QDate to, const QString& selectedId, QWidget* parent)
    : QDialog(parent)
    , m_selectedId(selectedId)
{
    setWindowTitle(tr("Export Calendar File"));
    m_all = new QRadioButton(tr("&All appointments of the profile"), this);
    m_all->setObjectName(QStringLiteral("exportAll"));
    m_range = new QRadioButton(tr("&Days:"), this);
    m_range->setObjectName(QStringLiteral("exportRange"));
    m_selected = new QRadioButton(tr("The &selected appointment"), this);
    m_selected->setObjectName(QStringLiteral("exportSelected"));
    m_selected->setEnabled(!selectedId.isEmpty());
    m_range->setChecked(true);

    m_from = new QDateEdit(from, this);
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(to, this);
    m_to->setObjectName(QStringLiteral("exportTo"));
    m_to->setCalendarPopup(true);
    connect(m_range, &QRadioButton::toggled, m_from, &QWidget::setEnabled);
    connect(m_range, &QRadioButton::toggled, m_to, &QWidget::setEnabled);

    auto* days = new QHBoxLayout;
    days->addWidget(m_range);
    days->addWidget(m_from);
    days->addWidget(new QLabel(tr("to"), this));
    days->addWidget(m_to);
    days->addStretch();

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A range that ends before it starts cannot be exported.
    const auto check = [this, save] {
        save->setEnabled(!m_range->isChecked() || m_from->date() <= m_to->date());
    };
    connect(m_from, &QDateEdit::dateChanged, this, check);
    connect(m_to, &QDateEdit::dateChanged, this, check);
    connect(m_range, &QRadioButton::toggled, this, check);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Write to a calendar file (.ics) that other calendar programs read:"), this));
    layout->addWidget(m_all);
    layout->addLayout(days);
    layout->addWidget(m_selected);
    layout->addWidget(buttons);
}

ExportSelection ExportCalendarDialog::selection() const
{
    ExportSelection selection;
    if (m_selected->isChecked()) {
        selection.ids = {m_selectedId};
    } else if (m_range->isChecked()) {
        selection.fromUtc = m_from->date().startOfDay().toUTC();
        selection.toUtc = m_to->date().addDays(1).startOfDay().toUTC();
    }
    return selection;
}

} // namespace slotwise
