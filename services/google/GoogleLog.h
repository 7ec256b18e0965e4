#pragma once
// The one logging category of slotwise_google, declared once for all its files.
// Quiet by default (warnings and above); more with QT_LOGGING_RULES="slotwise.google.debug=true".
#include <QLoggingCategory>

namespace slotwise {
Q_DECLARE_LOGGING_CATEGORY(lcGoogle)
} // namespace slotwise
