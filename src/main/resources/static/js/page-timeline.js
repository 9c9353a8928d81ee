// The heap timeline on the submission and playground pages: a button loads the run's timeline (it can be large,
// so only on request) and mounts the viewer in the page's section#timeline.
import {loadTimeline, mountTimeline} from "/timeline/timeline-viewer.js";

const section = document.getElementById("timeline");

function csrfHeaders() {
    const header = document.querySelector('meta[name="csrf-header"]');
    const token = document.querySelector('meta[name="csrf-token"]');
    return header && token ? {[header.content]: token.content} : {};
}

function playgroundRequest() {
    const editor = document.querySelector(".CodeMirror");
    const source = editor && editor.CodeMirror ? editor.CodeMirror.getValue()
        : document.getElementById("source").value;
    const body = new URLSearchParams({source, version: document.getElementById("version").value});
    return {method: "POST", body, headers: {...csrfHeaders(), "Accept": "application/json"}};
}

async function show(button, status) {
    button.disabled = true;
    status.textContent = "Recording the run\u2019s heap\u2026";
    try {
        const fromPlayground = section.dataset.post !== undefined;
        const timeline = await loadTimeline(fromPlayground ? section.dataset.post : section.dataset.src,
            fromPlayground ? playgroundRequest() : {headers: {"Accept": "application/json"}});
        const viewer = document.createElement("div");
        section.querySelector(".tl-mount")?.remove();
        viewer.className = "tl-mount";
        section.appendChild(viewer);
        const line = section.dataset.line ? Number(section.dataset.line) : undefined;
        mountTimeline(viewer, timeline, line ? {line} : {});
        status.textContent = "";
    } catch (error) {
        status.textContent = "The timeline could not be shown: " + error.message;
    } finally {
        button.disabled = false;
    }
}

if (section && (section.dataset.src || section.dataset.post !== undefined)) {
    const button = section.querySelector("button.show-timeline");
    const status = section.querySelector(".timeline-status");
    button.addEventListener("click", () => show(button, status));
}
