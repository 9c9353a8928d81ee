package dev.heapgrader.web;

import dev.heapgrader.api.ApiException;
import dev.heapgrader.api.Caller;
import dev.heapgrader.engine.version.PythonVersion;
import dev.heapgrader.exercise.ProgramRunning;
import dev.heapgrader.submission.SubmissionService;
import dev.heapgrader.timeline.PlaygroundRequest;
import dev.heapgrader.timeline.TimelineService;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The playground: any signed-in person runs a program, not graded, as CPython 3.11, 3.12 or 3.13 would, and sees
 * its stdout and stderr. The same engine and limits as grading ({@link ProgramRunning}), and the same size cap as a
 * submission. With htmx the output is swapped in; without scripts the page is rendered again with it.
 */
@Controller
class PlaygroundController {

    static final String EXAMPLE = """
            import gc
            import sys

            class Node:
                def __init__(self):
                    self.other = None

            a, b = Node(), Node()
            a.other, b.other = b, a
            print("refcount of a:", sys.getrefcount(a))
            del a, b
            print("unreachable objects found:", gc.collect())
            """;

    private final ProgramRunning programs;
    private final TimelineService timelines;

    PlaygroundController(ProgramRunning programs, TimelineService timelines) {
        this.programs = programs;
        this.timelines = timelines;
    }

    /** The program's heap timeline (the API's JSON), for the viewer under the output. */
    @PostMapping(value = "/playground/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String timeline(@RequestParam(defaultValue = "") String source, @RequestParam String version, Caller caller) {
        return timelines.ofProgram(caller, new PlaygroundRequest(source, version));
    }

    @GetMapping("/playground")
    String playground(Caller caller, Model model) {
        model.addAttribute("source", EXAMPLE);
        model.addAttribute("version", PythonVersion.defaultVersion().label());
        model.addAttribute("versions", Arrays.stream(PythonVersion.values()).map(PythonVersion::label).toList());
        return "playground";
    }

    @PostMapping("/playground/run")
    String run(@RequestParam(defaultValue = "") String source, @RequestParam String version,
               @RequestHeader(name = "HX-Request", required = false) String htmx, Caller caller, Model model) {
        PythonVersion chosen = PythonVersion.parse(version)
                .orElseThrow(() -> ApiException.badRequest("version must be 3.11, 3.12 or 3.13"));
        int bytes = source.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > SubmissionService.MAX_SOURCE_BYTES) {
            throw ApiException.tooLarge("the program is " + bytes + " bytes of UTF-8; the limit is "
                    + SubmissionService.MAX_SOURCE_BYTES);
        }
        model.addAttribute("run", programs.run(source, chosen));
        if (htmx != null) {
            return "fragments :: output";
        }
        model.addAttribute("source", source);
        model.addAttribute("version", chosen.label());
        model.addAttribute("versions", Arrays.stream(PythonVersion.values()).map(PythonVersion::label).toList());
        return "playground";
    }
}
