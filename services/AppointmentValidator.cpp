#include "services/AppointmentValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace slotwise {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::AppointmentValidator", text);
}
} // namespace

QList<AppointmentValidator::Problem> AppointmentValidator::validate(const Appointment& a)
{
    QList<Problem> problems;
    if (a.profileId.isEmpty()) {
        problems.append({Field::Profile, tr("Choose a profile for the appointment.")});
    }
    if (a.title.trimmed().isEmpty()) {
        problems.append({Field::Title, tr("Enter a title.")});
    } else if (a.title.size() > kMaxTitleLength) {
        problems.append(
            {Field::Title, tr("The title is too long (at most %1 characters).").arg(kMaxTitleLength)});
    }
    if (!a.startUtc.isValid()) {
        problems.append({Field::Start, tr("Enter a valid start date and time.")});
    }
    if (!a.endUtc.isValid()) {
        problems.append({Field::End, tr("Enter a valid end date and time.")});
    }
    if (a.startUtc.isValid() && a.endUtc.isValid() && a.endUtc <= a.startUtc) {
        problems.append({Field::End, tr("The end must be after the start.")});
    }
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!a.clientEmail.isEmpty() && !email.match(a.clientEmail).hasMatch()) {
        problems.append({Field::ClientEmail, tr("\"%1\" is not a valid email address.").arg(a.clientEmail)});
    }
    // Not isTimeZoneIdAvailable(): Qt 6.4 lists only zone.tab ids there, which lacks "Etc/UTC" (the
    // system zone of many Debian installs), although the zone itself loads fine.
    if (!a.timeZoneId.isEmpty() && !QTimeZone(a.timeZoneId.toUtf8()).isValid()) {
        problems.append({Field::TimeZone, tr("Unknown time zone \"%1\".").arg(a.timeZoneId)});
    }
    for (const QString* text : {&a.notes, &a.location, &a.clientName, &a.clientPhone}) {
        if (text->size() > kMaxTextLength) {
            problems.append(
                {Field::Title, tr("A text field is too long (at most %1 characters).").arg(kMaxTextLength)});
            break;
        }
    }
    return problems;
}

Status AppointmentValidator::check(const Appointment& appointment)
{
    if (const auto problems = validate(appointment); !problems.isEmpty()) {
        return Status::failure(Error::validation(problems));
    }
    return Status::success();
}

QString AppointmentValidator::summary(const QList<Problem>& problems)
{
    return Error::validation(problems).message();
}

} // namespace slotwise
