#include "ui/AppointmentRangeLoader.h"

#include "models/AppointmentTableModel.h"
#include "services/AppointmentBook.h"

namespace slotwise {

AppointmentRangeLoader::AppointmentRangeLoader(AppointmentBook& book, AppointmentTableModel& model,
                                               QObject* parent)
    : QObject(parent)
    , m_book(book)
    , m_model(model)
{
    connect(&m_book, &AppointmentBook::appointmentsChanged, this,
            &AppointmentRangeLoader::onAppointmentsChanged);
}

void AppointmentRangeLoader::setProfileId(const QString& profileId)
{
    if (profileId != m_profileId) {
        m_profileId = profileId;
        reload();
    }
}

void AppointmentRangeLoader::setRange(const QDateTime& fromUtc, const QDateTime& toUtc)
{
    if (fromUtc != m_fromUtc || toUtc != m_toUtc) {
        m_fromUtc = fromUtc;
        m_toUtc = toUtc;
        reload();
    }
}

void AppointmentRangeLoader::setIncludeCancelled(bool include)
{
    if (include != m_includeCancelled) {
        m_includeCancelled = include;
        reload();
    }
}

void AppointmentRangeLoader::reload()
{
    if (m_profileId.isEmpty() || !m_fromUtc.isValid() || !m_toUtc.isValid()) {
        m_model.clear();
        Q_EMIT loaded();
        return;
    }
    Result<QList<Appointment>> found = m_book.inRange(m_profileId, m_fromUtc, m_toUtc, m_includeCancelled);
    if (!found) {
        // Keep showing what we had: an empty calendar would look like data loss.
        m_lastError = found.error().message();
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_lastError.clear();
    m_model.setAppointments(std::move(found).value());
    Q_EMIT loaded();
}

void AppointmentRangeLoader::onAppointmentsChanged(const QString& profileId)
{
    if (profileId == m_profileId) {
        reload();
    }
}

} // namespace slotwise
