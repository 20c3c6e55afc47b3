// The report's own style sheet (inline: the report is one file) and the script that makes the directory's filters
// work without a server. Without the script the filters stay hidden and every caterer is listed: the page reads
// the same. Printed, the navigation and filters disappear and every row shows.

export const REPORT_STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #595959; --line: #c8c8c8; --accent: #1f3864; --soft: #eef2f8; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { font: 15px/1.45 "Segoe UI", system-ui, -apple-system, sans-serif; color: var(--ink); margin: 0 auto; padding: 1rem 1.25rem 3rem; max-width: 72rem; }
h1 { color: var(--accent); font-size: 1.6rem; margin: .5rem 0; }
h2 { color: var(--accent); font-size: 1.3rem; margin: 2.2rem 0 .6rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
p, li { max-width: 60rem; }
.muted, .note { color: var(--muted); }
.rule { background: var(--soft); border-left: 4px solid var(--accent); padding: .6rem 1rem; margin: 1rem 0; }
.rule h2 { border: 0; margin: 0 0 .3rem; font-size: 1.1rem; }
.rule ul { margin: .2rem 0; padding-left: 1.2rem; }
nav ol { columns: 2; padding-left: 1.2rem; }
a { color: var(--accent); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .45rem; text-align: left; vertical-align: top; white-space: nowrap; }
th { white-space: normal; }
td.wrap { white-space: normal; min-width: 18rem; }
td.path { white-space: normal; word-break: break-all; min-width: 9rem; }
thead th { background: var(--accent); color: #fff; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr[hidden] { display: none; }
.status-valid { color: #0b6a0b; font-weight: 600; }
.status-expired, .status-replaced { color: #8a5a00; font-weight: 600; }
.status-errors, .status-notGrid, .status-unreadable { color: #a4262c; font-weight: 600; }
.filters { display: flex; flex-wrap: wrap; gap: .6rem 1.2rem; align-items: end; margin: .6rem 0; }
.filters label { display: flex; flex-direction: column; font-weight: 600; font-size: .9rem; }
.filters select { font: inherit; padding: .2rem; min-width: 12rem; }
.findings h4 { margin: .8rem 0 .2rem; font-size: .95rem; }
.findings ul { margin: 0; padding-left: 1.2rem; }
small { color: var(--muted); }
@media print {
  body { max-width: none; padding: 0; font-size: 9pt; }
  th, td { white-space: normal; }
  td.wrap { min-width: 0; }
  nav, .filters { display: none !important; }
  tr[hidden] { display: table-row !important; }
  h2 { break-after: avoid; }
  tr, .chart, .rule { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;

/**
 * The directory's filters: department and product, combined. Rows carry their departments and products in data
 * attributes (space-separated ids); the count of rows shown is announced politely.
 */
export const FILTER_SCRIPT = `
(function () {
  var box = document.getElementById("filters");
  if (!box) return;
  var department = document.getElementById("filter-department");
  var product = document.getElementById("filter-product");
  var count = document.getElementById("filter-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#directory tbody tr"));
  function has(list, value) { return !value || (" " + list + " ").indexOf(" " + value + " ") >= 0; }
  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var keep = has(row.getAttribute("data-departments"), department.value) && has(row.getAttribute("data-products"), product.value);
      row.hidden = !keep;
      if (keep) shown += 1;
    });
    count.textContent = (shown === 1 ? count.getAttribute("data-one") : count.getAttribute("data-many")).replace("{count}", String(shown));
  }
  department.addEventListener("change", apply);
  product.addEventListener("change", apply);
  box.hidden = false;
  apply();
})();
`;
