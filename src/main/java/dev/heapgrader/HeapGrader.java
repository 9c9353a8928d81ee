package dev.heapgrader;

import dev.heapgrader.cli.HeapGraderCommand;

import java.io.OutputStreamWriter;
import java.lang.reflect.InvocationTargetException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * The jar's main class. It decides, before anything else is loaded, whether this JVM becomes the web service or a
 * command-line run: no arguments or {@code serve [spring args...]} start Spring Boot; everything else ({@code run},
 * {@code grade}, help, version, mistakes) goes to picocli without a single Spring class being loaded, which keeps
 * {@code heapgrader run tiny.py} fast. This class therefore imports nothing from Spring and touches
 * {@link HeapGraderApplication} only inside the service branch. In the executable jar it is the {@code Main-Class}
 * and runs from the jar's root, together with picocli, the CLI and the engine (see the pom's cli-launcher step), so
 * the CLI does not even go through Spring Boot's nested-jar launcher.
 */
public final class HeapGrader {

    private static final String SERVE = "serve";

    /** Present only where Spring can be loaded directly: not at the root of the executable jar. */
    private static final String SPRING_APPLICATION = "/org/springframework/boot/SpringApplication.class";

    /** Spring Boot's launcher for the executable jar; it sits at the jar's root next to this class. */
    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    /** Arguments after {@code serve} that ask for picocli's help or version instead of starting the service. */
    private static final Set<String> SERVE_INFO_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private HeapGrader() {
    }

    public static void main(String[] args) {
        if (startsService(args)) {
            startService(serviceArguments(args));
            return;
        }
        // picocli probes for groovy.lang.Closure on start-up, and a class that is not there costs a search of the
        // whole class path (under Spring Boot's launcher, all ~80 nested jars). HeapGrader has no Groovy.
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

    /**
     * The only place the service is started from. With Spring on the class path ({@code mvn spring-boot:run}, tests,
     * an IDE) it calls the application directly. In the executable jar this class runs from the jar's root, where
     * Spring is not visible: Spring lives in the nested jars under {@code BOOT-INF/lib}, which only Spring Boot's
     * launcher can read. There it hands over to that launcher, which starts the jar's {@code Start-Class},
     * {@link HeapGraderApplication}, with the same arguments.
     */
    private static void startService(String[] springArgs) {
        if (HeapGrader.class.getResource(SPRING_APPLICATION) != null) {
            HeapGraderApplication.main(springArgs);
        } else {
            launchExecutableJar(springArgs);
        }
    }

    /** Calls {@code JarLauncher.main}; the launcher is not a compile-time dependency, so it is looked up by name. */
    private static void launchExecutableJar(String[] springArgs) {
        try {
            Class.forName(BOOT_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) springArgs);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the service failed to start", cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start the service: neither Spring nor Spring Boot's launcher "
                    + BOOT_LAUNCHER + " is on the class path", e);
        }
    }
}
