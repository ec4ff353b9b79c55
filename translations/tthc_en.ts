<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Due within 14 days</source>
        <translation>Due within 14 days</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Indicators, year to date at {period}: {met} met, {not_met} not met, {none} without figures</source>
        <translation>Indicators, year to date at {period}: {met} met, {not_met} not met, {none} without figures</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>Indicator {label}</source>
        <translation>Indicator {label}</translation>
    </message>
    <message>
        <source>Indicators (%): target and year to date</source>
        <translation>Indicators (%): target and year to date</translation>
    </message>
</context>
<context>
    <name>DossierModel</name>
    <message>
        <source>Field (2)</source>
        <translation>Field (2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence — task {label}</source>
        <translation>Evidence — task {label}</translation>
    </message>
    <message>
        <source>No evidence recorded yet. Record progress (Ctrl+R) with the document that proves it.</source>
        <translation>No evidence recorded yet. Record progress (Ctrl+R) with the document that proves it.</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Dossiers by field (Biểu 06): type the form as written; an empty total (3), (7) or (11) is the sum of its parts.</source>
        <translation>Dossiers by field (Biểu 06): type the form as written; an empty total (3), (7) or (11) is the sum of its parts.</translation>
    </message>
    <message>
        <source>Indicators in this period</source>
        <translation>Indicators in this period</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Add field</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>&amp;Remove field</translation>
    </message>
    <message>
        <source>&amp;Save figures</source>
        <translation>&amp;Save figures</translation>
    </message>
    <message>
        <source>Nu&amp;merator:</source>
        <translation>Nu&amp;merator:</translation>
    </message>
    <message>
        <source>&amp;Denominator:</source>
        <translation>&amp;Denominator:</translation>
    </message>
    <message>
        <source>or &amp;value:</source>
        <translation>or &amp;value:</translation>
    </message>
    <message>
        <source>Save the &amp;indicator&apos;s figures</source>
        <translation>Save the &amp;indicator&apos;s figures</translation>
    </message>
    <message>
        <source>On time: {on_time} · online: {online}</source>
        <translation>On time: {on_time} · online: {online}</translation>
    </message>
    <message>
        <source>TTHC Desktop</source>
        <translation>TTHC Desktop</translation>
    </message>
    <message>
        <source>Type the figures as numbers, e.g. 1.250 or 95,5.</source>
        <translation>Type the figures as numbers, e.g. 1.250 or 95,5.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a plan</source>
        <translation>Import a plan</translation>
    </message>
    <message>
        <source>Paste a whole document</source>
        <translation>Paste a whole document</translation>
    </message>
    <message>
        <source>Paste here the text of a plan or decision (copied from Word, a PDF or a portal), then press Read.</source>
        <translation>Paste here the text of a plan or decision (copied from Word, a PDF or a portal), then press Read.</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Read</translation>
    </message>
    <message>
        <source>To check:</source>
        <translation>To check:</translation>
    </message>
    <message>
        <source>&amp;Save as a new draft</source>
        <translation>&amp;Save as a new draft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>the pasted text</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>Understood: {documents}; year {year}; {tasks} tasks, {indicators} indicators. Rows marked ⚠ need a look; correct any cell here (double-click). Nothing is saved until you press Save.</source>
        <translation>Understood: {documents}; year {year}; {tasks} tasks, {indicators} indicators. Rows marked ⚠ need a look; correct any cell here (double-click). Nothing is saved until you press Save.</translation>
    </message>
    <message>
        <source>To check ({count}):</source>
        <translation>To check ({count}):</translation>
    </message>
</context>
<context>
    <name>IndicatorResultsModel</name>
    <message>
        <source>✔ Met</source>
        <translation>✔ Met</translation>
    </message>
    <message>
        <source>✘ Not met</source>
        <translation>✘ Not met</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Met?</source>
        <translation>Met?</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>Met so far?</source>
        <translation>Met so far?</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue the plan</source>
        <translation>Issue the plan</translation>
    </message>
    <message>
        <source>Once issued, the decision and the plan can no longer be changed; changes then go into a new draft (amendment).</source>
        <translation>Once issued, the decision and the plan can no longer be changed; changes then go into a new draft (amendment).</translation>
    </message>
    <message>
        <source>&amp;Date of issue:</source>
        <translation>&amp;Date of issue:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TTHC Desktop — administrative-procedure control</source>
        <translation>TTHC Desktop — administrative-procedure control</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Plans of the selected year</source>
        <translation>Plans of the selected year</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Reload plans</source>
        <translation>&amp;Reload plans</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <source>&amp;Import a plan (Word, text)…</source>
        <translation>&amp;Import a plan (Word, text)…</translation>
    </message>
    <message>
        <source>Paste a &amp;whole document…</source>
        <translation>Paste a &amp;whole document…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Tracking</source>
        <translation>&amp;Tracking</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Import a plan</translation>
    </message>
    <message>
        <source>Plans (*.docx *.txt);;All files (*)</source>
        <translation>Plans (*.docx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>{overdue} tasks overdue, {soon} due within 7 days: see the Task tracker (Ctrl+2).</source>
        <translation>{overdue} tasks overdue, {soon} due within 7 days: see the Task tracker (Ctrl+2).</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Undo {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Vietnamese (Tiếng Việt)</source>
        <translation>Vietnamese (Tiếng Việt)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About TTHC Desktop</source>
        <translation>&amp;About TTHC Desktop</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Redo {action}</translation>
    </message>
    <message>
        <source>About TTHC Desktop</source>
        <translation>About TTHC Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TTHC Desktop {version}&lt;/h3&gt;&lt;p&gt;Plans, tracking and reports of administrative-procedure control for a commune or ward People&apos;s Committee.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TTHC Desktop {version}&lt;/h3&gt;&lt;p&gt;Plans, tracking and reports of administrative-procedure control for a commune or ward People&apos;s Committee.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>TTHC Desktop</source>
        <translation>TTHC Desktop</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}: {message}). Your data is safe; try again, and if it happens again, send this message to your IT support.</source>
        <translation>Something unexpected went wrong ({kind}: {message}). Your data is safe; try again, and if it happens again, send this message to your IT support.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Empty (the commune&apos;s template)</source>
        <translation>Empty (the commune&apos;s template)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Copy of {year} · {number} · {subject}</source>
        <translation>Copy of {year} · {number} · {subject}</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Start from:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>Cooperating units</translation>
    </message>
    <message>
        <source>Schedule (as written)</source>
        <translation>Schedule (as written)</translation>
    </message>
    <message>
        <source>Schedule (understood)</source>
        <translation>Schedule (understood)</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>all year, checked every month</source>
        <translation>all year, checked every month</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>every month</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>every quarter</translation>
    </message>
    <message>
        <source>every six months</source>
        <translation>every six months</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>every year</translation>
    </message>
    <message>
        <source>when called for</source>
        <translation>when called for</translation>
    </message>
    <message>
        <source>not understood: check the wording</source>
        <translation>not understood: check the wording</translation>
    </message>
</context>
<context>
    <name>PlanEditorWorkspace</name>
    <message>
        <source>Plan editor</source>
        <translation>Plan editor</translation>
    </message>
    <message>
        <source>Write the year&apos;s plan and the decision that issues it, check it, number and issue it.</source>
        <translation>Write the year&apos;s plan and the decision that issues it, check it, number and issue it.</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>Add &amp;group</translation>
    </message>
    <message>
        <source>Add &amp;task</source>
        <translation>Add &amp;task</translation>
    </message>
    <message>
        <source>&amp;Delete row</source>
        <translation>&amp;Delete row</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;Indent</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Outdent</translation>
    </message>
    <message>
        <source>I&amp;ssue…</source>
        <translation>I&amp;ssue…</translation>
    </message>
    <message>
        <source>Number, date and freeze the decision and the plan (Ctrl+Shift+I)</source>
        <translation>Number, date and freeze the decision and the plan (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>This plan is issued and can no longer be changed. To change it, copy it into a new draft (amendment).</source>
        <translation>This plan is issued and can no longer be changed. To change it, copy it into a new draft (amendment).</translation>
    </message>
    <message>
        <source>Edit {column}</source>
        <translation>Edit {column}</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Indent</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Outdent</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>{tasks} tasks, {indicators} indicators, {state}</source>
        <translation>{tasks} tasks, {indicators} indicators, {state}</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print pre&amp;view and print…</source>
        <translation>Print pre&amp;view and print…</translation>
    </message>
    <message>
        <source>Save decision and plan as &amp;PDF…</source>
        <translation>Save decision and plan as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save decision and plan as &amp;Word…</source>
        <translation>Save decision and plan as &amp;Word…</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {subject}</source>
        <translation>Print preview — {subject}</translation>
    </message>
    <message>
        <source>Decision and plan</source>
        <translation>Decision and plan</translation>
    </message>
    <message>
        <source>Decision only</source>
        <translation>Decision only</translation>
    </message>
    <message>
        <source>Plan only</source>
        <translation>Plan only</translation>
    </message>
    <message>
        <source>&amp;Print:</source>
        <translation>&amp;Print:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Save as &amp;Word…</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Preparing the pages…</translation>
    </message>
    <message>
        <source>{pages} pages</source>
        <translation>{pages} pages</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>TTHC Desktop</source>
        <translation>TTHC Desktop</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and try again.</source>
        <translation>The printer could not be started. Check that it is switched on and try again.</translation>
    </message>
    <message>
        <source>Writing the Word file…</source>
        <translation>Writing the Word file…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Record progress — task {label}</source>
        <translation>Record progress — task {label}</translation>
    </message>
    <message>
        <source>e.g. 12/KH-UBND</source>
        <translation>e.g. 12/KH-UBND</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <source>Evidence (the document that proves it)</source>
        <translation>Evidence (the document that proves it)</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
</context>
<context>
    <name>ReportBuilderWorkspace</name>
    <message>
        <source>Report builder</source>
        <translation>Report builder</translation>
    </message>
    <message>
        <source>Build the monthly, quarterly, half-year and annual reports, export and send them.</source>
        <translation>Build the monthly, quarterly, half-year and annual reports, export and send them.</translation>
    </message>
</context>
<context>
    <name>TaskTrackerWorkspace</name>
    <message>
        <source>Task tracker</source>
        <translation>Task tracker</translation>
    </message>
    <message>
        <source>Follow every task of the plan: what is due, late and done, with evidence and figures.</source>
        <translation>Follow every task of the plan: what is due, late and done, with evidence and figures.</translation>
    </message>
    <message>
        <source>Search (with or without diacritics)…</source>
        <translation>Search (with or without diacritics)…</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>Due within</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>All plans of the year</source>
        <translation>All plans of the year</translation>
    </message>
    <message>
        <source>&amp;Record progress…</source>
        <translation>&amp;Record progress…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>E&amp;vidence and files…</source>
        <translation>E&amp;vidence and files…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>{shown} of {total} tasks · {overdue} overdue · {done} done</source>
        <translation>{shown} of {total} tasks · {overdue} overdue · {done} done</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next check-point</source>
        <translation>Next check-point</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>○ Not started</source>
        <translation>○ Not started</translation>
    </message>
    <message>
        <source>◐ In progress</source>
        <translation>◐ In progress</translation>
    </message>
    <message>
        <source>✔ Done</source>
        <translation>✔ Done</translation>
    </message>
    <message>
        <source>✔ Done late</source>
        <translation>✔ Done late</translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ Overdue</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>{days} days late</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No plan selected. Pick a year and a plan on the left.</source>
        <translation>No plan selected. Pick a year and a plan on the left.</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>no number yet</source>
        <translation>no number yet</translation>
    </message>
    <message>
        <source>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;Year {year} · {number} · {state}&lt;br&gt;{tasks} tasks, {indicators} indicators</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;Year {year} · {number} · {state}&lt;br&gt;{tasks} tasks, {indicators} indicators</translation>
    </message>
</context>
</TS>
