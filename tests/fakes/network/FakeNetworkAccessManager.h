#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QStringList>

namespace slotwise::fakes {

// Answers requests from recordings, in order, without a server (libkgapi's fakenetworkaccessmanager style).
// A request file is the expected request: "METHOD URL", header lines, a blank line, the body. Only the
// headers written in the file are compared; a JSON body is compared as JSON. A response file is
// "HTTP/1.1 STATUS", header lines, a blank line, the body. A request that differs from its recording is
// noted in mismatches() and answered with HTTP 599 so the caller fails loudly.
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    struct Exchange
    {
        QString requestFile;  // path of a *_request.txt
        QString responseFile; // path of a *_response.txt
    };

    explicit FakeNetworkAccessManager(QList<Exchange> script, QObject* parent = nullptr);

    QStringList mismatches() const { return m_mismatches; }
    // Recorded exchanges not asked for yet.
    qsizetype remaining() const { return m_script.size(); }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override;

private:
    QString compare(const QByteArray& method, const QNetworkRequest& request, const QByteArray& body,
                    const QByteArray& recorded) const;

    QList<Exchange> m_script;
    QStringList m_mismatches;
};

} // namespace slotwise::fakes
