#pragma once

#include "models/Result.h"
#include "services/storage/Database.h"
#include "services/storage/RowReader.h"

#include <QList>
#include <QSqlQuery>

#include <optional>
#include <type_traits>

namespace slotwise {

// The two ways a repository reads what a prepared query returns, each a row mapper away: every row, or the
// first one. A failed statement is the database's error, never an empty answer.

template <typename Mapper> using MappedRow = std::invoke_result_t<Mapper, const RowReader&>;

template <typename Mapper>
Result<QList<MappedRow<Mapper>>> mapRows(Database& db, QSqlQuery& query, Mapper map)
{
    using R = Result<QList<MappedRow<Mapper>>>;
    if (const Status s = db.exec(query); !s) {
        return R::failure(s.error());
    }
    QList<MappedRow<Mapper>> out;
    const RowReader row(query);
    while (query.next()) {
        out << map(row);
    }
    return R::success(out);
}

// nullopt when the query returned no row.
template <typename Mapper>
Result<std::optional<MappedRow<Mapper>>> mapFirstRow(Database& db, QSqlQuery& query, Mapper map)
{
    using R = Result<std::optional<MappedRow<Mapper>>>;
    if (const Status s = db.exec(query); !s) {
        return R::failure(s.error());
    }
    if (!query.next()) {
        return R::success(std::nullopt);
    }
    return R::success(map(RowReader(query)));
}

// The first row, or `notFound` when there is none.
template <typename Mapper>
Result<MappedRow<Mapper>> mapFoundRow(Database& db, QSqlQuery& query, Mapper map, const Error& notFound)
{
    using R = Result<MappedRow<Mapper>>;
    auto first = mapFirstRow(db, query, map);
    if (!first) {
        return R::failure(first.error());
    }
    if (!first.value()) {
        return R::failure(notFound);
    }
    return R::success(*first.value());
}

} // namespace slotwise
