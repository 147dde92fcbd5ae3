# Installers. `cpack --config build/release/CPackConfig.cmake` after a release build.
# Linux: .deb and .tar.gz; Windows: ZIP (NSIS/WiX once the app lands); macOS: DragNDrop.
set(CPACK_PACKAGE_NAME "reqdesk")
set(CPACK_PACKAGE_VENDOR "Reqdesk")
set(CPACK_PACKAGE_CONTACT "Reqdesk developers <dev@reqdesk.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop;TGZ")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
endif()

include(CPack)
