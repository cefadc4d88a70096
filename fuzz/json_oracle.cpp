#include "json_oracle.hpp"

#include <nlohmann/json.hpp>

namespace plan::fuzz {

bool is_json(std::string_view text) {
  return nlohmann::json::accept(text);
}

}  // namespace plan::fuzz
