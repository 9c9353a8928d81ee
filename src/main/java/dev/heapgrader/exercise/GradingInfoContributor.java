package dev.heapgrader.exercise;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds grading to {@code /actuator/info}: the engine and rubric versions that new grades will record, and the
 * exercises on offer, so operators can tell when a regrade is due.
 */
@Component
class GradingInfoContributor implements InfoContributor {

    private final ExerciseGrading grading;

    GradingInfoContributor(ExerciseGrading grading) {
        this.grading = grading;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("engineVersion", grading.engineVersion());
        details.put("rubricVersion", grading.rubricVersion());
        details.put("exercises", grading.exercises().stream().map(ExerciseInfo::id).toList());
        builder.withDetail("grading", details);
    }
}
