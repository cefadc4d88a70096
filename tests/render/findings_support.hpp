#pragma once
// Helpers for the tests of `plan check` in CI (tests/render/): run the binary from
// the source tree as a user does (`plan check examples/broken.yaml`), and run
// Python's validators.

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "support/test_support.hpp"
#include "support/text.hpp"

namespace plan::test::ci {

inline constexpr const char* kAsOf = "2027-03-15";

/// Runs the built `plan` in `dir` (the source tree by default), so that paths
/// in its output are the relative ones given on the command line.
inline Run run_plan_in(const std::vector<std::string>& args, const std::string& dir = "") {
  std::vector<std::string> argv{PLAN_EXE};
  argv.insert(argv.end(), args.begin(), args.end());
  RunOptions options;
  options.cwd = dir.empty() ? source_path("") : dir;
  return run_program(argv, options);
}

/// `plan check --as-of 2027-03-15 --color never --format FORMAT ARGS...`, from the source tree.
inline Run check_in_source(const std::string& format, const std::vector<std::string>& args,
                           const std::string& dir = "") {
  std::vector<std::string> all{"check", "--as-of", kAsOf, "--color", "never", "--format", format};
  all.insert(all.end(), args.begin(), args.end());
  return run_plan_in(all, dir);
}

/// Runs tests/render/validate.py: every file against `schema`; its output, one
/// line a file.
inline Run validate(const std::string& schema, const std::vector<std::string>& files) {
  std::vector<std::string> args{source_path("tests/render/validate.py"), schema};
  args.insert(args.end(), files.begin(), files.end());
  return run_python({"jsonschema", "yaml"}, "python3-jsonschema python3-yaml", args);
}

/// Writes `text` to `name` in a fresh temporary directory; returns its path.
inline std::string scratch_file(const std::string& name, std::string_view text) {
  const std::string path = temp_dir() + "/" + name;
  write_text(path, text);
  return path;
}

/// A plan the examples are set into: every id they name exists here.
inline const std::string kDocsBase = R"(name: Whale Hunting 2027
as_of: 2027-03-15
strategy:
  name: Pursue whales to grow revenue
  start: 2027-01-01
  end: 2030-12-31
  goals:
    - id: revenue
      name: Annual revenue of $12M
      target: 12000000
      due: 2030-12-31
process:
  name: Whale Hunting
  stages:
    - id: qualify
      name: Qualify
      exit: Budget, authority, need and timeline confirmed
      probability: 0.05
      max_days: 30
    - id: proof
      name: Proof
      exit: Pilot accepted
      probability: 0.4
      max_days: 45
    - id: close
      name: Close
      exit: Contract signed
      probability: 0.9
roles:
  - id: salesperson
    name: Salesperson
    people: [Ana Ruiz, Bo Chen]
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - id: dossiers
      title: Compile dossiers on selected whales
      owner: salesperson
      due: 2027-03-31
      supports: revenue
      measure: {metric: dossiers completed, target: 3}
)";

/// The top-level sections of a plan, by key, in order.
inline std::vector<std::pair<std::string, std::string>> sections(std::string_view yaml) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& line : lines_of(yaml)) {
    const bool starts_key = !line.empty() && std::isalpha(static_cast<unsigned char>(line[0])) &&
                            line.find(':') != std::string::npos;
    if (starts_key) out.emplace_back(line.substr(0, line.find(':')), "");
    if (out.empty()) out.emplace_back("", "");  // comments before the first key
    out.back().second += line + "\n";
  }
  return out;
}

/// kDocsBase with each top-level section of `excerpt` in place of its own,
/// or `excerpt` alone when it is no mapping of sections (a list at the top).
inline std::string set_into_base(std::string_view excerpt) {
  const auto parts = sections(excerpt);
  const bool mapping =
      std::any_of(parts.begin(), parts.end(), [](const auto& p) { return !p.first.empty(); });
  if (!mapping || (parts.size() == 1 && parts[0].first.empty())) return std::string(excerpt);
  auto base = sections(kDocsBase);
  for (const auto& part : parts) {
    const auto& [key, text] = part;
    if (key.empty()) continue;
    const auto it = std::find_if(base.begin(), base.end(),
                                 [&](const auto& b) { return b.first == part.first; });
    if (it != base.end()) {
      it->second = text;
    } else {
      base.emplace_back(key, text);
    }
  }
  std::string out;
  for (const auto& [key, text] : base)
    out += text;
  return out;
}

}  // namespace plan::test::ci
