# macOS package: a DragNDrop DMG holding Syncdesk.app (cpack -G DragNDrop).
# Included by packaging/CPack.cmake on APPLE only. Not built from the Debian machine this was
# written on: see docs/PLATFORMS.md for what was checked and how the DMG is made by hand.
#
# Syncdesk.app/Contents/
#   Info.plist                      from Info.plist.in (identifier, version, languages, …)
#   MacOS/Syncdesk                  the console (target syncdesk, a MACOSX_BUNDLE)
#   MacOS/syncdeskctl               the CLI, inside the bundle so it shares its Qt frameworks;
#                                   users link it into PATH (see docs/PLATFORMS.md)
#   Frameworks/, PlugIns/           macdeployqt: Qt and every non-system dylib (QtKeychain,
#                                   OpenSSL, libzip, simdjson); libcsv is linked statically
#   Resources/syncdesk.icns, qt.conf, LICENSE.txt

set(SYNCDESK_BUNDLE_ID "io.syncdesk.Syncdesk")
set(SYNCDESK_BUNDLE_EXECUTABLE "Syncdesk")
# What LSMinimumSystemVersion promises has to be what the binaries were built for.
if(CMAKE_OSX_DEPLOYMENT_TARGET)
  set(SYNCDESK_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
else()
  set(SYNCDESK_MACOS_MINIMUM "11.0") # a conservative floor, not tried on any Mac yet
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/Info.plist.in ${PROJECT_BINARY_DIR}/packaging/Info.plist @ONLY)
set_target_properties(syncdesk PROPERTIES
    OUTPUT_NAME ${SYNCDESK_BUNDLE_EXECUTABLE} # Syncdesk.app, as Finder shows it
    MACOSX_BUNDLE_INFO_PLIST ${PROJECT_BINARY_DIR}/packaging/Info.plist
    MACOSX_BUNDLE_GUI_IDENTIFIER ${SYNCDESK_BUNDLE_ID})
# The rpaths to where QtKeychain & co. were linked from survive installation, so macdeployqt can
# resolve @rpath/… and copy those dylibs into the bundle (it then rewrites the paths).
set_target_properties(syncdesk syncdeskctl PROPERTIES INSTALL_RPATH_USE_LINK_PATH ON)

set(_bundle "${SYNCDESK_BUNDLE_EXECUTABLE}.app")
install(TARGETS syncdeskctl RUNTIME DESTINATION ${_bundle}/Contents/MacOS)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/syncdesk.icns DESTINATION ${_bundle}/Contents/Resources)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${_bundle}/Contents/Resources RENAME LICENSE.txt)

# macdeployqt, run by Qt 6.4's deploy support at install time (so also when CPack stages the
# DMG): Qt frameworks, plugins (cocoa, styles, tls, imageformats incl. svg), the non-system
# dylibs, and syncdeskctl's paths fixed too (-executable=). qt6_generate_deploy_app_script()
# in 6.4 takes one TARGET only, hence the explicit call.
install(CODE "
  include(\"${QT_DEPLOY_SUPPORT}\")
  qt6_deploy_runtime_dependencies(
    EXECUTABLE \"${_bundle}\"
    ADDITIONAL_EXECUTABLES \"${_bundle}/Contents/MacOS/syncdeskctl\")
")

# Qt's own translations (standard buttons, shortcuts) for the languages Syncdesk has: unlike
# windeployqt, macdeployqt copies none. core/common/Translations.cpp loads qtbase_<lang>.qm from
# QLibraryInfo's TranslationsPath, which qt.conf (written by macdeployqt, paths relative to
# Contents/) points at Contents/Resources/translations. Before signing: the seal covers them.
set(_qt_translations "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
install(FILES ${_qt_translations}/qtbase_de.qm ${_qt_translations}/qtbase_ja.qm
        DESTINATION ${_bundle}/Contents/Resources/translations OPTIONAL)
install(CODE "
  file(APPEND \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${_bundle}/Contents/Resources/qt.conf\"
       \"\\nTranslations = Resources/translations\\n\")
")

# Code signing, after macdeployqt (which rewrites the binaries and so breaks their signature).
# Apple Silicon does not start unsigned code, so without an identity the bundle is signed ad hoc
# ("-"): it runs on the machine that built it and, after the user allows it, elsewhere.
# With a Developer ID (CI secret) the signature uses the hardened runtime and a timestamp, as
# notarization requires, and carries the keychain entitlement (needs the Team ID).
set(SYNCDESK_CODESIGN_IDENTITY "-" CACHE STRING
    "codesign identity for Syncdesk.app, e.g. 'Developer ID Application: … (TEAMID)'; - signs ad hoc")
set(SYNCDESK_APPLE_TEAM_ID "" CACHE STRING
    "Apple Team ID for the keychain-access-groups entitlement; empty: signed without entitlements")
set(_sign_options)
if(NOT SYNCDESK_CODESIGN_IDENTITY STREQUAL "-")
  list(APPEND _sign_options --options runtime --timestamp)
endif()
set(_entitlements)
if(SYNCDESK_APPLE_TEAM_ID)
  configure_file(${CMAKE_CURRENT_LIST_DIR}/syncdesk.entitlements.in
                 ${PROJECT_BINARY_DIR}/packaging/syncdesk.entitlements @ONLY)
  set(_entitlements --entitlements "${PROJECT_BINARY_DIR}/packaging/syncdesk.entitlements")
endif()
install(CODE "
  set(_app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${_bundle}\")
  # Inside out: nested code first, the bundle last (codesign --deep is not meant for signing).
  file(GLOB_RECURSE _dylibs LIST_DIRECTORIES false \"\${_app}/Contents/Frameworks/*.dylib\"
                                                   \"\${_app}/Contents/PlugIns/*.dylib\")
  file(GLOB _frameworks LIST_DIRECTORIES true \"\${_app}/Contents/Frameworks/*.framework\")
  foreach(_code IN LISTS _dylibs _frameworks)
    execute_process(COMMAND codesign --force --sign \"${SYNCDESK_CODESIGN_IDENTITY}\" ${_sign_options} \"\${_code}\"
                    COMMAND_ERROR_IS_FATAL ANY)
  endforeach()
  foreach(_code \"\${_app}/Contents/MacOS/syncdeskctl\" \"\${_app}\")
    execute_process(COMMAND codesign --force --sign \"${SYNCDESK_CODESIGN_IDENTITY}\" ${_sign_options} ${_entitlements}
                            \"\${_code}\"
                    COMMAND_ERROR_IS_FATAL ANY)
  endforeach()
  execute_process(COMMAND codesign --verify --strict --verbose=2 \"\${_app}\" COMMAND_ERROR_IS_FATAL ANY)
")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Syncdesk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
# MIT needs no click-through licence; the DMG SLA uses a deprecated resource format anyway.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
# The generator adds an "Applications" link beside Syncdesk.app: drag one onto the other.
set(CPACK_PACKAGE_ICON ${CMAKE_CURRENT_LIST_DIR}/syncdesk.icns)
# Package name carries the version (project(VERSION)) and the architecture it was built for.
if(CMAKE_OSX_ARCHITECTURES)
  string(REPLACE ";" "-" _arch "${CMAKE_OSX_ARCHITECTURES}")
else()
  set(_arch "${CMAKE_HOST_SYSTEM_PROCESSOR}")
endif()
set(CPACK_PACKAGE_FILE_NAME "syncdesk-${PROJECT_VERSION}-macos-${_arch}")
