#include "ui/settings/CurrentPageStack.h"

namespace slotwise {

CurrentPageStack::CurrentPageStack(QWidget* parent)
    : QStackedWidget(parent)
{
    // Never taller than the page: when the dialog is squeezed (Qt opens it at most 2/3 of the screen
    // high), the room should go to the tabs below, not to empty space under the page.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(this, &QStackedWidget::currentChanged, this, &CurrentPageStack::pageChanged);
}

QSize CurrentPageStack::sizeHint() const
{
    return currentWidget() ? currentWidget()->sizeHint() : QStackedWidget::sizeHint();
}

QSize CurrentPageStack::minimumSizeHint() const
{
    return currentWidget() ? currentWidget()->minimumSizeHint() : QStackedWidget::minimumSizeHint();
}

bool CurrentPageStack::hasHeightForWidth() const
{
    return currentWidget() && currentWidget()->hasHeightForWidth();
}

int CurrentPageStack::heightForWidth(int width) const
{
    return currentWidget() ? currentWidget()->heightForWidth(width) : -1;
}

void CurrentPageStack::pageChanged()
{
    // The surrounding layout caches our hints; a new page brings new ones.
    updateGeometry();
}

} // namespace slotwise
