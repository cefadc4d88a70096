// The two ways to write a JSON report, timed on the same document: building
// an nlohmann::ordered_json and dumping it, or streaming with the report's
// JsonWriter. The reports use the writer only; this shows why.
//   plan_bench_json [tactics]   (default 10000)

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "render/json_writer.hpp"

namespace {

using Clock = std::chrono::steady_clock;

std::string with_nlohmann(int n) {
  nlohmann::ordered_json doc;
  doc["plan"] = "bench";
  auto tasks = nlohmann::ordered_json::array();
  for (int i = 0; i < n; ++i) {
    nlohmann::ordered_json t;
    t["id"] = "t" + std::to_string(i);
    t["title"] = "Call the prospects of region " + std::to_string(i);
    t["due"] = "2025-06-30";
    t["effort_minutes_per_week"] = 13.85;
    t["done"] = i % 2 == 0;
    t["notes"] = nullptr;
    tasks.push_back(std::move(t));
  }
  doc["tasks"] = std::move(tasks);
  return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string with_writer(int n) {
  plan::render::JsonWriter j;
  j.begin_object().key("plan").value("bench").key("tasks").begin_array();
  for (int i = 0; i < n; ++i) {
    j.begin_object();
    j.key("id").value("t" + std::to_string(i));
    j.key("title").value("Call the prospects of region " + std::to_string(i));
    j.key("due").value("2025-06-30");
    j.key("effort_minutes_per_week").value(13.85);
    j.key("done").value(i % 2 == 0);
    j.key("notes").null();
    j.end_object();
  }
  return j.end_array().end_object().take();
}

template <class F>
double best_ms(F f, int n, std::string& out) {
  double best = 1e300;
  for (int run = 0; run < 5; ++run) {
    const auto start = Clock::now();
    out = f(n);
    best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  const int n = argc > 1 ? std::atoi(argv[1]) : 10000;
  std::string a, b;
  const double nl = best_ms(with_nlohmann, n, a);
  const double jw = best_ms(with_writer, n, b);
  std::printf("%d tasks: nlohmann %.2f ms, JsonWriter %.2f ms (%.1fx); same bytes: %s\n", n, nl, jw,
              nl / jw, a == b ? "yes" : "no");
  return a == b ? 0 : 1;
}
