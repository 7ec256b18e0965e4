#include "models/Profile.h"

#include <QUuid>

namespace slotwise {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace slotwise
