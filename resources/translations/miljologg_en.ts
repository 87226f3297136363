<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>App</name>
    <message>
        <source>Datafilen</source>
        <extracomment>The Linux desktop entry&apos;s id (packaging/linux/), also the macOS bundle id. Called with the error when SQLite finds the open file damaged (offer a backup).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noe gikk galt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det oppstod en uventet feil (%1). Det du har lagret, er trygt i datafilen. Feilen er skrevet til loggen i mappen «logs» ved siden av datafilen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunne ikke opprette datafilen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Endre arbeidskrav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt arbeidskrav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f.eks. Refleksjonsnotat 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tittel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godkjent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godkjenning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valgfritt. Ingen opplysninger om klienter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merknad:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <source>Tittel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godkjent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fristen har gått ut, og arbeidskravet er ikke levert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke levert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forsinket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <source>Arbeidskrav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt arbeidskrav…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker som levert i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søk i tittel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen arbeidskrav ennå. Legg dem inn med «Nytt arbeidskrav…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{handed} av {total} levert, {approved} godkjent, {late} forsinket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunne ikke lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slette arbeidskravet «{title}»? Dette kan ikke angres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett arbeidskrav</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Vår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Høst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ikke registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mangler 1 dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mangler {count} dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} av {total} dager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sykdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sykt barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permisjon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Delvis til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delvis til stede: {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borte: {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f.eks. 4 t, 4 t 30 min eller 270</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planlagt undervisning: {planned}. Et tall uten enhet er minutter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til stede i:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valgfri, f.eks. Sykdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv aldri noe som kan identifisere en klient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrunnelse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppgi mellom 1 min og {most} (mindre enn hele dagen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceSummary</name>
    <message>
        <source>Gå til første</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis den første dagen som ikke er registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppmøte så langt: {percent} – krav {required}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du kan være borte {duration} til og fortsatt nå kravet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du har vært borte {duration} mer enn kravet tillater.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møter du på alle dagene som gjenstår, ender du på {percent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle tidligere samlingsdager er registrert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tidligere samlingsdag er ikke registrert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tidligere samlingsdager er ikke registrert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Automatisk (daglig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laget av deg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Før import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Før gjenoppretting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Før oppgradering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikkerhetskopier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miljologg tar en sikkerhetskopi hver dag du åpner programmet og før hver import. De siste 14 dagene og én per måned det siste året beholdes. Kopiene ligger i mappen «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen sikkerhetskopier ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag sikkerhetskopi nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenopprett…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikkerhetskopien ble ikke laget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vil du gjenopprette sikkerhetskopien fra %1? Alt du har ført etter dette tidspunktet forsvinner fra loggen, men dagens innhold tas vare på i en ny sikkerhetskopi først, så du kan angre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenopprette sikkerhetskopi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenopprettingen ble ikke gjort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenopprettet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loggen er gjenopprettet fra %1. Innholdet fra før ligger i sikkerhetskopien «Før gjenoppretting».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunne ikke åpne datafilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fant ingen sikkerhetskopi av filen å gjenopprette fra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi %1? Den skadede filen flyttes til side som «%2.damaged-…» i samme mappe og slettes ikke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datafilen er gjenopprettet fra %1. Den skadede filen ligger i %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen er i bruk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen er allerede åpen i et annet miljologg-vindu. Bytt til det vinduet, eller lukk det og prøv igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen har flere navn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forkast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CumulativeChart</name>
    <message>
        <source>jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>des</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram over timer med veiledning som teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer som teller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen data å vise ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer som teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: jevn fordeling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Oversikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppmøte på samlingene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neste samling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer som teller, mot planen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltakelse i veiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidskrav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette bør du se på</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venter på signatur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · i dag %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du har nådd kravet på %1. Godt jobbet!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet er avsluttet, og %1 mangler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per uke trengs for å nå %2 innen %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen samlingsdager er passert ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 oppmøte så langt (krav %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du kan være borte %1 til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du kan ikke være borte flere timer uten å komme under kravet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 samlingsdag mangler registrert oppmøte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samlingsdager mangler registrert oppmøte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen flere samlinger i programmet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> og </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlingen starter i dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlingen starter i morgen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om %1 dager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 møter holdt, %2 avlyst eller uteblitt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltakelse %1 (krav %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 møter er ikke tatt igjen ennå – kravet er %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle møter du har gått glipp av, er tatt igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 av %2 levert, %3 godkjent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 har passert fristen uten å være levert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen arbeidskrav registrert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veiledning %1 (%2) teller ikke: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingenting å ta tak i nå. Alt ser ut til å være i rute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gjennomførte møter har ventet mer enn 14 dager på veilederens signatur. Velg en veileder for å se det eldste møtet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 møte (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %3 møter, det eldste %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukjent veileder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Kunne ikke skrive filen: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uventet feil: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag en PDF som en godkjenningskomité kan lese og kontrollere: sammendrag, veiledningslogg, én attest per veileder, oppmøte, arbeidskrav og dine erklæringer (loggen er riktig og fullstendig, og taushetsplikt). PDF-en har med seg grunnlaget, så hver side kan kontrolleres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bare studieprogrammet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ikke verifisert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godkjenningsordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bare perioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dette kommer med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammendrag av kravene ({n} krav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veiledningslogg: {n} møte ({i} individuell, {e} i ekstern gruppe, {g} på samling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veiledningslogg: {n} møter ({i} individuelle, {e} i ekstern gruppe, {g} på samling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attester: {n} (én per veileder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppmøte: {n} samlingsdager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidskrav: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erklæringer: loggen er riktig og fullstendig, og taushetsplikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skannede signeringsark: {n} ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer er klokketimer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordningen regner 1 time = {minutes} minutter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode {start}–{end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre dokumentasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lager PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagret {path} ({pages} sider, dokument-ID {id}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Mappe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filnavn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatheringsPage</name>
    <message>
        <source>Samlinger og oppmøte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dag og planlagt tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppeveiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til stede	T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delvis til stede…	D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borte…	B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angre registrering	Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tastatur: T = til stede, D = delvis, B = borte, Delete = angre (for valgt dag eller samling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samling {number}: {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planlagt undervisning: {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undervisning {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delvis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer som til stede (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til stede en del av dagen (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer fravær med begrunnelse (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fjern registreringen (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profilen har ikke noe studieprogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ikke holdt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppeveiledning på samlingen: {sessions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppmøte kan ikke registreres før dagen har vært.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GivenPage</name>
    <message>
        <source>Veiledning gitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møtene du har godkjent eller avvist fra studentenes forespørsler. FO ber om en slik oversikt når du søker om godkjenning som veileder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 møter signert, %2 avvist, %3 studenter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GivenTableModel</name>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avgjørelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Min nøkkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporter offentlig nøkkel (PEM) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag nøkkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordfrase (minst 8 tegn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenta passordfrasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du har ingen nøkkel ennå. Den lages første gang du signerer en forespørsel, eller her. Passordfrasen beskytter nøkkelen og lagres aldri; glemmer du den, må du lage en ny nøkkel, og studentene må godta den på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingeravtrykket under identifiserer nøkkelen din. Studenten ser det samme når svaret ditt importeres – les det gjerne høyt for å sammenligne. Den offentlige nøkkelen kan deles fritt; med den kan hvem som helst sjekke signaturene dine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordfrasene er ikke like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporter offentlig nøkkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offentlig nøkkel (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunne ikke lagre %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Språk (ved neste oppstart)</source>
        <extracomment>What the chosen language says about the restart, in that language (read by a person who may not read the current one; the current language&apos;s sentence comes from the catalogue).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Språket blir byttet neste gang du starter miljologg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Språk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sider</source>
        <extracomment>A supervisor&apos;s data file holds no log of their own: only what signing needs. Which page owns the records a problem (or link) points at. Where each page&apos;s class lives; a page&apos;s module is loaded when the page is first shown. Asks for a data file (Fil → Ny / Åpne); tests put an answer in its place.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oversikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veiledere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidskrav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signeringsforespørsler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veiledning gitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min nøkkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpner loggen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny datafil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Åpne datafil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer signert &amp;svar …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nytt veiledningsmøte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Søk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Om miljologg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opprett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny datafil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen finnes allerede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finnes allerede en fil med dette navnet. Den blir åpnet i stedet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne datafil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;miljologg %1&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;En privat logg over veiledning, oppmøte og arbeidskrav. Alt lagres bare i datafilen på denne maskinen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ikke oppgitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Studieprogram:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Kilde:&lt;/b&gt; %2&lt;br&gt;%3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallene er kontrollert mot kilden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallene er ikke bekreftet – sjekk dem mot studieplanen din.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Teieplikt:&lt;/b&gt; Skriv aldri navn eller andre opplysninger som kan identifisere klienter (helsepersonelloven § 21).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om miljologg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MakeUpDialog</name>
    <message>
        <source>Marker som tatt igjen</source>
        <extracomment>Item data of the «remove the link» choice.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avlyst møte %1 (%2). Velg det gjennomførte møtet som tok det igjen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen – fjern koblingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen gjennomførte møter i samme form etter denne datoen. Før erstatningsmøtet først, og marker deretter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperRecordDialog</name>
    <message>
        <source>Registrer papirsignatur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kryss av møtene veilederen har signert på arket. Sammenlign fingeravtrykket med arket: er det ulikt, er møtet endret etter at arket ble skrevet ut og må signeres på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veileder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingeravtrykk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen usignerte møter hos denne veilederen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen med det skannede, signerte arket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg fil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skannet ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, PNG eller JPEG, høyst %1 MB. Skannet lagres i datafilen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg det skannede arket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skannet ark (*.pdf *.png *.jpg *.jpeg);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen er %1 MB; høyst %2 MB er tillatt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg filen med det skannede arket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperSignOff</name>
    <message>
        <source>1 usignert møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 usignerte møter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 møter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre signerark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signerark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunne ikke skrive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signerarket for %1 er lagret i %2 (%3).

Skriv det ut og la veilederen signere radene. Når du har skannet arket, velg «Registrer papirsignatur …».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signerark lagret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperWarnings</name>
    <message>
        <source>Papirsignaturen er registrert, men kontroller det skannede arket:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papirsignatur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsCombo</name>
    <message>
        <source>Blandet eller ikke registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psykologforeningen teller gruppeveiledning bare når alle deltakerne er psykologer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Gjenåpne signert møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møtet %1 er signert. Signaturen beholdes, men vises som ugyldig («endret etter signering»), og møtet må signeres på nytt. Hvorfor skal det endres?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenåpne avvist møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møtet %1 er avvist av veilederen. Avvisningen og kommentaren blir stående synlig sammen med begrunnelsen din, og møtet må signeres på nytt. Hvorfor skal det endres?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenåpne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepinDialog</name>
    <message>
        <source>Ny nøkkel for %1</source>
        <extracomment>``services.signing_import.ImportResult`` of the import that follows the re-pin.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svaret er signert med en annen nøkkel enn den %1 har i loggen din. Det kan være riktig (ny datamaskin, eller første svar etter signering her), men det kan også være noen andre. Ring eller møt %1 og be hen lese opp fingeravtrykket under «Min nøkkel» i sin miljologg. Fest den nye nøkkelen bare hvis det stemmer med svaret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøkkel i loggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøkkel i svaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det veilederen leste opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingeravtrykk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel: ny datamaskin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvorfor ny nøkkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fest ny nøkkel og importer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Kontroll av dokumentasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt stemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst, tall og signaturer stemmer (tegningen er ikke sammenlignet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kan ikke kontrolleres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fant 1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fant %1 problemer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Signeringsforespørsler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studenter sender deg en forespørsel som en fil (for eksempel på e-post). Åpne den her, se gjennom hvert møte, godkjenn eller avvis med en kommentar, og lagre det signerte svaret. Send svarfilen tilbake til studenten, som importerer den i sin miljologg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne forespørsel …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åpne signeringsforespørsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signeringsforespørsel (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signeringsforespørsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre signert svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signert svar (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svaret er lagret i %1. Send filen tilbake til studenten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementRow</name>
    <message>
        <source>%1 av %2</source>
        <extracomment>Uncounted reasons the note under a bar leaves out: a missed session was no supervision at all (participation shows it), and a future one has simply not happened yet. Reasons the rules engine already sums up in one problem per supervisor.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 teller ikke – se under</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewRequestDialog</name>
    <message>
        <source>Signeringsforespørsel fra %1</source>
        <extracomment>The table&apos;s columns; the check box sits in ``APPROVED``, the supervisor&apos;s text in ``COMMENT``. The path of the response, once written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forespørselen er til %1, men denne datafilen tilhører %2. Et svar herfra blir avvist hos studenten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du har allerede svart på denne forespørselen %1 (%2 signert, %3 avvist). Et nytt svar erstatter det i din logg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ber deg bekrefte %2 veiledningsmøter. Fjern haken og skriv en kommentar for møter du ikke kan bekrefte. Alt i tabellen er det du signerer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer og lagre svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godkjent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppe (ekstern veileder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppe (samling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veiledning på veiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen nøkkel ennå: velg en passordfrase (minst 8 tegn) og skriv den to ganger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingeravtrykk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Din nøkkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordfrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenta passordfrasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordfrasene er ikke like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Nytt veiledningsmøte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veiledningsmøte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppeveiledning på samling føres på samlingsdagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg samlingsdag …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klokkeslett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny veileder …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> deltakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tema i generelle ordelag – ingen klientopplysninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valgfritt: hva du tar med deg (uten klientopplysninger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starttid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varighet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veileder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppestørrelse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle deltakerne er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refleksjon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – samling %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg veileder …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antall du veiledet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et gjennomført møte kan ikke ha dato fram i tid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppeveiledning på samling kan bare føres på en av programmets samlingsdager. Velg dagen i lista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refleksjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg en veileder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSigning</name>
    <message>
        <source>Signer …</source>
        <extracomment>``common.confirm``&apos;s signature (the page passes the one it imported, so tests can patch it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veilederen signerer de valgte møtene her, med sin passordfrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenåpne …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opphev signaturen eller avvisningen med en begrunnelse for å endre møtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send til signering (fil) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag en fil med de valgte møtene som veilederen signerer i sin miljologg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer signert svar …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signerark (PDF) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut en veileders usignerte møter med fingeravtrykk, til å signere på</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrer papirsignatur …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kryss av møtene som er signert på arket, og legg ved det skannede arket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signering</source>
        <extracomment>the file dialog (tests put a function returning a path here)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenåpne et signert møte, send møter til veilederen som en fil, eller importer det signerte svaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvist møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møtet %1 er avvist av veilederen og teller ikke. Vil du gjenåpne det for å rette det? Avvisningen og begrunnelsen din blir stående synlig, og møtet må signeres på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signert møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Møtet %1 er signert og låst. Vil du gjenåpne det for å endre det? Signaturen blir da ugyldig, og møtet må signeres på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send til signering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg gjennomførte møter som ikke er signert ennå.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Dato</source>
        <extracomment>Sign-off states from least to most settled, for sorting the «Signatur» column. Bumped whenever rows change or move, so the proxy knows its accept mask is stale.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veileder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avlyst – tatt igjen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teller ikke: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teller ikke: avlyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avlyst. Et avlyst møte må tas igjen (100 % deltakelse).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Alle former</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele perioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søk i tema og veileder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Før et nytt veiledningsmøte (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rediger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker som tatt igjen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg møtet som tok igjen et avlyst møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle veiledere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 møter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 avlyst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1, %2 teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slette veiledningsmøtet %1 (%2, %3)? Dette kan ikke angres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett møte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunne ikke slette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Signer veiledningsmøter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veilederen bekrefter møtene under med sin passordfrase. Et signert møte låses; endringer krever «Gjenåpne» med en begrunnelse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veileder som signerer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøkkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordfrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gjenta passordfrasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen nøkkel på denne datamaskinen ennå. Velg en passordfrase (minst 8 tegn) og skriv den to ganger; nøkkelen lages når du signerer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingeravtrykk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv passordfrasen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passordfrasene er ikke like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Nøkkel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagre signeringsforespørsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signeringsforespørsel (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signeringsforespørsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forespørselen er lagret i %1. Send filen til %2 på den måten dere vil. Når svaret kommer, velg «Importer signert svar…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer signert svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signert svar (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra %1: %2 signert, %3 avvist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>festet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stemmer med den festede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nøkkel (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>Ny veileder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veileder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fornavn og etternavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barnevernspedagog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klinisk barnevernspedagog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sosionom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klinisk sosionom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vernepleier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klinisk vernepleier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psykolog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psykologspesialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sykepleier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spesialsykepleier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pedagog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet teller bare ekstern og individuell veiledning fra godkjente veiledere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel familieterapeut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profesjon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godkjenninger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidssted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stilling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profesjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn må fylles ut.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorPickDialog</name>
    <message>
        <source>Signerark for veileder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg veilederen som skal signere på papir. Arket viser de gjennomførte møtene som ikke er signert ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag signerark …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorTableModel</name>
    <message>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profesjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godkjenninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorsPage</name>
    <message>
        <source>Ny veileder …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rediger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timene er gjennomført veiledning hos hver veileder. Hva som teller mot kravene, står på oversikten og i «Veiledning».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slette veilederen %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slett veileder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan ikke slette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdBar</name>
    <message>
        <source>Oppmøte %1, krav %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>krav %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>Veiledningsmøter (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-filer (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppmøte på samlinger (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlinger til kalenderen (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalenderfiler (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele loggen (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-filer (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen samlinger å eksportere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg et studieprogram i profilen først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 veiledningsmøter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samlingsdager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hele loggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksporten feilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunne ikke skrive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eksportert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrev %1 til %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veiledere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veiledningsmøter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oppmøtedager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arbeidskrav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veiledernøkler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erstattede nøkler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egen nøkkel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signeringsforespørsler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signaturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signerte svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skannede signeringsark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veiledning gitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bekreftede forutsetninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nye: %1. Fantes fra før: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profilen i eksporten («%1») ble ikke tatt inn: datafilen beholder sin egen profil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miljologg-eksport (*.json);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importen ble ikke gjort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingenting er endret i loggen.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eksporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sikkerhetskopier…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Uventet feil: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifySection</name>
    <message>
        <source>Kontroller en dokumentasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjekk at hver side i en dokumentasjons-PDF er slik den ble laget, at signaturene er gyldige og at timetallene stemmer med de signerte møtene – din egen eller en du har fått tilsendt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontroller en dokumentasjon (PDF) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontroller dokumentasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollerer …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Velkommen til miljologg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velkommen!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miljologg holder oversikt over veiledningstimer, oppmøte og arbeidskrav i videreutdanningen din. Alt lagres bare på denne maskinen. Fortell oss litt om deg selv – du kan endre det senere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeg er &amp;student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeg er &amp;veileder og skal signere studenters veiledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fornavn og etternavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vernepleier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sosionom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barnevernspedagog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sykepleier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psykolog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pedagog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velg eller skriv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profesjon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel «Ambulant team, BUP»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arbeidssted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel «fagkonsulent»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tilling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tudieprogram:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel «ungdom 13–18 år i barneverninstitusjon»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Klientgruppe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel «miljøterapeutisk arbeid og ambulante oppfølgingssamtaler»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeids&amp;oppgaver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Teieplikt:&lt;/b&gt; Beskriv klientgruppe og oppgaver bare i generelle vendinger. Skriv aldri navn, fødselsnummer eller detaljer som kan peke ut én person (helsepersonelloven § 21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opprett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 · %3 samlinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klientgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeidsoppgaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan ikke opprette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
