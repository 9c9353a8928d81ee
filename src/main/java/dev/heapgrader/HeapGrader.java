package dev.heapgrader;

import dev.heapgrader.cli.HeapGraderCommand;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * The jar's main class. It decides, before anything else is loaded, whether this JVM becomes the web service or a
 * command-line run: no arguments or {@code serve [spring args...]} start Spring Boot; everything else ({@code run},
 * {@code grade}, help, version, mistakes) goes to picocli without a single Spring class being loaded, which keeps
 * {@code heapgrader run tiny.py} well under a second. This class therefore imports nothing from Spring and touches
 * {@link HeapGraderApplication} only inside the service branch.
 */
public final class HeapGrader {

    private static final String SERVE = "serve";

    /** Arguments after {@code serve} that ask for picocli's help or version instead of starting the service. */
    private static final Set<String> SERVE_INFO_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private HeapGrader() {
    }

    public static void main(String[] args) {
        if (startsService(args)) {
            startService(serviceArguments(args));
            return;
        }
        // picocli probes for groovy.lang.Closure on start-up; in the fat jar that miss makes the launcher search all
        // ~80 nested jars (0.5 s or more). HeapGrader has no Groovy, so the probe is switched off.
        System.setProperty("picocli.disable.closures", "true");
        // Python programs print UTF-8 whatever the locale (PEP 540 coerces the C locale), so the CLI does too.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = HeapGraderCommand.commandLine(out, err, serviceArgs -> startService(serviceArgs)).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Whether these arguments start the web service: none at all, or {@code serve} without a help request. */
    static boolean startsService(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (!SERVE.equals(args[0])) {
            return false;
        }
        return Arrays.stream(args, 1, args.length).noneMatch(SERVE_INFO_OPTIONS::contains);
    }

    /** The arguments handed to Spring Boot: everything after a leading {@code serve}. */
    static String[] serviceArguments(String[] args) {
        if (args.length > 0 && SERVE.equals(args[0])) {
            return Arrays.copyOfRange(args, 1, args.length);
        }
        return args;
    }

    /** The only place Spring is reached from the main class; the JVM resolves the class on this first call. */
    private static void startService(String[] springArgs) {
        HeapGraderApplication.main(springArgs);
    }
}
