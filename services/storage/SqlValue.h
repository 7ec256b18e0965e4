#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace slotwise::sqltime {

// Instants are stored as BIGINT milliseconds since the epoch, UTC: portable, sortable and index friendly.
inline QVariant toDb(const QDateTime& dt)
{
    return dt.isValid() ? QVariant(dt.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime fromDb(const QVariant& v)
{
    if (v.isNull()) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace slotwise::sqltime

namespace slotwise::sqltext {

// Text columns are NOT NULL with '' defaults: a null QString must bind as '', not as SQL NULL.
inline QVariant toDb(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace slotwise::sqltext
