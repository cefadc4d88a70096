// The keys of sales depth: a role's `quota` and `capacity`, a deal's `close`,
// `outcome` and `closed_on`, and `repeat: quarterly`. Each bad value draws
// its finding at the value; line numbers refer to kValidPlan (the deal
// `globex` starts on line 72, its `since` is line 78).

#include <doctest/doctest.h>

#include "load/load_support.hpp"

using namespace plan::test;

namespace {

Checked with(std::string_view from, std::string_view to) {
  return check_yaml(replace_once(kValidPlan, from, to));
}

constexpr std::string_view kSince = "    since: 2027-03-01\n";
constexpr std::string_view kSalespersonPeople = "    people: [Ana Ruiz, Bo Chen]\n";

}  // namespace

TEST_CASE("sales keys: quota, capacity, close, outcome and closed_on are read") {
  const auto c =
      with(std::string(kSalespersonPeople),
           std::string(kSalespersonPeople) + "    quota: 1500000.5\n    capacity: 37h30m\n");
  CHECK(loader_summary(c) == "");
  const auto& role = c.result.plan.roles.items[1];
  REQUIRE(role.quota.known());
  CHECK(*role.quota == 1500000.5);
  REQUIRE(role.capacity.known());
  CHECK(*role.capacity == 37 * 60 + 30);

  const auto open = with(kSince, std::string(kSince) + "    close: 2027-09-30\n");
  CHECK(loader_summary(open) == "");
  const auto& deal = open.result.plan.deals.items[0];
  CHECK(deal.open());
  REQUIRE(deal.close.known());
  CHECK(format_date(*deal.close) == "2027-09-30");

  const auto won =
      with(kSince, std::string(kSince) + "    outcome: won\n    closed_on: 2027-03-02\n");
  CHECK(loader_summary(won) == "");
  const auto& w = won.result.plan.deals.items[0];
  CHECK(!w.open());
  CHECK(w.won());
  CHECK(!w.lost());
  REQUIRE(w.closed_on.known());
  CHECK(format_date(*w.closed_on) == "2027-03-02");

  const auto lost =
      with(kSince, std::string(kSince) + "    outcome: lost\n    closed_on: 2027-03-02\n");
  CHECK(loader_summary(lost) == "");
  CHECK(lost.result.plan.deals.items[0].lost());
}

TEST_CASE(
    "sales keys: a quota of 0 is allowed, a negative quota is an invalid-value at the value") {
  CHECK(loader_summary(with(std::string(kSalespersonPeople),
                            std::string(kSalespersonPeople) + "    quota: 0\n")) == "");
  const auto c =
      with(std::string(kSalespersonPeople), std::string(kSalespersonPeople) + "    quota: -5\n");
  CHECK(loader_summary(c) == "invalid-value@41:12");
  CHECK(only(c, "invalid-value").message == "`quota` must be a number of at least 0; got -5");
  CHECK(!c.result.plan.roles.items[1].quota.known());
  const auto text =
      with(std::string(kSalespersonPeople), std::string(kSalespersonPeople) + "    quota: 1.5M\n");
  CHECK(loader_summary(text) == "invalid-value@41:12");
}

TEST_CASE(
    "sales keys: a capacity that is not a duration of hours and minutes is an invalid-value") {
  // After "got `...`", the form to write when the value reads as a duration.
  const std::pair<const char*, const char*> cases[] = {
      {"30", ""},
      {"30 hours", ": write `30h`"},
      {"1d", ": it takes hours and minutes, like `1h30m`"},
      {"2w", ": it takes hours and minutes, like `1h30m`"},
      {"30m1h", ": write `1h30m`"},
      {"-3h", ""},
  };
  for (const auto& k : cases) {
    const char* bad = k.first;
    CAPTURE(bad);
    const auto c = with(std::string(kSalespersonPeople),
                        std::string(kSalespersonPeople) + "    capacity: " + bad + "\n");
    CHECK(loader_summary(c) == "invalid-value@41:15");
    CHECK(only(c, "invalid-value").message ==
          fmt::format("`capacity` must be a duration such as 30h, 90m or 1h30m (a week's hours); "
                      "got `{}`{}",
                      bad, k.second));
  }
  CHECK(loader_summary(with(std::string(kSalespersonPeople),
                            std::string(kSalespersonPeople) + "    capacity: 0h\n")) == "");
}

TEST_CASE("sales keys: `outcome: closed` is an invalid-value at the value, with did you mean") {
  const auto c =
      with(kSince, std::string(kSince) + "    outcome: closed\n    closed_on: 2027-03-02\n");
  CHECK(loader_summary(c) == "invalid-value@79:14");
  CHECK(only(c, "invalid-value").message == "`outcome` must be one of won, lost; got `closed`");
  const auto typo =
      with(kSince, std::string(kSince) + "    outcome: wonn\n    closed_on: 2027-03-02\n");
  CHECK(only(typo, "invalid-value").message ==
        "`outcome` must be one of won, lost; got `wonn`; did you mean `won`?");
}

TEST_CASE("sales keys: `outcome` without `closed_on` is a missing-field at the deal's first key") {
  const auto c = with(kSince, std::string(kSince) + "    outcome: won\n");
  CHECK(loader_summary(c) == "missing-field@72:5");
  CHECK(only(c, "missing-field").message ==
        "missing required key `closed_on` in deal `globex`; a deal with an `outcome` says when it "
        "closed");
  // An invalid outcome still needs its date: the deal says it closed.
  CHECK(loader_summary(with(kSince, std::string(kSince) + "    outcome: closed\n")) ==
        "missing-field@72:5, invalid-value@79:14");
  // An empty `closed_on` is absent.
  CHECK(loader_summary(with(kSince, std::string(kSince) + "    outcome: won\n    closed_on:\n")) ==
        "missing-field@72:5");
}

TEST_CASE("sales keys: `closed_on` without `outcome` is an invalid-value at `closed_on`") {
  const auto c = with(kSince, std::string(kSince) + "    closed_on: 2027-03-02\n");
  CHECK(loader_summary(c) == "invalid-value@79:16");
  CHECK(only(c, "invalid-value").message ==
        "`closed_on` is for a closed deal, and this one has no `outcome`; add `outcome: won` or "
        "`outcome: lost`, or remove `closed_on` while the deal is open");
  CHECK(c.result.plan.deals.items[0].open());
  CHECK(!c.result.plan.deals.items[0].closed_on.present);
  // An empty outcome is absent too.
  CHECK(loader_summary(
            with(kSince, std::string(kSince) + "    outcome: ~\n    closed_on: 2027-03-02\n")) ==
        "invalid-value@80:16");
}

TEST_CASE("sales keys: a bad close or closed_on date is an invalid-date") {
  CHECK(loader_summary(with(kSince, std::string(kSince) + "    close: 2027-09-31\n")) ==
        "invalid-date@79:12");
  CHECK(loader_summary(
            with(kSince, std::string(kSince) + "    outcome: lost\n    closed_on: next week\n")) ==
        "invalid-date@80:16");
}

TEST_CASE("sales keys: repeat takes quarterly") {
  const auto c = with("      within: 5d\n", "      within: 5d\n      repeat: quarterly\n");
  CHECK(loader_summary(c) == "");
  const auto& t = c.result.plan.tactical_plan.tactics.items[2];
  REQUIRE(t.repeat.known());
  CHECK(*t.repeat == plan::Repeat::quarterly);
  CHECK(to_string(*t.repeat) == "quarterly");
  const auto bad = with("      within: 5d\n", "      within: 5d\n      repeat: yearly\n");
  CHECK(only(bad, "invalid-value").message ==
        "`repeat` must be one of daily, weekdays, weekly, monthly, quarterly; got `yearly`");
}
