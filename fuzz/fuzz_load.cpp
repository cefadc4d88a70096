// libFuzzer target: the loader alone (YAML -> model, structural findings),
// for speed. fuzz_plan covers the whole path of the commands.

#include <cstddef>
#include <cstdint>
#include <string>

#include "plan/check/rule_table.hpp"
#include "plan/load/load.hpp"
#include "plan/model/rule.hpp"
#include "plan/model/source.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const plan::SourceFile source("fuzz.yaml",
                                std::string(reinterpret_cast<const char*>(data), size));
  const plan::LoadResult loaded = plan::load_plan(source, plan::rule_table());
  // A refused document is the file's only finding (plan/load.hpp).
  if (!loaded.document_ok && loaded.findings.size() != 1) __builtin_trap();
  return 0;
}
