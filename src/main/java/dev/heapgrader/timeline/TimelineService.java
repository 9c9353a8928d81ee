package dev.heapgrader.timeline;

import dev.heapgrader.api.ApiException;
import dev.heapgrader.api.Caller;
import dev.heapgrader.api.TokenKind;
import dev.heapgrader.engine.CallPlan;
import dev.heapgrader.engine.Engine;
import dev.heapgrader.engine.RunResult;
import dev.heapgrader.engine.TimelineRun;
import dev.heapgrader.engine.trace.timeline.TimelineJson;
import dev.heapgrader.engine.trace.timeline.TimelineOptions;
import dev.heapgrader.engine.version.PythonVersion;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.GradingSlots;
import dev.heapgrader.submission.SubmissionRateLimiter;
import dev.heapgrader.submission.SubmissionService;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Records timelines under grading's limits: the same source size limit as a submission, the same engine limits
 * as a graded run, and a student's timeline runs count against their submissions per minute, since each costs
 * a run of the engine. Public so the web pages (session sign-in) serve the same JSON as the API.
 */
@Service
public class TimelineService {

    private final ExerciseGrading grading;
    private final SubmissionRateLimiter limiter;
    private final GradingSlots slots;

    TimelineService(ExerciseGrading grading, SubmissionRateLimiter limiter, GradingSlots slots) {
        this.grading = grading;
        this.limiter = limiter;
        this.slots = slots;
    }

    /** The timeline of an answer to {@code exercise}, run as grading runs it (with the exercise's planned calls). */
    public String ofAnswer(Caller caller, String exercise, String source, PythonVersion version) {
        return record(caller, source, version, grading.plan(exercise));
    }

    /** The timeline of any program. */
    public String ofProgram(Caller caller, PlaygroundRequest request) {
        if (request == null || request.source() == null) {
            throw ApiException.badRequest("send a JSON body with 'source' (and optionally 'pythonVersion')");
        }
        int bytes = request.source().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > SubmissionService.MAX_SOURCE_BYTES) {
            throw ApiException.tooLarge("the source is " + bytes + " bytes of UTF-8; the limit is "
                    + SubmissionService.MAX_SOURCE_BYTES);
        }
        PythonVersion version = request.pythonVersion() == null ? PythonVersion.defaultVersion()
                : PythonVersion.parse(request.pythonVersion()).orElseThrow(() -> ApiException.badRequest(
                        "'pythonVersion' must be one of " + Arrays.stream(PythonVersion.values())
                                .map(PythonVersion::label).toList() + ", not '" + request.pythonVersion() + "'"));
        return record(caller, request.source(), version, CallPlan.NONE);
    }

    private String record(Caller caller, String program, PythonVersion version, CallPlan plan) {
        if (caller.kind() == TokenKind.STUDENT && caller.memberId() != null) {
            limiter.acquire(caller.memberId());
        }
        // a timeline run is a run of the engine like a grading: it waits for a grading slot
        TimelineRun run = slots.run(pacer -> Engine.runWithTimeline(program, "main.py", version, grading.limits(),
                "", plan, TimelineOptions.defaults(), pacer));
        if (run.timeline() == null) {
            if (run.result().outcome() == RunResult.Outcome.SYNTAX_ERROR) {
                throw ApiException.badRequest("the program does not parse, so it has no timeline: "
                        + run.result().lastStderrLine());
            }
            throw new IllegalStateException("the engine failed recording a timeline: " + run.result().stderr());
        }
        return TimelineJson.write(run.timeline());
    }
}
