// A library the fault tests preload into `plan` to fail it where a real
// failure is hard to arrange: the Nth call of fchmod, which `plan` makes on
// each temporary output file once it is written, either
// - first raises SIGTERM (PLAN_TEST_SIGNAL_AT=N), as if the user pressed
//   Ctrl-C while the temporary file existed, or
// - fails with ENOSPC (PLAN_TEST_ENOSPC_AT=N), as a full disk would.

#include <dlfcn.h>
#include <sys/stat.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>

namespace {

int call_number(const char* variable) {
  const char* value = std::getenv(variable);
  return value ? std::atoi(value) : 0;
}

}  // namespace

extern "C" int fchmod(int fd, mode_t mode) {
  static int calls = 0;
  ++calls;
  if (calls == call_number("PLAN_TEST_SIGNAL_AT")) std::raise(SIGTERM);
  if (calls == call_number("PLAN_TEST_ENOSPC_AT")) {
    errno = ENOSPC;
    return -1;
  }
  using Fchmod = int (*)(int, mode_t);
  static const auto real = reinterpret_cast<Fchmod>(dlsym(RTLD_NEXT, "fchmod"));
  return real(fd, mode);
}
