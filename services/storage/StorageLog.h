#pragma once
// The one logging category of slotwise_storage, declared once for all its files.
// Quiet by default (warnings and above); more with QT_LOGGING_RULES="slotwise.storage.debug=true".
#include <QLoggingCategory>

namespace slotwise {
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
} // namespace slotwise
