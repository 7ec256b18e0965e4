# A Google OAuth client built into Slotwise (issue 16), so that a package built by a distributor or a
# practice connects with one click and no file on the user's side:
#
#   cmake --preset package -DSLOTWISE_OAUTH_CLIENT_FILE=/path/outside/the/repository/credentials.json
#
# The file is the JSON of a "Desktop app" client as the Google Cloud console downloads it. It is checked
# here, when CMake configures, so a broken or placeholder file fails the build instead of every user's
# Connect. Empty (the default, the CI build and the default .deb): no client is built in. Google treats a
# desktop client's secret as not confidential (PKCE protects each sign-in), but nothing here prints it:
# messages name the file and the key, never a value.
#
# The client becomes an OBJECT library whose one generated file registers it (services/oauth/BuiltInClient.h);
# an executable that links the library carries the client, others carry none.
#
# Also runs as a script, to check a file without configuring (tests/services/oauth use this):
#   cmake -DSLOTWISE_OAUTH_CLIENT_FILE=FILE -P cmake/SlotwiseOAuthClient.cmake

# Stops CMake with a message naming `file` and what is wrong with it.
function(slotwise_check_oauth_client_file file)
  set(where "SLOTWISE_OAUTH_CLIENT_FILE=${file}")
  if(NOT EXISTS "${file}" OR IS_DIRECTORY "${file}")
    message(FATAL_ERROR "${where}: no such file.")
  endif()
  file(SIZE "${file}" size)
  if(size GREATER 65536)
    message(FATAL_ERROR "${where}: too large to be a credentials file.")
  endif()
  file(READ "${file}" json)
  # No parser message: it could quote the text around the error, which may be the secret.
  string(JSON root_type ERROR_VARIABLE error TYPE "${json}")
  if(error OR NOT root_type STREQUAL "OBJECT")
    message(FATAL_ERROR "${where}: not a JSON object (download the client's JSON from the Google Cloud "
                        "console).")
  endif()
  set(section "")
  foreach(candidate IN ITEMS installed web)
    string(JSON type ERROR_VARIABLE error TYPE "${json}" ${candidate})
    if(NOT error AND type STREQUAL "OBJECT")
      set(section ${candidate})
      break()
    endif()
  endforeach()
  if(NOT section)
    message(FATAL_ERROR "${where}: has neither an \"installed\" nor a \"web\" section.")
  endif()
  string(JSON client_id ERROR_VARIABLE error GET "${json}" ${section} client_id)
  if(error OR NOT client_id MATCHES "^[0-9A-Za-z][0-9A-Za-z._-]*\\.apps\\.googleusercontent\\.com$")
    message(FATAL_ERROR "${where}: \"client_id\" is missing or is not a Google OAuth client id (one ends "
                        "in .apps.googleusercontent.com).")
  endif()
  string(JSON secret ERROR_VARIABLE error GET "${json}" ${section} client_secret)
  if(error OR secret STREQUAL "")
    message(FATAL_ERROR "${where}: has no \"client_secret\".")
  endif()
  if(secret MATCHES "YOUR_CLIENT_SECRET")
    message(FATAL_ERROR "${where}: still holds the template's placeholder values.")
  endif()
  string(JSON type ERROR_VARIABLE error TYPE "${json}" ${section} redirect_uris)
  if(NOT error)
    set(loopback FALSE)
    if(type STREQUAL "ARRAY")
      string(JSON count LENGTH "${json}" ${section} redirect_uris)
      if(count GREATER 0)
        math(EXPR last "${count} - 1")
        foreach(i RANGE ${last})
          string(JSON uri ERROR_VARIABLE error GET "${json}" ${section} redirect_uris ${i})
          if(uri MATCHES "^http://(127\\.[0-9.]+|localhost|\\[::1\\])(:[0-9]+)?(/.*)?$")
            set(loopback TRUE)
          endif()
        endforeach()
      endif()
    endif()
    if(NOT loopback)
      message(FATAL_ERROR "${where}: \"redirect_uris\" has no address on this computer (such as "
                          "http://localhost), so Google could not return to Slotwise. Create an OAuth "
                          "client of type \"Desktop app\".")
    endif()
  endif()
  # A packaged client talks to Google itself; the environment can still point it at a test server.
  foreach(key IN ITEMS auth_uri token_uri)
    string(JSON uri ERROR_VARIABLE error GET "${json}" ${section} ${key})
    if(NOT error AND NOT uri MATCHES "^https://[^/]+")
      message(FATAL_ERROR "${where}: \"${key}\" is not an https address.")
    endif()
  endforeach()
endfunction()

# slotwise_add_builtin_oauth_client(<target> <file>): an OBJECT library <target> that builds the client in
# <file> into every executable linking it.
function(slotwise_add_builtin_oauth_client target file)
  slotwise_check_oauth_client_file("${file}")
  # Bytes, not a string literal: any content survives, and the secret is not a greppable line of source.
  file(READ "${file}" hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," SLOTWISE_OAUTH_CLIENT_BYTES "${hex}")
  set(generated ${CMAKE_CURRENT_BINARY_DIR}/${target}.cpp)
  configure_file(${CMAKE_CURRENT_FUNCTION_LIST_DIR}/BuiltInOAuthClient.cpp.in ${generated} @ONLY)
  # Configure again when the file changes.
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
  add_library(${target} OBJECT ${generated})
  target_link_libraries(${target} PRIVATE slotwise_oauth)
  slotwise_set_warnings(${target})
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
  slotwise_check_oauth_client_file("${SLOTWISE_OAUTH_CLIENT_FILE}")
  message(STATUS "${SLOTWISE_OAUTH_CLIENT_FILE}: a usable Desktop-app client")
endif()
