#pragma once

#include "services/google/GoogleApiError.h"

#include <optional>
#include <utility>

namespace slotwise {

// A value or a typed Google error (policy code switches on error().kind; the UI shows userMessage()).
template <typename T> class ApiResult
{
public:
    static ApiResult success(T value)
    {
        ApiResult r;
        r.m_value = std::move(value);
        return r;
    }
    static ApiResult failure(GoogleApiError error)
    {
        ApiResult r;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const GoogleApiError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    GoogleApiError m_error;
};

} // namespace slotwise
