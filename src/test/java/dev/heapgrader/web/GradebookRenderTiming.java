package dev.heapgrader.web;

import dev.heapgrader.api.Caller;
import dev.heapgrader.api.TokenKind;
import dev.heapgrader.course.Course;
import dev.heapgrader.course.CourseService;
import dev.heapgrader.gradebook.GradebookService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Measures how long the server takes to render the gradebook page of a course with 500 students and 5 exercises
 * (two attempts each, 5,000 graded submissions, seeded straight into the tables with a seeded Random). The number
 * is printed and written to {@code target/gradebook-render.txt} for the README; it is not asserted, because a
 * shared build machine's speed says nothing about the code.
 */
class GradebookRenderTiming extends PageTestSupport {

    private static final int STUDENTS = 500;
    private static final int ATTEMPTS = 2;
    private static final int WARM_UP = 3;
    private static final int MEASURED = 9;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GradebookService gradebooks;

    @Autowired
    CourseService courses;

    @Test
    void gradebookOfFiveHundredStudentsAndFiveExercises() throws Exception {
        String slug = "timing-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/courses").header("Authorization", "Bearer " + ADMIN)
                .contentType("application/json").content("{\"slug\":\"" + slug + "\",\"title\":\"Timing\"}"))
                .andExpect(status().isCreated());
        String added = mvc.perform(post("/api/v1/courses/" + slug + "/members").header("Authorization",
                        "Bearer " + ADMIN).contentType("application/json")
                        .content("{\"name\":\"ines\",\"role\":\"INSTRUCTOR\"}"))
                .andReturn().getResponse().getContentAsString();
        String token = added.replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
        seed(slug);
        MockHttpSession session = signIn(token);
        String path = "/courses/" + slug + "/gradebook";
        long[] nanos = new long[MEASURED];
        long[] cpu = new long[MEASURED];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String html = "";
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            // MockMvc runs the whole request (filters, controller, template) on this thread.
            html = mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = System.nanoTime() - start;
                cpu[i - WARM_UP] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        Arrays.sort(cpu);
        assertThat(html.split("<tr data-filter=", -1)).hasSize(STUDENTS + 1);
        Arrays.sort(nanos);
        Course course = courses.visible(slug, new Caller(0, TokenKind.ADMIN, null, null));
        long[] service = new long[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            gradebooks.gradebook(course);
            if (i >= WARM_UP) {
                service[i - WARM_UP] = System.nanoTime() - start;
            }
        }
        Arrays.sort(service);
        String report = String.format(Locale.ROOT, "gradebook page, %d students x 5 exercises (%d submissions): "
                        + "median %.1f ms, min %.1f ms, max %.1f ms over %d renders after %d warm-up renders, "
                        + "%d KiB of HTML; CPU time of the request thread: median %.1f ms; "
                        + "GradebookService.gradebook alone: median %.1f ms (wall)%n", STUDENTS, STUDENTS * 5 * ATTEMPTS,
                nanos[MEASURED / 2] / 1e6,
                nanos[0] / 1e6, nanos[MEASURED - 1] / 1e6, MEASURED, WARM_UP, html.length() / 1024,
                cpu[MEASURED / 2] / 1e6, service[MEASURED / 2] / 1e6);
        System.out.print(report);
        Files.writeString(Path.of("target", "gradebook-render.txt"), report);
    }

    private void seed(String slug) throws IOException {
        long course = jdbc.queryForObject("SELECT id FROM course WHERE slug = ?", Long.class, slug);
        List<String> exercises = jdbc.queryForList("SELECT exercise_id FROM course_exercise WHERE course_id = ? "
                + "ORDER BY list_index", String.class, course);
        long tokenId = jdbc.queryForObject("SELECT id FROM api_token WHERE course_id = ?", Long.class, course);
        String checks = jdbc.queryForObject("SELECT checks_json FROM grade ORDER BY id LIMIT 1", String.class);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> members = new ArrayList<>();
        for (int s = 0; s < STUDENTS; s++) {
            members.add(new Object[] {course, String.format(Locale.ROOT, "s%04d", s), "Student " + s, now});
        }
        jdbc.batchUpdate("INSERT INTO member (course_id, name, display_name, role, created_at) "
                + "VALUES (?, ?, ?, 'STUDENT', ?)", members);
        List<Long> memberIds = jdbc.queryForList("SELECT id FROM member WHERE course_id = ? AND role = 'STUDENT'",
                Long.class, course);
        List<Object[]> submissions = new ArrayList<>();
        for (long member : memberIds) {
            for (String exercise : exercises) {
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    submissions.add(new Object[] {course, member, exercise, now, tokenId});
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO submission (course_id, member_id, exercise_id, python_version, source, "
                + "received_at, origin, token_id) VALUES (?, ?, ?, '3.12', 'print(1)', ?, 'API', ?)", submissions);
        List<Long> submissionIds = jdbc.queryForList("SELECT id FROM submission WHERE course_id = ?", Long.class,
                course);
        Random random = new Random(14);
        List<Object[]> grades = new ArrayList<>();
        for (long submission : submissionIds) {
            double score = random.nextInt(11);
            int late = random.nextInt(10) == 0 ? 1 : 0;
            grades.add(new Object[] {submission, now, score, checks, late, late * 10, score * (1 - late * 0.1)});
        }
        jdbc.batchUpdate("INSERT INTO grade (submission_id, graded_at, engine_version, rubric_version, score, "
                + "max_score, checks_json, late_days, penalty_percent, final_score) "
                + "VALUES (?, ?, 'timing', 'timing', ?, 10, ?, ?, ?, ?)", grades);
    }
}
