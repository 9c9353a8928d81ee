package dev.heapgrader.grading.report;

import dev.heapgrader.grading.CheckResult;
import dev.heapgrader.grading.GradeReport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each report format, parsed back. */
class ReportFormatsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final GradeReport REPORT = new GradeReport("gc-cycles", "3.12", 4, 10, List.of(
            new CheckResult("runs", "Runs", true, 1, 1, "Your program ran.", false, null),
            new CheckResult("value-used", "Value <used> & \"shown\"", false, 0, 3, "gc.collect() returned 2 & <x>",
                    false, 16),
            new CheckResult("unreachable", "Unreachable", true, 3, 3, "found 2", false, 14),
            new CheckResult("hidden-1", "Hidden check 1", false, 0, 3, CheckResult.WITHHELD, true, null)),
            "hello\n", "", true);

    @Test
    void jsonHasTheDocumentedFields() {
        JsonNode root = JSON.readTree(JsonReport.render(List.of(REPORT)));
        assertThat(root.get("exercise").stringValue()).isEqualTo("gc-cycles");
        assertThat(root.get("python").stringValue()).isEqualTo("3.12");
        assertThat(root.get("score").doubleValue()).isEqualTo(4.0);
        assertThat(root.get("max_score").doubleValue()).isEqualTo(10.0);
        assertThat(root.get("stdout").stringValue()).isEqualTo("hello\n");
        assertThat(root.get("error").stringValue()).isEmpty();
        JsonNode check = root.get("checks").get(1);
        assertThat(check.get("id").stringValue()).isEqualTo("value-used");
        assertThat(check.get("passed").booleanValue()).isFalse();
        assertThat(check.get("points").doubleValue()).isZero();
        assertThat(check.get("max_points").doubleValue()).isEqualTo(3.0);
        assertThat(check.get("feedback").stringValue()).isEqualTo("gc.collect() returned 2 & <x>");
        assertThat(check.get("line").intValue()).isEqualTo(16);
        assertThat(JSON.readTree(JsonReport.render(List.of(REPORT, REPORT))).isArray()).isTrue();
    }

    @Test
    void junitHasOneTestCasePerCheckWithFailuresAndSkips() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(JunitReport.render(List.of(REPORT)).getBytes(StandardCharsets.UTF_8)));
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("heapgrader.gc-cycles");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(4);
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("gc.collect() returned 2 & <x>");
        assertThat(failure.getTextContent()).startsWith("line 16: ");
        assertThat(((Element) doc.getElementsByTagName("testcase").item(1)).getAttribute("name"))
                .contains("Value <used> & \"shown\"");
    }

    @Test
    void gradescopeMarksHiddenChecksAfterTheDueDate() {
        JsonNode root = JSON.readTree(GradescopeReport.render(List.of(REPORT), 0.25));
        assertThat(root.get("score").doubleValue()).isEqualTo(4.0);
        assertThat(root.get("execution_time").doubleValue()).isEqualTo(0.25);
        JsonNode tests = root.get("tests");
        assertThat(tests.size()).isEqualTo(4);
        assertThat(tests.get(1).get("status").stringValue()).isEqualTo("failed");
        assertThat(tests.get(1).get("max_score").doubleValue()).isEqualTo(3.0);
        assertThat(tests.get(1).get("output").stringValue()).startsWith("Line 16: ");
        assertThat(tests.get(0).get("visibility").stringValue()).isEqualTo("visible");
        assertThat(tests.get(3).get("visibility").stringValue()).isEqualTo("after_due_date");
    }

    @Test
    void classroomResultDecodesToTheReportersShapeAndThePointsLineMatches() {
        String line = ClassroomReport.outputLine(List.of(REPORT));
        assertThat(line).startsWith("result=");
        JsonNode result = JSON.readTree(Base64.getDecoder().decode(line.substring("result=".length())));
        assertThat(result.get("version").intValue()).isEqualTo(1);
        assertThat(result.get("status").stringValue()).isEqualTo("fail");
        assertThat(result.get("max_score").doubleValue()).isEqualTo(10.0);
        double sum = 0;
        for (JsonNode t : result.get("tests")) {
            assertThat(t.has("name") && t.has("status") && t.has("score") && t.has("message")).isTrue();
            sum += t.get("score").doubleValue();
        }
        assertThat(sum).isEqualTo(4.0);
        assertThat(ClassroomReport.pointsLine(List.of(REPORT))).isEqualTo("Points 4/10");
    }

    @Test
    void textShowsTheScoreFeedbackLinesAndTheHiddenNote() {
        String text = TextReport.render(List.of(REPORT));
        assertThat(text).startsWith("gc-cycles (CPython 3.12): 4/10 points\n")
                .contains("FAIL   0/3  Value <used>")
                .contains("line 16: gc.collect() returned 2")
                .contains("HIDDEN ?/3  Hidden check 1")
                .contains("1 hidden check(s) are graded after the deadline");
    }
}
