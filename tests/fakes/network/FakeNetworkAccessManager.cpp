#include "fakes/network/FakeNetworkAccessManager.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace slotwise::fakes {

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "first line", "Name: value" lines, blank line, body.
struct HttpText
{
    QByteArray firstLine;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpText parse(const QByteArray& text)
    {
        HttpText out;
        const qsizetype split = text.indexOf("\n\n");
        const QList<QByteArray> lines = text.left(split < 0 ? text.size() : split).split('\n');
        out.firstLine = lines.value(0).trimmed();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                out.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
            }
        }
        out.body = split < 0 ? QByteArray() : text.mid(split + 2).trimmed();
        return out;
    }
};

bool sameBody(const QByteArray& sent, const QByteArray& recorded)
{
    const QJsonDocument a = QJsonDocument::fromJson(sent);
    const QJsonDocument b = QJsonDocument::fromJson(recorded);
    return (!a.isNull() && a == b) || sent.trimmed() == recorded;
}

class RecordedReply : public QNetworkReply
{
public:
    RecordedReply(QNetworkAccessManager::Operation op, const QNetworkRequest& request, const HttpText& answer,
                  QObject* parent)
        : QNetworkReply(parent)
        , m_body(answer.body)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.firstLine.split(' ').value(1).toInt());
        for (const auto& [name, value] : answer.headers) {
            setRawHeader(name, value);
        }
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        setFinished(true);
        QTimer::singleShot(0, this, [this]() {
            Q_EMIT metaDataChanged();
            Q_EMIT readyRead();
            Q_EMIT finished();
        });
    }
    void abort() override {}
    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, qint64(m_body.size() - m_offset));
        memcpy(data, m_body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace

FakeNetworkAccessManager::FakeNetworkAccessManager(QList<Exchange> script, QObject* parent)
    : QNetworkAccessManager(parent)
    , m_script(std::move(script))
{}

QString FakeNetworkAccessManager::compare(const QByteArray& method, const QNetworkRequest& request,
                                          const QByteArray& body, const QByteArray& recorded) const
{
    const HttpText expected = HttpText::parse(recorded);
    const QByteArray sentLine = method + ' ' + request.url().toEncoded();
    if (sentLine != expected.firstLine) {
        return QStringLiteral("sent \"%1\", recorded \"%2\"")
            .arg(QString::fromUtf8(sentLine), QString::fromUtf8(expected.firstLine));
    }
    for (const auto& [name, value] : expected.headers) {
        if (request.rawHeader(name) != value) {
            return QStringLiteral("header %1: sent \"%2\", recorded \"%3\"")
                .arg(QString::fromUtf8(name), QString::fromUtf8(request.rawHeader(name)),
                     QString::fromUtf8(value));
        }
    }
    if (!sameBody(body, expected.body)) {
        return QStringLiteral("body: sent %1").arg(QString::fromUtf8(body));
    }
    return {};
}

QNetworkReply* FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest& request,
                                                       QIODevice* outgoingData)
{
    QByteArray method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    if (method.isEmpty()) {
        static const QHash<Operation, QByteArray> kVerbs{{GetOperation, "GET"},
                                                         {PostOperation, "POST"},
                                                         {PutOperation, "PUT"},
                                                         {DeleteOperation, "DELETE"},
                                                         {HeadOperation, "HEAD"}};
        method = kVerbs.value(op);
    }
    const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
    QString mismatch =
        QStringLiteral("unexpected request %1 %2").arg(QString::fromLatin1(method), request.url().toString());
    HttpText answer{"HTTP/1.1 599", {}, {}};
    if (!m_script.isEmpty()) {
        const Exchange next = m_script.takeFirst();
        mismatch = compare(method, request, body, readFile(next.requestFile));
        if (mismatch.isEmpty()) {
            answer = HttpText::parse(readFile(next.responseFile));
        }
    }
    if (!mismatch.isEmpty()) {
        m_mismatches << mismatch;
    }
    return new RecordedReply(op, request, answer, this);
}

} // namespace slotwise::fakes
