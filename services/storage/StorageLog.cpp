#include "services/storage/StorageLog.h"

namespace slotwise {
Q_LOGGING_CATEGORY(lcStorage, "slotwise.storage", QtWarningMsg)
} // namespace slotwise
