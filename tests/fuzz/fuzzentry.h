#pragma once

#include <cstddef>
#include <cstdint>

/// What each fuzz target does with one input. The libFuzzer targets call these, and so does the regression test
/// that replays the seed corpora and every input a fuzzer ever crashed on, in the normal test suite.
namespace SmtpCodes::Fuzz {

/// Loads the input as a catalog file through the full validation.
void catalogLoader(const std::uint8_t *data, std::size_t size);

/// Runs the input as a search query with each filter on the real catalog.
void searchQuery(const std::uint8_t *data, std::size_t size);

/// Analyzes the input as a bounce, DSN, transcript or log, and explains every finding.
void analyzer(const std::uint8_t *data, std::size_t size);

/// Reads the input as an e-mail: MIME structure, transfer encodings, charsets, headers.
void mailReader(const std::uint8_t *data, std::size_t size);

/// Splits the input at NUL bytes into command-line arguments and runs them through the CLI.
void commandLine(const std::uint8_t *data, std::size_t size);

} // namespace SmtpCodes::Fuzz
