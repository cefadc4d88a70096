// `plan schema`: the JSON Schema of the plan format. Its keys and required keys
// are the loader's (src/load/plan_format.cpp, read back through the loader's
// own messages); every valid plan validates and each kind of schema error is
// rejected, by a real JSON Schema validator (python3-jsonschema).

#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "plan/check/rule_table.hpp"
#include "plan/model/rule.hpp"
#include "render/findings_support.hpp"

namespace plan::test::ci {
namespace {

using nlohmann::json;

const json& schema() {
  static const json s = json::parse(read_file(source_path("schema/plan.schema.json")));
  return s;
}

/// A $defs entry, or the root for "plan".
const json& def(const std::string& name) {
  return name == "plan" ? schema() : schema().at("$defs").at(name);
}

/// Whether a definition is a mapping of the format (some may also be empty).
bool is_mapping(const json& d) {
  const json type = d.value("type", json());
  return type == "object" || (type.is_array() && type.at(0) == "object");
}

std::set<std::string> property_names(const json& object) {
  std::set<std::string> out;
  for (const auto& [key, value] : object.at("properties").items())
    out.insert(key);
  return out;
}

std::set<std::string> required_names(const json& object) {
  std::set<std::string> out;
  if (object.contains("required")) {
    for (const auto& key : object.at("required"))
      out.insert(key.get<std::string>());
  }
  return out;
}

/// The loader's words for each mapping (`unknown key `k` in <what>`) and the
/// schema's $defs entry for it.
const std::map<std::string, std::string> kMappings{
    {"the plan", "plan"},
    {"the strategy", "strategy"},
    {"a goal", "goal"},
    {"the process", "process"},
    {"a stage", "stage"},
    {"a role", "role"},
    {"the tactical plan", "tactical_plan"},
    {"a tactic", "tactic"},
    {"the measure", "measure"},
    {"a deal", "deal"},
    {"the policy", "policy"},
    {"`strategy_years`", "limits"},
    {"`tactical_months`", "limits"},
};

TEST_CASE("schema: `plan schema` prints schema/plan.schema.json, and -o writes it") {
  const Run run = run_plan({"schema"});
  CHECK(run.exit_code == 0);
  CHECK(run.err == "");
  CHECK(run.out == read_file(source_path("schema/plan.schema.json")));
  CHECK(schema().at("$schema") == "https://json-schema.org/draft/2020-12/schema");
  const std::string out = temp_dir() + "/plan.schema.json";
  CHECK(run_plan({"schema", "-o", out}).exit_code == 0);
  CHECK(read_file(out) == run.out);
  CHECK(run_plan({"schema", "-o", temp_dir() + "/no/such/dir.json"}).exit_code == 2);
}

TEST_CASE("schema: each mapping's properties are the keys the loader accepts") {
  // A key no valid key is close to: the loader then lists every key it accepts there.
  const std::string probe = "qqqqqqqqqqqqqqqqqqqq";
  const std::string yaml = fmt::format(R"({0}: 1
strategy:
  {0}: 1
  goals: [{{{0}: 1}}]
process:
  {0}: 1
  stages: [{{{0}: 1}}]
roles: [{{{0}: 1}}]
tactical_plan:
  {0}: 1
  tactics: [{{{0}: 1, measure: {{{0}: 1}}}}]
deals: [{{{0}: 1}}]
policy:
  {0}: 1
  strategy_years: {{{0}: 1}}
  tactical_months: {{{0}: 1}}
)",
                                       probe);
  const Checked checked = check_yaml(yaml);
  const std::regex message("unknown key `" + probe +
                           "` in (.+); expected one of: (.+) \\(or a key starting with `x-`\\)");
  std::set<std::string> seen;
  for (const Finding* f : checked.of("unknown-key")) {
    std::smatch m;
    REQUIRE_MESSAGE(std::regex_match(f->message, m, message), f->message);
    const std::string what = m[1];
    REQUIRE_MESSAGE(kMappings.count(what) == 1, what);
    seen.insert(what);
    std::set<std::string> accepted;
    std::string list = m[2];
    for (std::size_t at = 0; at <= list.size();) {
      const auto comma = list.find(", ", at);
      accepted.insert(list.substr(at, comma == std::string::npos ? std::string::npos : comma - at));
      if (comma == std::string::npos) break;
      at = comma + 2;
    }
    CAPTURE(what);
    CHECK(property_names(def(kMappings.at(what))) == accepted);
  }
  CHECK(seen.size() == kMappings.size());
}

/// A plan with every key of the schema, nested where the key holds a mapping
/// or a list of mappings, every other value empty (which the loader treats as absent).
json every_key(const json& object) {
  json out = json::object();
  for (const auto& [key, property] : object.at("properties").items()) {
    std::string target;
    bool list = false;
    const auto refers = [&](const json& p) {
      if (p.contains("$ref")) {
        const std::string ref = p.at("$ref");
        const std::string name = ref.substr(ref.rfind('/') + 1);
        if (is_mapping(def(name))) target = name;
      }
      const json type = p.value("type", json());
      if ((type == "array" || (type.is_array() && type.at(0) == "array")) && p.contains("items") &&
          p.at("items").contains("$ref")) {
        const std::string ref = p.at("items").at("$ref");
        const std::string name = ref.substr(ref.rfind('/') + 1);
        if (is_mapping(def(name))) target = name, list = true;
      }
    };
    refers(property);
    if (property.contains("anyOf")) {
      for (const auto& option : property.at("anyOf"))
        refers(option);
    }
    if (target.empty()) {
      out[key] = nullptr;
    } else if (list) {
      out[key] = json::array({every_key(def(target))});
    } else {
      out[key] = every_key(def(target));
    }
  }
  return out;
}

TEST_CASE("schema: a plan with every key of the schema has no unknown key") {
  // JSON is YAML: the loader reads the plan as written.
  const std::string yaml = every_key(schema()).dump(2);
  CAPTURE(yaml);
  CHECK(yaml.find("\"done_on\"") != std::string::npos);
  CHECK(yaml.find("\"tactical_months\"") != std::string::npos);
  const Checked checked = check_yaml(yaml);
  CHECK(checked.of("unknown-key").empty());
  CHECK(checked.of("yaml-syntax").empty());
}

TEST_CASE("schema: each mapping's required keys are the ones the loader requires") {
  // Every mapping empty (an `x-` key only), so that each reports all it lacks.
  const std::vector<std::string> plans{
      "x-a: 1\n",
      "strategy: {x-a: 1}\nprocess: {x-a: 1}\nroles: [{x-a: 1}]\ntactical_plan: {x-a: 1}\n"
      "deals: [{x-a: 1}]\npolicy: {x-a: 1, strategy_years: {x-a: 1}}\n",
      "strategy: {goals: [{x-a: 1}]}\nprocess: {stages: [{x-a: 1}]}\n"
      "tactical_plan: {tactics: [{x-a: 1, measure: {x-a: 1}}]}\n",
  };
  const std::map<std::string, std::string> words{{"the plan", "plan"},
                                                 {"the strategy", "strategy"},
                                                 {"this goal", "goal"},
                                                 {"the process", "process"},
                                                 {"this stage", "stage"},
                                                 {"this role", "role"},
                                                 {"the tactical plan", "tactical_plan"},
                                                 {"this tactic", "tactic"},
                                                 {"the measure", "measure"},
                                                 {"this deal", "deal"}};
  std::map<std::string, std::set<std::string>> required;
  const std::regex message("missing required key `([a-z_]+)` in ([a-z ]+)(;.*)?");
  for (const std::string& yaml : plans) {
    const Checked checked = check_yaml(yaml);
    for (const Finding* f : checked.of("missing-field")) {
      std::smatch m;
      if (!std::regex_match(f->message, m, message)) continue;  // a list too short
      REQUIRE_MESSAGE(words.count(m[2]) == 1, f->message);
      required[words.at(m[2])].insert(m[1]);
    }
  }
  CHECK(required.size() == words.size());
  // Named, not a structured binding: Clang 14 cannot capture one (CAPTURE does).
  for (const auto& entry : required) {
    const auto& [name, keys] = entry;
    CAPTURE(entry.first);
    std::set<std::string> expected = required_names(def(name));
    // `due` is required unless `after` and `within` give it: the schema says so in allOf.
    if (name == "tactic") expected.insert("due");
    CHECK(keys == expected);
  }
  // policy and its limits require nothing.
  CHECK(required_names(def("policy")).empty());
  CHECK(required_names(def("limits")).empty());
}

TEST_CASE("schema: policy.rules and ignore name exactly the rules that can be changed") {
  std::set<std::string> changeable;
  for (const Rule* rule : rule_table()) {
    if (!rule->structural) changeable.insert(std::string(rule->name));
  }
  CHECK(property_names(def("rule_levels")) == changeable);
  std::set<std::string> in_enum;
  for (const auto& name : def("rule").at("enum"))
    in_enum.insert(name.get<std::string>());
  CHECK(in_enum == changeable);
}

TEST_CASE("schema: every mapping rejects unknown keys and allows x- keys") {
  std::vector<std::string> objects{"plan"};
  for (const auto& [name, d] : schema().at("$defs").items()) {
    if (is_mapping(d)) objects.push_back(name);
  }
  CHECK(objects.size() == 13);
  for (const std::string& name : objects) {
    CAPTURE(name);
    CHECK(def(name).at("additionalProperties") == false);
    CHECK(def(name).at("patternProperties").contains("^x-"));
  }
}

// --- with a real validator ---------------------------------------------------

struct Verdicts {
  std::map<std::string, std::vector<std::string>> errors;  // path -> "/pointer: message"
  std::set<std::string> ok;
};

/// Validates every file against schema/plan.schema.json.
Verdicts validate_plans(const std::vector<std::string>& files) {
  const Run run = validate(source_path("schema/plan.schema.json"), files);
  Verdicts v;
  for (const std::string& line : lines_of(run.out)) {
    if (line.starts_with("ok ")) {
      v.ok.insert(line.substr(3));
      continue;
    }
    REQUIRE_MESSAGE(line.starts_with("invalid "), line);
    const auto colon = line.find(": /");
    REQUIRE_MESSAGE(colon != std::string::npos, line);
    v.errors[line.substr(8, colon - 8)].push_back(line.substr(colon + 2));
  }
  CHECK_MESSAGE(v.ok.size() + v.errors.size() == files.size(), run.out << run.err);
  return v;
}

TEST_CASE("schema: every valid plan validates (examples, goldens, the rules' fixes)") {
  std::vector<std::string> files{source_path("examples/whale-hunting.yaml")};
  // Goldens with no finding a schema can express (not the examples they link to).
  for (const char* folder : {"tests/golden/ok", "tests/golden/err"}) {
    for (const auto& entry : std::filesystem::directory_iterator(source_path(folder))) {
      if (entry.path().extension() != ".yaml" || entry.is_symlink()) continue;
      const Checked c = check_yaml(read_file(entry.path().string()));
      bool schema_kind = false;
      for (const char* rule : {"yaml-syntax", "invalid-document", "unknown-key", "missing-field",
                               "invalid-value", "invalid-date"}) {
        schema_kind = schema_kind || !c.of(rule).empty();
      }
      if (!schema_kind) files.push_back(entry.path().string());
    }
  }
  CHECK(files.size() >= 3);
  const std::string dir = temp_dir();
  write_text(dir + "/valid.yaml", kValidPlan);
  files.push_back(dir + "/valid.yaml");
  for (const Rule* rule : rule_table()) {
    const std::string path = dir + "/fix-" + std::string(rule->name) + ".yaml";
    write_text(path, set_into_base(rule->fix));
    files.push_back(path);
  }
  // What a JSON Schema cannot see is not rejected: a date off the calendar, a duplicate key.
  write_text(dir + "/calendar.yaml",
             replace_once(kValidPlan, "due: 2027-03-31", "due: 2027-02-30"));
  files.push_back(dir + "/calendar.yaml");
  const auto v = validate_plans(files);
  for (const auto& entry : v.errors) {
    const auto& [path, errors] = entry;
    CAPTURE(entry.first);
    for (const auto& e : errors)
      CHECK_MESSAGE(false, e);
  }
  CHECK(v.ok.size() == files.size());
}

TEST_CASE("schema: the broken example is rejected where a schema can see its mistakes") {
  const auto v = validate_plans({source_path("examples/broken.yaml")});
  REQUIRE(v.errors.size() == 1);
  const auto& errors = v.errors.begin()->second;
  std::string all;
  for (const auto& e : errors)
    all += e + "\n";
  CAPTURE(all);
  CHECK(all.find("/process/stages/2/probability: ") != std::string::npos);  // 1.5
  CHECK(all.find("/tactical_plan/tactics/0: 'tittle' ") != std::string::npos);
  CHECK(all.find("/tactical_plan/tactics/0: 'title' is a required property") != std::string::npos);
  CHECK(errors.size() == 3);
}

struct Mutation {
  std::string name;
  std::string from, to;  // in kValidPlan, or appended when `from` is empty
  std::string pointer;   // where the schema reports it
  std::string rule;      // what `plan check` reports
};

TEST_CASE("schema: each kind of schema error is rejected, as plan check rejects it") {
  const std::vector<Mutation> rejected{
      // unknown keys
      {"unknown key", "  name: Pursue whales\n", "  name: Pursue whales\n  nmae: x\n",
       "/strategy: 'nmae'", "unknown-key"},
      {"unknown key in a tactic", "      owner: ceo\n", "      owner: ceo\n      assigne: x\n",
       "/tactical_plan/tactics/0: 'assigne'", "unknown-key"},
      {"merge key", "", "x-base: &base {name: x}\nextra:\n  <<: *base\n", "/: 'extra'",
       "unknown-key"},
      // missing keys and lists too short
      {"missing key", "      name: Ten whale clients\n", "",
       "/strategy/goals/1: 'name' is a required", "missing-field"},
      {"missing due", "      due: 2027-03-31\n", "", "/tactical_plan/tactics/1: ", "missing-field"},
      {"required key empty", "  name: Pursue whales\n", "  name:\n", "/strategy/name: None",
       "missing-field"},
      {"empty roles",
       "roles:\n  - id: ceo\n    name: CEO\n    people: [Dana Whale]\n  - id: salesperson\n"
       "    name: Salesperson\n    people: [Ana Ruiz, Bo Chen]\n",
       "roles: []\n", "/roles: [] is too short", "missing-field"},
      {"one stage",
       "    - id: proof\n      name: Proof\n      exit: Proof accepted\n      probability: 0.3\n"
       "      max_days: 45\n    - id: close\n      name: Close\n      exit: Contract signed\n"
       "      probability: 0.9\n",
       "", "/process/stages: ", "missing-field"},
      // types
      {"list for text", "  name: Pursue whales\n", "  name: [Pursue, whales]\n",
       "/strategy/name: ", "invalid-value"},
      {"quoted number", "      target: 10\n", "      target: \"10\"\n",
       "/strategy/goals/1/target: ", "invalid-value"},
      {"mapping for a list", "  stages:\n", "  stages: {}\n  x-stages:\n",
       "/process/stages: ", "invalid-value"},
      // enumerations
      {"bad status", "      status: done\n", "      status: finished\n",
       "/tactical_plan/tactics/0/status: ", "invalid-value"},
      {"bad repeat", "      status: done\n", "      status: done\n      repeat: hourly\n",
       "/tactical_plan/tactics/0/repeat: ", "invalid-value"},
      {"bad policy level", "", "policy:\n  rules:\n    idle-role: loud\n",
       "/policy/rules/idle-role: ", "invalid-value"},
      {"structural rule in policy", "", "policy:\n  rules:\n    unknown-key: off\n",
       "/policy/rules: ", "invalid-value"},
      {"unknown rule in ignore", "      status: done\n",
       "      status: done\n      ignore: idle-rol\n",
       "/tactical_plan/tactics/0/ignore: ", "invalid-value"},
      {"version 2", "name: Valid plan\n", "version: 2\nname: Valid plan\n",
       "/version: ", "invalid-value"},
      // ranges
      {"probability above 1", "      probability: 0.3\n", "      probability: 1.3\n",
       "/process/stages/1/probability: ", "invalid-value"},
      {"negative deal value", "    value: 750000\n", "    value: -5\n",
       "/deals/0/value: -5 is less than the minimum of 0", "invalid-value"},
      {"max_days 0", "      max_days: 45\n", "      max_days: 0\n",
       "/process/stages/1/max_days: ", "invalid-value"},
      {"max_days a fraction", "      max_days: 45\n", "      max_days: 4.5\n",
       "/process/stages/1/max_days: ", "invalid-value"},
      // patterns
      {"bad id", "  - id: globex\n", "  - id: globex corp\n", "/deals/0/id: ", "invalid-value"},
      {"bad date", "  end: 2030-12-31\n", "  end: 31/12/2030\n", "/strategy/end: ", "invalid-date"},
      {"bad duration", "      within: 5d\n", "      within: 5 days\n",
       "/tactical_plan/tactics/2/within: ", "invalid-value"},
      {"bad effort", "      within: 5d\n", "      within: 5d\n      effort: 1.5h\n",
       "/tactical_plan/tactics/2/effort: ", "invalid-value"},
      // sales depth
      {"negative quota", "    people: [Ana Ruiz, Bo Chen]\n",
       "    people: [Ana Ruiz, Bo Chen]\n    quota: -5\n", "/roles/1/quota: -5 is less than",
       "invalid-value"},
      {"capacity not a duration", "    people: [Ana Ruiz, Bo Chen]\n",
       "    people: [Ana Ruiz, Bo Chen]\n    capacity: 30\n",
       "/roles/1/capacity: ", "invalid-value"},
      {"outcome closed", "    since: 2027-03-01\n",
       "    since: 2027-03-01\n    outcome: closed\n    closed_on: 2027-03-02\n",
       "/deals/0/outcome: ", "invalid-value"},
      {"outcome without closed_on", "    since: 2027-03-01\n",
       "    since: 2027-03-01\n    outcome: won\n", "/deals/0: 'closed_on' is a required",
       "missing-field"},
      {"closed_on without outcome", "    since: 2027-03-01\n",
       "    since: 2027-03-01\n    closed_on: 2027-03-02\n", "/deals/0: 'outcome' is a required",
       "invalid-value"},
      // `within` misuse
      {"within without after", "      after: dossiers\n", "",
       "/tactical_plan/tactics/2: ", "invalid-value"},
      {"within with due", "      within: 5d\n", "      within: 5d\n      due: 2027-04-15\n",
       "/tactical_plan/tactics/2: ", "invalid-value"},
  };
  const std::vector<Mutation> accepted{
      {"x- keys anywhere", "      status: done\n",
       "      status: done\n      x-note: {anything: [1, 2]}\n", "", ""},
      {"a scalar for a list", "    people: [Dana Whale]\n", "    people: Dana Whale\n", "", ""},
      {"empty optional values", "      status: done\n",
       "      status: done\n      notes:\n      repeat: ~\n", "", ""},
      {"policy levels as words", "",
       "policy:\n  rules: {idle-role: off, overdue: error}\n  "
       "tactical_months: {min: 3}\n",
       "", ""},
      {"ignore as a list", "      status: done\n", "      status: done\n      ignore: [overdue]\n",
       "", ""},
      {"quoted date", "  end: 2030-12-31\n", "  end: \"2030-12-31\"\n", "", ""},
      {"numeric id", "  - id: globex\n", "  - id: 2027\n", "", ""},
      {"sales keys", "    since: 2027-03-01\n",
       "    since: 2027-03-01\n    close: 2027-09-30\n    outcome: lost\n"
       "    closed_on: 2027-03-02\n",
       "", ""},
      {"quota and capacity", "    people: [Ana Ruiz, Bo Chen]\n",
       "    people: [Ana Ruiz, Bo Chen]\n    quota: 0\n    capacity: 37h30m\n", "", ""},
      {"quarterly", "      within: 5d\n", "      within: 5d\n      repeat: quarterly\n", "", ""},
  };
  const std::string dir = temp_dir();
  std::vector<std::string> files;
  const auto mutate = [&](const Mutation& m) {
    const std::string text =
        m.from.empty() ? kValidPlan + m.to : replace_once(kValidPlan, m.from, m.to);
    std::string path = dir + "/" + replace_all(m.name, " ", "-") + ".yaml";
    write_text(path, text);
    files.push_back(path);
    return text;
  };
  for (const Mutation& m : rejected) {
    CAPTURE(m.name);
    const Checked c = check_yaml(mutate(m), "2027-03-15");
    CHECK_MESSAGE(!c.of(m.rule).empty(), "plan check does not report " << m.rule);
  }
  for (const Mutation& m : accepted) {
    CAPTURE(m.name);
    const Checked c = check_yaml(mutate(m), "2027-03-15");
    CHECK(c.result.errors == 0);
  }
  const auto v = validate_plans(files);
  for (std::size_t i = 0; i < rejected.size(); ++i) {
    const Mutation& m = rejected[i];
    CAPTURE(m.name);
    const auto it = v.errors.find(files[i]);
    REQUIRE_MESSAGE(it != v.errors.end(), "the schema accepts it");
    std::string all;
    for (const auto& e : it->second)
      all += e + "\n";
    CHECK_MESSAGE(all.find(m.pointer) != std::string::npos, all);
  }
  for (std::size_t i = 0; i < accepted.size(); ++i) {
    CAPTURE(accepted[i].name);
    CHECK(v.ok.count(files[rejected.size() + i]) == 1);
  }
}

}  // namespace
}  // namespace plan::test::ci
