# CPack pre-build script (CPACK_PRE_BUILD_SCRIPTS): runs once the files of the .deb are staged,
# before CPack archives them. Strips every ELF file there the way dh_strip does, and puts its
# debug symbols in billdeck-dbgsym_<version>_<arch>.ddeb beside the .deb, under
# /usr/lib/debug/.build-id/<xx>/<rest>.debug, where gdb and debuginfod look for them.
# (CPack's own CPACK_DEBIAN_DEBUGINFO_PACKAGE writes build-machine paths into the .ddeb's
# md5sums in CMake 3.25, and gives the .ddeb no copyright file: lintian rejects it.)

if(NOT CPACK_GENERATOR STREQUAL "DEB")
    return()  # the TGZ keeps its binaries as built
endif()

set(staging "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
set(package "${CPACK_PACKAGE_NAME}")
set(dbgsym "${package}-dbgsym")
set(dbgsym_root "${CPACK_TOPLEVEL_DIRECTORY}/${dbgsym}")

find_program(OBJCOPY objcopy REQUIRED)
find_program(READELF readelf REQUIRED)
find_program(FILE_PROGRAM file REQUIRED)
find_program(DPKG dpkg REQUIRED)
find_program(DPKG_DEB dpkg-deb REQUIRED)

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        string(REPLACE ";" " " command "${ARGN}")
        message(FATAL_ERROR "debug-symbols: `${command}` failed (${result}):\n${output}")
    endif()
endfunction()

file(REMOVE_RECURSE "${dbgsym_root}")
set(build_ids)
set(md5sums "")
file(GLOB_RECURSE staged LIST_DIRECTORIES false RELATIVE "${staging}" "${staging}/*")
foreach(path IN LISTS staged)
    execute_process(COMMAND env LC_ALL=C ${FILE_PROGRAM} -b "${staging}/${path}"
        OUTPUT_VARIABLE kind OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT kind MATCHES "^ELF .*not stripped")
        continue()
    endif()
    execute_process(COMMAND env LC_ALL=C ${READELF} -n "${staging}/${path}" OUTPUT_VARIABLE notes)
    if(NOT notes MATCHES "Build ID: ([0-9a-f][0-9a-f])([0-9a-f]+)")
        message(FATAL_ERROR "debug-symbols: ${path} has no build ID")
    endif()
    set(debug_file "usr/lib/debug/.build-id/${CMAKE_MATCH_1}/${CMAKE_MATCH_2}.debug")
    list(APPEND build_ids "${CMAKE_MATCH_1}${CMAKE_MATCH_2}")
    get_filename_component(debug_dir "${dbgsym_root}/${debug_file}" DIRECTORY)
    file(MAKE_DIRECTORY "${debug_dir}")
    # As dh_strip: keep the debug sections apart (compressed), strip the rest, and leave a
    # .gnu_debuglink in the binary that names its debug file.
    run(${OBJCOPY} --only-keep-debug --compress-debug-sections
        "${staging}/${path}" "${dbgsym_root}/${debug_file}")
    file(CHMOD "${dbgsym_root}/${debug_file}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
    run(${OBJCOPY} --strip-all --remove-section=.comment --remove-section=.note "${staging}/${path}")
    run(${OBJCOPY} --add-gnu-debuglink=${dbgsym_root}/${debug_file} "${staging}/${path}")
    file(MD5 "${dbgsym_root}/${debug_file}" sum)
    string(APPEND md5sums "${sum}  ${debug_file}\n")
endforeach()

if(NOT build_ids)
    message(FATAL_ERROR "debug-symbols: no unstripped ELF file in ${staging}")
endif()

# The symbols package carries no documentation of its own: its doc folder is the package's,
# as for the dbgsym packages that debhelper makes.
file(MAKE_DIRECTORY "${dbgsym_root}/usr/share/doc")
file(CREATE_LINK "${package}" "${dbgsym_root}/usr/share/doc/${dbgsym}" SYMBOLIC)

execute_process(COMMAND ${DPKG} --print-architecture OUTPUT_VARIABLE arch OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND du -sk --apparent-size "${dbgsym_root}/usr" OUTPUT_VARIABLE size)
string(REGEX MATCH "^[0-9]+" size "${size}")
string(REPLACE ";" " " build_ids "${build_ids}")
set(version "${CPACK_PACKAGE_VERSION}")
file(MAKE_DIRECTORY "${dbgsym_root}/DEBIAN")
file(WRITE "${dbgsym_root}/DEBIAN/control"
"Package: ${dbgsym}
Source: ${package}
Version: ${version}
Auto-Built-Package: debug-symbols
Architecture: ${arch}
Maintainer: ${CPACK_PACKAGE_CONTACT}
Installed-Size: ${size}
Depends: ${package} (= ${version})
Section: debug
Priority: optional
Description: debug symbols for ${package}
Build-Ids: ${build_ids}
")
file(WRITE "${dbgsym_root}/DEBIAN/md5sums" "${md5sums}")
# The debug sections are compressed already: a light gzip over them is enough.
run(${DPKG_DEB} --root-owner-group -Zgzip -z1 --build "${dbgsym_root}"
    "${CPACK_PACKAGE_DIRECTORY}/${dbgsym}_${version}_${arch}.ddeb")
