#pragma once

#include "models/Appointment.h"
#include "services/AppointmentValidator.h"
#include "services/sync/BusyTimeChecker.h"
#include "ui/Confirmation.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace slotwise {

class AppointmentBook;

// Books a new appointment or edits one: inline messages next to the fields that are wrong, a warning
// (not a block) when it overlaps another appointment of the profile, and saving through AppointmentBook.
class BookingDialog : public QDialog
{
    Q_OBJECT
public:
    // The result code when the user confirmed "Cancel appointment" (the window cancels it and offers undo).
    static constexpr int CancelAppointmentResult = 2;
    static constexpr int kPresetMinutes[] = {15, 30, 45, 60, 90};

    // `appointment` with an empty id books a new one (its start/end/profile prefill the form).
    BookingDialog(AppointmentBook& book, const Appointment& appointment, QWidget* parent = nullptr);
    ~BookingDialog() override;

    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    bool isEditing() const { return !m_original.id.isEmpty(); }
    // The appointment as the form currently describes it.
    Appointment appointmentFromForm() const;
    // What was stored when the dialog was accepted.
    const Appointment& savedAppointment() const { return m_saved; }

    // The message shown next to a field, or empty when it is hidden.
    QString messageFor(AppointmentValidator::Field field) const;
    QString overlapWarning() const;
    // The clash with Google busy time (from the last sync, so it works offline), or empty.
    QString googleBusyWarning() const;
    // Warn (default) or refuse to save on a clash; the app passes the user's setting (sync/busyTimePolicy).
    void setBusyTimePolicy(BusyTimeChecker::Policy policy);

public Q_SLOTS:
    void accept() override;
    void applyDurationPreset(int minutes);

private:
    void buildForm();
    void fillForm(const Appointment& a);
    void onStartChanged();
    void onAllDayToggled(bool allDay);
    void revalidate();
    void updateOverlapWarning(const Appointment& a);
    void updateGoogleBusyWarning(const Appointment& a);
    void updatePresetButtons();
    void requestCancelAppointment();

    AppointmentBook& m_book;
    Appointment m_original;
    Appointment m_saved;
    Confirmation m_confirm;
    bool m_showAllProblems = false;
    bool m_titleTouched = false;
    qint64 m_durationSecs = 3600;

    QLineEdit* m_title = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QDateTimeEdit* m_end = nullptr;
    QCheckBox* m_allDay = nullptr;
    QList<QToolButton*> m_presets;
    QLineEdit* m_clientName = nullptr;
    QLineEdit* m_clientEmail = nullptr;
    QLineEdit* m_clientPhone = nullptr;
    QLineEdit* m_location = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QMap<AppointmentValidator::Field, QLabel*> m_messages;
    QLabel* m_overlap = nullptr;
    QLabel* m_googleBusy = nullptr;
    BusyTimeChecker::Policy m_busyPolicy = BusyTimeChecker::Policy::Warn;
    bool m_busyClash = false;
    QLabel* m_saveError = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelAppointment = nullptr;
};

} // namespace slotwise
