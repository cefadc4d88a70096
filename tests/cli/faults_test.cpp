// Faults: what `plan` does when its streams or files fail under it, when it
// is interrupted while writing, and when its input never ends. Each case was
// first reproduced on the binary, then fixed.

#include <sys/stat.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "support/test_support.hpp"
#include "support/text.hpp"

namespace {

using namespace plan::test;
namespace fs = std::filesystem;

const std::string kExample = source_path("examples/whale-hunting.yaml");

/// The names in a folder, sorted.
std::vector<std::string> names_in(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

mode_t mode_of(const std::string& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

/// The environment that preloads the fault library into `plan`. Under
/// AddressSanitizer, which must come first among the libraries, the order
/// check is turned off for it.
std::vector<std::string> fault_env(const std::string& fault) {
  return {std::string("LD_PRELOAD=") + PLAN_FAULT_SHIM, fault,
          "ASAN_OPTIONS=verify_asan_link_order=0"};
}

}  // namespace

TEST_CASE("faults: an unwritable standard error is never a crash") {
  RunOptions full;
  full.err_path = "/dev/full";
  CHECK(run_plan({"check", "missing.yaml"}, full).exit_code == 2);
  CHECK(run_plan({"--bogus"}, full).exit_code == 2);
  CHECK(run_plan({"explain", "no-such-rule"}, full).exit_code == 2);
  RunOptions closed;
  closed.close_err = true;
  CHECK(run_plan({"check", "missing.yaml"}, closed).exit_code == 2);
  CHECK(run_plan({"nosuchcommand"}, closed).exit_code == 2);
}

TEST_CASE("faults: a failed write to standard output says so and exits 2") {
  RunOptions full;
  full.out_path = "/dev/full";
  const std::string said = "plan: error: cannot write standard output: No space left on device\n";
  for (const std::vector<std::string>& args : {std::vector<std::string>{"check", kExample},
                                               {"--help"},
                                               {"check", "--help"},
                                               {"--version"},
                                               {"rules"},
                                               {"schema"},
                                               {"explain", "overdue"},
                                               {"tasks", kExample},
                                               {"report", kExample},
                                               {"pipeline", kExample, "--format", "json"}}) {
    CAPTURE(args.front());
    const Run run = run_plan(args, full);
    CHECK(run.exit_code == 2);
    CHECK(run.err == said);
  }
  // A plan with errors, its findings lost: still 2, a failed write.
  const Run broken = run_plan({"check", source_path("examples/broken.yaml")}, full);
  CHECK(broken.exit_code == 2);
  CHECK(broken.err == said);

  RunOptions pipe;
  pipe.out_to_closed_pipe = true;
  const Run closed = run_plan({"rules"}, pipe);
  CHECK(closed.exit_code == 2);
  CHECK(closed.err == "plan: error: cannot write standard output: Broken pipe\n");
}

TEST_CASE("faults: -o over an existing file keeps its mode, a new file gets the umask's") {
  const std::string dir = temp_dir();
  const std::string kept = dir + "/private.txt";
  write_text(kept, "old\n");
  REQUIRE(::chmod(kept.c_str(), 0600) == 0);
  const Run run = run_plan({"rules", "-o", kept});
  REQUIRE(run.exit_code == 0);
  CHECK(mode_of(kept) == 0600);
  CHECK(read_file(kept) == run_plan({"rules"}).out);

  REQUIRE(::chmod(kept.c_str(), 0640) == 0);
  REQUIRE(run_plan({"schema", "-o", kept}).exit_code == 0);
  CHECK(mode_of(kept) == 0640);

  const mode_t mask = ::umask(0);
  ::umask(mask);
  const std::string fresh = dir + "/new.txt";
  REQUIRE(run_plan({"rules", "-o", fresh}).exit_code == 0);
  CHECK(mode_of(fresh) == (0666 & ~mask));
}

TEST_CASE("faults: -o - writes standard output, not a file named -") {
  const std::string dir = temp_dir();
  RunOptions in_dir;
  in_dir.cwd = dir;
  const Run run = run_plan({"rules", "-o", "-"}, in_dir);
  CHECK(run.exit_code == 0);
  CHECK(run.out == run_plan({"rules"}).out);
  CHECK(names_in(dir).empty());
  const Run tasks = run_plan({"tasks", kExample, "--format", "csv", "-o", "-"}, in_dir);
  CHECK(tasks.exit_code == 0);
  CHECK(tasks.out == run_plan({"tasks", kExample, "--format", "csv"}).out);
  CHECK(names_in(dir).empty());
}

TEST_CASE("faults: an interrupted -o leaves no temporary file and the old file whole") {
  const std::string dir = temp_dir();
  const std::string out = dir + "/report.txt";
  write_text(out, "old\n");
  const Run run = run_plan({"report", kExample, "-o", out}, "", fault_env("PLAN_TEST_SIGNAL_AT=1"));
  CHECK(run.exit_code == 128 + SIGTERM);
  CHECK(names_in(dir) == std::vector<std::string>{"report.txt"});
  CHECK(read_file(out) == "old\n");

  // Without the interrupt the same run replaces the file: the test above
  // really stopped `plan` between writing and renaming.
  REQUIRE(run_plan({"report", kExample, "-o", out}).exit_code == 0);
  CHECK(read_file(out) != "old\n");
}

TEST_CASE("faults: --split writes the whole set or nothing") {
  const std::string dir = temp_dir();
  const std::string old_file = dir + "/salesperson.txt";
  write_text(old_file, "old\n");
  write_text(dir + "/notes.md", "mine\n");
  const std::vector<std::string> split{"tasks", kExample, "--split", dir};

  SUBCASE("interrupted while the third file is written") {
    const Run run = run_plan(split, "", fault_env("PLAN_TEST_SIGNAL_AT=3"));
    CHECK(run.exit_code == 128 + SIGTERM);
  }
  SUBCASE("the disk fills up at the third file") {
    const Run run = run_plan(split, "", fault_env("PLAN_TEST_ENOSPC_AT=3"));
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("No space left on device") != std::string::npos);
  }
  SUBCASE("a file of the set cannot be replaced (a folder has its name)") {
    fs::create_directory(dir + "/sme.txt");
    const Run run = run_plan(split, "");
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("sme.txt") != std::string::npos);
    fs::remove(dir + "/sme.txt");
  }
  // Nothing new, nothing half-written, the user's files intact.
  CHECK(names_in(dir) == std::vector<std::string>{"notes.md", "salesperson.txt"});
  CHECK(read_file(old_file) == "old\n");
  CHECK(read_file(dir + "/notes.md") == "mine\n");

  // And the same split, undisturbed, writes every role's file.
  REQUIRE(run_plan(split).exit_code == 0);
  CHECK(names_in(dir).size() > 3);
  CHECK(read_file(old_file) != "old\n");
}

TEST_CASE("faults: an endless or huge input is refused while it is read") {
  const Run zero = run_plan({"check", "--max-size", "1M", "/dev/zero"});
  CHECK(zero.exit_code == 2);
  CHECK(zero.err ==
        "plan: error: cannot read `/dev/zero`: it is larger than 1 MiB, far more than a plan "
        "needs (--max-size raises the limit)\n");
  const Run by_default = run_plan({"tasks", "/dev/zero"});
  CHECK(by_default.exit_code == 2);
  CHECK(by_default.err.find("larger than 64 MiB") != std::string::npos);

  const std::string plan = read_file(kExample);
  const Run piped = run_plan({"check", "--max-size", "1K", "-"}, plan);
  CHECK(piped.exit_code == 2);
  CHECK(piped.err.find("cannot read `<stdin>`: it is larger than 1 KiB") != std::string::npos);
  CHECK(run_plan({"check", "--max-size", "64K", "-"}, plan).exit_code == 0);

  const std::string dir = temp_dir();
  write_text(dir + "/big.yaml", std::string(5000, '#'));
  const Run file = run_plan({"check", "--max-size", "4000", dir + "/big.yaml"});
  CHECK(file.exit_code == 2);
  CHECK(file.err.find("larger than 4000 bytes") != std::string::npos);

  for (const char* bad : {"0", "2G", "12X", "-5", "1.5M", "", "01M"}) {
    CAPTURE(bad);
    const Run run = run_plan({"check", "--max-size", bad, kExample});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("--max-size") != std::string::npos);
  }
}
