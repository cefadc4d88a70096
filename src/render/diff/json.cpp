// `plan diff --format json`: one object, described by schema/diff.schema.json.

#include "plan/render/diff.hpp"
#include "render/json_writer.hpp"
#include "render/money.hpp"

namespace plan {
namespace {

void summary(render::JsonWriter& j, const DiffSummary& s) {
  const Tally& t = s.tactics;
  j.begin_object();
  j.key("as_of").value_or_null(s.as_of ? std::optional<std::string>(format_date(*s.as_of))
                                       : std::nullopt);
  j.key("tactics").value(t.total);
  j.key("done").value(t.done);
  j.key("overdue").value(t.overdue);
  j.key("blocked").value(t.blocked);
  j.key("behind_pace").value(t.behind_pace);
  j.key("on_track").value(t.on_track);
  j.key("completion").value_or_null(t.completion());
  j.key("on_time_rate").value_or_null(t.on_time_rate());
  j.key("pipeline_value").value(static_cast<double>(s.pipeline) / 100.0);
  j.key("weighted_forecast").value(static_cast<double>(s.forecast) / 100.0);
  j.end_object();
}

}  // namespace

std::string render_diff_json(const PlanDiff& d, const DiffRenderOptions& options) {
  render::JsonWriter j;
  j.begin_object();
  j.key("old").value(d.old_path);
  j.key("new").value(d.new_path);
  j.key("summary").begin_object();
  j.key("before");
  summary(j, d.before);
  j.key("after");
  summary(j, d.after);
  j.end_object();
  int failing = 0;
  j.key("changes").begin_array();
  for (const Change& c : d.changes) {
    const bool fail = fails(c, options.fail_on, options.slip_days);
    failing += fail ? 1 : 0;
    j.begin_object();
    j.key("section").value(to_string(c.section));
    j.key("kind").value(to_string(c.kind));
    if (c.section == DiffSection::findings) {
      j.key("rule").value(c.rule);
      j.key("about").value(c.subject);
      j.key("message").value(c.message);
      j.key("line").value_or_null(c.at ? std::optional<int>(static_cast<int>(c.at->line))
                                       : std::nullopt);
    } else {
      j.key("id").text_or_null(c.id);
      j.key("key").text_or_null(c.key);
      j.key("before").text_or_null(c.before);
      j.key("after").text_or_null(c.after);
      if (c.days) j.key("days").value(*c.days);
      if (c.stages) j.key("stages").value(*c.stages);
    }
    j.key("fails").value(fail);
    j.end_object();
  }
  j.end_array();
  j.key("counts").begin_object();
  for (std::size_t k = 0; k < kChangeKindTable.size(); ++k) {
    if (d.counts[k] > 0) j.key(kChangeKindTable[k]).value(d.counts[k]);
  }
  j.end_object();
  j.key("failed").value(failing > 0);
  j.end_object();
  return j.take();
}

}  // namespace plan
