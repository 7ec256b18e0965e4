#include "ui/ErrorMessageLabel.h"

#include <QLabel>

namespace slotwise {

QLabel* createErrorMessageLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setVisible(false);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xc5, 0x22, 0x1f));
    label->setPalette(p);
    return label;
}

} // namespace slotwise
