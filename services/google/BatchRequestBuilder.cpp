#include "services/google/BatchRequestBuilder.h"

#include <QRandomGenerator>

namespace slotwise {

BatchRequestBuilder::BatchRequestBuilder(QByteArray boundary)
    : m_boundary(std::move(boundary))
{
    if (m_boundary.isEmpty()) {
        m_boundary = "batch_slotwise_" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    }
}

void BatchRequestBuilder::add(const BatchPart& part)
{
    m_body += "--" + m_boundary + "\r\n";
    m_body += "Content-Type: application/http\r\n";
    m_body += "Content-ID: <item-" + QByteArray::number(m_count) + ">\r\n\r\n";
    m_body += part.method + ' ' + part.pathAndQuery + " HTTP/1.1\r\n";
    for (const auto& [name, value] : part.headers) {
        m_body += name + ": " + value + "\r\n";
    }
    if (!part.jsonBody.isEmpty()) {
        m_body += "Content-Type: application/json; charset=UTF-8\r\n";
        m_body += "Content-Length: " + QByteArray::number(part.jsonBody.size()) + "\r\n";
    }
    m_body += "\r\n";
    m_body += part.jsonBody;
    m_body += "\r\n";
    ++m_count;
}

QByteArray BatchRequestBuilder::contentType() const
{
    return "multipart/mixed; boundary=" + m_boundary;
}

QByteArray BatchRequestBuilder::body() const
{
    return m_body + "--" + m_boundary + "--\r\n";
}

} // namespace slotwise
