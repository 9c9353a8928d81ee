// Draws each exercise's "mean score by attempt number" with uPlot from the numbers the page carries in data-*
// attributes; the table next to it shows the same numbers without scripts.
(function () {
    if (typeof uPlot === "undefined") {
        return;
    }
    document.querySelectorAll(".attempt-chart").forEach(function (box) {
        var attempts = (box.dataset.attempts || "").split(",").filter(Boolean).map(Number);
        var scores = (box.dataset.scores || "").split(",").filter(Boolean).map(Number);
        if (attempts.length < 2) {
            return;
        }
        var width = Math.min(box.clientWidth || 320, 480);
        new uPlot({
            width: width,
            height: 160,
            legend: { show: false },
            scales: { x: { time: false }, y: { range: [0, Number(box.dataset.max) || 1] } },
            axes: [{ label: "attempt", incrs: [1, 2, 5, 10] }, { label: "mean score" }],
            series: [{}, { label: "mean score", stroke: "#2f5bd3", width: 2, points: { size: 6 } }]
        }, [attempts, scores], box);
    });
})();
