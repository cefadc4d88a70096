# `cpack -G DEB` builds a Debian package of the installed files whose Depends
# are the Debian packages of the libraries `plan` links.
#   cmake -DBUILD_DIR=... -DOUT=... -P deb_test.cmake
file(REMOVE_RECURSE ${OUT})
find_program(DPKG_DEB dpkg-deb REQUIRED)
# CPack finds the binaries with `file`, then their libraries' packages with dpkg-shlibdeps.
find_program(DPKG_SHLIBDEPS dpkg-shlibdeps)
if(NOT DPKG_SHLIBDEPS)
  message(FATAL_ERROR "dpkg-shlibdeps is missing: apt-get install dpkg-dev (scripts/install-deps)")
endif()
find_program(FILE_COMMAND file)
if(NOT FILE_COMMAND)
  message(FATAL_ERROR "file is missing: apt-get install file (scripts/install-deps)")
endif()
execute_process(COMMAND cpack -G DEB -B ${OUT} --config ${BUILD_DIR}/CPackConfig.cmake
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
file(GLOB debs ${OUT}/plan_*.deb)
list(LENGTH debs count)
if(status OR NOT count EQUAL 1)
  message(FATAL_ERROR "cpack -G DEB failed (${status}):\n${out}")
endif()

execute_process(COMMAND ${DPKG_DEB} --field ${debs} Package Depends OUTPUT_VARIABLE fields)
foreach(package libc6 libfmt9 libgcc-s1 libstdc\\+\\+6 libyaml-cpp0.7)
  if(NOT fields MATCHES "Depends:.*[ ,]${package} \\(>=")
    message(FATAL_ERROR "the package does not depend on ${package}:\n${fields}")
  endif()
endforeach()
execute_process(COMMAND ${DPKG_DEB} --contents ${debs} OUTPUT_VARIABLE contents)
foreach(file ./usr/bin/plan ./usr/share/man/man1/plan.1
    ./usr/share/bash-completion/completions/plan ./usr/share/zsh/vendor-completions/_plan
    ./usr/share/fish/vendor_completions.d/plan.fish)
  string(FIND "${contents}" " ${file}\n" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package does not hold ${file}:\n${contents}")
  endif()
endforeach()
file(REMOVE_RECURSE ${OUT})
message(STATUS "${fields}")
