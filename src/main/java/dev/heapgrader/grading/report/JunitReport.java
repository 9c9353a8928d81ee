package dev.heapgrader.grading.report;

import dev.heapgrader.grading.CheckResult;
import dev.heapgrader.grading.GradeReport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;
import java.util.List;

/**
 * A grade as JUnit XML, the format every CI shows: one {@code testsuite} per graded answer, one {@code testcase}
 * per check; a failed check is a {@code failure} with its feedback, an unrevealed hidden check is {@code skipped}.
 * Built with the JDK's DOM so every text is escaped correctly.
 */
public final class JunitReport {
    private JunitReport() {
    }

    public static String render(List<GradeReport> reports) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element suites = doc.createElement("testsuites");
            suites.setAttribute("name", "heapgrader");
            doc.appendChild(suites);
            int tests = 0;
            int failures = 0;
            for (GradeReport r : reports) {
                Element suite = doc.createElement("testsuite");
                String name = "heapgrader." + r.exercise();
                suite.setAttribute("name", name);
                long failed = r.checks().stream().filter(c -> !c.passed() && !unrevealed(c)).count();
                long skipped = r.checks().stream().filter(JunitReport::unrevealed).count();
                suite.setAttribute("tests", String.valueOf(r.checks().size()));
                suite.setAttribute("failures", String.valueOf(failed));
                suite.setAttribute("skipped", String.valueOf(skipped));
                suite.setAttribute("errors", "0");
                addProperty(doc, suite, "python", r.python());
                addProperty(doc, suite, "score", Points.format(r.score()) + "/" + Points.format(r.maxScore()));
                for (CheckResult c : r.checks()) {
                    Element testcase = doc.createElement("testcase");
                    testcase.setAttribute("classname", name);
                    testcase.setAttribute("name", c.id() + ": " + c.title() + " (" + Points.format(c.points()) + "/"
                            + Points.format(c.maxPoints()) + ")");
                    if (unrevealed(c)) {
                        Element skip = doc.createElement("skipped");
                        skip.setAttribute("message", c.feedback());
                        testcase.appendChild(skip);
                    } else if (!c.passed()) {
                        Element failure = doc.createElement("failure");
                        failure.setAttribute("message", c.feedback());
                        failure.setTextContent((c.line() == null ? "" : "line " + c.line() + ": ") + c.feedback());
                        testcase.appendChild(failure);
                    }
                    suite.appendChild(testcase);
                }
                if (!r.error().isEmpty()) {
                    Element err = doc.createElement("system-err");
                    err.setTextContent(r.error());
                    suite.appendChild(err);
                }
                tests += r.checks().size();
                failures += (int) failed;
                suites.appendChild(suite);
            }
            suites.setAttribute("tests", String.valueOf(tests));
            suites.setAttribute("failures", String.valueOf(failures));
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out + "\n";
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK's XML support is missing", e);
        }
    }

    private static boolean unrevealed(CheckResult c) {
        return c.withheld();
    }

    private static void addProperty(Document doc, Element suite, String name, String value) {
        Element props = (Element) suite.getElementsByTagName("properties").item(0);
        if (props == null) {
            props = doc.createElement("properties");
            suite.appendChild(props);
        }
        Element p = doc.createElement("property");
        p.setAttribute("name", name);
        p.setAttribute("value", value);
        props.appendChild(p);
    }
}
