// HeapGrader's heap timeline viewer: an ES module with no inline script and no library, so it runs under a strict
// Content-Security-Policy (script-src 'self'; style-src 'self'). mountTimeline(container, timeline) draws the chart
// over the run and the step view with previous/next, jumps to the next probe or collection, and a slider.
// The timeline is the JSON of GET /api/v1/courses/{course}/submissions/{id}/timeline, POST /api/v1/timeline or
// `heapgrader run --timeline OUT.json FILE.py` (schema: timeline.schema.json).

import {drawChart} from "./timeline-chart.js";
import {drawStep} from "./timeline-step.js";

function el(tag, className, text) {
    const element = document.createElement(tag);
    if (className) {
        element.className = className;
    }
    if (text !== undefined) {
        element.textContent = text;
    }
    return element;
}

function button(label, title, action) {
    const b = el("button", "tl-button", label);
    b.type = "button";
    b.title = title;
    b.addEventListener("click", action);
    return b;
}

/** The first step after {@code from} that {@code test} accepts, or -1. */
function nextWhere(steps, from, test) {
    for (let i = from + 1; i < steps.length; i++) {
        if (test(steps[i])) {
            return i;
        }
    }
    return -1;
}

function describe(step) {
    const parts = [`line ${step.line}`, step.event.replace("_", " "), `in ${step.func_name}`];
    for (const p of step.probes) {
        parts.push(`sys.get${p.kind === "refcount" ? "refcount" : "sizeof"}(${p.type} @${p.id}) returned ${p.value}`);
    }
    if (step.exception_msg) {
        parts.push(step.exception_msg);
    }
    return parts.join(" \u00b7 ");
}

/** Fetches a timeline; rejects with a readable message. */
export async function loadTimeline(url, init) {
    const response = await fetch(url, init);
    if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        throw new Error(problem.detail || `${response.status} ${response.statusText}`);
    }
    return response.json();
}

/**
 * Draws {@code timeline} into {@code container} and returns a controller with {@code show(index)}; the first step
 * shown is {@code options.step} (a number, or "collection" / "probe" for the first such step) or, with
 * {@code options.line}, the first probe or collection on that line (a failed check's line), else its first step.
 */
export function mountTimeline(container, timeline, options = {}) {
    const steps = timeline.trace;
    container.replaceChildren();
    container.classList.add("tl-viewer");
    if (steps.length === 0) {
        container.appendChild(el("p", "tl-note", "The run recorded no steps."));
        return {show() {}};
    }
    const meta = timeline.heapgrader;
    container.appendChild(el("p", "tl-note" + (meta.sampled ? " tl-sampled" : ""),
        `CPython ${meta.python_version} \u00b7 ${meta.note}`));
    const chart = el("div", "tl-charts");
    container.appendChild(chart);
    const controls = el("div", "tl-controls");
    const slider = el("input", "tl-slider");
    slider.type = "range";
    slider.min = "0";
    slider.max = String(steps.length - 1);
    slider.setAttribute("aria-label", "Step");
    const position = el("span", "tl-position");
    const description = el("div", "tl-description");
    const layout = el("div", "tl-layout");
    const code = el("ol", "tl-code");
    for (const text of timeline.code.split("\n")) {
        code.appendChild(el("li", "", text));
    }
    const stage = el("div", "tl-stage");
    const stdout = el("pre", "tl-stdout");
    let current = 0;
    const moveCursor = drawChart(chart, timeline, i => show(i));
    const show = index => {
        current = Math.max(0, Math.min(steps.length - 1, index));
        const step = steps[current];
        slider.value = String(current);
        position.textContent = `step ${current + 1} of ${steps.length}`;
        description.textContent = describe(step);
        description.classList.toggle("tl-has-collection", step.collections.length > 0);
        code.querySelectorAll("li").forEach((li, i) => li.classList.toggle("tl-current-line", i + 1 === step.line));
        drawStep(stage, timeline, current);
        stdout.textContent = step.stdout;
        moveCursor(current);
        container.dataset.step = String(current);
    };
    const jump = test => {
        const i = nextWhere(steps, current, test);
        if (i >= 0) {
            show(i);
        }
    };
    controls.append(
        button("First", "First step", () => show(0)),
        button("\u25c0 Prev", "Previous step", () => show(current - 1)),
        button("Next \u25b6", "Next step", () => show(current + 1)),
        button("Next probe", "Next sys.getrefcount or sys.getsizeof call", () => jump(s => s.probes.length > 0)),
        button("Next collection", "Next run of the cycle collector", () => jump(s => s.collections.length > 0)),
        slider, position);
    slider.addEventListener("input", () => show(Number(slider.value)));
    container.addEventListener("keydown", event => {
        if (event.key === "ArrowRight") {
            show(current + 1);
        } else if (event.key === "ArrowLeft") {
            show(current - 1);
        }
    });
    container.tabIndex = 0;
    const side = el("div", "tl-side");
    side.append(el("div", "tl-column-title", "Program"), code, el("div", "tl-column-title", "Output"), stdout);
    layout.append(side, stage);
    container.append(controls, description, layout);
    window.addEventListener("resize", () => drawStep(stage, timeline, current));
    let first = 0;
    if (options.step === "collection") {
        first = Math.max(0, nextWhere(steps, -1, s => s.collections.length > 0));
    } else if (options.step === "probe") {
        first = Math.max(0, nextWhere(steps, -1, s => s.probes.length > 0));
    } else if (Number.isInteger(options.step)) {
        first = options.step;
    } else if (Number.isInteger(options.line)) {
        // a failed check that names a line opens at the first probe or collection there, else its first step
        const here = s => s.line === options.line;
        const telling = nextWhere(steps, -1, s => here(s) && (s.probes.length > 0 || s.collections.length > 0));
        first = Math.max(0, telling >= 0 ? telling : nextWhere(steps, -1, here));
    }
    show(first);
    return {show, get current() { return current; }};
}
