// Sortable columns and a filter box for tables marked class="sortable": each header's button sorts by the cells'
// data-sort values (numbers numerically, text alphabetically), and aria-sort tells screen readers the order.
(function () {
    function value(cell) {
        var raw = cell ? cell.getAttribute("data-sort") : "";
        var number = Number(raw);
        return raw !== null && raw !== "" && !isNaN(number) ? number : (raw || "").toLowerCase();
    }
    document.querySelectorAll("table.sortable").forEach(function (table) {
        var headers = table.tHead.rows[0].cells;
        Array.prototype.forEach.call(headers, function (header, index) {
            var button = header.querySelector("button.sort");
            if (!button) {
                return;
            }
            button.addEventListener("click", function () {
                var ascending = header.getAttribute("aria-sort") !== "ascending";
                Array.prototype.forEach.call(headers, function (h) { h.setAttribute("aria-sort", "none"); });
                header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                    var x = value(a.cells[index]), y = value(b.cells[index]);
                    var order = x < y ? -1 : x > y ? 1 : 0;
                    return ascending ? order : -order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
            });
        });
    });
    document.querySelectorAll("input[data-filter-table]").forEach(function (input) {
        var table = document.getElementById(input.getAttribute("data-filter-table"));
        input.addEventListener("input", function () {
            var needle = input.value.trim().toLowerCase();
            Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
                var text = (row.getAttribute("data-filter") || row.textContent).toLowerCase();
                row.hidden = needle !== "" && text.indexOf(needle) < 0;
            });
        });
    });
})();
