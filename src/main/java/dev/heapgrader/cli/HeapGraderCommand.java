package dev.heapgrader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * The top-level {@code heapgrader} command: it only groups the subcommands and owns the global help and version
 * options. {@link #commandLine} assembles the whole command tree with the shared output streams and the one-line
 * usage-error handling, so the main class and the tests run exactly the same configuration.
 */
@Command(name = "heapgrader",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Autograder for CPython memory-management exercises, with a Java reference engine of CPython's heap.",
            "Without a command, or with 'serve', it starts the web service."},
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "2:usage error (unknown command or option, bad value, unreadable file)"})
public final class HeapGraderCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /**
     * Builds the command tree.
     *
     * @param out            where results and help go
     * @param err            where errors go
     * @param serviceStarter starts the web service with the given Spring arguments; called by {@code serve}
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Consumer<String[]> serviceStarter) {
        CommandLine commandLine = new CommandLine(new HeapGraderCommand())
                .addSubcommand(new RunCommand())
                .addSubcommand(new GradeCommand())
                .addSubcommand(new ServeCommand(serviceStarter));
        // Settings apply to the subcommands present when they are set, so they come after addSubcommand.
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine;
    }

    /** Reached only when picocli is given options but no command (the main class serves on no arguments). */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: run, grade or serve");
    }
}
