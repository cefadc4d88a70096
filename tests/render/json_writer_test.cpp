// The streaming JSON writer the report renderers use: the layout of
// nlohmann::json::dump(2), and escaping that nlohmann reads back.

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "render/json_writer.hpp"

using plan::render::JsonWriter;

TEST_CASE("json writer: nested objects and arrays in the layout of dump(2)") {
  JsonWriter j;
  j.begin_object();
  j.key("name").value("plan");
  j.key("empty").begin_array().end_array();
  j.key("none").begin_object().end_object();
  j.key("list").begin_array().value(1).value(true).null().end_array();
  j.key("nested").begin_object().key("x").value(std::int64_t{-5}).end_object();
  j.end_object();
  const std::string out = j.take();
  nlohmann::ordered_json same;
  same["name"] = "plan";
  same["empty"] = nlohmann::ordered_json::array();
  same["none"] = nlohmann::ordered_json::object();
  same["list"] = {1, true, nullptr};
  same["nested"]["x"] = -5;
  CHECK(out == same.dump(2) + "\n");
}

TEST_CASE("json writer: strings are escaped and read back unchanged") {
  const std::string text = "say \"hi\"\\ tab\t line\n bell\x07 Zoë 💼";
  JsonWriter j;
  j.begin_array().value(text).end_array();
  const std::string out = j.take();
  CHECK(out.find("\\u0007") != std::string::npos);
  CHECK(nlohmann::json::parse(out).at(0) == text);
}

TEST_CASE("json writer: doubles are shortest and keep a fraction") {
  JsonWriter j;
  j.begin_array().value(0.1).value(1.0).value(257.12).value(0.06164383561643835).end_array();
  const std::string out = j.take();
  CHECK(out == "[\n  0.1,\n  1.0,\n  257.12,\n  0.06164383561643835\n]\n");
  const auto back = nlohmann::json::parse(out);
  CHECK(back.at(3).get<double>() == 0.06164383561643835);
}
