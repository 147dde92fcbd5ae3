# reqdesk_add_test(NAME SOURCES ... LIBS ... [LABELS ...] [GUI])
# One Qt Test executable per class, registered with CTest and labelled (STYLE.md).
function(reqdesk_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test Reqdesk::options ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        REQDESK_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        REQDESK_SEED_DIR="${PROJECT_SOURCE_DIR}/../shared/seed"
        REQDESK_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=reqdesk.*.debug=false")
endfunction()
