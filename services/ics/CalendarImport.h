#pragma once

#include "models/Result.h"
#include "services/ics/CalendarEvent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace slotwise {

class AppointmentBook;

// What importing one calendar file into a profile would do, event by event: the preview the dialog and
// `slotwise-cli import --dry-run` show, and what apply() then stores.
struct ImportPlan
{
    enum class Action
    {
        Add,    // new here
        Update, // imported before (same UID) or exported from this profile, and something changed
        Skip,   // see reason
    };
    struct Item
    {
        Action action = Action::Skip;
        int line = 0; // of its BEGIN:VEVENT
        QString uid;
        // Add: the new appointment (no id yet). Update: the stored one with the file's changes (its
        // revision is the stored one). Skip: as read from the file.
        Appointment appointment;
        ImportSkipReason reason = ImportSkipReason::Invalid; // Skip only
        QString reasonText;                                  // Skip only: translated, for people
    };

    QString profileId;
    QList<Item> items; // in file order
    int count(Action action) const;
};

// Calendar file import (RFC 5545): read the whole file first (CalendarFileReader: all or nothing), then
// classify each event, then store every addition and update in one transaction through AppointmentBook, so
// imported appointments reach the outbox and Google like any booking.
class CalendarImport
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::CalendarImport)
public:
    // The file's bytes; a file over CalendarFileReader::kMaxBytes is refused before it is read.
    static Result<QByteArray> readFile(const QString& path);

    static Result<ImportPlan> plan(const AppointmentBook& book, const QString& profileId,
                                   const QByteArray& data,
                                   const QTimeZone& localZone = QTimeZone::systemTimeZone());
    // readFile() then plan(); an error names the file.
    static Result<ImportPlan> planFile(const AppointmentBook& book, const QString& profileId,
                                       const QString& path,
                                       const QTimeZone& localZone = QTimeZone::systemTimeZone());

    // Stores the plan's additions and updates in one transaction; on success the added items carry their
    // new ids. Nothing is stored on failure (e.g. an appointment changed since the plan was made).
    static Status apply(AppointmentBook& book, ImportPlan& plan);

    // Stable words for scripts (`--json`): "recurring", "no_length", ...
    static QString reasonCode(ImportSkipReason reason);
    static QString reasonText(ImportSkipReason reason);
    static QString actionCode(ImportPlan::Action action);
};

} // namespace slotwise
