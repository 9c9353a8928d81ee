package dev.heapgrader.grading;

import dev.heapgrader.engine.CallPlan;
import dev.heapgrader.grading.check.CheckKinds;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one exercise folder: {@code exercise.json} (validated field by field, every error naming the file and the
 * field), {@code prompt.md}, {@code solution.py} and the wrong answers the definition lists under {@code wrong/}.
 * The optional {@code measure} list becomes the {@link CallPlan} the engine runs after the answer. The folder is reached through a function from a relative path to its text,
 * so a directory and the classpath are read the same way.
 */
final class ExerciseReader {
    static final String DEFINITION = "exercise.json";
    private static final Set<String> TOP_FIELDS = Set.of("id", "title", "max_points", "deadline", "checks",
            "measure", "wrong_answers");
    private static final Set<String> CHECK_FIELDS = Set.of("id", "title", "kind", "points", "visibility", "hint",
            "params");
    private static final Set<String> WRONG_FIELDS = Set.of("file", "score", "mistake");
    private static final Set<String> MEASURE_FIELDS = Set.of("function", "calls");
    /** Enough to tell growth from noise, few enough to stay far below the step and time limits. */
    private static final int MAX_CALLS = 100_000;
    private static final Set<String> NUMERIC_PARAMS = Set.of("min", "count", "min-per-call", "max-extra");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String id;
    private final String file;
    private final Function<String, Optional<String>> files;

    private ExerciseReader(String id, Function<String, Optional<String>> files) {
        this.id = id;
        this.file = "exercises/" + id + "/" + DEFINITION;
        this.files = files;
    }

    /** Reads the exercise {@code id} from {@code files} (relative paths such as "prompt.md", "wrong/x.py"). */
    static Exercise read(String id, Function<String, Optional<String>> files) {
        return new ExerciseReader(id, files).read();
    }

    private Exercise read() {
        String text = files.apply(DEFINITION).orElseThrow(() -> error("", "the file is missing"));
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw error("", "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw error("", "the file must hold one JSON object");
        }
        unknownFields(root, TOP_FIELDS, "");
        String declared = string(root, "id", "id");
        if (!declared.equals(id)) {
            throw error("id", "'" + declared + "' does not match the folder name '" + id + "'");
        }
        String title = string(root, "title", "title");
        double maxPoints = number(root, "max_points", "max_points");
        String deadline = root.has("deadline") && !root.get("deadline").isNull()
                ? string(root, "deadline", "deadline") : null;
        List<CheckDefinition> checks = checks(root);
        double sum = checks.stream().mapToDouble(CheckDefinition::points).sum();
        if (Math.abs(sum - maxPoints) > 1e-9) {
            throw error("max_points", "is " + maxPoints + " but the checks' points add up to " + sum);
        }
        String prompt = files.apply("prompt.md").orElseThrow(() -> missing("prompt.md"));
        String solution = files.apply("solution.py").orElseThrow(() -> missing("solution.py"));
        return new Exercise(id, title, prompt, maxPoints, checks, plan(root), solution, wrongAnswers(root, maxPoints),
                deadline);
    }

    private List<CheckDefinition> checks(JsonNode root) {
        JsonNode array = root.get("checks");
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw error("checks", "must be a non-empty array of checks");
        }
        List<CheckDefinition> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode c = array.get(i);
            String at = "checks[" + i + "]";
            if (!c.isObject()) {
                throw error(at, "must be an object");
            }
            unknownFields(c, CHECK_FIELDS, at + ".");
            String checkId = string(c, "id", at + ".id");
            if (!ids.add(checkId)) {
                throw error(at + ".id", "'" + checkId + "' is used by two checks");
            }
            String kindName = string(c, "kind", at + ".kind");
            CheckKinds.Kind kind = CheckKinds.find(kindName).orElseThrow(() -> error(at + ".kind",
                    "unknown check kind '" + kindName + "' (known: " + String.join(", ", CheckKinds.names()) + ")"));
            double points = number(c, "points", at + ".points");
            if (points <= 0) {
                throw error(at + ".points", "must be positive");
            }
            String visibility = c.has("visibility") ? string(c, "visibility", at + ".visibility") : "visible";
            if (!visibility.equals("visible") && !visibility.equals("hidden")) {
                throw error(at + ".visibility", "must be 'visible' or 'hidden', not '" + visibility + "'");
            }
            String hint = c.has("hint") ? string(c, "hint", at + ".hint") : "";
            out.add(new CheckDefinition(checkId, string(c, "title", at + ".title"), kindName, points,
                    visibility.equals("hidden"), hint, params(c, kind, at)));
        }
        return out;
    }

    private Map<String, String> params(JsonNode c, CheckKinds.Kind kind, String at) {
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode node = c.get("params");
        if (node != null) {
            if (!node.isObject()) {
                throw error(at + ".params", "must be an object");
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String field = at + ".params." + e.getKey();
                if (!kind.accepts(e.getKey())) {
                    throw error(field, "is not a parameter of kind '" + kind.name() + "' (it takes: "
                            + String.join(", ", new java.util.TreeSet<>(union(kind))) + ")");
                }
                JsonNode v = e.getValue();
                if (!v.isString() && !v.isNumber()) {
                    throw error(field, "must be a string or a number");
                }
                String value = v.asString();
                if (NUMERIC_PARAMS.contains(e.getKey()) && !isNumber(value)) {
                    throw error(field, "must be a number, not '" + value + "'");
                }
                params.put(e.getKey(), value);
            }
        }
        for (String required : kind.required()) {
            if (!params.containsKey(required)) {
                throw error(at + ".params." + required, "is required by kind '" + kind.name() + "'");
            }
        }
        if (params.containsKey("expect") && !Set.of("grows", "bounded").contains(params.get("expect"))) {
            throw error(at + ".params.expect", "must be 'grows' or 'bounded'");
        }
        return params;
    }

    private CallPlan plan(JsonNode root) {
        JsonNode array = root.get("measure");
        if (array == null) {
            return CallPlan.NONE;
        }
        if (!array.isArray() || array.isEmpty()) {
            throw error("measure", "must be a non-empty array of {\"function\": name, \"calls\": count}");
        }
        List<CallPlan.MeasuredCalls> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode m = array.get(i);
            String at = "measure[" + i + "]";
            if (!m.isObject()) {
                throw error(at, "must be an object");
            }
            unknownFields(m, MEASURE_FIELDS, at + ".");
            String function = string(m, "function", at + ".function");
            if (!function.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw error(at + ".function", "'" + function + "' is not a Python identifier");
            }
            JsonNode calls = m.get("calls");
            if (calls == null || !calls.isIntegralNumber() || calls.asLong() < 1 || calls.asLong() > MAX_CALLS) {
                throw error(at + ".calls", "must be a whole number from 1 to " + MAX_CALLS);
            }
            out.add(new CallPlan.MeasuredCalls(function, calls.asInt()));
        }
        return new CallPlan(out);
    }

    private List<WrongAnswer> wrongAnswers(JsonNode root, double maxPoints) {
        JsonNode array = root.get("wrong_answers");
        List<WrongAnswer> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        if (!array.isArray()) {
            throw error("wrong_answers", "must be an array");
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode w = array.get(i);
            String at = "wrong_answers[" + i + "]";
            if (!w.isObject()) {
                throw error(at, "must be an object");
            }
            unknownFields(w, WRONG_FIELDS, at + ".");
            String name = string(w, "file", at + ".file");
            double score = number(w, "score", at + ".score");
            if (score < 0 || score > maxPoints) {
                throw error(at + ".score", "must be between 0 and " + maxPoints);
            }
            String source = files.apply("wrong/" + name).orElseThrow(() -> error(at + ".file",
                    "names wrong/" + name + ", which does not exist"));
            String mistake = w.has("mistake") ? string(w, "mistake", at + ".mistake") : "";
            out.add(new WrongAnswer(name, source, score, mistake));
        }
        return out;
    }

    private void unknownFields(JsonNode node, Set<String> known, String prefix) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw error(prefix + name, "is not a known field (known: " + String.join(", ",
                        new java.util.TreeSet<>(known)) + ")");
            }
        }
    }

    private String string(JsonNode node, String name, String field) {
        JsonNode v = node.get(name);
        if (v == null || !v.isString() || v.stringValue().isBlank()) {
            throw error(field, v == null ? "is missing" : "must be a non-empty string");
        }
        return v.stringValue();
    }

    private double number(JsonNode node, String name, String field) {
        JsonNode v = node.get(name);
        if (v == null || !v.isNumber()) {
            throw error(field, v == null ? "is missing" : "must be a number");
        }
        return v.doubleValue();
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Set<String> union(CheckKinds.Kind kind) {
        Set<String> all = new HashSet<>(kind.required());
        all.addAll(kind.optional());
        return all;
    }

    private ExerciseDefinitionException error(String field, String problem) {
        return new ExerciseDefinitionException(file, field, problem);
    }

    private ExerciseDefinitionException missing(String name) {
        return new ExerciseDefinitionException("exercises/" + id + "/" + name, "", "the file is missing");
    }
}
