#pragma once

#include <QMainWindow>

namespace slotwise {

class AppointmentBook;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppointmentBook& book, QWidget* parent = nullptr);

private:
    AppointmentBook& m_book;
};

} // namespace slotwise
