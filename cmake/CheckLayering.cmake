# Keeps ARCHITECTURE.md's arrows pointing down: run as `cmake -DSOURCE_DIR=... -P CheckLayering.cmake`.
# Fails when a layer includes a Qt module or a project layer it must not use.
cmake_minimum_required(VERSION 3.21)

set(rules
    # folder     forbidden include pattern (regex on the include line)
    "src/core|<Q(Sql|Network|Widget|Gui|Chart|Http|Painter|Color|Image|Pixmap|Font|Icon)[A-Za-z]*>|<Qt(Sql|Network|Widgets|Gui|Charts|HttpServer)/|\"(store|sync|gui|server|cli|app)/"
    "src/store|<Q(Network|Widget|Gui|Chart|Http)[A-Za-z]*>|<Qt(Network|Widgets|Gui|Charts|HttpServer)/|\"(sync|gui|server|cli|app)/"
    "src/sync|<Q(Widget|Chart|Http)[A-Za-z]*>|<Qt(Widgets|Charts|HttpServer)/|\"(gui|server|cli|app)/"
    "src/cli|<Q(Widget|Chart|Application|Http)[A-Za-z]*>|<Qt(Widgets|Charts|HttpServer)/|\"(gui|server|app)/"
    "src/server|<Q(Widget|Chart)[A-Za-z]*>|<Qt(Widgets|Charts)/|\"(gui|sync|cli|app)/"
    "src/gui|<QSql[A-Za-z]*>|<QNetwork[A-Za-z]*>|<Qt(Sql|Network)/|\"(server|cli|app)/"
)

set(violations "")
foreach(rule IN LISTS rules)
    string(FIND "${rule}" "|" split)
    string(SUBSTRING "${rule}" 0 ${split} folder)
    math(EXPR start "${split} + 1")
    string(SUBSTRING "${rule}" ${start} -1 pattern)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS includes)
            if(line MATCHES "${pattern}")
                # Charts are allowed in src/gui/charts only.
                if(folder STREQUAL "src/gui" AND file MATCHES "/src/gui/charts/")
                    continue()
                endif()
                file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
                list(APPEND violations "${rel}: ${line}")
            endif()
        endforeach()
    endforeach()
endforeach()

# QtCharts only under src/gui/charts.
file(GLOB_RECURSE guiFiles "${SOURCE_DIR}/src/gui/*.h" "${SOURCE_DIR}/src/gui/*.cpp")
foreach(file IN LISTS guiFiles)
    if(file MATCHES "/src/gui/charts/")
        continue()
    endif()
    file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include.*(QChart|QtCharts|QBarSeries|QValueAxis)")
    foreach(line IN LISTS includes)
        file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
        list(APPEND violations "${rel}: ${line} (QtCharts belongs in src/gui/charts)")
    endforeach()
endforeach()

if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "Layering violations (see ARCHITECTURE.md):\n  ${text}")
endif()
message(STATUS "layering: clean")
