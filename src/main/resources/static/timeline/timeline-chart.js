// The chart over a whole run: live objects and objects per generation (top), the reference count of every
// object the program probed with sys.getrefcount (bottom), collections as vertical markers, probes as dots.
// Plain SVG, no library; clicking the chart selects the nearest step.

const SVG = "http://www.w3.org/2000/svg";
const GENERATION_SERIES = [
    ["live objects", "live", "#334155"],
    ["generation 0", 0, "#2563eb"],
    ["generation 1", 1, "#16a34a"],
    ["generation 2", 2, "#9333ea"],
    ["untracked", "untracked", "#94a3b8"],
    ["unreachable", "unreachable", "#dc2626"],
];
const PROBE_COLOURS = ["#ea580c", "#0891b2", "#be185d", "#65a30d", "#7c3aed", "#ca8a04"];

function svg(name, attributes, parent) {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) {
        element.setAttribute(key, String(value));
    }
    if (parent) {
        parent.appendChild(element);
    }
    return element;
}

/** Per step: counts by generation, live and unreachable objects, and each probed object's refcount. */
export function seriesOf(timeline) {
    const steps = timeline.trace;
    const probed = [];
    for (const step of steps) {
        for (const probe of step.probes) {
            if (probe.kind === "refcount" && !probed.some(p => p.id === probe.id)) {
                probed.push({id: probe.id, type: probe.type});
            }
        }
    }
    const counts = steps.map(step => {
        const row = {live: 0, 0: 0, 1: 0, 2: 0, untracked: 0, unreachable: 0};
        for (const info of Object.values(step.heap_info)) {
            row.live++;
            if (info.generation in row) {
                row[info.generation]++;
            }
            if (!info.reachable) {
                row.unreachable++;
            }
        }
        return row;
    });
    const refcounts = probed.map(p => steps.map(step => {
        const info = step.heap_info[String(p.id)];
        return info ? info.refcount : null;
    }));
    return {counts, probed, refcounts};
}

function polyline(parent, values, x, y, colour) {
    let path = "";
    values.forEach((v, i) => {
        if (v === null || v === undefined) {
            return;
        }
        const gap = i === 0 || values[i - 1] === null || values[i - 1] === undefined;
        path += (gap ? "M" : "L") + x(i).toFixed(1) + "," + y(v).toFixed(1);
    });
    svg("path", {d: path, fill: "none", stroke: colour, "stroke-width": 1.6}, parent);
}

function legend(container, entries) {
    const list = document.createElement("ul");
    list.className = "tl-legend";
    for (const [label, colour] of entries) {
        const item = document.createElement("li");
        const swatch = document.createElement("span");
        swatch.className = "tl-swatch";
        swatch.style.backgroundColor = colour;
        item.append(swatch, label);
        list.appendChild(item);
    }
    container.appendChild(list);
}

function pane(container, title, height, steps, lines, onSelect) {
    const width = 900;
    const margin = {left: 44, right: 10, top: 8, bottom: 18};
    const heading = document.createElement("div");
    heading.className = "tl-chart-title";
    heading.textContent = title;
    container.appendChild(heading);
    const root = svg("svg", {viewBox: `0 0 ${width} ${height}`, class: "tl-chart", role: "img",
        "aria-label": title}, container);
    const max = Math.max(1, ...lines.flatMap(l => l.values.filter(v => v !== null && v !== undefined)));
    const span = width - margin.left - margin.right;
    const x = i => margin.left + (steps.length <= 1 ? 0 : i * span / (steps.length - 1));
    const y = v => height - margin.bottom - v * (height - margin.top - margin.bottom) / max;
    svg("line", {x1: margin.left, x2: width - margin.right, y1: y(0), y2: y(0), stroke: "#cbd5e1"}, root);
    for (const tick of [0, Math.round(max / 2), max]) {
        const label = svg("text", {x: margin.left - 6, y: y(tick) + 4, "text-anchor": "end", class: "tl-axis"}, root);
        label.textContent = String(tick);
    }
    for (const i of [...new Set([0, Math.floor((steps.length - 1) / 2), steps.length - 1])]) {
        const anchor = i === 0 ? "start" : i === steps.length - 1 ? "end" : "middle";
        const label = svg("text", {x: x(i), y: height - 4, "text-anchor": anchor, class: "tl-axis"}, root);
        label.textContent = `step ${i + 1}`;
    }
    steps.forEach((step, i) => {
        if (step.collections.length > 0) {
            svg("line", {x1: x(i), x2: x(i), y1: margin.top, y2: height - margin.bottom, stroke: "#dc2626",
                "stroke-dasharray": "4 3", class: "tl-collection-marker"}, root);
        }
    });
    for (const line of lines) {
        polyline(root, line.values, x, y, line.colour);
        if (line.dots) {
            steps.forEach((step, i) => {
                if (line.dots(step) && line.values[i] !== null) {
                    svg("circle", {cx: x(i), cy: y(line.values[i]), r: 3.2, fill: line.colour}, root);
                }
            });
        }
    }
    const cursor = svg("line", {y1: margin.top, y2: height - margin.bottom, stroke: "#0f172a", "stroke-width": 1.2},
        root);
    root.addEventListener("click", event => {
        const box = root.getBoundingClientRect();
        const px = (event.clientX - box.left) * width / box.width;
        const i = Math.round((px - margin.left) * (steps.length - 1) / (width - margin.left - margin.right));
        onSelect(Math.max(0, Math.min(steps.length - 1, i)));
    });
    return i => {
        cursor.setAttribute("x1", x(i));
        cursor.setAttribute("x2", x(i));
    };
}

/** Draws the chart into {@code container}; returns a function moving its cursor to a step. */
export function drawChart(container, timeline, onSelect) {
    const {counts, probed, refcounts} = seriesOf(timeline);
    const steps = timeline.trace;
    const cursors = [];
    cursors.push(pane(container, "Objects drawn, by generation (red dashes: collections)", 150, steps,
        GENERATION_SERIES.map(([, key, colour]) => ({values: counts.map(c => c[key]), colour})), onSelect));
    legend(container, GENERATION_SERIES.map(([label, , colour]) => [label, colour]));
    if (probed.length > 0) {
        const lines = probed.map((p, k) => ({
            values: refcounts[k], colour: PROBE_COLOURS[k % PROBE_COLOURS.length],
            dots: step => step.probes.some(q => q.id === p.id && q.kind === "refcount"),
        }));
        cursors.push(pane(container, "Reference count of each probed object (dots: sys.getrefcount calls)", 120,
            steps, lines, onSelect));
        legend(container, probed.map((p, k) => [`${p.type} @${p.id}`, PROBE_COLOURS[k % PROBE_COLOURS.length]]));
    }
    return i => cursors.forEach(move => move(i));
}
