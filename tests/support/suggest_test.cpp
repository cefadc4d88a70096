// "Did you mean": distances count characters, not bytes.

#include <doctest/doctest.h>

#include <array>

#include "plan/support/suggest.hpp"

using plan::closest_match;
using plan::edit_distance;

TEST_CASE("suggest: edit distance counts characters") {
  CHECK(edit_distance("due", "duee") == 1);
  CHECK(edit_distance("tilte", "title") == 1);  // an adjacent swap is one edit
  CHECK(edit_distance("Jose Nunez", "José Núñez") == 3);
  CHECK(edit_distance("Zoë", "Zoe") == 1);
}

TEST_CASE("suggest: the closest candidate within the limit") {
  const std::array<std::string_view, 3> people = {"José Núñez", "Ana Ruiz", "Zoë Lindqvist"};
  CHECK(closest_match("Jose Nunez", people) == std::optional<std::string_view>("José Núñez"));
  CHECK(closest_match("zoë lindqvist", people) == std::optional<std::string_view>("Zoë Lindqvist"));
  CHECK_FALSE(closest_match("Bob", people));
  const std::array<std::string_view, 2> keys = {"due", "id"};
  CHECK(closest_match("Due", keys) == std::optional<std::string_view>("due"));
  CHECK_FALSE(closest_match("x", keys));
}
