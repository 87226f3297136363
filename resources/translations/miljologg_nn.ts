<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>App</name>
    <message>
        <source>Datafilen</source>
        <extracomment>The Linux desktop entry&apos;s id (packaging/linux/), also the macOS bundle id. Called with the error when SQLite finds the open file damaged (offer a backup).</extracomment>
        <translation>Datafila</translation>
    </message>
    <message>
        <source>Noe gikk galt</source>
        <translation>Noko gjekk gale</translation>
    </message>
    <message>
        <source>Det oppstod en uventet feil (%1). Det du har lagret, er trygt i datafilen. Feilen er skrevet til loggen i mappen «logs» ved siden av datafilen.</source>
        <translation>Det oppstod ein uventa feil (%1). Det du har lagra, er trygt i datafila. Feilen er skriven til loggen i mappa «logs» ved sida av datafila.</translation>
    </message>
    <message>
        <source>Kunne ikke opprette datafilen</source>
        <translation>Kunne ikkje opprette datafila</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Endre arbeidskrav</source>
        <translation>Endre arbeidskrav</translation>
    </message>
    <message>
        <source>Nytt arbeidskrav</source>
        <translation>Nytt arbeidskrav</translation>
    </message>
    <message>
        <source>f.eks. Refleksjonsnotat 1</source>
        <translation>t.d. Refleksjonsnotat 1</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Tittel:</source>
        <translation>Tittel:</translation>
    </message>
    <message>
        <source>Frist:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>Levert</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>Levering:</source>
        <translation>Levering:</translation>
    </message>
    <message>
        <source>Godkjent</source>
        <translation>Godkjend</translation>
    </message>
    <message>
        <source>Godkjenning:</source>
        <translation>Godkjenning:</translation>
    </message>
    <message>
        <source>Valgfritt. Ingen opplysninger om klienter.</source>
        <translation>Valfritt. Ingen opplysningar om klientar.</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Merknad:</source>
        <translation>Merknad:</translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Levert</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>Godkjent</source>
        <translation>Godkjend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fristen har gått ut, og arbeidskravet er ikke levert.</source>
        <translation>Fristen har gått ut, og arbeidskravet er ikkje levert.</translation>
    </message>
    <message>
        <source>Ikke levert</source>
        <translation>Ikkje levert</translation>
    </message>
    <message>
        <source>Forsinket</source>
        <translation>Forseinka</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <source>Arbeidskrav</source>
        <translation>Arbeidskrav</translation>
    </message>
    <message>
        <source>Nytt arbeidskrav…</source>
        <translation>Nytt arbeidskrav…</translation>
    </message>
    <message>
        <source>Endre…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <source>Marker som levert i dag</source>
        <translation>Merk som levert i dag</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Søk i tittel</source>
        <translation>Søk i tittel</translation>
    </message>
    <message>
        <source>Endre</source>
        <translation>Endre</translation>
    </message>
    <message>
        <source>Ingen arbeidskrav ennå. Legg dem inn med «Nytt arbeidskrav…».</source>
        <translation>Ingen arbeidskrav enno. Legg dei inn med «Nytt arbeidskrav…».</translation>
    </message>
    <message>
        <source>{handed} av {total} levert, {approved} godkjent, {late} forsinket.</source>
        <translation>{handed} av {total} levert, {approved} godkjende, {late} forseinka.</translation>
    </message>
    <message>
        <source>Kunne ikke lagre</source>
        <translation>Kunne ikkje lagre</translation>
    </message>
    <message>
        <source>Slette arbeidskravet «{title}»? Dette kan ikke angres.</source>
        <translation>Slette arbeidskravet «{title}»? Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <source>Slett arbeidskrav</source>
        <translation>Slett arbeidskrav</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Vår</source>
        <translation>Vår</translation>
    </message>
    <message>
        <source>Høst</source>
        <translation>Haust</translation>
    </message>
    <message>
        <source>Kommer</source>
        <translation>Kjem</translation>
    </message>
    <message>
        <source>Ikke registrert</source>
        <translation>Ikkje registrert</translation>
    </message>
    <message>
        <source>I dag – ikke registrert ennå</source>
        <translation>I dag – ikkje registrert enno</translation>
    </message>
    <message>
        <source>Mangler 1 dag</source>
        <translation>Manglar 1 dag</translation>
    </message>
    <message>
        <source>Mangler {count} dager</source>
        <translation>Manglar {count} dagar</translation>
    </message>
    <message>
        <source>{count} av {total} dag</source>
        <translation>{count} av {total} dag</translation>
    </message>
    <message>
        <source>{count} av {total} dager</source>
        <translation>{count} av {total} dagar</translation>
    </message>
    <message>
        <source>Legetime</source>
        <translation>Legetime</translation>
    </message>
    <message>
        <source>Sykdom</source>
        <translation>Sjukdom</translation>
    </message>
    <message>
        <source>Sykt barn</source>
        <translation>Sjukt barn</translation>
    </message>
    <message>
        <source>Arbeid</source>
        <translation>Arbeid</translation>
    </message>
    <message>
        <source>Permisjon</source>
        <translation>Permisjon</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Delvis til stede</source>
        <translation>Delvis til stades</translation>
    </message>
    <message>
        <source>Borte</source>
        <translation>Borte</translation>
    </message>
    <message>
        <source>Delvis til stede: {heading}</source>
        <translation>Delvis til stades: {heading}</translation>
    </message>
    <message>
        <source>Borte: {heading}</source>
        <translation>Borte: {heading}</translation>
    </message>
    <message>
        <source>f.eks. 4 t, 4 t 30 min eller 270</source>
        <translation>t.d. 4 t, 4 t 30 min eller 270</translation>
    </message>
    <message>
        <source>Planlagt undervisning: {planned}. Et tall uten enhet er minutter.</source>
        <translation>Planlagd undervisning: {planned}. Eit tal utan eining er minutt.</translation>
    </message>
    <message>
        <source>Til stede i:</source>
        <translation>Til stades i:</translation>
    </message>
    <message>
        <source>Valgfri, f.eks. Sykdom</source>
        <translation>Valfri, t.d. Sjukdom</translation>
    </message>
    <message>
        <source>Skriv aldri noe som kan identifisere en klient.</source>
        <translation>Skriv aldri noko som kan identifisere ein klient.</translation>
    </message>
    <message>
        <source>Begrunnelse:</source>
        <translation>Grunngiving:</translation>
    </message>
    <message>
        <source>Oppgi mellom 1 min og {most} (mindre enn hele dagen).</source>
        <translation>Gi opp mellom 1 min og {most} (mindre enn heile dagen).</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngiving</translation>
    </message>
</context>
<context>
    <name>AttendanceSummary</name>
    <message>
        <source>Gå til første</source>
        <translation>Gå til første</translation>
    </message>
    <message>
        <source>Vis den første dagen som ikke er registrert</source>
        <translation>Vis den første dagen som ikkje er registrert</translation>
    </message>
    <message>
        <source>Alle tidligere samlingsdager er registrert.</source>
        <translation>Alle tidlegare samlingsdagar er registrerte.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Automatisk (daglig)</source>
        <translation>Automatisk (dagleg)</translation>
    </message>
    <message>
        <source>Laget av deg</source>
        <translation>Laga av deg</translation>
    </message>
    <message>
        <source>Før import</source>
        <translation>Før import</translation>
    </message>
    <message>
        <source>Før gjenoppretting</source>
        <translation>Før gjenoppretting</translation>
    </message>
    <message>
        <source>Før oppgradering</source>
        <translation>Før oppgradering</translation>
    </message>
    <message>
        <source>Sikkerhetskopier</source>
        <translation>Tryggingskopiar</translation>
    </message>
    <message>
        <source>miljologg tar en sikkerhetskopi hver dag du åpner programmet og før hver import. De siste 14 dagene og én per måned det siste året beholdes. Kopiene ligger i mappen «%1».</source>
        <translation>miljologg tek ein tryggingskopi kvar dag du opnar programmet og før kvar import. Dei siste 14 dagane og éin per månad det siste året blir tekne vare på. Kopiane ligg i mappa «%1».</translation>
    </message>
    <message>
        <source>Ingen sikkerhetskopier ennå.</source>
        <translation>Ingen tryggingskopiar enno.</translation>
    </message>
    <message>
        <source>Lag sikkerhetskopi nå</source>
        <translation>Lag tryggingskopi no</translation>
    </message>
    <message>
        <source>Gjenopprett…</source>
        <translation>Gjenopprett…</translation>
    </message>
    <message>
        <source>Sikkerhetskopien ble ikke laget</source>
        <translation>Tryggingskopien vart ikkje laga</translation>
    </message>
    <message>
        <source>Vil du gjenopprette sikkerhetskopien fra %1? Alt du har ført etter dette tidspunktet forsvinner fra loggen, men dagens innhold tas vare på i en ny sikkerhetskopi først, så du kan angre.</source>
        <translation>Vil du gjenopprette tryggingskopien frå %1? Alt du har ført etter dette tidspunktet forsvinn frå loggen, men innhaldet i dag blir teke vare på i ein ny tryggingskopi først, så du kan angre.</translation>
    </message>
    <message>
        <source>Gjenopprette sikkerhetskopi?</source>
        <translation>Gjenopprette tryggingskopi?</translation>
    </message>
    <message>
        <source>Gjenopprett</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Gjenopprettingen ble ikke gjort</source>
        <translation>Gjenopprettinga vart ikkje gjord</translation>
    </message>
    <message>
        <source>Gjenopprettet</source>
        <translation>Gjenoppretta</translation>
    </message>
    <message>
        <source>Loggen er gjenopprettet fra %1. Innholdet fra før ligger i sikkerhetskopien «Før gjenoppretting».</source>
        <translation>Loggen er gjenoppretta frå %1. Innhaldet frå før ligg i tryggingskopien «Før gjenoppretting».</translation>
    </message>
    <message>
        <source>Kunne ikke åpne datafilen</source>
        <translation>Kunne ikkje opne datafila</translation>
    </message>
    <message>
        <source>Fant ingen sikkerhetskopi av filen å gjenopprette fra.</source>
        <translation>Fann ingen tryggingskopi av fila å gjenopprette frå.</translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi %1? Den skadede filen flyttes til side som «%2.damaged-…» i samme mappe og slettes ikke.</source>
        <translation>Gjenopprette frå tryggingskopi %1? Den skadde fila blir flytta til sides som «%2.damaged-…» i same mappa og blir ikkje sletta.</translation>
    </message>
    <message>
        <source>Datafilen er gjenopprettet fra %1. Den skadede filen ligger i %2.</source>
        <translation>Datafila er gjenoppretta frå %1. Den skadde fila ligg i %2.</translation>
    </message>
    <message>
        <source>Filen er i bruk</source>
        <translation>Fila er i bruk</translation>
    </message>
    <message>
        <source>Filen er allerede åpen i et annet miljologg-vindu. Bytt til det vinduet, eller lukk det og prøv igjen.</source>
        <translation>Fila er alt open i eit anna miljologg-vindauge. Byt til det vindauget, eller lukk det og prøv igjen.</translation>
    </message>
    <message>
        <source>Filen har flere navn</source>
        <translation>Fila har fleire namn</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Kvifor</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Storleik</translation>
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
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Bruk</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Forkast</source>
        <translation>Forkast</translation>
    </message>
</context>
<context>
    <name>CumulativeChart</name>
    <message>
        <source>jan</source>
        <extracomment>What each part of the pictures is drawn with: a tone of ``ui.widgets.theme``, so the colours follow a light or dark palette (asked for at every paint).</extracomment>
        <translation>jan</translation>
    </message>
    <message>
        <source>feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>okt</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>des</source>
        <translation>des</translation>
    </message>
    <message>
        <source>Diagram over timer med veiledning som teller</source>
        <translation>Diagram over timar med rettleiing som tel</translation>
    </message>
    <message>
        <source>Timer som teller: %1</source>
        <translation>Timar som tel: %1</translation>
    </message>
    <message>
        <source>Ingen data å vise ennå.</source>
        <translation>Ingen data å vise enno.</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>Timer som teller</source>
        <translation>Timar som tel</translation>
    </message>
    <message>
        <source>Plan: jevn fordeling</source>
        <translation>Plan: jamn fordeling</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Oversikt</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Veiledning</source>
        <translation>Rettleiing</translation>
    </message>
    <message>
        <source>Oppmøte på samlingene</source>
        <translation>Oppmøte på samlingane</translation>
    </message>
    <message>
        <source>Neste samling</source>
        <translation>Neste samling</translation>
    </message>
    <message>
        <source>Timer som teller, mot planen</source>
        <translation>Timar som tel, mot planen</translation>
    </message>
    <message>
        <source>Deltakelse i veiledning</source>
        <translation>Deltaking i rettleiing</translation>
    </message>
    <message>
        <source>Arbeidskrav</source>
        <translation>Arbeidskrav</translation>
    </message>
    <message>
        <source>Dette bør du se på</source>
        <translation>Dette bør du sjå på</translation>
    </message>
    <message>
        <source>Venter på signatur</source>
        <translation>Ventar på signatur</translation>
    </message>
    <message>
        <source>%1 · i dag %2 %3</source>
        <translation>%1 · i dag %2 %3</translation>
    </message>
    <message>
        <source>Om %1 dag.</source>
        <translation>Om %1 dag.</translation>
    </message>
    <message>
        <source>%1 gjennomført møte har ventet mer enn 14 dager på veilederens signatur.</source>
        <translation>%1 gjennomført møte har venta meir enn 14 dagar på signaturen til rettleiaren.</translation>
    </message>
    <message>
        <source>%1 gjennomførte møter har ventet mer enn 14 dager på veilederens signatur.</source>
        <translation>%1 gjennomførte møte har venta meir enn 14 dagar på signaturen til rettleiaren.</translation>
    </message>
    <message>
        <source>Ingen flere samlinger i programmet.</source>
        <translation>Ingen fleire samlingar i programmet.</translation>
    </message>
    <message>
        <source> og </source>
        <translation> og </translation>
    </message>
    <message>
        <source>Samlingen starter i dag.</source>
        <translation>Samlinga startar i dag.</translation>
    </message>
    <message>
        <source>Samlingen starter i morgen.</source>
        <translation>Samlinga startar i morgon.</translation>
    </message>
    <message>
        <source>Om %1 dager.</source>
        <translation>Om %1 dagar.</translation>
    </message>
    <message>
        <source>%1 av %2 levert, %3 godkjent.</source>
        <translation>%1 av %2 levert, %3 godkjende.</translation>
    </message>
    <message>
        <source>%1 har passert fristen uten å være levert.</source>
        <translation>%1 har passert fristen utan å vere levert.</translation>
    </message>
    <message>
        <source>Ingen arbeidskrav registrert.</source>
        <translation>Ingen arbeidskrav registrerte.</translation>
    </message>
    <message>
        <source>Ingenting å ta tak i nå. Alt ser ut til å være i rute.</source>
        <translation>Ingenting å ta tak i no. Alt ser ut til å vere i rute.</translation>
    </message>
    <message>
        <source>Velg en veileder for å se det eldste møtet.</source>
        <translation>Vel ein rettleiar for å sjå det eldste møtet.</translation>
    </message>
    <message>
        <source>%1: %3 møter, det eldste %2</source>
        <translation>%1: %3 møte, det eldste %2</translation>
    </message>
    <message>
        <source>%1: %3 møte (%2)</source>
        <translation>%1: %3 møte (%2)</translation>
    </message>
    <message>
        <source>Ukjent veileder</source>
        <translation>Ukjend rettleiar</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Velg dato i kalenderen (Alt+Pil ned)</source>
        <translation>Vel dato i kalenderen (Alt+Pil ned)</translation>
    </message>
    <message>
        <source>Velg dato i kalenderen</source>
        <translation>Vel dato i kalenderen</translation>
    </message>
    <message>
        <source>Skriv en dato, for eksempel %1.</source>
        <translation>Skriv ein dato, til dømes %1.</translation>
    </message>
    <message>
        <source>Datoen er ikke skrevet ferdig. Skriv hele datoen, for eksempel %1.</source>
        <translation>Datoen er ikkje ferdigskriven. Skriv heile datoen, til dømes %1.</translation>
    </message>
    <message>
        <source>Datoen må være fra %1 til %2.</source>
        <translation>Datoen må vere frå %1 til %2.</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Kunne ikke skrive filen: {error}</source>
        <translation>Kunne ikkje skrive fila: {error}</translation>
    </message>
    <message>
        <source>Uventet feil: {error}</source>
        <translation>Uventa feil: {error}</translation>
    </message>
    <message>
        <source>Dokumentasjon</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <source>Lag en PDF som en godkjenningskomité kan lese og kontrollere: sammendrag, veiledningslogg, én attest per veileder, oppmøte, arbeidskrav og dine erklæringer (loggen er riktig og fullstendig, og taushetsplikt). PDF-en har med seg grunnlaget, så hver side kan kontrolleres.</source>
        <translation>Lag ein PDF som ein godkjenningskomité kan lese og kontrollere: samandrag, rettleiingslogg, éin attest per rettleiar, oppmøte, arbeidskrav og erklæringane dine (loggen er rett og fullstendig, og teieplikt). PDF-en har med seg grunnlaget, så kvar side kan kontrollerast.</translation>
    </message>
    <message>
        <source>Bare studieprogrammet</source>
        <translation>Berre studieprogrammet</translation>
    </message>
    <message>
        <source>(ikke verifisert)</source>
        <translation>(ikkje verifisert)</translation>
    </message>
    <message>
        <source>Godkjenningsordning</source>
        <translation>Godkjenningsordning</translation>
    </message>
    <message>
        <source>Språk i dokumentasjonen</source>
        <translation>Språk i dokumentasjonen</translation>
    </message>
    <message>
        <source>Bare perioden</source>
        <translation>Berre perioden</translation>
    </message>
    <message>
        <source>til</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Dette kommer med</source>
        <translation>Dette kjem med</translation>
    </message>
    <message>
        <source>Lagre PDF…</source>
        <translation>Lagre PDF…</translation>
    </message>
    <message>
        <source>Åpne PDF</source>
        <translation>Opne PDF</translation>
    </message>
    <message>
        <source>Skriv periodens første og siste dato, for eksempel %1.</source>
        <translation>Skriv første og siste dato i perioden, til dømes %1.</translation>
    </message>
    <message>
        <source>Sammendrag av kravene ({n} krav)</source>
        <translation>Samandrag av krava ({n} krav)</translation>
    </message>
    <message>
        <source>Attester: {n} (én per veileder)</source>
        <translation>Attestar: {n} (éin per rettleiar)</translation>
    </message>
    <message>
        <source>Oppmøte: {n} samlingsdager</source>
        <translation>Oppmøte: {n} samlingsdagar</translation>
    </message>
    <message>
        <source>Oppmøte: {n} samlingsdag</source>
        <translation>Oppmøte: {n} samlingsdag</translation>
    </message>
    <message>
        <source>{n} individuell</source>
        <extracomment>One part of the log&apos;s line per form: (singular, plural), «{n}» the count.</extracomment>
        <translation>{n} individuell</translation>
    </message>
    <message>
        <source>{n} individuelle</source>
        <translation>{n} individuelle</translation>
    </message>
    <message>
        <source>{n} i ekstern gruppe</source>
        <translation>{n} i ekstern gruppe</translation>
    </message>
    <message>
        <source>{n} på samling</source>
        <translation>{n} på samling</translation>
    </message>
    <message>
        <source>{n} på veiledningen du har gitt</source>
        <translation>{n} på rettleiinga du har gitt</translation>
    </message>
    <message>
        <source>{n} gitt av deg</source>
        <translation>{n} gitt av deg</translation>
    </message>
    <message>
        <source>Veiledningslogg: {n} møte ({parts})</source>
        <translation>Rettleiingslogg: {n} møte ({parts})</translation>
    </message>
    <message>
        <source>Veiledningslogg: {n} møter ({parts})</source>
        <translation>Rettleiingslogg: {n} møte ({parts})</translation>
    </message>
    <message>
        <source>Arbeidskrav: {n}</source>
        <translation>Arbeidskrav: {n}</translation>
    </message>
    <message>
        <source>Erklæringer: loggen er riktig og fullstendig, og taushetsplikt</source>
        <translation>Erklæringar: loggen er rett og fullstendig, og teieplikt</translation>
    </message>
    <message>
        <source>Skannede signeringsark: {n} ({names})</source>
        <translation>Skanna signeringsark: {n} ({names})</translation>
    </message>
    <message>
        <source>Timer er klokketimer.</source>
        <translation>Timar er klokketimar.</translation>
    </message>
    <message>
        <source>Ordningen regner 1 time = {minutes} minutter.</source>
        <translation>Ordninga reknar 1 time = {minutes} minutt.</translation>
    </message>
    <message>
        <source>Periode {start}–{end}.</source>
        <translation>Periode {start}–{end}.</translation>
    </message>
    <message>
        <source>Lager PDF …</source>
        <translation>Lagar PDF …</translation>
    </message>
    <message>
        <source>Lagret {path} ({pages} sider, dokument-ID {id}).</source>
        <translation>Lagra {path} ({pages} sider, dokument-ID {id}).</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Lagre signerark</source>
        <translation>Lagre signeringsark</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Velg det skannede arket</source>
        <translation>Vel det skanna arket</translation>
    </message>
    <message>
        <source>Skannet ark (*.pdf *.png *.jpg *.jpeg);;Alle filer (*)</source>
        <translation>Skanna ark (*.pdf *.png *.jpg *.jpeg);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Lagre signeringsforespørsel</source>
        <translation>Lagre signeringsførespurnad</translation>
    </message>
    <message>
        <source>Signeringsforespørsel (*.json)</source>
        <translation>Signeringsførespurnad (*.json)</translation>
    </message>
    <message>
        <source>Importer signert svar</source>
        <translation>Importer signert svar</translation>
    </message>
    <message>
        <source>Signert svar (*.json)</source>
        <translation>Signert svar (*.json)</translation>
    </message>
    <message>
        <source>Lagre dokumentasjon</source>
        <translation>Lagre dokumentasjon</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Kontroller dokumentasjon</source>
        <translation>Kontroller dokumentasjon</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf);;Alle filer (*)</source>
        <translation>PDF-filer (*.pdf);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Ny datafil</source>
        <translation>Ny datafil</translation>
    </message>
    <message>
        <source>miljologg-datafil (*.sqlite *.db);;Alle filer (*)</source>
        <translation>miljologg-datafil (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Opprett</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <source>Åpne datafil</source>
        <translation>Opne datafil</translation>
    </message>
    <message>
        <source>Eksporter</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Kalenderfiler (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>JSON-filer (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>miljologg-eksport (*.json);;Alle filer (*)</source>
        <translation>miljologg-eksport (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Åpne signeringsforespørsel</source>
        <translation>Opne signeringsførespurnad</translation>
    </message>
    <message>
        <source>Lagre signert svar</source>
        <translation>Lagre signert svar</translation>
    </message>
    <message>
        <source>Eksporter offentlig nøkkel</source>
        <translation>Eksporter offentleg nøkkel</translation>
    </message>
    <message>
        <source>Offentlig nøkkel (*.pem)</source>
        <translation>Offentleg nøkkel (*.pem)</translation>
    </message>
    <message>
        <source>Mappe:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Filnavn:</source>
        <translation>Filnamn:</translation>
    </message>
    <message>
        <source>Filtype:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Åpne</source>
        <translation>Opne</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>GatheringsPage</name>
    <message>
        <source>Samlinger og oppmøte</source>
        <translation>Samlingar og oppmøte</translation>
    </message>
    <message>
        <source>Dag og planlagt tid</source>
        <translation>Dag og planlagd tid</translation>
    </message>
    <message>
        <source>Registrert</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>Gruppeveiledning</source>
        <translation>Grupperettleiing</translation>
    </message>
    <message>
        <source>Registrer</source>
        <translation>Registrer</translation>
    </message>
    <message>
        <source>Til stede	T</source>
        <translation>Til stades	T</translation>
    </message>
    <message>
        <source>Delvis til stede…	D</source>
        <translation>Delvis til stades…	D</translation>
    </message>
    <message>
        <source>Borte…	B</source>
        <translation>Borte…	B</translation>
    </message>
    <message>
        <source>Angre registrering	Delete</source>
        <translation>Angre registrering	Delete</translation>
    </message>
    <message>
        <source>Tastatur: T = til stede, D = delvis, B = borte, Delete = angre (for valgt dag eller samling).</source>
        <translation>Tastatur: T = til stades, D = delvis, B = borte, Delete = angre (for vald dag eller samling).</translation>
    </message>
    <message>
        <source>Samling {number}: {dates}</source>
        <translation>Samling {number}: {dates}</translation>
    </message>
    <message>
        <source>Planlagt undervisning: {duration}</source>
        <translation>Planlagd undervisning: {duration}</translation>
    </message>
    <message>
        <source>Undervisning {start}–{end}</source>
        <translation>Undervisning {start}–{end}</translation>
    </message>
    <message>
        <source>Delvis…</source>
        <translation>Delvis…</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Til stades</translation>
    </message>
    <message>
        <source>Registrer som til stede (T)</source>
        <translation>Registrer som til stades (T)</translation>
    </message>
    <message>
        <source>Til stede en del av dagen (D)</source>
        <translation>Til stades ein del av dagen (D)</translation>
    </message>
    <message>
        <source>Borte…</source>
        <translation>Borte…</translation>
    </message>
    <message>
        <source>Registrer fravær med begrunnelse (B)</source>
        <translation>Registrer fråvær med grunngiving (B)</translation>
    </message>
    <message>
        <source>Angre</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Fjern registreringen (Delete)</source>
        <translation>Fjern registreringa (Delete)</translation>
    </message>
    <message>
        <source>Profilen har ikke noe studieprogram.</source>
        <translation>Profilen har ikkje noko studieprogram.</translation>
    </message>
    <message>
        <source>{minutes} min – {name}</source>
        <translation>{minutes} min – {name}</translation>
    </message>
    <message>
        <source> (ikke holdt)</source>
        <translation> (ikkje halde)</translation>
    </message>
    <message>
        <source>Gruppeveiledning på samlingen: {sessions}</source>
        <translation>Grupperettleiing på samlinga: {sessions}</translation>
    </message>
    <message>
        <source>Oppmøte kan ikke registreres før dagen har vært.</source>
        <translation>Oppmøte kan ikkje registrerast før dagen har vore.</translation>
    </message>
</context>
<context>
    <name>GivenPage</name>
    <message>
        <source>Veiledning gitt</source>
        <translation>Rettleiing gitt</translation>
    </message>
    <message>
        <source>Møtene du har godkjent eller avvist fra studentenes forespørsler. FO ber om en slik oversikt når du søker om godkjenning som veileder.</source>
        <translation>Møta du har godkjent eller avvist frå førespurnadene til studentane. FO ber om ei slik oversikt når du søkjer om godkjenning som rettleiar.</translation>
    </message>
    <message>
        <source>%1 møte signert</source>
        <translation>%1 møte signert</translation>
    </message>
    <message>
        <source>%1 møter signert</source>
        <translation>%1 møte signerte</translation>
    </message>
    <message>
        <source>, %2 avvist, </source>
        <translation>, %2 avviste, </translation>
    </message>
    <message>
        <source>%3 student.</source>
        <translation>%3 student.</translation>
    </message>
    <message>
        <source>%3 studenter.</source>
        <translation>%3 studentar.</translation>
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
        <translation>Dato</translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation>Varigheit</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Avgjørelse</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Avvist</source>
        <translation>Avvist</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Brukerveiledning</source>
        <translation>Brukarrettleiing</translation>
    </message>
    <message>
        <source>En privat logg over veiledning, oppmøte og arbeidskrav. Alt lagres bare i datafilen på denne maskinen.</source>
        <translation>Ein privat logg over rettleiing, oppmøte og arbeidskrav. Alt blir lagra berre i datafila på denne maskina.</translation>
    </message>
    <message>
        <source>Datafil</source>
        <translation>Datafil</translation>
    </message>
    <message>
        <source>Sikkerhetskopier</source>
        <translation>Tryggingskopiar</translation>
    </message>
    <message>
        <source>ikke oppgitt</source>
        <translation>ikkje oppgitt</translation>
    </message>
    <message>
        <source>Tallene er kontrollert mot kilden.</source>
        <translation>Tala er kontrollerte mot kjelda.</translation>
    </message>
    <message>
        <source>Tallene er ikke bekreftet – sjekk dem mot studieplanen din.</source>
        <translation>Tala er ikkje stadfesta – sjekk dei mot studieplanen din.</translation>
    </message>
    <message>
        <source>Studieprogram</source>
        <translation>Studieprogram</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Teieplikt</source>
        <translation>Teieplikt</translation>
    </message>
    <message>
        <source>Skriv aldri navn eller andre opplysninger som kan identifisere klienter (helsepersonelloven § 21).</source>
        <translation>Skriv aldri namn eller andre opplysningar som kan identifisere klientar (helsepersonellova § 21).</translation>
    </message>
    <message>
        <source>Lisenser</source>
        <translation>Lisensar</translation>
    </message>
    <message>
        <source>miljologg bruker Qt %1 gjennom PySide6 %2 under GNU LGPL versjon 3. Bibliotekene appen har med seg, med lisensen hver av dem oppgir:</source>
        <translation>miljologg brukar Qt %1 gjennom PySide6 %2 under GNU LGPL versjon 3. Biblioteka appen har med seg, med lisensen kvart av dei oppgir:</translation>
    </message>
    <message>
        <source>Skrift i PDF-en</source>
        <translation>Skrift i PDF-en</translation>
    </message>
    <message>
        <source>DejaVu Sans (Bitstream Vera-lisensen, endringene i offentlig eie). Lisensteksten:</source>
        <translation>DejaVu Sans (Bitstream Vera-lisensen, endringane i offentleg eige). Lisensteksten:</translation>
    </message>
    <message>
        <source>Om miljologg</source>
        <translation>Om miljologg</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Min nøkkel</source>
        <translation>Nøkkelen min</translation>
    </message>
    <message>
        <source>Eksporter offentlig nøkkel (PEM) …</source>
        <translation>Eksporter offentleg nøkkel (PEM) …</translation>
    </message>
    <message>
        <source>Lag nøkkel</source>
        <translation>Lag nøkkel</translation>
    </message>
    <message>
        <source>Passordfrase (minst 8 tegn)</source>
        <translation>Passordfrase (minst 8 teikn)</translation>
    </message>
    <message>
        <source>Gjenta passordfrasen</source>
        <translation>Gjenta passordfrasen</translation>
    </message>
    <message>
        <source>Du har ingen nøkkel ennå. Den lages første gang du signerer en forespørsel, eller her. Passordfrasen beskytter nøkkelen og lagres aldri; glemmer du den, må du lage en ny nøkkel, og studentene må godta den på nytt.</source>
        <translation>Du har ingen nøkkel enno. Han blir laga første gong du signerer ein førespurnad, eller her. Passordfrasen vernar nøkkelen og blir aldri lagra; gløymer du han, må du lage ein ny nøkkel, og studentane må godta han på nytt.</translation>
    </message>
    <message>
        <source>Fingeravtrykket under identifiserer nøkkelen din. Studenten ser det samme når svaret ditt importeres – les det gjerne høyt for å sammenligne. Den offentlige nøkkelen kan deles fritt; med den kan hvem som helst sjekke signaturene dine.</source>
        <translation>Fingeravtrykket under identifiserer nøkkelen din. Studenten ser det same når svaret ditt blir importert – les det gjerne høgt for å samanlikne. Den offentlege nøkkelen kan delast fritt; med han kan kven som helst sjekke signaturane dine.</translation>
    </message>
    <message>
        <source>Passordfrasene er ikke like.</source>
        <translation>Passordfrasane er ikkje like.</translation>
    </message>
    <message>
        <source>Eksporter offentlig nøkkel</source>
        <translation>Eksporter offentleg nøkkel</translation>
    </message>
    <message>
        <source>Kunne ikke lagre %1: %2</source>
        <translation>Kunne ikkje lagre %1: %2</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Språk (ved neste oppstart)</source>
        <extracomment>What the chosen language says about the restart, in that language (read by a person who may not read the current one; the current language&apos;s sentence comes from the catalogue).</extracomment>
        <translation>&amp;Språk (ved neste oppstart)</translation>
    </message>
    <message>
        <source>Språket blir byttet neste gang du starter miljologg.</source>
        <translation>Språket blir bytt neste gong du startar miljologg.</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sider</source>
        <extracomment>Which page owns the records a problem (or link) points at. The last dialog the window opened (Profil, Brukerveiledning, Om); tests drive it. Asks for a data file (Fil → Ny / Åpne); tests put an answer in its place.</extracomment>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Oversikt</source>
        <extracomment>Pages by key, each built on first access.</extracomment>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Veiledning</source>
        <translation>Rettleiing</translation>
    </message>
    <message>
        <source>Samlinger</source>
        <translation>Samlingar</translation>
    </message>
    <message>
        <source>Veiledere</source>
        <translation>Rettleiarar</translation>
    </message>
    <message>
        <source>Arbeidskrav</source>
        <translation>Arbeidskrav</translation>
    </message>
    <message>
        <source>Dokumentasjon</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <source>Signeringsforespørsler</source>
        <translation>Signeringsførespurnader</translation>
    </message>
    <message>
        <source>Veiledning gitt</source>
        <translation>Rettleiing gitt</translation>
    </message>
    <message>
        <source>Min nøkkel</source>
        <translation>Nøkkelen min</translation>
    </message>
    <message>
        <source>Åpner loggen …</source>
        <translation>Opnar loggen …</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Ny datafil…</source>
        <translation>&amp;Ny datafil…</translation>
    </message>
    <message>
        <source>&amp;Åpne datafil…</source>
        <translation>&amp;Opne datafil…</translation>
    </message>
    <message>
        <source>&amp;Profil …</source>
        <translation>&amp;Profil …</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Importer signert s&amp;var …</source>
        <translation>Importer signert s&amp;var …</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Nytt veiledningsmøte…</source>
        <translation>&amp;Nytt rettleiingsmøte…</translation>
    </message>
    <message>
        <source>&amp;Søk</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>&amp;Signering</source>
        <translation>&amp;Signering</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Brukerveiledning</source>
        <translation>&amp;Brukarrettleiing</translation>
    </message>
    <message>
        <source>&amp;Om miljologg</source>
        <translation>&amp;Om miljologg</translation>
    </message>
    <message>
        <source>Filen finnes allerede</source>
        <translation>Fila finst alt</translation>
    </message>
    <message>
        <source>Det finnes allerede en fil med dette navnet. Den blir åpnet i stedet.</source>
        <translation>Det finst alt ei fil med dette namnet. Ho blir opna i staden.</translation>
    </message>
</context>
<context>
    <name>MakeUpDialog</name>
    <message>
        <source>Marker som tatt igjen</source>
        <extracomment>Item data of the «remove the link» choice.</extracomment>
        <translation>Merk som teke igjen</translation>
    </message>
    <message>
        <source>Avlyst møte %1 (%2). Velg det gjennomførte møtet som tok det igjen:</source>
        <translation>Avlyst møte %1 (%2). Vel det gjennomførte møtet som tok det igjen:</translation>
    </message>
    <message>
        <source>Ingen – fjern koblingen</source>
        <translation>Ingen – fjern koplinga</translation>
    </message>
    <message>
        <source>Ingen gjennomførte møter i samme form etter denne datoen. Før erstatningsmøtet først, og marker deretter.</source>
        <translation>Ingen gjennomførte møte i same form etter denne datoen. Før erstatningsmøtet først, og merk deretter.</translation>
    </message>
</context>
<context>
    <name>PaperRecordDialog</name>
    <message>
        <source>Registrer papirsignatur</source>
        <translation>Registrer papirsignatur</translation>
    </message>
    <message>
        <source>Kryss av møtene veilederen har signert på arket. Sammenlign fingeravtrykket med arket: er det ulikt, er møtet endret etter at arket ble skrevet ut og må signeres på nytt.</source>
        <translation>Kryss av møta rettleiaren har signert på arket. Samanlikn fingeravtrykket med arket: er det ulikt, er møtet endra etter at arket vart skrive ut og må signerast på nytt.</translation>
    </message>
    <message>
        <source>Veileder</source>
        <translation>Rettleiar</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation>Varigheit</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Fingeravtrykk</source>
        <translation>Fingeravtrykk</translation>
    </message>
    <message>
        <source>Ingen usignerte møter hos denne veilederen.</source>
        <translation>Ingen usignerte møte hos denne rettleiaren.</translation>
    </message>
    <message>
        <source>Filen med det skannede, signerte arket</source>
        <translation>Fila med det skanna, signerte arket</translation>
    </message>
    <message>
        <source>Velg fil …</source>
        <translation>Vel fil …</translation>
    </message>
    <message>
        <source>Skannet ark</source>
        <translation>Skanna ark</translation>
    </message>
    <message>
        <source>PDF, PNG eller JPEG, høyst %1 MB. Skannet lagres i datafilen.</source>
        <translation>PDF, PNG eller JPEG, høgst %1 MB. Skanninga blir lagra i datafila.</translation>
    </message>
    <message>
        <source>Registrer</source>
        <translation>Registrer</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Velg filen med det skannede arket.</source>
        <translation>Vel fila med det skanna arket.</translation>
    </message>
</context>
<context>
    <name>PaperSignOff</name>
    <message>
        <source>1 usignert møte</source>
        <translation>1 usignert møte</translation>
    </message>
    <message>
        <source>%1 usignerte møter</source>
        <translation>%1 usignerte møte</translation>
    </message>
    <message>
        <source>1 side</source>
        <translation>1 side</translation>
    </message>
    <message>
        <source>%1 sider</source>
        <translation>%1 sider</translation>
    </message>
    <message>
        <source>1 møte</source>
        <translation>1 møte</translation>
    </message>
    <message>
        <source>%1 møter</source>
        <translation>%1 møte</translation>
    </message>
    <message>
        <source>Signerark</source>
        <translation>Signeringsark</translation>
    </message>
    <message>
        <source>Kunne ikke skrive %1: %2</source>
        <translation>Kunne ikkje skrive %1: %2</translation>
    </message>
    <message>
        <source>Signerarket for %1 er lagret i %2 (%3).

Skriv det ut og la veilederen signere radene. Når du har skannet arket, velg «Registrer papirsignatur …».</source>
        <translation>Signeringsarket for %1 er lagra i %2 (%3).

Skriv det ut og la rettleiaren signere radene. Når du har skanna arket, vel «Registrer papirsignatur …».</translation>
    </message>
    <message>
        <source>Signerark lagret</source>
        <translation>Signeringsark lagra</translation>
    </message>
    <message>
        <source>Åpne PDF</source>
        <translation>Opne PDF</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>PaperWarnings</name>
    <message>
        <source>Papirsignaturen er registrert, men kontroller det skannede arket:

%1</source>
        <translation>Papirsignaturen er registrert, men kontroller det skanna arket:

%1</translation>
    </message>
    <message>
        <source>Papirsignatur</source>
        <translation>Papirsignatur</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>ParticipantsCombo</name>
    <message>
        <source>Blandet eller ikke registrert</source>
        <translation>Blanda eller ikkje registrert</translation>
    </message>
    <message>
        <source>Psykologforeningen teller gruppeveiledning bare når alle deltakerne er psykologer.</source>
        <translation>Psykologforeningen tel grupperettleiing berre når alle deltakarane er psykologar.</translation>
    </message>
</context>
<context>
    <name>ProfessionPicker</name>
    <message>
        <source>Ikke oppgitt</source>
        <translation>Ikkje oppgitt</translation>
    </message>
    <message>
        <source>Annet …</source>
        <translation>Anna …</translation>
    </message>
    <message>
        <source>Skriv profesjonen</source>
        <translation>Skriv profesjonen</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profil</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Profesjon:</source>
        <translation>&amp;Profesjon:</translation>
    </message>
    <message>
        <source>&amp;Arbeidssted:</source>
        <translation>&amp;Arbeidsstad:</translation>
    </message>
    <message>
        <source>Sti&amp;lling:</source>
        <translation>Sti&amp;lling:</translation>
    </message>
    <message>
        <source>Studieprogram:</source>
        <translation>Studieprogram:</translation>
    </message>
    <message>
        <source>&amp;Klientgruppe:</source>
        <translation>&amp;Klientgruppe:</translation>
    </message>
    <message>
        <source>Arb&amp;eidsoppgaver:</source>
        <translation>Arb&amp;eidsoppgåver:</translation>
    </message>
    <message>
        <source>%1 signerte møter beholder signaturen. De ble signert under navnet «%2» og vises som «signert under navnet %2»; møter som signeres etter dette, får det nye navnet.</source>
        <translation>%1 signerte møte held på signaturen. Dei vart signerte under namnet «%2» og blir viste som «signert under namnet %2»; møte som blir signerte etter dette, får det nye namnet.</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Arbeidsstad</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Arbeidsoppgaver</source>
        <translation>Arbeidsoppgåver</translation>
    </message>
    <message>
        <source>Klientgruppe</source>
        <translation>Klientgruppe</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Gjenåpne signert møte</source>
        <translation>Opne signert møte på nytt</translation>
    </message>
    <message>
        <source>Møtet %1 er signert. Signaturen beholdes, men vises som ugyldig («endret etter signering»), og møtet må signeres på nytt. Hvorfor skal det endres?</source>
        <translation>Møtet %1 er signert. Signaturen blir teken vare på, men blir vist som ugyldig («endra etter signering»), og møtet må signerast på nytt. Kvifor skal det endrast?</translation>
    </message>
    <message>
        <source>Gjenåpne avvist møte</source>
        <translation>Opne avvist møte på nytt</translation>
    </message>
    <message>
        <source>Møtet %1 er avvist av veilederen. Avvisningen og kommentaren blir stående synlig sammen med begrunnelsen din, og møtet må signeres på nytt. Hvorfor skal det endres?</source>
        <translation>Møtet %1 er avvist av rettleiaren. Avvisinga og kommentaren blir ståande synlege saman med grunngivinga di, og møtet må signerast på nytt. Kvifor skal det endrast?</translation>
    </message>
    <message>
        <source>Begrunnelse</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <source>Gjenåpne</source>
        <translation>Opne på nytt</translation>
    </message>
</context>
<context>
    <name>RepinDialog</name>
    <message>
        <source>Ny nøkkel for %1</source>
        <extracomment>``services.signing_import.ImportResult`` of the import that follows the re-pin.</extracomment>
        <translation>Ny nøkkel for %1</translation>
    </message>
    <message>
        <source>Svaret er signert med en annen nøkkel enn den %1 har i loggen din. Det kan være riktig (ny datamaskin, eller første svar etter signering her), men det kan også være noen andre. Ring eller møt %1 og be hen lese opp fingeravtrykket under «Min nøkkel» i sin miljologg. Fest den nye nøkkelen bare hvis det stemmer med svaret.</source>
        <translation>Svaret er signert med ein annan nøkkel enn den %1 har i loggen din. Det kan vere rett (ny datamaskin, eller første svar etter signering her), men det kan òg vere nokon andre. Ring eller møt %1 og be hen lese opp fingeravtrykket under «Nøkkelen min» i sin miljologg. Fest den nye nøkkelen berre om det stemmer med svaret.</translation>
    </message>
    <message>
        <source>Nøkkel i loggen</source>
        <translation>Nøkkel i loggen</translation>
    </message>
    <message>
        <source>Nøkkel i svaret</source>
        <translation>Nøkkel i svaret</translation>
    </message>
    <message>
        <source>Det veilederen leste opp</source>
        <translation>Det rettleiaren las opp</translation>
    </message>
    <message>
        <source>Fingeravtrykk</source>
        <translation>Fingeravtrykk</translation>
    </message>
    <message>
        <source>For eksempel: ny datamaskin</source>
        <translation>Til dømes: ny datamaskin</translation>
    </message>
    <message>
        <source>Hvorfor ny nøkkel</source>
        <translation>Kvifor ny nøkkel</translation>
    </message>
    <message>
        <source>Fest ny nøkkel og importer</source>
        <translation>Fest ny nøkkel og importer</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Kontroll av dokumentasjon</source>
        <translation>Kontroll av dokumentasjon</translation>
    </message>
    <message>
        <source>Fil: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Alt stemmer</source>
        <translation>Alt stemmer</translation>
    </message>
    <message>
        <source>Tekst, tall og signaturer stemmer (tegningen er ikke sammenlignet)</source>
        <translation>Tekst, tal og signaturar stemmer (teikninga er ikkje samanlikna)</translation>
    </message>
    <message>
        <source>Filen kan ikke kontrolleres</source>
        <translation>Fila kan ikkje kontrollerast</translation>
    </message>
    <message>
        <source>Fant %1 problem</source>
        <translation>Fann %1 problem</translation>
    </message>
    <message>
        <source>Fant %1 problemer</source>
        <translation>Fann %1 problem</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Signeringsforespørsler</source>
        <translation>Signeringsførespurnader</translation>
    </message>
    <message>
        <source>Studenter sender deg en forespørsel som en fil (for eksempel på e-post). Åpne den her, se gjennom hvert møte, godkjenn eller avvis med en kommentar, og lagre det signerte svaret. Send svarfilen tilbake til studenten, som importerer den i sin miljologg.</source>
        <translation>Studentar sender deg ein førespurnad som ei fil (til dømes på e-post). Opne han her, sjå gjennom kvart møte, godkjenn eller avvis med ein kommentar, og lagre det signerte svaret. Send svarfila tilbake til studenten, som importerer ho i sin miljologg.</translation>
    </message>
    <message>
        <source>Åpne forespørsel …</source>
        <translation>Opne førespurnad …</translation>
    </message>
    <message>
        <source>Signeringsforespørsel</source>
        <translation>Signeringsførespurnad</translation>
    </message>
    <message>
        <source>Svaret er lagret i %1. Send filen tilbake til studenten.</source>
        <translation>Svaret er lagra i %1. Send fila tilbake til studenten.</translation>
    </message>
</context>
<context>
    <name>RequirementRow</name>
    <message>
        <source>%1 av %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1 teller ikke – se under</source>
        <translation>%1 tel ikkje – sjå under</translation>
    </message>
</context>
<context>
    <name>ReviewRequestDialog</name>
    <message>
        <source>Signeringsforespørsel fra %1</source>
        <extracomment>The table&apos;s columns; the check box sits in ``APPROVED``, the supervisor&apos;s text in ``COMMENT``. The path of the response, once written.</extracomment>
        <translation>Signeringsførespurnad frå %1</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Fra student</source>
        <translation>Frå student</translation>
    </message>
    <message>
        <source>Forespørselen er til %1, men denne datafilen tilhører %2. Et svar herfra blir avvist hos studenten.</source>
        <translation>Førespurnaden er til %1, men denne datafila høyrer til %2. Eit svar herifrå blir avvist hos studenten.</translation>
    </message>
    <message>
        <source>Du har allerede svart på denne forespørselen %1 (%2 signert, %3 avvist). Et nytt svar erstatter det i din logg.</source>
        <translation>Du har alt svart på denne førespurnaden %1 (%2 signerte, %3 avviste). Eit nytt svar erstattar det i loggen din.</translation>
    </message>
    <message>
        <source>%1 ber deg bekrefte %2 veiledningsmøte. Fjern haken og skriv en kommentar hvis du ikke kan bekrefte det. Alt i tabellen er det du signerer.</source>
        <translation>%1 ber deg stadfeste %2 rettleiingsmøte. Fjern haken og skriv ein kommentar om du ikkje kan stadfeste det. Alt i tabellen er det du signerer.</translation>
    </message>
    <message>
        <source>%1 ber deg bekrefte %2 veiledningsmøter. Fjern haken og skriv en kommentar for møter du ikke kan bekrefte. Alt i tabellen er det du signerer.</source>
        <translation>%1 ber deg stadfeste %2 rettleiingsmøte. Fjern haken og skriv ein kommentar for møte du ikkje kan stadfeste. Alt i tabellen er det du signerer.</translation>
    </message>
    <message>
        <source>Signer og lagre svar</source>
        <translation>Signer og lagre svar</translation>
    </message>
    <message>
        <source>Godkjent</source>
        <translation>Godkjend</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation>Varigheit</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Ingen nøkkel ennå: velg en passordfrase (minst 8 tegn) og skriv den to ganger.</source>
        <translation>Ingen nøkkel enno: vel ein passordfrase (minst 8 teikn) og skriv han to gonger.</translation>
    </message>
    <message>
        <source>Fingeravtrykk: %1</source>
        <translation>Fingeravtrykk: %1</translation>
    </message>
    <message>
        <source>Din nøkkel</source>
        <translation>Nøkkelen din</translation>
    </message>
    <message>
        <source>Passordfrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>Gjenta passordfrasen</source>
        <translation>Gjenta passordfrasen</translation>
    </message>
    <message>
        <source>Passordfrasene er ikke like.</source>
        <translation>Passordfrasane er ikkje like.</translation>
    </message>
</context>
<context>
    <name>SchemeInfo</name>
    <message>
        <source>bekreftet</source>
        <translation>stadfesta</translation>
    </message>
    <message>
        <source>ikke bekreftet</source>
        <translation>ikkje stadfesta</translation>
    </message>
    <message>
        <source>{counted} av {required}</source>
        <translation>{counted} av {required}</translation>
    </message>
    <message>
        <source>{counted} av {required} måneder</source>
        <translation>{counted} av {required} månader</translation>
    </message>
    <message>
        <source>{hours} teller ikke</source>
        <translation>{hours} tel ikkje</translation>
    </message>
    <message>
        <source>alt teller</source>
        <translation>alt tel</translation>
    </message>
    <message>
        <source>ukjent dato</source>
        <translation>ukjend dato</translation>
    </message>
    <message>
        <source>(lest {date})</source>
        <translation>(lese {date})</translation>
    </message>
    <message>
        <source>ikke verifisert</source>
        <translation>ikkje verifisert</translation>
    </message>
    <message>
        <source>Løp: {track}</source>
        <translation>Løp: {track}</translation>
    </message>
    <message>
        <source>oppfylt</source>
        <translation>oppfylt</translation>
    </message>
    <message>
        <source>ikke oppfylt</source>
        <translation>ikkje oppfylt</translation>
    </message>
    <message>
        <source>(ett av løpene er nok)</source>
        <translation>(eitt av løpa er nok)</translation>
    </message>
    <message>
        <source>Ordningen samlet: {verdict}</source>
        <translation>Ordninga samla: {verdict}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Nytt veiledningsmøte</source>
        <translation>Nytt rettleiingsmøte</translation>
    </message>
    <message>
        <source>Veiledningsmøte</source>
        <translation>Rettleiingsmøte</translation>
    </message>
    <message>
        <source>Gruppeveiledning på samling føres på samlingsdagen.</source>
        <translation>Grupperettleiing på samling blir ført på samlingsdagen.</translation>
    </message>
    <message>
        <source>Velg samlingsdag …</source>
        <translation>Vel samlingsdag …</translation>
    </message>
    <message>
        <source>Klokkeslett</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Ny veileder …</source>
        <translation>Ny rettleiar …</translation>
    </message>
    <message>
        <source> deltakere</source>
        <translation> deltakarar</translation>
    </message>
    <message>
        <source>tema i generelle ordelag – ingen klientopplysninger</source>
        <translation>tema i generelle ordelag – ingen klientopplysningar</translation>
    </message>
    <message>
        <source>Valgfritt: hva du tar med deg (uten klientopplysninger)</source>
        <translation>Valfritt: kva du tek med deg (utan klientopplysningar)</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Starttid:</source>
        <translation>Starttid:</translation>
    </message>
    <message>
        <source>Varighet:</source>
        <translation>Varigheit:</translation>
    </message>
    <message>
        <source>Veileder:</source>
        <translation>Rettleiar:</translation>
    </message>
    <message>
        <source>Gruppestørrelse:</source>
        <translation>Gruppestorleik:</translation>
    </message>
    <message>
        <source>Alle deltakerne er:</source>
        <translation>Alle deltakarane er:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Tema:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Refleksjon:</source>
        <translation>Refleksjon:</translation>
    </message>
    <message>
        <source>%1 – samling %2</source>
        <translation>%1 – samling %2</translation>
    </message>
    <message>
        <source>Velg veileder …</source>
        <translation>Vel rettleiar …</translation>
    </message>
    <message>
        <source>Antall du veiledet:</source>
        <translation>Talet du rettleidde:</translation>
    </message>
    <message>
        <source>Et gjennomført møte kan ikke ha dato fram i tid.</source>
        <translation>Eit gjennomført møte kan ikkje ha dato fram i tid.</translation>
    </message>
    <message>
        <source>Gruppeveiledning på samling kan bare føres på en av programmets samlingsdager. Velg dagen i lista.</source>
        <translation>Grupperettleiing på samling kan berre førast på ein av samlingsdagane i programmet. Vel dagen i lista.</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Refleksjon</source>
        <translation>Refleksjon</translation>
    </message>
    <message>
        <source>Velg en veileder.</source>
        <translation>Vel ein rettleiar.</translation>
    </message>
</context>
<context>
    <name>SessionSigning</name>
    <message>
        <source>Signer …</source>
        <extracomment>``common.confirm``&apos;s signature (the page passes the one it imported, so tests can patch it).</extracomment>
        <translation>Signer …</translation>
    </message>
    <message>
        <source>Veilederen signerer de valgte møtene her, med sin passordfrase</source>
        <translation>Rettleiaren signerer dei valde møta her, med passordfrasen sin</translation>
    </message>
    <message>
        <source>Gjenåpne …</source>
        <translation>Opne på nytt …</translation>
    </message>
    <message>
        <source>Opphev signaturen eller avvisningen med en begrunnelse for å endre møtet</source>
        <translation>Opphev signaturen eller avvisinga med ei grunngiving for å endre møtet</translation>
    </message>
    <message>
        <source>Send til signering (fil) …</source>
        <translation>Send til signering (fil) …</translation>
    </message>
    <message>
        <source>Lag en fil med de valgte møtene som veilederen signerer i sin miljologg</source>
        <translation>Lag ei fil med dei valde møta som rettleiaren signerer i sin miljologg</translation>
    </message>
    <message>
        <source>Importer signert svar …</source>
        <translation>Importer signert svar …</translation>
    </message>
    <message>
        <source>Signerark (PDF) …</source>
        <translation>Signeringsark (PDF) …</translation>
    </message>
    <message>
        <source>Skriv ut en veileders usignerte møter med fingeravtrykk, til å signere på</source>
        <translation>Skriv ut dei usignerte møta til ein rettleiar med fingeravtrykk, til å signere på</translation>
    </message>
    <message>
        <source>Registrer papirsignatur …</source>
        <translation>Registrer papirsignatur …</translation>
    </message>
    <message>
        <source>Kryss av møtene som er signert på arket, og legg ved det skannede arket</source>
        <translation>Kryss av møta som er signerte på arket, og legg ved det skanna arket</translation>
    </message>
    <message>
        <source>Signering</source>
        <extracomment>the file dialog (tests put a function returning a path here)</extracomment>
        <translation>Signering</translation>
    </message>
    <message>
        <source>Gjenåpne et signert møte, send møter til veilederen som en fil, eller importer det signerte svaret</source>
        <translation>Opne eit signert møte på nytt, send møte til rettleiaren som ei fil, eller importer det signerte svaret</translation>
    </message>
    <message>
        <source>Avvist møte</source>
        <translation>Avvist møte</translation>
    </message>
    <message>
        <source>Møtet %1 er avvist av veilederen og teller ikke. Vil du gjenåpne det for å rette det? Avvisningen og begrunnelsen din blir stående synlig, og møtet må signeres på nytt.</source>
        <translation>Møtet %1 er avvist av rettleiaren og tel ikkje. Vil du opne det på nytt for å rette det? Avvisinga og grunngivinga di blir ståande synlege, og møtet må signerast på nytt.</translation>
    </message>
    <message>
        <source>Signert møte</source>
        <translation>Signert møte</translation>
    </message>
    <message>
        <source>Møtet %1 er signert og låst. Vil du gjenåpne det for å endre det? Signaturen blir da ugyldig, og møtet må signeres på nytt.</source>
        <translation>Møtet %1 er signert og låst. Vil du opne det på nytt for å endre det? Signaturen blir då ugyldig, og møtet må signerast på nytt.</translation>
    </message>
    <message>
        <source>Møtet %1 er avvist av veilederen og kan ikke slettes slik det er. Vil du gjenåpne det? Avvisningen blir stående synlig; etterpå kan du slette møtet.</source>
        <translation>Møtet %1 er avvist av rettleiaren og kan ikkje slettast slik det er. Vil du opne det att? Avvisinga blir ståande synleg; etterpå kan du slette møtet.</translation>
    </message>
    <message>
        <source>Møtet %1 er signert og låst, så det kan ikke slettes. Vil du gjenåpne det? Signaturen blir da ugyldig (den blir stående synlig); etterpå kan du slette møtet.</source>
        <translation>Møtet %1 er signert og låst, så det kan ikkje slettast. Vil du opne det att? Signaturen blir då ugyldig (han blir ståande synleg); etterpå kan du slette møtet.</translation>
    </message>
    <message>
        <source>Send til signering</source>
        <translation>Send til signering</translation>
    </message>
    <message>
        <source>Velg gjennomførte møter som ikke er signert ennå.</source>
        <translation>Vel gjennomførte møte som ikkje er signerte enno.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Dato</source>
        <extracomment>Sign-off states from least to most settled, for sorting the «Signatur» column. Bumped whenever rows change or move, so the proxy knows its accept mask is stale.</extracomment>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Veileder</source>
        <translation>Rettleiar</translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation>Varigheit</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Tel</translation>
    </message>
    <message>
        <source>Signatur</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Avlyst – tatt igjen %1</source>
        <translation>Avlyst – teke igjen %1</translation>
    </message>
    <message>
        <source>Teller ikke: %1</source>
        <translation>Tel ikkje: %1</translation>
    </message>
    <message>
        <source>Ikke holdt – ingen timer</source>
        <translation>Ikkje halde – ingen timar</translation>
    </message>
    <message>
        <source>Avlyst. Et avlyst møte må tas igjen (100 % deltakelse).</source>
        <translation>Avlyst. Eit avlyst møte må takast igjen (100 % deltaking).</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Alle former</source>
        <translation>Alle former</translation>
    </message>
    <message>
        <source>Hele perioden</source>
        <translation>Heile perioden</translation>
    </message>
    <message>
        <source>Søk i tema og veileder</source>
        <translation>Søk i tema og rettleiar</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Ny …</source>
        <translation>Ny …</translation>
    </message>
    <message>
        <source>Før et nytt veiledningsmøte (Ctrl+N)</source>
        <translation>Før eit nytt rettleiingsmøte (Ctrl+N)</translation>
    </message>
    <message>
        <source>Rediger …</source>
        <translation>Rediger …</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Marker som tatt igjen …</source>
        <translation>Merk som teke igjen …</translation>
    </message>
    <message>
        <source>Velg møtet som tok igjen et avlyst møte</source>
        <translation>Vel møtet som tok igjen eit avlyst møte</translation>
    </message>
    <message>
        <source>Alle veiledere</source>
        <translation>Alle rettleiarar</translation>
    </message>
    <message>
        <source>1 møte</source>
        <translation>1 møte</translation>
    </message>
    <message>
        <source>%1 møter</source>
        <translation>%1 møte</translation>
    </message>
    <message>
        <source> (%1 avlyst)</source>
        <translation> (%1 avlyste)</translation>
    </message>
    <message>
        <source>, %1, %2 teller</source>
        <translation>, %1, %2 tel</translation>
    </message>
    <message>
        <source>Slette veiledningsmøtet %1 (%2, %3)? Dette kan ikke angres.</source>
        <translation>Slette rettleiingsmøtet %1 (%2, %3)? Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <source>Slett møte</source>
        <translation>Slett møte</translation>
    </message>
    <message>
        <source>Kunne ikke slette</source>
        <translation>Kunne ikkje slette</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Signer veiledningsmøter</source>
        <translation>Signer rettleiingsmøte</translation>
    </message>
    <message>
        <source>Veilederen bekrefter møtene under med sin passordfrase. Et signert møte låses; endringer krever «Gjenåpne» med en begrunnelse.</source>
        <translation>Rettleiaren stadfestar møta under med passordfrasen sin. Eit signert møte blir låst; endringar krev «Opne på nytt» med ei grunngiving.</translation>
    </message>
    <message>
        <source>Veileder som signerer</source>
        <translation>Rettleiar som signerer</translation>
    </message>
    <message>
        <source>Nøkkel</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Passordfrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>Gjenta passordfrasen</source>
        <translation>Gjenta passordfrasen</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Ingen nøkkel på denne datamaskinen ennå. Velg en passordfrase (minst 8 tegn) og skriv den to ganger; nøkkelen lages når du signerer.</source>
        <translation>Ingen nøkkel på denne datamaskina enno. Vel ein passordfrase (minst 8 teikn) og skriv han to gonger; nøkkelen blir laga når du signerer.</translation>
    </message>
    <message>
        <source>Fingeravtrykk: %1</source>
        <translation>Fingeravtrykk: %1</translation>
    </message>
    <message>
        <source>Skriv passordfrasen.</source>
        <translation>Skriv passordfrasen.</translation>
    </message>
    <message>
        <source>Passordfrasene er ikke like.</source>
        <translation>Passordfrasane er ikkje like.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Nøkkel: %1</source>
        <translation>Nøkkel: %1</translation>
    </message>
    <message>
        <source>Signeringsforespørsel</source>
        <translation>Signeringsførespurnad</translation>
    </message>
    <message>
        <source>Forespørselen er lagret i %1. Send filen til %2 på den måten dere vil. Når svaret kommer, velg «Importer signert svar…».</source>
        <translation>Førespurnaden er lagra i %1. Send fila til %2 på den måten de vil. Når svaret kjem, vel «Importer signert svar…».</translation>
    </message>
    <message>
        <source>Importer signert svar</source>
        <translation>Importer signert svar</translation>
    </message>
    <message>
        <source>Fra %1: %2 signert, %3 avvist.</source>
        <translation>Frå %1: %2 signerte, %3 avviste.</translation>
    </message>
    <message>
        <source>Avvist: %1</source>
        <translation>Avvist: %1</translation>
    </message>
    <message>
        <source>festet</source>
        <translation>festa</translation>
    </message>
    <message>
        <source>stemmer med den festede</source>
        <translation>stemmer med den festa</translation>
    </message>
    <message>
        <source>Nøkkel (%1): %2</source>
        <translation>Nøkkel (%1): %2</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>Ny veileder</source>
        <translation>Ny rettleiar</translation>
    </message>
    <message>
        <source>Veileder</source>
        <translation>Rettleiar</translation>
    </message>
    <message>
        <source>Fornavn og etternavn</source>
        <translation>Førenamn og etternamn</translation>
    </message>
    <message>
        <source>Programmet teller bare ekstern og individuell veiledning fra godkjente veiledere.</source>
        <translation>Programmet tel berre ekstern og individuell rettleiing frå godkjende rettleiarar.</translation>
    </message>
    <message>
        <source>For eksempel familieterapeut</source>
        <translation>Til dømes familieterapeut</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Profesjon:</source>
        <translation>Profesjon:</translation>
    </message>
    <message>
        <source>Godkjenninger:</source>
        <translation>Godkjenningar:</translation>
    </message>
    <message>
        <source>Arbeidssted:</source>
        <translation>Arbeidsstad:</translation>
    </message>
    <message>
        <source>Stilling:</source>
        <translation>Stilling:</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Annen profesjon</source>
        <translation>Anna profesjon</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Arbeidsstad</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Navn må fylles ut.</source>
        <translation>Namn må fyllast ut.</translation>
    </message>
</context>
<context>
    <name>SupervisorPickDialog</name>
    <message>
        <source>Signerark for veileder</source>
        <translation>Signeringsark for rettleiar</translation>
    </message>
    <message>
        <source>Velg veilederen som skal signere på papir. Arket viser de gjennomførte møtene som ikke er signert ennå.</source>
        <translation>Vel rettleiaren som skal signere på papir. Arket viser dei gjennomførte møta som ikkje er signerte enno.</translation>
    </message>
    <message>
        <source>Lag signerark …</source>
        <translation>Lag signeringsark …</translation>
    </message>
</context>
<context>
    <name>SupervisorTableModel</name>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Profesjon</source>
        <translation>Profesjon</translation>
    </message>
    <message>
        <source>Godkjenninger</source>
        <translation>Godkjenningar</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Arbeidsstad</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>SupervisorsPage</name>
    <message>
        <source>Ny veileder …</source>
        <translation>Ny rettleiar …</translation>
    </message>
    <message>
        <source>Rediger …</source>
        <translation>Rediger …</translation>
    </message>
    <message>
        <source>Slett</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Timene er gjennomført veiledning hos hver veileder. Hva som teller mot kravene, står på oversikten og i «Veiledning».</source>
        <translation>Timane er gjennomført rettleiing hos kvar rettleiar. Kva som tel mot krava, står på oversikta og i «Rettleiing».</translation>
    </message>
    <message>
        <source>Slette veilederen %1?</source>
        <translation>Slette rettleiaren %1?</translation>
    </message>
    <message>
        <source>Slett veileder</source>
        <translation>Slett rettleiar</translation>
    </message>
    <message>
        <source>Kan ikke slette</source>
        <translation>Kan ikkje slette</translation>
    </message>
</context>
<context>
    <name>ThresholdBar</name>
    <message>
        <source>Oppmøte %1, krav %2</source>
        <translation>Oppmøte %1, krav %2</translation>
    </message>
    <message>
        <source>krav %1</source>
        <translation>krav %1</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>Veiledningsmøter (CSV)…</source>
        <translation>Rettleiingsmøte (CSV)…</translation>
    </message>
    <message>
        <source>Oppmøte på samlinger (CSV)…</source>
        <translation>Oppmøte på samlingar (CSV)…</translation>
    </message>
    <message>
        <source>Samlinger til kalenderen (.ics)…</source>
        <translation>Samlingar til kalenderen (.ics)…</translation>
    </message>
    <message>
        <source>Hele loggen (JSON)…</source>
        <translation>Heile loggen (JSON)…</translation>
    </message>
    <message>
        <source>Ingen samlinger å eksportere</source>
        <translation>Ingen samlingar å eksportere</translation>
    </message>
    <message>
        <source>Velg et studieprogram i profilen først.</source>
        <translation>Vel eit studieprogram i profilen først.</translation>
    </message>
    <message>
        <source>%1 veiledningsmøter</source>
        <translation>%1 rettleiingsmøte</translation>
    </message>
    <message>
        <source>%1 samlingsdager</source>
        <translation>%1 samlingsdagar</translation>
    </message>
    <message>
        <source>hele loggen</source>
        <translation>heile loggen</translation>
    </message>
    <message>
        <source>%1 veiledningsmøte</source>
        <translation>%1 rettleiingsmøte</translation>
    </message>
    <message>
        <source>Eksporten feilet</source>
        <translation>Eksporten feila</translation>
    </message>
    <message>
        <source>Kunne ikke skrive %1: %2</source>
        <translation>Kunne ikkje skrive %1: %2</translation>
    </message>
    <message>
        <source>Eksportert</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>Skrev %1 til %2.</source>
        <translation>Skreiv %1 til %2.</translation>
    </message>
    <message>
        <source>%1 samlingsdag</source>
        <translation>%1 samlingsdag</translation>
    </message>
    <message>
        <source>profil</source>
        <extracomment>Each kind of record as «1 veiledningsmøte» / «2 veiledningsmøter».</extracomment>
        <translation>profil</translation>
    </message>
    <message>
        <source>profiler</source>
        <translation>profilar</translation>
    </message>
    <message>
        <source>veileder</source>
        <translation>rettleiar</translation>
    </message>
    <message>
        <source>veiledere</source>
        <translation>rettleiarar</translation>
    </message>
    <message>
        <source>veiledningsmøte</source>
        <translation>rettleiingsmøte</translation>
    </message>
    <message>
        <source>veiledningsmøter</source>
        <translation>rettleiingsmøte</translation>
    </message>
    <message>
        <source>oppmøtedag</source>
        <translation>oppmøtedag</translation>
    </message>
    <message>
        <source>oppmøtedager</source>
        <translation>oppmøtedagar</translation>
    </message>
    <message>
        <source>arbeidskrav</source>
        <translation>arbeidskrav</translation>
    </message>
    <message>
        <source>veiledernøkkel</source>
        <translation>rettleiarnøkkel</translation>
    </message>
    <message>
        <source>veiledernøkler</source>
        <translation>rettleiarnøklar</translation>
    </message>
    <message>
        <source>erstattet nøkkel</source>
        <translation>erstatta nøkkel</translation>
    </message>
    <message>
        <source>erstattede nøkler</source>
        <translation>erstatta nøklar</translation>
    </message>
    <message>
        <source>egen nøkkel</source>
        <translation>eigen nøkkel</translation>
    </message>
    <message>
        <source>egne nøkler</source>
        <translation>eigne nøklar</translation>
    </message>
    <message>
        <source>signeringsforespørsel</source>
        <translation>signeringsførespurnad</translation>
    </message>
    <message>
        <source>signeringsforespørsler</source>
        <translation>signeringsførespurnader</translation>
    </message>
    <message>
        <source>signatur</source>
        <translation>signatur</translation>
    </message>
    <message>
        <source>signaturer</source>
        <translation>signaturar</translation>
    </message>
    <message>
        <source>signert svar</source>
        <translation>signert svar</translation>
    </message>
    <message>
        <source>signerte svar</source>
        <translation>signerte svar</translation>
    </message>
    <message>
        <source>skannet signeringsark</source>
        <translation>skanna signeringsark</translation>
    </message>
    <message>
        <source>skannede signeringsark</source>
        <translation>skanna signeringsark</translation>
    </message>
    <message>
        <source>veiledning gitt</source>
        <translation>rettleiing gitt</translation>
    </message>
    <message>
        <source>veiledninger gitt</source>
        <translation>rettleiingar gitt</translation>
    </message>
    <message>
        <source>utskrevet signeringsark</source>
        <translation>utskrive signeringsark</translation>
    </message>
    <message>
        <source>utskrevne signeringsark</source>
        <translation>utskrivne signeringsark</translation>
    </message>
    <message>
        <source>bekreftet forutsetning</source>
        <translation>stadfesta føresetnad</translation>
    </message>
    <message>
        <source>bekreftede forutsetninger</source>
        <translation>stadfesta føresetnader</translation>
    </message>
    <message>
        <source>ingenting</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>Nye: %1. Fantes fra før: %2.</source>
        <translation>Nye: %1. Fanst frå før: %2.</translation>
    </message>
    <message>
        <source>Profilen i eksporten («%1») ble ikke tatt inn: datafilen beholder sin egen profil.</source>
        <translation>Profilen i eksporten («%1») vart ikkje teken inn: datafila held på sin eigen profil.</translation>
    </message>
    <message>
        <source>Importen ble ikke gjort</source>
        <translation>Importen vart ikkje gjord</translation>
    </message>
    <message>
        <source>Ingenting er endret i loggen.

%1</source>
        <translation>Ingenting er endra i loggen.

%1</translation>
    </message>
    <message>
        <source>Importert</source>
        <translation>Importert</translation>
    </message>
    <message>
        <source>&amp;Eksporter</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>&amp;Importer…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Sikkerhetskopier…</source>
        <translation>&amp;Tryggingskopiar…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Uventet feil: {error}</source>
        <extracomment>The verdict&apos;s tones (``ui.widgets.theme``: a light and a dark colour each).</extracomment>
        <translation>Uventa feil: {error}</translation>
    </message>
</context>
<context>
    <name>VerifySection</name>
    <message>
        <source>Kontroller en dokumentasjon</source>
        <translation>Kontroller ein dokumentasjon</translation>
    </message>
    <message>
        <source>Sjekk at hver side i en dokumentasjons-PDF er slik den ble laget, at signaturene er gyldige og at timetallene stemmer med de signerte møtene – din egen eller en du har fått tilsendt.</source>
        <translation>Sjekk at kvar side i ein dokumentasjons-PDF er slik han vart laga, at signaturane er gyldige og at timetala stemmer med dei signerte møta – din eigen eller ein du har fått tilsend.</translation>
    </message>
    <message>
        <source>Kontroller en dokumentasjon (PDF) …</source>
        <translation>Kontroller ein dokumentasjon (PDF) …</translation>
    </message>
    <message>
        <source>Kontrollerer …</source>
        <translation>Kontrollerer …</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Velkommen til miljologg</source>
        <translation>Velkomen til miljologg</translation>
    </message>
    <message>
        <source>Velkommen!</source>
        <translation>Velkomen!</translation>
    </message>
    <message>
        <source>miljologg holder oversikt over veiledningstimer, oppmøte og arbeidskrav i videreutdanningen din. Alt lagres bare på denne maskinen. Fortell oss litt om deg selv – du kan endre det senere.</source>
        <translation>miljologg held oversikt over rettleiingstimar, oppmøte og arbeidskrav i vidareutdanninga di. Alt blir berre lagra på denne maskina. Fortel oss litt om deg sjølv – du kan endre det seinare.</translation>
    </message>
    <message>
        <source>Jeg er &amp;student</source>
        <translation>Eg er &amp;student</translation>
    </message>
    <message>
        <source>Jeg er &amp;veileder og skal signere studenters veiledning</source>
        <translation>Eg er &amp;rettleiar og skal signere rettleiinga til studentar</translation>
    </message>
    <message>
        <source>Fornavn og etternavn</source>
        <translation>Førenamn og etternamn</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>vernepleier</source>
        <translation>vernepleiar</translation>
    </message>
    <message>
        <source>sosionom</source>
        <translation>sosionom</translation>
    </message>
    <message>
        <source>barnevernspedagog</source>
        <translation>barnevernspedagog</translation>
    </message>
    <message>
        <source>sykepleier</source>
        <translation>sjukepleiar</translation>
    </message>
    <message>
        <source>psykolog</source>
        <translation>psykolog</translation>
    </message>
    <message>
        <source>pedagog</source>
        <translation>pedagog</translation>
    </message>
    <message>
        <source>annet</source>
        <translation>anna</translation>
    </message>
    <message>
        <source>Velg eller skriv</source>
        <translation>Vel eller skriv</translation>
    </message>
    <message>
        <source>&amp;Profesjon:</source>
        <translation>&amp;Profesjon:</translation>
    </message>
    <message>
        <source>For eksempel «Ambulant team, BUP»</source>
        <translation>Til dømes «Ambulant team, BUP»</translation>
    </message>
    <message>
        <source>&amp;Arbeidssted:</source>
        <translation>&amp;Arbeidsstad:</translation>
    </message>
    <message>
        <source>For eksempel «fagkonsulent»</source>
        <translation>Til dømes «fagkonsulent»</translation>
    </message>
    <message>
        <source>Sti&amp;lling:</source>
        <translation>Sti&amp;lling:</translation>
    </message>
    <message>
        <source>Arb&amp;eidsoppgaver:</source>
        <translation>Arb&amp;eidsoppgåver:</translation>
    </message>
    <message>
        <source>S&amp;tudieprogram:</source>
        <translation>S&amp;tudieprogram:</translation>
    </message>
    <message>
        <source>For eksempel «ungdom 13–18 år i barneverninstitusjon»</source>
        <translation>Til dømes «ungdom 13–18 år i barnevernsinstitusjon»</translation>
    </message>
    <message>
        <source>&amp;Klientgruppe:</source>
        <translation>&amp;Klientgruppe:</translation>
    </message>
    <message>
        <source>For eksempel «miljøterapeutisk arbeid og ambulante oppfølgingssamtaler»</source>
        <translation>Til dømes «miljøterapeutisk arbeid og ambulante oppfølgingssamtalar»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teieplikt:&lt;/b&gt; Beskriv klientgruppe og oppgaver bare i generelle vendinger. Skriv aldri navn, fødselsnummer eller detaljer som kan peke ut én person (helsepersonelloven § 21).</source>
        <translation>&lt;b&gt;Teieplikt:&lt;/b&gt; Skildre klientgruppe og oppgåver berre i generelle vendingar. Skriv aldri namn, fødselsnummer eller detaljar som kan peike ut éin person (helsepersonellova § 21).</translation>
    </message>
    <message>
        <source>&amp;Opprett</source>
        <translation>&amp;Opprett</translation>
    </message>
    <message>
        <source>%1–%2 · %3 samlinger</source>
        <translation>%1–%2 · %3 samlingar</translation>
    </message>
    <message>
        <source>Arbeidssted</source>
        <translation>Arbeidsstad</translation>
    </message>
    <message>
        <source>Klientgruppe</source>
        <translation>Klientgruppe</translation>
    </message>
    <message>
        <source>Arbeidsoppgaver</source>
        <translation>Arbeidsoppgåver</translation>
    </message>
    <message>
        <source>Kan ikke opprette</source>
        <translation>Kan ikkje opprette</translation>
    </message>
</context>
</TS>
