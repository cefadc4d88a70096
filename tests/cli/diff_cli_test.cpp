// `plan diff` end to end: goldens of every format, --fail-on and --slip-days,
// the JSON against schema/diff.schema.json, --git against a real repository,
// and every way it can be refused.

#include <filesystem>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "render/findings_support.hpp"
#include "support/test_support.hpp"
#include "support/text.hpp"

namespace plan::test {
namespace {

const std::string kOld = "tests/data/diff/old.yaml";
const std::string kNew = "tests/data/diff/new.yaml";

/// `plan diff` run from the source tree, so that the paths in the output are relative.
Run diff(std::vector<std::string> args) {
  args.insert(args.begin(), "diff");
  RunOptions options;
  options.cwd = source_path("");
  return run_plan(args, options);
}

TEST_CASE("diff cli: goldens of every format") {
  for (const std::string format : {"text", "markdown", "json"}) {
    CAPTURE(format);
    const Run run = diff({kOld, kNew, "--format", format, "--color", "never"});
    CHECK(run.exit_code == 0);
    CHECK(run.err == "");
    const std::string extension = format == "markdown" ? "md" : format == "json" ? "json" : "txt";
    compare_with_golden("tests/golden/diff/whale-hunting." + extension, run.out);
  }
}

TEST_CASE("diff cli: each --fail-on kind fails the run when it occurs, and only then") {
  // The pair has a slip of 14 days, a removed deal, a reassignment, a lowered
  // target and a new warning, but no new error.
  struct Case {
    const char* kind;
    int exit_code;
  };
  for (const Case k : {Case{"slipped", 1}, Case{"removed", 1}, Case{"reassigned", 1},
                       Case{"target-lowered", 1}, Case{"new-warning", 1}, Case{"new-error", 0}}) {
    CAPTURE(k.kind);
    const Run run = diff({kOld, kNew, "--fail-on", k.kind});
    CHECK(run.exit_code == k.exit_code);
    CHECK(run.err == "");
  }
  // The same plan on both sides fails nothing.
  CHECK(diff({kOld, kOld, "--fail-on", "removed", "--fail-on", "new-warning"}).exit_code == 0);
  // --slip-days N: only slips of more than N days fail (every slip here is 14 days).
  CHECK(diff({kOld, kNew, "--fail-on", "slipped", "--slip-days", "13"}).exit_code == 1);
  CHECK(diff({kOld, kNew, "--fail-on", "slipped", "--slip-days", "14"}).exit_code == 0);
  // The Markdown marks what fails.
  const Run md = diff({kOld, kNew, "--format", "markdown", "--fail-on", "removed"});
  CHECK(md.out.find("❌ **removed** `umbrella`") != std::string::npos);
}

TEST_CASE("diff cli: the JSON follows schema/diff.schema.json") {
  const std::string dir = temp_dir();
  const Run changed = diff({kOld, kNew, "--format", "json", "--fail-on", "slipped"});
  write_text(dir + "/changed.json", changed.out);
  write_text(dir + "/same.json", diff({kOld, kOld, "--format", "json"}).out);
  const std::string git_like = diff({kNew, kOld, "--format", "json"}).out;
  write_text(dir + "/reverse.json", git_like);
  const Run v = ci::validate(source_path("schema/diff.schema.json"),
                             {dir + "/changed.json", dir + "/same.json", dir + "/reverse.json"});
  CHECK(v.exit_code == 0);
  CHECK(v.out ==
        "ok " + dir + "/changed.json\nok " + dir + "/same.json\nok " + dir + "/reverse.json\n");
  CHECK(changed.out.find("\"failed\": true") != std::string::npos);
}

TEST_CASE("diff cli: bad input exits 2 with a message") {
  const Run missing = diff({kOld, "no-such-plan.yaml"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("cannot read `no-such-plan.yaml`") != std::string::npos);
  const Run one = diff({kOld});
  CHECK(one.exit_code == 2);
  CHECK(one.err.find("give two plan files") != std::string::npos);
  const Run kind = diff({kOld, kNew, "--fail-on", "slip"});
  CHECK(kind.exit_code == 2);
  CHECK(kind.err.find("did you mean `slipped`?") != std::string::npos);
  const Run negative = diff({kOld, kNew, "--slip-days", "-1"});
  CHECK(negative.exit_code == 2);
}

TEST_CASE("diff cli: a side with structural errors is refused, naming the side") {
  const std::string dir = temp_dir();
  const std::string broken = dir + "/broken.yaml";
  write_text(
      broken,
      replace_once(read_file(source_path(kNew)),
                   "owner: ceo\n      assignee: Margaret Okafor\n      start: 2027-01-11",
                   "owner: nobody\n      assignee: Margaret Okafor\n      start: 2027-01-11"));
  const Run run = diff({kOld, broken, "--color", "never"});
  CHECK(run.exit_code == 1);
  CHECK(run.out == "");
  CHECK(run.err.find("[unknown-reference]") != std::string::npos);
  CHECK(run.err.find("fix this error in the new plan (`" + broken + "`) to see the diff") !=
        std::string::npos);
}

/// Runs git in `dir`; fails the test (naming the package) when git is missing.
void git(const std::string& dir, const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"/usr/bin/git", "-C", dir};
  argv.insert(argv.end(), args.begin(), args.end());
  RunOptions options;
  options.env = {"GIT_AUTHOR_NAME=t",     "GIT_AUTHOR_EMAIL=t@example.com",
                 "GIT_COMMITTER_NAME=t",  "GIT_COMMITTER_EMAIL=t@example.com",
                 "GIT_CONFIG_NOSYSTEM=1", "HOME=" + dir};
  const Run run = run_program(argv, options);
  REQUIRE_MESSAGE(run.exit_code == 0,
                  "git " << args.front() << " failed (is the `git` package "
                         << "installed? scripts/install-deps installs it): " << run.err);
}

TEST_CASE("diff cli: --git REV FILE against a real repository, from any folder") {
  const std::string repo = temp_dir();
  std::filesystem::create_directories(repo + "/plans");
  std::filesystem::create_directories(repo + "/other");
  write_text(repo + "/plans/plan.yaml", read_file(source_path(kOld)));
  git(repo, {"init", "-q"});
  git(repo, {"add", "plans/plan.yaml"});
  git(repo, {"commit", "-q", "-m", "plan"});
  write_text(repo + "/plans/plan.yaml", read_file(source_path(kNew)));

  // From the repository's root, from the plan's folder and from a sibling
  // folder: the same comparison.
  RunOptions root;
  root.cwd = repo;
  const Run at_root =
      run_plan({"diff", "--git", "HEAD", "plans/plan.yaml", "--format", "json"}, root);
  CHECK(at_root.exit_code == 0);
  CHECK(at_root.err == "");
  CHECK(at_root.out.find("\"old\": \"HEAD:plans/plan.yaml\"") != std::string::npos);
  CHECK(at_root.out.find("\"kind\": \"slipped\"") != std::string::npos);
  RunOptions inside;
  inside.cwd = repo + "/plans";
  const Run in_folder =
      run_plan({"diff", "--git", "HEAD", "plan.yaml", "--format", "json"}, inside);
  CHECK(in_folder.exit_code == 0);
  CHECK(in_folder.out.find("\"kind\": \"slipped\"") != std::string::npos);
  RunOptions sibling;
  sibling.cwd = repo + "/other";
  const Run from_sibling =
      run_plan({"diff", "--git", "HEAD", "../plans/plan.yaml", "--fail-on", "removed"}, sibling);
  CHECK(from_sibling.exit_code == 1);  // the deal `umbrella` was removed
  CHECK(from_sibling.err == "");

  // What git cannot show: exit 2, git's reason in words.
  const Run revision = run_plan({"diff", "--git", "no-such-rev", "plans/plan.yaml"}, root);
  CHECK(revision.exit_code == 2);
  CHECK(revision.err.find("the repository has no revision `no-such-rev`") != std::string::npos);
  write_text(repo + "/plans/new.yaml", read_file(source_path(kNew)));
  const Run not_there = run_plan({"diff", "--git", "HEAD", "plans/new.yaml"}, root);
  CHECK(not_there.exit_code == 2);
  CHECK(not_there.err.find("`plans/new.yaml` is not in revision `HEAD`") != std::string::npos);
  const std::string elsewhere = temp_dir();
  write_text(elsewhere + "/plan.yaml", read_file(source_path(kOld)));
  RunOptions outside;
  outside.cwd = elsewhere;
  outside.env = {"GIT_CEILING_DIRECTORIES=" + elsewhere.substr(0, elsewhere.rfind('/'))};
  // From a folder outside the repository, the plan's path says where it is.
  const Run from_outside = run_plan(
      {"diff", "--git", "HEAD", repo + "/plans/plan.yaml", "--fail-on", "removed"}, outside);
  CHECK(from_outside.exit_code == 1);
  CHECK(from_outside.err == "");
  const Run no_repo = run_plan({"diff", "--git", "HEAD", "plan.yaml"}, outside);
  CHECK(no_repo.exit_code == 2);
  CHECK(no_repo.err.find("`.` is not in a git repository") != std::string::npos);
}

}  // namespace
}  // namespace plan::test
