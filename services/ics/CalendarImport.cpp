#include "services/ics/CalendarImport.h"

#include "services/AppointmentBook.h"
#include "services/AppointmentValidator.h"
#include "services/ics/CalendarFileReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <iterator>

namespace slotwise {

namespace {

// Each skip reason's code (for --json and scripts) and its words (for people). Invalid, the last row, also
// stands for a value that is none of them.
struct SkipReasonWords
{
    ImportSkipReason reason;
    const char* code;
    const char* text;
};

const SkipReasonWords kSkipReasons[] = {
    {ImportSkipReason::Recurring, "recurring",
     QT_TRANSLATE_NOOP("slotwise::CalendarImport", "recurring events are not imported yet")},
    {ImportSkipReason::NoLength, "no_length",
     QT_TRANSLATE_NOOP("slotwise::CalendarImport", "it ends when it starts")},
    {ImportSkipReason::CancelledInFile, "cancelled",
     QT_TRANSLATE_NOOP("slotwise::CalendarImport", "it is cancelled in the file")},
    {ImportSkipReason::DuplicateUid, "duplicate_uid",
     QT_TRANSLATE_NOOP("slotwise::CalendarImport", "another event in the file has the same UID")},
    {ImportSkipReason::Unchanged, "unchanged",
     QT_TRANSLATE_NOOP("slotwise::CalendarImport", "already imported, nothing changed")},
    {ImportSkipReason::Invalid, "invalid",
     QT_TRANSLATE_NOOP("slotwise::CalendarImport", "it breaks a booking rule")},
};

const SkipReasonWords& skipReasonWords(ImportSkipReason reason)
{
    for (const SkipReasonWords& row : kSkipReasons) {
        if (row.reason == reason) {
            return row;
        }
    }
    return kSkipReasons[std::size(kSkipReasons) - 1];
}

using Item = ImportPlan::Item;
using Action = ImportPlan::Action;

bool sameContent(const Appointment& a, const Appointment& b)
{
    return a.title == b.title && a.clientName == b.clientName && a.clientEmail == b.clientEmail &&
           a.clientPhone == b.clientPhone && a.location == b.location && a.notes == b.notes &&
           a.startUtc == b.startUtc && a.endUtc == b.endUtc && a.timeZoneId == b.timeZoneId &&
           a.allDay == b.allDay && a.status == b.status;
}

// Slotwise's own exports use the appointment id as UID.
bool looksLikeAppointmentId(const QString& uid)
{
    return uid.size() == 36 && !QUuid::fromString(uid).isNull();
}

// The stored appointment with what the file says about it. The client stays unless the file carries one
// (other programs' files do not); a cancellation in the file cancels, but nothing in a file brings back an
// appointment cancelled here. All-day dates stay in the zone the appointment was booked in, and a timed
// one keeps its zone while its times are the same, so a file exported from here and imported back changes
// nothing.
Appointment withFileChanges(const Appointment& stored, const CalendarEvent& event)
{
    const Appointment& read = event.appointment;
    Appointment a = stored;
    a.title = read.title;
    a.location = read.location;
    a.notes = read.notes;
    if (event.hasClientFields) {
        a.clientName = read.clientName;
        a.clientEmail = read.clientEmail;
        a.clientPhone = read.clientPhone;
    }
    if (read.isCancelled()) {
        a.status = AppointmentStatus::Cancelled;
    }
    a.allDay = read.allDay;
    if (read.allDay) {
        const QTimeZone fileZone(read.timeZoneId.toUtf8());
        const QTimeZone storedZone(stored.timeZoneId.toUtf8());
        const QTimeZone zone = storedZone.isValid() ? storedZone : fileZone;
        a.timeZoneId = QString::fromUtf8(zone.id());
        a.startUtc = read.startUtc.toTimeZone(fileZone).date().startOfDay(zone).toUTC();
        a.endUtc = read.endUtc.toTimeZone(fileZone).date().startOfDay(zone).toUTC();
    } else if (read.startUtc != stored.startUtc || read.endUtc != stored.endUtc || stored.allDay) {
        a.startUtc = read.startUtc;
        a.endUtc = read.endUtc;
        a.timeZoneId = read.timeZoneId;
    }
    return a;
}

Item skipped(Item item, ImportSkipReason reason, const QString& text = {})
{
    item.action = Action::Skip;
    item.reason = reason;
    item.reasonText = text.isEmpty() ? CalendarImport::reasonText(reason) : text;
    return item;
}

// Add or Update when `candidate` keeps the booking rules, else a skip naming the broken rule.
Item checked(Item item, Action action, const Appointment& candidate)
{
    item.appointment = candidate;
    if (const Status valid = AppointmentValidator::check(candidate); !valid) {
        return skipped(item, ImportSkipReason::Invalid, valid.error().message());
    }
    item.action = action;
    return item;
}

} // namespace

int ImportPlan::count(Action action) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [action](const Item& item) { return item.action == action; }));
}

Result<QByteArray> CalendarImport::readFile(const QString& path)
{
    using R = Result<QByteArray>;
    const QFileInfo info(path);
    if (!info.exists()) {
        return R::failure(Error::notFound(tr("There is no file %1.").arg(path)));
    }
    if (info.isDir()) {
        return R::failure(Error::validation(Error::Detail::CalendarFileInvalid,
                                            tr("%1 is a folder, not a calendar file.").arg(path)));
    }
    if (info.size() > CalendarFileReader::kMaxBytes) {
        return R::failure(CalendarFileReader::tooLarge(info.size()));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(Error::storage(tr("Cannot read %1: %2").arg(path, file.errorString())));
    }
    // One byte more than allowed: a pipe or device reports no size up front.
    QByteArray data = file.read(CalendarFileReader::kMaxBytes + 1);
    if (data.size() > CalendarFileReader::kMaxBytes) {
        return R::failure(CalendarFileReader::tooLarge(data.size()));
    }
    return R::success(data);
}

Result<ImportPlan> CalendarImport::plan(const AppointmentBook& book, const QString& profileId,
                                        const QByteArray& data, const QTimeZone& localZone)
{
    using R = Result<ImportPlan>;
    const Result<QList<CalendarEvent>> events = CalendarFileReader::read(data, localZone);
    if (!events) {
        return R::failure(events.error());
    }
    const Result<QHash<QString, QString>> imported = book.importedUids(profileId);
    if (!imported) {
        return R::failure(imported.error());
    }
    // Which stored appointment each UID may name, fetched in one query.
    QStringList candidates;
    for (const CalendarEvent& e : events.value()) {
        if (const QString id = imported->value(e.uid); !id.isEmpty()) {
            candidates << id;
        } else if (looksLikeAppointmentId(e.uid)) {
            candidates << e.uid;
        }
    }
    const Result<QList<Appointment>> found = book.findMany(candidates);
    if (!found) {
        return R::failure(found.error());
    }
    QHash<QString, Appointment> stored;
    for (const Appointment& a : found.value()) {
        if (a.profileId == profileId) {
            stored.insert(a.id, a);
        }
    }

    ImportPlan plan;
    plan.profileId = profileId;
    plan.items.reserve(events->size());
    QSet<QString> touched; // two UIDs of one file naming the same appointment: the first wins
    for (const CalendarEvent& e : events.value()) {
        Item item;
        item.line = e.line;
        item.uid = e.uid;
        item.appointment = e.appointment;
        item.appointment.profileId = profileId;
        const auto existing = stored.constFind(imported->value(e.uid, e.uid));
        if (e.skip) {
            plan.items << skipped(item, *e.skip);
        } else if (existing != stored.cend()) {
            const Appointment changed = withFileChanges(existing.value(), e);
            if (touched.contains(existing->id)) {
                plan.items << skipped(item, ImportSkipReason::DuplicateUid);
            } else if (sameContent(changed, existing.value())) {
                item.appointment = existing.value(); // with its id, for the JSON and the preview
                plan.items << skipped(item, ImportSkipReason::Unchanged);
            } else {
                plan.items << checked(item, Action::Update, changed);
            }
            touched.insert(existing->id);
        } else if (e.appointment.isCancelled()) {
            plan.items << skipped(item, ImportSkipReason::CancelledInFile);
        } else {
            plan.items << checked(item, Action::Add, item.appointment);
        }
    }
    return R::success(plan);
}

Result<ImportPlan> CalendarImport::planFile(const AppointmentBook& book, const QString& profileId,
                                            const QString& path, const QTimeZone& localZone)
{
    using R = Result<ImportPlan>;
    const Result<QByteArray> data = readFile(path);
    if (!data) {
        return R::failure(data.error());
    }
    Result<ImportPlan> planned = plan(book, profileId, data.value(), localZone);
    if (!planned && planned.error().is(Error::Kind::Validation)) {
        // The reader's messages name the line; this names the file too.
        return R::failure(
            Error::validation(planned.error().detail(),
                              tr("%1: %2").arg(QFileInfo(path).fileName(), planned.error().message())));
    }
    return planned;
}

Status CalendarImport::apply(AppointmentBook& book, ImportPlan& plan)
{
    QList<ImportedAppointment> added;
    QList<qsizetype> addedAt;
    QList<Appointment> updated;
    QList<qsizetype> updatedAt;
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        const Item& item = plan.items.at(i);
        if (item.action == Action::Add) {
            added.append({item.uid, item.appointment});
            addedAt << i;
        } else if (item.action == Action::Update) {
            updated << item.appointment;
            updatedAt << i;
        }
    }
    if (const Status s = book.importAppointments(plan.profileId, added, updated); !s) {
        return s;
    }
    for (qsizetype k = 0; k < added.size(); ++k) {
        plan.items[addedAt.at(k)].appointment = added.at(k).appointment;
    }
    for (qsizetype k = 0; k < updated.size(); ++k) {
        plan.items[updatedAt.at(k)].appointment = updated.at(k);
    }
    return Status::success();
}

QString CalendarImport::reasonCode(ImportSkipReason reason)
{
    return QString::fromLatin1(skipReasonWords(reason).code);
}

QString CalendarImport::reasonText(ImportSkipReason reason)
{
    return tr(skipReasonWords(reason).text);
}

QString CalendarImport::actionCode(ImportPlan::Action action)
{
    switch (action) {
    case Action::Add:
        return QStringLiteral("add");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Skip:
        break;
    }
    return QStringLiteral("skip");
}

} // namespace slotwise
