#include "fakes/calendar/SyncTokenCodec.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slotwise::fake {

namespace {

QString encodeObject(const QJsonObject& o)
{
    return QString::fromLatin1(QJsonDocument(o)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// An empty object when `encoded` is not base64url of a JSON object.
QJsonObject decodeObject(const QString& encoded)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        encoded.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? QJsonDocument::fromJson(*decoded).object() : QJsonObject();
}

} // namespace

QString encodePageToken(const ListState& s)
{
    return encodeObject(QJsonObject{{QStringLiteral("c"), s.cursor},
                                    {QStringLiteral("f"), double(s.fromSeq)},
                                    {QStringLiteral("s"), double(s.snapshot)},
                                    {QStringLiteral("e"), s.singleEvents},
                                    {QStringLiteral("d"), s.showDeleted},
                                    {QStringLiteral("a"), s.timeMin},
                                    {QStringLiteral("b"), s.timeMax},
                                    {QStringLiteral("p"), s.page}});
}

std::optional<ListState> decodePageToken(const QString& token)
{
    const QJsonObject o = decodeObject(token);
    if (o.isEmpty()) {
        return std::nullopt;
    }
    ListState s;
    s.cursor = o.value(QLatin1String("c")).toString();
    s.fromSeq = qint64(o.value(QLatin1String("f")).toDouble());
    s.snapshot = qint64(o.value(QLatin1String("s")).toDouble());
    s.singleEvents = o.value(QLatin1String("e")).toBool();
    s.showDeleted = o.value(QLatin1String("d")).toBool();
    s.timeMin = o.value(QLatin1String("a")).toString();
    s.timeMax = o.value(QLatin1String("b")).toString();
    s.page = o.value(QLatin1String("p")).toInt();
    return s;
}

QString encodeSyncToken(qint64 seq, const ListState& s)
{
    return QStringLiteral("CP") + encodeObject(QJsonObject{{QStringLiteral("q"), double(seq)},
                                                           {QStringLiteral("e"), s.singleEvents},
                                                           {QStringLiteral("a"), s.timeMin},
                                                           {QStringLiteral("b"), s.timeMax}});
}

std::optional<SyncTokenContents> decodeSyncToken(const QString& token)
{
    if (!token.startsWith(QLatin1String("CP"))) {
        return std::nullopt;
    }
    const QJsonObject o = decodeObject(token.mid(2));
    if (o.isEmpty()) {
        return std::nullopt;
    }
    return SyncTokenContents{qint64(o.value(QLatin1String("q")).toDouble()),
                             o.value(QLatin1String("e")).toBool(), o.value(QLatin1String("a")).toString(),
                             o.value(QLatin1String("b")).toString()};
}

} // namespace slotwise::fake
