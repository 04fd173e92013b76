# Linux packages: .deb and .tar.gz. QtKeychain loads libsecret at run time and Qt loads its
# platform plugins at run time, so those are listed by hand (shlibdeps cannot see them).
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/syncdesk.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/syncdesk.svg
        DESTINATION share/icons/hicolor/scalable/apps)
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libsecret-1-0, gnome-keyring | kwalletmanager, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
