// `plan init`: the starter plans pass `plan check --strict` as of their start
// whatever day that is, carry the schema modeline, and are never written over
// an existing file without --force, nor half-written anywhere.

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "support/test_support.hpp"

namespace plan::test {
namespace {

const std::vector<std::string> kVariants = {"", "--minimal"};
// Month ends that clamp (31 August + 6 months is 29 February), a leap day, a
// year's last day and an ordinary first of the month.
const std::vector<std::string> kStarts = {"2027-01-01", "2027-08-31", "2028-02-29",
                                          "2027-03-31", "2026-12-31", "2031-06-15"};

std::vector<std::string> init_args(const std::string& variant, std::vector<std::string> args) {
  if (!variant.empty()) args.push_back(variant);
  return args;
}

/// Every entry of a folder, by name.
std::vector<std::string> entries(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    names.push_back(entry.path().filename().string());
  return names;
}

TEST_CASE("init: both starter plans pass check --strict as of their start, on any start day") {
  const std::string dir = temp_dir();
  for (const std::string& variant : kVariants) {
    for (const std::string& start : kStarts) {
      CAPTURE(variant);
      CAPTURE(start);
      const Run init = run_plan(init_args(variant, {"init", "-", "--start", start}));
      REQUIRE(init.exit_code == 0);
      CHECK(init.err == "");
      CHECK(init.out.starts_with("# yaml-language-server: $schema=./plan.schema.json\n"));
      CHECK(init.out.find("{{") == std::string::npos);
      CHECK(init.out.find("start: " + start) != std::string::npos);

      const std::string path = dir + "/plan.yaml";
      write_text(path, init.out);
      const Run check = run_plan({"check", "--strict", "--as-of", start, path});
      CHECK_MESSAGE(check.exit_code == 0, check.out);
      // Through standard input too, the way a pipe would give it.
      CHECK(run_plan({"check", "--strict", "--as-of", start, "-"}, init.out).exit_code == 0);
    }
  }
}

TEST_CASE("init: the whale-hunting plan has the article's roles, stages and sample tactics") {
  const Run init = run_plan({"init", "-", "--start", "2027-01-01"});
  REQUIRE(init.exit_code == 0);
  for (const char* text :
       {"name: Qualify", "name: 1st meeting", "name: Proof", "name: 2nd meeting", "name: Proposal",
        "name: Close", "name: Intake", "name: CEO", "name: Sales Specialist/Assistant",
        "name: Sales Manager", "name: Salesperson", "name: Subject Matter Expert",
        "Pursue whales to grow revenue",
        "Schedule an in-house workshop to introduce Whale Hunting to the entire company",
        "within 5 days of receiving the completed dossier", "end: 2030-12-31", "end: 2027-12-31"}) {
    CAPTURE(text);
    CHECK(init.out.find(text) != std::string::npos);
  }
  const Run check = run_plan({"check", "--as-of", "2027-01-01", "-"}, init.out);
  CHECK(check.out == "<stdin>: ok — 18 tactics, 5 roles, 7 stages\n");

  const Run minimal = run_plan({"init", "-", "--minimal", "--start", "2027-01-01"});
  const Run minimal_check = run_plan({"check", "--as-of", "2027-01-01", "-"}, minimal.out);
  CHECK(minimal_check.out == "<stdin>: ok — 1 tactic, 1 role, 7 stages\n");
}

TEST_CASE("init: the starter plans validate against the JSON Schema") {
  const std::string dir = temp_dir();
  const std::string schema = dir + "/plan.schema.json";
  REQUIRE(run_plan({"schema", "-o", schema}).exit_code == 0);
  for (const std::string& variant : kVariants) {
    CAPTURE(variant);
    const std::string path = dir + "/plan" + variant + ".yaml";
    REQUIRE(run_plan(init_args(variant, {"init", path, "--start", "2028-02-29"})).exit_code == 0);
    // YAML dates load as dates; the schema (like an editor) sees them as strings.
    const Run run = run_python({"yaml", "jsonschema"}, "python3-yaml python3-jsonschema",
                               {"-c",
                                "import sys, json, yaml, jsonschema\n"
                                "yaml.SafeLoader.yaml_implicit_resolvers.pop('=', None)\n"
                                "for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items():\n"
                                "    yaml.SafeLoader.yaml_implicit_resolvers[k] = [r for r in v "
                                "if r[0] != 'tag:yaml.org,2002:timestamp']\n"
                                "plan = yaml.safe_load(open(sys.argv[1]))\n"
                                "jsonschema.validate(plan, json.load(open(sys.argv[2])))\n"
                                "print('valid')\n",
                                path, schema});
    CHECK_MESSAGE(run.out == "valid\n", run.err);
  }
}

TEST_CASE("init: the default file is plan.yaml and the default start the first of next month") {
  const std::string dir = temp_dir();
  RunOptions in_dir;
  in_dir.cwd = dir;
  const Run run = run_plan({"init"}, in_dir);
  CHECK(run.exit_code == 0);
  CHECK(run.err == "");
  CHECK(run.out.starts_with("wrote `plan.yaml`, a plan starting on "));
  const std::string text = read_file(dir + "/plan.yaml");
  const auto at = text.find("tactical_plan:\n  name: Year one\n  start: ");
  REQUIRE(at != std::string::npos);
  const std::string start = text.substr(text.find("start: ", at) + 7, 10);
  CHECK(start.ends_with("-01"));
  CHECK(run.out.find(start) != std::string::npos);
  // As of today, before the plan starts, it passes too.
  CHECK(run_plan({"check", "--strict", dir + "/plan.yaml"}).exit_code == 0);
}

TEST_CASE("init: an existing file is left byte for byte unless --force") {
  const std::string dir = temp_dir();
  const std::string path = dir + "/plan.yaml";
  const std::string mine = "name: my own plan\n# not a starter\n";
  for (const std::string& variant : kVariants) {
    CAPTURE(variant);
    write_text(path, mine);
    const Run refused = run_plan(init_args(variant, {"init", path}));
    CHECK(refused.exit_code == 2);
    CHECK(refused.out == "");
    CHECK(refused.err == "plan: error: `" + path +
                             "` already exists; it was left as it is (--force replaces it)\n");
    CHECK(read_file(path) == mine);
  }
  // A symbolic link, even one that points nowhere, is something that exists.
  const std::string link = dir + "/link.yaml";
  REQUIRE(::symlink((dir + "/nowhere.yaml").c_str(), link.c_str()) == 0);
  CHECK(run_plan({"init", link}).exit_code == 2);
  CHECK_FALSE(std::filesystem::exists(dir + "/nowhere.yaml"));

  const Run forced = run_plan({"init", path, "--force", "--start", "2027-01-01"});
  CHECK(forced.exit_code == 0);
  CHECK(read_file(path) == run_plan({"init", "-", "--start", "2027-01-01"}).out);
  CHECK(entries(dir).size() == 2);  // no temporary file left beside it

  // A new plan is linked into place, not renamed: it gets a new file's mode.
  const std::string fresh = dir + "/fresh.yaml";
  REQUIRE(run_plan({"init", fresh}).exit_code == 0);
  const mode_t mask = ::umask(0);
  ::umask(mask);
  struct stat st {};
  REQUIRE(::stat(fresh.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == (0666 & ~mask));
  CHECK(st.st_nlink == 1);
  CHECK(entries(dir).size() == 3);
}

TEST_CASE("init: a missing folder, a folder or a read-only folder exit 2, nothing written") {
  const std::string dir = temp_dir();
  const Run missing = run_plan({"init", dir + "/no/such/plan.yaml"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.out == "");
  CHECK(missing.err == "plan: error: cannot write `" + dir +
                           "/no/such/plan.yaml`: there is no folder `" + dir +
                           "/no/such`; create it first\n");

  const Run folder = run_plan({"init", dir, "--force"});
  CHECK(folder.exit_code == 2);
  CHECK(folder.err == "plan: error: cannot write `" + dir + "`: it is a folder\n");

  // Read-only for whoever runs `plan`. Root writes anywhere through its
  // capabilities, so as root the run gives them all up first (setpriv, from
  // util-linux); it then obeys the folder's mode as anyone else would.
  const std::string locked = dir + "/locked";
  REQUIRE(::mkdir(locked.c_str(), 0555) == 0);
  std::vector<std::string> argv{PLAN_EXE, "init", locked + "/plan.yaml"};
  if (::geteuid() == 0) {
    REQUIRE_MESSAGE(std::filesystem::exists("/usr/bin/setpriv"),
                    "the read-only test needs setpriv: apt-get install util-linux");
    argv.insert(argv.begin(), {"/usr/bin/setpriv", "--inh-caps=-all", "--bounding-set=-all", "--"});
  }
  const Run read_only = run_program(argv);
  CHECK(read_only.exit_code == 2);
  CHECK(read_only.out == "");
  CHECK(read_only.err ==
        "plan: error: cannot write `" + locked + "/plan.yaml`: Permission denied\n");
  CHECK(entries(locked).empty());
}

TEST_CASE("init: usage errors exit 2") {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"init", "-", "--start", "2027-02-30"},
        {"init", "-", "--start", "next month"},
        {"init", "-", "--start", "9997-01-01"},  // would end after 9999
        {"init", "-", "--bogus"}}) {
    CAPTURE(args.back());
    const Run run = run_plan(args);
    CHECK(run.exit_code == 2);
    CHECK(run.out == "");
    CHECK(run.err.starts_with("plan: error: "));
  }
}

}  // namespace
}  // namespace plan::test
