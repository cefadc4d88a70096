// plan_bench_parse FILE: yaml-cpp's bare event parse of FILE, the baseline that
// `plan check` is measured against (bench/run.sh). It reads the file into memory
// and drives YAML::Parser::HandleNextDocument with a handler that does nothing,
// as the plan loader does with its tree builder. Prints nothing; exits 0 on
// success, 1 on a YAML error, 2 on a usage or read error.

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <cstdio>
#include <fstream>
#include <istream>
#include <sstream>
#include <streambuf>
#include <string>
#include <string_view>

namespace {

class NoOpHandler : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

/// An input stream over a string, without copying it (as the plan loader reads).
class ViewStreamBuf : public std::streambuf {
 public:
  explicit ViewStreamBuf(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: plan_bench_parse FILE\n");
    return 2;
  }
  std::ifstream file(argv[1], std::ios::binary);
  if (!file) {
    std::fprintf(stderr, "plan_bench_parse: cannot read %s\n", argv[1]);
    return 2;
  }
  std::ostringstream text;
  text << file.rdbuf();
  const std::string source = std::move(text).str();

  ViewStreamBuf buffer(source);
  std::istream in(&buffer);
  NoOpHandler handler;
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(handler)) {
    }
  } catch (const YAML::Exception& e) {
    std::fprintf(stderr, "plan_bench_parse: %s\n", e.what());
    return 1;
  }
  return 0;
}
