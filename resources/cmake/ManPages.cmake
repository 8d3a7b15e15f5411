# Man pages for the installed programs, written at build time from each program's own --help
# (resources/man/make-manpage), so they list exactly the options the programs take, and installed compressed the
# way Debian's policy asks (`gzip -9n`: best compression, no name or time stamp, so the same page gives the same
# bytes). Needs Python 3 and gzip; without them the pages are skipped with a message.
find_package(Python3 COMPONENTS Interpreter)
find_program(TRAINSCOPE_GZIP gzip)
if(NOT Python3_Interpreter_FOUND OR NOT TRAINSCOPE_GZIP)
  message(STATUS "Python 3 or gzip not found: no man pages")
  add_custom_target(man_pages)  # test_install depends on it (and then finds the pages missing)
  return()
endif()

set(trainscope_man_tool ${PROJECT_SOURCE_DIR}/resources/man/make-manpage)
set(trainscope_man_dir ${PROJECT_BINARY_DIR}/man)
set(trainscope_man_pages)
string(REPLACE ";" "," trainscope_see_also "${trainscope_programs}")
foreach(program IN LISTS trainscope_programs)
  set(page ${trainscope_man_dir}/${program}.1)
  add_custom_command(OUTPUT ${page}.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${trainscope_man_dir}
    COMMAND ${Python3_EXECUTABLE} ${trainscope_man_tool} --program $<TARGET_FILE:${program}> --name ${program}
            --version ${PROJECT_VERSION} --date ${TRAINSCOPE_RELEASE_DATE} --out ${page} --see-also ${trainscope_see_also}
    COMMAND ${TRAINSCOPE_GZIP} -9nf ${page}
    DEPENDS ${program} ${trainscope_man_tool}
    COMMENT "Writing the man page of ${program} from its --help"
    VERBATIM)
  list(APPEND trainscope_man_pages ${page}.gz)
endforeach()
add_custom_target(man_pages ALL DEPENDS ${trainscope_man_pages})
install(FILES ${trainscope_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
