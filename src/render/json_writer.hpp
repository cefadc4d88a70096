#pragma once
// The JSON toolkit: the one JSON emitter of every report (`plan check`'s
// json, sarif and gitlab formats, `plan report`, `plan pipeline`, `plan
// tasks`). It writes as it goes, in the layout of nlohmann::json::dump(2),
// without building a document first: on a 10,000-tactic plan that saves most
// of the cost of the JSON format (bench/json_emit.cpp measures it).

#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace plan::render {

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
  template <std::integral T>
  requires(!std::same_as<T, bool>) JsonWriter& value(T number) {
    if constexpr (std::is_signed_v<T>) return integer(static_cast<std::int64_t>(number));
    return unsigned_integer(static_cast<std::uint64_t>(number));
  }
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
  JsonWriter& integer(std::int64_t number);
  JsonWriter& unsigned_integer(std::uint64_t number);
  void before_value();
  void close(char bracket);

  struct Level {
    bool empty = true;
  };
  std::string out_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

}  // namespace plan::render
