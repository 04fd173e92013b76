# Packaging: what every platform shares, then the platform's own recipe, then CPack.
#   Linux:   packaging/linux/Package.cmake   (DEB + TGZ)
#   Windows: packaging/windows/Package.cmake (WiX MSI, windeployqt)
#   macOS:   packaging/macos/Package.cmake   (DragNDrop DMG, macdeployqt)
# The version comes from project(VERSION) in the top-level CMakeLists.txt and nowhere else.
set(CPACK_PACKAGE_NAME syncdesk)
set(CPACK_PACKAGE_VENDOR "Syncdesk")
set(CPACK_PACKAGE_CONTACT "Syncdesk maintainers <maintainers@syncdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Syncdesk")

if(WIN32)
  include(${CMAKE_CURRENT_LIST_DIR}/windows/Package.cmake)
elseif(APPLE)
  include(${CMAKE_CURRENT_LIST_DIR}/macos/Package.cmake)
else()
  include(${CMAKE_CURRENT_LIST_DIR}/linux/Package.cmake)
endif()

include(CPack)
