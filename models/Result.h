#pragma once

#include "models/Error.h"

#include <optional>
#include <utility>

namespace slotwise {

// A value or an Error. Callers branch on error().kind(); error().message() is translated, shown as is.
template <typename T> class Result
{
public:
    static Result success(T value) { return Result(std::move(value), Error()); }
    static Result failure(Error error) { return Result(std::nullopt, std::move(error)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    Result(std::optional<T> value, Error error)
        : m_value(std::move(value))
        , m_error(std::move(error))
    {}

    std::optional<T> m_value;
    Error m_error;
};

struct Done
{
};

// For operations with no value: Status::success() or Status::failure(error).
class Status : public Result<Done>
{
public:
    Status(Result<Done> r) // NOLINT(google-explicit-constructor): lets Result<Done> convert back
        : Result<Done>(std::move(r))
    {}
    static Status success() { return Result<Done>::success(Done{}); }
    static Status failure(Error error) { return Result<Done>::failure(std::move(error)); }
};

} // namespace slotwise
