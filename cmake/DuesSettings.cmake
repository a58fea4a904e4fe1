# dues_settings: linked PRIVATE by every dues target (never by third-party code).
add_library(dues_settings INTERFACE)
target_compile_options(dues_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast
  -Wnon-virtual-dtor -Woverloaded-virtual -Wdouble-promotion -Wfloat-equal
  -Wimplicit-fallthrough
  $<$<BOOL:${DUES_WARNINGS_AS_ERRORS}>:-Werror>)
# -Wnull-dereference only without optimisation: at -O2 GCC 12 reports false positives
# inside libstdc++ (std::string, containers) once it inlines them.
target_compile_options(dues_settings INTERFACE $<$<CONFIG:Debug>:-Wnull-dereference>)
# Bounds-checked operator[] and friends in Debug builds.
target_compile_definitions(dues_settings INTERFACE $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)
if(DUES_SANITIZE)
  set(_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_compile_options(dues_settings INTERFACE ${_sanitizers})
  target_link_options(dues_settings INTERFACE ${_sanitizers})
endif()
