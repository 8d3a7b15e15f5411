# Install rules: the three programs (and the SentencePiece module they load), their desktop entry, icons,
# AppStream metadata, MIME type, man pages and the machine-readable copyright file Debian's policy asks for
# (`cmake --install build [--prefix DIR]`). Nothing the tests or benchmarks need is installed. Included at the end of the top-level CMakeLists.txt, once every target exists.
include(GNUInstallDirs)

set(TRAINSCOPE_APP_ID org.trainscope.TrainScope)   # desktop entry, AppStream id, MIME package file
set(TRAINSCOPE_RELEASE_DATE 2026-12-02)             # of PROJECT_VERSION, for the AppStream <release>
set(TRAINSCOPE_ICON_SIZES 16 24 32 48 64 128 256)  # hicolor PNGs in resources/icons/hicolor (render-hicolor)
set(trainscope_desktop_dir ${PROJECT_SOURCE_DIR}/resources/desktop)

set(trainscope_programs trainscope-cli)
if(TRAINSCOPE_BUILD_GUI)
  list(APPEND trainscope_programs trainscope trainscope-report)
endif()
# RPATH: none for libraries in the system's folders (Debian's libtorch and Qt); the folder of a LibTorch or Qt
# found elsewhere (a pip install of torch, Qt's own installer), so the installed programs run without
# LD_LIBRARY_PATH. (INSTALL_RPATH_USE_LINK_PATH does not see these: they are linked by full path.)
set(trainscope_install_rpath)
foreach(library IN ITEMS torch c10 Qt6::Core)
  if(TARGET ${library})
    get_target_property(location ${library} LOCATION)
    get_filename_component(folder "${location}" DIRECTORY)
    if(folder AND NOT folder IN_LIST CMAKE_CXX_IMPLICIT_LINK_DIRECTORIES
       AND NOT folder IN_LIST CMAKE_PLATFORM_IMPLICIT_LINK_DIRECTORIES AND NOT folder IN_LIST trainscope_install_rpath)
      list(APPEND trainscope_install_rpath "${folder}")
    endif()
  endif()
endforeach()
set_target_properties(${trainscope_programs} PROPERTIES INSTALL_RPATH "${trainscope_install_rpath}")
install(TARGETS ${trainscope_programs} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET trainscope_sentencepiece)
  # The SentencePiece module the programs dlopen from ../lib/trainscope (core/text/SentencePieceLoader.cpp).
  set_target_properties(trainscope_sentencepiece PROPERTIES INSTALL_RPATH_USE_LINK_PATH ON)  # its -L folder, if not the system's
  install(TARGETS trainscope_sentencepiece LIBRARY DESTINATION lib/trainscope)
endif()

if(TRAINSCOPE_BUILD_GUI)
  install(FILES ${trainscope_desktop_dir}/${TRAINSCOPE_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  configure_file(${trainscope_desktop_dir}/${TRAINSCOPE_APP_ID}.metainfo.xml.in
                 ${PROJECT_BINARY_DIR}/${TRAINSCOPE_APP_ID}.metainfo.xml @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/${TRAINSCOPE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${trainscope_desktop_dir}/${TRAINSCOPE_APP_ID}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
          RENAME ${TRAINSCOPE_APP_ID}.xml)
  foreach(size IN LISTS TRAINSCOPE_ICON_SIZES)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/trainscope.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/trainscope.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

# /usr/share/doc/trainscope/copyright (DEP-5 format), in every build, the command-line one included.
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/trainscope)

include(${CMAKE_CURRENT_LIST_DIR}/ManPages.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/DebPackage.cmake)
