#include "services/sync/SyncLog.h"

namespace slotwise {
Q_LOGGING_CATEGORY(lcSync, "slotwise.sync", QtWarningMsg)
} // namespace slotwise
