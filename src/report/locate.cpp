#include "plan/report.hpp"

namespace plan {

Location locate(const SourceFile& source, Span span) {
  const Position begin = source.position(span.begin);
  const Position end = span.end > span.begin ? source.position(span.end) : begin;
  return {begin, end};
}

}  // namespace plan
