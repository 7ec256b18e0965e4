#include "models/Profile.h"

#include <QUuid>

namespace slotwise {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString toStorageString(OverlapRule rule)
{
    return rule == OverlapRule::Refuse ? QStringLiteral("refuse") : QStringLiteral("warn");
}

std::optional<OverlapRule> overlapRuleFromString(const QString& text)
{
    if (text == QLatin1String("warn")) {
        return OverlapRule::Warn;
    }
    if (text == QLatin1String("refuse")) {
        return OverlapRule::Refuse;
    }
    return std::nullopt;
}

} // namespace slotwise
