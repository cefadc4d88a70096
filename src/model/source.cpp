#include <algorithm>
#include <cstring>

#include "plan/model/source.hpp"
#include "support/utf8.hpp"

namespace plan {
SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  // The UTF-8 byte order mark EF BB BF; the parser skips it, so offsets start after it.
  if (std::string_view(text_).starts_with("\xEF\xBB\xBF")) text_.erase(0, 3);
}

void SourceFile::index_lines() const {
  if (!line_starts_.empty()) return;
  line_starts_.push_back(0);
  const char* const data = text_.data();
  const std::size_t size = text_.size();
  // YAML line breaks: LF, CRLF and a lone CR.
  for (std::size_t i = 0; i < size; ++i) {
    const char c = data[i];
    if (c == '\n') {
      line_starts_.push_back(static_cast<Offset>(i + 1));
    } else if (c == '\r') {
      if (i + 1 < size && data[i + 1] == '\n') ++i;
      line_starts_.push_back(static_cast<Offset>(i + 1));
    }
  }
}

std::uint32_t SourceFile::line_count() const {
  index_lines();
  return static_cast<std::uint32_t>(line_starts_.size());
}

Position SourceFile::position(Offset offset) const {
  index_lines();
  offset = std::min<Offset>(offset, static_cast<Offset>(text_.size()));
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line = static_cast<std::uint32_t>(it - line_starts_.begin());
  const Offset start = line_starts_[line - 1];
  std::uint32_t column = 1;
  for (Offset i = start; i < offset; ++i) {
    if (!utf8::is_continuation(text_[i])) ++column;
  }
  return {line, column};
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
  index_lines();
  if (line == 0 || line > line_starts_.size()) return {};
  const Offset start = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] : text_.size();
  while (end > start && (text_[end - 1] == '\n' || text_[end - 1] == '\r'))
    --end;
  return std::string_view(text_).substr(start, end - start);
}

Location locate(const SourceFile& source, Span span) {
  const Position begin = source.position(span.begin);
  const Position end = span.end > span.begin ? source.position(span.end) : begin;
  return {begin, end};
}

}  // namespace plan
