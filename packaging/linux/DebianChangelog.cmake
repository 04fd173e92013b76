# Writes the Debian changelog (debian/changelog format) of the native package from CHANGELOG.md,
# one entry per released version, its items the bold titles of the bullets under "### Added",
# "### Fixed" and so on.
# Debian's tools (apt-listchanges, lintian's no-changelog / syntax-error-in-debian-changelog)
# read /usr/share/doc/<package>/changelog.gz in that format; the full Keep-a-Changelog text is
# installed beside it as CHANGELOG.md.
#   cmake -DIN=CHANGELOG.md -DOUT=changelog -DPACKAGE=syncdesk -DMAINTAINER="Name <mail>" -P DebianChangelog.cmake
file(STRINGS "${IN}" lines ENCODING UTF-8)
set(out "")
set(version "")
set(items "")

function(_flush)
  if(version STREQUAL "")
    return()
  endif()
  # RFC 5322 date of the release day (noon UTC, so no time zone moves it to another day).
  execute_process(COMMAND date -u -R -d "${date} 12:00:00" OUTPUT_VARIABLE stamp
                  OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "CHANGELOG.md: ${version} has a date `date` cannot read: ${date}")
  endif()
  if(items STREQUAL "")
    set(items "  * Release ${version}.\n")
  endif()
  string(APPEND out "${PACKAGE} (${version}) stable; urgency=medium\n\n${items}\n -- ${MAINTAINER}  ${stamp}\n\n")
  set(out "${out}" PARENT_SCOPE)
endfunction()

foreach(line IN LISTS lines)
  if(line MATCHES "^## \\[([0-9][^]]*)\\] - ([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])")
    _flush()
    set(version "${CMAKE_MATCH_1}")
    set(date "${CMAKE_MATCH_2}")
    set(items "")
    set(section "Changed")
  elseif(line MATCHES "^## ")
    _flush()
    set(version "")   # [Unreleased]: not in a package
  elseif(line MATCHES "^### (.+)")
    set(section "${CMAKE_MATCH_1}")
  elseif(NOT version STREQUAL "" AND line MATCHES "^- \\*\\*([^*]+)\\*\\*")
    string(APPEND items "  * ${section}: ${CMAKE_MATCH_1}.\n")
  endif()
endforeach()
_flush()
if(out STREQUAL "")
  message(FATAL_ERROR "CHANGELOG.md has no released version (## [X.Y.Z] - YYYY-MM-DD)")
endif()
file(WRITE "${OUT}" "${out}")
