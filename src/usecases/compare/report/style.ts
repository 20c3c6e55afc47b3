// The report's one style sheet, inline: readable on screen, printable on A4 landscape (tables keep their header on
// every page, a row never splits), nothing fetched (system fonts, no image but inline SVG).

export const REPORT_CSS = `
:root { color-scheme: light; }
body { font-family: "Segoe UI", Arial, sans-serif; color: #201f1e; margin: 24px; font-size: 14px; line-height: 1.4; }
h1 { font-size: 22px; color: #1f3864; margin: 0 0 4px; }
h2 { font-size: 17px; color: #1f3864; border-bottom: 2px solid #d9e1f2; padding-bottom: 2px; margin-top: 28px; }
h3 { font-size: 15px; margin: 16px 0 4px; }
.meta { color: #484644; margin: 2px 0; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid #a6a6a6; padding: 4px 6px; vertical-align: top; }
th { background: #1f3864; color: #fff; font-weight: 600; text-align: center; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.flag { color: #a4262c; font-weight: 600; }
tr.incomplete td, tr.unreadable td { color: #605e5c; }
.chosen { outline: 2px solid #0f6cbd; outline-offset: -2px; }
.scroll { overflow-x: auto; }
.small { font-size: 12px; color: #605e5c; }
.outlier { color: #a4262c; font-weight: 600; }
.low { background: #e2f0d9; }
.high { background: #fde2e1; }
.notice { border-left: 4px solid #c4314b; background: #fdf3f4; padding: 8px 12px; }
.legal { border-left: 4px solid #8a8886; background: #f3f2f1; padding: 8px 12px; }
ul.findings { padding-left: 18px; }
ul.findings li { margin: 2px 0; }
.sev-error { color: #a4262c; font-weight: 600; }
.sev-warning { color: #8a5300; font-weight: 600; }
.sev-info { color: #484644; font-weight: 600; }
dl.stats { display: grid; grid-template-columns: max-content max-content; gap: 2px 16px; }
dl.stats dt { font-weight: 600; }
dl.stats dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
footer { margin-top: 32px; color: #605e5c; font-size: 12px; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  tr, li, svg, .notice, .legal { break-inside: avoid; }
  thead { display: table-header-group; }
  .scroll { overflow: visible; }
  table.lines { font-size: 8pt; }
  a { color: inherit; text-decoration: none; }
}
`;
