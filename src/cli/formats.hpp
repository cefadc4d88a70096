#pragma once
// A command's output formats as one table: `--format`'s choices, the
// extension of the files `--split` writes, and the renderer, row by row.

#include <string>
#include <string_view>
#include <vector>

namespace plan::cli {

/// One output format of a command whose figures are a `Figures`.
template <class Figures>
struct Format {
  std::string_view name;       ///< what `--format` takes
  std::string_view extension;  ///< of the files written one per role, without the dot
  std::string (*render)(const Figures& figures, bool color);  ///< `color` for a terminal
};

/// `--format`'s choices, the first being the default.
template <class Formats>
std::vector<std::string> format_names(const Formats& formats) {
  std::vector<std::string> names;
  names.reserve(formats.size());
  for (const auto& format : formats)
    names.emplace_back(format.name);
  return names;
}

/// The format `--format` named; its choices are checked by CLI11, so the name
/// is one of the table's (the first is the fallback).
template <class Formats>
const auto& format_named(const Formats& formats, std::string_view name) {
  for (const auto& format : formats) {
    if (format.name == name) return format;
  }
  return formats.front();
}

}  // namespace plan::cli
