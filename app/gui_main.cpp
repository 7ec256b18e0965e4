#include "app/AppIdentity.h"
#include "services/AppointmentBook.h"
#include "services/DataDirectory.h"
#include "services/storage/Database.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral(SLOTWISE_APPLICATION_NAME));
    QApplication::setApplicationDisplayName(QStringLiteral(SLOTWISE_DISPLAY_NAME));
    QApplication::setApplicationVersion(QStringLiteral(SLOTWISE_VERSION_STRING));

    const slotwise::DataDirectory dataDir;
    auto database = dataDir.openDatabase();
    if (!database) {
        QMessageBox::critical(nullptr, QObject::tr("Slotwise"), database.error());
        return 1;
    }
    slotwise::AppointmentBook book(*database.value());
    slotwise::MainWindow window(book);
    window.show();
    return QApplication::exec();
}
