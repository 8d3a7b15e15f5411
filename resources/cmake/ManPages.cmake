# Man pages for the installed programs, written at build time from each program's own --help
# (resources/man/make-manpage), so they list exactly the options the programs take. Needs Python 3; without
# it the pages are skipped with a message.
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  message(STATUS "Python 3 not found: no man pages")
  add_custom_target(man_pages)  # test_install depends on it (and then finds the pages missing)
  return()
endif()

set(trainscope_man_tool ${PROJECT_SOURCE_DIR}/resources/man/make-manpage)
set(trainscope_man_dir ${PROJECT_BINARY_DIR}/man)
set(trainscope_man_pages)
string(REPLACE ";" "," trainscope_see_also "${trainscope_programs}")
foreach(program IN LISTS trainscope_programs)
  set(page ${trainscope_man_dir}/${program}.1)
  add_custom_command(OUTPUT ${page}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${trainscope_man_dir}
    COMMAND ${Python3_EXECUTABLE} ${trainscope_man_tool} --program $<TARGET_FILE:${program}> --name ${program}
            --version ${PROJECT_VERSION} --date ${TRAINSCOPE_RELEASE_DATE} --out ${page} --see-also ${trainscope_see_also}
    DEPENDS ${program} ${trainscope_man_tool}
    COMMENT "Writing the man page of ${program} from its --help"
    VERBATIM)
  list(APPEND trainscope_man_pages ${page})
endforeach()
add_custom_target(man_pages ALL DEPENDS ${trainscope_man_pages})
install(FILES ${trainscope_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
