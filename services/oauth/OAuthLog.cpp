#include "services/oauth/OAuthLog.h"

namespace slotwise {
Q_LOGGING_CATEGORY(lcOAuth, "slotwise.oauth", QtWarningMsg)
} // namespace slotwise
