#pragma once
// The one logging category of slotwise_services (services/ without its subfolders), declared once for all its
// files. Quiet by default (warnings and above); more with QT_LOGGING_RULES="slotwise.services.debug=true".
#include <QLoggingCategory>

namespace slotwise {
Q_DECLARE_LOGGING_CATEGORY(lcServices)
} // namespace slotwise
