#include "services/storage/RowReader.h"

#include <QLatin1String>

namespace slotwise {

int RowReader::position(const char* column) const
{
    // The mappers pass literals, so after the first row a pointer comparison finds every column.
    for (const auto& [name, index] : m_positions) {
        if (name == column) {
            return index;
        }
    }
    if (!m_recordRead) {
        m_record = m_query.record();
        m_recordRead = true;
    }
    const int index = m_record.indexOf(QLatin1String(column));
    Q_ASSERT_X(index >= 0, "RowReader", column); // a mapper names a column its SELECT does not have
    m_positions.emplace_back(column, index);
    return index;
}

} // namespace slotwise
