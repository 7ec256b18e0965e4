#pragma once

#include "models/Profile.h"
#include "models/Result.h"

#include <QList>

namespace slotwise {

class Database;

class ProfileRepository
{
public:
    explicit ProfileRepository(Database& database);

    // Names are unique (case-insensitively) so the CLI's --profile NAME is unambiguous.
    Result<Profile> create(const QString& displayName, const QString& email);
    Result<QList<Profile>> list() const;
    Result<Profile> findById(const QString& id) const;
    // Exact match first, then case-insensitive.
    Result<Profile> findByName(const QString& displayName) const;
    Status rename(const QString& id, const QString& displayName, const QString& email);
    // Warn or refuse overlapping appointments in this profile. Switching to Refuse fails (Conflict,
    // SlotTaken, nothing changed) while two of its booked appointments overlap.
    Status setOverlapRule(const QString& id, OverlapRule rule);

private:
    Database& m_db;
};

} // namespace slotwise
