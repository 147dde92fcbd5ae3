# Compile options shared by every Reqdesk target: warnings and the Qt defines STYLE.md asks for.
add_library(reqdesk_options INTERFACE)
add_library(Reqdesk::options ALIAS reqdesk_options)

target_compile_definitions(reqdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER)

if(MSVC)
    target_compile_options(reqdesk_options INTERFACE /W4 /permissive- /utf-8)
    if(REQDESK_WARNINGS_AS_ERRORS)
        target_compile_options(reqdesk_options INTERFACE /WX)
    endif()
else()
    target_compile_options(reqdesk_options INTERFACE -Wall -Wextra -Wpedantic)
    if(REQDESK_WARNINGS_AS_ERRORS)
        target_compile_options(reqdesk_options INTERFACE -Werror)
    endif()
endif()

target_include_directories(reqdesk_options INTERFACE
    ${PROJECT_SOURCE_DIR}/src
    ${PROJECT_BINARY_DIR}/generated)
