#pragma once

#include "services/AppointmentBook.h"
#include "services/DataDirectory.h"
#include "services/storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A real appointment book on a temporary SQLite file, with one profile, for the widget tests.
struct TestBook
{
    QTemporaryDir dir;
    std::unique_ptr<slotwise::Database> database;
    std::unique_ptr<slotwise::AppointmentBook> book;
    slotwise::Profile profile;

    bool open(bool withProfile = true)
    {
        auto db = slotwise::DataDirectory(dir.filePath(QStringLiteral("data"))).openDatabase();
        if (!db) {
            qWarning("%s", qPrintable(db.error().message()));
            return false;
        }
        database = std::move(db).value();
        book = std::make_unique<slotwise::AppointmentBook>(*database);
        if (withProfile) {
            auto p = book->createProfile(QStringLiteral("Dr. Ada"), QStringLiteral("ada@example.com"));
            if (!p) {
                return false;
            }
            profile = p.value();
        }
        return true;
    }

    // Books [start, start + minutes) in local time and returns the stored appointment.
    slotwise::Appointment add(const QString& title, const QDateTime& localStart, int minutes,
                              const QString& profileId = QString())
    {
        slotwise::Appointment a;
        a.profileId = profileId.isEmpty() ? profile.id : profileId;
        a.title = title;
        a.startUtc = localStart.toUTC();
        a.endUtc = a.startUtc.addSecs(qint64(minutes) * 60);
        auto stored = book->book(a);
        if (!stored) {
            qWarning("%s", qPrintable(stored.error().message()));
            return {};
        }
        return stored.value();
    }
};
