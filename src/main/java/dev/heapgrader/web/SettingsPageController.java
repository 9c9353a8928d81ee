package dev.heapgrader.web;

import dev.heapgrader.api.ApiException;
import dev.heapgrader.api.Caller;
import dev.heapgrader.course.Course;
import dev.heapgrader.course.CourseRequest;
import dev.heapgrader.course.CourseService;
import dev.heapgrader.course.ExerciseDeadline;
import dev.heapgrader.course.HiddenCheckVisibility;
import dev.heapgrader.course.LatePolicy;
import dev.heapgrader.course.OfferedExercise;
import dev.heapgrader.course.ScorePolicy;
import dev.heapgrader.engine.version.PythonVersion;
import dev.heapgrader.member.AddedMember;
import dev.heapgrader.member.MemberService;
import dev.heapgrader.member.Role;
import dev.heapgrader.submission.RegradeService;
import dev.heapgrader.token.IssuedToken;
import dev.heapgrader.token.TokenService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A course's settings for its instructors: the version, deadlines, late and score policies, the attempt cap and
 * when hidden checks become visible; members (a new member's token is shown once); extensions; CI tokens (created
 * and shown once, revoked); and regrading the whole course with its before/after report. Every change goes through
 * the service the API's endpoint uses, which checks it; a refusal comes back as a message on this page.
 */
@Controller
class SettingsPageController {

    private final CourseService courses;
    private final MemberService members;
    private final TokenService tokens;
    private final RegradeService regrades;

    SettingsPageController(CourseService courses, MemberService members, TokenService tokens,
                           RegradeService regrades) {
        this.courses = courses;
        this.members = members;
        this.tokens = tokens;
        this.regrades = regrades;
    }

    @GetMapping("/courses/{course}/settings")
    String settings(@PathVariable String course, Caller caller, Model model) {
        Course found = courses.managed(course, caller);
        model.addAttribute("course", found);
        model.addAttribute("versions", Arrays.stream(PythonVersion.values()).map(PythonVersion::label).toList());
        model.addAttribute("visibilities", HiddenCheckVisibility.values());
        model.addAttribute("members", members.list(found.getId()));
        model.addAttribute("students", members.students(found.getId()));
        model.addAttribute("tokens", tokens.listForCourse(found.getId()));
        return "settings";
    }

    @PostMapping("/courses/{course}/settings")
    String update(@PathVariable String course, @RequestParam MultiValueMap<String, String> form, Caller caller,
                  RedirectAttributes flash) {
        return changed(course, flash, "Settings saved.", () -> {
            Course found = courses.managed(course, caller);
            List<ExerciseDeadline> deadlines = new ArrayList<>();
            for (OfferedExercise offered : found.getExercises()) {
                deadlines.add(new ExerciseDeadline(offered.getExerciseId(),
                        instant(form.getFirst("deadline-" + offered.getExerciseId()))));
            }
            CourseRequest request = new CourseRequest(null, form.getFirst("title"), form.getFirst("pythonVersion"),
                    deadlines, new LatePolicy(number(form, "latePercentPerDay"), number(form, "lateFloorPercent")),
                    ScorePolicy.valueOf(choice(form, "scorePolicy")), number(form, "maxAttempts"),
                    HiddenCheckVisibility.valueOf(choice(form, "hiddenChecks")));
            courses.update(course, request, caller);
            return null;
        });
    }

    @PostMapping("/courses/{course}/settings/release-hidden-checks")
    String release(@PathVariable String course, Caller caller, RedirectAttributes flash) {
        return changed(course, flash, "Hidden checks released.", () -> courses.releaseHiddenChecks(course, caller));
    }

    @PostMapping("/courses/{course}/members")
    String addMember(@PathVariable String course, @RequestParam String name,
                     @RequestParam(defaultValue = "") String displayName, @RequestParam Role role, Caller caller,
                     RedirectAttributes flash) {
        return changed(course, flash, null, () -> {
            AddedMember added = members.add(courses.managed(course, caller), name.strip(), displayName, role);
            flash.addFlashAttribute("secretFor", added.member().displayName() + " (" + added.member().name() + ")");
            flash.addFlashAttribute("secret", added.token());
            return null;
        });
    }

    @PostMapping("/courses/{course}/extensions")
    String extend(@PathVariable String course, @RequestParam String member, @RequestParam String exercise,
                  @RequestParam String deadline, Caller caller, RedirectAttributes flash) {
        return changed(course, flash, "Extension saved for " + member + ".", () -> {
            Instant until = instant(deadline);
            return members.extend(courses.managed(course, caller), member, exercise, until);
        });
    }

    @PostMapping("/courses/{course}/tokens")
    String createCiToken(@PathVariable String course, @RequestParam(defaultValue = "") String label, Caller caller,
                         RedirectAttributes flash) {
        return changed(course, flash, null, () -> {
            IssuedToken token = tokens.issueCi(courses.managed(course, caller).getId(), label);
            flash.addFlashAttribute("secretFor", "CI token '" + token.label() + "'");
            flash.addFlashAttribute("secret", token.token());
            return null;
        });
    }

    @PostMapping("/courses/{course}/tokens/{id}/revoke")
    String revoke(@PathVariable String course, @PathVariable long id, Caller caller, RedirectAttributes flash) {
        return changed(course, flash, "Token revoked.",
                () -> tokens.revokeInCourse(courses.managed(course, caller).getId(), id));
    }

    @PostMapping("/courses/{course}/regrade")
    String regrade(@PathVariable String course, Caller caller, RedirectAttributes flash) {
        return changed(course, flash, null, () -> {
            flash.addFlashAttribute("regrade", regrades.regrade(courses.managed(course, caller)));
            return null;
        });
    }

    /** Runs a change and goes back to the settings page with its message, or with the service's refusal. */
    private String changed(String course, RedirectAttributes flash, String message, Supplier<?> change) {
        try {
            change.get();
            if (message != null) {
                flash.addFlashAttribute("saved", message);
            }
        } catch (ApiException refused) {
            if (refused.status().value() == 404 || refused.status().value() == 403) {
                throw refused;
            }
            flash.addFlashAttribute("refused", refused.getMessage());
        } catch (IllegalArgumentException invalid) {
            flash.addFlashAttribute("refused", invalid.getMessage());
        }
        return "redirect:/courses/" + course + "/settings";
    }

    /** A {@code datetime-local} value read as UTC (the pages show every moment in UTC); blank means none. */
    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException unreadable) {
            throw ApiException.badRequest("'" + value + "' is not a date and time like 2026-05-01T23:59");
        }
    }

    private static String choice(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        if (value == null) {
            throw ApiException.badRequest(field + " is required");
        }
        return value;
    }

    private static Integer number(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException unreadable) {
            throw ApiException.badRequest(field + " must be a whole number");
        }
    }
}
