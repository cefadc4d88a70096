#pragma once
// report: a streaming JSON writer for the large reports (`plan report`,
// `plan pipeline`). It writes as it goes, in the layout of
// nlohmann::json::dump(2), without building a document first: on a
// 10,000-tactic plan that saves most of the cost of the JSON format.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plan::report {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  /// The key of the next member of the current object.
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(bool flag);
  JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
  JsonWriter& value(std::int64_t number);
  /// The shortest form that reads back as the same double; whole numbers keep
  /// a fraction (1.0), as a share or a ratio should.
  JsonWriter& value(double number);
  JsonWriter& null();

  /// A value, or null when there is none.
  template <class T>
  JsonWriter& value_or_null(const std::optional<T>& v) {
    return v ? value(*v) : null();
  }

  /// A string, or null when it is empty (an absent name, role or person).
  JsonWriter& text_or_null(std::string_view text) { return text.empty() ? null() : value(text); }

  /// The document, ended with a newline. The writer is empty afterwards.
  std::string take();

 private:
  void before_value();
  void close(char bracket);

  struct Level {
    bool empty = true;
  };
  std::string out_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

}  // namespace plan::report
