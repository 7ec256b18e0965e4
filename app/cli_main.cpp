#include "app/AppIdentity.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral(SLOTWISE_APPLICATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLOTWISE_VERSION_STRING));
    return 0;
}
