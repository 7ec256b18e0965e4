#pragma once

#include "models/Profile.h"

#include <QAbstractListModel>
#include <QList>

namespace slotwise {

// The profiles for the profile switcher. Fed by the window; does not query storage.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        EmailRole
    };

    explicit ProfileListModel(QObject* parent = nullptr);

    void setProfiles(QList<Profile> profiles);
    const QList<Profile>& profiles() const { return m_profiles; }
    // The row of the profile with `id`, or -1.
    int rowOf(const QString& id) const;
    // True when a profile already has this name, ignoring case and surrounding spaces.
    bool containsName(const QString& displayName) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Profile> m_profiles;
};

} // namespace slotwise
