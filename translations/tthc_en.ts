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
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Save a copy of the whole database</source>
        <translation>Save a copy of the whole database</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Res&amp;tore from backup…</translation>
    </message>
    <message>
        <source>Replace the database with a backup; the current one is kept aside</source>
        <translation>Replace the database with a backup; the current one is kept aside</translation>
    </message>
    <message>
        <source>This database is read-only: a backup cannot be put in its place</source>
        <translation>This database is read-only: a backup cannot be put in its place</translation>
    </message>
    <message>
        <source>The automatic backup failed: {error}</source>
        <translation>The automatic backup failed: {error}</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>TTHC Desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>TTHC Desktop databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>The database was backed up to {path}.</source>
        <translation>The database was backed up to {path}.</translation>
    </message>
    <message>
        <source>This database is read-only ({reason}): a backup cannot be put in its place.</source>
        <translation>This database is read-only ({reason}): a backup cannot be put in its place.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Replace the database with the backup {name}? Edits made since that backup will not be in it. The database in use now is kept in {folder}.</source>
        <translation>Replace the database with the backup {name}? Edits made since that backup will not be in it. The database in use now is kept in {folder}.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
</context>
<context>
    <name>ChasingActions</name>
    <message>
        <source>Reminder &amp;slips…</source>
        <translation>Reminder &amp;slips…</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Export &amp;calendar (.ics)…</translation>
    </message>
    <message>
        <source>Export the deadlines to a calendar</source>
        <translation>Export the deadlines to a calendar</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Calendar exported</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) written to {path} ({new} new, {changed} changed, {cancelled} cancelled). Open the file with Outlook or a phone&apos;s calendar; importing it again updates the same events.</source>
        <translation>
            <numerusform>%n deadline written to {path} ({new} new, {changed} changed, {cancelled} cancelled). Open the file with Outlook or a phone&apos;s calendar; importing it again updates the same events.</numerusform>
            <numerusform>%n deadlines written to {path} ({new} new, {changed} changed, {cancelled} cancelled). Open the file with Outlook or a phone&apos;s calendar; importing it again updates the same events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>Must be fixed before issuing. Double-click to go to the field.</source>
        <translation>Must be fixed before issuing. Double-click to go to the field.</translation>
    </message>
    <message>
        <source>Worth a look; does not stop issuing. Double-click to go to the field.</source>
        <translation>Worth a look; does not stop issuing. Double-click to go to the field.</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <source>TTHC Desktop</source>
        <translation>TTHC Desktop</translation>
    </message>
    <message>
        <source>TTHC Desktop did not close normally last time (the program stopped or the computer lost power).</source>
        <translation>TTHC Desktop did not close normally last time (the program stopped or the computer lost power).</translation>
    </message>
    <message>
        <source>Every edit that was saved is kept; at most an entry that was still being typed is missing. The window has reopened where you were.</source>
        <translation>Every edit that was saved is kept; at most an entry that was still being typed is missing. The window has reopened where you were.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>By lead unit</source>
        <translation>By lead unit</translation>
    </message>
    <message>
        <source>Indicators at {period} (year to date, else the period&apos;s figure): {met} met, {not_met} not met, {none} without figures</source>
        <translation>Indicators at {period} (year to date, else the period&apos;s figure): {met} met, {not_met} not met, {none} without figures</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Indicators (%): target and figure reached</source>
        <translation>Indicators (%): target and figure reached</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>DossierModel</name>
    <message>
        <source>Received: total (4) + (5) + (6)</source>
        <translation>Received: total (4) + (5) + (6)</translation>
    </message>
    <message>
        <source>Received online</source>
        <translation>Received online</translation>
    </message>
    <message>
        <source>Received in person or by post</source>
        <translation>Received in person or by post</translation>
    </message>
    <message>
        <source>Carried over from the previous period</source>
        <translation>Carried over from the previous period</translation>
    </message>
    <message>
        <source>Settled: total (8) + (9) + (10)</source>
        <translation>Settled: total (8) + (9) + (10)</translation>
    </message>
    <message>
        <source>Settled before the deadline</source>
        <translation>Settled before the deadline</translation>
    </message>
    <message>
        <source>Settled on time</source>
        <translation>Settled on time</translation>
    </message>
    <message>
        <source>Settled late</source>
        <translation>Settled late</translation>
    </message>
    <message>
        <source>Being settled: total (12) + (13)</source>
        <translation>Being settled: total (12) + (13)</translation>
    </message>
    <message>
        <source>Being settled, within the deadline</source>
        <translation>Being settled, within the deadline</translation>
    </message>
    <message>
        <source>Being settled, past the deadline</source>
        <translation>Being settled, past the deadline</translation>
    </message>
    <message>
        <source>Field (2)</source>
        <translation>Field (2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Every row of Biểu 06 needs its field (lĩnh vực); to take a row away, use Remove field.</source>
        <translation>Every row of Biểu 06 needs its field (lĩnh vực); to take a row away, use Remove field.</translation>
    </message>
    <message>
        <source>Type the row&apos;s field (lĩnh vực) first, in the first column.</source>
        <translation>Type the row&apos;s field (lĩnh vực) first, in the first column.</translation>
    </message>
    <message>
        <source>Row “{row}”: ({column}) is the sum of {parts}, which is {sum} now, not {typed}. Type or correct the parts; the total follows them.</source>
        <translation>Row “{row}”: ({column}) is the sum of {parts}, which is {sum} now, not {typed}. Type or correct the parts; the total follows them.</translation>
    </message>
    <message>
        <source>Column ({column}) of row “{row}” is empty: type 0 when there were none.</source>
        <translation>Column ({column}) of row “{row}” is empty: type 0 when there were none.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>TTHC Desktop</source>
        <translation>TTHC Desktop</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}: {message}).</source>
        <translation>Something unexpected went wrong ({kind}: {message}).</translation>
    </message>
    <message>
        <source>Your saved work is safe and TTHC Desktop keeps running. If it happens again, copy the details below and send them to your IT support. The log is in {folder}.</source>
        <translation>Your saved work is safe and TTHC Desktop keeps running. If it happens again, copy the details below and send them to your IT support. The log is in {folder}.</translation>
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
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Choose a file first: the lines marked 📎 under a document are its files.</source>
        <translation>Choose a file first: the lines marked 📎 under a document are its files.</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(no extension)</translation>
    </message>
    <message>
        <source>“{name}” could not be opened: the system has no program for {kind} files. A copy is in {folder}; install a program for this kind of file, or use “Save a copy…” to keep it where you want.</source>
        <translation>“{name}” could not be opened: the system has no program for {kind} files. A copy is in {folder}; install a program for this kind of file, or use “Save a copy…” to keep it where you want.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
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
        <source>Dossiers by field (Biểu 06): type the form as written; each figure is kept as you type it. The totals (3), (7) and (11) are the sums of their parts.</source>
        <translation>Dossiers by field (Biểu 06): type the form as written; each figure is kept as you type it. The totals (3), (7) and (11) are the sums of their parts.</translation>
    </message>
    <message>
        <source>Indicators in this period: type the figures of the selected one; they are kept as you type.</source>
        <translation>Indicators in this period: type the figures of the selected one; they are kept as you type.</translation>
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
        <source>Row “{field}” does not balance yet: {rule}, but {left} ≠ {right}.</source>
        <translation>Row “{field}” does not balance yet: {rule}, but {left} ≠ {right}.</translation>
    </message>
    <message>
        <source>Edit Biểu 06 of {period}</source>
        <translation>Edit Biểu 06 of {period}</translation>
    </message>
    <message>
        <source>{reason} What was typed is not kept; the figures shown are the ones kept.</source>
        <translation>{reason} What was typed is not kept; the figures shown are the ones kept.</translation>
    </message>
    <message>
        <source>Figures of indicator {indicator}</source>
        <translation>Figures of indicator {indicator}</translation>
    </message>
    <message>
        <source>This figure is computed from the dossier figures (Biểu 06) above: change them to change it.</source>
        <translation>This figure is computed from the dossier figures (Biểu 06) above: change them to change it.</translation>
    </message>
    <message>
        <source>On time: {on_time} · online: {online}</source>
        <translation>On time: {on_time} · online: {online}</translation>
    </message>
</context>
<context>
    <name>FirstView</name>
    <message>
        <source>Loading this workspace…</source>
        <translation>Loading this workspace…</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <source>Number and date:</source>
        <translation>Number and date:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Authority:</translation>
    </message>
    <message>
        <source>P&amp;roposed by:</source>
        <translation>P&amp;roposed by:</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Si&amp;gned by:</translation>
    </message>
    <message>
        <source>Issued with the decision (no number of its own)</source>
        <translation>Issued with the decision (no number of its own)</translation>
    </message>
    <message>
        <source>{number}, {day:02d}/{month:02d}/{year}</source>
        <translation>{number}, {day:02d}/{month:02d}/{year}</translation>
    </message>
    <message>
        <source>{number} — given when the plan is issued</source>
        <translation>{number} — given when the plan is issued</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(nobody chosen)</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>authority</translation>
    </message>
    <message>
        <source>proposed by</source>
        <translation>proposed by</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Edit {field}</translation>
    </message>
    <message>
        <source>Choose the signer</source>
        <translation>Choose the signer</translation>
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
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Each table of the document and what it was read as. Where a table was misread, choose its kind: the document is read again.</source>
        <translation>Each table of the document and what it was read as. Where a table was misread, choose its kind: the document is read again.</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>To check:</source>
        <translation>To check:</translation>
    </message>
    <message>
        <source>The document as read (choose a line to see what it became):</source>
        <translation>The document as read (choose a line to see what it became):</translation>
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
        <source>Tasks ({count})</source>
        <translation>Tasks ({count})</translation>
    </message>
    <message>
        <source>Indicators ({count})</source>
        <translation>Indicators ({count})</translation>
    </message>
    <message>
        <source>⚠ Tables ({count})</source>
        <translation>⚠ Tables ({count})</translation>
    </message>
    <message>
        <source>Tables ({count})</source>
        <translation>Tables ({count})</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message numerus="yes">
        <source>Understood: {documents}; year {year}; %n task(s), {indicators}. Rows marked ⚠ need a look; correct any cell here (double-click). Nothing is saved until you press Save.</source>
        <translation>
            <numerusform>Understood: {documents}; year {year}; %n task, {indicators}. Rows marked ⚠ need a look; correct any cell here (double-click). Nothing is saved until you press Save.</numerusform>
            <numerusform>Understood: {documents}; year {year}; %n tasks, {indicators}. Rows marked ⚠ need a look; correct any cell here (double-click). Nothing is saved until you press Save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>To check ({count}):</source>
        <translation>To check ({count}):</translation>
    </message>
    <message>
        <source>Close without saving the plan read from the pasted text? Nothing of it is kept.</source>
        <translation>Close without saving the plan read from the pasted text? Nothing of it is kept.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Close without saving</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Go back</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Upper target</source>
        <translation>Upper target</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Proposed by the rule</source>
        <translation>Proposed by the rule</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <source>no last-year result or upper target: kept as written</source>
        <translation>no last-year result or upper target: kept as written</translation>
    </message>
    <message>
        <source>no result last year: the upper target</source>
        <translation>no result last year: the upper target</translation>
    </message>
    <message>
        <source>last year below the upper target: the upper target</source>
        <translation>last year below the upper target: the upper target</translation>
    </message>
    <message>
        <source>last year&apos;s result raised by 10%</source>
        <translation>last year&apos;s result raised by 10%</translation>
    </message>
    <message>
        <source>last year raised by 10%, capped at 100%</source>
        <translation>last year raised by 10%, capped at 100%</translation>
    </message>
    <message>
        <source>raised by 10% but below the upper target: the upper target</source>
        <translation>raised by 10% but below the upper target: the upper target</translation>
    </message>
    <message>
        <source>Set by hand; the rule proposes {figure} ({rule}).</source>
        <translation>Set by hand; the rule proposes {figure} ({rule}).</translation>
    </message>
</context>
<context>
    <name>IndicatorPreviewModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Units responsible</source>
        <translation>Units responsible</translation>
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
    <message>
        <source>Computed from this period&apos;s dossier figures (Biểu 06); change them there to change it.</source>
        <translation>Computed from this period&apos;s dossier figures (Biểu 06); change them there to change it.</translation>
    </message>
    <message>
        <source>{figure} (Biểu 06)</source>
        <translation>{figure} (Biểu 06)</translation>
    </message>
</context>
<context>
    <name>IndicatorsEditor</name>
    <message>
        <source>&amp;Add indicator</source>
        <translation>&amp;Add indicator</translation>
    </message>
    <message>
        <source>&amp;Delete indicator</source>
        <translation>&amp;Delete indicator</translation>
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
        <source>Edit {column}</source>
        <translation>Edit {column}</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>Move indicator</translation>
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
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IssueFields</name>
    <message>
        <source>Use the proposed number</source>
        <translation>Use the proposed number</translation>
    </message>
    <message>
        <source>The number from the register of outgoing documents (sổ đăng ký văn bản đi). Proposed: the next after the last this app issued that year, or the register&apos;s next free number set in Settings.</source>
        <translation>The number from the register of outgoing documents (sổ đăng ký văn bản đi). Proposed: the next after the last this app issued that year, or the register&apos;s next free number set in Settings.</translation>
    </message>
    <message>
        <source>&amp;Date of issue:</source>
        <translation>&amp;Date of issue:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>Proposed: {number}/{symbol}</source>
        <translation>Proposed: {number}/{symbol}</translation>
    </message>
    <message>
        <source>{number} is already used in {year} by “{subject}” ({date}). Type another number.</source>
        <translation>{number} is already used in {year} by “{subject}” ({date}). Type another number.</translation>
    </message>
</context>
<context>
    <name>LivePreview</name>
    <message>
        <source>&amp;Update the preview</source>
        <translation>&amp;Update the preview</translation>
    </message>
    <message>
        <source>A large plan: its preview is made when you press Update.</source>
        <translation>A large plan: its preview is made when you press Update.</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>Nothing to preview yet.</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), as they will print.</source>
        <translation>
            <numerusform>%n page, as it will print.</numerusform>
            <numerusform>%n pages, as they will print.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation>The preview could not be made: {reason}</translation>
    </message>
</context>
<context>
    <name>LonePlanNotice</name>
    <message>
        <source>This plan is issued by itself, without a decision: its number, signer and recipients are on the Plan page. If the commune issues it with a decision, add one.</source>
        <translation>This plan is issued by itself, without a decision: its number, signer and recipients are on the Plan page. If the commune issues it with a decision, add one.</translation>
    </message>
    <message>
        <source>&amp;Add a decision issuing the plan</source>
        <translation>&amp;Add a decision issuing the plan</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation>Mail settings</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>SSL (port 465)</source>
        <translation>SSL (port 465)</translation>
    </message>
    <message>
        <source>None (office relay only)</source>
        <translation>None (office relay only)</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(kept)</translation>
    </message>
    <message>
        <source>commune&apos;s name</source>
        <translation>commune&apos;s name</translation>
    </message>
    <message>
        <source>reporting period</source>
        <translation>reporting period</translation>
    </message>
    <message>
        <source>report&apos;s number and subject</source>
        <translation>report&apos;s number and subject</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;ecurity:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>Sender &amp;address:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Sender &amp;name:</translation>
    </message>
    <message>
        <source>Su&amp;bject template:</source>
        <translation>Su&amp;bject template:</translation>
    </message>
    <message>
        <source>B&amp;ody template:</source>
        <translation>B&amp;ody template:</translation>
    </message>
    <message>
        <source>The password is kept in the system&apos;s credential store, not in the database. When sending, {commune}, {period} and {report} in the templates are filled in.</source>
        <translation>The password is kept in the system&apos;s credential store, not in the database. When sending, {commune}, {period} and {report} in the templates are filled in.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
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
        <source>Drafts and issued</source>
        <translation>Drafts and issued</translation>
    </message>
    <message>
        <source>Drafts only</source>
        <translation>Drafts only</translation>
    </message>
    <message>
        <source>Issued only</source>
        <translation>Issued only</translation>
    </message>
    <message>
        <source>Find a plan (number, year, words)…</source>
        <translation>Find a plan (number, year, words)…</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
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
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Import a plan</translation>
    </message>
    <message>
        <source>Plans (*.docx *.txt);;All files (*)</source>
        <translation>Plans (*.docx *.txt);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue, {soon} due within {days} days: see the Task tracker (Ctrl+2).</source>
        <translation>
            <numerusform>%n task overdue, {soon} due within {days} days: see the Task tracker (Ctrl+2).</numerusform>
            <numerusform>%n tasks overdue, {soon} due within {days} days: see the Task tracker (Ctrl+2).</numerusform>
        </translation>
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
    <name>OfficialEditDialog</name>
    <message>
        <source>Add an official</source>
        <translation>Add an official</translation>
    </message>
    <message>
        <source>Edit the official</source>
        <translation>Edit the official</translation>
    </message>
    <message>
        <source>May &amp;sign documents</source>
        <translation>May &amp;sign documents</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
</context>
<context>
    <name>OfficialModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>May sign</source>
        <translation>May sign</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Active from</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Retired on</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Send &amp;now</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Cancel the message</source>
        <translation>&amp;Cancel the message</translation>
    </message>
    <message>
        <source>Mail &amp;settings…</source>
        <translation>Mail &amp;settings…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Sent {sent}; waiting to try again {deferred}; need you {failed}.</source>
        <translation>Sent {sent}; waiting to try again {deferred}; need you {failed}.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>sent {time:%d/%m/%Y %H:%M}</source>
        <translation>sent {time:%d/%m/%Y %H:%M}</translation>
    </message>
    <message>
        <source>next try {time:%H:%M}: {reason}</source>
        <translation>next try {time:%H:%M}: {reason}</translation>
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
    <name>PasteDialog</name>
    <message>
        <source>(leave out)</source>
        <translation>(leave out)</translation>
    </message>
    <message>
        <source>No. (renumbered)</source>
        <translation>No. (renumbered)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
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
        <source>Units (lead and cooperating)</source>
        <translation>Units (lead and cooperating)</translation>
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
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Paste rows as tasks</source>
        <translation>Paste rows as tasks</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied. Choose what each column becomes; the rows are added as tasks after the selected row, in one step you can undo.</source>
        <translation>
            <numerusform>%n row copied. Choose what each column becomes; the row is added as a task after the selected row, in one step you can undo.</numerusform>
            <numerusform>%n rows copied. Choose what each column becomes; the rows are added as tasks after the selected row, in one step you can undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out the %n row(s) you copied? None of them is added to the plan.</source>
        <translation>
            <numerusform>Leave out the %n row you copied? It is not added to the plan.</numerusform>
            <numerusform>Leave out the %n rows you copied? None of them is added to the plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Column {n}</translation>
    </message>
    <message>
        <source>&amp;Add as tasks</source>
        <translation>&amp;Add as tasks</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>&amp;Leave them out</translation>
    </message>
    <message>
        <source>&amp;Go back to the rows</source>
        <translation>&amp;Go back to the rows</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <source>Month {month} of {year}</source>
        <translation>Month {month} of {year}</translation>
    </message>
    <message>
        <source>Quarter {quarter} of {year}</source>
        <translation>Quarter {quarter} of {year}</translation>
    </message>
    <message>
        <source>First 6 months of {year}</source>
        <translation>First 6 months of {year}</translation>
    </message>
    <message>
        <source>First 9 months of {year}</source>
        <translation>First 9 months of {year}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Year {year}</translation>
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
        <source>&amp;Amend (copy into a new draft)</source>
        <translation>&amp;Amend (copy into a new draft)</translation>
    </message>
    <message>
        <source>An issued plan is not changed: its copy in the same year becomes the draft of the amending plan</source>
        <translation>An issued plan is not changed: its copy in the same year becomes the draft of the amending plan</translation>
    </message>
    <message>
        <source>&amp;Paste rows from Word or Excel…</source>
        <translation>&amp;Paste rows from Word or Excel…</translation>
    </message>
    <message>
        <source>Rows copied from a table become tasks (Ctrl+V on the task tree)</source>
        <translation>Rows copied from a table become tasks (Ctrl+V on the task tree)</translation>
    </message>
    <message>
        <source>&amp;Preview beside the editor</source>
        <translation>&amp;Preview beside the editor</translation>
    </message>
    <message>
        <source>Show or hide the printed pages beside the editor (F6)</source>
        <translation>Show or hide the printed pages beside the editor (F6)</translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation>&amp;Next problem</translation>
    </message>
    <message>
        <source>Go to the next problem in the checks list (F8)</source>
        <translation>Go to the next problem in the checks list (F8)</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n task(s)</source>
        <translation>
            <numerusform>Paste %n task</numerusform>
            <numerusform>Paste %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready to issue: %n problem(s) must be fixed first; they are listed here. The first one is shown now.</source>
        <translation>
            <numerusform>Not ready to issue: %n problem must be fixed first; it is listed here and shown now.</numerusform>
            <numerusform>Not ready to issue: %n problems must be fixed first; they are listed here. The first one is shown now.</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan is issued and can no longer be changed. To change it, copy it into a new draft (amendment).</source>
        <translation>This plan is issued and can no longer be changed. To change it, copy it into a new draft (amendment).</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <source>I&amp;ndicators</source>
        <translation>I&amp;ndicators</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Checks: only a draft is checked.</source>
        <translation>Checks: only a draft is checked.</translation>
    </message>
    <message>
        <source>Checks: nothing to fix. The plan can be issued.</source>
        <translation>Checks: nothing to fix. The plan can be issued.</translation>
    </message>
    <message>
        <source>Checks: {blocking} to fix before issuing, {others} worth a look (double-click one, or F8, to go there).</source>
        <translation>Checks: {blocking} to fix before issuing, {others} worth a look (double-click one, or F8, to go there).</translation>
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
    <message numerus="yes">
        <source>%n task(s), {indicators}, {state}</source>
        <translation>
            <numerusform>%n task, {indicators}, {state}</numerusform>
            <numerusform>%n tasks, {indicators}, {state}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
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
    <message>
        <source>Record progress on task {label}</source>
        <translation>Record progress on task {label}</translation>
    </message>
</context>
<context>
    <name>RecentDatabases</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Recent &amp;databases</source>
        <translation>Recent &amp;databases</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(not found)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>TTHC Desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>TTHC Desktop databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Database not found</source>
        <translation>Database not found</translation>
    </message>
    <message>
        <source>The file {path} is no longer there: it may have been moved or renamed, or it is on a USB stick that is not plugged in. It was taken off the list of recent databases; open it again with File &gt; Open database… once you know where it is.</source>
        <translation>The file {path} is no longer there: it may have been moved or renamed, or it is on a USB stick that is not plugged in. It was taken off the list of recent databases; open it again with File &gt; Open database… once you know where it is.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>TTHC Desktop — the database cannot be used</source>
        <translation>TTHC Desktop — the database cannot be used</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Open another file…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Start a &amp;new, empty database</source>
        <translation>Start a &amp;new, empty database</translation>
    </message>
    <message>
        <source>&amp;Restore a backup (the file is read-only)</source>
        <translation>&amp;Restore a backup (the file is read-only)</translation>
    </message>
    <message>
        <source>A backup cannot be put in the place of this file: {reason}. Open another file, or copy the backup to a folder you may write to.</source>
        <translation>A backup cannot be put in the place of this file: {reason}. Open another file, or copy the backup to a folder you may write to.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest good backup ({date})</source>
        <translation>&amp;Restore the newest good backup ({date})</translation>
    </message>
    <message>
        <source>Restoring puts back the database as it was at {date}; edits made after that time are not in it. The damaged file is kept aside in the backups folder, nothing is deleted.</source>
        <translation>Restoring puts back the database as it was at {date}; edits made after that time are not in it. The damaged file is kept aside in the backups folder, nothing is deleted.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup (none found)</source>
        <translation>&amp;Restore a backup (none found)</translation>
    </message>
    <message>
        <source>No good backup of this database was found. Open another file (for example a copy kept on a USB stick), or ask your IT support to look at the file.</source>
        <translation>No good backup of this database was found. Open another file (for example a copy kept on a USB stick), or ask your IT support to look at the file.</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>Start a new database</translation>
    </message>
    <message>
        <source>Start a new, empty database in place of {name}? Its backups stay in the backups folder; you can restore one of them later from the File menu.</source>
        <translation>Start a new, empty database in place of {name}? Its backups stay in the backups folder; you can restore one of them later from the File menu.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>TTHC Desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>TTHC Desktop databases (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RegisterBox</name>
    <message>
        <source>Register of outgoing documents (sổ đăng ký văn bản đi)</source>
        <translation>Register of outgoing documents (sổ đăng ký văn bản đi)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Write the next free number of the register as you read it there: documents made outside this app take numbers too. Issuing proposes the larger of this and the last number this app issued plus one.</source>
        <translation>Write the next free number of the register as you read it there: documents made outside this app take numbers too. Issuing proposes the larger of this and the last number this app issued plus one.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Last number this app issued in {year}: {last}. Proposed now: {proposed}.</source>
        <translation>Last number this app issued in {year}: {last}. Proposed now: {proposed}.</translation>
    </message>
    <message>
        <source>Next free number:</source>
        <translation>Next free number:</translation>
    </message>
    <message>
        <source>Next free number ({symbol}):</source>
        <translation>Next free number ({symbol}):</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>&amp;Remind me at start-up and once a day</source>
        <translation>&amp;Remind me at start-up and once a day</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Overdue tasks are always listed, with those due within this many days (the tracker calls {days} days &quot;due soon&quot;).</source>
        <translation>Overdue tasks are always listed, with those due within this many days (the tracker calls {days} days &quot;due soon&quot;).</translation>
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
        <source>&amp;Due within:</source>
        <translation>&amp;Due within:</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Reminders…</translation>
    </message>
    <message numerus="yes">
        <source>TTHC Desktop: %n task(s) need attention</source>
        <translation>
            <numerusform>TTHC Desktop: %n task needs attention</numerusform>
            <numerusform>TTHC Desktop: %n tasks need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{overdue} overdue, {due} due within %n day(s).</source>
        <translation>
            <numerusform>{overdue} overdue, {due} due within %n day.</numerusform>
            <numerusform>{overdue} overdue, {due} due within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… and {count} more.</translation>
    </message>
    <message>
        <source>Click to see them in the Task tracker.</source>
        <translation>Click to see them in the Task tracker.</translation>
    </message>
    <message numerus="yes">
        <source>{overdue} overdue, {due} due within %n day(s): click to see them</source>
        <translation>
            <numerusform>{overdue} overdue, {due} due within %n day: click to see them</numerusform>
            <numerusform>{overdue} overdue, {due} due within %n days: click to see them</numerusform>
        </translation>
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
    <message>
        <source>&amp;Draft or open the report of this period</source>
        <translation>&amp;Draft or open the report of this period</translation>
    </message>
    <message>
        <source>Draft / open (Ctrl+Shift+R)</source>
        <translation>Draft / open (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Refresh the figures</source>
        <translation>&amp;Refresh the figures</translation>
    </message>
    <message>
        <source>Read the tracker again; sections you wrote are kept (Ctrl+Shift+F)</source>
        <translation>Read the tracker again; sections you wrote are kept (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>&amp;Issue the report…</source>
        <translation>&amp;Issue the report…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Save as &amp;Word…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Save as &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;Delete the draft</source>
        <translation>&amp;Delete the draft</translation>
    </message>
    <message>
        <source>Se&amp;nd by email…</source>
        <translation>Se&amp;nd by email…</translation>
    </message>
    <message>
        <source>Queue the issued report in the outbox and send it (Ctrl+Shift+M)</source>
        <translation>Queue the issued report in the outbox and send it (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Outbox…</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>&amp;Mail settings…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Proposed: {period}, due {due:%d/%m/%Y}.</source>
        <translation>Proposed: {period}, due {due:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>No report open. Pick a period and press Draft / open.</source>
        <translation>No report open. Pick a period and press Draft / open.</translation>
    </message>
    <message>
        <source>{number}, issued: its figures are frozen as of {day:%d/%m/%Y}.</source>
        <translation>{number}, issued: its figures are frozen as of {day:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Draft with the tracker&apos;s figures as of {day:%d/%m/%Y}. Double-click a section to edit it.</source>
        <translation>Draft with the tracker&apos;s figures as of {day:%d/%m/%Y}. Double-click a section to edit it.</translation>
    </message>
    <message>
        <source>Edit section {section}</source>
        <translation>Edit section {section}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <source>Fill in the mail server first, then send again.</source>
        <translation>Fill in the mail server first, then send again.</translation>
    </message>
    <message>
        <source>Queued in the outbox; sending…</source>
        <translation>Queued in the outbox; sending…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Not sent yet ({reason}); it stays in the outbox and is tried again.</source>
        <translation>Not sent yet ({reason}); it stays in the outbox and is tried again.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Sent.</translation>
    </message>
    <message>
        <source>Not sent yet; it stays in the outbox and is tried again. See Reports &gt; Outbox for the server&apos;s reason.</source>
        <translation>Not sent yet; it stays in the outbox and is tried again. See Reports &gt; Outbox for the server&apos;s reason.</translation>
    </message>
</context>
<context>
    <name>ReportIssueDialog</name>
    <message>
        <source>Issue the report</source>
        <translation>Issue the report</translation>
    </message>
    <message>
        <source>Issuing numbers the report and freezes its figures; it can no longer be edited.</source>
        <translation>Issuing numbers the report and freezes its figures; it can no longer be edited.</translation>
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
    <name>ReportListModel</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
</context>
<context>
    <name>ReportSectionsModel</name>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Written by the clerk: refreshing the figures keeps it.</source>
        <translation>Written by the clerk: refreshing the figures keeps it.</translation>
    </message>
    <message>
        <source>Written from the tracker&apos;s figures; edit it freely.</source>
        <translation>Written from the tracker&apos;s figures; edit it freely.</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire {name}</source>
        <translation>Retire {name}</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Replaced by:</source>
        <translation>&amp;Replaced by:</translation>
    </message>
    <message>
        <source>Nothing is deleted: plans already written keep this name; it is no longer offered for new work.</source>
        <translation>Nothing is deleted: plans already written keep this name; it is no longer offered for new work.</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Saved “{name}” in {folder}.</source>
        <translation>Saved “{name}” in {folder}.</translation>
    </message>
</context>
<context>
    <name>SectionModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>Bullet</translation>
    </message>
</context>
<context>
    <name>SectionsEditor</name>
    <message>
        <source>&amp;Add paragraph</source>
        <translation>&amp;Add paragraph</translation>
    </message>
    <message>
        <source>&amp;Delete paragraph</source>
        <translation>&amp;Delete paragraph</translation>
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
        <source>Edit paragraph</source>
        <translation>Edit paragraph</translation>
    </message>
    <message>
        <source>Add paragraph</source>
        <translation>Add paragraph</translation>
    </message>
    <message>
        <source>Delete paragraph</source>
        <translation>Delete paragraph</translation>
    </message>
    <message>
        <source>Move paragraph</source>
        <translation>Move paragraph</translation>
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
    <name>SendReportDialog</name>
    <message>
        <source>Send the report</source>
        <translation>Send the report</translation>
    </message>
    <message>
        <source>address@example.gov.vn; another@example.gov.vn</source>
        <translation>address@example.gov.vn; another@example.gov.vn</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>Attach:</source>
        <translation>Attach:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Open in my &amp;mail program</source>
        <translation>Open in my &amp;mail program</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{path} is the database already open.</source>
        <translation>{path} is the database already open.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <source>{path} is open in another TTHC Desktop window: that window was brought to the front.</source>
        <translation>{path} is open in another TTHC Desktop window: that window was brought to the front.</translation>
    </message>
    <message>
        <source>&amp;Keep the database open now</source>
        <translation>&amp;Keep the database open now</translation>
    </message>
    <message>
        <source>The database was restored from the backup {name}. The file that was in use before is kept at {path}.</source>
        <translation>The database was restored from the backup {name}. The file that was in use before is kept at {path}.</translation>
    </message>
    <message>
        <source>Read-only: viewing, printing and exporting work; changes are not possible</source>
        <translation>Read-only: viewing, printing and exporting work; changes are not possible</translation>
    </message>
    <message>
        <source>This database can only be read ({reason}). To make changes, copy the file to a folder you may write to and open the copy.</source>
        <translation>This database can only be read ({reason}). To make changes, copy the file to a folder you may write to and open the copy.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Not saved yet: press Apply or OK.</source>
        <translation>Not saved yet: press Apply or OK.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Units</translation>
    </message>
    <message>
        <source>&amp;Officials</source>
        <translation>&amp;Officials</translation>
    </message>
    <message>
        <source>&amp;Reporting</source>
        <translation>&amp;Reporting</translation>
    </message>
    <message>
        <source>Regi&amp;ster</source>
        <translation>Regi&amp;ster</translation>
    </message>
    <message>
        <source>&amp;Document format</source>
        <translation>&amp;Document format</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Mail</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>La&amp;nguage</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Commune (xã)</source>
        <translation>Commune (xã)</translation>
    </message>
    <message>
        <source>Ward (phường)</source>
        <translation>Ward (phường)</translation>
    </message>
    <message>
        <source>Township (thị trấn)</source>
        <translation>Township (thị trấn)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Each document type has its own numbers</source>
        <translation>Each document type has its own numbers</translation>
    </message>
    <message>
        <source>All document types share one series</source>
        <translation>All document types share one series</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>Pro&amp;vince:</translation>
    </message>
    <message>
        <source>Parent &amp;body line:</source>
        <translation>Parent &amp;body line:</translation>
    </message>
    <message>
        <source>&amp;Issuer abbreviation (48/QĐ-UBND):</source>
        <translation>&amp;Issuer abbreviation (48/QĐ-UBND):</translation>
    </message>
    <message>
        <source>Place name in the da&amp;te line:</source>
        <translation>Place name in the da&amp;te line:</translation>
    </message>
    <message>
        <source>Upp&amp;er level (targets, reports):</source>
        <translation>Upp&amp;er level (targets, reports):</translation>
    </message>
    <message>
        <source>Numberin&amp;g:</source>
        <translation>Numberin&amp;g:</translation>
    </message>
    <message>
        <source>Numbers restart every 1 January. Changing the numbering does not renumber documents already issued.</source>
        <translation>Numbers restart every 1 January. Changing the numbering does not renumber documents already issued.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Renam&amp;e…</source>
        <translation>Renam&amp;e…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>Re&amp;tire…</translation>
    </message>
    <message>
        <source>Retired units are shown greyed with their dates: old plans keep their names.</source>
        <translation>Retired units are shown greyed with their dates: old plans keep their names.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Only officials who may sign and are not retired are offered as signers (the chair and vice-chairs).</source>
        <translation>Only officials who may sign and are not retired are offered as signers (the chair and vice-chairs).</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Data &amp;cut-off day of the month:</source>
        <translation>Data &amp;cut-off day of the month:</translation>
    </message>
    <message>
        <source>Report due da&amp;y of the month:</source>
        <translation>Report due da&amp;y of the month:</translation>
    </message>
    <message>
        <source>Figures are counted up to the cut-off day (1 to 28, so that every month has it); the report is due by the due day.</source>
        <translation>Figures are counted up to the cut-off day (1 to 28, so that every month has it); the report is due by the due day.</translation>
    </message>
    <message>
        <source>Documents follow Nghị định 30/2020/NĐ-CP (Phụ lục I). Each value can be set only within the range the decree allows; the default is the one it recommends.</source>
        <translation>Documents follow Nghị định 30/2020/NĐ-CP (Phụ lục I). Each value can be set only within the range the decree allows; the default is the one it recommends.</translation>
    </message>
    <message>
        <source>&amp;Top margin</source>
        <translation>&amp;Top margin</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>&amp;Bottom margin</source>
        <translation>&amp;Bottom margin</translation>
    </message>
    <message>
        <source>&amp;Left margin</source>
        <translation>&amp;Left margin</translation>
    </message>
    <message>
        <source>&amp;Right margin</source>
        <translation>&amp;Right margin</translation>
    </message>
    <message>
        <source>Body te&amp;xt</source>
        <translation>Body te&amp;xt</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Issuing body</source>
        <translation>&amp;Issuing body</translation>
    </message>
    <message>
        <source>Document t&amp;ype</source>
        <translation>Document t&amp;ype</translation>
    </message>
    <message>
        <source>T&amp;ables</source>
        <translation>T&amp;ables</translation>
    </message>
    <message>
        <source>Line &amp;spacing</source>
        <translation>Line &amp;spacing</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> lines</translation>
    </message>
    <message>
        <source>First-line &amp;indent</source>
        <translation>First-line &amp;indent</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>Space after a &amp;paragraph</source>
        <translation>Space after a &amp;paragraph</translation>
    </message>
    <message>
        <source>Allowed {low} to {high}; recommended {default}.</source>
        <translation>Allowed {low} to {high}; recommended {default}.</translation>
    </message>
    <message>
        <source>Recommen&amp;ded values</source>
        <translation>Recommen&amp;ded values</translation>
    </message>
    <message>
        <source>Mail &amp;server and sender…</source>
        <translation>Mail &amp;server and sender…</translation>
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
        <source>Server {host}:{port}, sender {sender}.</source>
        <translation>Server {host}:{port}, sender {sender}.</translation>
    </message>
    <message>
        <source>No mail server yet: reports can still be exported and attached by hand.</source>
        <translation>No mail server yet: reports can still be exported and attached by hand.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tasks, lists, indicators</source>
        <translation>Tasks, lists, indicators</translation>
    </message>
    <message>
        <source>Add a row after the current one</source>
        <translation>Add a row after the current one</translation>
    </message>
    <message>
        <source>Delete the current row</source>
        <translation>Delete the current row</translation>
    </message>
    <message>
        <source>Move the row up / down</source>
        <translation>Move the row up / down</translation>
    </message>
    <message>
        <source>Tasks, sections</source>
        <translation>Tasks, sections</translation>
    </message>
    <message>
        <source>Indent / outdent</source>
        <translation>Indent / outdent</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Cells</translation>
    </message>
    <message>
        <source>Edit the cell; Enter starts a new line in long cells, Tab keeps it</source>
        <translation>Edit the cell; Enter starts a new line in long cells, Tab keeps it</translation>
    </message>
    <message>
        <source>Keep the text and close the cell</source>
        <translation>Keep the text and close the cell</translation>
    </message>
    <message>
        <source>Drop what was typed in the cell</source>
        <translation>Drop what was typed in the cell</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Vietnamese typing (Unikey, Telex or VNI) works everywhere text is typed.</source>
        <translation>Vietnamese typing (Unikey, Telex or VNI) works everywhere text is typed.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SlipHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>mailed to {address}</source>
        <translation>mailed to {address}</translation>
    </message>
    <message>
        <source>saved as {format}</source>
        <translation>saved as {format}</translation>
    </message>
    <message>
        <source>waiting in the outbox</source>
        <translation>waiting in the outbox</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>not sent: see the outbox</source>
        <translation>not sent: see the outbox</translation>
    </message>
    <message>
        <source>removed from the outbox</source>
        <translation>removed from the outbox</translation>
    </message>
</context>
<context>
    <name>SlipsDialog</name>
    <message>
        <source>Reminder slips — {year}</source>
        <translation>Reminder slips — {year}</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Units:</translation>
    </message>
    <message>
        <source>Include tasks due &amp;within:</source>
        <translation>Include tasks due &amp;within:</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Si&amp;gned by:</translation>
    </message>
    <message>
        <source>File &amp;type:</source>
        <translation>File &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Slips</source>
        <translation>&amp;Slips</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Sa&amp;ve…</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail</source>
        <translation>Send by &amp;e-mail</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>no e-mail address</translation>
    </message>
    <message>
        <source>{unit}: {late} late, {due} due, {silent} without progress — {address}</source>
        <translation>{unit}: {late} late, {due} due, {silent} without progress — {address}</translation>
    </message>
    <message numerus="yes">
        <source>No unit owes anything late or due within %n day(s) today.</source>
        <translation>
            <numerusform>No unit owes anything late or due within %n day today.</numerusform>
            <numerusform>No unit owes anything late or due within %n days today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), one slip per unit.</source>
        <translation>
            <numerusform>%n page, one slip per unit.</numerusform>
            <numerusform>%n pages, one slip per unit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n slip(s) to {path}.</source>
        <translation>
            <numerusform>Saved %n slip to {path}.</numerusform>
            <numerusform>Saved %n slips to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) queued in the outbox.</source>
        <translation>
            <numerusform>%n slip queued in the outbox.</numerusform>
            <numerusform>%n slips queued in the outbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one unit.</source>
        <translation>Tick at least one unit.</translation>
    </message>
    <message>
        <source>Preparing the slips…</source>
        <translation>Preparing the slips…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Save the slips</source>
        <translation>Save the slips</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <source>Fill in the mail server first (Reports &gt; Mail settings), then send again. Meanwhile the slips can be saved and printed.</source>
        <translation>Fill in the mail server first (Reports &gt; Mail settings), then send again. Meanwhile the slips can be saved and printed.</translation>
    </message>
    <message>
        <source>Sending the slips…</source>
        <translation>Sending the slips…</translation>
    </message>
    <message>
        <source>Not all have left yet; the outbox tries again (Reports &gt; Outbox).</source>
        <translation>Not all have left yet; the outbox tries again (Reports &gt; Outbox).</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Sent.</translation>
    </message>
    <message>
        <source>Not mailed, no address in Settings &gt; Units: {units}.</source>
        <translation>Not mailed, no address in Settings &gt; Units: {units}.</translation>
    </message>
</context>
<context>
    <name>SourceModel</name>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>As written</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>the window&apos;s settings, which remember a plan open in it</source>
        <translation>the window&apos;s settings, which remember a plan open in it</translation>
    </message>
</context>
<context>
    <name>TableKindsModel</name>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Indicators with targets</source>
        <translation>Indicators with targets</translation>
    </message>
    <message>
        <source>Inspections or events</source>
        <translation>Inspections or events</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Its heading does not settle what this table is: check it, and choose its kind if it is wrong.</source>
        <translation>Its heading does not settle what this table is: check it, and choose its kind if it is wrong.</translation>
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
        <source>&amp;Match unit names…</source>
        <translation>&amp;Match unit names…</translation>
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
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>By unit</translation>
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
        <source>(not matched to a unit)</source>
        <translation>(not matched to a unit)</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n task(s) · {overdue} overdue · {done} done</source>
        <translation>
            <numerusform>{shown} of %n task · {overdue} overdue · {done} done</numerusform>
            <numerusform>{shown} of %n tasks · {overdue} overdue · {done} done</numerusform>
        </translation>
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
    <name>TextListEditor</name>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>&amp;Delete line</source>
        <translation>&amp;Delete line</translation>
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
        <source>&amp;Write the articles from the plan</source>
        <translation>&amp;Write the articles from the plan</translation>
    </message>
    <message>
        <source>legal bases</source>
        <translation>legal bases</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>recipients</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Edit {what}</translation>
    </message>
    <message>
        <source>Add to {what}</source>
        <translation>Add to {what}</translation>
    </message>
    <message>
        <source>Delete from {what}</source>
        <translation>Delete from {what}</translation>
    </message>
    <message>
        <source>Reorder {what}</source>
        <translation>Reorder {what}</translation>
    </message>
    <message>
        <source>Write the {what} from the plan</source>
        <translation>Write the {what} from the plan</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Schedule: {text}</source>
        <translation>Schedule: {text}</translation>
    </message>
    <message>
        <source>Next check-point: {date}</source>
        <translation>Next check-point: {date}</translation>
    </message>
    <message>
        <source>Lead: {units}</source>
        <translation>Lead: {units}</translation>
    </message>
    <message>
        <source>Click to record progress.</source>
        <translation>Click to record progress.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>&amp;Quarter</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Ctrl+wheel on the bars zooms in and out</source>
        <translation>Ctrl+wheel on the bars zooms in and out</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>T&amp;oday</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Check-point (thin: a reporting month)</source>
        <translation>Check-point (thin: a reporting month)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Quarter {number} / {year}</source>
        <translation>Quarter {number} / {year}</translation>
    </message>
    <message>
        <source>Tasks of {year}</source>
        <translation>Tasks of {year}</translation>
    </message>
    <message>
        <source>Month {number}</source>
        <translation>Month {number}</translation>
    </message>
    <message>
        <source>no dates: {schedule}</source>
        <translation>no dates: {schedule}</translation>
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
    <message numerus="yes">
        <source>no progress in %n month(s)</source>
        <translation>
            <numerusform>no progress in %n month</numerusform>
            <numerusform>no progress in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
</context>
<context>
    <name>TrackerPrinting</name>
    <message>
        <source>&amp;Print the task list as shown (PDF)…</source>
        <translation>&amp;Print the task list as shown (PDF)…</translation>
    </message>
    <message>
        <source>Print the &amp;timeline (PDF)…</source>
        <translation>Print the &amp;timeline (PDF)…</translation>
    </message>
    <message>
        <source>all plans of the year</source>
        <translation>all plans of the year</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>status: {status}</translation>
    </message>
    <message>
        <source>lead unit: {unit}</source>
        <translation>lead unit: {unit}</translation>
    </message>
    <message>
        <source>search: “{words}”</source>
        <translation>search: “{words}”</translation>
    </message>
    <message numerus="yes">
        <source>overdue or due within %n day(s)</source>
        <translation>
            <numerusform>overdue or due within %n day</numerusform>
            <numerusform>overdue or due within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n task(s)</source>
        <translation>
            <numerusform>{shown} of %n task</numerusform>
            <numerusform>{shown} of %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters: none ({shown})</source>
        <translation>Filters: none ({shown})</translation>
    </message>
    <message>
        <source>Filters: {filters} ({shown})</source>
        <translation>Filters: {filters} ({shown})</translation>
    </message>
    <message>
        <source>Order: as in the plan</source>
        <translation>Order: as in the plan</translation>
    </message>
    <message>
        <source>Sorted by “{column}”, ascending</source>
        <translation>Sorted by “{column}”, ascending</translation>
    </message>
    <message>
        <source>Sorted by “{column}”, descending</source>
        <translation>Sorted by “{column}”, descending</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Printed on {date}</translation>
    </message>
    <message>
        <source>Task tracking — {plan}</source>
        <translation>Task tracking — {plan}</translation>
    </message>
    <message>
        <source>Page {page}/{pages}</source>
        <translation>Page {page}/{pages}</translation>
    </message>
    <message>
        <source>The year {year} at a glance — {plan}</source>
        <translation>The year {year} at a glance — {plan}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Month {number}</source>
        <translation>Month {number}</translation>
    </message>
    <message>
        <source>Quarter {number} / {year}</source>
        <translation>Quarter {number} / {year}</translation>
    </message>
    <message>
        <source>no dates: {schedule}</source>
        <translation>no dates: {schedule}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>check-point (thin: a reporting month)</source>
        <translation>check-point (thin: a reporting month)</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
</context>
<context>
    <name>UnitDuesModel</name>
    <message>
        <source>Unit, list, task</source>
        <translation>Unit, list, task</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>No e-mail address: add one in Settings &gt; Units.</source>
        <translation>No e-mail address: add one in Settings &gt; Units.</translation>
    </message>
    <message>
        <source>(not matched to a unit)</source>
        <translation>(not matched to a unit)</translation>
    </message>
    <message numerus="yes">
        <source>leads %n task(s) · {late} late · {due} due · {done} done this period</source>
        <translation>
            <numerusform>leads %n task · {late} late · {due} due · {done} done this period</numerusform>
            <numerusform>leads %n tasks · {late} late · {due} due · {done} done this period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no progress in %n month(s)</source>
        <translation>
            <numerusform>no progress in %n month</numerusform>
            <numerusform>no progress in %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Done this period</source>
        <translation>Done this period</translation>
    </message>
    <message>
        <source>Ongoing, no progress reported</source>
        <translation>Ongoing, no progress reported</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>done late on {date}</source>
        <translation>done late on {date}</translation>
    </message>
    <message>
        <source>done on {date}</source>
        <translation>done on {date}</translation>
    </message>
</context>
<context>
    <name>UnitEditDialog</name>
    <message>
        <source>Add a unit</source>
        <translation>Add a unit</translation>
    </message>
    <message>
        <source>Rename the unit</source>
        <translation>Rename the unit</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation>&amp;Abbreviation:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Plans already written keep the name they printed. For a reorganisation, retire the old unit and add the new one instead.</source>
        <translation>Plans already written keep the name they printed. For a reorganisation, retire the old unit and add the new one instead.</translation>
    </message>
</context>
<context>
    <name>UnitMatchDialog</name>
    <message>
        <source>Match unit names</source>
        <translation>Match unit names</translation>
    </message>
    <message>
        <source>These unit names in the plans match none of the commune&apos;s units (Settings &gt; Units) by their words, dashes, case or known abbreviations. Choose the unit each one means, or “none”: the choice is remembered for every plan.</source>
        <translation>These unit names in the plans match none of the commune&apos;s units (Settings &gt; Units) by their words, dashes, case or known abbreviations. Choose the unit each one means, or “none”: the choice is remembered for every plan.</translation>
    </message>
    <message>
        <source>Every unit name in the plans matches one of the commune&apos;s units.</source>
        <translation>Every unit name in the plans matches one of the commune&apos;s units.</translation>
    </message>
    <message>
        <source>&amp;Save the matches</source>
        <translation>&amp;Save the matches</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnitModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Active from</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Retired on</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <source>E-mail (reminder slips)</source>
        <translation>E-mail (reminder slips)</translation>
    </message>
</context>
<context>
    <name>UnitTallyModel</name>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>(not matched to a unit)</source>
        <translation>(not matched to a unit)</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Due &amp;within</source>
        <translation>Due &amp;within</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Done in this &amp;period:</source>
        <translation>Done in this &amp;period:</translation>
    </message>
    <message>
        <source>Reminder &amp;slips…</source>
        <translation>Reminder &amp;slips…</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>(not matched to a unit)</source>
        <translation>(not matched to a unit)</translation>
    </message>
    <message numerus="yes">
        <source>On {date}: {late} late and {due} due within %n day(s); this period runs from {start} to {end}.</source>
        <translation>
            <numerusform>On {date}: {late} late and {due} due within %n day; this period runs from {start} to {end}.</numerusform>
            <numerusform>On {date}: {late} late and {due} due within %n days; this period runs from {start} to {end}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan&apos;s year is over: as it stood on 31/12/{year}.</source>
        <translation>The plan&apos;s year is over: as it stood on 31/12/{year}.</translation>
    </message>
</context>
<context>
    <name>UnmatchedUnitModel</name>
    <message>
        <source>As written in the plans</source>
        <translation>As written in the plans</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Unit of the commune</source>
        <translation>Unit of the commune</translation>
    </message>
    <message>
        <source>(none of the commune&apos;s units)</source>
        <translation>(none of the commune&apos;s units)</translation>
    </message>
    <message>
        <source>(choose…)</source>
        <translation>(choose…)</translation>
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
    <message numerus="yes">
        <source>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;Year {year} · {number} · {state}&lt;br&gt;%n task(s), {indicators}</source>
        <translation>
            <numerusform>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;Year {year} · {number} · {state}&lt;br&gt;%n task, {indicators}</numerusform>
            <numerusform>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;Year {year} · {number} · {state}&lt;br&gt;%n tasks, {indicators}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
</context>
</TS>
