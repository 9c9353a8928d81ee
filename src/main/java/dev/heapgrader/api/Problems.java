package dev.heapgrader.api;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes a problem detail straight to a servlet response, for the places that run before Spring MVC (the bearer
 * token filter): the same JSON shape {@link ProblemDetailsAdvice} produces.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    public static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem,
                             String instance) throws IOException {
        problem.setInstance(java.net.URI.create(instance));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
