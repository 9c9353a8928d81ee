package dev.heapgrader.engine.trace.timeline;

import java.util.List;

/**
 * Writes a {@link Timeline} as JSON in Python Tutor's trace shape ({@code code}, {@code trace} of steps with
 * {@code event}, {@code line}, {@code func_name}, {@code globals}, {@code ordered_globals},
 * {@code stack_to_render}, {@code heap}, {@code stdout}), so a Python Tutor-style viewer can draw it, plus
 * HeapGrader's additions: per step {@code heap_info} (each object's {@code type}, {@code refcount}, {@code size},
 * {@code generation}, {@code reachable}, {@code refs}), {@code unreachable} (the roots a viewer needs to draw
 * garbage no variable reaches), {@code probes} and {@code collections}; and a top-level {@code heapgrader} object
 * saying how the run was sampled. The schema is {@code src/main/resources/timeline.schema.json}.
 */
public final class TimelineJson {
    /** The format's name and version, written at the top level. */
    public static final String FORMAT = "heapgrader-timeline/1";

    private TimelineJson() {
    }

    public static String write(Timeline t) {
        JsonText j = new JsonText(4096 + t.steps().size() * 512);
        j.raw("{").name("code").string(t.code());
        j.raw(",").name("heapgrader").raw("{").name("format").string(FORMAT)
                .raw(",").name("python_version").string(t.pythonVersion())
                .raw(",").name("total_steps").number(t.totalSteps())
                .raw(",").name("recorded_steps").number(t.steps().size())
                .raw(",").name("line_stride").number(t.lineStride())
                .raw(",").name("capped").bool(t.capped())
                .raw(",").name("sampled").bool(t.sampled())
                .raw(",").name("note").string(note(t)).raw("}");
        j.raw(",").name("trace").raw("[");
        for (int i = 0; i < t.steps().size(); i++) {
            j.comma(i == 0);
            step(j, t.steps().get(i), t.stdout());
        }
        return j.raw("]}").toString();
    }

    private static String note(Timeline t) {
        if (!t.sampled()) {
            return "every step of the run is recorded";
        }
        return "sampled: " + t.steps().size() + " of " + t.totalSteps() + " steps recorded; every "
                + t.lineStride() + (t.lineStride() == 1 ? "st" : "th") + " line, call and return step kept"
                + (t.capped() ? "; recording stopped at its cap (steps or drawing time), so later probes, "
                + "collections and exceptions are missing" : "; every probe, collection and exception kept");
    }

    private static void step(JsonText j, TimelineStep s, String stdout) {
        j.raw("{").name("event").string(s.event()).raw(",").name("line").number(s.line())
                .raw(",").name("func_name").string(s.funcName());
        j.raw(",").name("globals").raw("{");
        for (int i = 0; i < s.globals().size(); i++) {
            FrameView.Variable v = s.globals().get(i);
            j.comma(i == 0).name(v.name());
            value(j, v.value());
        }
        j.raw("},").name("ordered_globals").raw("[");
        for (int i = 0; i < s.globals().size(); i++) {
            j.comma(i == 0).string(s.globals().get(i).name());
        }
        j.raw("],").name("stack_to_render").raw("[");
        for (int i = 0; i < s.frames().size(); i++) {
            frame(j.comma(i == 0), s.frames().get(i), i == s.frames().size() - 1);
        }
        j.raw("],").name("heap").raw("{");
        for (int i = 0; i < s.heap().size(); i++) {
            HeapObjectView o = s.heap().get(i);
            j.comma(i == 0).name(Long.toString(o.id()));
            encoded(j, o);
        }
        j.raw("},").name("stdout").string(stdout.substring(0, Math.min(s.stdoutLength(), stdout.length())));
        if (s.exception() != null) {
            j.raw(",").name("exception_msg").string(s.exception());
        }
        j.raw(",").name("heap_info").raw("{");
        for (int i = 0; i < s.heap().size(); i++) {
            info(j.comma(i == 0), s.heap().get(i));
        }
        j.raw("},").name("heap_truncated").bool(s.heapTruncated());
        j.raw(",").name("unreachable").raw("[");
        boolean first = true;
        for (HeapObjectView o : s.heap()) {
            if (!o.reachable()) {
                j.comma(first).raw("[\"REF\",").number(o.id()).raw("]");
                first = false;
            }
        }
        j.raw("],").name("probes").raw("[");
        for (int i = 0; i < s.probes().size(); i++) {
            Probe p = s.probes().get(i);
            j.comma(i == 0).raw("{").name("kind").string(p.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .raw(",").name("id").number(p.objectId()).raw(",").name("type").string(p.typeName())
                    .raw(",").name("value").number(p.value()).raw("}");
        }
        j.raw("],").name("collections").raw("[");
        for (int i = 0; i < s.collections().size(); i++) {
            collection(j.comma(i == 0), s.collections().get(i));
        }
        j.raw("]}");
    }

    private static void frame(JsonText j, FrameView f, boolean highlighted) {
        j.raw("{").name("func_name").string(f.funcName()).raw(",").name("frame_id").number(f.frameId())
                .raw(",").name("is_highlighted").bool(highlighted).raw(",").name("is_parent").bool(false)
                .raw(",").name("is_zombie").bool(false).raw(",").name("parent_frame_id_list").raw("[]")
                .raw(",").name("unique_hash").string(f.funcName() + "_f" + f.frameId());
        j.raw(",").name("encoded_locals").raw("{");
        for (int i = 0; i < f.locals().size(); i++) {
            j.comma(i == 0).name(f.locals().get(i).name());
            value(j, f.locals().get(i).value());
        }
        j.raw("},").name("ordered_varnames").raw("[");
        for (int i = 0; i < f.locals().size(); i++) {
            j.comma(i == 0).string(f.locals().get(i).name());
        }
        j.raw("]}");
    }

    private static void value(JsonText j, TimelineValue v) {
        if (v instanceof TimelineValue.Ref r) {
            j.raw("[\"REF\",").number(r.id()).raw("]");
        } else if (v instanceof TimelineValue.Shared s) {
            j.raw("[\"IMPORTED_FAUX_PRIMITIVE\",").string(s.label()).raw("]");
        } else {
            primitive(j, ((TimelineValue.Inline) v).value());
        }
    }

    private static void primitive(JsonText j, Object value) {
        if (value == null) {
            j.raw("null");
        } else if (value instanceof Boolean b) {
            j.bool(b);
        } else if (value instanceof Long l) {
            j.number(l);
        } else if (value instanceof Double d) {
            j.number(d);
        } else {
            j.string(value.toString());
        }
    }

    /** Python Tutor's encoding of the object: {@code [TAG, ...]} (pg_encoder.py). */
    private static void encoded(JsonText j, HeapObjectView o) {
        j.raw("[").string(o.kind());
        switch (o.kind()) {
            case "HEAP_PRIMITIVE" -> {
                j.raw(",").string(o.typeName()).raw(",");
                primitive(j, o.primitive());
            }
            case "INSTANCE" -> j.raw(",").string(o.typeName());
            case "CLASS" -> j.raw(",").string(String.valueOf(o.primitive())).raw(",[]");
            case "FUNCTION" -> j.raw(",").string(String.valueOf(o.primitive())).raw(",null");
            default -> { }
        }
        for (HeapObjectView.Entry e : o.entries()) {
            j.raw(",");
            if (e.key() != null) {
                j.raw("[");
                value(j, e.key());
                j.raw(",");
                value(j, e.value());
                j.raw("]");
            } else if (e.name() != null) {
                j.raw("[").string(e.name()).raw(",");
                value(j, e.value());
                j.raw("]");
            } else {
                value(j, e.value());
            }
        }
        j.raw("]");
    }

    private static void info(JsonText j, HeapObjectView o) {
        j.name(Long.toString(o.id())).raw("{").name("type").string(o.typeName())
                .raw(",").name("refcount").number(o.refcount()).raw(",").name("size").number(o.size())
                .raw(",").name("generation");
        switch (o.generation()) {
            case HeapObjectView.UNTRACKED -> j.string("untracked");
            case HeapObjectView.PERMANENT -> j.string("permanent");
            case HeapObjectView.COLLECTING -> j.string("collecting");
            default -> j.number(o.generation());
        }
        j.raw(",").name("reachable").bool(o.reachable()).raw(",").name("refs").longs(o.refs()).raw("}");
    }

    private static void collection(JsonText j, CollectionView c) {
        j.raw("{").name("generation").number(c.generation()).raw(",").name("explicit").bool(c.explicit())
                .raw(",").name("examined").longs(c.examined()).raw(",").name("unreachable").longs(c.unreachable())
                .raw(",").name("cycles").raw("[");
        for (int i = 0; i < c.cycles().size(); i++) {
            j.comma(i == 0).longs(c.cycles().get(i));
        }
        j.raw("],").name("finalized").longs(c.finalized()).raw(",").name("freed").longs(c.freed())
                .raw(",").name("returned").number(c.returned()).raw("}");
    }
}
