package dev.heapgrader.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.List;

/**
 * Reports a command-line mistake the way Unix tools do: one line naming the command and the mistake, then the
 * command's synopsis and a pointer to {@code --help}, on stderr, with exit status 2. picocli's default would print
 * the whole help page, which buries the one line that matters.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        String command = commandLine.getCommandSpec().qualifiedName();
        PrintWriter err = commandLine.getErr();
        err.println(command + ": " + describe(ex));
        err.print(commandLine.getHelp().fullSynopsis());
        err.println("Try '" + command + " --help' for more information.");
        err.flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** picocli's message, except that an unknown word where a command belongs is called an unknown command. */
    private static String describe(ParameterException ex) {
        CommandLine commandLine = ex.getCommandLine();
        if (ex instanceof UnmatchedArgumentException unmatched && !commandLine.getSubcommands().isEmpty()) {
            List<String> words = unmatched.getUnmatched();
            if (!words.isEmpty() && !words.get(0).startsWith("-")) {
                return "unknown command '" + words.get(0) + "' (expected one of: "
                        + String.join(", ", commandLine.getSubcommands().keySet()) + ")";
            }
        }
        return firstLine(ex.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid arguments";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
