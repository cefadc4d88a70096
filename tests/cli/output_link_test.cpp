// -o through a symbolic link replaces the file it names and keeps the link.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "support/test_support.hpp"

using namespace plan::test;
namespace fs = std::filesystem;

TEST_CASE("output: -o through a symbolic link writes the linked file, keeps the link") {
  const fs::path dir = temp_dir();
  { std::ofstream(dir / "report.txt") << "old report\n"; }
  fs::create_symlink("report.txt", dir / "latest.txt");
  const Run run = run_plan({"check", source_path("examples/whale-hunting.yaml"), "-o",
                            (dir / "latest.txt").string(), "--as-of", "2027-03-15"});
  CHECK(run.exit_code == 0);
  CHECK(fs::is_symlink(dir / "latest.txt"));
  const std::string written = read_file((dir / "report.txt").string());
  CHECK(written.find("whale-hunting.yaml: ok") != std::string::npos);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 2);
}
