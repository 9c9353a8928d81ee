package dev.heapgrader.submission;

import dev.heapgrader.api.ApiException;
import dev.heapgrader.api.Caller;
import dev.heapgrader.api.ShortLivedCache;
import dev.heapgrader.course.Course;
import dev.heapgrader.course.CourseChanged;
import dev.heapgrader.course.CourseService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Optional;

/**
 * The courses of the submission path, by slug, kept for {@code heapgrader.submissions.course-cache-ttl} (default
 * 2 s; 0 turns it off): a class submitting at once asks for its course hundreds of times a second, and each look-up
 * is a query with the course's exercises. The copies are only read here (the settings endpoints load their own),
 * and the caller's access is checked on every request, as {@link CourseService#visible} checks it.
 *
 * <p>A settings change on this instance ({@link CourseChanged}) drops the course at once and again once the change
 * has committed, so the next submission here sees the new settings; another instance serving the same database
 * sees them within the time to live.
 */
@Component
class RecentCourses {

    private final CourseService courses;
    private final ShortLivedCache<String, Course> bySlug;

    RecentCourses(CourseService courses, @Value("${heapgrader.submissions.course-cache-ttl:2s}") Duration ttl) {
        this.courses = courses;
        this.bySlug = new ShortLivedCache<>(ttl, 1_000, System::nanoTime);
    }

    /** The course, if the caller belongs to it; 404 otherwise, as {@link CourseService#visible}. */
    Course visible(String slug, Caller caller) {
        Optional<Course> known = bySlug.find(slug);
        if (known.isPresent()) {
            if (!caller.belongsTo(known.get().getId())) {
                throw ApiException.notFound("course", slug);
            }
            return known.get();
        }
        long evictions = bySlug.evictions();
        Course course = courses.visible(slug, caller);
        bySlug.remember(slug, course, evictions);
        return course;
    }

    @EventListener
    void changed(CourseChanged change) {
        bySlug.evict(course -> course.getId() == change.courseId());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    bySlug.evict(course -> course.getId() == change.courseId());
                }
            });
        }
    }
}
