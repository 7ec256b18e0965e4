#include "services/google/GoogleLog.h"

namespace slotwise {
Q_LOGGING_CATEGORY(lcGoogle, "slotwise.google", QtWarningMsg)
} // namespace slotwise
