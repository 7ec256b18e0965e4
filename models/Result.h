#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace slotwise {

// A value or a user-readable error message. Errors are already translated, so callers can show them as is.
template <typename T> class Result
{
public:
    static Result success(T value) { return Result(std::move(value), QString()); }
    static Result failure(QString error) { return Result(std::nullopt, std::move(error)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const QString& error() const { return m_error; }

private:
    Result(std::optional<T> value, QString error)
        : m_value(std::move(value))
        , m_error(std::move(error))
    {}

    std::optional<T> m_value;
    QString m_error;
};

struct Done
{
};

// For operations with no value: Status::success() or Status::failure(message).
class Status : public Result<Done>
{
public:
    Status(Result<Done> r) // NOLINT(google-explicit-constructor): lets Result<Done> convert back
        : Result<Done>(std::move(r))
    {}
    static Status success() { return Result<Done>::success(Done{}); }
    static Status failure(QString error) { return Result<Done>::failure(std::move(error)); }
};

} // namespace slotwise
