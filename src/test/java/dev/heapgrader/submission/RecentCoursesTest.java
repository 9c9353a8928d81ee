package dev.heapgrader.submission;

import dev.heapgrader.api.ApiException;
import dev.heapgrader.api.Caller;
import dev.heapgrader.api.TokenKind;
import dev.heapgrader.course.Course;
import dev.heapgrader.course.CourseChanged;
import dev.heapgrader.course.CourseService;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The submission path's courses: looked up once for many submissions, the caller's access checked on every one,
 * and a settings change on this instance seen by the next submission.
 */
class RecentCoursesTest {

    private final CourseService service = mock(CourseService.class);
    private final Course course = mock(Course.class);
    private final Caller student = new Caller(4, TokenKind.STUDENT, 7L, 2L);
    private final RecentCourses courses = new RecentCourses(service, Duration.ofMinutes(1));

    RecentCoursesTest() {
        when(course.getId()).thenReturn(7L);
        when(service.visible("c", student)).thenReturn(course);
    }

    @Test
    void aCourseIsLookedUpOnceForManySubmissions() {
        for (int i = 0; i < 3; i++) {
            assertThat(courses.visible("c", student)).isSameAs(course);
        }

        verify(service, times(1)).visible("c", student);
    }

    @Test
    void aKeptCourseIsStillHiddenFromOtherCourses() {
        courses.visible("c", student);

        assertThatThrownBy(() -> courses.visible("c", new Caller(5, TokenKind.STUDENT, 8L, 3L)))
                .isInstanceOfSatisfying(ApiException.class, error ->
                        assertThat(error.status().value()).isEqualTo(404));
    }

    @Test
    void aSettingsChangeIsSeenByTheNextSubmission() {
        courses.visible("c", student);

        courses.changed(new CourseChanged(7));
        courses.visible("c", student);

        verify(service, times(2)).visible("c", student);
    }
}
