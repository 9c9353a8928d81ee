package dev.heapgrader.cli;

import dev.heapgrader.engine.version.PythonVersion;
import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The text of {@code --version}: HeapGrader's own version, read from the {@code META-INF/build-info.properties}
 * that the Spring Boot Maven plugin writes at build time (plain {@link Properties}, no Spring), and the CPython
 * releases the engine reproduces.
 */
final class BuildVersion implements IVersionProvider {

    private static final String BUILD_INFO = "/META-INF/build-info.properties";

    @Override
    public String[] getVersion() {
        String engine = Arrays.stream(PythonVersion.values())
                .map(PythonVersion::patchRelease)
                .collect(Collectors.joining(", "));
        return new String[] {"heapgrader " + applicationVersion(), "engine: CPython " + engine};
    }

    /** The project version, or "(development build)" when the classes were not built by Maven. */
    static String applicationVersion() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(BUILD_INFO)) {
            if (in == null) {
                return "(development build)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("build.version", "(development build)");
        } catch (IOException e) {
            return "(development build)";
        }
    }
}
