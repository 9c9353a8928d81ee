package dev.heapgrader;

import dev.heapgrader.engine.version.PythonVersion;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the engine to {@code /actuator/info}: which CPython versions it reproduces (short label and exact release)
 * and which one is the default, so operators can see what a deployment grades against.
 */
@Component
class EngineInfoContributor implements InfoContributor {

    @Override
    public void contribute(Info.Builder builder) {
        List<Map<String, String>> versions = Arrays.stream(PythonVersion.values())
                .map(version -> Map.of("version", version.label(), "release", version.patchRelease()))
                .toList();
        Map<String, Object> engine = new LinkedHashMap<>();
        engine.put("pythonVersions", versions);
        engine.put("defaultPythonVersion", PythonVersion.defaultVersion().label());
        builder.withDetail("engine", engine);
    }
}
