<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>App</name>
    <message>
        <source>Datafilen</source>
        <extracomment>The Linux desktop entry&apos;s id (packaging/linux/), also the macOS bundle id. Called with the error when SQLite finds the open file damaged (offer a backup).</extracomment>
        <translation>The data file</translation>
    </message>
    <message>
        <source>Noe gikk galt</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Det oppstod en uventet feil (%1). Det du har lagret, er trygt i datafilen. Feilen er skrevet til loggen i mappen «logs» ved siden av datafilen.</source>
        <translation>An unexpected error occurred (%1). What you have saved is safe in the data file. The error has been written to the log in the “logs” folder next to the data file.</translation>
    </message>
    <message>
        <source>Kunne ikke opprette datafilen</source>
        <translation>Could not create the data file</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Endre arbeidskrav</source>
        <translation>Edit written assignment</translation>
    </message>
    <message>
        <source>Nytt arbeidskrav</source>
        <translation>New written assignment</translation>
    </message>
    <message>
        <source>f.eks. Refleksjonsnotat 1</source>
        <translation>e.g. Reflection note 1</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tittel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Frist:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <source>Levert</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <source>Levering:</source>
        <translation>Handed in:</translation>
    </message>
    <message>
        <source>Godkjent</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Godkjenning:</source>
        <translation>Approval:</translation>
    </message>
    <message>
        <source>Valgfritt. Ingen opplysninger om klienter.</source>
        <translation>Optional. No information about clients.</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Merknad:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Levert</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <source>Godkjent</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fristen har gått ut, og arbeidskravet er ikke levert.</source>
        <translation>The due date has passed and the written assignment has not been handed in.</translation>
    </message>
    <message>
        <source>Ikke levert</source>
        <translation>Not handed in</translation>
    </message>
    <message>
        <source>Forsinket</source>
        <translation>Late</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <source>Arbeidskrav</source>
        <translation>Written assignments</translation>
    </message>
    <message>
        <source>Nytt arbeidskrav…</source>
        <translation>New written assignment…</translation>
    </message>
    <message>
        <source>Endre…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Marker som levert i dag</source>
        <translation>Mark as handed in today</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Søk i tittel</source>
        <translation>Search titles</translation>
    </message>
    <message>
        <source>Endre</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Ingen arbeidskrav ennå. Legg dem inn med «Nytt arbeidskrav…».</source>
        <translation>No written assignments yet. Add them with “New written assignment…”.</translation>
    </message>
    <message>
        <source>{handed} av {total} levert, {approved} godkjent, {late} forsinket.</source>
        <translation>{handed} of {total} handed in, {approved} approved, {late} late.</translation>
    </message>
    <message>
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Slette arbeidskravet «{title}»? Dette kan ikke angres.</source>
        <translation>Delete the written assignment “{title}”? This cannot be undone.</translation>
    </message>
    <message>
        <source>Slett arbeidskrav</source>
        <translation>Delete written assignment</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Vår</source>
        <translation>Spring</translation>
    </message>
    <message>
        <source>Høst</source>
        <translation>Autumn</translation>
    </message>
    <message>
        <source>Kommer</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Ikke registrert</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>I dag – ikke registrert ennå</source>
        <translation>Today – not recorded yet</translation>
    </message>
    <message>
        <source>Mangler 1 dag</source>
        <translation>1 day missing</translation>
    </message>
    <message>
        <source>Mangler {count} dager</source>
        <translation>{count} days missing</translation>
    </message>
    <message>
        <source>{count} av {total} dag</source>
        <translation>{count} of {total} day</translation>
    </message>
    <message>
        <source>{count} av {total} dager</source>
        <translation>{count} of {total} days</translation>
    </message>
    <message>
        <source>Legetime</source>
        <translation>Doctor’s appointment</translation>
    </message>
    <message>
        <source>Sykdom</source>
        <translation>Illness</translation>
    </message>
    <message>
        <source>Sykt barn</source>
        <translation>Sick child</translation>
    </message>
    <message>
        <source>Arbeid</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Permisjon</source>
        <translation>Leave</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Delvis til stede</source>
        <translation>Partly present</translation>
    </message>
    <message>
        <source>Borte</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Delvis til stede: {heading}</source>
        <translation>Partly present: {heading}</translation>
    </message>
    <message>
        <source>Borte: {heading}</source>
        <translation>Absent: {heading}</translation>
    </message>
    <message>
        <source>f.eks. 4 t, 4 t 30 min eller 270</source>
        <translation>e.g. 4 h, 4 h 30 min or 270</translation>
    </message>
    <message>
        <source>Planlagt undervisning: {planned}. Et tall uten enhet er minutter.</source>
        <translation>Planned teaching: {planned}. A number without a unit is minutes.</translation>
    </message>
    <message>
        <source>Til stede i:</source>
        <translation>Present for:</translation>
    </message>
    <message>
        <source>Valgfri, f.eks. Sykdom</source>
        <translation>Optional, e.g. Illness</translation>
    </message>
    <message>
        <source>Skriv aldri noe som kan identifisere en klient.</source>
        <translation>Never write anything that could identify a client.</translation>
    </message>
    <message>
        <source>Begrunnelse:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Oppgi mellom 1 min og {most} (mindre enn hele dagen).</source>
        <translation>Enter between 1 min and {most} (less than the whole day).</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>AttendanceSummary</name>
    <message>
        <source>Gå til første</source>
        <translation>Go to first</translation>
    </message>
    <message>
        <source>Vis den første dagen som ikke er registrert</source>
        <translation>Show the first day not yet recorded</translation>
    </message>
    <message>
        <source>Alle tidligere samlingsdager er registrert.</source>
        <translation>Every past gathering day is recorded.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Automatisk (daglig)</source>
        <translation>Automatic (daily)</translation>
    </message>
    <message>
        <source>Laget av deg</source>
        <translation>Made by you</translation>
    </message>
    <message>
        <source>Før import</source>
        <translation>Before import</translation>
    </message>
    <message>
        <source>Før gjenoppretting</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>Før oppgradering</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>Sikkerhetskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>miljologg tar en sikkerhetskopi hver dag du åpner programmet og før hver import. De siste 14 dagene og én per måned det siste året beholdes. Kopiene ligger i mappen «%1».</source>
        <translation>miljologg makes a backup every day you open the program and before every import. The last 14 days and one per month for the past year are kept. The copies are in the folder “%1”.</translation>
    </message>
    <message>
        <source>Ingen sikkerhetskopier ennå.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Lag sikkerhetskopi nå</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>Gjenopprett…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Sikkerhetskopien ble ikke laget</source>
        <translation>The backup was not made</translation>
    </message>
    <message>
        <source>Vil du gjenopprette sikkerhetskopien fra %1? Alt du har ført etter dette tidspunktet forsvinner fra loggen, men dagens innhold tas vare på i en ny sikkerhetskopi først, så du kan angre.</source>
        <translation>Restore the backup from %1? Everything you have entered after that time disappears from the log, but today’s content is kept in a new backup first, so you can undo.</translation>
    </message>
    <message>
        <source>Gjenopprette sikkerhetskopi?</source>
        <translation>Restore backup?</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Gjenopprettingen ble ikke gjort</source>
        <translation>The restore was not done</translation>
    </message>
    <message>
        <source>Gjenopprettet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Loggen er gjenopprettet fra %1. Innholdet fra før ligger i sikkerhetskopien «Før gjenoppretting».</source>
        <translation>The log has been restored from %1. The previous content is in the backup “Before restore”.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne datafilen</source>
        <translation>Could not open the data file</translation>
    </message>
    <message>
        <source>Fant ingen sikkerhetskopi av filen å gjenopprette fra.</source>
        <translation>Found no backup of the file to restore from.</translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi %1? Den skadede filen flyttes til side som «%2.damaged-…» i samme mappe og slettes ikke.</source>
        <translation>Restore from backup %1? The damaged file is moved aside as “%2.damaged-…” in the same folder and is not deleted.</translation>
    </message>
    <message>
        <source>Datafilen er gjenopprettet fra %1. Den skadede filen ligger i %2.</source>
        <translation>The data file has been restored from %1. The damaged file is in %2.</translation>
    </message>
    <message>
        <source>Filen er i bruk</source>
        <translation>The file is in use</translation>
    </message>
    <message>
        <source>Filen er allerede åpen i et annet miljologg-vindu. Bytt til det vinduet, eller lukk det og prøv igjen.</source>
        <translation>The file is already open in another miljologg window. Switch to that window, or close it and try again.</translation>
    </message>
    <message>
        <source>Filen har flere navn</source>
        <translation>The file has several names</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Bruk</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Forkast</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>CumulativeChart</name>
    <message>
        <source>jan</source>
        <extracomment>What each part of the pictures is drawn with: a tone of ``ui.widgets.theme``, so the colours follow a light or dark palette (asked for at every paint).</extracomment>
        <translation>Jan</translation>
    </message>
    <message>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>des</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>Diagram over timer med veiledning som teller</source>
        <translation>Chart of supervision hours that count</translation>
    </message>
    <message>
        <source>Timer som teller: %1</source>
        <translation>Hours that count: %1</translation>
    </message>
    <message>
        <source>Ingen data å vise ennå.</source>
        <translation>No data to show yet.</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Timer som teller</source>
        <translation>Hours that count</translation>
    </message>
    <message>
        <source>Plan: jevn fordeling</source>
        <translation>Plan: even pace</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Veiledning</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Oppmøte på samlingene</source>
        <translation>Attendance at the gatherings</translation>
    </message>
    <message>
        <source>Neste samling</source>
        <translation>Next gathering</translation>
    </message>
    <message>
        <source>Timer som teller, mot planen</source>
        <translation>Hours that count, against the plan</translation>
    </message>
    <message>
        <source>Deltakelse i veiledning</source>
        <translation>Participation in supervision</translation>
    </message>
    <message>
        <source>Arbeidskrav</source>
        <translation>Written assignments</translation>
    </message>
    <message>
        <source>Dette bør du se på</source>
        <translation>Worth a look</translation>
    </message>
    <message>
        <source>Venter på signatur</source>
        <translation>Awaiting signature</translation>
    </message>
    <message>
        <source>%1 · i dag %2 %3</source>
        <translation>%1 · today %2 %3</translation>
    </message>
    <message>
        <source>Om %1 dag.</source>
        <translation>In %1 day.</translation>
    </message>
    <message>
        <source>%1 gjennomført møte har ventet mer enn 14 dager på veilederens signatur.</source>
        <translation>%1 held session has waited more than 14 days for the supervisor&apos;s signature.</translation>
    </message>
    <message>
        <source>%1 gjennomførte møter har ventet mer enn 14 dager på veilederens signatur.</source>
        <translation>%1 held sessions have waited more than 14 days for the supervisor&apos;s signature.</translation>
    </message>
    <message>
        <source>Ingen flere samlinger i programmet.</source>
        <translation>No more gatherings in the programme.</translation>
    </message>
    <message>
        <source> og </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Samlingen starter i dag.</source>
        <translation>The gathering starts today.</translation>
    </message>
    <message>
        <source>Samlingen starter i morgen.</source>
        <translation>The gathering starts tomorrow.</translation>
    </message>
    <message>
        <source>Om %1 dager.</source>
        <translation>In %1 days.</translation>
    </message>
    <message>
        <source>%1 av %2 levert, %3 godkjent.</source>
        <translation>%1 of %2 handed in, %3 approved.</translation>
    </message>
    <message>
        <source>%1 har passert fristen uten å være levert.</source>
        <translation>%1 past the due date without being handed in.</translation>
    </message>
    <message>
        <source>Ingen arbeidskrav registrert.</source>
        <translation>No written assignments recorded.</translation>
    </message>
    <message>
        <source>Ingenting å ta tak i nå. Alt ser ut til å være i rute.</source>
        <translation>Nothing to deal with now. Everything looks on track.</translation>
    </message>
    <message>
        <source>Velg en veileder for å se det eldste møtet.</source>
        <translation>Choose a supervisor to see the oldest session.</translation>
    </message>
    <message>
        <source>%1: %3 møter, det eldste %2</source>
        <translation>%1: %3 sessions, the oldest %2</translation>
    </message>
    <message>
        <source>%1: %3 møte (%2)</source>
        <translation>%1: %3 session (%2)</translation>
    </message>
    <message>
        <source>Ukjent veileder</source>
        <translation>Unknown supervisor</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Velg dato i kalenderen (Alt+Pil ned)</source>
        <translation>Pick a date in the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Velg dato i kalenderen</source>
        <translation>Pick a date in the calendar</translation>
    </message>
    <message>
        <source>Skriv en dato, for eksempel %1.</source>
        <translation>Type a date, for example %1.</translation>
    </message>
    <message>
        <source>Datoen er ikke skrevet ferdig. Skriv hele datoen, for eksempel %1.</source>
        <translation>The date is not finished. Type the whole date, for example %1.</translation>
    </message>
    <message>
        <source>Datoen må være fra %1 til %2.</source>
        <translation>The date must be from %1 to %2.</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Kunne ikke skrive filen: {error}</source>
        <translation>Could not write the file: {error}</translation>
    </message>
    <message>
        <source>Uventet feil: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
    <message>
        <source>Dokumentasjon</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Lag en PDF som en godkjenningskomité kan lese og kontrollere: sammendrag, veiledningslogg, én attest per veileder, oppmøte, arbeidskrav og dine erklæringer (loggen er riktig og fullstendig, og taushetsplikt). PDF-en har med seg grunnlaget, så hver side kan kontrolleres.</source>
        <translation>Make a PDF that an approval committee can read and check: summary, supervision log, one attestation per supervisor, attendance, written assignments and your declarations (the log is correct and complete, and confidentiality). The PDF carries its input, so every page can be checked.</translation>
    </message>
    <message>
        <source>Bare studieprogrammet</source>
        <translation>The programme only</translation>
    </message>
    <message>
        <source>(ikke verifisert)</source>
        <translation>(not verified)</translation>
    </message>
    <message>
        <source>Godkjenningsordning</source>
        <translation>Approval scheme</translation>
    </message>
    <message>
        <source>Språk i dokumentasjonen</source>
        <translation>Language of the dossier</translation>
    </message>
    <message>
        <source>Bare perioden</source>
        <translation>Only the period</translation>
    </message>
    <message>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Dette kommer med</source>
        <translation>What is included</translation>
    </message>
    <message>
        <source>Lagre PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Åpne PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Skriv periodens første og siste dato, for eksempel %1.</source>
        <translation>Type the first and last date of the period, for example %1.</translation>
    </message>
    <message>
        <source>Sammendrag av kravene ({n} krav)</source>
        <translation>Summary of the requirements ({n} requirements)</translation>
    </message>
    <message>
        <source>Attester: {n} (én per veileder)</source>
        <translation>Attestations: {n} (one per supervisor)</translation>
    </message>
    <message>
        <source>Oppmøte: {n} samlingsdager</source>
        <translation>Attendance: {n} gathering days</translation>
    </message>
    <message>
        <source>Oppmøte: {n} samlingsdag</source>
        <translation>Attendance: {n} gathering day</translation>
    </message>
    <message>
        <source>{n} individuell</source>
        <extracomment>One part of the log&apos;s line per form: (singular, plural), «{n}» the count.</extracomment>
        <translation>{n} individual</translation>
    </message>
    <message>
        <source>{n} individuelle</source>
        <translation>{n} individual</translation>
    </message>
    <message>
        <source>{n} i ekstern gruppe</source>
        <translation>{n} in an external group</translation>
    </message>
    <message>
        <source>{n} på samling</source>
        <translation>{n} at a gathering</translation>
    </message>
    <message>
        <source>{n} på veiledningen du har gitt</source>
        <translation>{n} on the supervision you gave</translation>
    </message>
    <message>
        <source>{n} gitt av deg</source>
        <translation>{n} given by you</translation>
    </message>
    <message>
        <source>Veiledningslogg: {n} møte ({parts})</source>
        <translation>Supervision log: {n} session ({parts})</translation>
    </message>
    <message>
        <source>Veiledningslogg: {n} møter ({parts})</source>
        <translation>Supervision log: {n} sessions ({parts})</translation>
    </message>
    <message>
        <source>Arbeidskrav: {n}</source>
        <translation>Written assignments: {n}</translation>
    </message>
    <message>
        <source>Erklæringer: loggen er riktig og fullstendig, og taushetsplikt</source>
        <translation>Declarations: the log is correct and complete, and duty of confidentiality</translation>
    </message>
    <message>
        <source>Skannede signeringsark: {n} ({names})</source>
        <translation>Scanned signing sheets: {n} ({names})</translation>
    </message>
    <message>
        <source>Timer er klokketimer.</source>
        <translation>Hours are clock hours.</translation>
    </message>
    <message>
        <source>Ordningen regner 1 time = {minutes} minutter.</source>
        <translation>The scheme counts 1 hour = {minutes} minutes.</translation>
    </message>
    <message>
        <source>Periode {start}–{end}.</source>
        <translation>Period {start}–{end}.</translation>
    </message>
    <message>
        <source>Lager PDF …</source>
        <translation>Making the PDF …</translation>
    </message>
    <message>
        <source>Lagret {path} ({pages} sider, dokument-ID {id}).</source>
        <translation>Saved {path} ({pages} pages, document ID {id}).</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Lagre signerark</source>
        <translation>Save signing sheet</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Velg det skannede arket</source>
        <translation>Choose the scanned sheet</translation>
    </message>
    <message>
        <source>Skannet ark (*.pdf *.png *.jpg *.jpeg);;Alle filer (*)</source>
        <translation>Scanned sheet (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>Lagre signeringsforespørsel</source>
        <translation>Save signing request</translation>
    </message>
    <message>
        <source>Signeringsforespørsel (*.json)</source>
        <translation>Signing request (*.json)</translation>
    </message>
    <message>
        <source>Importer signert svar</source>
        <translation>Import signed response</translation>
    </message>
    <message>
        <source>Signert svar (*.json)</source>
        <translation>Signed response (*.json)</translation>
    </message>
    <message>
        <source>Lagre dokumentasjon</source>
        <translation>Save dossier</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Kontroller dokumentasjon</source>
        <translation>Check dossier</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf);;Alle filer (*)</source>
        <translation>PDF files (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Ny datafil</source>
        <translation>New data file</translation>
    </message>
    <message>
        <source>miljologg-datafil (*.sqlite *.db);;Alle filer (*)</source>
        <translation>miljologg data file (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Opprett</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Åpne datafil</source>
        <translation>Open data file</translation>
    </message>
    <message>
        <source>Eksporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Kalenderfiler (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>JSON-filer (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>miljologg-eksport (*.json);;Alle filer (*)</source>
        <translation>miljologg export (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Åpne signeringsforespørsel</source>
        <translation>Open signing request</translation>
    </message>
    <message>
        <source>Lagre signert svar</source>
        <translation>Save signed response</translation>
    </message>
    <message>
        <source>Eksporter offentlig nøkkel</source>
        <translation>Export public key</translation>
    </message>
    <message>
        <source>Offentlig nøkkel (*.pem)</source>
        <translation>Public key (*.pem)</translation>
    </message>
    <message>
        <source>Mappe:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Filnavn:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Filtype:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Åpne</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GatheringsPage</name>
    <message>
        <source>Samlinger og oppmøte</source>
        <translation>Gatherings and attendance</translation>
    </message>
    <message>
        <source>Dag og planlagt tid</source>
        <translation>Day and planned time</translation>
    </message>
    <message>
        <source>Registrert</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Gruppeveiledning</source>
        <translation>Group supervision</translation>
    </message>
    <message>
        <source>Registrer</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Til stede	T</source>
        <translation>Present	T</translation>
    </message>
    <message>
        <source>Delvis til stede…	D</source>
        <translation>Partly present…	D</translation>
    </message>
    <message>
        <source>Borte…	B</source>
        <translation>Absent…	B</translation>
    </message>
    <message>
        <source>Angre registrering	Delete</source>
        <translation>Undo record	Delete</translation>
    </message>
    <message>
        <source>Tastatur: T = til stede, D = delvis, B = borte, Delete = angre (for valgt dag eller samling).</source>
        <translation>Keyboard: T = present, D = partly present, B = absent, Delete = undo (for the chosen day or gathering).</translation>
    </message>
    <message>
        <source>Samling {number}: {dates}</source>
        <translation>Gathering {number}: {dates}</translation>
    </message>
    <message>
        <source>Planlagt undervisning: {duration}</source>
        <translation>Planned teaching: {duration}</translation>
    </message>
    <message>
        <source>Undervisning {start}–{end}</source>
        <translation>Teaching {start}–{end}</translation>
    </message>
    <message>
        <source>Delvis…</source>
        <translation>Partly…</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Registrer som til stede (T)</source>
        <translation>Record as present (T)</translation>
    </message>
    <message>
        <source>Til stede en del av dagen (D)</source>
        <translation>Present for part of the day (D)</translation>
    </message>
    <message>
        <source>Borte…</source>
        <translation>Absent…</translation>
    </message>
    <message>
        <source>Registrer fravær med begrunnelse (B)</source>
        <translation>Record an absence with a reason (B)</translation>
    </message>
    <message>
        <source>Angre</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Fjern registreringen (Delete)</source>
        <translation>Remove the record (Delete)</translation>
    </message>
    <message>
        <source>Profilen har ikke noe studieprogram.</source>
        <translation>The profile has no programme.</translation>
    </message>
    <message>
        <source>{minutes} min – {name}</source>
        <translation>{minutes} min – {name}</translation>
    </message>
    <message>
        <source> (ikke holdt)</source>
        <translation> (not held)</translation>
    </message>
    <message>
        <source>Gruppeveiledning på samlingen: {sessions}</source>
        <translation>Group supervision at the gathering: {sessions}</translation>
    </message>
    <message>
        <source>Oppmøte kan ikke registreres før dagen har vært.</source>
        <translation>Attendance cannot be recorded before the day has passed.</translation>
    </message>
</context>
<context>
    <name>GivenPage</name>
    <message>
        <source>Veiledning gitt</source>
        <translation>Supervision given</translation>
    </message>
    <message>
        <source>Møtene du har godkjent eller avvist fra studentenes forespørsler. FO ber om en slik oversikt når du søker om godkjenning som veileder.</source>
        <translation>The sessions you have approved or rejected from your students’ requests. FO asks for such an overview when you apply for approval as a supervisor.</translation>
    </message>
    <message>
        <source>%1 møte signert</source>
        <translation>%1 session signed</translation>
    </message>
    <message>
        <source>%1 møter signert</source>
        <translation>%1 sessions signed</translation>
    </message>
    <message>
        <source>, %2 avvist, </source>
        <translation>, %2 rejected, </translation>
    </message>
    <message>
        <source>%3 student.</source>
        <translation>%3 student.</translation>
    </message>
    <message>
        <source>%3 studenter.</source>
        <translation>%3 students.</translation>
    </message>
</context>
<context>
    <name>GivenTableModel</name>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Avgjørelse</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Avvist</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Brukerveiledning</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>En privat logg over veiledning, oppmøte og arbeidskrav. Alt lagres bare i datafilen på denne maskinen.</source>
        <translation>A private log of supervision, attendance and written assignments. Everything is stored only in the data file on this computer.</translation>
    </message>
    <message>
        <source>Datafil</source>
        <translation>Data file</translation>
    </message>
    <message>
        <source>Sikkerhetskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>ikke oppgitt</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Tallene er kontrollert mot kilden.</source>
        <translation>The figures have been checked against the source.</translation>
    </message>
    <message>
        <source>Tallene er ikke bekreftet – sjekk dem mot studieplanen din.</source>
        <translation>The figures are not confirmed – check them against your curriculum.</translation>
    </message>
    <message>
        <source>Studieprogram</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Teieplikt</source>
        <translation>Duty of confidentiality</translation>
    </message>
    <message>
        <source>Skriv aldri navn eller andre opplysninger som kan identifisere klienter (helsepersonelloven § 21).</source>
        <translation>Never write names or other details that could identify clients (Health Personnel Act, section 21).</translation>
    </message>
    <message>
        <source>Lisenser</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>miljologg bruker Qt %1 gjennom PySide6 %2 under GNU LGPL versjon 3. Bibliotekene appen har med seg, med lisensen hver av dem oppgir:</source>
        <translation>miljologg uses Qt %1 through PySide6 %2 under the GNU LGPL version 3. The libraries the app ships, with the licence each of them states:</translation>
    </message>
    <message>
        <source>Skrift i PDF-en</source>
        <translation>Font in the PDF</translation>
    </message>
    <message>
        <source>DejaVu Sans (Bitstream Vera-lisensen, endringene i offentlig eie). Lisensteksten:</source>
        <translation>DejaVu Sans (the Bitstream Vera licence, the changes in the public domain). The licence text:</translation>
    </message>
    <message>
        <source>Om miljologg</source>
        <translation>About miljologg</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Min nøkkel</source>
        <translation>My key</translation>
    </message>
    <message>
        <source>Eksporter offentlig nøkkel (PEM) …</source>
        <translation>Export public key (PEM) …</translation>
    </message>
    <message>
        <source>Lag nøkkel</source>
        <translation>Make key</translation>
    </message>
    <message>
        <source>Passordfrase (minst 8 tegn)</source>
        <translation>Passphrase (at least 8 characters)</translation>
    </message>
    <message>
        <source>Gjenta passordfrasen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Du har ingen nøkkel ennå. Den lages første gang du signerer en forespørsel, eller her. Passordfrasen beskytter nøkkelen og lagres aldri; glemmer du den, må du lage en ny nøkkel, og studentene må godta den på nytt.</source>
        <translation>You have no key yet. It is made the first time you sign a request, or here. The passphrase protects the key and is never stored; if you forget it, you must make a new key, and your students must accept it again.</translation>
    </message>
    <message>
        <source>Fingeravtrykket under identifiserer nøkkelen din. Studenten ser det samme når svaret ditt importeres – les det gjerne høyt for å sammenligne. Den offentlige nøkkelen kan deles fritt; med den kan hvem som helst sjekke signaturene dine.</source>
        <translation>The fingerprint below identifies your key. The student sees the same when your response is imported – read it aloud to compare. The public key can be shared freely; with it anyone can check your signatures.</translation>
    </message>
    <message>
        <source>Passordfrasene er ikke like.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <source>Eksporter offentlig nøkkel</source>
        <translation>Export public key</translation>
    </message>
    <message>
        <source>Kunne ikke lagre %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Språk (ved neste oppstart)</source>
        <extracomment>What the chosen language says about the restart, in that language (read by a person who may not read the current one; the current language&apos;s sentence comes from the catalogue).</extracomment>
        <translation>&amp;Language (from the next start)</translation>
    </message>
    <message>
        <source>Språket blir byttet neste gang du starter miljologg.</source>
        <translation>The language changes the next time you start miljologg.</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sider</source>
        <extracomment>Which page owns the records a problem (or link) points at. The last dialog the window opened (Profil, Brukerveiledning, Om); tests drive it. Asks for a data file (Fil → Ny / Åpne); tests put an answer in its place.</extracomment>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Oversikt</source>
        <extracomment>Pages by key, each built on first access.</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Veiledning</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Samlinger</source>
        <translation>Gatherings</translation>
    </message>
    <message>
        <source>Veiledere</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <source>Arbeidskrav</source>
        <translation>Written assignments</translation>
    </message>
    <message>
        <source>Dokumentasjon</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Signeringsforespørsler</source>
        <translation>Signing requests</translation>
    </message>
    <message>
        <source>Veiledning gitt</source>
        <translation>Supervision given</translation>
    </message>
    <message>
        <source>Min nøkkel</source>
        <translation>My key</translation>
    </message>
    <message>
        <source>Åpner loggen …</source>
        <translation>Opening the log …</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Ny datafil…</source>
        <translation>&amp;New data file…</translation>
    </message>
    <message>
        <source>&amp;Åpne datafil…</source>
        <translation>&amp;Open data file…</translation>
    </message>
    <message>
        <source>&amp;Profil …</source>
        <translation>&amp;Profile …</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Importer signert s&amp;var …</source>
        <translation>Import signed &amp;response …</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Nytt veiledningsmøte…</source>
        <translation>&amp;New supervision session…</translation>
    </message>
    <message>
        <source>&amp;Søk</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Signering</source>
        <translation>&amp;Signing</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Brukerveiledning</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Om miljologg</source>
        <translation>&amp;About miljologg</translation>
    </message>
    <message>
        <source>Filen finnes allerede</source>
        <translation>The file already exists</translation>
    </message>
    <message>
        <source>Det finnes allerede en fil med dette navnet. Den blir åpnet i stedet.</source>
        <translation>A file with this name already exists. It will be opened instead.</translation>
    </message>
</context>
<context>
    <name>MakeUpDialog</name>
    <message>
        <source>Marker som tatt igjen</source>
        <extracomment>Item data of the «remove the link» choice.</extracomment>
        <translation>Mark as made up</translation>
    </message>
    <message>
        <source>Avlyst møte %1 (%2). Velg det gjennomførte møtet som tok det igjen:</source>
        <translation>Cancelled session %1 (%2). Choose the held session that made it up:</translation>
    </message>
    <message>
        <source>Ingen – fjern koblingen</source>
        <translation>None – remove the link</translation>
    </message>
    <message>
        <source>Ingen gjennomførte møter i samme form etter denne datoen. Før erstatningsmøtet først, og marker deretter.</source>
        <translation>No held sessions in the same form after this date. Enter the replacement session first, then mark it.</translation>
    </message>
</context>
<context>
    <name>PaperRecordDialog</name>
    <message>
        <source>Registrer papirsignatur</source>
        <translation>Record paper signature</translation>
    </message>
    <message>
        <source>Kryss av møtene veilederen har signert på arket. Sammenlign fingeravtrykket med arket: er det ulikt, er møtet endret etter at arket ble skrevet ut og må signeres på nytt.</source>
        <translation>Tick the sessions the supervisor has signed on the sheet. Compare the fingerprint with the sheet: if it differs, the session was changed after the sheet was printed and must be signed again.</translation>
    </message>
    <message>
        <source>Veileder</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Fingeravtrykk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Ingen usignerte møter hos denne veilederen.</source>
        <translation>No unsigned sessions with this supervisor.</translation>
    </message>
    <message>
        <source>Filen med det skannede, signerte arket</source>
        <translation>The file with the scanned, signed sheet</translation>
    </message>
    <message>
        <source>Velg fil …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <source>Skannet ark</source>
        <translation>Scanned sheet</translation>
    </message>
    <message>
        <source>PDF, PNG eller JPEG, høyst %1 MB. Skannet lagres i datafilen.</source>
        <translation>PDF, PNG or JPEG, at most %1 MB. The scan is stored in the data file.</translation>
    </message>
    <message>
        <source>Registrer</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Velg filen med det skannede arket.</source>
        <translation>Choose the file with the scanned sheet.</translation>
    </message>
</context>
<context>
    <name>PaperSignOff</name>
    <message>
        <source>1 usignert møte</source>
        <translation>1 unsigned session</translation>
    </message>
    <message>
        <source>%1 usignerte møter</source>
        <translation>%1 unsigned sessions</translation>
    </message>
    <message>
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>%1 sider</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>1 møte</source>
        <translation>1 session</translation>
    </message>
    <message>
        <source>%1 møter</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <source>Signerark</source>
        <translation>Signing sheet</translation>
    </message>
    <message>
        <source>Kunne ikke skrive %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Signerarket for %1 er lagret i %2 (%3).

Skriv det ut og la veilederen signere radene. Når du har skannet arket, velg «Registrer papirsignatur …».</source>
        <translation>The signing sheet for %1 is saved in %2 (%3).

Print it and let the supervisor sign the rows. When you have scanned the sheet, choose “Record paper signature …”.</translation>
    </message>
    <message>
        <source>Signerark lagret</source>
        <translation>Signing sheet saved</translation>
    </message>
    <message>
        <source>Åpne PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PaperWarnings</name>
    <message>
        <source>Papirsignaturen er registrert, men kontroller det skannede arket:

%1</source>
        <translation>The paper signature is recorded, but check the scanned sheet:

%1</translation>
    </message>
    <message>
        <source>Papirsignatur</source>
        <translation>Paper signature</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ParticipantsCombo</name>
    <message>
        <source>Blandet eller ikke registrert</source>
        <translation>Mixed or not recorded</translation>
    </message>
    <message>
        <source>Psykologforeningen teller gruppeveiledning bare når alle deltakerne er psykologer.</source>
        <translation>Psykologforeningen counts group supervision only when every participant is a psychologist.</translation>
    </message>
</context>
<context>
    <name>ProfessionPicker</name>
    <message>
        <source>Ikke oppgitt</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Annet …</source>
        <translation>Other …</translation>
    </message>
    <message>
        <source>Skriv profesjonen</source>
        <translation>Type the profession</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Profesjon:</source>
        <translation>&amp;Profession:</translation>
    </message>
    <message>
        <source>&amp;Arbeidssted:</source>
        <translation>&amp;Workplace:</translation>
    </message>
    <message>
        <source>Sti&amp;lling:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>Studieprogram:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <source>&amp;Klientgruppe:</source>
        <translation>&amp;Client group:</translation>
    </message>
    <message>
        <source>Arb&amp;eidsoppgaver:</source>
        <translation>&amp;Tasks:</translation>
    </message>
    <message>
        <source>%1 signerte møter beholder signaturen. De ble signert under navnet «%2» og vises som «signert under navnet %2»; møter som signeres etter dette, får det nye navnet.</source>
        <translation>%1 signed sessions keep their signature. They were signed under the name «%2» and are shown as «signed under the name %2»; sessions signed after this get the new name.</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Arbeidsoppgaver</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Klientgruppe</source>
        <translation>Client group</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Gjenåpne signert møte</source>
        <translation>Reopen signed session</translation>
    </message>
    <message>
        <source>Møtet %1 er signert. Signaturen beholdes, men vises som ugyldig («endret etter signering»), og møtet må signeres på nytt. Hvorfor skal det endres?</source>
        <translation>The session %1 is signed. The signature is kept but shown as invalid (“changed after signing”), and the session must be signed again. Why is it to be changed?</translation>
    </message>
    <message>
        <source>Gjenåpne avvist møte</source>
        <translation>Reopen rejected session</translation>
    </message>
    <message>
        <source>Møtet %1 er avvist av veilederen. Avvisningen og kommentaren blir stående synlig sammen med begrunnelsen din, og møtet må signeres på nytt. Hvorfor skal det endres?</source>
        <translation>The session %1 was rejected by the supervisor. The rejection and the comment stay visible together with your reason, and the session must be signed again. Why is it to be changed?</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Gjenåpne</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>RepinDialog</name>
    <message>
        <source>Ny nøkkel for %1</source>
        <extracomment>``services.signing_import.ImportResult`` of the import that follows the re-pin.</extracomment>
        <translation>New key for %1</translation>
    </message>
    <message>
        <source>Svaret er signert med en annen nøkkel enn den %1 har i loggen din. Det kan være riktig (ny datamaskin, eller første svar etter signering her), men det kan også være noen andre. Ring eller møt %1 og be hen lese opp fingeravtrykket under «Min nøkkel» i sin miljologg. Fest den nye nøkkelen bare hvis det stemmer med svaret.</source>
        <translation>The response is signed with a different key from the one %1 has in your log. That may be right (a new computer, or the first response after signing here), but it may also be someone else. Call or meet %1 and ask them to read out the fingerprint under “My key” in their miljologg. Pin the new key only if it matches the response.</translation>
    </message>
    <message>
        <source>Nøkkel i loggen</source>
        <translation>Key in the log</translation>
    </message>
    <message>
        <source>Nøkkel i svaret</source>
        <translation>Key in the response</translation>
    </message>
    <message>
        <source>Det veilederen leste opp</source>
        <translation>What the supervisor read out</translation>
    </message>
    <message>
        <source>Fingeravtrykk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>For eksempel: ny datamaskin</source>
        <translation>For example: new computer</translation>
    </message>
    <message>
        <source>Hvorfor ny nøkkel</source>
        <translation>Why a new key</translation>
    </message>
    <message>
        <source>Fest ny nøkkel og importer</source>
        <translation>Pin new key and import</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Kontroll av dokumentasjon</source>
        <translation>Dossier check</translation>
    </message>
    <message>
        <source>Fil: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Alt stemmer</source>
        <translation>Everything matches</translation>
    </message>
    <message>
        <source>Tekst, tall og signaturer stemmer (tegningen er ikke sammenlignet)</source>
        <translation>Text, figures and signatures match (the drawing was not compared)</translation>
    </message>
    <message>
        <source>Filen kan ikke kontrolleres</source>
        <translation>The file cannot be checked</translation>
    </message>
    <message>
        <source>Fant %1 problem</source>
        <translation>Found %1 problem</translation>
    </message>
    <message>
        <source>Fant %1 problemer</source>
        <translation>Found %1 problems</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Signeringsforespørsler</source>
        <translation>Signing requests</translation>
    </message>
    <message>
        <source>Studenter sender deg en forespørsel som en fil (for eksempel på e-post). Åpne den her, se gjennom hvert møte, godkjenn eller avvis med en kommentar, og lagre det signerte svaret. Send svarfilen tilbake til studenten, som importerer den i sin miljologg.</source>
        <translation>Students send you a request as a file (for example by e-mail). Open it here, go through each session, approve or reject with a comment, and save the signed response. Send the response file back to the student, who imports it into their miljologg.</translation>
    </message>
    <message>
        <source>Åpne forespørsel …</source>
        <translation>Open request …</translation>
    </message>
    <message>
        <source>Signeringsforespørsel</source>
        <translation>Signing request</translation>
    </message>
    <message>
        <source>Svaret er lagret i %1. Send filen tilbake til studenten.</source>
        <translation>The response is saved in %1. Send the file back to the student.</translation>
    </message>
</context>
<context>
    <name>RequirementRow</name>
    <message>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 teller ikke – se under</source>
        <translation>%1 does not count – see below</translation>
    </message>
</context>
<context>
    <name>ReviewRequestDialog</name>
    <message>
        <source>Signeringsforespørsel fra %1</source>
        <extracomment>The table&apos;s columns; the check box sits in ``APPROVED``, the supervisor&apos;s text in ``COMMENT``. The path of the response, once written.</extracomment>
        <translation>Signing request from %1</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Fra student</source>
        <translation>From student</translation>
    </message>
    <message>
        <source>Forespørselen er til %1, men denne datafilen tilhører %2. Et svar herfra blir avvist hos studenten.</source>
        <translation>The request is addressed to %1, but this data file belongs to %2. A response from here will be refused by the student.</translation>
    </message>
    <message>
        <source>Du har allerede svart på denne forespørselen %1 (%2 signert, %3 avvist). Et nytt svar erstatter det i din logg.</source>
        <translation>You already answered this request %1 (%2 signed, %3 rejected). A new response replaces it in your log.</translation>
    </message>
    <message>
        <source>%1 ber deg bekrefte %2 veiledningsmøte. Fjern haken og skriv en kommentar hvis du ikke kan bekrefte det. Alt i tabellen er det du signerer.</source>
        <translation>%1 asks you to confirm %2 supervision session. Untick it and write a comment if you cannot confirm it. Everything in the table is what you sign.</translation>
    </message>
    <message>
        <source>%1 ber deg bekrefte %2 veiledningsmøter. Fjern haken og skriv en kommentar for møter du ikke kan bekrefte. Alt i tabellen er det du signerer.</source>
        <translation>%1 asks you to confirm %2 supervision sessions. Untick and write a comment for sessions you cannot confirm. Everything in the table is what you sign.</translation>
    </message>
    <message>
        <source>Signer og lagre svar</source>
        <translation>Sign and save response</translation>
    </message>
    <message>
        <source>Godkjent</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Ingen nøkkel ennå: velg en passordfrase (minst 8 tegn) og skriv den to ganger.</source>
        <translation>No key yet: choose a passphrase (at least 8 characters) and type it twice.</translation>
    </message>
    <message>
        <source>Fingeravtrykk: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>Din nøkkel</source>
        <translation>Your key</translation>
    </message>
    <message>
        <source>Passordfrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Gjenta passordfrasen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Passordfrasene er ikke like.</source>
        <translation>The passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>SchemeInfo</name>
    <message>
        <source>bekreftet</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>ikke bekreftet</source>
        <translation>not confirmed</translation>
    </message>
    <message>
        <source>{counted} av {required}</source>
        <translation>{counted} of {required}</translation>
    </message>
    <message>
        <source>{counted} av {required} måneder</source>
        <translation>{counted} of {required} months</translation>
    </message>
    <message>
        <source>{hours} teller ikke</source>
        <translation>{hours} does not count</translation>
    </message>
    <message>
        <source>alt teller</source>
        <translation>everything counts</translation>
    </message>
    <message>
        <source>ukjent dato</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <source>(lest {date})</source>
        <translation>(read {date})</translation>
    </message>
    <message>
        <source>ikke verifisert</source>
        <translation>not verified</translation>
    </message>
    <message>
        <source>Løp: {track}</source>
        <translation>Track: {track}</translation>
    </message>
    <message>
        <source>oppfylt</source>
        <translation>met</translation>
    </message>
    <message>
        <source>ikke oppfylt</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>(ett av løpene er nok)</source>
        <translation>(any one route is enough)</translation>
    </message>
    <message>
        <source>Ordningen samlet: {verdict}</source>
        <translation>The scheme as a whole: {verdict}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Nytt veiledningsmøte</source>
        <translation>New supervision session</translation>
    </message>
    <message>
        <source>Veiledningsmøte</source>
        <translation>Supervision session</translation>
    </message>
    <message>
        <source>Gruppeveiledning på samling føres på samlingsdagen.</source>
        <translation>Group supervision at a gathering is entered on the gathering day.</translation>
    </message>
    <message>
        <source>Velg samlingsdag …</source>
        <translation>Choose gathering day …</translation>
    </message>
    <message>
        <source>Klokkeslett</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Ny veileder …</source>
        <translation>New supervisor …</translation>
    </message>
    <message>
        <source> deltakere</source>
        <translation> participants</translation>
    </message>
    <message>
        <source>tema i generelle ordelag – ingen klientopplysninger</source>
        <translation>topic in general terms – no client information</translation>
    </message>
    <message>
        <source>Valgfritt: hva du tar med deg (uten klientopplysninger)</source>
        <translation>Optional: what you take away (no client information)</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Starttid:</source>
        <translation>Start time:</translation>
    </message>
    <message>
        <source>Varighet:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>Veileder:</source>
        <translation>Supervisor:</translation>
    </message>
    <message>
        <source>Gruppestørrelse:</source>
        <translation>Group size:</translation>
    </message>
    <message>
        <source>Alle deltakerne er:</source>
        <translation>All participants are:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Tema:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Refleksjon:</source>
        <translation>Reflection:</translation>
    </message>
    <message>
        <source>%1 – samling %2</source>
        <translation>%1 – gathering %2</translation>
    </message>
    <message>
        <source>Velg veileder …</source>
        <translation>Choose supervisor …</translation>
    </message>
    <message>
        <source>Antall du veiledet:</source>
        <translation>Number you supervised:</translation>
    </message>
    <message>
        <source>Et gjennomført møte kan ikke ha dato fram i tid.</source>
        <translation>A held session cannot have a date in the future.</translation>
    </message>
    <message>
        <source>Gruppeveiledning på samling kan bare føres på en av programmets samlingsdager. Velg dagen i lista.</source>
        <translation>Group supervision at a gathering can only be entered on one of the programme’s gathering days. Choose the day in the list.</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Refleksjon</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <source>Velg en veileder.</source>
        <translation>Choose a supervisor.</translation>
    </message>
</context>
<context>
    <name>SessionSigning</name>
    <message>
        <source>Signer …</source>
        <extracomment>``common.confirm``&apos;s signature (the page passes the one it imported, so tests can patch it).</extracomment>
        <translation>Sign …</translation>
    </message>
    <message>
        <source>Veilederen signerer de valgte møtene her, med sin passordfrase</source>
        <translation>The supervisor signs the chosen sessions here, with their passphrase</translation>
    </message>
    <message>
        <source>Gjenåpne …</source>
        <translation>Reopen …</translation>
    </message>
    <message>
        <source>Opphev signaturen eller avvisningen med en begrunnelse for å endre møtet</source>
        <translation>Lift the signature or the rejection with a reason, to change the session</translation>
    </message>
    <message>
        <source>Send til signering (fil) …</source>
        <translation>Send for signing (file) …</translation>
    </message>
    <message>
        <source>Lag en fil med de valgte møtene som veilederen signerer i sin miljologg</source>
        <translation>Make a file of the chosen sessions for the supervisor to sign in their miljologg</translation>
    </message>
    <message>
        <source>Importer signert svar …</source>
        <translation>Import signed response …</translation>
    </message>
    <message>
        <source>Signerark (PDF) …</source>
        <translation>Signing sheet (PDF) …</translation>
    </message>
    <message>
        <source>Skriv ut en veileders usignerte møter med fingeravtrykk, til å signere på</source>
        <translation>Print a supervisor’s unsigned sessions with fingerprints, to sign on paper</translation>
    </message>
    <message>
        <source>Registrer papirsignatur …</source>
        <translation>Record paper signature …</translation>
    </message>
    <message>
        <source>Kryss av møtene som er signert på arket, og legg ved det skannede arket</source>
        <translation>Tick the sessions signed on the sheet, and attach the scanned sheet</translation>
    </message>
    <message>
        <source>Signering</source>
        <extracomment>the file dialog (tests put a function returning a path here)</extracomment>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Gjenåpne et signert møte, send møter til veilederen som en fil, eller importer det signerte svaret</source>
        <translation>Reopen a signed session, send sessions to the supervisor as a file, or import the signed response</translation>
    </message>
    <message>
        <source>Avvist møte</source>
        <translation>Rejected session</translation>
    </message>
    <message>
        <source>Møtet %1 er avvist av veilederen og teller ikke. Vil du gjenåpne det for å rette det? Avvisningen og begrunnelsen din blir stående synlig, og møtet må signeres på nytt.</source>
        <translation>The session %1 was rejected by the supervisor and does not count. Reopen it to correct it? The rejection and your reason stay visible, and the session must be signed again.</translation>
    </message>
    <message>
        <source>Signert møte</source>
        <translation>Signed session</translation>
    </message>
    <message>
        <source>Møtet %1 er signert og låst. Vil du gjenåpne det for å endre det? Signaturen blir da ugyldig, og møtet må signeres på nytt.</source>
        <translation>The session %1 is signed and locked. Reopen it to change it? The signature then becomes invalid, and the session must be signed again.</translation>
    </message>
    <message>
        <source>Møtet %1 er avvist av veilederen og kan ikke slettes slik det er. Vil du gjenåpne det? Avvisningen blir stående synlig; etterpå kan du slette møtet.</source>
        <translation>The session %1 was rejected by the supervisor and cannot be deleted as it is. Do you want to reopen it? The rejection stays visible; afterwards you can delete the session.</translation>
    </message>
    <message>
        <source>Møtet %1 er signert og låst, så det kan ikke slettes. Vil du gjenåpne det? Signaturen blir da ugyldig (den blir stående synlig); etterpå kan du slette møtet.</source>
        <translation>The session %1 is signed and locked, so it cannot be deleted. Do you want to reopen it? The signature then becomes void (it stays visible); afterwards you can delete the session.</translation>
    </message>
    <message>
        <source>Send til signering</source>
        <translation>Send for signing</translation>
    </message>
    <message>
        <source>Velg gjennomførte møter som ikke er signert ennå.</source>
        <translation>Choose held sessions that are not signed yet.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Dato</source>
        <extracomment>Sign-off states from least to most settled, for sorting the «Signatur» column. Bumped whenever rows change or move, so the proxy knows its accept mask is stale.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Veileder</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Signatur</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Avlyst – tatt igjen %1</source>
        <translation>Cancelled – made up %1</translation>
    </message>
    <message>
        <source>Teller ikke: %1</source>
        <translation>Does not count: %1</translation>
    </message>
    <message>
        <source>Ikke holdt – ingen timer</source>
        <translation>Not held – no hours</translation>
    </message>
    <message>
        <source>Avlyst. Et avlyst møte må tas igjen (100 % deltakelse).</source>
        <translation>Cancelled. A cancelled session must be made up (100% participation).</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Alle former</source>
        <translation>All forms</translation>
    </message>
    <message>
        <source>Hele perioden</source>
        <translation>The whole period</translation>
    </message>
    <message>
        <source>Søk i tema og veileder</source>
        <translation>Search topics and supervisors</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Ny …</source>
        <translation>New …</translation>
    </message>
    <message>
        <source>Før et nytt veiledningsmøte (Ctrl+N)</source>
        <translation>Enter a new supervision session (Ctrl+N)</translation>
    </message>
    <message>
        <source>Rediger …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Marker som tatt igjen …</source>
        <translation>Mark as made up …</translation>
    </message>
    <message>
        <source>Velg møtet som tok igjen et avlyst møte</source>
        <translation>Choose the session that made up a cancelled session</translation>
    </message>
    <message>
        <source>Alle veiledere</source>
        <translation>All supervisors</translation>
    </message>
    <message>
        <source>1 møte</source>
        <translation>1 session</translation>
    </message>
    <message>
        <source>%1 møter</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <source> (%1 avlyst)</source>
        <translation> (%1 cancelled)</translation>
    </message>
    <message>
        <source>, %1, %2 teller</source>
        <translation>, %1, %2 count</translation>
    </message>
    <message>
        <source>Slette veiledningsmøtet %1 (%2, %3)? Dette kan ikke angres.</source>
        <translation>Delete the supervision session %1 (%2, %3)? This cannot be undone.</translation>
    </message>
    <message>
        <source>Slett møte</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Kunne ikke slette</source>
        <translation>Could not delete</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Signer veiledningsmøter</source>
        <translation>Sign supervision sessions</translation>
    </message>
    <message>
        <source>Veilederen bekrefter møtene under med sin passordfrase. Et signert møte låses; endringer krever «Gjenåpne» med en begrunnelse.</source>
        <translation>The supervisor confirms the sessions below with their passphrase. A signed session is locked; changes need “Reopen” with a reason.</translation>
    </message>
    <message>
        <source>Veileder som signerer</source>
        <translation>Supervisor signing</translation>
    </message>
    <message>
        <source>Nøkkel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Passordfrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Gjenta passordfrasen</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Ingen nøkkel på denne datamaskinen ennå. Velg en passordfrase (minst 8 tegn) og skriv den to ganger; nøkkelen lages når du signerer.</source>
        <translation>No key on this computer yet. Choose a passphrase (at least 8 characters) and type it twice; the key is made when you sign.</translation>
    </message>
    <message>
        <source>Fingeravtrykk: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>Skriv passordfrasen.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message>
        <source>Passordfrasene er ikke like.</source>
        <translation>The passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Nøkkel: %1</source>
        <translation>Key: %1</translation>
    </message>
    <message>
        <source>Signeringsforespørsel</source>
        <translation>Signing request</translation>
    </message>
    <message>
        <source>Forespørselen er lagret i %1. Send filen til %2 på den måten dere vil. Når svaret kommer, velg «Importer signert svar…».</source>
        <translation>The request is saved in %1. Send the file to %2 any way you like. When the response comes, choose “Import signed response…”.</translation>
    </message>
    <message>
        <source>Importer signert svar</source>
        <translation>Import signed response</translation>
    </message>
    <message>
        <source>Fra %1: %2 signert, %3 avvist.</source>
        <translation>From %1: %2 signed, %3 rejected.</translation>
    </message>
    <message>
        <source>Avvist: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>festet</source>
        <translation>pinned</translation>
    </message>
    <message>
        <source>stemmer med den festede</source>
        <translation>matches the pinned one</translation>
    </message>
    <message>
        <source>Nøkkel (%1): %2</source>
        <translation>Key (%1): %2</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>Ny veileder</source>
        <translation>New supervisor</translation>
    </message>
    <message>
        <source>Veileder</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Fornavn og etternavn</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>Programmet teller bare ekstern og individuell veiledning fra godkjente veiledere.</source>
        <translation>The programme counts external and individual supervision only from approved supervisors.</translation>
    </message>
    <message>
        <source>For eksempel familieterapeut</source>
        <translation>For example family therapist</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Profesjon:</source>
        <translation>Profession:</translation>
    </message>
    <message>
        <source>Godkjenninger:</source>
        <translation>Approvals:</translation>
    </message>
    <message>
        <source>Arbeidssted:</source>
        <translation>Workplace:</translation>
    </message>
    <message>
        <source>Stilling:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Annen profesjon</source>
        <translation>Other profession</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Navn må fylles ut.</source>
        <translation>The name must be filled in.</translation>
    </message>
</context>
<context>
    <name>SupervisorPickDialog</name>
    <message>
        <source>Signerark for veileder</source>
        <translation>Signing sheet for a supervisor</translation>
    </message>
    <message>
        <source>Velg veilederen som skal signere på papir. Arket viser de gjennomførte møtene som ikke er signert ennå.</source>
        <translation>Choose the supervisor who will sign on paper. The sheet shows the held sessions that are not signed yet.</translation>
    </message>
    <message>
        <source>Lag signerark …</source>
        <translation>Make signing sheet …</translation>
    </message>
</context>
<context>
    <name>SupervisorTableModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profesjon</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Godkjenninger</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>SupervisorsPage</name>
    <message>
        <source>Ny veileder …</source>
        <translation>New supervisor …</translation>
    </message>
    <message>
        <source>Rediger …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Timene er gjennomført veiledning hos hver veileder. Hva som teller mot kravene, står på oversikten og i «Veiledning».</source>
        <translation>The hours are supervision held with each supervisor. What counts towards the requirements is shown on the overview and under “Supervision”.</translation>
    </message>
    <message>
        <source>Slette veilederen %1?</source>
        <translation>Delete the supervisor %1?</translation>
    </message>
    <message>
        <source>Slett veileder</source>
        <translation>Delete supervisor</translation>
    </message>
    <message>
        <source>Kan ikke slette</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>ThresholdBar</name>
    <message>
        <source>Oppmøte %1, krav %2</source>
        <translation>Attendance %1, required %2</translation>
    </message>
    <message>
        <source>krav %1</source>
        <translation>required %1</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>Veiledningsmøter (CSV)…</source>
        <translation>Supervision sessions (CSV)…</translation>
    </message>
    <message>
        <source>Oppmøte på samlinger (CSV)…</source>
        <translation>Attendance at gatherings (CSV)…</translation>
    </message>
    <message>
        <source>Samlinger til kalenderen (.ics)…</source>
        <translation>Gatherings for your calendar (.ics)…</translation>
    </message>
    <message>
        <source>Hele loggen (JSON)…</source>
        <translation>The whole log (JSON)…</translation>
    </message>
    <message>
        <source>Ingen samlinger å eksportere</source>
        <translation>No gatherings to export</translation>
    </message>
    <message>
        <source>Velg et studieprogram i profilen først.</source>
        <translation>Choose a programme in the profile first.</translation>
    </message>
    <message>
        <source>%1 veiledningsmøter</source>
        <translation>%1 supervision sessions</translation>
    </message>
    <message>
        <source>%1 samlingsdager</source>
        <translation>%1 gathering days</translation>
    </message>
    <message>
        <source>hele loggen</source>
        <translation>the whole log</translation>
    </message>
    <message>
        <source>%1 veiledningsmøte</source>
        <translation>%1 supervision session</translation>
    </message>
    <message>
        <source>Eksporten feilet</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <source>Kunne ikke skrive %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Eksportert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Skrev %1 til %2.</source>
        <translation>Wrote %1 to %2.</translation>
    </message>
    <message>
        <source>%1 samlingsdag</source>
        <translation>%1 gathering day</translation>
    </message>
    <message>
        <source>profil</source>
        <extracomment>Each kind of record as «1 veiledningsmøte» / «2 veiledningsmøter».</extracomment>
        <translation>profile</translation>
    </message>
    <message>
        <source>profiler</source>
        <translation>profiles</translation>
    </message>
    <message>
        <source>veileder</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>veiledere</source>
        <translation>supervisors</translation>
    </message>
    <message>
        <source>veiledningsmøte</source>
        <translation>supervision session</translation>
    </message>
    <message>
        <source>veiledningsmøter</source>
        <translation>supervision sessions</translation>
    </message>
    <message>
        <source>oppmøtedag</source>
        <translation>attendance day</translation>
    </message>
    <message>
        <source>oppmøtedager</source>
        <translation>attendance days</translation>
    </message>
    <message>
        <source>arbeidskrav</source>
        <translation>written assignments</translation>
    </message>
    <message>
        <source>veiledernøkkel</source>
        <translation>supervisor key</translation>
    </message>
    <message>
        <source>veiledernøkler</source>
        <translation>supervisor keys</translation>
    </message>
    <message>
        <source>erstattet nøkkel</source>
        <translation>replaced key</translation>
    </message>
    <message>
        <source>erstattede nøkler</source>
        <translation>replaced keys</translation>
    </message>
    <message>
        <source>egen nøkkel</source>
        <translation>own key</translation>
    </message>
    <message>
        <source>egne nøkler</source>
        <translation>own keys</translation>
    </message>
    <message>
        <source>signeringsforespørsel</source>
        <translation>signing request</translation>
    </message>
    <message>
        <source>signeringsforespørsler</source>
        <translation>signing requests</translation>
    </message>
    <message>
        <source>signatur</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>signaturer</source>
        <translation>signatures</translation>
    </message>
    <message>
        <source>signert svar</source>
        <translation>signed response</translation>
    </message>
    <message>
        <source>signerte svar</source>
        <translation>signed responses</translation>
    </message>
    <message>
        <source>skannet signeringsark</source>
        <translation>scanned signing sheet</translation>
    </message>
    <message>
        <source>skannede signeringsark</source>
        <translation>scanned signing sheets</translation>
    </message>
    <message>
        <source>veiledning gitt</source>
        <translation>supervision given</translation>
    </message>
    <message>
        <source>veiledninger gitt</source>
        <translation>supervisions given</translation>
    </message>
    <message>
        <source>utskrevet signeringsark</source>
        <translation>printed signing sheet</translation>
    </message>
    <message>
        <source>utskrevne signeringsark</source>
        <translation>printed signing sheets</translation>
    </message>
    <message>
        <source>bekreftet forutsetning</source>
        <translation>confirmed prerequisite</translation>
    </message>
    <message>
        <source>bekreftede forutsetninger</source>
        <translation>confirmed prerequisites</translation>
    </message>
    <message>
        <source>ingenting</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Nye: %1. Fantes fra før: %2.</source>
        <translation>New: %1. Already there: %2.</translation>
    </message>
    <message>
        <source>Profilen i eksporten («%1») ble ikke tatt inn: datafilen beholder sin egen profil.</source>
        <translation>The profile in the export (“%1”) was not taken in: the data file keeps its own profile.</translation>
    </message>
    <message>
        <source>Importen ble ikke gjort</source>
        <translation>The import was not done</translation>
    </message>
    <message>
        <source>Ingenting er endret i loggen.

%1</source>
        <translation>Nothing in the log has changed.

%1</translation>
    </message>
    <message>
        <source>Importert</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>&amp;Eksporter</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Importer…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Sikkerhetskopier…</source>
        <translation>&amp;Backups…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Uventet feil: {error}</source>
        <extracomment>The verdict&apos;s tones (``ui.widgets.theme``: a light and a dark colour each).</extracomment>
        <translation>Unexpected error: {error}</translation>
    </message>
</context>
<context>
    <name>VerifySection</name>
    <message>
        <source>Kontroller en dokumentasjon</source>
        <translation>Check a dossier</translation>
    </message>
    <message>
        <source>Sjekk at hver side i en dokumentasjons-PDF er slik den ble laget, at signaturene er gyldige og at timetallene stemmer med de signerte møtene – din egen eller en du har fått tilsendt.</source>
        <translation>Check that every page of a dossier PDF is as it was made, that the signatures are valid and that the hours match the signed sessions – your own or one you were sent.</translation>
    </message>
    <message>
        <source>Kontroller en dokumentasjon (PDF) …</source>
        <translation>Check a dossier (PDF) …</translation>
    </message>
    <message>
        <source>Kontrollerer …</source>
        <translation>Checking …</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Velkommen til miljologg</source>
        <translation>Welcome to miljologg</translation>
    </message>
    <message>
        <source>Velkommen!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <source>miljologg holder oversikt over veiledningstimer, oppmøte og arbeidskrav i videreutdanningen din. Alt lagres bare på denne maskinen. Fortell oss litt om deg selv – du kan endre det senere.</source>
        <translation>miljologg keeps track of supervision hours, attendance and written assignments in your further education. Everything is stored only on this computer. Tell us a little about yourself – you can change it later.</translation>
    </message>
    <message>
        <source>Jeg er &amp;student</source>
        <translation>I am a &amp;student</translation>
    </message>
    <message>
        <source>Jeg er &amp;veileder og skal signere studenters veiledning</source>
        <translation>I am a s&amp;upervisor and will sign students’ supervision</translation>
    </message>
    <message>
        <source>Fornavn og etternavn</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>vernepleier</source>
        <translation>social educator</translation>
    </message>
    <message>
        <source>sosionom</source>
        <translation>social worker</translation>
    </message>
    <message>
        <source>barnevernspedagog</source>
        <translation>child welfare educator</translation>
    </message>
    <message>
        <source>sykepleier</source>
        <translation>nurse</translation>
    </message>
    <message>
        <source>psykolog</source>
        <translation>psychologist</translation>
    </message>
    <message>
        <source>pedagog</source>
        <translation>educator</translation>
    </message>
    <message>
        <source>annet</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Velg eller skriv</source>
        <translation>Choose or type</translation>
    </message>
    <message>
        <source>&amp;Profesjon:</source>
        <translation>&amp;Profession:</translation>
    </message>
    <message>
        <source>For eksempel «Ambulant team, BUP»</source>
        <translation>For example “Ambulant team, BUP”</translation>
    </message>
    <message>
        <source>&amp;Arbeidssted:</source>
        <translation>&amp;Workplace:</translation>
    </message>
    <message>
        <source>For eksempel «fagkonsulent»</source>
        <translation>For example “clinical adviser”</translation>
    </message>
    <message>
        <source>Sti&amp;lling:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>Arb&amp;eidsoppgaver:</source>
        <translation>&amp;Tasks:</translation>
    </message>
    <message>
        <source>S&amp;tudieprogram:</source>
        <translation>P&amp;rogramme:</translation>
    </message>
    <message>
        <source>For eksempel «ungdom 13–18 år i barneverninstitusjon»</source>
        <translation>For example “young people aged 13–18 in a child welfare institution”</translation>
    </message>
    <message>
        <source>&amp;Klientgruppe:</source>
        <translation>C&amp;lient group:</translation>
    </message>
    <message>
        <source>For eksempel «miljøterapeutisk arbeid og ambulante oppfølgingssamtaler»</source>
        <translation>For example “milieu therapy and ambulant follow-up conversations”</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teieplikt:&lt;/b&gt; Beskriv klientgruppe og oppgaver bare i generelle vendinger. Skriv aldri navn, fødselsnummer eller detaljer som kan peke ut én person (helsepersonelloven § 21).</source>
        <translation>&lt;b&gt;Duty of confidentiality:&lt;/b&gt; Describe the client group and tasks only in general terms. Never write names, national identity numbers or details that could point to one person (Health Personnel Act, section 21).</translation>
    </message>
    <message>
        <source>&amp;Opprett</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>%1–%2 · %3 samlinger</source>
        <translation>%1–%2 · %3 gatherings</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Klientgruppe</source>
        <translation>Client group</translation>
    </message>
    <message>
        <source>Arbeidsoppgaver</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Kan ikke opprette</source>
        <translation>Cannot create</translation>
    </message>
</context>
</TS>
