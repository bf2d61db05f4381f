# `cpack` in a release build dir produces modmarket_<version>_<arch>.deb with the app, the CLI,
# the server, a .desktop file, AppStream metainfo and the icon.
include(GNUInstallDirs)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/org.modmarket.ModuleMarketplace.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/org.modmarket.ModuleMarketplace.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/org.modmarket.ModuleMarketplace.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "modmarket")
set(CPACK_PACKAGE_VENDOR "Module Marketplace")
set(CPACK_PACKAGE_CONTACT "Module Marketplace maintainers <maintainers@modmarket.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop marketplace for add-on modules, with its CLI and server")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
include(CPack)
