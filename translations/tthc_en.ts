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
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
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
        <source>About TTHC Desktop</source>
        <translation>About TTHC Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TTHC Desktop {version}&lt;/h3&gt;&lt;p&gt;Plans, tracking and reports of administrative-procedure control for a commune or ward People&apos;s Committee.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TTHC Desktop {version}&lt;/h3&gt;&lt;p&gt;Plans, tracking and reports of administrative-procedure control for a commune or ward People&apos;s Committee.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</translation>
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
        <source>The printer could not be started. Check that it is switched on and try again.</source>
        <translation>The printer could not be started. Check that it is switched on and try again.</translation>
    </message>
    <message>
        <source>Writing the Word file…</source>
        <translation>Writing the Word file…</translation>
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
