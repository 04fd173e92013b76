# Windows package: a WiX MSI (cpack -G WIX, needs WiX Toolset 3.x on PATH or in %WIX%).
# Included by packaging/CPack.cmake on WIN32 only. Not built from the Debian machine this was
# written on: see docs/PLATFORMS.md for what was checked and how the MSI is made by hand.
#
# Layout of the installed tree (and of the MSI, under C:\Program Files\Syncdesk):
#   bin\syncdesk.exe, bin\syncdeskctl.exe    from app/CMakeLists.txt's install(TARGETS)
#   bin\Qt6*.dll, bin\qt.conf, plugins\…     windeployqt (via Qt's deploy support, below)
#   translations\qtbase_*.qm                 windeployqt; our own .qm are embedded (:/i18n)
#   bin\*.dll                                 the non-Qt DLLs (QtKeychain, OpenSSL, libzip, …)
#   bin\msvcp140.dll, vcruntime140*.dll      InstallRequiredSystemLibraries (app-local CRT)
#   LICENSE.txt

# WiX wants the licence as .rtf or .txt (it converts UTF-8 .txt to RTF itself); LICENSE has no
# extension, so the installer gets a .txt copy.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/packaging/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/packaging/LICENSE.txt)
install(FILES ${PROJECT_BINARY_DIR}/packaging/LICENSE.txt DESTINATION .)

set(CPACK_GENERATOR WIX)
# The upgrade code identifies "Syncdesk" across versions: installing a newer MSI replaces the
# older one instead of installing beside it. Never change it (a new one means a new product).
set(CPACK_WIX_UPGRADE_GUID "DDEBBE18-299A-4B7D-9623-8D00BBE10B3D")
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_CURRENT_LIST_DIR}/syncdesk.ico)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://syncdesk.invalid/")
# One Start-menu entry for the console, directly in "Programs" (no folder for a single link).
# The WiX generator finds bin\syncdesk.exe by name; syncdeskctl is a console tool: no shortcut.
set(CPACK_PACKAGE_EXECUTABLES "syncdesk;Syncdesk")
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")
# Package name carries the version (project(VERSION)): syncdesk-<version>-win64.msi.
set(CPACK_PACKAGE_FILE_NAME "syncdesk-${PROJECT_VERSION}-win64")

# The MSVC runtime next to the executables: the MSI then runs on a machine without the VC++
# redistributable, and windeployqt need not add vc_redist.x64.exe (see the last step).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# The non-Qt DLLs windeployqt does not copy: qt6keychain.dll, libcrypto-3-x64.dll, zip.dll with
# zlib1.dll/bz2.dll, simdjson.dll (libcsv is static: vcpkg builds it static only). CMake's
# runtime-dependency scan finds what both executables import and copies it to bin\; a DLL it
# cannot find fails the install (and so the MSI) instead of making an MSI that does not start.
# It looks where the build found them: vcpkg's installed\<triplet>\bin, <prefix>\bin of every
# CMAKE_PREFIX_PATH entry (the workflow installs QtKeychain into such a prefix), Qt's bin.
# Qt's own DLLs are found too and copied again; they are the same files windeployqt copied.
# The targets are installed a second time here (same destination, same files) only to put them
# in the dependency set; app/CMakeLists.txt stays the one place that says where they go.
set(_syncdesk_dll_dirs)
if(QT6_INSTALL_PREFIX)
  list(APPEND _syncdesk_dll_dirs "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
endif()
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
  list(APPEND _syncdesk_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
foreach(_prefix IN LISTS CMAKE_PREFIX_PATH)
  list(APPEND _syncdesk_dll_dirs "${_prefix}/bin")
endforeach()
install(TARGETS syncdesk syncdeskctl RUNTIME_DEPENDENCY_SET syncdesk_dlls RUNTIME DESTINATION bin)
install(RUNTIME_DEPENDENCY_SET syncdesk_dlls
        DESTINATION bin
        # API sets and the OS's own DLLs (kernel32, ws2_32, crypt32, …) are never shipped.
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
        POST_EXCLUDE_REGEXES "[Ss][Yy][Ss][Tt][Ee][Mm]32" "[Ss][Yy][Ss][Ww][Oo][Ww]64"
        DIRECTORIES ${_syncdesk_dll_dirs})

# Qt's DLLs, plugins (platforms\qwindows.dll, styles, tls, imageformats incl. svg for the icons)
# and qtbase_*.qm: windeployqt, run by Qt 6.4's deploy support at install time, i.e. also when
# CPack stages the MSI. Both executables go through one run so they share one set of DLLs.
# qt6_generate_deploy_app_script() in 6.4 takes one TARGET only, hence the explicit call.
# --no-compiler-runtime: the CRT comes from InstallRequiredSystemLibraries above. That option
# goes through Qt's internal __qt_deploy_tool_extra_options (6.4 has no public way); if a later
# Qt drops the variable, windeployqt merely adds vc_redist.x64.exe, which does no harm.
install(CODE "
  set(__qt_deploy_tool_extra_options --no-compiler-runtime)
  include(\"${QT_DEPLOY_SUPPORT}\")
  qt6_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:syncdesk>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:syncdeskctl>\"
    GENERATE_QT_CONF)
")
