// Turns the answer's textarea into a CodeMirror 5 editor with Python highlighting and line numbers. Without
// scripts (or if CodeMirror did not load) the plain textarea stays and the form still posts.
(function () {
    var textarea = document.getElementById("source");
    if (!textarea || typeof CodeMirror === "undefined") {
        return;
    }
    var editor = CodeMirror.fromTextArea(textarea, {
        mode: "python",
        lineNumbers: true,
        indentUnit: 4,
        tabSize: 4,
        indentWithTabs: false,
        viewportMargin: Infinity,
        extraKeys: {
            // Tab indents; Escape then Tab leaves the editor, so the keyboard can move on to Submit.
            "Tab": function (cm) { cm.execCommand("insertSoftTab"); },
            "Esc": function (cm) { cm.getInputField().blur(); }
        }
    });
    editor.getWrapperElement().setAttribute("aria-label", "Python editor");
    // htmx reads the form's fields when it handles "submit": copy the editor's text back first (capture phase).
    document.addEventListener("submit", function () { editor.save(); }, true);
})();
