package dev.heapgrader.api;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story over HTTP: an administrator creates a course, adds an instructor who adds two students; the
 * students submit right and wrong answers to all five exercises (one late); a CI token submits a batch (JSON, then
 * replayed as JUnit XML); the gradebook (JSON and CSV) shows the counted scores with the late penalty; a student
 * cannot read the other's submission; a retried idempotent request stores nothing new; a regrade changes nothing
 * and keeps the history; analytics show which check students fail.
 */
final class StoryWalk {

    private final ApiClient api;
    private final String admin;

    StoryWalk(ApiClient api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    void walk() {
        CourseFixture course = CourseFixture.create(api, admin, "story");

        // sam: wrong, then right on refcount (best counts); right everywhere else; slots is 2 days late: -20 %.
        long samWrong = submit(course, course.sam, "refcount", ScriptedGrading.WRONG).get("id").asLong();
        for (String exercise : ScriptedGrading.EXERCISES) {
            JsonNode result = submit(course, course.sam, exercise, ScriptedGrading.RIGHT);
            JsonNode grade = result.get("grade");
            assertThat(grade.get("score").asDouble()).isEqualTo(10.0);
            if (exercise.equals("slots")) {
                assertThat(grade.get("lateDays").asInt()).isEqualTo(2);
                assertThat(grade.get("penaltyPercent").asInt()).isEqualTo(20);
                assertThat(grade.get("finalScore").asDouble()).isEqualTo(8.0);
            } else {
                assertThat(grade.get("lateDays").asInt()).isZero();
                assertThat(grade.get("finalScore").asDouble()).isEqualTo(10.0);
            }
        }
        // tess: half right on cycles, wrong on the other four.
        long tessCycles = submit(course, course.tess, "cycles", ScriptedGrading.HALF).get("id").asLong();
        for (String exercise : List.of("leaks", "refcount", "sizes", "slots")) {
            submit(course, course.tess, exercise, ScriptedGrading.WRONG);
        }

        // CI batch for tess: leaks and sizes right. JSON first, then the same batch (same key) as JUnit XML.
        Map<String, Object> batch = Map.of("student", "tess", "submissions", List.of(
                Map.of("exercise", "leaks", "source", ScriptedGrading.RIGHT),
                Map.of("exercise", "sizes", "source", ScriptedGrading.RIGHT)));
        ApiClient.Response json = api.call("POST", course.path("/batches"), course.ci, batch,
                Map.of("Idempotency-Key", "ci-run-1"));
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.json().get("total").asDouble()).isEqualTo(20.0);
        assertThat(json.json().get("maxTotal").asDouble()).isEqualTo(20.0);
        assertThat(json.json().get("results").get(0).get("submission").get("origin").asString()).isEqualTo("CI");
        ApiClient.Response xml = api.call("POST", course.path("/batches"), course.ci, batch,
                Map.of("Idempotency-Key", "ci-run-1", "Accept", "application/xml"));
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.header("Content-Type")).startsWith("application/xml");
        assertThat(xml.body()).contains("<testsuites", "<testsuite name=\"leaks\" tests=\"2\" failures=\"0\"",
                "20.00 / 20.00");

        // The gradebook: sam 10+10+10+10+8 = 48 with 2 attempts at refcount; tess 6+10+0+10+0 = 26.
        ApiClient.Response book = api.get(course.path("/gradebook"), course.instructor);
        assertThat(book.status()).as(book.body()).isEqualTo(200);
        JsonNode rows = book.json().get("rows");
        assertThat(rows).hasSize(2);
        JsonNode samRow = row(rows, "sam");
        JsonNode tessRow = row(rows, "tess");
        assertThat(samRow.get("total").asDouble()).isEqualTo(48.0);
        assertThat(tessRow.get("total").asDouble()).isEqualTo(26.0);
        assertThat(cell(samRow, "refcount").get("attempts").asInt()).isEqualTo(2);
        assertThat(cell(samRow, "slots").get("lateDays").asInt()).isEqualTo(2);
        assertThat(cell(samRow, "slots").get("score").asDouble()).isEqualTo(8.0);
        assertThat(cell(tessRow, "leaks").get("attempts").asInt()).isEqualTo(2);
        assertThat(book.json().get("maxTotal").asDouble()).isEqualTo(50.0);

        ApiClient.Response csv = api.call("GET", course.path("/gradebook"), course.instructor, null,
                Map.of("Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("student,name,cycles (10),cycles attempts,cycles late days,leaks (10),"
                + "leaks attempts,leaks late days,refcount (10),refcount attempts,refcount late days,sizes (10),"
                + "sizes attempts,sizes late days,slots (10),slots attempts,slots late days,total (50)");
        assertThat(lines).contains("sam,SAM,10,1,0,10,1,0,10,2,0,10,1,0,8,1,2,48",
                "tess,TESS,6,1,0,10,2,0,0,1,0,10,2,0,0,1,2,26");
        assertThat(api.get(course.path("/gradebook.csv"), course.instructor).body()).isEqualTo(csv.body());

        // Students see their own work only; another student's submission is "not found".
        assertThat(api.get(course.path("/submissions/" + samWrong), course.tess).status()).isEqualTo(404);
        assertThat(api.get(course.path("/submissions/" + tessCycles), course.tess).status()).isEqualTo(200);
        ApiClient.Response own = api.get(course.path("/submissions"), course.tess);
        assertThat(own.json()).hasSize(7).allSatisfy(s -> assertThat(s.get("student").asString()).isEqualTo("tess"));
        assertThat(api.get(course.path("/submissions?student=sam&exercise=refcount"), course.instructor).json())
                .hasSize(2);

        // Hidden checks: the instructor sees them; the student sees them withheld.
        String asInstructor = api.get(course.path("/submissions/" + samWrong), course.instructor).body();
        String asStudent = api.get(course.path("/submissions/" + samWrong), course.sam).body();
        assertThat(asInstructor).contains("the hidden deep check", "deep feedback");
        assertThat(asStudent).contains("Hidden check 1").doesNotContain("the hidden deep check", "deep feedback");

        // A retried request with the same Idempotency-Key returns the first response and stores nothing.
        int before = api.get(course.path("/submissions?student=sam"), course.instructor).json().size();
        Map<String, Object> answer = Map.of("exercise", "leaks", "source", ScriptedGrading.HALF);
        ApiClient.Response first = api.call("POST", course.path("/submissions"), course.sam, answer,
                Map.of("Idempotency-Key", "sam-leaks-1"));
        ApiClient.Response retry = api.call("POST", course.path("/submissions"), course.sam, answer,
                Map.of("Idempotency-Key", "sam-leaks-1"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(retry.json().get("grade")).isEqualTo(first.json().get("grade"));
        assertThat(api.get(course.path("/submissions?student=sam"), course.instructor).json()).hasSize(before + 1);

        // A regrade with the same grader changes nothing, adds a grade row to each submission, keeps the old ones.
        ApiClient.Response regrade = api.post(course.path("/regrade"), course.instructor, null);
        assertThat(regrade.status()).as(regrade.body()).isEqualTo(200);
        assertThat(regrade.json().get("changed").asInt()).isZero();
        assertThat(regrade.json().get("regraded").asInt()).isEqualTo(before + 1 + 7);
        JsonNode history = api.get(course.path("/submissions/" + samWrong), course.sam).json().get("history");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("id").asLong()).isLessThan(history.get(1).get("id").asLong());

        // Analytics: on slots, tess (wrong) fails both checks and sam passes: half the students fail "output".
        JsonNode analytics = api.get(course.path("/analytics"), course.instructor).json();
        JsonNode slots = exercise(analytics.get("exercises"), "slots");
        assertThat(slots.get("students").asInt()).isEqualTo(2);
        assertThat(slots.get("checks").get(0).get("failingShare").asDouble()).isEqualTo(0.5);
        JsonNode cycles = exercise(analytics.get("exercises"), "cycles");
        assertThat(checkShare(cycles, "explain")).isEqualTo(0.5);
        assertThat(checkShare(cycles, "output")).isEqualTo(0.0);

        // An attempt cap set later applies to the next submission: sam has 2 attempts at refcount.
        ApiClient.Response patched = api.call("PATCH", course.path(""), course.instructor,
                Map.of("maxAttempts", 2), Map.of());
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        ApiClient.Response exhausted = api.post(course.path("/submissions"), course.sam,
                Map.of("exercise", "refcount", "source", ScriptedGrading.RIGHT));
        assertThat(exhausted.status()).isEqualTo(409);
        assertThat(exhausted.json().get("title").asString()).isEqualTo("Attempts exhausted");
    }

    private JsonNode submit(CourseFixture course, String token, String exercise, String source) {
        ApiClient.Response response = api.post(course.path("/submissions"), token,
                Map.of("exercise", exercise, "source", source));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.header("Location")).endsWith("/submissions/" + response.json().get("id").asLong());
        return response.json();
    }

    private static JsonNode row(JsonNode rows, String student) {
        List<JsonNode> found = new ArrayList<>();
        rows.forEach(row -> {
            if (row.get("student").asString().equals(student)) {
                found.add(row);
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static JsonNode cell(JsonNode row, String exercise) {
        for (JsonNode cell : row.get("cells")) {
            if (cell.get("exercise").asString().equals(exercise)) {
                return cell;
            }
        }
        throw new AssertionError("no cell " + exercise);
    }

    private static JsonNode exercise(JsonNode exercises, String id) {
        for (JsonNode exercise : exercises) {
            if (exercise.get("exercise").asString().equals(id)) {
                return exercise;
            }
        }
        throw new AssertionError("no exercise " + id);
    }

    private static double checkShare(JsonNode exercise, String check) {
        for (JsonNode stats : exercise.get("checks")) {
            if (stats.get("check").asString().equals(check)) {
                return stats.get("failingShare").asDouble();
            }
        }
        throw new AssertionError("no check " + check);
    }
}
