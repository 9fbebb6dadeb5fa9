// The libFuzzer main of every target: SMTPCODES_FUZZ_ENTRY names the function of fuzzentry.h that it drives.
#include "fuzzentry.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Translators and locales need an application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    SmtpCodes::Fuzz::SMTPCODES_FUZZ_ENTRY(data, size);
    return 0;
}
