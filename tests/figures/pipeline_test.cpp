// The pipeline's figures (plan/pipeline.hpp) on a hand-computed plan as of
// 2027-03-15, and the amount forms its renderers share.

#include <limits>

#include <doctest/doctest.h>

#include "figures/pipeline_plan.hpp"
#include "plan/figures/pipeline.hpp"
#include "render/money.hpp"
#include "support/test_support.hpp"

using namespace plan;
using namespace plan::test;

namespace {

struct Fixture {
  Checked c = check_yaml(kPipelinePlan);
  Pipeline pipeline() const { return build_pipeline(c.result.plan, *c.result.plan.today); }
};

const DealFigures& deal(const Pipeline& p, std::string_view id) {
  for (const DealFigures& d : p.deals) {
    if (d.id == id) return d;
  }
  FAIL("no deal " << id);
  return p.deals.front();
}

}  // namespace

TEST_CASE("pipeline: the plan is what the test says it is") {
  const Fixture f;
  CHECK_FALSE(f.c.result.structural_errors);
  CHECK(f.c.result.errors == 0);
}

TEST_CASE("pipeline: the weighted forecast is exact to the cent") {
  const Pipeline p = Fixture().pipeline();
  CHECK(p.deal_count == 7);
  CHECK(p.value == 75'267'000);
  CHECK(p.forecast == 25'712);  // 257.12472, rounded once
  CHECK(p.unknown_deals == 1);
  CHECK(p.unknown_value == 75'000'000);
  CHECK(p.has_cents());

  CHECK(*deal(p, "d1").weighted == 6'173);   // 61.728
  CHECK(*deal(p, "d2").weighted == 5'000);   // 49.9995, half up
  CHECK(*deal(p, "d3").weighted == 3'330);   // 33.30333
  CHECK(*deal(p, "d4").weighted == 11'100);  // 110.99889
  CHECK(*deal(p, "d6").weighted == 101);     // exactly 1.005: half up, not 1.00
  CHECK(*deal(p, "d7").weighted == 9);
  CHECK(deal(p, "d1").value == 123'456);
  CHECK(deal(p, "d7").value == 10);
}

TEST_CASE("pipeline: stages in process order with deals, value and weighted value") {
  const Pipeline p = Fixture().pipeline();
  REQUIRE(p.stages.size() == 5);
  const std::vector<std::string> order{p.stages[0].id, p.stages[1].id, p.stages[2].id,
                                       p.stages[3].id, p.stages[4].id};
  CHECK(order == std::vector<std::string>{"a", "b", "c", "e", "d"});
  CHECK(p.stages[0].deals == 2);
  CHECK(p.stages[0].value == 223'455);
  CHECK(*p.stages[0].weighted == 11'173);  // 111.7275
  CHECK(p.stages[0].stalled == 1);
  CHECK(*p.stages[1].weighted == 14'430);  // 144.30222
  CHECK(p.stages[3].deals == 1);
  CHECK(*p.stages[4].probability == 0.9);

  // Deals by stage in process order, then in file order.
  std::vector<std::string> ids;
  for (const DealFigures& d : p.deals)
    ids.push_back(d.id);
  CHECK(ids == std::vector<std::string>{"d1", "d2", "d3", "d4", "d5", "d6", "d7"});
}

TEST_CASE("pipeline: a stage without a probability is unknown, shown and left out") {
  const Pipeline p = Fixture().pipeline();
  const StageFigures& gamma = p.stages[2];
  CHECK_FALSE(gamma.probability);
  CHECK_FALSE(gamma.weighted);
  CHECK(gamma.deals == 1);
  CHECK(gamma.value == 75'000'000);
  CHECK(p.unknown_stages == std::vector<int>{2});
  const DealFigures& d5 = deal(p, "d5");
  CHECK_FALSE(d5.probability);
  CHECK_FALSE(d5.weighted);
}

TEST_CASE("pipeline: stalled means more days in stage than max_days, not as many") {
  const Pipeline p = Fixture().pipeline();
  CHECK(*deal(p, "d1").days_in_stage == 30);
  CHECK_FALSE(deal(p, "d1").stalled);  // exactly max_days
  CHECK(*deal(p, "d2").days_in_stage == 31);
  CHECK(deal(p, "d2").stalled);
  CHECK(*deal(p, "d5").days_in_stage == 11);
  CHECK(deal(p, "d5").stalled);
  CHECK_FALSE(deal(p, "d3").days_in_stage);  // no `since`
  CHECK_FALSE(deal(p, "d3").stalled);
  CHECK(p.stalled == 2);
}

TEST_CASE("pipeline: figures per owner, role by role, people in listed order") {
  const Pipeline p = Fixture().pipeline();
  REQUIRE(p.owners.size() == 5);
  // seller: Ana, Bo, then the seller deals with no assignee; manager: Cy; then unowned.
  CHECK(p.owners[0].assignee == "Ana");
  CHECK(p.owners[0].role == "seller");
  CHECK(p.owners[0].role_name == "Seller");
  CHECK(p.owners[0].deals == 3);
  CHECK(p.owners[0].value == 223'656);
  CHECK(p.owners[0].weighted == 11'273);  // 61.728 + 49.9995 + 1.005 = 112.7325
  CHECK(p.owners[1].assignee == "Bo");
  CHECK(p.owners[2].role == "seller");
  CHECK(p.owners[2].assignee == "");
  CHECK(p.owners[2].weighted == 9);
  CHECK(p.owners[3].assignee == "Cy");
  CHECK(p.owners[3].weighted == 0);
  CHECK(p.owners[3].unknown_value == 75'000'000);
  CHECK(p.owners[4].role == "");
  CHECK(p.owners[4].assignee == "");
  CHECK(p.owners[4].value == 33'333);
}

TEST_CASE("pipeline: a plan without deals") {
  const std::string plan = kPipelinePlan.substr(0, kPipelinePlan.find("deals:"));
  const Checked c = check_yaml(plan);
  const Pipeline p = build_pipeline(c.result.plan, *c.result.plan.today);
  CHECK(p.deal_count == 0);
  CHECK(p.forecast == 0);
  CHECK(p.stages.size() == 5);
  CHECK(p.owners.empty());
  CHECK_FALSE(p.has_cents());
}

TEST_CASE("pipeline: many small amounts still add up to the cent") {
  // 1000 deals of 0.07 x 0.15 = 0.0105 each: 10.50 in all. In binary floating
  // point each product and the running sum drift; here they do not.
  std::string plan = kPipelinePlan.substr(0, kPipelinePlan.find("deals:")) + "deals:\n";
  for (int i = 0; i < 1000; ++i)
    plan += "  - {id: x" + std::to_string(i) + ", name: X, value: 0.07, stage: q}\n";
  plan = replace_once(plan, "- {id: a, name: Alpha,",
                      "- {id: q, name: Q, probability: 0.15}\n    - {id: a, name: Alpha,");
  plan = replace_once(plan, "probability: 0.05, max_days: 30}", "probability: 0.15, max_days: 30}");
  const Checked c = check_yaml(plan);
  REQUIRE(c.result.errors == 0);
  const Pipeline p = build_pipeline(c.result.plan, *c.result.plan.today);
  CHECK(p.deal_count == 1000);
  CHECK(p.value == 7'000);
  CHECK(p.forecast == 1'050);
  CHECK(*p.deals.front().weighted == 1);  // 0.0105 shown as 0.01
}

TEST_CASE("pipeline: an absurd amount is held at the limit, and said so") {
  std::string plan = kPipelinePlan.substr(0, kPipelinePlan.find("deals:")) + "deals:\n";
  plan += "  - {id: big, name: Big, value: 1" + std::string(30, '0') + ", stage: a}\n";
  plan += "  - {id: big2, name: Big, value: 90000000000000000, stage: a}\n";
  const Checked c = check_yaml(plan);
  REQUIRE(c.result.errors == 0);
  const Pipeline p = build_pipeline(c.result.plan, *c.result.plan.today);
  CHECK(p.capped);
  CHECK(p.value == std::numeric_limits<Cents>::max());
  CHECK(p.deals[1].value == 9'000'000'000'000'000'000);
  CHECK_FALSE(Fixture().pipeline().capped);
}

TEST_CASE("pipeline: amounts for people and for programs") {
  using plan::render::money;
  using plan::render::plain_money;
  using plan::render::probability_percent;
  CHECK(money(25'712, true) == "257.12");
  CHECK(money(75'267'000, true) == "752,670.00");
  CHECK(money(75'267'000, false) == "752,670");
  CHECK(money(5, true) == "0.05");
  CHECK(money(0, false) == "0");
  CHECK(money(-123'456, true) == "-1,234.56");
  CHECK(money(std::numeric_limits<Cents>::min(), true) == "-92,233,720,368,547,758.08");
  CHECK(plain_money(75'267'000) == "752670.00");
  CHECK(plain_money(-5) == "-0.05");
  CHECK(probability_percent(0.05) == "5%");
  CHECK(probability_percent(0.125) == "12.5%");
  CHECK(probability_percent(1) == "100%");
  CHECK(probability_percent(0.333) == "33.3%");
}
