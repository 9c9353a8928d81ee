package dev.heapgrader.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A course set up over the API for one test: a slug unique to this run (the PostgreSQL test database persists), an
 * instructor, two students and a CI token. Exercise {@code slots} was due 30 hours ago (so a submission now is two
 * started days late); the others are due in a week. Late policy: 10 % per day, floor 50 %.
 */
public final class CourseFixture {

    public final String slug;
    public final String instructor;
    public final String sam;
    public final String tess;
    public final String ci;

    private CourseFixture(String slug, String instructor, String sam, String tess, String ci) {
        this.slug = slug;
        this.instructor = instructor;
        this.sam = sam;
        this.tess = tess;
        this.ci = ci;
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> courseBody(String slug) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Map<String, Object>> exercises = new ArrayList<>();
        for (String exercise : ScriptedGrading.EXERCISES) {
            Instant deadline = exercise.equals("slots") ? now.minus(30, ChronoUnit.HOURS) : now.plus(7, ChronoUnit.DAYS);
            exercises.add(Map.of("exercise", exercise, "deadline", deadline.toString()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", slug);
        body.put("title", "Course " + slug);
        body.put("pythonVersion", "3.12");
        body.put("exercises", exercises);
        body.put("latePolicy", Map.of("percentPerDay", 10, "floorPercent", 50));
        body.put("scorePolicy", "BEST");
        return body;
    }

    public static CourseFixture create(ApiClient api, String adminToken, String prefix) {
        String slug = uniqueSlug(prefix);
        ApiClient.Response created = api.post("/api/v1/courses", adminToken, courseBody(slug));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String instructor = addMember(api, adminToken, slug, "ivy", "INSTRUCTOR");
        String sam = addMember(api, instructor, slug, "sam", "STUDENT");
        String tess = addMember(api, instructor, slug, "tess", "STUDENT");
        ApiClient.Response ci = api.post("/api/v1/courses/" + slug + "/tokens", instructor, Map.of("label", "repo"));
        assertThat(ci.status()).as(ci.body()).isEqualTo(201);
        return new CourseFixture(slug, instructor, sam, tess, ci.json().get("token").asString());
    }

    public static String addMember(ApiClient api, String token, String slug, String name, String role) {
        ApiClient.Response added = api.post("/api/v1/courses/" + slug + "/members", token,
                Map.of("name", name, "displayName", name.toUpperCase(), "role", role));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("token").asString();
    }

    public String path(String rest) {
        return "/api/v1/courses/" + slug + rest;
    }
}
