#pragma once

#include <QString>

#include <optional>

namespace slotwise::fake {

// Where one listing stands; carried from page to page inside the (opaque) page token.
struct ListState
{
    QString cursor;      // last id returned
    qint64 fromSeq = -1; // >= 0: incremental since this change sequence
    qint64 snapshot = 0; // the sync token issued on the last page
    bool singleEvents = false;
    bool showDeleted = false;
    QString timeMin;
    QString timeMax;
    int page = 0;
};

// What a sync token remembers: the change sequence it was issued at and the parameters of the initial
// sync, so a mismatch can be refused as Google does.
struct SyncTokenContents
{
    qint64 seq = 0;
    bool singleEvents = false;
    QString timeMin;
    QString timeMax;
};

QString encodePageToken(const ListState& state);
std::optional<ListState> decodePageToken(const QString& token);
QString encodeSyncToken(qint64 seq, const ListState& state);
std::optional<SyncTokenContents> decodeSyncToken(const QString& token);

} // namespace slotwise::fake
