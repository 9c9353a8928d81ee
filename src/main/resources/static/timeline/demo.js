// The standalone demo page: loads a timeline JSON (?src=URL, a chosen file, or the gc-cycles example) and mounts
// the viewer. No inline script, so the page works under script-src 'self'.
import {loadTimeline, mountTimeline} from "./timeline-viewer.js";

const params = new URLSearchParams(window.location.search);
const container = document.getElementById("timeline");
const error = document.getElementById("error");
const stepParam = params.get("step");
const step = stepParam === null ? undefined : /^\d+$/.test(stepParam) ? Number(stepParam) : stepParam;
const line = /^\d+$/.test(params.get("line") || "") ? Number(params.get("line")) : undefined;

function show(timeline) {
    error.hidden = true;
    mountTimeline(container, timeline, {step, line});
    container.focus({preventScroll: true});
}

function fail(message) {
    error.textContent = "Cannot show this timeline: " + message;
    error.hidden = false;
}

document.getElementById("file").addEventListener("change", async event => {
    const file = event.target.files[0];
    if (file) {
        try {
            show(JSON.parse(await file.text()));
        } catch (e) {
            fail(e.message);
        }
    }
});

loadTimeline(params.get("src") || "gc-cycles.timeline.json").then(show, e => fail(e.message));
