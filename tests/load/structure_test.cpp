// The loader's structural rules: where each fires, where it points,
// and a near miss where it must not fire. Line numbers refer to kValidPlan.

#include <doctest/doctest.h>

#include "load/load_support.hpp"

using namespace plan::test;

namespace {

Checked with(std::string_view from, std::string_view to) {
  return check_yaml(replace_once(kValidPlan, from, to));
}

/// kValidPlan without the line that holds `text` (and its line break).
Checked without_line(std::string_view text) {
  const auto at = kValidPlan.find(text);
  REQUIRE(at != std::string::npos);
  const auto begin = kValidPlan.rfind('\n', at) + 1;
  const auto end = kValidPlan.find('\n', at) + 1;
  return with(std::string_view(kValidPlan).substr(begin, end - begin), "");
}

}  // namespace

// --- yaml-syntax ---------------------------------------------------------------

TEST_CASE("yaml-syntax: an unclosed flow list is the file's only finding") {
  const auto c = check_yaml("name: [unclosed\nas_of: 2027-01-01\n");
  CHECK(all_findings(c) == "yaml-syntax@1:7");
  CHECK(only(c, "yaml-syntax").message ==
        "a list opened with `[` is not closed; add the `]` where it ends, or put the text in "
        "quotes if the `[` is part of it");
  CHECK(c.result.structural_errors);
}

TEST_CASE("yaml-syntax: a bad indentation in the middle of a plan hides every other finding") {
  const auto c = with("  name: Pursue whales\n", "  name: Pursue whales\n   bad: indent\n");
  CHECK(all_findings(c) == "yaml-syntax@5:4");
  CHECK(only(c, "yaml-syntax").message ==
        "this line is indented 3 spaces; the keys above it are at 2");
}

TEST_CASE("yaml-syntax: a tab used for indentation") {
  const auto c = check_yaml("name: x\n\tas_of: 2027-01-01\n");
  CHECK(all_findings(c) == "yaml-syntax@2:1");
}

TEST_CASE("yaml-syntax: a quote left open to the end of the file") {
  const auto c = check_yaml("name: x\nas_of: \"2027-01-01\n");
  CHECK(span_text(c, only(c, "yaml-syntax")) == "2:8-2:9");
  CHECK(all_findings(check_yaml("name: x\nas_of: 'it''s\n")) == "yaml-syntax@2:8");
}

TEST_CASE("yaml-syntax: near miss, quotes and colons inside quoted text") {
  const auto c = with("name: Valid plan", R"(name: "a: b # not a comment \" 'x'")");
  CHECK(all_findings(c) == "");
  REQUIRE(c.result.plan.name.known());
  CHECK(*c.result.plan.name == R"(a: b # not a comment " 'x')");
  CHECK(all_findings(with("name: Valid plan", "name: 'it''s ok'")) == "");
}

// --- unknown-key -----------------------------------------------------------------

TEST_CASE("unknown-key: a misspelt key is unknown-key, and the required key it meant is missing") {
  const auto c = with("  end: 2030-12-31\n", "  edn: 2030-12-31\n");
  CHECK(all_findings(c) == "missing-field@4:3, unknown-key@6:3");
  const auto& unknown = only(c, "unknown-key");
  CHECK(span_text(c, unknown) == "6:3-6:6");
  CHECK(unknown.message == "unknown key `edn` in the strategy; did you mean `end`?");
  CHECK(only(c, "missing-field").message == "missing required key `end` in the strategy");
}

TEST_CASE("unknown-key: a misspelt top-level key, the missing key points at 1:1") {
  const auto c = with("name: Valid plan", "nmae: Valid plan");
  CHECK(all_findings(c) == "unknown-key@1:1, missing-field@1:1");
  CHECK(only(c, "unknown-key").message == "unknown key `nmae` in the plan; did you mean `name`?");
}

TEST_CASE("unknown-key: far from any key, the message lists the keys") {
  const auto c = with("    since: 2027-03-01\n", "    since: 2027-03-01\n    zzzzzzzzz: 1\n");
  CHECK(all_findings(c) == "unknown-key@79:5");
  CHECK(only(c, "unknown-key").message ==
        "unknown key `zzzzzzzzz` in a deal; expected one of: id, name, value, stage, owner, "
        "assignee, since, close, outcome, closed_on, ignore (or a key starting with `x-`)");
}

TEST_CASE("unknown-key: in every section") {
  struct Case {
    const char* after;
    const char* key;
    const char* expected;
  };
  for (const Case k : {
           Case{"  name: Pursue whales\n", "  goal:", "unknown-key@5:3"},
           Case{"      name: Annual revenue of $12M\n", "      nmae:", "unknown-key@10:7"},
           Case{"  name: Whale hunting\n", "  stage:", "unknown-key@19:3"},
           Case{"      name: Qualify\n", "      exits:", "unknown-key@22:7"},
           Case{"    name: CEO\n", "    person:", "unknown-key@37:5"},
           Case{"  name: 2027 tactical plan\n", "  title:", "unknown-key@43:3"},
           Case{"      title: Compile dossiers on selected whales\n",
                "      owners:", "unknown-key@58:7"},
           Case{"    name: Globex Corp\n", "    stages:", "unknown-key@74:5"},
       }) {
    const std::string key = k.key;
    CAPTURE(key);
    const auto c = with(k.after, std::string(k.after) + key + " x\n");
    CHECK(loader_summary(c) == k.expected);
  }
}

TEST_CASE("unknown-key: inside a flow mapping, at the key") {
  const auto c = with("{metric: workshops held, target: 1, actual: 1}",
                      "{metric: workshops held, target: 1, actual: 1, taget: 2}");
  CHECK(span_text(c, only(c, "unknown-key")) == "53:63-53:68");
  CHECK(only(c, "unknown-key").message ==
        "unknown key `taget` in the measure; did you mean `target`?");
}

TEST_CASE("unknown-key: keys are exact, case matters") {
  const auto c = with("  tactics:\n", "  Tactics:\n");
  CHECK(loader_summary(c) == "missing-field@42:3, unknown-key@45:3");
}

TEST_CASE("unknown-key: `<<` is an ordinary key, not a merge") {
  const std::string yaml =
      replace_once(kValidPlan,
                   "    - id: dossiers\n      title: Compile dossiers on selected whales\n      "
                   "owner: salesperson\n",
                   "    - id: dossiers\n      <<: {title: Compile dossiers, owner: salesperson}\n");
  const auto c = check_yaml(yaml);
  // The merged keys are not read, so title and owner are missing.
  CHECK(loader_summary(c) == "missing-field@56:7, missing-field@56:7, unknown-key@57:7");
  CHECK(span_text(c, only(c, "unknown-key")) == "57:7-57:9");
}

TEST_CASE("unknown-key: a key that is a list or mapping, or empty") {
  const auto list = check_yaml("? [a, b]\n: 1\nname: x\n");
  CHECK(summary_of(list, std::array<std::string_view, 1>{"unknown-key"}) == "unknown-key@1:3");
  CHECK(only(list, "unknown-key").message == "a key must be a name, not a list");
  const auto empty = check_yaml(": 1\nname: x\n");
  CHECK(summary_of(empty, std::array<std::string_view, 1>{"unknown-key"}) == "unknown-key@1:1");
  CHECK(only(empty, "unknown-key").message == "a key must be a name, not empty");
}

TEST_CASE("unknown-key: near miss, a quoted key is the same key") {
  CHECK(all_findings(with("name: Valid plan", "\"name\": Valid plan")) == "");
  CHECK(all_findings(with("  name: Whale hunting", "  'name': Whale hunting")) == "");
}

// --- x- keys ---------------------------------------------------------------------------

TEST_CASE("x- keys are ignored anywhere, whatever they hold") {
  const std::string junk = "{bogus: [1, 2], due: not-a-date, id: \"not an id\"}";
  std::string yaml = kValidPlan;
  for (const char* after :
       {"name: Valid plan\n", "  name: Pursue whales\n", "      name: Annual revenue of $12M\n",
        "  name: Whale hunting\n", "      name: Qualify\n", "    name: CEO\n",
        "  name: 2027 tactical plan\n", "      title: Compile dossiers on selected whales\n",
        "    name: Globex Corp\n"}) {
    yaml =
        replace_once(yaml, after,
                     std::string(after) +
                         std::string(after).substr(0, std::string(after).find_first_not_of(' ')) +
                         "x-note: " + junk + "\n");
  }
  yaml = replace_once(yaml, "{metric: dossiers completed, target: 3}",
                      "{metric: dossiers completed, target: 3, x-why: [1]}");
  yaml +=
      "policy:\n  x-owner: sales ops\n  strategy_years: {min: 3, x-note: 1}\n  rules:\n    "
      "x-later: whatever\n    idle-role: warning\n";
  yaml += "x-end:\n  - 1\n  - {a: b}\n";
  const auto c = check_yaml(yaml);
  CHECK(all_findings(c) == "");
}

TEST_CASE("x- keys: near miss, `x` alone or `X-` is an unknown key") {
  CHECK(loader_summary(with("name: Valid plan\n", "name: Valid plan\nx: 1\n")) ==
        "unknown-key@2:1");
  CHECK(loader_summary(with("name: Valid plan\n", "name: Valid plan\nX-note: 1\n")) ==
        "unknown-key@2:1");
  CHECK(loader_summary(with("name: Valid plan\n", "name: Valid plan\nx_note: 1\n")) ==
        "unknown-key@2:1");
}

TEST_CASE("x- keys: a mapping's first key after an x- key is where missing-field points") {
  const auto c = with("  name: Pursue whales\n  start: 2027-01-01\n  end: 2030-12-31\n",
                      "  x-note: first\n  start: 2027-01-01\n  end: 2030-12-31\n");
  CHECK(loader_summary(c) == "missing-field@5:3");
}

// --- missing-field ---------------------------------------------------------------------

TEST_CASE("missing-field: a required top-level key points at 1:1, one finding per key") {
  const auto c = check_yaml("# a plan\n\nas_of: 2027-01-01\nname: x\n");
  CHECK(all_findings(c) ==
        "missing-field@1:1, missing-field@1:1, missing-field@1:1, missing-field@1:1");
  std::vector<std::string> messages;
  for (const auto* f : c.of("missing-field"))
    messages.push_back(f->message);
  CHECK(messages == std::vector<std::string>{"missing required key `strategy` in the plan",
                                             "missing required key `process` in the plan",
                                             "missing required key `roles` in the plan",
                                             "missing required key `tactical_plan` in the plan"});
  CHECK(span_text(c, *c.of("missing-field")[0]) == "1:1-1:1");
}

TEST_CASE("missing-field: at the first key of the mapping that lacks it") {
  CHECK(loader_summary(without_line("  end: 2030-12-31")) == "missing-field@4:3");
  CHECK(loader_summary(without_line("      name: Annual revenue of $12M")) == "missing-field@8:7");
  CHECK(loader_summary(without_line("      name: Qualify")) == "missing-field@20:7");
  CHECK(loader_summary(without_line("    name: CEO")) == "missing-field@35:5");
  CHECK(loader_summary(without_line("  end: 2027-12-31")) == "missing-field@42:3");
  CHECK(loader_summary(without_line("      title: Compile dossiers on selected whales")) ==
        "missing-field@56:7");
  CHECK(loader_summary(without_line("    value: 750000")) == "missing-field@72:5");
  // The first key need not be the id.
  const auto c =
      with("    - id: clients\n      name: Ten whale clients\n", "    - name: Ten whale clients\n");
  CHECK(summary_of(c, std::array<std::string_view, 1>{"missing-field"}) == "missing-field@13:7");
  CHECK(only(c, "missing-field").message == "missing required key `id` in this goal");
}

TEST_CASE("missing-field: names the item by its id") {
  const auto c = without_line("    value: 750000");
  CHECK(only(c, "missing-field").message == "missing required key `value` in deal `globex`");
}

TEST_CASE("missing-field: an empty mapping points at the key holding it, once per key") {
  const auto c = check_yaml(replace_once(
      kValidPlan,
      kValidPlan.substr(kValidPlan.find("strategy:\n"),
                        kValidPlan.find("process:\n") - kValidPlan.find("strategy:\n")),
      "strategy: {}\n"));
  CHECK(loader_summary(c) == "missing-field@3:1, missing-field@3:1, missing-field@3:1");
  const auto measure = with("{metric: dossiers completed, target: 3}", "{}");
  CHECK(loader_summary(measure) == "missing-field@61:7");
  CHECK(only(measure, "missing-field").message == "missing required key `metric` in the measure");
}

TEST_CASE("missing-field: an empty list item points at the item") {
  const auto c = with("deals:\n", "deals:\n  - {}\n");
  CHECK(loader_summary(c) ==
        "missing-field@72:5, missing-field@72:5, missing-field@72:5, "
        "missing-field@72:5");
}

TEST_CASE("missing-field: an empty or too short list points at the list's key") {
  const auto goals = check_yaml(
      replace_once(kValidPlan,
                   kValidPlan.substr(kValidPlan.find("  goals:\n"),
                                     kValidPlan.find("process:\n") - kValidPlan.find("  goals:\n")),
                   "  goals: []\n"));
  CHECK(loader_summary(goals) == "missing-field@7:3");
  CHECK(span_text(goals, only(goals, "missing-field")) == "7:3-7:8");
  CHECK(only(goals, "missing-field").message == "`goals` needs at least one goal; it is empty");

  const std::string one_stage = replace_once(
      kValidPlan,
      kValidPlan.substr(kValidPlan.find("    - id: proof\n"),
                        kValidPlan.find("roles:\n") - kValidPlan.find("    - id: proof\n")),
      "");
  const auto stages = check_yaml(replace_once(one_stage, "      stage: qualify\n", ""));
  CHECK(loader_summary(stages) == "missing-field@19:3");
  CHECK(only(stages, "missing-field").message == "`stages` needs at least 2 stages; it has 1");

  const auto roles = check_yaml("roles: []\n");
  CHECK(summary_of(roles, std::array<std::string_view, 1>{"missing-field"}) ==
        "missing-field@1:1, missing-field@1:1, missing-field@1:1, missing-field@1:1, "
        "missing-field@1:1");
  CHECK(roles.of("missing-field").front()->message ==
        "`roles` needs at least one role; it is empty");
}

TEST_CASE("missing-field: near miss, two stages are enough and deals may be empty or absent") {
  const auto two = check_yaml(replace_once(
      kValidPlan,
      kValidPlan.substr(kValidPlan.find("    - id: close\n"),
                        kValidPlan.find("roles:\n") - kValidPlan.find("    - id: close\n")),
      ""));
  CHECK(two.of("missing-field").empty());
  const std::string no_deals = kValidPlan.substr(0, kValidPlan.find("deals:\n"));
  CHECK(check_yaml(no_deals).of("missing-field").empty());
  CHECK(check_yaml(no_deals + "deals: []\n").of("missing-field").empty());
  CHECK(check_yaml(no_deals + "deals:\n").of("missing-field").empty());
}

TEST_CASE("missing-field: an empty value, `~` or `null` is absent") {
  for (const std::string empty : {"", " ~", " null", " Null", " NULL", " # nothing"}) {
    CAPTURE(empty);
    CHECK(loader_summary(with("name: Valid plan", "name:" + empty)) == "missing-field@1:1");
    CHECK(loader_summary(with("    name: CEO", "    name:" + empty)) == "missing-field@35:5");
    // Not required: absent is fine.
    CHECK(all_findings(with("  name: 2027 tactical plan", "  name:" + empty)) == "");
  }
}

TEST_CASE("missing-field: near miss, quoted empty text and a quoted `null` are present") {
  CHECK(all_findings(with("name: Valid plan", "name: \"\"")) == "");
  CHECK(all_findings(with("name: Valid plan", "name: ''")) == "");
  const auto c = with("name: Valid plan", "name: \"null\"");
  CHECK(all_findings(c) == "");
  CHECK(*c.result.plan.name == "null");
}

TEST_CASE("missing-field: a required list that is empty by value is absent") {
  // `goals:` with no value is absent (the strategy's first key), not an empty list.
  const auto c = check_yaml(
      replace_once(kValidPlan,
                   kValidPlan.substr(kValidPlan.find("  goals:\n"),
                                     kValidPlan.find("process:\n") - kValidPlan.find("  goals:\n")),
                   "  goals:\n"));
  CHECK(loader_summary(c) == "missing-field@4:3");
  CHECK(only(c, "missing-field").message == "missing required key `goals` in the strategy");
}

TEST_CASE("missing-field: a tactic without due, after or within") {
  const auto c = without_line("      due: 2027-03-31");
  CHECK(loader_summary(c) == "missing-field@56:7");
  CHECK(only(c, "missing-field").message ==
        "missing required key `due` in tactic `dossiers`; give `due`, or `after` with `within`");
}

// --- invalid-value: shapes ------------------------------------------------------------

TEST_CASE("invalid-value: a scalar where a list of mappings is required, at the scalar") {
  const auto c = check_yaml(
      replace_once(kValidPlan, kValidPlan.substr(kValidPlan.find("deals:\n")), "deals: globex\n"));
  CHECK(loader_summary(c) == "invalid-value@71:8");
  CHECK(span_text(c, only(c, "invalid-value")) == "71:8-71:14");
  CHECK(only(c, "invalid-value").message ==
        "`deals` must be a list of deals (`- id: ...`), not a single value");
}

TEST_CASE("invalid-value: a mapping where a list of mappings is required, at the key") {
  const auto c = check_yaml(
      replace_once(kValidPlan, kValidPlan.substr(kValidPlan.find("deals:\n")),
                   "deals:\n  id: globex\n  name: Globex Corp\n  value: 1\n  stage: proof\n"));
  CHECK(loader_summary(c) == "invalid-value@71:1");
  CHECK(span_text(c, only(c, "invalid-value")) == "71:1-71:6");
}

TEST_CASE("invalid-value: an item of a list of mappings that is not a mapping, at the item") {
  const auto c = with("roles:\n", "roles:\n  - ceo\n  - [a]\n");
  CHECK(loader_summary(c) == "invalid-value@35:5, invalid-value@36:5");
  CHECK(c.of("invalid-value")[0]->message ==
        "each item of `roles` must be a role (a mapping with `id: ...`), not a single value");
  CHECK(c.of("invalid-value")[1]->message ==
        "each item of `roles` must be a role (a mapping with `id: ...`), not a list");
}

TEST_CASE("invalid-value: a section that is not a mapping") {
  const auto c = check_yaml(
      replace_once(kValidPlan,
                   kValidPlan.substr(kValidPlan.find("process:\n"),
                                     kValidPlan.find("roles:\n") - kValidPlan.find("process:\n")),
                   "process: Whale hunting\n"));
  CHECK(loader_summary(c) == "invalid-value@17:10");
  CHECK(only(c, "invalid-value").message ==
        "`process` must be a mapping with name and stages, not a single value");
  const auto list = with("{metric: dossiers completed, target: 3}", "[dossiers]");
  CHECK(loader_summary(list) == "invalid-value@61:7");
}

TEST_CASE("invalid-value: a single scalar stands for a list of scalars") {
  CHECK(all_findings(with("people: [Dana Whale]", "people: Dana Whale")) == "");
  CHECK(all_findings(with("supports: [revenue]", "supports: revenue")) == "");
  const auto c = with("people: [Dana Whale]", "people: {Dana: Whale}");
  CHECK(loader_summary(c) == "invalid-value@37:5");
  const auto item = with("people: [Dana Whale]", "people: [Dana Whale, [x]]");
  CHECK(loader_summary(item) == "invalid-value@37:26");
  CHECK(only(item, "invalid-value").message == "each item of `people` must be a name, not a list");
}

TEST_CASE("invalid-value: text where a list or mapping is given, at the key") {
  const auto c = with("    name: CEO", "    name: {first: C, last: EO}");
  CHECK(span_text(c, only(c, "invalid-value")) == "36:5-36:9");
  CHECK(only(c, "invalid-value").message == "`name` must be text, not a mapping");
}

TEST_CASE("invalid-value: version") {
  CHECK(all_findings(with("name: Valid plan\n", "version: 1\nname: Valid plan\n")) == "");
  const auto two = with("name: Valid plan\n", "version: 2\nname: Valid plan\n");
  CHECK(span_text(two, only(two, "invalid-value")) == "1:10-1:11");
  CHECK(loader_summary(with("name: Valid plan\n", "version: \"1\"\nname: Valid plan\n")) ==
        "invalid-value@1:10");
}

// --- within and after -------------------------------------------------------------------

TEST_CASE("within without after: invalid-value at within, then due is missing") {
  const auto c = without_line("      after: dossiers");
  CHECK(loader_summary(c) == "missing-field@62:7, invalid-value@66:15");
  CHECK(span_text(c, only(c, "invalid-value")) == "66:15-66:17");
  CHECK(only(c, "invalid-value").message ==
        "`within` counts from the tactics in `after`, and this tactic has no `after`; add "
        "`after: [tactic-id]` or give `due` instead");
  // The ignored `within` derives nothing.
  REQUIRE(c.result.plan.tactical_plan.tactics.items.size() == 3);
  CHECK_FALSE(c.result.plan.tactical_plan.tactics.items[2].within.present);
  CHECK_FALSE(c.result.plan.tactical_plan.tactics.items[2].due_date);
}

TEST_CASE("within with an empty or null after counts as without after") {
  for (const std::string after : {"after: []", "after: ~", "after:", "after: [~]"}) {
    CAPTURE(after);
    CHECK(loader_summary(with("after: dossiers", after)) ==
          "missing-field@62:7, invalid-value@67:15");
  }
}

TEST_CASE("within together with due: invalid-value at within, which is ignored") {
  const auto c = with("      within: 5d\n", "      within: 5d\n      due: 2027-04-30\n");
  CHECK(loader_summary(c) == "invalid-value@67:15");
  CHECK(only(c, "invalid-value").message ==
        "give either `due` or `within`, not both: `within` derives the due date from `after`");
  const auto& tactic = c.result.plan.tactical_plan.tactics.items[2];
  CHECK_FALSE(tactic.within.present);
  CHECK(tactic.due_date == plan::parse_date("2027-04-30"));
}

TEST_CASE("within: near miss, after and within without due derive the due date") {
  const auto c = check_yaml(kValidPlan);
  const auto& tactic = c.result.plan.tactical_plan.tactics.items[2];
  CHECK(tactic.within.known());
  CHECK(*tactic.within == 5);
  CHECK(tactic.due_date == plan::parse_date("2027-04-05"));
}

TEST_CASE("within: an invalid duration is given, so due is not missing") {
  const auto c = with("within: 5d", "within: 5 days");
  CHECK(loader_summary(c) == "invalid-value@67:15");
}

// --- invalid-date ---------------------------------------------------------------------

TEST_CASE("invalid-date: as_of, a window and a goal's due") {
  const auto c = with("as_of: 2027-03-15", "as_of: 2027-3-15");
  CHECK(loader_summary(c) == "invalid-date@2:8");
  CHECK(span_text(c, only(c, "invalid-date")) == "2:8-2:17");
  CHECK(loader_summary(with("  end: 2027-12-31", "  end: 2027-12-32")) == "invalid-date@44:8");
  CHECK(loader_summary(with("done_on: 2027-01-28", "done_on: yesterday")) == "invalid-date@55:16");
}

TEST_CASE("invalid-date: near miss, an empty date is absent, not invalid") {
  CHECK(all_findings(with("    since: 2027-03-01", "    since:")) == "");
  CHECK(all_findings(with("    since: 2027-03-01", "    since: ~")) == "");
}

// --- duplicate-key ---------------------------------------------------------------------

TEST_CASE("duplicate-key: the first wins, the repeat points at its key and is not read") {
  const auto c = with("    name: CEO\n", "    name: CEO\n    name: [not, read]\n");
  CHECK(all_findings(c) == "duplicate-key@37:5");
  const auto& dup = only(c, "duplicate-key");
  CHECK(span_text(c, dup) == "37:5-37:9");
  CHECK(dup.message ==
        "duplicate key `name`; only the first one is read, so remove or rename this one");
  REQUIRE(dup.notes.size() == 1);
  CHECK(c.source.position(dup.notes[0].span.begin) == plan::Position{36, 5});
  CHECK(*c.result.plan.roles.items[0].name == "CEO");
}

TEST_CASE("duplicate-key: each repeat is one finding") {
  const auto c = with("name: Valid plan\n", "name: Valid plan\nname: a\nname: b\n");
  CHECK(all_findings(c) == "duplicate-key@2:1, duplicate-key@3:1");
  CHECK(*c.result.plan.name == "Valid plan");
}

TEST_CASE("duplicate-key: a first empty value still wins, so the key is missing") {
  const auto c = with("name: Valid plan\n", "name:\nname: Valid plan\n");
  CHECK(all_findings(c) == "missing-field@1:1, duplicate-key@2:1");
}

TEST_CASE("duplicate-key: in a flow mapping, and for a whole section") {
  const auto flow = with("{metric: workshops held, target: 1, actual: 1}",
                         "{metric: workshops held, target: 1, actual: 1, target: 2}");
  CHECK(all_findings(flow) == "duplicate-key@53:63");
  const auto section = check_yaml(kValidPlan + "process:\n  name: Other\n");
  CHECK(all_findings(section) == "duplicate-key@79:1");
  CHECK(section.result.plan.process.stages.items.size() == 3);
}

TEST_CASE("duplicate-key: a repeated unknown key is one unknown-key and one duplicate-key") {
  const auto c = with("name: Valid plan\n", "name: Valid plan\nnotes: a\nnotes: b\n");
  CHECK(all_findings(c) == "unknown-key@2:1, duplicate-key@3:1");
}

TEST_CASE("duplicate-key: near miss, the same key in different mappings") {
  // Every goal, stage, role and tactic has its own `id` and `name`: no finding.
  CHECK(check_yaml(kValidPlan).of("duplicate-key").empty());
  CHECK(with("name: Valid plan\n", "name: Valid plan\nx-a: {name: 1}\nx-b: {name: 1}\n")
            .of("duplicate-key")
            .empty());
}

TEST_CASE("duplicate-key: many keys in one mapping are still checked") {
  std::string yaml = "name: x\n";
  for (int i = 0; i < 100; ++i)
    yaml += fmt::format("x-{}: 1\n", i);
  yaml += "x-7: again\nname: again\n";
  const auto c = check_yaml(yaml);
  CHECK(summary_of(c, std::array<std::string_view, 1>{"duplicate-key"}) ==
        "duplicate-key@102:1, duplicate-key@103:1");
}

TEST_CASE("invalid-value: an empty item in a list of mappings, where its dash is") {
  const auto c = with("roles:\n", "roles:\n  -\n  - ~\n  - # nothing\n");
  CHECK(loader_summary(c) == "invalid-value@35:4, invalid-value@36:5, invalid-value@37:4");
  CHECK(c.of("invalid-value")[0]->message ==
        "each item of `roles` must be a role (a mapping with `id: ...`), not nothing");
}

TEST_CASE("invalid-value: a scalar or mapping for every list of mappings") {
  struct Case {
    const char* from;
    const char* to;
    const char* expected;
  };
  for (const Case k : {
           Case{"  goals:\n", "  goals: revenue\n  x-goals:\n", "invalid-value@7:10"},
           Case{"  stages:\n", "  stages: {id: qualify}\n  x-stages:\n", "invalid-value@19:3"},
           Case{"roles:\n", "roles: ceo\nx-roles:\n", "invalid-value@34:8"},
           Case{"  tactics:\n", "  tactics: {}\n  x-tactics:\n", "invalid-value@45:3"},
       }) {
    const std::string to = k.to;
    CAPTURE(to);
    CHECK(loader_summary(with(k.from, k.to)) == k.expected);
  }
}
