/// CSS for the written notice, after the shared `letterCSS`: the form's table of part A,
/// what was blacked out, the grounds of a refusal and the objection box.
let noticeCSS = """
.notice-table { table-layout: fixed; margin-bottom: 8px; }
.notice-table col.c-no { width: 11mm; }
.notice-table col.c-what { width: 52mm; }
.notice-table td { padding: 5px 6px; }
.notice-table td div + div { margin-top: 2px; }
table.withheld { margin-top: 4px; font-size: 9.5pt; }
table.withheld th { background: #f0f0f0; }
.withheld td, .withheld th { padding: 3px 5px; }
.reason { margin-left: 6mm; }
table.grounds th { width: 46mm; }
.objection { border: 1px solid #000; padding: 6px 8px; margin-top: 8px; }

"""
