package dev.heapgrader.member;

import dev.heapgrader.api.Caller;
import dev.heapgrader.course.Course;
import dev.heapgrader.course.CourseService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** A course's members (instructor): add one (the response carries their token, once), list them, extend deadlines. */
@RestController
@RequestMapping("/api/v1/courses/{course}/members")
@Tag(name = "Members")
class MemberController {

    private final MemberService members;
    private final CourseService courses;

    MemberController(MemberService members, CourseService courses) {
        this.members = members;
        this.courses = courses;
    }

    /** Who to add: a handle, an optional display name, and the role. */
    record MemberRequest(String name, String displayName, Role role) {
    }

    /** A student's new deadline for one exercise. */
    record ExtensionRequest(Instant deadline) {
    }

    /** An extension as stored. */
    record ExtensionView(String member, String exercise, Instant deadline) {
    }

    @PostMapping
    @Operation(summary = "Add a member; the response holds their bearer token, shown only this once (instructor)")
    ResponseEntity<AddedMember> add(@PathVariable String course, @RequestBody MemberRequest request, Caller caller) {
        Course found = courses.managed(course, caller);
        AddedMember added = members.add(found, request.name(), request.displayName(), request.role());
        return ResponseEntity.created(URI.create("/api/v1/courses/" + course + "/members/" + added.member().name()))
                .body(added);
    }

    @GetMapping
    @Operation(summary = "List the course's members (instructor)")
    List<MemberView> list(@PathVariable String course, Caller caller) {
        return members.list(courses.managed(course, caller).getId()).stream().map(MemberView::of).toList();
    }

    @PutMapping("/{member}/extensions/{exercise}")
    @Operation(summary = "Give a student their own deadline for an exercise (instructor)")
    ExtensionView extend(@PathVariable String course, @PathVariable String member, @PathVariable String exercise,
                         @RequestBody ExtensionRequest request, Caller caller) {
        Course found = courses.managed(course, caller);
        Extension extension = members.extend(found, member, exercise, request.deadline());
        return new ExtensionView(member, exercise, extension.getDeadline());
    }
}
