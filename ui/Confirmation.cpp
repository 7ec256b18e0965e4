#include "ui/Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace slotwise {

Confirmation messageBoxConfirmation()
{
    return
        [](QWidget* parent, const QString& title, const QString& question, const QString& confirmButtonText) {
            QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
            QPushButton* confirm = box.addButton(confirmButtonText, QMessageBox::DestructiveRole);
            QPushButton* keep = box.addButton(QMessageBox::tr("Keep"), QMessageBox::RejectRole);
            box.setDefaultButton(keep);
            box.setEscapeButton(keep);
            box.exec();
            return box.clickedButton() == confirm;
        };
}

} // namespace slotwise
