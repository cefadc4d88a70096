// A GitLab Code Quality report: a JSON array of issues that GitLab shows in the
// merge request widget and the diff. Errors are `major`, warnings `minor`.
//
// A fingerprint is how GitLab tells a new issue from one it saw on the target
// branch, so it leaves the line and column out: an edit above a finding moves
// it, but it is still the same issue. It hashes the path, the rule, the message
// and the finding's occurrence among those with the same three (FNV-1a, 64
// bits, as 16 hex digits), which keeps it unique within a report and the same
// from one run to the next.

#include <cstdint>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "plan/render/findings.hpp"
#include "render/json_writer.hpp"

namespace plan {
namespace {

class Fnv1a {
 public:
  /// Adds a field, then a NUL byte that keeps ("ab", "c") apart from ("a", "bc").
  void add(std::string_view field) {
    for (const char c : field)
      mix(static_cast<unsigned char>(c));
    mix(0);
  }
  std::string hex() const { return fmt::format("{:016x}", hash_); }

 private:
  void mix(unsigned char byte) {
    hash_ ^= byte;
    hash_ *= kPrime;
  }
  static constexpr std::uint64_t kPrime = 0x100000001b3;
  std::uint64_t hash_ = 0xcbf29ce484222325;
};

}  // namespace

std::string render_gitlab(std::span<const FileResult> files) {
  render::JsonWriter j;
  j.begin_array();
  for (const FileResult& file : files) {
    if (!file.checked) continue;  // reported on standard error; the exit status fails the job
    std::map<std::tuple<std::string_view, std::string_view>, int> seen;  // (rule, message)
    for (const Finding& f : file.checked->findings) {
      const int occurrence = seen[{f.rule->name, f.message}]++;
      Fnv1a hash;
      hash.add(file.path);
      hash.add(f.rule->name);
      hash.add(f.message);
      hash.add(std::to_string(occurrence));
      j.begin_object();
      j.key("description").value(f.message);
      j.key("check_name").value(f.rule->name);
      j.key("fingerprint").value(hash.hex());
      j.key("severity").value(f.severity == Severity::error ? "major" : "minor");
      j.key("location").begin_object().key("path").value(file.path);
      j.key("lines").begin_object().key("begin").value(locate(*file.source, f.span).begin.line);
      j.end_object().end_object().end_object();
    }
  }
  return j.end_array().take();
}

}  // namespace plan
