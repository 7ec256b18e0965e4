#include "services/ServicesLog.h"

namespace slotwise {
Q_LOGGING_CATEGORY(lcServices, "slotwise.services", QtWarningMsg)
} // namespace slotwise
