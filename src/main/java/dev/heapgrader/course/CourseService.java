package dev.heapgrader.course;

import dev.heapgrader.audit.AuditAction;
import dev.heapgrader.audit.AuditLog;
import dev.heapgrader.api.ApiException;
import dev.heapgrader.api.Caller;
import dev.heapgrader.engine.version.PythonVersion;
import dev.heapgrader.exercise.ExerciseGrading;
import dev.heapgrader.exercise.ExerciseInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creates and updates courses, and finds a course for a caller with the right access. A caller who does not
 * belong to a course gets 404 for it, as if it did not exist (course slugs do not leak); a member without the
 * needed role gets 403.
 */
@Service
public class CourseService {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final CourseRepository courses;
    private final ExerciseGrading grading;
    private final Clock clock;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CourseService(CourseRepository courses, ExerciseGrading grading, Clock clock, AuditLog audit,
                  ApplicationEventPublisher events) {
        this.courses = courses;
        this.grading = grading;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /** The course, if the caller belongs to it (any token of the course, or an administrator). */
    @Transactional(readOnly = true)
    public Course visible(String slug, Caller caller) {
        Course course = courses.findBySlug(slug).orElseThrow(() -> ApiException.notFound("course", slug));
        if (!caller.belongsTo(course.getId())) {
            throw ApiException.notFound("course", slug);
        }
        return course;
    }

    /** The course, if the caller manages it (its instructor or an administrator). */
    @Transactional(readOnly = true)
    public Course managed(String slug, Caller caller) {
        Course course = visible(slug, caller);
        if (!caller.manages(course.getId())) {
            throw ApiException.forbidden("only the course's instructors may do this");
        }
        return course;
    }

    @Transactional(readOnly = true)
    public List<Course> list(Caller caller) {
        return courses.findAll().stream().filter(course -> caller.belongsTo(course.getId())).toList();
    }

    @Transactional
    public Course create(CourseRequest request, Caller caller) {
        if (!caller.isAdmin()) {
            throw ApiException.forbidden("only an administrator may create courses");
        }
        if (request.slug() == null || !SLUG.matcher(request.slug()).matches()) {
            throw ApiException.badRequest("slug must be 1 to 64 lower-case letters, digits and dashes");
        }
        if (request.title() == null || request.title().isBlank()) {
            throw ApiException.badRequest("title is required");
        }
        if (courses.existsBySlug(request.slug())) {
            throw ApiException.conflict("Course exists", "a course with slug '" + request.slug() + "' exists");
        }
        Course course = new Course(request.slug(), request.title().strip(), PythonVersion.defaultVersion(),
                clock.instant());
        course.setExercises(grading.exercises().stream().map(e -> new ExerciseDeadline(e.id(), null)).toList());
        apply(course, request);
        Course created = courses.saveAndFlush(course);
        audit.record(created.getId(), AuditAction.COURSE_CREATED, created.getSlug(), created.getTitle());
        return created;
    }

    @Transactional
    public Course update(String slug, CourseRequest request, Caller caller) {
        Course course = managed(slug, caller);
        if (request.slug() != null && !request.slug().equals(slug)) {
            throw ApiException.badRequest("a course's slug cannot change");
        }
        if (request.title() != null) {
            if (request.title().isBlank()) {
                throw ApiException.badRequest("title must not be blank");
            }
            course.setTitle(request.title().strip());
        }
        apply(course, request);
        Course updated = courses.saveAndFlush(course);
        events.publishEvent(new CourseChanged(updated.getId()));
        audit.record(updated.getId(), AuditAction.COURSE_UPDATED, updated.getSlug(), changedSettings(request));
        return updated;
    }

    /** The settings a request set, for the audit log: names and the new values, as the client sent them. */
    private static String changedSettings(CourseRequest request) {
        List<String> changed = new ArrayList<>();
        if (request.title() != null) {
            changed.add("title=" + request.title().strip());
        }
        if (request.pythonVersion() != null) {
            changed.add("pythonVersion=" + request.pythonVersion());
        }
        if (request.exercises() != null) {
            changed.add("exercises=" + request.exercises());
        }
        if (request.latePolicy() != null) {
            changed.add("latePolicy=" + request.latePolicy());
        }
        if (request.scorePolicy() != null) {
            changed.add("scorePolicy=" + request.scorePolicy());
        }
        if (request.maxAttempts() != null) {
            changed.add("maxAttempts=" + request.maxAttempts());
        }
        return changed.isEmpty() ? "nothing changed" : String.join("; ", changed);
    }

    /** Releases the course's hidden checks now: under AFTER_RELEASE students see their results from now on. */
    @Transactional
    public Course releaseHiddenChecks(String slug, Caller caller) {
        Course course = managed(slug, caller);
        course.releaseHiddenChecks(clock.instant());
        events.publishEvent(new CourseChanged(course.getId()));
        return courses.saveAndFlush(course);
    }

    private void apply(Course course, CourseRequest request) {
        if (request.pythonVersion() != null) {
            course.setPythonVersion(PythonVersion.parse(request.pythonVersion()).orElseThrow(
                    () -> ApiException.badRequest("pythonVersion must be 3.11, 3.12 or 3.13")));
        }
        if (request.exercises() != null) {
            Set<String> seen = new HashSet<>();
            for (ExerciseDeadline offered : request.exercises()) {
                if (offered == null || offered.exercise() == null) {
                    throw ApiException.badRequest("every exercise needs an 'exercise' id");
                }
                if (grading.find(offered.exercise()).isEmpty()) {
                    throw ApiException.badRequest("unknown exercise '" + offered.exercise() + "'; known: "
                            + grading.exercises().stream().map(ExerciseInfo::id).toList());
                }
                if (!seen.add(offered.exercise())) {
                    throw ApiException.badRequest("exercise '" + offered.exercise() + "' is listed twice");
                }
            }
            course.setExercises(request.exercises());
        }
        if (request.latePolicy() != null) {
            course.setLatePolicy(request.latePolicy());
        }
        if (request.scorePolicy() != null) {
            course.setScorePolicy(request.scorePolicy());
        }
        if (request.hiddenChecks() != null) {
            course.setHiddenChecks(request.hiddenChecks());
        }
        if (request.maxAttempts() != null) {
            if (request.maxAttempts() < 0) {
                throw ApiException.badRequest("maxAttempts must be positive, or 0 for no cap");
            }
            course.setMaxAttempts(request.maxAttempts() == 0 ? null : request.maxAttempts());
        }
    }
}
