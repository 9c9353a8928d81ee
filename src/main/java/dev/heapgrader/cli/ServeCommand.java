package dev.heapgrader.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code heapgrader serve [SPRING_ARGS...]}: starts the web service. The main class normally starts the service
 * before picocli is involved (so Spring sees its arguments untouched); this command exists so that {@code serve}
 * appears in the help and answers {@code serve --help}, and it hands any arguments to the same starter.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = {
            "Start the web service (the same as running the jar without arguments).",
            "Any further arguments go to Spring Boot unchanged."},
        customSynopsis = "heapgrader serve [-hV] [SPRING_ARG...]",
        footerHeading = "%nExample:%n",
        footer = "  heapgrader serve --server.port=9090")
final class ServeCommand implements Runnable {

    private final Consumer<String[]> serviceStarter;

    /** Everything after {@code serve} except help and version, such as {@code --server.port=9090}, is Spring's. */
    @Unmatched
    private List<String> springArguments = new ArrayList<>();

    ServeCommand(Consumer<String[]> serviceStarter) {
        this.serviceStarter = serviceStarter;
    }

    @Override
    public void run() {
        serviceStarter.accept(springArguments.toArray(String[]::new));
    }
}
