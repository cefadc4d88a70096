// End-to-end tests of `plan check`: files in, exit status and report out, the
// way a user runs it.

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "support/test_support.hpp"
#include "support/text.hpp"

namespace plan::test {
namespace {

const std::string kWhale = source_path("examples/whale-hunting.yaml");
const std::string kBroken = source_path("examples/broken.yaml");

/// kValidPlan with one stage's exit criteria removed: one warning, no error.
std::string warning_only_plan() {
  return replace_once(kValidPlan, "      exit: Proof accepted\n", "");
}

/// Writes `text` as `name` in a fresh temporary directory; returns its path.
std::string scratch_plan(const std::string& name, const std::string& text) {
  const std::string path = temp_dir() + "/" + name;
  write_text(path, text);
  return path;
}

TEST_CASE("cli: the whale-hunting example passes with an ok line") {
  const Run run = run_plan({"check", kWhale});
  CHECK(run.exit_code == 0);
  CHECK(run.err == "");
  CHECK(run.out == kWhale + ": ok — 21 tactics, 5 roles, 7 stages\n");

  const Run strict = run_plan({"check", "--strict", kWhale});
  CHECK(strict.exit_code == 0);
  CHECK(last_line(strict.out) == kWhale + ": ok — 21 tactics, 5 roles, 7 stages");
}

TEST_CASE("cli: the broken example fails with exit 1 and a summary line") {
  const Run run = run_plan({"check", kBroken});
  CHECK(run.exit_code == 1);
  CHECK(run.err == "");
  CHECK(run.out.starts_with(kBroken + ":"));
  CHECK(run.out.find(": error: ") != std::string::npos);
  CHECK(run.out.find(": warning: ") != std::string::npos);
  const std::string summary = last_line(run.out);
  CHECK(summary.starts_with(kBroken + ": "));
  CHECK(summary.find(" errors, ") != std::string::npos);
  CHECK(summary.ends_with(" warnings"));
}

TEST_CASE("cli: `-` reads the plan from standard input") {
  const Run ok = run_plan({"check", "-"}, read_file(kWhale));
  CHECK(ok.exit_code == 0);
  CHECK(ok.err == "");
  CHECK(ok.out == "<stdin>: ok — 21 tactics, 5 roles, 7 stages\n");

  const Run broken = run_plan({"check", "-"}, read_file(kBroken));
  CHECK(broken.exit_code == 1);
  CHECK(broken.out.starts_with("<stdin>:8:8: error: "));

  // Standard input may sit among files.
  const Run mixed = run_plan({"check", kWhale, "-"}, read_file(kBroken));
  CHECK(mixed.exit_code == 1);
  CHECK(mixed.out.starts_with(kWhale + ": ok"));
  CHECK(last_line(mixed.out).starts_with("<stdin>: "));
}

TEST_CASE("cli: a file that cannot be read exits 2 and names it") {
  const std::string dir = temp_dir();
  SUBCASE("missing") {
    const std::string missing = dir + "/no-such-plan.yaml";
    const Run run = run_plan({"check", missing});
    CHECK(run.exit_code == 2);
    CHECK(run.out == "");
    CHECK(run.err.find(missing) != std::string::npos);
    CHECK(run.err.find("No such file") != std::string::npos);
  }
  SUBCASE("a directory") {
    const Run run = run_plan({"check", dir});
    CHECK(run.exit_code == 2);
    CHECK(run.out == "");
    CHECK(run.err.find(dir) != std::string::npos);
    CHECK(run.err.find("directory") != std::string::npos);
  }
}

TEST_CASE("cli: several files are all checked, the exit status is the worst") {
  const std::string missing = temp_dir() + "/missing.yaml";
  const std::string warned = scratch_plan("warned.yaml", warning_only_plan());

  SUBCASE("all clean: 0") {
    const Run run = run_plan({"check", kWhale, warned, kWhale});
    CHECK(run.exit_code == 0);
    CHECK(run.err == "");
    CHECK(lines_of(run.out).front() == kWhale + ": ok — 21 tactics, 5 roles, 7 stages");
    CHECK(run.out.find(warned + ": 0 errors, 1 warning\n") != std::string::npos);
    CHECK(last_line(run.out) == kWhale + ": ok — 21 tactics, 5 roles, 7 stages");
  }
  SUBCASE("one with errors: 1, and the files after it are still checked") {
    const Run run = run_plan({"check", kBroken, kWhale});
    CHECK(run.exit_code == 1);
    CHECK(run.out.starts_with(kBroken + ":"));
    CHECK(last_line(run.out) == kWhale + ": ok — 21 tactics, 5 roles, 7 stages");
  }
  SUBCASE("one unreadable: 2, and every readable file is still checked") {
    const Run run = run_plan({"check", kBroken, missing, kWhale});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find(missing) != std::string::npos);
    CHECK(run.out.starts_with(kBroken + ":"));
    CHECK(run.out.find(kBroken + ": ") != std::string::npos);
    CHECK(last_line(run.out) == kWhale + ": ok — 21 tactics, 5 roles, 7 stages");
  }
  SUBCASE("unreadable first, clean after: still 2") {
    const Run run = run_plan({"check", missing, kWhale});
    CHECK(run.exit_code == 2);
    CHECK(run.out == kWhale + ": ok — 21 tactics, 5 roles, 7 stages\n");
  }
}

TEST_CASE("cli: --strict fails on warnings, which stay warnings") {
  const std::string warned = scratch_plan("warned.yaml", warning_only_plan());

  const Run plain = run_plan({"check", warned});
  CHECK(plain.exit_code == 0);
  CHECK(plain.out.find(warned + ":25:11: warning: ") != std::string::npos);
  CHECK(plain.out.find("[missing-exit-criteria]") != std::string::npos);
  CHECK(last_line(plain.out) == warned + ": 0 errors, 1 warning");

  const Run strict = run_plan({"check", "--strict", warned});
  CHECK(strict.exit_code == 1);
  CHECK(strict.out == plain.out);  // only the exit status changes
  CHECK(strict.out.find(": error: ") == std::string::npos);

  // Errors fail with or without --strict.
  CHECK(run_plan({"check", "--strict", kBroken}).exit_code == 1);
}

TEST_CASE("cli: -q drops only the summary and ok lines") {
  const std::string warned = scratch_plan("warned.yaml", warning_only_plan());

  const Run clean = run_plan({"check", "-q", kWhale});
  CHECK(clean.exit_code == 0);
  CHECK(clean.out == "");

  for (const std::string& path : {warned, kBroken}) {
    CAPTURE(path);
    const Run loud = run_plan({"check", path});
    const Run quiet = run_plan({"check", "--quiet", path});
    CHECK(quiet.exit_code == loud.exit_code);
    CHECK(quiet.out != "");
    CHECK(quiet.out == without_last_line(loud.out));
  }

  // Several files: every finding kept, every summary and ok line gone.
  const Run loud = run_plan({"check", kBroken, kWhale, warned});
  const Run quiet = run_plan({"check", "-q", kBroken, kWhale, warned});
  CHECK(quiet.exit_code == 1);
  std::string expected;
  for (const std::string& line : lines_of(loud.out)) {
    const bool summary = line == kWhale + ": ok — 21 tactics, 5 roles, 7 stages" ||
                         line.starts_with(kBroken + ": ") || line.starts_with(warned + ": ");
    if (!summary) expected += line + "\n";
  }
  CHECK(quiet.out == expected);
}

TEST_CASE("cli: --as-of decides what is overdue, and a bad one is a usage error") {
  // As of the plan's own date the example is clean; a month later it is not.
  const Run later = run_plan({"check", "--as-of", "2027-04-15", kWhale});
  CHECK(later.exit_code == 0);
  CHECK(later.out.find("[overdue]") != std::string::npos);
  CHECK(later.out.find("[stalled-deal]") != std::string::npos);
  CHECK(run_plan({"check", "--strict", "--as-of", "2027-04-15", kWhale}).exit_code == 1);

  for (const std::string bad : {"2027-02-30", "15/03/2027", "2027-3-15", "today", ""}) {
    CAPTURE(bad);
    const Run run = run_plan({"check", "--as-of", bad, kWhale});
    CHECK(run.exit_code == 2);
    CHECK(run.out == "");
    CHECK(run.err.find("--as-of") != std::string::npos);
  }
}

}  // namespace
}  // namespace plan::test
