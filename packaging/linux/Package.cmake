# Linux packages: a .deb (apt install ./syncdesk_VERSION_ARCH.deb) and a .tar.gz of the same tree.
# Everything here is installed under CMAKE_INSTALL_PREFIX; the .deb puts it under /usr.
include(GNUInstallDirs)
set(_linux ${CMAKE_CURRENT_LIST_DIR})
set(_gen ${PROJECT_BINARY_DIR}/packaging/linux)

# Menu entry and AppStream metadata; both named after the AppStream ID, as the spec asks.
install(FILES ${_linux}/io.syncdesk.Syncdesk.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_linux}/io.syncdesk.Syncdesk.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icons: the SVG as is, and the hicolor PNG sizes rendered from it at build time (svgtopng.cpp says
# why not committed PNGs and why not rsvg-convert).
set(SYNCDESK_ICON_SIZES 16 22 24 32 48 64 128 256 512)
add_executable(syncdesk_svgtopng ${_linux}/svgtopng.cpp)
target_link_libraries(syncdesk_svgtopng PRIVATE Qt6::Gui)
set(_icons)
foreach(size ${SYNCDESK_ICON_SIZES})
  list(APPEND _icons ${_gen}/icons/${size}x${size}/apps/syncdesk.png)
endforeach()
add_custom_command(OUTPUT ${_icons}
                   COMMAND syncdesk_svgtopng ${PROJECT_SOURCE_DIR}/resources/icons/syncdesk.svg ${_gen}/icons
                           ${SYNCDESK_ICON_SIZES}
                   DEPENDS syncdesk_svgtopng ${PROJECT_SOURCE_DIR}/resources/icons/syncdesk.svg
                   COMMENT "Rendering the hicolor icons from syncdesk.svg" VERBATIM)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/syncdesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(DIRECTORY ${_gen}/icons/ DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor)

# Man pages: each program prints its own (hidden --help-man, built from the QCommandLineParser
# options --help shows), so the pages cannot drift from the programs. English, whatever the
# builder's locale. Both options are answered before any QApplication, so no display is needed.
set(_man)
foreach(prog syncdesk syncdeskctl)
  add_custom_command(OUTPUT ${_gen}/man/${prog}.1.gz
                     COMMAND ${CMAKE_COMMAND} -E make_directory ${_gen}/man
                     COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=
                             $<TARGET_FILE:${prog}> --lang en --help-man > ${_gen}/man/${prog}.1
                     COMMAND gzip -9nf ${_gen}/man/${prog}.1
                     DEPENDS ${prog}
                     COMMENT "Writing the ${prog}(1) man page from its options" VERBATIM)
  list(APPEND _man ${_gen}/man/${prog}.1.gz)
endforeach()
install(FILES ${_man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Part of `all`, so `cpack` / `cmake --build . --target package` always has them.
add_custom_target(syncdesk_linux_data ALL DEPENDS ${_icons} ${_man})

# Translations: also embedded under :/i18n; installed so Translations.cpp finds them first. The
# .qm paths follow lrelease's default (core's binary dir, named like the .ts):
# QM_FILES_OUTPUT_VARIABLE would turn the embedding off in Qt 6.4.
file(GLOB _ts CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/syncdesk_*.ts)
foreach(ts ${_ts})
  get_filename_component(qm ${ts} NAME_WLE)
  install(FILES ${PROJECT_BINARY_DIR}/core/${qm}.qm DESTINATION ${CMAKE_INSTALL_DATADIR}/syncdesk/translations)
endforeach()

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so the shared-library scan cannot see them: Qt's platform plugins (xcb,
# wayland), the SVG image/icon plugins for the icons, and libsecret, which QtKeychain dlopens.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libsecret-1-0")
# A Secret Service to keep credentials in (any one), and glyphs for the Japanese interface.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/syncdesk/syncdesk")
# The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY (packaging/CPack.cmake); this is the rest.
# Lines stay under 80 columns (lintian: extended-description-line-too-long).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Syncdesk is a desktop console (syncdesk) and a command line (syncdeskctl)
to set up, check and watch Zoom, NICE CXone and Salesforce integrations:
the Zoom app, account mapping, CXone address books and Directory Sync,
Salesforce presence statuses and rules, and a live event monitor.
A built-in sandbox lets everything be tried without any account.")
# syncdesk_0.1.0_amd64.deb: name, version and architecture, as Debian names its packages.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The build keeps its debug info (RelWithDebInfo, ~170 MB of binaries); the package does not.
set(CPACK_STRIP_FILES ON)
set(CPACK_ARCHIVE_FILE_NAME "syncdesk-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")

# The user guide (en, de, ja, with its screenshots) and the change log, where Help → About finds
# the guide (ui/support/AboutDialog.cpp looks in <prefix>/share/doc/syncdesk/user-guide).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/user-guide/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/user-guide
        PATTERN "make-screenshots.sh" EXCLUDE)
# The change log twice: as written (CHANGELOG.md), and as changelog.gz in Debian's format, where
# apt-listchanges and lintian look for a native package's (DebianChangelog.cmake makes it).
install(FILES ${PROJECT_SOURCE_DIR}/CHANGELOG.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
add_custom_command(OUTPUT ${_gen}/changelog.gz
                   COMMAND ${CMAKE_COMMAND} -DIN=${PROJECT_SOURCE_DIR}/CHANGELOG.md -DOUT=${_gen}/changelog
                           -DPACKAGE=syncdesk "-DMAINTAINER=${CPACK_PACKAGE_CONTACT}"
                           -P ${_linux}/DebianChangelog.cmake
                   COMMAND gzip -9nf ${_gen}/changelog
                   DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${_linux}/DebianChangelog.cmake VERBATIM)
add_custom_target(syncdesk_changelog ALL DEPENDS ${_gen}/changelog.gz)
add_dependencies(syncdesk_linux_data syncdesk_changelog)
install(FILES ${_gen}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})
# Debian policy (12.5): every package carries its licence as /usr/share/doc/<package>/copyright.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
