# `cmake --install` into a temporary prefix: the binary, the man page and the
# completion scripts each land where their readers look, and are the ones
# the installed binary writes.
#   cmake -DBUILD_DIR=... -DPREFIX=... -P install_test.cmake
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(status)
  message(FATAL_ERROR "cmake --install failed (${status}):\n${out}")
endif()

set(plan ${PREFIX}/bin/plan)
foreach(file
    bin/plan
    share/man/man1/plan.1
    share/bash-completion/completions/plan
    share/zsh/vendor-completions/_plan
    share/fish/vendor_completions.d/plan.fish
    share/doc/plan/copyright)
  if(NOT EXISTS ${PREFIX}/${file})
    message(FATAL_ERROR "cmake --install did not install ${file}")
  endif()
endforeach()

# Each installed text is what the installed binary prints.
foreach(pair "--man=share/man/man1/plan.1"
    "completion bash=share/bash-completion/completions/plan"
    "completion zsh=share/zsh/vendor-completions/_plan"
    "completion fish=share/fish/vendor_completions.d/plan.fish")
  string(REPLACE "=" ";" pair "${pair}")
  list(GET pair 0 arguments)
  list(GET pair 1 file)
  separate_arguments(arguments)
  execute_process(COMMAND ${plan} ${arguments} RESULT_VARIABLE status OUTPUT_VARIABLE printed)
  file(READ ${PREFIX}/${file} installed)
  if(status OR NOT printed STREQUAL installed)
    message(FATAL_ERROR "${file} is not what `plan ${arguments}` prints")
  endif()
endforeach()

execute_process(COMMAND ${plan} --version RESULT_VARIABLE status OUTPUT_VARIABLE version)
if(status OR NOT version MATCHES "^plan [0-9]")
  message(FATAL_ERROR "the installed plan does not run: ${version}")
endif()
file(REMOVE_RECURSE ${PREFIX})
message(STATUS "installed and checked: bin/plan, plan.1, the bash, zsh and fish completions")
