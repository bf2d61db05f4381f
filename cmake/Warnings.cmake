# Warnings are errors for the project's own code; Qt and other imported targets are
# included as system headers, so their warnings stay theirs.
add_library(mm_warnings INTERFACE)
target_compile_options(mm_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Werror
  -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough -Wcast-qual
  -Wformat=2 -Wundef)
target_compile_definitions(mm_warnings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
  QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS
  QT_NO_KEYWORDS)

# Applies the project's warning set to a target.
function(mm_target_defaults target)
  target_link_libraries(${target} PRIVATE mm_warnings)
endfunction()
