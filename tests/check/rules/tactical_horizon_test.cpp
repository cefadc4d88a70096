// tactical-horizon: the tactical window spans policy.tactical_months (default
// 6 to 18) months, add_months deciding the boundaries.

#include <doctest/doctest.h>

#include "check/rules/rule_test_support.hpp"

using namespace plan::test;
using namespace plan::test::rule_tests;

namespace {

Checked tactical(std::string start, std::string end, std::string policy = "") {
  Windows w;
  w.tactical_start = std::move(start);
  w.tactical_end = std::move(end);
  w.policy = std::move(policy);
  return check_yaml(window_plan(w));
}

const std::string kAt = "tactical-horizon@19:8";

}  // namespace

TEST_CASE("tactical-horizon: a tactical plan a day short of 6 months") {
  const auto c = tactical("2027-01-01", "2027-06-29");
  const auto& f = only(c, "tactical-horizon");
  CHECK(f.severity == plan::Severity::error);
  CHECK(c.at(f) == plan::Position{19, 8});
  CHECK(c.where(f).end == plan::Position{19, 18});
  CHECK(f.message == "the tactical plan spans 5 months and 29 days; it must span 6 to 18 months");
  CHECK(all(c) == kAt);
}

TEST_CASE("tactical-horizon: near miss, exactly 6 months") {
  CHECK(all(tactical("2027-01-01", "2027-06-30")) == "");
}

TEST_CASE("tactical-horizon: exactly 18 months passes, 18 months and a day does not") {
  CHECK(all(tactical("2027-01-01", "2028-06-30")) == "");
  const auto c = tactical("2027-01-01", "2028-07-01");
  CHECK(all(c) == kAt);
  CHECK(only(c, "tactical-horizon").message ==
        "the tactical plan spans 18 months and 1 day; it must span 6 to 18 months");
}

TEST_CASE("tactical-horizon: a window starting on the 31st") {
  // 2027-08-31 + 6 months = 2028-02-29; + 18 months = 2029-02-28.
  CHECK(all(tactical("2027-08-31", "2028-02-28")) == "");
  const auto short_one = tactical("2027-08-31", "2028-02-27");
  CHECK(all(short_one) == kAt);
  CHECK(only(short_one, "tactical-horizon").message ==
        "the tactical plan spans 5 months and 28 days; it must span 6 to 18 months");
  CHECK(all(tactical("2027-08-31", "2029-02-27")) == "");
  const auto long_one = tactical("2027-08-31", "2029-02-28");
  CHECK(all(long_one) == kAt);
  CHECK(only(long_one, "tactical-horizon").message ==
        "the tactical plan spans 18 months and 1 day; it must span 6 to 18 months");
}

TEST_CASE("tactical-horizon: a window starting on 29 February") {
  // 2028-02-29 + 6 months = 2028-08-29; + 18 months = 2029-08-29.
  CHECK(all(tactical("2028-02-29", "2028-08-28")) == "");
  const auto short_one = tactical("2028-02-29", "2028-08-27");
  CHECK(only(short_one, "tactical-horizon").message ==
        "the tactical plan spans 5 months and 30 days; it must span 6 to 18 months");
  CHECK(all(tactical("2028-02-29", "2029-08-28")) == "");
  CHECK(all(tactical("2028-02-29", "2029-08-29")) == kAt);
}

TEST_CASE("tactical-horizon: a one-day window") {
  const auto c = tactical("2027-01-01", "2027-01-01");
  CHECK(all(c) == kAt);
  CHECK(only(c, "tactical-horizon").message ==
        "the tactical plan spans 1 day; it must span 6 to 18 months");
}

TEST_CASE("tactical-horizon: policy.tactical_months changes the limits") {
  const std::string three_to_twelve = "policy:\n  tactical_months: {min: 3, max: 12}\n";
  CHECK(all(tactical("2027-01-01", "2027-03-31")) == kAt);
  CHECK(all(tactical("2027-01-01", "2027-03-31", three_to_twelve)) == "");
  CHECK(all(tactical("2027-01-01", "2027-12-31", three_to_twelve)) == "");
  CHECK(all(tactical("2027-01-01", "2028-01-31")) == "");
  const auto c = tactical("2027-01-01", "2028-01-31", three_to_twelve);
  CHECK(all(c) == kAt);
  CHECK(only(c, "tactical-horizon").message ==
        "the tactical plan spans 13 months; it must span 3 to 12 months");
  const auto exact =
      tactical("2027-01-01", "2027-12-31", "policy:\n  tactical_months: {min: 6, max: 6}\n");
  CHECK(only(exact, "tactical-horizon").message ==
        "the tactical plan spans 12 months; it must span exactly 6 months");
}

TEST_CASE("tactical-horizon: an unknown end is not checked") {
  CHECK(all(tactical("2027-01-01", "2027-06-31")) == "invalid-date@19:8");
}
