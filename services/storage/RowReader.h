#pragma once

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <utility>
#include <vector>

namespace slotwise {

// Reads the current row of a query by column name, so a mapper does not depend on the order of a SELECT
// list (and a second SQL dialect may order or alias differently). The position of each name is resolved
// once per reader, from the query's record, and then found again by the address of the name literal: a
// range query over thousands of rows pays one name lookup per column, not one per row. Build one reader
// per query, after it has been executed, and keep it for the loop over the rows.
class RowReader
{
public:
    explicit RowReader(const QSqlQuery& query)
        : m_query(query)
    {}

    // `column` is a string literal naming a column (or alias) of the SELECT list.
    QVariant value(const char* column) const { return m_query.value(position(column)); }

private:
    int position(const char* column) const;

    const QSqlQuery& m_query;
    mutable QSqlRecord m_record;
    mutable bool m_recordRead = false;
    mutable std::vector<std::pair<const char*, int>> m_positions;
};

} // namespace slotwise
