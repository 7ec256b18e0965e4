#include "ui/MainWindow.h"

#include "services/AppointmentBook.h"

namespace slotwise {

MainWindow::MainWindow(AppointmentBook& book, QWidget* parent)
    : QMainWindow(parent)
    , m_book(book)
{
    setWindowTitle(tr("Slotwise"));
}

} // namespace slotwise
