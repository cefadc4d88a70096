#pragma once
// The CSV toolkit every CSV renderer shares: RFC 4180.

#include <string>
#include <string_view>
#include <vector>

namespace plan::render {

/// An RFC 4180 field: quoted when it holds a comma, a quote, CR or LF (quotes doubled).
std::string csv_field(std::string_view text);

/// A CSV record: fields joined with commas, ended with CRLF.
std::string csv_record(const std::vector<std::string>& fields);

}  // namespace plan::render
