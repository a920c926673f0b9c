/// CSS for the service report: A4 portrait (the later `@page` rule overrides the landscape
/// one of the shared base), shown on screen as a sheet on a grey ground. Charts scale down
/// with the sheet but never split across printed pages.
let serviceReportCSS = """
@page { size: A4 portrait; margin: 16mm 15mm 16mm 20mm; }
body { font-size: 10.5pt; line-height: 1.4; }
@media screen {
  body { background: #e9e9e9; margin: 0; padding: 16px 0; }
  .report { width: 210mm; max-width: 100%; margin: 0 auto; padding: 14mm 15mm 16mm 20mm; min-height: 297mm;
    background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
}
.kop { text-align: center; border-bottom: 3px double #000; padding-bottom: 6px; margin-bottom: 14px; }
.kop p { margin: 0; }
.kop .kop-office { font-size: 14pt; font-weight: bold; text-transform: uppercase; margin-bottom: 2px; }
.kop .kop-details { font-size: 9.5pt; }
.report-title { font-size: 14pt; text-align: center; margin: 0 0 2px; letter-spacing: 0.5px; }
.report-period { text-align: center; font-size: 12pt; font-weight: bold; margin: 0; }
.report-date { text-align: center; font-style: italic; margin: 2px 0 16px; }
.part { margin: 0 0 14px; }
.part h2 { font-size: 12pt; margin: 16px 0 6px; break-after: avoid; page-break-after: avoid; }
.part h3 { font-size: 10.5pt; margin: 12px 0 4px; break-after: avoid; page-break-after: avoid; }
.part p { margin: 0 0 6px; text-align: justify; }
.part p.unfilled { font-style: italic; color: #444; }
.part p.note { font-style: italic; font-size: 9.5pt; }
table.figures { table-layout: fixed; margin: 4px 0 10px; }
table.figures col.c-no { width: 11mm; }
table.figures col.c-count { width: 24mm; }
table.figures col.c-share { width: 26mm; }
table.figures td.count { text-align: right; white-space: nowrap; }
table.figures tfoot th { text-align: right; background: #f3f3f3; }
table.figures tfoot td { font-weight: bold; background: #f3f3f3; }
table.figures tr.empty td { font-style: italic; color: #444; text-align: center; }
table.fields { width: auto; margin: 4px 0 10px; }
table.fields th, table.fields td { border: none; padding: 1px 12px 1px 0; background: none; }
table.fields th { font-weight: normal; text-align: left; }
table.fields td::before { content: ": "; }
figure.chart { margin: 8px 0 14px; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { display: block; width: 100%; max-width: 640px; height: auto; margin: 0 auto; }
figure.chart figcaption { text-align: center; font-size: 9.5pt; font-style: italic; margin-top: 4px; }
p.chart-empty { border: 1px dashed #000; padding: 18px 8px; text-align: center; font-style: italic; margin: 0; }

"""
