package dev.heapgrader.api;

import dev.heapgrader.exercise.ExerciseGrading;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts {@link ScriptedGrading} in place of the real grader for service tests. */
@TestConfiguration(proxyBeanMethods = false)
public class ScriptedGradingConfiguration {

    @Bean
    @Primary
    ExerciseGrading scriptedGrading() {
        return new ScriptedGrading();
    }
}
