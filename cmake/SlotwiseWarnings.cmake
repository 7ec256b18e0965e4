# Warnings are per target (no global flags): call slotwise_set_warnings(<target>) for every target we own.
function(slotwise_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(SLOTWISE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE
    QT_NO_CONTEXTLESS_CONNECT QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS QT_NO_FOREACH)
endfunction()
