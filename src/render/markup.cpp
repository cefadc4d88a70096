#include "render/markup.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/terminal.hpp"

namespace plan::render {

std::string escape_markup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += is_control(c) ? ' ' : c;
    }
  }
  return out;
}

namespace {

/// One style sheet for every page: plain on screen, and on paper each
/// section kept whole where it fits, the timeline scaled to the page.
constexpr std::string_view kStyle = R"(
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: #1f2328; background: #ffffff; margin: 0 auto; padding: 24px; max-width: 1160px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #d0d7de; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
p.sub { color: #57606a; margin: 0 0 12px; }
table { border-collapse: collapse; margin: 6px 0 12px; }
th, td { text-align: left; padding: 4px 10px 4px 0; border-bottom: 1px solid #eaeef2; vertical-align: top; }
th { font-weight: 600; color: #57606a; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.meter { display: inline-block; width: 160px; height: 10px; background: #eaeef2; border-radius: 5px;
  vertical-align: middle; margin-right: 8px; overflow: hidden; }
.meter > span { display: block; height: 100%; background: #1e88e5; }
.meter.done > span { background: #2e7d32; }
.meter.warn > span { background: #f9a825; }
.figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0 12px; }
.figure { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 14px; min-width: 120px; }
.figure b { display: block; font-size: 20px; }
.standing { font-weight: 600; }
.done { color: #2e7d32; } .overdue { color: #d32f2f; } .blocked { color: #8e24aa; }
.behind-pace { color: #b26a00; } .on-track { color: #1565c0; }
.error { color: #d32f2f; } .warning { color: #b26a00; }
.timeline svg { max-width: 100%; height: auto; }
.person { margin-left: 16px; }
.muted { color: #57606a; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 13px; }
@media print {
  body { padding: 0; max-width: none; font-size: 11pt; }
  section, table, .figure { break-inside: avoid; }
  h2 { break-after: avoid; }
  .meter { border: 1px solid #999999; }
  .meter > span { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
)";

}  // namespace

std::string standing_token(Standing standing) {
  std::string token(to_string(standing));
  std::replace(token.begin(), token.end(), ' ', '-');
  return token;
}

std::string html_page_start(std::string_view title) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
      escape_markup(title), kStyle);
}

std::string html_page_end() {
  return "</body>\n</html>\n";
}

std::string html_meter(double share, std::string_view words, std::string_view tone) {
  const double percent = std::clamp(share, 0.0, 1.0) * 100;
  return fmt::format(
      "<span class=\"meter{}{}\" role=\"img\" aria-label=\"{}\"><span style=\"width: "
      "{:.1f}%\"></span></span>{}",
      tone.empty() ? "" : " ", tone, escape_markup(words), percent, escape_markup(words));
}

}  // namespace plan::render
