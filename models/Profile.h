#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace slotwise {

// A person who books on this desktop. Several profiles can share one database; each may connect its own
// Google account (the Google fields live in GoogleConnection, kept apart so a profile stays a plain value).
struct Profile
{
    QString id; // UUID without braces
    QString displayName;
    QString email;
    QDateTime createdUtc;

    bool isValid() const { return !id.isEmpty(); }
    friend bool operator==(const Profile&, const Profile&) = default;
};

QString newUuid();

} // namespace slotwise
