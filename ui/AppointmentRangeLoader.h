#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

namespace slotwise {

class AppointmentBook;
class AppointmentTableModel;

// Keeps an AppointmentTableModel filled with one profile's appointments in the visible range: loads only
// that range (start-up stays fast with a large book) and reloads when the book reports a change.
class AppointmentRangeLoader : public QObject
{
    Q_OBJECT
public:
    AppointmentRangeLoader(AppointmentBook& book, AppointmentTableModel& model, QObject* parent = nullptr);

    void setProfileId(const QString& profileId);
    void setRange(const QDateTime& fromUtc, const QDateTime& toUtc);
    void setIncludeCancelled(bool include);

    QString profileId() const { return m_profileId; }
    QDateTime fromUtc() const { return m_fromUtc; }
    QDateTime toUtc() const { return m_toUtc; }
    bool includesCancelled() const { return m_includeCancelled; }
    // The message of the last failed load, or empty.
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString& message);

private:
    void onAppointmentsChanged(const QString& profileId);

    AppointmentBook& m_book;
    AppointmentTableModel& m_model;
    QString m_profileId;
    QDateTime m_fromUtc;
    QDateTime m_toUtc;
    bool m_includeCancelled = false;
    QString m_lastError;
};

} // namespace slotwise
