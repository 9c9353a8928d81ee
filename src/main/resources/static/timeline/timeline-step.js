// One step drawn as a teacher draws it on the board: the frames with their variables on the left, the heap as
// boxes on the right with an arrow for every reference, each box headed by its type, reference count, size and
// generation. Garbage no variable reaches stays drawn, marked unreachable; at a collection the boxes it frees are
// marked, and a panel says what the collector examined, found, finalized and freed, and what gc.collect() returned.

const SVG = "http://www.w3.org/2000/svg";

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

function isRef(v) {
    return Array.isArray(v) && v.length === 2 && v[0] === "REF";
}

/** A value's cell: a primitive inline, a reference as a dot an arrow leaves from. */
function valueCell(value) {
    const cell = el("span", "tl-value");
    if (isRef(value)) {
        cell.classList.add("tl-ref");
        cell.dataset.ref = String(value[1]);
        cell.textContent = "\u25cf";
    } else if (Array.isArray(value)) {
        cell.classList.add("tl-shared");
        cell.textContent = String(value[1]);
    } else if (typeof value === "string") {
        cell.textContent = JSON.stringify(value);
    } else {
        cell.textContent = value === null ? "None" : value === true ? "True" : value === false ? "False"
            : String(value);
    }
    return cell;
}

function row(table, label, value) {
    const tr = el("tr");
    tr.append(el("td", "tl-name", label));
    const td = el("td");
    td.appendChild(valueCell(value));
    tr.appendChild(td);
    table.appendChild(tr);
}

function frameBox(title, names, values) {
    const box = el("div", "tl-frame");
    box.appendChild(el("div", "tl-frame-title", title));
    const table = el("table");
    names.forEach(name => row(table, name, values[name]));
    box.appendChild(table);
    return box;
}

function generationLabel(g) {
    return typeof g === "number" ? `gen ${g}` : g;
}

function heapBox(id, encoded, info, fate) {
    const box = el("div", "tl-object");
    box.dataset.id = id;
    if (!info.reachable) {
        box.classList.add("tl-unreachable");
    }
    if (fate) {
        box.classList.add("tl-" + fate);
    }
    const kind = encoded[0];
    const name = kind === "CLASS" || kind === "FUNCTION" ? `${kind.toLowerCase()} ${encoded[1]}` : info.type;
    const head = el("div", "tl-object-head");
    head.append(el("span", "tl-type", name),
        el("span", "tl-stats",
            `refs ${info.refcount} \u00b7 ${info.size} B \u00b7 ${generationLabel(info.generation)}`));
    box.appendChild(head);
    if (!info.reachable || fate) {
        box.appendChild(el("div", "tl-badge", [!info.reachable ? "unreachable" : "", fate ? fate + " by this collection"
            : ""].filter(Boolean).join(" \u00b7 ")));
    }
    const table = el("table");
    if (kind === "LIST" || kind === "TUPLE" || kind === "SET") {
        encoded.slice(1).forEach((v, i) => row(table, kind === "SET" ? "" : String(i), v));
    } else if (kind === "DICT") {
        encoded.slice(1).forEach(([k, v]) => row(table, isRef(k) ? "\u25cf" : JSON.stringify(k), v));
    } else if (kind === "INSTANCE") {
        encoded.slice(2).forEach(([k, v]) => row(table, k, v));
    } else if (kind === "CLASS") {
        encoded.slice(3).forEach(([k, v]) => row(table, k, v));
    } else if (kind === "HEAP_PRIMITIVE") {
        row(table, "value", encoded[2]);
    }
    box.appendChild(table);
    return box;
}

/** The heap's ids in the order a reader meets them: from the variables, then from the unreachable roots. */
function orderOf(step) {
    const order = [];
    const seen = new Set();
    const visit = value => {
        if (isRef(value)) {
            const id = String(value[1]);
            if (!seen.has(id) && step.heap[id]) {
                seen.add(id);
                order.push(id);
                step.heap[id].forEach(visit);
            }
        } else if (Array.isArray(value)) {
            value.forEach(visit);
        }
    };
    Object.values(step.globals).forEach(visit);
    step.stack_to_render.forEach(f => Object.values(f.encoded_locals).forEach(visit));
    step.unreachable.forEach(visit);
    Object.keys(step.heap).forEach(id => { if (!seen.has(id)) { order.push(id); } });
    return order;
}

function collectionPanel(collection, step) {
    const type = id => (step.heap_info[String(id)] || {}).type || "object";
    const names = ids => ids.length === 0 ? "none" : ids.map(id => `${type(id)} @${id}`).join(", ");
    const panel = el("div", "tl-collection");
    const who = collection.explicit ? "gc.collect()" : "Automatic collection";
    panel.appendChild(el("div", "tl-collection-title", who
        + ` of generation ${collection.generation} \u2192 returned ${collection.returned}`));
    const list = el("ul");
    list.append(el("li", "", `examined ${collection.examined.length} tracked objects`),
        el("li", "", `unreachable: ${names(collection.unreachable)}`),
        el("li", "", `cycles: ${collection.cycles.length === 0 ? "none" : collection.cycles.map(c => "("
            + c.map(id => type(id)).join(" \u2194 ") + ")").join(", ")}`),
        el("li", "", `finalized (__del__ called): ${names(collection.finalized)}`),
        el("li", "", `freed: ${names(collection.freed)}`));
    panel.appendChild(list);
    return panel;
}

function drawArrows(stage) {
    const old = stage.querySelector("svg.tl-arrows");
    if (old) {
        old.remove();
    }
    const base = stage.getBoundingClientRect();
    const arrows = document.createElementNS(SVG, "svg");
    arrows.setAttribute("class", "tl-arrows");
    arrows.setAttribute("width", String(stage.scrollWidth));
    arrows.setAttribute("height", String(stage.scrollHeight));
    const defs = document.createElementNS(SVG, "defs");
    const marker = document.createElementNS(SVG, "marker");
    for (const [k, v] of Object.entries({id: "tl-head", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7,
        markerHeight: 7, orient: "auto-start-reverse"})) {
        marker.setAttribute(k, String(v));
    }
    const tip = document.createElementNS(SVG, "path");
    tip.setAttribute("d", "M0,0 L10,5 L0,10 z");
    tip.setAttribute("fill", "#1e3a8a");
    marker.appendChild(tip);
    defs.appendChild(marker);
    arrows.appendChild(defs);
    for (const cell of stage.querySelectorAll(".tl-ref")) {
        const target = stage.querySelector(`.tl-object[data-id="${cell.dataset.ref}"]`);
        if (!target) {
            continue;
        }
        const a = cell.getBoundingClientRect();
        const b = target.getBoundingClientRect();
        const x1 = a.left + a.width / 2 - base.left;
        const y1 = a.top + a.height / 2 - base.top;
        const toLeft = b.left - base.left >= x1;
        const x2 = (toLeft ? b.left : b.right) - base.left;
        const y2 = b.top + 12 - base.top;
        const bend = Math.max(30, Math.abs(x2 - x1) / 2);
        const path = document.createElementNS(SVG, "path");
        path.setAttribute("d", `M${x1},${y1} C${x1 + bend},${y1} ${x2 + (toLeft ? -bend : bend)},${y2} ${x2},${y2}`);
        path.setAttribute("fill", "none");
        path.setAttribute("stroke", target.classList.contains("tl-unreachable") ? "#dc2626" : "#1e3a8a");
        path.setAttribute("stroke-width", "1.4");
        path.setAttribute("marker-end", "url(#tl-head)");
        arrows.appendChild(path);
    }
    stage.appendChild(arrows);
}

/** Draws step {@code index} of the timeline into {@code stage}. */
export function drawStep(stage, timeline, index) {
    const step = timeline.trace[index];
    stage.replaceChildren();
    const frames = el("div", "tl-frames");
    frames.appendChild(el("div", "tl-column-title", "Frames"));
    frames.appendChild(frameBox("Global frame", step.ordered_globals, step.globals));
    for (const frame of step.stack_to_render) {
        const box = frameBox(frame.func_name, frame.ordered_varnames, frame.encoded_locals);
        if (frame.is_highlighted) {
            box.classList.add("tl-highlighted");
        }
        frames.appendChild(box);
    }
    const heap = el("div", "tl-heap");
    heap.appendChild(el("div", "tl-column-title", "Objects" + (step.heap_truncated ? " (too many: only the first "
        + Object.keys(step.heap).length + " are drawn)" : "")));
    const fate = {};
    for (const c of step.collections) {
        c.freed.forEach(id => { fate[String(id)] = "freed"; });
    }
    const grid = el("div", "tl-objects");
    for (const id of orderOf(step)) {
        grid.appendChild(heapBox(id, step.heap[id], step.heap_info[id], fate[id]));
    }
    heap.appendChild(grid);
    for (const c of step.collections) {
        heap.appendChild(collectionPanel(c, step));
    }
    stage.append(frames, heap);
    drawArrows(stage);
}
