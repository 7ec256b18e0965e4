#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace slotwise {

// What booking over another appointment of the same profile does: Warn (it is stored, the user is told)
// or Refuse (the database refuses it, also when two desks book the same time at the same moment).
// Cancelled appointments never count; neither do changes that came from Google.
enum class OverlapRule
{
    Warn,
    Refuse,
};
QString toStorageString(OverlapRule rule); // "warn" / "refuse", also the CLI's words
std::optional<OverlapRule> overlapRuleFromString(const QString& text); // nullopt for anything else

// A person who books on this desktop. Several profiles can share one database; each may connect its own
// Google account (the Google fields live in GoogleConnection, kept apart so a profile stays a plain value).
struct Profile
{
    QString id; // UUID without braces
    QString displayName;
    QString email;
    QDateTime createdUtc;
    OverlapRule overlapRule = OverlapRule::Warn;

    bool isValid() const { return !id.isEmpty(); }
    friend bool operator==(const Profile&, const Profile&) = default;
};

QString newUuid();

} // namespace slotwise
