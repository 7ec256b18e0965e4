#pragma once

#include "models/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace slotwise {

class Database;

// A setting a practice server holds once for every desk, with who changed it last.
struct PracticeSetting
{
    QString name;
    QString value;
    QDateTime changedAtUtc;
    QString changedBy; // the desk that set it
};

// The practice_settings table. Today one setting: the OAuth client every desk signs in with.
class PracticeSettingRepository
{
public:
    static constexpr const char* kOAuthClient = "oauth_client";

    explicit PracticeSettingRepository(Database& database);

    // nullopt when the setting was never set.
    Result<std::optional<PracticeSetting>> find(const QString& name) const;
    // Sets (or replaces) the value, stamped with now and `desk`.
    Status set(const QString& name, const QString& value, const QString& desk);

private:
    Database& m_db;
};

} // namespace slotwise
