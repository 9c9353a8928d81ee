package dev.heapgrader.token;

import dev.heapgrader.api.Caller;
import dev.heapgrader.course.Course;
import dev.heapgrader.course.CourseService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * A course's tokens (instructor): list them without secrets, create a CI token for the course's repository, and
 * revoke any of them. Member tokens are created by adding the member.
 */
@RestController
@RequestMapping("/api/v1/courses/{course}/tokens")
@Tag(name = "Tokens")
class TokenController {

    private final TokenService tokens;
    private final CourseService courses;

    TokenController(TokenService tokens, CourseService courses) {
        this.tokens = tokens;
        this.courses = courses;
    }

    /** What to create: only CI tokens are created here. */
    record CiTokenRequest(String label) {
    }

    @GetMapping
    @Operation(summary = "List the course's tokens, without their secrets (instructor)")
    List<TokenView> list(@PathVariable String course, Caller caller) {
        return tokens.listForCourse(courses.managed(course, caller).getId());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a CI token for the course; its secret is in this response only (instructor)")
    IssuedToken createCiToken(@PathVariable String course, @RequestBody(required = false) CiTokenRequest request,
                              Caller caller) {
        Course found = courses.managed(course, caller);
        return tokens.issueCi(found.getId(), request == null ? null : request.label());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a token of the course; it stops working at once (instructor)")
    TokenView revoke(@PathVariable String course, @PathVariable long id, Caller caller) {
        return tokens.revokeInCourse(courses.managed(course, caller).getId(), id);
    }
}
