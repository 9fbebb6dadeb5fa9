# Writes OUTPUT as INPUT compressed with gzip -9n (no name, no time stamp, so the same input gives the same bytes).
# With SCDOC set, INPUT is an scdoc source that is first rendered to a manual page, dated by EPOCH.
# Usage: cmake -DINPUT=... -DOUTPUT=...gz [-DSCDOC=scdoc -DEPOCH=seconds] -P compress.cmake
cmake_minimum_required(VERSION 3.25)
set(plain "${OUTPUT}")
string(REGEX REPLACE "\\.gz$" "" plain "${OUTPUT}")
if(SCDOC)
    if(EPOCH)
        set(ENV{SOURCE_DATE_EPOCH} "${EPOCH}")
    endif()
    execute_process(COMMAND "${SCDOC}" INPUT_FILE "${INPUT}" OUTPUT_FILE "${plain}" COMMAND_ERROR_IS_FATAL ANY)
    set(INPUT "${plain}")
endif()
execute_process(COMMAND gzip -9nc INPUT_FILE "${INPUT}" OUTPUT_FILE "${OUTPUT}" COMMAND_ERROR_IS_FATAL ANY)
