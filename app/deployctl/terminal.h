// Reading from the operator's terminal: a password without echo, a typed confirmation.
#pragma once

#include <QString>
#include <optional>

namespace deployctl {

bool stdinIsTerminal();
// Prompts on stderr and reads a line from the controlling terminal without echo; nullopt without a terminal.
std::optional<QString> readPasswordFromTerminal(const QString &prompt);
// One line of standard input (for --password-stdin); the trailing newline removed.
std::optional<QString> readLineFromStdin();
// Prompts on stderr and reads a line from the controlling terminal (with echo); nullopt without a terminal.
std::optional<QString> askTerminal(const QString &prompt);

} // namespace deployctl
