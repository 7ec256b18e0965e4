#pragma once

#include "ui/calendar/BusyPeriod.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace slotwise {

class BusyTimeRepository;

// Loads the Google busy blocks (stored by the last sync) of one profile in the visible range, alongside
// the appointments that AppointmentRangeLoader loads. Busy time changes only when a sync round stores it,
// so the window calls reload() when a round finishes.
class BusyTimeLoader : public QObject
{
    Q_OBJECT
public:
    // `busyTimes` must outlive the loader.
    explicit BusyTimeLoader(const BusyTimeRepository& busyTimes, QObject* parent = nullptr);

    void setProfileId(const QString& profileId);
    void setRange(const QDateTime& fromUtc, const QDateTime& toUtc);
    const QList<BusyPeriod>& periods() const { return m_periods; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded(const QList<slotwise::BusyPeriod>& periods);
    void loadFailed(const QString& message);

private:
    const BusyTimeRepository& m_busyTimes;
    QString m_profileId;
    QDateTime m_fromUtc;
    QDateTime m_toUtc;
    QList<BusyPeriod> m_periods;
};

} // namespace slotwise
