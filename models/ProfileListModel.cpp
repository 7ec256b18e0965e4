#include "models/ProfileListModel.h"

#include <algorithm>

namespace slotwise {

ProfileListModel::ProfileListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void ProfileListModel::setProfiles(QList<Profile> profiles)
{
    beginResetModel();
    m_profiles = std::move(profiles);
    endResetModel();
}

int ProfileListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

bool ProfileListModel::containsName(const QString& displayName) const
{
    const QString wanted = displayName.trimmed();
    return std::any_of(m_profiles.cbegin(), m_profiles.cend(), [&wanted](const Profile& p) {
        return p.displayName.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Profile& p = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.displayName;
    case Qt::ToolTipRole:
        return p.email.isEmpty() ? p.displayName
                                 : p.displayName % QStringLiteral(" <") % p.email % QLatin1Char('>');
    case IdRole:
        return p.id;
    case EmailRole:
        return p.email;
    default:
        return {};
    }
}

} // namespace slotwise
