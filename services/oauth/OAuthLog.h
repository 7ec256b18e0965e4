#pragma once
// The one logging category of slotwise_oauth, declared once for all its files.
// Quiet by default (warnings and above); more with QT_LOGGING_RULES="slotwise.oauth.debug=true".
#include <QLoggingCategory>

namespace slotwise {
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)
} // namespace slotwise
