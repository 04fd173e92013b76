<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcdCatalog</name>
    <message>
        <source>Commercial cloud (%1)</source>
        <translation>Kommerzielle Cloud (%1)</translation>
    </message>
    <message>
        <source>FedRAMP, US government (%1)</source>
        <translation>FedRAMP, US-Regierung (%1)</translation>
    </message>
    <message>
        <source>Sovereign cloud, Australia (%1)</source>
        <translation>Souveräne Cloud, Australien (%1)</translation>
    </message>
    <message>
        <source>Sovereign cloud, Europe (%1)</source>
        <translation>Souveräne Cloud, Europa (%1)</translation>
    </message>
    <message>
        <source>Directory Sync</source>
        <translation>Directory Sync</translation>
    </message>
    <message>
        <source>Presence Sync</source>
        <translation>Presence Sync</translation>
    </message>
    <message>
        <source>Open Adapters in CXone</source>
        <translation>Adapter in CXone öffnen</translation>
    </message>
    <message>
        <source>Click the app selector and choose Adapters.</source>
        <translation>Klicken Sie auf die App-Auswahl und wählen Sie Adapter.</translation>
    </message>
    <message>
        <source>Open the Zoom tab and click Map Accounts</source>
        <translation>Registerkarte Zoom öffnen und auf Konten zuordnen klicken</translation>
    </message>
    <message>
        <source>On the Account Mapping page, go to the Zoom tab and click Map Accounts.</source>
        <translation>Gehen Sie auf der Seite „Kontozuordnung“ zur Registerkarte Zoom und klicken Sie auf Konten zuordnen.</translation>
    </message>
    <message>
        <source>Choose the access-key user, then click Next</source>
        <translation>Benutzer für Zugriffsschlüssel wählen und auf Weiter klicken</translation>
    </message>
    <message>
        <source>Under Access Key User, choose the user shown above. Directory Sync works as this user; CXone generates and stores its access key when you choose it.</source>
        <translation>Wählen Sie unter „Benutzer für Zugriffsschlüssel“ den oben angezeigten Benutzer aus. Directory Sync arbeitet als dieser Benutzer; CXone generiert und speichert seinen Zugriffsschlüssel, sobald Sie ihn auswählen.</translation>
    </message>
    <message>
        <source>Enter the Zoom account details, then click Next</source>
        <translation>Zoom-Kontodetails eingeben und auf Weiter klicken</translation>
    </message>
    <message>
        <source>Choose the adapter version and enter the account name, access key ID, secret and feature verification token exactly as listed above.</source>
        <translation>Wählen Sie die Adapterversion aus und geben Sie Kontoname, Zugriffsschlüssel-ID, Geheimnis und Feature-Verifizierungstoken genau wie oben aufgeführt ein.</translation>
    </message>
    <message>
        <source>Add the notification e-mail addresses</source>
        <translation>E-Mail-Adressen für Benachrichtigungen hinzufügen</translation>
    </message>
    <message>
        <source>On the E-mail Notifications screen, add every address above. They receive the adapter&apos;s health, authentication failures and exceptions.</source>
        <translation>Fügen Sie im Bildschirm „E-Mail-Benachrichtigungen“ alle oben aufgeführten Adressen hinzu. Sie erhalten Meldungen zum Adapterzustand, zu Authentifizierungsfehlern und zu Ausnahmen.</translation>
    </message>
    <message>
        <source>Click Map and Register</source>
        <translation>Auf Zuordnen und Registrieren klicken</translation>
    </message>
    <message>
        <source>CXone now accepts Zoom&apos;s events for this account, so Zoom can validate the event endpoint URL.</source>
        <translation>CXone nimmt jetzt die Zoom-Ereignisse für dieses Konto an, sodass Zoom die Endpunkt-URL für Ereignisbenachrichtigungen validieren kann.</translation>
    </message>
</context>
<context>
    <name>AcdCommands</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set. Put the secret in it (%2 names the variable, it never takes the secret itself).</source>
        <translation>Die Umgebungsvariable %1 ist leer oder nicht gesetzt. Legen Sie das Geheimnis darin ab (%2 erwartet den Namen der Variablen, niemals das Geheimnis selbst).</translation>
    </message>
    <message>
        <source>Read settings from profile FILE (secrets from the keychain).</source>
        <translation>Einstellungen aus der Profildatei FILE lesen (Geheimnisse aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>Use the built-in sandbox (no account needed).</source>
        <translation>Integrierte Sandbox verwenden (kein Konto erforderlich).</translation>
    </message>
    <message>
        <source>ACD issuer (default https://cxone.niceincontact.com; FedRAMP: https://cxone-gov.niceincontact.com).</source>
        <translation>ACD-Aussteller (Issuer) (Standard: https://cxone.niceincontact.com; FedRAMP: https://cxone-gov.niceincontact.com).</translation>
    </message>
    <message>
        <source>Client ID of the registered ACD app.</source>
        <translation>Client-ID der registrierten ACD-App.</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the ACD app&apos;s client secret.</source>
        <translation>Name der Umgebungsvariablen, die das Clientgeheimnis der ACD-App enthält.</translation>
    </message>
    <message>
        <source>ACD access key ID.</source>
        <translation>ACD-Zugriffsschlüssel-ID.</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the ACD access key secret.</source>
        <translation>Name der Umgebungsvariablen, die das Geheimnis des ACD-Zugriffsschlüssels enthält.</translation>
    </message>
    <message>
        <source>ACD API base URL (skips tenant discovery).</source>
        <translation>ACD-API-Basis-URL (überspringt die Tenant-Ermittlung).</translation>
    </message>
    <message>
        <source>Use either --profile or --sandbox, not both.</source>
        <translation>Verwenden Sie entweder --profile oder --sandbox, nicht beides.</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Tenant: %1</translation>
    </message>
    <message>
        <source>Business unit: %1</source>
        <translation>Geschäftseinheit: %1</translation>
    </message>
    <message>
        <source>Access-key user: %1</source>
        <translation>Benutzer des Zugriffsschlüssels: %1</translation>
    </message>
    <message>
        <source>API base: %1</source>
        <translation>API-Basis: %1</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>Agenten: %1</translation>
    </message>
    <message>
        <source>Teams: %1</source>
        <translation>Teams: %1</translation>
    </message>
    <message>
        <source>Unavailable codes: %1</source>
        <translation>Nicht-verfügbar-Codes: %1</translation>
    </message>
    <message>
        <source>Error: unknown format %1; use json or leave --format out for a table.</source>
        <translation>Fehler: Unbekanntes Format %1. Verwenden Sie json oder lassen Sie --format für eine Tabelle weg.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
</context>
<context>
    <name>AcdConnectionResolver</name>
    <message>
        <source>%1 is a sandbox profile; use --sandbox instead.</source>
        <translation>%1 ist ein Sandbox-Profil. Verwenden Sie stattdessen --sandbox.</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running. Open the sandbox profile again.</source>
        <translation>Die integrierte Sandbox läuft nicht. Öffnen Sie das Sandbox-Profil erneut.</translation>
    </message>
    <message>
        <source>%1 is not a valid http(s) URL.</source>
        <translation>%1 ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <source>ACD credentials are incomplete. Give --profile FILE, --sandbox, or --acd-client-id, --acd-client-secret-env NAME, --acd-access-key-id and --acd-access-key-secret-env NAME.</source>
        <translation>Die ACD-Anmeldedaten sind unvollständig. Geben Sie --profile FILE, --sandbox oder --acd-client-id, --acd-client-secret-env NAME, --acd-access-key-id und --acd-access-key-secret-env NAME an.</translation>
    </message>
    <message>
        <source>ACD credentials are incomplete. Enter the client ID and secret of the registered app and the access key ID and secret in the ACD area.</source>
        <translation>Die ACD-Anmeldedaten sind unvollständig. Geben Sie im ACD-Bereich die Client-ID und das Geheimnis der registrierten App sowie die Zugriffsschlüssel-ID und das zugehörige Geheimnis ein.</translation>
    </message>
</context>
<context>
    <name>AddressBookCommands</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>No address book has the ID or name &quot;%1&quot;. `syncdeskctl addressbook list` shows them.</source>
        <translation>Kein Adressbuch hat die ID oder den Namen &quot;%1&quot;. `syncdeskctl addressbook list` zeigt alle Adressbücher an.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>agents: %1</source>
        <translation>Agenten: %1</translation>
    </message>
    <message>
        <source>teams: %1</source>
        <translation>Teams: %1</translation>
    </message>
    <message>
        <source>skills: %1</source>
        <translation>Skills: %1</translation>
    </message>
    <message>
        <source>campaigns: %1</source>
        <translation>Kampagnen: %1</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>Output format: json (default: a table).</source>
        <translation>Ausgabeformat: json (Standard: eine Tabelle).</translation>
    </message>
    <message>
        <source>Type of the new address book: standard or dynamic.</source>
        <translation>Typ des neuen Adressbuchs: standard oder dynamic.</translation>
    </message>
    <message>
        <source>Write the CSV file to FILE instead of stdout.</source>
        <translation>CSV-Datei in FILE statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl addressbook list [--format json] | create NAME --type standard|dynamic | import ID FILE.csv | export ID [--out FILE]</source>
        <translation>Aufruf: syncdeskctl addressbook list [--format json] | create NAME --type standard|dynamic | import ID FILE.csv | export ID [--out FILE]</translation>
    </message>
    <message>
        <source>Error: addressbook list takes no arguments.</source>
        <translation>Fehler: addressbook list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Error: addressbook create needs the name of the new book.</source>
        <translation>Fehler: addressbook create benötigt den Namen des neuen Adressbuchs.</translation>
    </message>
    <message>
        <source>Error: addressbook import needs the book&apos;s ID and a CSV file.</source>
        <translation>Fehler: addressbook import benötigt die ID des Adressbuchs und eine CSV-Datei.</translation>
    </message>
    <message>
        <source>Error: addressbook export needs the book&apos;s ID.</source>
        <translation>Fehler: addressbook export benötigt die ID des Adressbuchs.</translation>
    </message>
    <message>
        <source>Error: addressbook needs a subcommand.</source>
        <translation>Fehler: addressbook benötigt einen Unterbefehl.</translation>
    </message>
    <message>
        <source>Error: unknown subcommand addressbook %1.</source>
        <translation>Fehler: Unbekannter Unterbefehl addressbook %1.</translation>
    </message>
    <message>
        <source>Error: unknown format %1; use json or leave --format out for a table.</source>
        <translation>Fehler: Unbekanntes Format %1. Verwenden Sie json oder lassen Sie --format für eine Tabelle weg.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugeordnet zu</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dynamisch</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Address books: %1</source>
        <translation>Adressbücher: %1</translation>
    </message>
    <message>
        <source>Error: --type is required: standard (entries kept by hand) or dynamic (filled by Directory Sync).</source>
        <translation>Fehler: --type ist erforderlich: standard (Einträge werden manuell gepflegt) oder dynamic (wird von Directory Sync befüllt).</translation>
    </message>
    <message>
        <source>Error: unknown type %1; use standard or dynamic.</source>
        <translation>Fehler: Unbekannter Typ %1. Verwenden Sie standard oder dynamic.</translation>
    </message>
    <message>
        <source>Created %1 address book &quot;%2&quot; with ID %3.</source>
        <translation>Adressbuch &quot;%2&quot; vom Typ %1 mit der ID %3 erstellt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Dynamic address book: entries are written by externalId (added or replaced).</source>
        <translation>&quot;%1&quot; ist ein dynamisches Adressbuch: Einträge werden anhand von externalId geschrieben (hinzugefügt oder ersetzt).</translation>
    </message>
    <message>
        <source>Line %1: not sent: %2</source>
        <translation>Zeile %1: nicht gesendet: %2</translation>
    </message>
    <message>
        <source>Lines not written: %1 of the %2 valid ones; run the import again once the ACD answers.</source>
        <translation>Nicht geschriebene Zeilen: %1 von %2 gültigen. Führen Sie den Import erneut aus, sobald die ACD antwortet.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2: %3 (entry %4)</source>
        <translation>Zeile %1: %2: %3 (Eintrag %4)</translation>
    </message>
    <message>
        <source>Line %1: refused by the ACD: %2: %3</source>
        <translation>Zeile %1: von der ACD abgelehnt: %2: %3</translation>
    </message>
    <message>
        <source>Rows: %1, not sent because of errors: %2, written: %3, refused: %4</source>
        <translation>Zeilen: %1, wegen Fehlern nicht gesendet: %2, geschrieben: %3, abgelehnt: %4</translation>
    </message>
    <message>
        <source>Cannot write to stdout: %1</source>
        <translation>Auf stdout kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the folder exists and you may write there.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert und Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Entries exported: %1</source>
        <translation>Exportierte Einträge: %1</translation>
    </message>
</context>
<context>
    <name>AddressBookCsv</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>External ID is required for a Dynamic address book: the ACD matches its entries by it.</source>
        <translation>Für ein dynamisches Adressbuch ist die externe ID erforderlich: Die ACD ordnet die Einträge anhand dieser ID zu.</translation>
    </message>
    <message>
        <source>First name is required.</source>
        <translation>Der Vorname ist erforderlich.</translation>
    </message>
    <message>
        <source>Last name is required.</source>
        <translation>Der Nachname ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; the ACD accepts at most %3. Leave out spaces or extra text.</source>
        <translation>%1 hat %2 Zeichen; die ACD akzeptiert höchstens %3. Lassen Sie Leerzeichen oder zusätzlichen Text weg.</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; is not a valid address (expected the form name@example.com).</source>
        <translation>Die E-Mail-Adresse &quot;%1&quot; ist ungültig (erwartet wird die Form name@example.com).</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as %1. Check accented letters in the preview, or save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>Die Datei ist nicht in UTF-8 kodiert; sie wurde als %1 gelesen. Prüfen Sie Umlaute und Sonderzeichen in der Vorschau oder speichern Sie die Datei als &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The first line &quot;sep=%1&quot; names a separator Syncdesk does not read; use a comma or a semicolon.</source>
        <translation>Die erste Zeile &quot;sep=%1&quot; gibt ein Trennzeichen an, das Syncdesk nicht liest. Verwenden Sie ein Komma oder ein Semikolon.</translation>
    </message>
    <message>
        <source>The file is not valid CSV near line %1 (a quote that is not closed, or a quote inside an unquoted cell). Fix that line and try again.</source>
        <translation>Die Datei ist in der Nähe von Zeile %1 kein gültiges CSV (ein nicht geschlossenes Anführungszeichen oder ein Anführungszeichen in einer Zelle ohne Anführungszeichen). Korrigieren Sie diese Zeile und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is empty. It needs a header line such as firstName,lastName,phone and one line per entry.</source>
        <translation>Die Datei ist leer. Sie benötigt eine Kopfzeile wie firstName,lastName,phone und eine Zeile pro Eintrag.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; repeats %2 and is ignored.</source>
        <translation>Die Spalte &quot;%1&quot; wiederholt das Feld %2 und wird ignoriert.</translation>
    </message>
    <message>
        <source>Line %1 must name the columns, at least firstName and lastName (found: %2). The columns are firstName, middleName, lastName, company, phone, mobile, email.</source>
        <translation>Zeile %1 muss die Spalten benennen, mindestens firstName und lastName (gefunden: %2). Die Spalten sind firstName, middleName, lastName, company, phone, mobile, email.</translation>
    </message>
    <message>
        <source>A Dynamic address book needs an externalId column: the ACD matches its entries by it. Add the column, or import into a Standard book.</source>
        <translation>Ein dynamisches Adressbuch benötigt eine Spalte externalId: Die ACD ordnet die Einträge anhand dieser Spalte zu. Fügen Sie die Spalte hinzu oder importieren Sie in ein Standard-Adressbuch.</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Nicht importierte Spalten: %1</translation>
    </message>
    <message>
        <source>The line has %1 cells but the header names %2 columns; check the separator and the quotes.</source>
        <translation>Die Zeile hat %1 Zellen, aber die Kopfzeile nennt %2 Spalten. Prüfen Sie das Trennzeichen und die Anführungszeichen.</translation>
    </message>
    <message>
        <source>External ID %1 is also on line %2; each entry may appear once.</source>
        <translation>Die externe ID %1 steht auch in Zeile %2; jeder Eintrag darf nur einmal vorkommen.</translation>
    </message>
</context>
<context>
    <name>CallCenterDefinition</name>
    <message>
        <source>The sortOrder of %1 is &quot;%2&quot;: write a whole number from 0 up.</source>
        <translation>Der sortOrder-Wert von %1 ist „%2“: Geben Sie eine ganze Zahl ab 0 ein.</translation>
    </message>
    <message>
        <source>The sortOrder values in %1 must run 0, 1, 2 and so on without gaps or repeats: renumber them.</source>
        <translation>Die sortOrder-Werte in %1 müssen 0, 1, 2 usw. lauten, ohne Lücken oder Wiederholungen: Nummerieren Sie sie neu.</translation>
    </message>
    <message>
        <source>A section or item has no name: give it one.</source>
        <translation>Ein Abschnitt (section) oder Element (item) hat keinen Namen: Geben Sie einen an.</translation>
    </message>
    <message>
        <source>The name %1 is longer than 40 characters: shorten it.</source>
        <translation>Der Name %1 ist länger als 40 Zeichen: Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The name %1 may only contain letters and digits and must start with a letter.</source>
        <translation>Der Name %1 darf nur Buchstaben und Ziffern enthalten und muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>The name %1 is reserved by Salesforce (names starting with &quot;req&quot; other than the standard ones, label, sortOrder, internalName, displayNameLabel): choose another.</source>
        <translation>Der Name %1 ist von Salesforce reserviert (mit „req“ beginnende Namen außer den Standardnamen sowie label, sortOrder, internalName, displayNameLabel): Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The name %1 is used twice: each name may appear once.</source>
        <translation>Der Name %1 wird zweimal verwendet: Jeder Name darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>The definition has no sections: it needs at least reqGeneralInfo.</source>
        <translation>Die Definition hat keine Abschnitte: Sie benötigt mindestens reqGeneralInfo.</translation>
    </message>
    <message>
        <source>The label of %1 is longer than 1000 characters: shorten it.</source>
        <translation>Die Bezeichnung (label) von %1 ist länger als 1000 Zeichen: Kürzen Sie sie.</translation>
    </message>
    <message>
        <source>The section reqGeneralInfo is missing: every call center needs it.</source>
        <translation>Der Abschnitt reqGeneralInfo fehlt: Jedes Call Center benötigt ihn.</translation>
    </message>
    <message>
        <source>The item %1 is missing from reqGeneralInfo: add it.</source>
        <translation>Das Element %1 fehlt in reqGeneralInfo: Fügen Sie es hinzu.</translation>
    </message>
    <message>
        <source>reqInternalName must have sortOrder 0.</source>
        <translation>reqInternalName muss sortOrder 0 haben.</translation>
    </message>
    <message>
        <source>The internal name &quot;%1&quot; may only contain letters and digits and must start with a letter.</source>
        <translation>Der interne Name „%1“ darf nur Buchstaben und Ziffern enthalten und muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>The internal name is longer than 40 characters: shorten it.</source>
        <translation>Der interne Name ist länger als 40 Zeichen: Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>reqDisplayName must have sortOrder 1.</source>
        <translation>reqDisplayName muss sortOrder 1 haben.</translation>
    </message>
    <message>
        <source>The display name is empty: agents see it in Salesforce, type one.</source>
        <translation>Der Anzeigename ist leer: Agenten sehen ihn in Salesforce, geben Sie einen ein.</translation>
    </message>
    <message>
        <source>The display name is longer than 1000 characters: shorten it.</source>
        <translation>Der Anzeigename ist länger als 1000 Zeichen: Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The compatibility mode &quot;%1&quot; is not one of Classic, Lightning or Classic_and_Lightning.</source>
        <translation>Der Kompatibilitätsmodus „%1“ ist weder Classic noch Lightning noch Classic_and_Lightning.</translation>
    </message>
    <message>
        <source>The CTI adapter URL is empty: type the adapter&apos;s https address.</source>
        <translation>Die CTI-Adapter-URL ist leer: Geben Sie die https-Adresse des Adapters ein.</translation>
    </message>
    <message>
        <source>The CTI adapter URL &quot;%1&quot; must be a full https:// address for Lightning.</source>
        <translation>Die CTI-Adapter-URL „%1“ muss für Lightning eine vollständige https://-Adresse sein.</translation>
    </message>
    <message>
        <source>The CTI adapter URL still names the placeholder %1: type your Zoom vanity host.</source>
        <translation>Die CTI-Adapter-URL enthält noch den Platzhalter %1: Geben Sie Ihren Zoom-Vanity-Host ein.</translation>
    </message>
    <message>
        <source>reqUseApi must be true (Open CTI) or false.</source>
        <translation>reqUseApi muss true (Open CTI) oder false sein.</translation>
    </message>
    <message>
        <source>The softphone %1 &quot;%2&quot; must be a whole number of pixels from %3 to %4.</source>
        <translation>Die Softphone-%1 „%2“ muss eine ganze Pixelzahl zwischen %3 und %4 sein.</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>The dialing prefix %1 &quot;%2&quot; may only contain digits.</source>
        <translation>Das Wählpräfix %1 „%2“ darf nur Ziffern enthalten.</translation>
    </message>
    <message>
        <source>Line %1: the file starts with &lt;%2&gt;, not &lt;callCenter&gt;: this is not a call-center definition.</source>
        <translation>Zeile %1: Die Datei beginnt mit &lt;%2&gt;, nicht mit &lt;callCenter&gt;: Dies ist keine Call-Center-Definition.</translation>
    </message>
    <message>
        <source>Line %1: an &lt;item&gt; outside a &lt;section&gt;: move it into one.</source>
        <translation>Zeile %1: ein &lt;item&gt; außerhalb eines &lt;section&gt;: Verschieben Sie es in einen Abschnitt.</translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; is not part of a call-center definition (only &lt;section&gt; and &lt;item&gt;).</source>
        <translation>Zeile %1: &lt;%2&gt; gehört nicht zu einer Call-Center-Definition (nur &lt;section&gt; und &lt;item&gt;).</translation>
    </message>
    <message>
        <source>Line %1: the XML is not well-formed (%2): fix the file and validate again.</source>
        <translation>Zeile %1: Das XML ist nicht wohlgeformt (%2): Korrigieren Sie die Datei und validieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1: the file has no &lt;callCenter&gt; element.</source>
        <translation>Zeile %1: Die Datei hat kein &lt;callCenter&gt;-Element.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <source>Cannot open the capture file %1: %2</source>
        <translation>Die Mitschnittdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;received_at&quot; is missing or not an ISO-8601 time</source>
        <translation>&quot;received_at&quot; fehlt oder ist keine ISO-8601-Zeitangabe</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>unbekannte Quelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown verification &quot;%1&quot;</source>
        <translation>unbekannte Verifizierung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;headers&quot; is neither an object nor a list</source>
        <translation>&quot;headers&quot; ist weder ein Objekt noch eine Liste</translation>
    </message>
    <message>
        <source>&quot;body_base64&quot; is not valid base64</source>
        <translation>&quot;body_base64&quot; ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>no &quot;body&quot;</source>
        <translation>&quot;body&quot; fehlt</translation>
    </message>
    <message>
        <source>Cannot read the capture file %1: %2</source>
        <translation>Die Mitschnittdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>Line %1: the last line was cut off (the capture was not closed properly); it is skipped.</source>
        <translation>Zeile %1: Die letzte Zeile ist abgeschnitten (der Mitschnitt wurde nicht ordnungsgemäß abgeschlossen); sie wird übersprungen.</translation>
    </message>
</context>
<context>
    <name>CaptureWriter</name>
    <message>
        <source>Cannot create the capture file %1: %2</source>
        <translation>Die Mitschnittdatei %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write to the capture file %1: %2</source>
        <translation>In die Mitschnittdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CtiCommands</name>
    <message>
        <source>Run syncdeskctl cti %1 --help for the options.</source>
        <translation>Die Optionen zeigt syncdeskctl cti %1 --help an.</translation>
    </message>
    <message>
        <source>Could not write to stdout. Check the pipe or use --out FILE.</source>
        <translation>Auf stdout kann nicht geschrieben werden. Prüfen Sie die Pipe oder verwenden Sie --out FILE.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>The SSO variant (adapter on your Zoom vanity host).</source>
        <translation>Die SSO-Variante (Adapter auf Ihrem Zoom-Vanity-Host).</translation>
    </message>
    <message>
        <source>With --sso: your Zoom vanity host (e.g. acme.zoom.us), replacing zoom.us in the adapter URL.</source>
        <translation>Mit --sso: Ihr Zoom-Vanity-Host (z. B. acme.zoom.us), der zoom.us in der Adapter-URL ersetzt.</translation>
    </message>
    <message>
        <source>Internal name (letters and digits, at most 40, starting with a letter).</source>
        <translation>Interner Name (Buchstaben und Ziffern, höchstens 40, beginnend mit einem Buchstaben).</translation>
    </message>
    <message>
        <source>Display name agents see in Salesforce.</source>
        <translation>Anzeigename, den Agenten in Salesforce sehen.</translation>
    </message>
    <message>
        <source>Softphone width in pixels (200 to 1920).</source>
        <translation>Softphone-Breite in Pixeln (200 bis 1920).</translation>
    </message>
    <message>
        <source>Softphone height in pixels (240 to 2560).</source>
        <translation>Softphone-Höhe in Pixeln (240 bis 2560).</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>In FILE statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl cti callcenter-xml [--sso [--vanity-url HOST]] [--internal-name NAME] [--display-name NAME] [--softphone-width N] [--softphone-height N] [--out FILE]</source>
        <translation>Aufruf: syncdeskctl cti callcenter-xml [--sso [--vanity-url HOST]] [--internal-name NAME] [--display-name NAME] [--softphone-width N] [--softphone-height N] [--out FILE]</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl cti validate FILE.xml</source>
        <translation>Aufruf: syncdeskctl cti validate FILE.xml</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl cti country-codes CODE… (for example +1 +49 +81)</source>
        <translation>Aufruf: syncdeskctl cti country-codes CODE… (zum Beispiel +1 +49 +81)</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl cti softphone-layout [--out FILE]</source>
        <translation>Aufruf: syncdeskctl cti softphone-layout [--out FILE]</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl cti callcenter-xml|validate|country-codes|softphone-layout …</source>
        <translation>Aufruf: syncdeskctl cti callcenter-xml|validate|country-codes|softphone-layout …</translation>
    </message>
    <message>
        <source>Unknown cti command: %1 (callcenter-xml, validate, country-codes or softphone-layout).</source>
        <translation>Unbekannter cti-Befehl: %1 (callcenter-xml, validate, country-codes oder softphone-layout).</translation>
    </message>
    <message>
        <source>--vanity-url belongs to the SSO variant: add --sso.</source>
        <translation>--vanity-url gehört zur SSO-Variante: Fügen Sie --sso hinzu.</translation>
    </message>
    <message>
        <source>--vanity-url takes a host name such as acme.zoom.us, without https:// or a path.</source>
        <translation>--vanity-url erwartet einen Hostnamen wie acme.zoom.us, ohne https:// und ohne Pfad.</translation>
    </message>
    <message>
        <source>--softphone-width takes a whole number of pixels (200 to 1920).</source>
        <translation>--softphone-width erwartet eine ganze Pixelzahl (200 bis 1920).</translation>
    </message>
    <message>
        <source>--softphone-height takes a whole number of pixels (240 to 2560).</source>
        <translation>--softphone-height erwartet eine ganze Pixelzahl (240 bis 2560).</translation>
    </message>
    <message>
        <source>Problems: %1. Nothing was written; correct the options and run again.</source>
        <translation>Probleme: %1. Es wurde nichts geschrieben; korrigieren Sie die Optionen und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>Warning: the adapter URL names the placeholder host %1, as in the seed. Add --vanity-url HOST (e.g. acme.zoom.us) before importing the file into Salesforce.</source>
        <translation>Warnung: Die Adapter-URL enthält wie die Zoom-Anleitung den Platzhalter-Host %1. Geben Sie --vanity-url HOST an (z. B. acme.zoom.us), bevor Sie die Datei in Salesforce importieren.</translation>
    </message>
    <message>
        <source>%1 is a valid call-center definition.</source>
        <translation>%1 ist eine gültige Call-Center-Definition.</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>Valid country codes (%1 of at most %2): %3</source>
        <translation>Gültige Ländervorwahlen (%1 von höchstens %2): %3</translation>
    </message>
</context>
<context>
    <name>CtiSettings</name>
    <message>
        <source>%1 country codes are listed; Zoom accepts at most %2: remove some.</source>
        <translation>Es sind %1 Ländercodes aufgeführt; Zoom akzeptiert höchstens %2: Entfernen Sie einige.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ITU calling code (for example +1, +44, +81).</source>
        <translation>„%1“ ist keine ITU-Ländervorwahl (zum Beispiel +1, +44, +81).</translation>
    </message>
    <message>
        <source>The country code %1 is listed twice: keep one.</source>
        <translation>Der Ländercode %1 ist doppelt aufgeführt: Behalten Sie nur einen.</translation>
    </message>
    <message>
        <source>The panel width and height must be at least 1 pixel.</source>
        <translation>Bereichsbreite und -höhe müssen mindestens 1 Pixel betragen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Install the Zoom Contact Center package from the URL your Zoom contact sent (Install for Admins Only)</source>
        <translation>Zoom Contact Center-Paket über die URL Ihres Zoom-Ansprechpartners installieren (Nur für Administratoren installieren)</translation>
    </message>
    <message>
        <source>Check that Zoom Contact Center (ZVC) appears under Apps &gt; Packaging &gt; Installed Packages</source>
        <translation>Prüfen, ob Zoom Contact Center (ZVC) unter Apps &gt; Paketerstellung &gt; Installierte Pakete erscheint</translation>
    </message>
    <message>
        <source>In Zoom for Lightning for admins, activate the Zoom Contact Center product and finish its steps</source>
        <translation>In Zoom for Lightning for Admins das Produkt Zoom Contact Center aktivieren und seine Schritte abschließen</translation>
    </message>
    <message>
        <source>Import the call-center definition XML under Feature Settings &gt; Service &gt; Call Center and save</source>
        <translation>XML-Datei der Call-Center-Definition unter Funktionseinstellungen &gt; Service &gt; Call Center importieren und speichern</translation>
    </message>
    <message>
        <source>Add the Open CTI Softphone utility item to the Lightning app</source>
        <translation>Element Open CTI Softphone zur Hilfsprogrammleiste der Lightning-App hinzufügen</translation>
    </message>
    <message>
        <source>Assign users to the Zoom Contact Center Admin or Agent permission set</source>
        <translation>Benutzern den Berechtigungssatz Zoom Contact Center Admin oder Agent zuweisen</translation>
    </message>
    <message>
        <source>Add the agents as call-center users (Manage Call Center Users)</source>
        <translation>Agenten als Call Center-Benutzer hinzufügen (Call Center-Benutzer verwalten)</translation>
    </message>
    <message>
        <source>In the product&apos;s settings, authorize from the Zoom App Marketplace</source>
        <translation>In den Einstellungen des Produkts über den Zoom App Marketplace autorisieren</translation>
    </message>
    <message>
        <source>Confirm the notice &quot;Authorized access to Contact Center&quot; in the Salesforce settings page</source>
        <translation>Hinweis „Authorized access to Contact Center“ auf der Einstellungsseite in Salesforce prüfen</translation>
    </message>
    <message>
        <source>Ask Zoom support to enable the Integrations menu of the web portal</source>
        <translation>Zoom-Support bitten, das Menü Integrations im Webportal freizuschalten</translation>
    </message>
    <message>
        <source>Add the Salesforce application with OAuth under Contact Center Management &gt; Integrations</source>
        <translation>Salesforce-Anwendung mit OAuth unter Contact Center Management &gt; Integrations hinzufügen</translation>
    </message>
    <message>
        <source>Select Salesforce as the client integration of every agent under Contact Center Management &gt; Users</source>
        <translation>Unter Contact Center Management &gt; Users für jeden Agenten Salesforce als Client-Integration auswählen</translation>
    </message>
    <message>
        <source>Package and Salesforce setup</source>
        <translation>Paket und Salesforce-Einrichtung</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>Zoom web portal</source>
        <translation>Zoom-Webportal</translation>
    </message>
    <message>
        <source>Session History</source>
        <translation>Session History</translation>
    </message>
    <message>
        <source>CCI Configuration</source>
        <translation>CCI Configuration</translation>
    </message>
    <message>
        <source>CCI Presence State Relation</source>
        <translation>CCI Presence State Relation</translation>
    </message>
    <message>
        <source>Setting Related Item</source>
        <translation>Setting Related Item</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Zoom Product Setting</source>
        <translation>Zoom Product Setting</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Registerkarten</translation>
    </message>
    <message>
        <source>Zoom for Lightning for Admins</source>
        <translation>Zoom for Lightning for Admins</translation>
    </message>
    <message>
        <source>Zoom Settings</source>
        <translation>Zoom Settings</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Zoom Product Setup</source>
        <translation>Zoom Product Setup</translation>
    </message>
    <message>
        <source>Call centers</source>
        <translation>Call Center</translation>
    </message>
    <message>
        <source>Custom metadata</source>
        <translation>Benutzerdefinierte Metadaten</translation>
    </message>
    <message>
        <source>CCI App Client</source>
        <translation>CCI App Client</translation>
    </message>
    <message>
        <source>OAuth Token</source>
        <translation>OAuth Token</translation>
    </message>
    <message>
        <source>Custom settings</source>
        <translation>Benutzerdefinierte Einstellungen</translation>
    </message>
    <message>
        <source>Phone Country Code</source>
        <translation>Phone Country Code</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kundenvorgang</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
</context>
<context>
    <name>DeveloperNames</name>
    <message>
        <source>The developer name is empty (a label without Latin letters or digits gives none). Enter one with letters, digits and underscores that starts with a letter, for example On_Break.</source>
        <translation>Der Entwicklername ist leer (eine Bezeichnung ohne lateinische Buchstaben oder Ziffern ergibt keinen). Geben Sie einen aus Buchstaben, Ziffern und Unterstrichen ein, der mit einem Buchstaben beginnt, zum Beispiel On_Break.</translation>
    </message>
    <message>
        <source>The developer name must start with a letter, not %1. Put a letter in front, for example X.</source>
        <translation>Der Entwicklername muss mit einem Buchstaben beginnen, nicht mit %1. Stellen Sie einen Buchstaben voran, zum Beispiel X.</translation>
    </message>
    <message>
        <source>The developer name has a character that is not allowed at position %1 (%2): only the letters A-Z and a-z, the digits 0-9 and underscores are. Replace it, for example with an underscore.</source>
        <translation>Der Entwicklername enthält an Position %1 ein unzulässiges Zeichen (%2): Zulässig sind nur die Buchstaben A-Z und a-z, die Ziffern 0-9 und Unterstriche. Ersetzen Sie es, zum Beispiel durch einen Unterstrich.</translation>
    </message>
    <message>
        <source>The developer name has two underscores in a row at position %1; Salesforce keeps __ for its own suffixes such as __c. Use a single underscore.</source>
        <translation>Der Entwicklername enthält an Position %1 zwei Unterstriche hintereinander; Salesforce reserviert __ für eigene Suffixe wie __c. Verwenden Sie einen einzelnen Unterstrich.</translation>
    </message>
    <message>
        <source>The developer name must not end with an underscore. Remove the last one.</source>
        <translation>Der Entwicklername darf nicht mit einem Unterstrich enden. Entfernen Sie den letzten.</translation>
    </message>
    <message>
        <source>The developer name must have at most %1 characters, not %2. Shorten it.</source>
        <translation>Der Entwicklername darf höchstens %1 Zeichen haben, nicht %2. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>Another status already has the developer name %1 (names that differ only in capitals count as the same). Give each status its own developer name.</source>
        <translation>Ein anderer Status hat bereits den Entwicklernamen %1 (Namen, die sich nur in der Groß-/Kleinschreibung unterscheiden, gelten als gleich). Geben Sie jedem Status einen eigenen Entwicklernamen.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCommand</name>
    <message>
        <source>Write the diagnostics zip to FILE.</source>
        <translation>Diagnose-ZIP-Datei in FILE schreiben.</translation>
    </message>
    <message>
        <source>Describe profile FILE and check its endpoints.</source>
        <translation>Profil FILE beschreiben und seine Endpunkte prüfen.</translation>
    </message>
    <message>
        <source>Describe the built-in sandbox and check its endpoints.</source>
        <translation>Die integrierte Sandbox beschreiben und ihre Endpunkte prüfen.</translation>
    </message>
    <message>
        <source>Seconds each connectivity check may take.</source>
        <translation>Sekunden, die jede Verbindungsprüfung dauern darf.</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl diagnostics --out FILE.zip [--profile FILE | --sandbox]</source>
        <translation>Aufruf: syncdeskctl diagnostics --out FILE.zip [--profile FILE | --sandbox]</translation>
    </message>
    <message>
        <source>Use either --profile or --sandbox, not both.</source>
        <translation>Verwenden Sie entweder --profile oder --sandbox, nicht beides.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 300.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 300.</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <source>the sandbox profile</source>
        <translation>Sandbox-Profil</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Diagnostics of %1: %2; endpoints reachable: %3 of %4; no secrets inside.</source>
        <translation>Diagnose (%1): %2; erreichbare Endpunkte: %3 von %4; keine Geheimnisse enthalten.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>Save Diagnostics</source>
        <translation>Diagnose speichern</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Checking the connections…</source>
        <translation>Verbindungen werden geprüft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Diagnostics progress</source>
        <translation>Fortschritt der Diagnose</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1.</source>
        <translation>Die Diagnose wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>It holds versions, platform, the profile&apos;s settings, the last log lines and the connection checks. No password, secret or token is inside: you can send it to support.</source>
        <translation>Die Datei enthält Versionen, Plattform, die Einstellungen des Profils, die letzten Protokollzeilen und die Verbindungsprüfungen. Kennwörter, Geheimnisse und Tokens sind nicht enthalten: Sie können die Datei an den Support senden.</translation>
    </message>
    <message>
        <source>Log Folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>The log files are in %1.</source>
        <translation>Die Protokolldateien liegen in %1.</translation>
    </message>
</context>
<context>
    <name>DirectoryApplyLog</name>
    <message>
        <source>The apply log %1 cannot be opened: %2. The apply itself is done.</source>
        <translation>Das Übernahmeprotokoll %1 kann nicht geöffnet werden: %2. Die Übernahme selbst ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The disk holding the apply log %1 is full. Free some space; the apply itself is done.</source>
        <translation>Der Datenträger mit dem Übernahmeprotokoll %1 ist voll. Geben Sie Speicherplatz frei; die Übernahme selbst ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The apply log %1 cannot be written: %2. The apply itself is done.</source>
        <translation>Das Übernahmeprotokoll %1 kann nicht geschrieben werden: %2. Die Übernahme selbst ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The apply log %1 cannot be read: %2</source>
        <translation>Das Übernahmeprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryCommands</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Use either --profile or --sandbox, not both.</source>
        <translation>Verwenden Sie entweder --profile oder --sandbox, nicht beides.</translation>
    </message>
    <message>
        <source>The Directory Sync mapping in profile %1 is not usable: %2</source>
        <translation>Die Directory Sync-Zuordnung im Profil %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>%1 address books are named “%2” (IDs %3). Give the ID with --address-book instead.</source>
        <translation>%1 Adressbücher heißen „%2“ (IDs %3). Geben Sie stattdessen die ID mit --address-book an.</translation>
    </message>
    <message>
        <source>No address book has the ID or name “%1”. Dynamic address books: %2.</source>
        <translation>Kein Adressbuch hat die ID oder den Namen „%1“. Dynamische Adressbücher: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>“%1” is a %2 address book; Directory Sync writes only to Dynamic address books. Create one with syncdeskctl addressbook create NAME --type dynamic.</source>
        <translation>„%1“ ist ein Adressbuch vom Typ %2; Directory Sync schreibt nur in dynamische Adressbücher. Erstellen Sie eines mit syncdeskctl addressbook create NAME --type dynamic.</translation>
    </message>
    <message>
        <source>The output cannot be written: %1</source>
        <translation>Die Ausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Address book: %1 (%2), entries: %3</source>
        <translation>Adressbuch: %1 (%2), Einträge: %3</translation>
    </message>
    <message>
        <source>Number of simulated users in the sandbox.</source>
        <translation>Anzahl der simulierten Benutzer in der Sandbox.</translation>
    </message>
    <message>
        <source>Zoom account ID.</source>
        <translation>Zoom-Konto-ID.</translation>
    </message>
    <message>
        <source>Client ID of the Zoom Server-to-Server OAuth app.</source>
        <translation>Client-ID der Server-to-Server OAuth-App von Zoom.</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the Zoom client secret.</source>
        <translation>Name der Umgebungsvariablen, die das Zoom-Clientgeheimnis enthält.</translation>
    </message>
    <message>
        <source>Read the Zoom client secret from the first line of stdin.</source>
        <translation>Zoom-Clientgeheimnis aus der ersten Zeile von stdin lesen.</translation>
    </message>
    <message>
        <source>Zoom OAuth base URL (default https://zoom.us).</source>
        <translation>Zoom-OAuth-Basis-URL (Standard: https://zoom.us).</translation>
    </message>
    <message>
        <source>Zoom API base URL (default https://api.zoom.us).</source>
        <translation>Zoom-API-Basis-URL (Standard: https://api.zoom.us).</translation>
    </message>
    <message>
        <source>The Dynamic address book to sync into, by ID or exact name.</source>
        <translation>Das dynamische Adressbuch, in das synchronisiert wird, per ID oder exaktem Namen.</translation>
    </message>
    <message>
        <source>Directory Sync mapping (JSON; default: the profile&apos;s, else the built-in defaults).</source>
        <translation>Directory Sync-Zuordnung (JSON; Standard: die des Profils, sonst die integrierten Standardwerte).</translation>
    </message>
    <message>
        <source>dry-run output: jsonl or csv.</source>
        <translation>Ausgabe von dry-run: jsonl oder csv.</translation>
    </message>
    <message>
        <source>Write the dry run to FILE instead of stdout.</source>
        <translation>Probelauf in FILE statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>apply: really write the changes (without it, only the plan is shown).</source>
        <translation>apply: Änderungen tatsächlich schreiben (ohne diese Option wird nur der Plan angezeigt).</translation>
    </message>
    <message>
        <source>apply: write nothing when removals exceed PERCENT of the book&apos;s entries.</source>
        <translation>apply: Nichts schreiben, wenn mehr als PERCENT Prozent der Einträge des Adressbuchs entfernt würden.</translation>
    </message>
    <message>
        <source>Unknown command: %1. Use directory dry-run or directory apply.</source>
        <translation>Unbekannter Befehl: %1. Verwenden Sie directory dry-run oder directory apply.</translation>
    </message>
    <message>
        <source>--sandbox-users takes a number from 0 to 100000.</source>
        <translation>--sandbox-users erwartet eine Zahl von 0 bis 100000.</translation>
    </message>
    <message>
        <source>--address-book NAME-OR-ID is required.</source>
        <translation>--address-book NAME-OR-ID ist erforderlich.</translation>
    </message>
    <message>
        <source>--format takes jsonl or csv.</source>
        <translation>--format erwartet jsonl oder csv.</translation>
    </message>
    <message>
        <source>--max-removals takes a percentage from 0 to 100.</source>
        <translation>--max-removals erwartet einen Prozentwert von 0 bis 100.</translation>
    </message>
    <message>
        <source>Nothing was written. Run again with --yes to apply these changes.</source>
        <translation>Es wurde nichts geschrieben. Führen Sie den Befehl erneut mit --yes aus, um diese Änderungen zu übernehmen.</translation>
    </message>
    <message>
        <source>Nothing to change: the address book is up to date.</source>
        <translation>Keine Änderungen nötig: Das Adressbuch ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>To allow it: --max-removals %1</source>
        <translation>Um dies zuzulassen: --max-removals %1</translation>
    </message>
    <message>
        <source>Failed: %1 %2: %3</source>
        <translation>Fehlgeschlagen: %1 %2: %3</translation>
    </message>
    <message>
        <source>Written: %1, failed: %2</source>
        <translation>Geschrieben: %1, fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Run the same command again to finish: entries already written are not duplicated.</source>
        <translation>Führen Sie denselben Befehl erneut aus, um den Vorgang abzuschließen: Bereits geschriebene Einträge werden nicht doppelt angelegt.</translation>
    </message>
</context>
<context>
    <name>DirectoryMapping</name>
    <message>
        <source>“%1” must be an object with lists of departments, domains, userTypes and statuses.</source>
        <translation>„%1“ muss ein Objekt mit den Listen departments, domains, userTypes und statuses sein.</translation>
    </message>
    <message>
        <source>“%1” has an unknown list “%2”. Known lists: %3.</source>
        <translation>„%1“ enthält eine unbekannte Liste „%2“. Bekannte Listen: %3.</translation>
    </message>
    <message>
        <source>“%1.%2” must be a list of texts.</source>
        <translation>„%1.%2“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>The mapping has an unknown key “%1”. Known keys: %2.</source>
        <translation>Die Zuordnung enthält einen unbekannten Schlüssel „%1“. Bekannte Schlüssel: %2.</translation>
    </message>
    <message>
        <source>“attributes” must be an object of ACD field → Zoom field.</source>
        <translation>„attributes“ muss ein Objekt der Form ACD-Feld → Zoom-Feld sein.</translation>
    </message>
    <message>
        <source>“attributes” names an unknown ACD field “%1”. ACD fields: %2.</source>
        <translation>„attributes“ nennt ein unbekanntes ACD-Feld „%1“. ACD-Felder: %2.</translation>
    </message>
    <message>
        <source>The Zoom field for “%1” must be a text such as &quot;first_name&quot;, or null.</source>
        <translation>Das Zoom-Feld für „%1“ muss ein Text wie &quot;first_name&quot; oder null sein.</translation>
    </message>
    <message>
        <source>The Zoom field for “%1” is “%2”: Zoom field names have no spaces (e.g. first_name, dept, phone).</source>
        <translation>Das Zoom-Feld für „%1“ ist „%2“: Namen von Zoom-Feldern enthalten keine Leerzeichen (z. B. first_name, dept, phone).</translation>
    </message>
    <message>
        <source>“appendExtension” must be true or false.</source>
        <translation>„appendExtension“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>“onlyActive” must be true or false.</source>
        <translation>„onlyActive“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>“numberTranslation” must be a list of {&quot;match&quot;, &quot;replace&quot;} rules.</source>
        <translation>„numberTranslation“ muss eine Liste von Regeln der Form {&quot;match&quot;, &quot;replace&quot;} sein.</translation>
    </message>
    <message>
        <source>Number translation rule %1 needs a &quot;match&quot; pattern.</source>
        <translation>Regel %1 der Rufnummernübersetzung benötigt ein Muster &quot;match&quot;.</translation>
    </message>
    <message>
        <source>The &quot;replace&quot; of number translation rule %1 must be a text.</source>
        <translation>&quot;replace&quot; in Regel %1 der Rufnummernübersetzung muss ein Text sein.</translation>
    </message>
    <message>
        <source>The mapping file %1 does not exist. Check the path.</source>
        <translation>Die Zuordnungsdatei %1 existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read: %2</source>
        <translation>Die Zuordnungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The mapping file %1 is not valid JSON (at character %2: %3).</source>
        <translation>Die Zuordnungsdatei %1 ist kein gültiges JSON (bei Zeichen %2: %3).</translation>
    </message>
    <message>
        <source>The mapping file %1 must hold one JSON object.</source>
        <translation>Die Zuordnungsdatei %1 muss genau ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>The mapping file %1 is not usable: %2</source>
        <translation>Die Zuordnungsdatei %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>The mapping cannot be saved to %1: %2</source>
        <translation>Die Zuordnung kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryPlan</name>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>e-mail domain</source>
        <translation>E-Mail-Domain</translation>
    </message>
    <message>
        <source>user type</source>
        <translation>Benutzertyp</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pending user: no Zoom user ID yet. The entry is written once the user has accepted the Zoom invitation.</source>
        <translation>Ausstehender Benutzer: noch keine Zoom-Benutzer-ID. Der Eintrag wird geschrieben, sobald der Benutzer die Zoom-Einladung angenommen hat.</translation>
    </message>
    <message>
        <source>Inactive in Zoom (status “%1”); only active users are synced. Set “onlyActive” to false to include them.</source>
        <translation>In Zoom inaktiv (Status „%1“); nur aktive Benutzer werden synchronisiert. Setzen Sie „onlyActive“ auf false, um inaktive einzubeziehen.</translation>
    </message>
    <message>
        <source>Not included by the filter on %1: “%2” is not in the include list.</source>
        <translation>Durch den Filter für %1 nicht eingeschlossen: „%2“ steht nicht in der Einschlussliste.</translation>
    </message>
    <message>
        <source>Excluded by the filter on %1 (“%2”).</source>
        <translation>Durch den Filter für %1 ausgeschlossen („%2“).</translation>
    </message>
    <message>
        <source>No first or last name (%1): agents could not find the entry. Add the name in Zoom or map another field.</source>
        <translation>Kein Vor- oder Nachname (%1): Agenten könnten den Eintrag nicht finden. Ergänzen Sie den Namen in Zoom oder ordnen Sie ein anderes Feld zu.</translation>
    </message>
    <message>
        <source>The %1 number “%2” is longer than %3 characters after translation; the ACD would refuse it. Check the number translation rules.</source>
        <translation>Die Nummer „%2“ (%1) ist nach der Übersetzung länger als %3 Zeichen; die ACD würde sie ablehnen. Prüfen Sie die Regeln der Rufnummernübersetzung.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Not among the Zoom users any more.</source>
        <translation>Nicht mehr unter den Zoom-Benutzern.</translation>
    </message>
    <message>
        <source>Add: %1, update: %2, remove: %3, skip: %4, unchanged: %5</source>
        <translation>Hinzufügen: %1, Aktualisieren: %2, Entfernen: %3, Überspringen: %4, Unverändert: %5</translation>
    </message>
</context>
<context>
    <name>EventExporter</name>
    <message>
        <source>The export file is not open for writing.</source>
        <translation>Die Exportdatei ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Received (UTC)</source>
        <translation>Empfangen (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Event time (UTC)</source>
        <translation>Ereigniszeit (UTC)</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Peer user ID</source>
        <translation>Benutzer-ID der Gegenstelle</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Anrufstatus</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
</context>
<context>
    <name>FlowEventScript</name>
    <message>
        <source>Enter the HTTPS address the script posts to (your endpoint).</source>
        <translation>Geben Sie die HTTPS-Adresse ein, an die das Skript sendet (Ihren Endpunkt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address: write it like https://example.com/zcc/engagements.</source>
        <translation>„%1“ ist keine gültige Adresse: Schreiben Sie sie wie https://example.com/zcc/engagements.</translation>
    </message>
    <message>
        <source>The address must start with https://: the script sends transcripts, which must not travel unencrypted.</source>
        <translation>Die Adresse muss mit https:// beginnen: Das Skript sendet Transkripte, die nicht unverschlüsselt übertragen werden dürfen.</translation>
    </message>
    <message>
        <source>Choose at least one trigger (Engagement Closed or Disposition Saved): without one the script never runs.</source>
        <translation>Wählen Sie mindestens einen Trigger (Engagement Closed oder Disposition Saved): Ohne Trigger wird das Skript nie ausgeführt.</translation>
    </message>
</context>
<context>
    <name>IntegrationAdvisor</name>
    <message>
        <source>Recording media (voice and video)</source>
        <translation>Aufzeichnungs-Mediendatei (Sprache und Video)</translation>
    </message>
    <message>
        <source>Requires call recording to be enabled for the queue.</source>
        <translation>Erfordert, dass die Anrufaufzeichnung für die Warteschlange aktiviert ist.</translation>
    </message>
    <message>
        <source>Recording transcript (voice and video)</source>
        <translation>Aufzeichnungs-Transkript (Sprache und Video)</translation>
    </message>
    <message>
        <source>Requires call recording with transcription to be enabled.</source>
        <translation>Erfordert, dass die Anrufaufzeichnung mit Transkription aktiviert ist.</translation>
    </message>
    <message>
        <source>Transcript (messaging)</source>
        <translation>Transkript (Messaging)</translation>
    </message>
    <message>
        <source>Transcripts are on by default for messaging channels.</source>
        <translation>Transkripte sind standardmäßig für Messaging-Kanäle aktiviert.</translation>
    </message>
    <message>
        <source>Dispositions (all channels)</source>
        <translation>Dispositionen (alle Kanäle)</translation>
    </message>
    <message>
        <source>An array of disposition objects.</source>
        <translation>Ein Array von Dispositionsobjekten.</translation>
    </message>
    <message>
        <source>Notes (all channels)</source>
        <translation>Notizen (alle Kanäle)</translation>
    </message>
    <message>
        <source>An array of note objects.</source>
        <translation>Ein Array von Notizobjekten.</translation>
    </message>
    <message>
        <source>Voicemail media and transcript</source>
        <translation>Voicemail-Mediendatei und -Transkript</translation>
    </message>
    <message>
        <source>For voicemails left in a Contact Center inbox; the transcript requires transcription to be enabled for the inbox.</source>
        <translation>Für Voicemails, die in einem Contact Center-Posteingang hinterlassen wurden; das Transkript erfordert, dass die Transkription für den Posteingang aktiviert ist.</translation>
    </message>
    <message>
        <source>Agents use the ZCC CTI connector in a supported CRM</source>
        <translation>Agenten verwenden den ZCC CTI Connector in einem unterstützten CRM</translation>
    </message>
    <message>
        <source>The simplest path.</source>
        <translation>Der einfachste Weg.</translation>
    </message>
    <message>
        <source>No code required.</source>
        <translation>Kein Code erforderlich.</translation>
    </message>
    <message>
        <source>Engagement data sync is built in.</source>
        <translation>Die Engagement-Datensynchronisierung ist integriert.</translation>
    </message>
    <message>
        <source>Turn it on in the Zoom admin portal under Contact Center Management &gt; Integrations &gt; Applications: find the CRM integration and enable saving data to the CRM.</source>
        <translation>Aktivieren Sie sie im Zoom-Admin-Portal unter Contact Center Management &gt; Integrations &gt; Applications: Suchen Sie die CRM-Integration und aktivieren Sie die Datenspeicherung im CRM.</translation>
    </message>
    <message>
        <source>Check that the CRM integration&apos;s user has write permission on every object concerned.</source>
        <translation>Prüfen Sie, ob der Benutzer der CRM-Integration die Schreibberechtigung für alle relevanten Objekte hat.</translation>
    </message>
    <message>
        <source>An inbound messaging flow whose data must reach another system</source>
        <translation>Ein eingehender Messaging-Flow, dessen Daten in ein anderes System gelangen müssen</translation>
    </message>
    <message>
        <source>A niche solution, but powerful.</source>
        <translation>Eine Nischenlösung, aber leistungsstark.</translation>
    </message>
    <message>
        <source>Requires JavaScript.</source>
        <translation>Erfordert JavaScript.</translation>
    </message>
    <message>
        <source>Works best for sending messaging transcripts and dispositions.</source>
        <translation>Funktioniert am besten zum Senden von Messaging-Transkripten und Dispositionen.</translation>
    </message>
    <message>
        <source>With several flows (a flow that uses RouteTo to reach another flow), configure identical event scripts and triggers in every flow.</source>
        <translation>Bei mehreren Flows (ein Flow leitet mit RouteTo an einen anderen Flow weiter) konfigurieren Sie in jedem Flow identische Event-Skripte und Trigger.</translation>
    </message>
    <message>
        <source>Agents use the Zoom Workplace app or Smart Embed</source>
        <translation>Agenten verwenden die Zoom Workplace-App oder Smart Embed</translation>
    </message>
    <message>
        <source>The most robust custom solution.</source>
        <translation>Die robusteste kundenspezifische Lösung.</translation>
    </message>
    <message>
        <source>Near real-time data with a reliable backup process.</source>
        <translation>Daten nahezu in Echtzeit mit einem zuverlässigen Backup-Prozess.</translation>
    </message>
    <message>
        <source>Agents work in a CRM the CTI connector does not support</source>
        <translation>Agenten arbeiten in einem CRM, das der CTI-Connector nicht unterstützt</translation>
    </message>
    <message>
        <source>The CTI connector exists for Salesforce, Zendesk, ServiceNow, Microsoft Dynamics and HubSpot only: other systems need the custom solution.</source>
        <translation>Den CTI-Connector gibt es nur für Salesforce, Zendesk, ServiceNow, Microsoft Dynamics und HubSpot: Andere Systeme benötigen die kundenspezifische Lösung.</translation>
    </message>
    <message>
        <source>Flow event scripts reach only dispositions and messaging transcripts; the other data needs webhooks and polling.</source>
        <translation>Flow-Event-Skripte liefern nur Dispositionen und Messaging-Transkripte; für die übrigen Daten sind Webhooks und Polling nötig.</translation>
    </message>
    <message>
        <source>poll the API field %1</source>
        <translation>API-Feld %1 per Polling abfragen</translation>
    </message>
    <message>
        <source>webhook %1, polled field %2</source>
        <translation>Webhook %1, per Polling abgefragtes Feld %2</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>The built-in integration (ZCC CRM CTI connector)</source>
        <translation>Die eingebaute Integration (ZCC CRM CTI Connector)</translation>
    </message>
    <message>
        <source>API webhooks with a nightly polling job for reconciliation</source>
        <translation>API-Webhooks mit einem nächtlichen Polling-Job zum Abgleich</translation>
    </message>
    <message>
        <source>Flow event scripts</source>
        <translation>Flow-Event-Skripte</translation>
    </message>
    <message>
        <source>Answer the questions to get a recommendation.</source>
        <translation>Beantworten Sie die Fragen, um eine Empfehlung zu erhalten.</translation>
    </message>
</context>
<context>
    <name>LineWriter</name>
    <message>
        <source>the standard output</source>
        <translation>die Standardausgabe</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. Free some space (or write to another disk) and run the command again.</source>
        <translation>Der Datenträger ist voll: %1 konnte nicht geschrieben werden. Geben Sie Speicherplatz frei (oder schreiben Sie auf einen anderen Datenträger) und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Check the file and its folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie die Datei und ihren Ordner.</translation>
    </message>
</context>
<context>
    <name>MetadataZip</name>
    <message>
        <source>Could not create the zip file %1. Check that the folder exists and that you may write to it, or choose another place.</source>
        <translation>Die ZIP-Datei %1 konnte nicht erstellt werden. Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen, oder wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Could not add %1 to the zip file %2. Try again, or choose another place.</source>
        <translation>%1 konnte nicht zur ZIP-Datei %2 hinzugefügt werden. Versuchen Sie es erneut oder wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Could not write the zip file %1. Check the free space and that you may write there, or choose another place.</source>
        <translation>Die ZIP-Datei %1 konnte nicht geschrieben werden. Prüfen Sie den freien Speicherplatz und ob Sie dort schreiben dürfen, oder wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Could not open the zip file %1. Check that it exists and is a zip file.</source>
        <translation>Die ZIP-Datei %1 konnte nicht geöffnet werden. Prüfen Sie, ob sie existiert und eine ZIP-Datei ist.</translation>
    </message>
    <message>
        <source>Could not read %1 in the zip file %2; the file may be damaged.</source>
        <translation>%1 in der ZIP-Datei %2 konnte nicht gelesen werden; die Datei ist möglicherweise beschädigt.</translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message>
        <source>Error: nothing to monitor. Give --listen HOST:PORT (webhooks), --websocket, or --sandbox.</source>
        <translation>Fehler: Es gibt nichts zu überwachen. Geben Sie --listen HOST:PORT (Webhooks), --websocket oder --sandbox an.</translation>
    </message>
    <message>
        <source>Error: %1 cannot be written: %2</source>
        <translation>Fehler: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Error: the environment variable %1 is empty or not set; put the webhook secret token in it.</source>
        <translation>Fehler: Die Umgebungsvariable %1 ist leer oder nicht gesetzt. Legen Sie das Geheime Token für Webhooks darin ab.</translation>
    </message>
    <message>
        <source>Error: the secret token could not be read: %1</source>
        <translation>Fehler: Das Geheime Token konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Error: webhooks need the secret token: give --secret-token-env NAME, --secret-token-stdin or --profile FILE.</source>
        <translation>Fehler: Für Webhooks wird das Geheime Token benötigt. Geben Sie --secret-token-env NAME, --secret-token-stdin oder --profile FILE an.</translation>
    </message>
    <message>
        <source>Error: --listen takes HOST:PORT, for example 127.0.0.1:8080 or [::1]:8080.</source>
        <translation>Fehler: --listen erwartet HOST:PORT, zum Beispiel 127.0.0.1:8080 oder [::1]:8080.</translation>
    </message>
    <message>
        <source>Receiving Zoom webhooks at %1</source>
        <translation>Zoom-Webhooks werden auf %1 empfangen</translation>
    </message>
    <message>
        <source>Error: --websocket needs --subscription-id (shown in the app&apos;s Event Subscription settings after choosing the WebSocket method).</source>
        <translation>Fehler: --websocket erfordert --subscription-id (wird in den Einstellungen des Ereignisabos der App angezeigt, nachdem Sie die Methode WebSocket gewählt haben).</translation>
    </message>
    <message>
        <source>Events between %1 and %2 may be missing (the WebSocket was disconnected).</source>
        <translation>Zwischen %1 und %2 fehlen möglicherweise Ereignisse (die WebSocket-Verbindung war unterbrochen).</translation>
    </message>
    <message>
        <source>Error: %1 Stopping.</source>
        <translation>Fehler: %1 Der Monitor wird beendet.</translation>
    </message>
    <message>
        <source>Monitor stopped. Events written: %1, accepted: %2, URL validations: %3, rejected: %4%5, gaps: %6.</source>
        <translation>Monitor beendet. Geschriebene Ereignisse: %1, angenommen: %2, URL-Validierungen: %3, abgelehnt: %4%5, Lücken: %6.</translation>
    </message>
    <message>
        <source>Error: events lost: %1. Zoom was told they arrived, but they could not be written (%2). They are not sent again; look them up in Zoom&apos;s event logs if you need them.</source>
        <translation>Fehler: Verlorene Ereignisse: %1. Zoom wurde der Empfang bestätigt, aber sie konnten nicht geschrieben werden (%2). Sie werden nicht erneut gesendet; falls Sie sie benötigen, sehen Sie in den Ereignisprotokollen von Zoom nach.</translation>
    </message>
</context>
<context>
    <name>NumberTranslator</name>
    <message>
        <source>Number translation rule %1 (%2) is not a valid regular expression: %3 at position %4.</source>
        <translation>Regel %1 der Rufnummernübersetzung (%2) ist kein gültiger regulärer Ausdruck: %3 an Position %4.</translation>
    </message>
    <message>
        <source>Number translation rule %1 (%2) refers to group \%3, but the pattern has only %4 groups.</source>
        <translation>Regel %1 der Rufnummernübersetzung (%2) verweist auf Gruppe \%3, aber das Muster hat nur %4 Gruppen.</translation>
    </message>
</context>
<context>
    <name>OmniStatusMapping</name>
    <message>
        <source>Row %1: choose the Zoom Contact Center status.</source>
        <translation>Zeile %1: Wählen Sie den Status in Zoom Contact Center.</translation>
    </message>
    <message>
        <source>Row %1: choose the Salesforce status it sets.</source>
        <translation>Zeile %1: Wählen Sie den Salesforce-Status, der gesetzt wird.</translation>
    </message>
    <message>
        <source>Row %1: the Zoom status &quot;%2&quot; is mapped twice; Zoom can set only one Salesforce status for it. Remove one row.</source>
        <translation>Zeile %1: Der Zoom-Status „%2“ ist doppelt zugeordnet; Zoom kann dafür nur einen Salesforce-Status setzen. Entfernen Sie eine der Zeilen.</translation>
    </message>
    <message>
        <source>Row %1: Salesforce has no presence status &quot;%2&quot;: pick one of the org&apos;s statuses or create it under Setup &gt; Presence Statuses.</source>
        <translation>Zeile %1: In Salesforce gibt es keinen Präsenzstatus „%2“: Wählen Sie einen Status der Organisation oder legen Sie ihn unter Setup &gt; Präsenzstatus an.</translation>
    </message>
</context>
<context>
    <name>PresenceRules</name>
    <message>
        <source>Row %1 of the %2 table has no &quot;%3&quot;.</source>
        <translation>In Zeile %1 der Tabelle %2 fehlt „%3“.</translation>
    </message>
    <message>
        <source>In row %1 of the %2 table, &quot;%3&quot; must be a text.</source>
        <translation>In Zeile %1 der Tabelle %2 muss „%3“ ein Text sein.</translation>
    </message>
    <message>
        <source>Row %1 of the %2 table has an unknown key &quot;%3&quot; (allowed: %4).</source>
        <translation>Zeile %1 der Tabelle %2 hat einen unbekannten Schlüssel „%3“ (zulässig: %4).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of rows.</source>
        <translation>„%1“ muss eine Liste von Zeilen sein.</translation>
    </message>
    <message>
        <source>Row %1 of the %2 table is not an object.</source>
        <translation>Zeile %1 der Tabelle %2 ist kein Objekt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of texts.</source>
        <translation>„%1“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>subscriber</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>The rule is not valid JSON: %1 at character %2.</source>
        <translation>Die Regel ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The rule must be a JSON object with &quot;name&quot;, &quot;publisher&quot;, &quot;subscriber&quot; and &quot;zoom&quot;.</source>
        <translation>Die Regel muss ein JSON-Objekt mit „name“, „publisher“, „subscriber“ und „zoom“ sein.</translation>
    </message>
    <message>
        <source>The rule has an unknown key &quot;%1&quot; (allowed: %2).</source>
        <translation>Die Regel hat einen unbekannten Schlüssel „%1“ (zulässig: %2).</translation>
    </message>
    <message>
        <source>The rule has no &quot;name&quot;; give it one, e.g. &quot;EU agents&quot;.</source>
        <translation>Die Regel hat keinen „name“; geben Sie ihr einen, z. B. „EU-Agenten“.</translation>
    </message>
    <message>
        <source>&quot;skipUnavailableValidation&quot; must be true or false.</source>
        <translation>„skipUnavailableValidation“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>Row %1 of the Zoom table needs either &quot;zoom&quot; (a presence value) or &quot;phone&quot; (ringing, connected or ended), not both or neither.</source>
        <translation>Zeile %1 der Zoom-Tabelle benötigt genau eines von beiden: „zoom“ (einen Präsenzwert) oder „phone“ (ringing, connected oder ended).</translation>
    </message>
    <message>
        <source>The unavailable codes are not a JSON list as `syncdeskctl acd codes --format json` prints it.</source>
        <translation>Die Nicht-verfügbar-Codes sind keine JSON-Liste, wie `syncdeskctl acd codes --format json` sie ausgibt.</translation>
    </message>
    <message>
        <source>An unavailable code in the list has no &quot;name&quot;.</source>
        <translation>Ein Nicht-verfügbar-Code in der Liste hat keinen „name“.</translation>
    </message>
    <message>
        <source>%1 table, row %2: %3</source>
        <translation>%1-Tabelle, Zeile %2: %3</translation>
    </message>
    <message>
        <source>the ACD state is empty.</source>
        <translation>der ACD-Status ist leer.</translation>
    </message>
    <message>
        <source>&quot;previous&quot; cannot be a source of the publisher table; name an ACD state.</source>
        <translation>„previous“ kann keine Quelle der Publisher-Tabelle sein; geben Sie einen ACD-Status an.</translation>
    </message>
    <message>
        <source>the ACD state &quot;%1&quot; does not exist (not Available, Unavailable or an unavailable code).</source>
        <translation>der ACD-Status „%1“ existiert nicht (weder Available noch Unavailable noch ein Nicht-verfügbar-Code).</translation>
    </message>
    <message>
        <source>the unavailable code &quot;%1&quot; is not assigned to these teams of the rule: %2; assign it in the ACD or turn on &quot;skip validation of unavailable codes&quot;.</source>
        <translation>der Nicht-verfügbar-Code „%1“ ist diesen Teams der Regel nicht zugewiesen: %2; weisen Sie ihn in der ACD zu oder aktivieren Sie „Prüfung der Nicht-verfügbar-Codes überspringen“.</translation>
    </message>
    <message>
        <source>the Salesforce status is empty.</source>
        <translation>der Salesforce-Status ist leer.</translation>
    </message>
    <message>
        <source>the Salesforce presence status &quot;%1&quot; does not exist in the org.</source>
        <translation>der Salesforce-Präsenzstatus „%1“ existiert in der Organisation nicht.</translation>
    </message>
    <message>
        <source>the ACD state &quot;%1&quot; already has a row.</source>
        <translation>für den ACD-Status „%1“ gibt es bereits eine Zeile.</translation>
    </message>
    <message>
        <source>the Salesforce status &quot;%1&quot; already has a row.</source>
        <translation>für den Salesforce-Status „%1“ gibt es bereits eine Zeile.</translation>
    </message>
    <message>
        <source>the ACD state &quot;%1&quot; has no publisher row, so Salesforce would not follow the ACD back; add a publisher row for it.</source>
        <translation>der ACD-Status „%1“ hat keine Publisher-Zeile, daher würde Salesforce der ACD in diesem Status nicht folgen; fügen Sie dafür eine Publisher-Zeile hinzu.</translation>
    </message>
    <message>
        <source>the phone state &quot;%1&quot; does not exist; use ringing, connected or ended.</source>
        <translation>der Telefonstatus „%1“ existiert nicht; verwenden Sie ringing, connected oder ended.</translation>
    </message>
    <message>
        <source>the Zoom presence &quot;%1&quot; does not exist (e.g. Available, Away, Do_Not_Disturb, In_Meeting, On_Phone_Call).</source>
        <translation>die Zoom-Präsenz „%1“ existiert nicht (z. B. Available, Away, Do_Not_Disturb, In_Meeting, On_Phone_Call).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a row.</source>
        <translation>für „%1“ gibt es bereits eine Zeile.</translation>
    </message>
</context>
<context>
    <name>PresenceSimulator</name>
    <message>
        <source>Unmapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Previous state restored</source>
        <translation>Vorheriger Status wiederhergestellt</translation>
    </message>
    <message>
        <source>Unavailable (fallback)</source>
        <translation>Unavailable (Fallback)</translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation>Die Zeile ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>A salesforce.presence_changed line needs &quot;email&quot; and &quot;status&quot;.</source>
        <translation>Eine Zeile salesforce.presence_changed benötigt „email“ und „status“.</translation>
    </message>
</context>
<context>
    <name>PresenceStatusDesigns</name>
    <message>
        <source>The status has no label. Enter the name agents see in Omni-Channel, for example On Break.</source>
        <translation>Der Status hat keine Bezeichnung. Geben Sie den Namen ein, den Agenten in Omni-Channel sehen, zum Beispiel On Break.</translation>
    </message>
    <message>
        <source>An Online status needs at least one service channel: Salesforce makes a status without channels a Busy (away) status. Pick the channels agents take work on, or make it Busy.</source>
        <translation>Ein Online-Status braucht mindestens einen Servicekanal: Einen Status ohne Kanäle macht Salesforce zu einem Besetzt-Status (abwesend). Wählen Sie die Kanäle, über die Agenten Arbeit annehmen, oder machen Sie daraus einen Besetzt-Status.</translation>
    </message>
    <message>
        <source>A Busy status has no service channels (agents get no work in it), but this one has %1. Remove the channels, or make it Online.</source>
        <translation>Ein Besetzt-Status hat keine Servicekanäle (Agenten erhalten darin keine Arbeit), dieser hat aber %1. Entfernen Sie die Kanäle oder machen Sie daraus einen Online-Status.</translation>
    </message>
    <message>
        <source>The org has no service channel %1, so the deploy would fail. Pick one of the org&apos;s channels, or create the channel in Setup &gt; Service Channels first.</source>
        <translation>Die Organisation hat keinen Servicekanal %1, daher würde die Bereitstellung fehlschlagen. Wählen Sie einen der Kanäle der Organisation oder legen Sie den Kanal zuerst unter Setup &gt; Servicekanäle an.</translation>
    </message>
    <message>
        <source>The org already has a presence status %1. Deploying replaces its label and channels with these; rename this one if you meant a new status.</source>
        <translation>Die Organisation hat bereits einen Präsenzstatus %1. Die Bereitstellung ersetzt dessen Bezeichnung und Kanäle durch diese; benennen Sie diesen Status um, wenn Sie einen neuen Status anlegen wollten.</translation>
    </message>
    <message>
        <source>There is no designed status to export. Add one first.</source>
        <translation>Es gibt keinen entworfenen Status zum Exportieren. Fügen Sie zuerst einen hinzu.</translation>
    </message>
    <message>
        <source>The status %1 cannot be exported yet: %2</source>
        <translation>Der Status %1 kann noch nicht exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile %1 is empty (it may have been cut off by a crash or a full disk).</source>
        <translation>Das Profil %1 ist leer (möglicherweise wurde es durch einen Absturz oder einen vollen Datenträger abgeschnitten).</translation>
    </message>
    <message>
        <source>The profile %1 is damaged and cannot be read.</source>
        <translation>Das Profil %1 ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A backup of the previous version exists; you can restore it.</source>
        <translation>Es gibt eine Sicherung der vorherigen Version. Sie können sie wiederherstellen.</translation>
    </message>
    <message>
        <source>No backup exists; create the profile again.</source>
        <translation>Es gibt keine Sicherung. Erstellen Sie das Profil neu.</translation>
    </message>
    <message>
        <source>The profile %1 was written by a newer version of Syncdesk (format %2; this version reads format %3). Update Syncdesk to open it; the file was left unchanged.</source>
        <translation>Das Profil %1 wurde von einer neueren Version von Syncdesk geschrieben (Format %2; diese Version liest Format %3). Aktualisieren Sie Syncdesk, um es zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The file %1 is not a Syncdesk profile (no format version or ID).</source>
        <translation>Die Datei %1 ist kein Syncdesk-Profil (keine Formatversion oder ID).</translation>
    </message>
    <message>
        <source>The profile %1 does not exist.</source>
        <translation>Das Profil %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The profile %1 could not be read: %2. Check the file permissions.</source>
        <translation>Das Profil %1 konnte nicht gelesen werden: %2. Prüfen Sie die Dateiberechtigungen.</translation>
    </message>
    <message>
        <source>The backup %1 could not be read.</source>
        <translation>Die Sicherung %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Check that the folder exists and is writable.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The disk is full, so %1 was not saved. The previous version is unchanged; free some space and save again.</source>
        <translation>Der Datenträger ist voll, daher wurde %1 nicht gespeichert. Die vorherige Version ist unverändert. Geben Sie Speicherplatz frei und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. The previous version is unchanged.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Die vorherige Version ist unverändert.</translation>
    </message>
    <message>
        <source>There is no draft.</source>
        <translation>Es gibt keinen Entwurf.</translation>
    </message>
    <message>
        <source>The draft %1 could not be read.</source>
        <translation>Der Entwurf %1 konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>RawEvent</name>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Signature valid (x-zm-signature, timestamp within tolerance)</source>
        <translation>Signatur gültig (x-zm-signature, Zeitstempel innerhalb der Toleranz)</translation>
    </message>
    <message>
        <source>Authenticated WebSocket connection (access token)</source>
        <translation>Authentifizierte WebSocket-Verbindung (Zugriffstoken)</translation>
    </message>
    <message>
        <source>Replayed from a capture file; not verified again</source>
        <translation>Aus einer Mitschnittdatei wiedergegeben; nicht erneut geprüft</translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Run syncdeskctl cc reconcile --help for the options.</source>
        <translation>Die Optionen zeigt syncdeskctl cc reconcile --help an.</translation>
    </message>
    <message>
        <source>Cannot read the cursor file %1: %2</source>
        <translation>Die Cursordatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The cursor file %1 has no valid &quot;window_end&quot;. Fix or delete it (deleting starts again at --from).</source>
        <translation>Die Cursordatei %1 enthält kein gültiges &quot;window_end&quot;. Korrigieren oder löschen Sie sie (nach dem Löschen beginnt der Abgleich wieder bei --from).</translation>
    </message>
    <message>
        <source>received %1, missed %2, webhook only %3</source>
        <translation>empfangen %1, verpasst %2, nur per Webhook %3</translation>
    </message>
    <message>
        <source>cc reconcile: compare Zoom Contact Center engagement data (recordings, transcripts, notes,
dispositions, voicemails) listed by the API for a window with what arrived by webhook.
Each artefact is received, missed (only the API has it) or webhook_only.

DATE is yyyy-MM-dd (UTC; --to includes that whole day) or an ISO 8601 date-time.
--events names a capture file (JSON Lines, as `syncdeskctl monitor --out` writes).
--cursor FILE: when FILE exists the window starts at the end stored there (--from may
then be left out); after a completed run the window&apos;s end is stored. --to defaults to now.
With --sandbox and no --events, the webhooks are those the sandbox&apos;s simulated queue
delivered: --sandbox-drop PERCENT (default 20) of them are deliberately not delivered,
so the run lists exactly those as missed. Same seed and window, same result.
Rows (jsonl keys / csv columns, in this order): status, kind, id, engagement_id, day,
time, event, url. A summary goes to stderr.
Exit codes: 0 nothing missed, 4 something missed, 1 error, 2 usage.</source>
        <translation>cc reconcile: Engagement-Daten von Zoom Contact Center (Aufzeichnungen, Transkripte, Notizen,
Dispositionen, Voicemails), die die API für ein Zeitfenster auflistet, mit den per Webhook eingegangenen vergleichen.
Jedes Artefakt ist received (empfangen), missed (nur die API hat es) oder webhook_only.

DATE ist yyyy-MM-dd (UTC; --to schließt diesen ganzen Tag ein) oder ein ISO-8601-Datum mit Uhrzeit.
--events nennt eine Mitschnittdatei (JSON Lines, wie `syncdeskctl monitor --out` sie schreibt).
--cursor FILE: Wenn FILE existiert, beginnt das Zeitfenster am dort gespeicherten Ende (--from kann
dann entfallen); nach einem vollständigen Lauf wird das Ende des Zeitfensters gespeichert. --to ist standardmäßig jetzt.
Mit --sandbox und ohne --events gelten die Webhooks, die die simulierte Warteschlange der Sandbox
zugestellt hat: --sandbox-drop PERCENT (Standard 20) davon werden absichtlich nicht zugestellt,
sodass der Lauf genau diese als missed auflistet. Gleicher Startwert (Seed) und gleiches Zeitfenster, gleiches Ergebnis.
Zeilen (jsonl-Schlüssel / csv-Spalten, in dieser Reihenfolge): status, kind, id, engagement_id, day,
time, event, url. Eine Zusammenfassung wird auf stderr ausgegeben.
Exit-Codes: 0 nichts verpasst, 4 etwas verpasst, 1 Fehler, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>Start of the window.</source>
        <translation>Beginn des Zeitfensters.</translation>
    </message>
    <message>
        <source>End of the window (default: now).</source>
        <translation>Ende des Zeitfensters (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Capture file with the webhooks received.</source>
        <translation>Mitschnittdatei mit den empfangenen Webhooks.</translation>
    </message>
    <message>
        <source>Output format: jsonl or csv.</source>
        <translation>Ausgabeformat: jsonl oder csv.</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>In FILE statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>Resume from and update the window end stored in FILE.</source>
        <translation>Am in FILE gespeicherten Ende des Zeitfensters fortsetzen und es aktualisieren.</translation>
    </message>
    <message>
        <source>Items per request (max 300).</source>
        <translation>Einträge pro Anfrage (max. 300).</translation>
    </message>
    <message>
        <source>Sandbox: percentage of webhooks not delivered.</source>
        <translation>Sandbox: Prozentsatz der nicht zugestellten Webhooks.</translation>
    </message>
    <message>
        <source>--format must be jsonl or csv.</source>
        <translation>--format muss jsonl oder csv sein.</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 300.</source>
        <translation>--page-size muss eine Zahl von 1 bis 300 sein.</translation>
    </message>
    <message>
        <source>--sandbox-drop must be a number from 0 to 100.</source>
        <translation>--sandbox-drop muss eine Zahl von 0 bis 100 sein.</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date (yyyy-MM-dd) or an ISO 8601 date-time.</source>
        <translation>--to: „%1“ ist weder ein Datum (yyyy-MM-dd) noch ein ISO-8601-Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (yyyy-MM-dd) or an ISO 8601 date-time.</source>
        <translation>--from: „%1“ ist weder ein Datum (yyyy-MM-dd) noch ein ISO-8601-Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>--from is needed (or a --cursor file from an earlier run).</source>
        <translation>--from ist erforderlich (oder eine --cursor-Datei aus einem früheren Lauf).</translation>
    </message>
    <message>
        <source>Nothing to reconcile: the cursor is already at %1.</source>
        <translation>Nichts abzugleichen: Der Cursor steht bereits bei %1.</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from muss vor --to liegen.</translation>
    </message>
    <message>
        <source>Error: the capture file %1 does not exist.</source>
        <translation>Fehler: Die Mitschnittdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Error: writing to stdout failed.</source>
        <translation>Fehler: Schreiben auf stdout fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Error: cannot write %1: %2</source>
        <translation>Fehler: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Error: cannot write the cursor file %1: %2</source>
        <translation>Fehler: Die Cursordatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Window: %1 to %2</source>
        <translation>Zeitfenster: %1 bis %2</translation>
    </message>
    <message>
        <source>Webhooks compared: %1</source>
        <translation>Verglichene Webhooks: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Missed: %1 %2 (engagement %3)</source>
        <translation>Verpasst: %1 %2 (Engagement %3)</translation>
    </message>
</context>
<context>
    <name>RulesCommands</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The ACD&apos;s unavailable codes as `acd codes --format json` prints them.</source>
        <translation>Die Nicht-verfügbar-Codes der ACD, wie `acd codes --format json` sie ausgibt.</translation>
    </message>
    <message>
        <source>The presence rule (JSON).</source>
        <translation>Die Präsenzregel (JSON).</translation>
    </message>
    <message>
        <source>Monitor capture lines and Salesforce status changes, one JSON object a line (- for stdin).</source>
        <translation>Monitor-Mitschnittzeilen und Salesforce-Statusänderungen, ein JSON-Objekt pro Zeile (- für stdin).</translation>
    </message>
    <message>
        <source>Output format: jsonl.</source>
        <translation>Ausgabeformat: jsonl.</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl rules validate RULE.json [--acd-codes CODES.json]</source>
        <translation>Aufruf: syncdeskctl rules validate RULE.json [--acd-codes CODES.json]</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl rules simulate --rule RULE.json --events EVENTS.jsonl [--format jsonl]</source>
        <translation>Aufruf: syncdeskctl rules simulate --rule RULE.json --events EVENTS.jsonl [--format jsonl]</translation>
    </message>
    <message>
        <source>Unknown rules command: %1 (validate or simulate).</source>
        <translation>Unbekannter Unterbefehl rules %1 (validate oder simulate).</translation>
    </message>
    <message>
        <source>Without --acd-codes, unavailable-code names and their teams are not checked.</source>
        <translation>Ohne --acd-codes werden die Namen der Nicht-verfügbar-Codes und ihre Teams nicht geprüft.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; is valid.</source>
        <translation>Die Regel „%1“ ist gültig.</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>Unknown format %1; rules simulate writes jsonl.</source>
        <translation>Unbekanntes Format %1; rules simulate schreibt jsonl.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Lines that could not be read: %1</source>
        <translation>Nicht lesbare Zeilen: %1</translation>
    </message>
</context>
<context>
    <name>SalesforceCatalog</name>
    <message>
        <source>Visualforce pages</source>
        <translation>Visualforce-Seiten</translation>
    </message>
    <message>
        <source>Full access</source>
        <translation>Vollzugriff</translation>
    </message>
    <message>
        <source>Data through the API</source>
        <translation>Daten über die API</translation>
    </message>
    <message>
        <source>Data through the browser</source>
        <translation>Daten über den Browser</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Salesforce adapter enabled for the tenant</source>
        <translation>Salesforce-Adapter für den Tenant aktiviert</translation>
    </message>
    <message>
        <source>Your account representative enables Salesforce for your CXone tenant under Applications &amp; Features &gt; Adapters. Ask them if Adapters shows no Salesforce tab.</source>
        <translation>Ihr Account-Betreuer aktiviert Salesforce für Ihren CXone-Tenant unter Applications &amp; Features &gt; Adapters. Wenden Sie sich an ihn, wenn unter Adapters keine Registerkarte Salesforce erscheint.</translation>
    </message>
    <message>
        <source>Salesforce Presence Sync enabled for the tenant</source>
        <translation>Salesforce Presence Sync für den Tenant aktiviert</translation>
    </message>
    <message>
        <source>Your account representative also enables Salesforce Presence Sync under Applications &amp; Features &gt; Adapters.</source>
        <translation>Ihr Account-Betreuer aktiviert außerdem Salesforce Presence Sync unter Applications &amp; Features &gt; Adapters.</translation>
    </message>
    <message>
        <source>Agents use Salesforce Agent Lightning</source>
        <translation>Agenten verwenden Salesforce Agent Lightning</translation>
    </message>
    <message>
        <source>Presence sync works only with the Lightning agent app.</source>
        <translation>Die Präsenzsynchronisierung funktioniert nur mit der Lightning-Agenten-App.</translation>
    </message>
    <message>
        <source>Users have the Agent permission set</source>
        <translation>Benutzer haben den Berechtigungssatz Agent</translation>
    </message>
    <message>
        <source>In Salesforce: Setup &gt; Setup &gt; Permission Sets. Assign the Agent permission set to every agent.</source>
        <translation>In Salesforce: Setup &gt; Setup &gt; Berechtigungssätze. Weisen Sie jedem Agenten den Berechtigungssatz Agent zu.</translation>
    </message>
    <message>
        <source>Users are assigned the NiCE Agent for Salesforce licence</source>
        <translation>Benutzern ist die Lizenz NiCE Agent for Salesforce zugewiesen</translation>
    </message>
    <message>
        <source>In Salesforce: Setup &gt; Setup &gt; Installed Packages. Assign the package licence to every agent.</source>
        <translation>In Salesforce: Setup &gt; Setup &gt; Installierte Pakete. Weisen Sie jedem Agenten die Paketlizenz zu.</translation>
    </message>
    <message>
        <source>Create a new connected app</source>
        <translation>Neue verbundene App erstellen</translation>
    </message>
    <message>
        <source>In Salesforce, search Quick Find for App Manager, open it and click New Connected App at the top right.</source>
        <translation>Suchen Sie in Salesforce in der Schnellsuche nach App-Manager, öffnen Sie ihn und klicken Sie oben rechts auf Neue verbundene App.</translation>
    </message>
    <message>
        <source>Name the app and enter a contact e-mail</source>
        <translation>App benennen und Kontakt-E-Mail eingeben</translation>
    </message>
    <message>
        <source>The API name is generated from the name (spaces become underscores). The contact e-mail must be a valid address.</source>
        <translation>Der API-Name wird aus dem Namen erzeugt (Leerzeichen werden zu Unterstrichen). Die Kontakt-E-Mail muss eine gültige Adresse sein.</translation>
    </message>
    <message>
        <source>Connected app name</source>
        <translation>Name der verbundenen App</translation>
    </message>
    <message>
        <source>Enable OAuth settings and enter the callback URL</source>
        <translation>OAuth-Einstellungen aktivieren und Callback-URL eingeben</translation>
    </message>
    <message>
        <source>Under API (Enable OAuth Settings), select Enable OAuth Settings. Enter the callback URL below: Syncdesk&apos;s browser sign-in receives the authorization code there.</source>
        <translation>Wählen Sie unter API (Enable OAuth Settings) die Option Enable OAuth Settings. Geben Sie die unten stehende Callback-URL ein: Dort empfängt die Browser-Anmeldung von Syncdesk den Autorisierungscode.</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Add the OAuth scopes</source>
        <translation>OAuth-Bereiche hinzufügen</translation>
    </message>
    <message>
        <source>Under Selected OAuth Scopes, add each of these scopes and click Add.</source>
        <translation>Fügen Sie unter Selected OAuth Scopes jeden dieser Bereiche hinzu und klicken Sie auf Add.</translation>
    </message>
    <message>
        <source>Require the secret for both flows</source>
        <translation>Geheimnis für beide Flows verlangen</translation>
    </message>
    <message>
        <source>Make sure both options below are selected, then click Save.</source>
        <translation>Stellen Sie sicher, dass beide unten stehenden Optionen ausgewählt sind, und klicken Sie dann auf Save.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Copy the consumer key and consumer secret</source>
        <translation>Verbraucherschlüssel und Verbrauchergeheimnis kopieren</translation>
    </message>
    <message>
        <source>In App Manager, open Actions &gt; View for the app, then Manage Consumer Details (enter the code sent by e-mail if asked). Paste the key as client ID and the secret as client secret on the Account mapping tab.</source>
        <translation>Öffnen Sie im App-Manager für die App Aktionen &gt; Anzeigen und dann Manage Consumer Details (geben Sie bei Nachfrage den per E-Mail gesendeten Code ein). Fügen Sie auf der Registerkarte Kontozuordnung den Schlüssel als Client-ID und das Geheimnis als Clientgeheimnis ein.</translation>
    </message>
    <message>
        <source>Allow the username-password flow</source>
        <translation>Benutzername-Kennwort-Flow erlauben</translation>
    </message>
    <message>
        <source>In Salesforce, search Quick Find for OAuth, open OAuth and OpenID Connect Settings and turn on the option below. Orgs created since Summer &apos;23 block this flow until you do.</source>
        <translation>Suchen Sie in Salesforce in der Schnellsuche nach OAuth, öffnen Sie OAuth and OpenID Connect Settings und aktivieren Sie die unten stehende Option. Organisationen, die seit Summer &apos;23 erstellt wurden, blockieren diesen Flow bis dahin.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Add an IP range or reset the security token</source>
        <translation>IP-Bereich hinzufügen oder Sicherheitstoken zurücksetzen</translation>
    </message>
    <message>
        <source>Do only one of these. Either add the login IP range 0.0.0.0 to 255.255.255.255 to the agent&apos;s profile (Profiles &gt; Login IP Ranges &gt; New), or reset the security token (your profile &gt; Settings &gt; Reset My Security Token) and append the token from the e-mail to the password.</source>
        <translation>Führen Sie nur einen der beiden Schritte aus. Fügen Sie entweder dem Profil des Agenten den Anmelde-IP-Bereich 0.0.0.0 bis 255.255.255.255 hinzu (Profile &gt; Anmelde-IP-Bereiche &gt; Neu), oder setzen Sie das Sicherheitstoken zurück (Ihr Profil &gt; Einstellungen &gt; Mein Sicherheitstoken zurücksetzen) und hängen Sie das Token aus der E-Mail an das Kennwort an.</translation>
    </message>
    <message>
        <source>Start IP address</source>
        <translation>Start-IP-Adresse</translation>
    </message>
    <message>
        <source>End IP address</source>
        <translation>End-IP-Adresse</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Connected app</source>
        <translation>Verbundene App</translation>
    </message>
    <message>
        <source>Sign-in settings</source>
        <translation>Anmeldeeinstellungen</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Hyperforce</source>
        <translation>Hyperforce</translation>
    </message>
    <message>
        <source>Give the integration user&apos;s profile access to the statuses</source>
        <translation>Dem Profil des Integrationsbenutzers Zugriff auf die Status geben</translation>
    </message>
    <message>
        <source>In Salesforce: Setup &gt; Profiles (or Permission Sets), open the profile of the user the account mapping signs in as, go to Enabled Service Presence Status Access, click Edit and add every designed status. Without it the presence sync cannot set these statuses.</source>
        <translation>In Salesforce: Setup &gt; Profile (oder Berechtigungssätze). Öffnen Sie das Profil des Benutzers, mit dem sich die Kontozuordnung anmeldet, gehen Sie zu Enabled Service Presence Status Access, klicken Sie auf Bearbeiten und fügen Sie jeden entworfenen Status hinzu. Ohne diesen Zugriff kann die Präsenzsynchronisierung diese Status nicht setzen.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Give the agents&apos; profiles access to the statuses</source>
        <translation>Den Profilen der Agenten Zugriff auf die Status geben</translation>
    </message>
    <message>
        <source>Do the same for every profile or permission set your agents have: Setup &gt; Profiles (or Permission Sets) &gt; Enabled Service Presence Status Access &gt; Edit, add the designed statuses and save. Agents only see statuses their profile enables.</source>
        <translation>Wiederholen Sie dies für jedes Profil und jeden Berechtigungssatz Ihrer Agenten: Setup &gt; Profile (oder Berechtigungssätze) &gt; Enabled Service Presence Status Access &gt; Bearbeiten, fügen Sie die entworfenen Status hinzu und speichern Sie. Agenten sehen nur die Status, die ihr Profil aktiviert.</translation>
    </message>
    <message>
        <source>Profile access</source>
        <translation>Profilzugriff</translation>
    </message>
</context>
<context>
    <name>SalesforceCommands</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>SalesforceConnectionResolver</name>
    <message>
        <source>%1 is a sandbox profile; use --sandbox instead.</source>
        <translation>%1 ist ein Sandbox-Profil. Verwenden Sie stattdessen --sandbox.</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running. Open the sandbox profile again.</source>
        <translation>Die integrierte Sandbox läuft nicht. Öffnen Sie das Sandbox-Profil erneut.</translation>
    </message>
    <message>
        <source>The login URL %1 is not a URL. Use https://login.salesforce.com, https://test.salesforce.com or your My Domain URL.</source>
        <translation>Die Anmelde-URL %1 ist keine URL. Verwenden Sie https://login.salesforce.com, https://test.salesforce.com oder Ihre „Meine Domäne“-URL.</translation>
    </message>
    <message>
        <source>--sf-login-url %1 is not a URL. Use https://login.salesforce.com, https://test.salesforce.com or your My Domain URL.</source>
        <translation>--sf-login-url %1 ist keine URL. Verwenden Sie https://login.salesforce.com, https://test.salesforce.com oder Ihre „Meine Domäne“-URL.</translation>
    </message>
    <message>
        <source>Salesforce credentials are incomplete for %1: the keychain has no password and consumer secret and no browser sign-in for this profile. Enter them on the Salesforce area&apos;s Account mapping tab, run syncdeskctl salesforce login --profile %1, or give --sf-password-env NAME and --sf-client-secret-env NAME.</source>
        <translation>Die Salesforce-Anmeldedaten für %1 sind unvollständig: Der Schlüsselbund enthält für dieses Profil weder Kennwort und Verbrauchergeheimnis noch eine Browser-Anmeldung. Geben Sie diese im Bereich Salesforce auf der Registerkarte Kontozuordnung ein, führen Sie syncdeskctl salesforce login --profile %1 aus oder geben Sie --sf-password-env NAME und --sf-client-secret-env NAME an.</translation>
    </message>
    <message>
        <source>Salesforce credentials are incomplete. Give --profile FILE, --sandbox, or --sf-client-id, --sf-client-secret-env NAME, --sf-username and --sf-password-env NAME.</source>
        <translation>Die Salesforce-Anmeldedaten sind unvollständig. Geben Sie --profile FILE, --sandbox oder --sf-client-id, --sf-client-secret-env NAME, --sf-username und --sf-password-env NAME an.</translation>
    </message>
    <message>
        <source>Salesforce credentials are incomplete. Enter the client ID, the client secret, the user name and the password with the security token on the Salesforce area&apos;s Account mapping tab, or sign in with the browser there.</source>
        <translation>Die Salesforce-Anmeldedaten sind unvollständig. Geben Sie im Bereich Salesforce auf der Registerkarte Kontozuordnung Client-ID, Clientgeheimnis, Benutzername und Kennwort mit Sicherheitstoken ein, oder melden Sie sich dort über den Browser an.</translation>
    </message>
</context>
<context>
    <name>SalesforceIds</name>
    <message>
        <source>Copy the Salesforce Org ID again from Setup &gt; Company Information.</source>
        <translation>Kopieren Sie die Salesforce-Organisations-ID erneut aus Setup &gt; Unternehmensinformationen.</translation>
    </message>
    <message>
        <source>Enter the org ID: 15 or 18 letters and digits starting with 00D. %1</source>
        <translation>Geben Sie die Organisations-ID ein: 15 oder 18 Buchstaben und Ziffern, beginnend mit 00D. %1</translation>
    </message>
    <message>
        <source>The org ID has a character that is not allowed at position %1 (%2): an org ID has only the letters A-Z and a-z and the digits 0-9. Remove it, or %3</source>
        <translation>Die Organisations-ID enthält an Position %1 ein unzulässiges Zeichen (%2): Eine Organisations-ID besteht nur aus den Buchstaben A-Z und a-z und den Ziffern 0-9. Entfernen Sie es, oder %3</translation>
    </message>
    <message>
        <source>copy the Salesforce Org ID again from Setup &gt; Company Information.</source>
        <translation>kopieren Sie die Salesforce-Organisations-ID erneut aus Setup &gt; Unternehmensinformationen.</translation>
    </message>
    <message>
        <source>This is a user ID (it starts with 005), not an org ID (which starts with 00D). %1</source>
        <translation>Dies ist eine Benutzer-ID (sie beginnt mit 005), keine Organisations-ID (die mit 00D beginnt). %1</translation>
    </message>
    <message>
        <source>The org ID must start with 00D, with a capital D: a 15-character ID is case-sensitive, so %1 starts another kind of record. %2</source>
        <translation>Die Organisations-ID muss mit 00D beginnen, mit großem D: Eine 15-stellige ID unterscheidet Groß- und Kleinschreibung, daher steht %1 am Anfang einer anderen Art von Datensatz. %2</translation>
    </message>
    <message>
        <source>The org ID must start with 00D, but this one starts with %1, so it identifies another kind of record. %2</source>
        <translation>Die Organisations-ID muss mit 00D beginnen, diese beginnt aber mit %1 und bezeichnet daher eine andere Art von Datensatz. %2</translation>
    </message>
    <message>
        <source>The org ID must have 15 or 18 characters, not %1. %2</source>
        <translation>Die Organisations-ID muss 15 oder 18 Zeichen haben, nicht %1. %2</translation>
    </message>
    <message>
        <source>The checksum of the 18-character org ID is wrong: expected %1 from the first 15 characters, but it ends in %2. A character was mistyped; %3</source>
        <translation>Die Prüfsumme der 18-stelligen Organisations-ID ist falsch: Aus den ersten 15 Zeichen ergibt sich %1, die ID endet aber auf %2. Ein Zeichen wurde falsch eingegeben; %3</translation>
    </message>
</context>
<context>
    <name>SalesforceLoginCommand</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Use the built-in Salesforce sandbox (no account needed).</source>
        <translation>Integrierte Salesforce-Sandbox verwenden (kein Konto erforderlich).</translation>
    </message>
    <message>
        <source>Read the login URL and consumer key from profile FILE and keep the sign-in in the keychain for it.</source>
        <translation>Anmelde-URL und Verbraucherschlüssel aus dem Profil FILE lesen und die Anmeldung dafür im Schlüsselbund aufbewahren.</translation>
    </message>
    <message>
        <source>Salesforce login URL: https://login.salesforce.com (default), https://test.salesforce.com for a sandbox org, or your My Domain URL.</source>
        <translation>Salesforce-Anmelde-URL: https://login.salesforce.com (Standard), https://test.salesforce.com für eine Sandbox-Organisation oder Ihre „Meine Domäne“-URL.</translation>
    </message>
    <message>
        <source>Consumer key of the connected app.</source>
        <translation>Verbraucherschlüssel der verbundenen App.</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the connected app&apos;s consumer secret (only when the app requires the secret for the web server flow).</source>
        <translation>Name der Umgebungsvariablen mit dem Verbrauchergeheimnis der verbundenen App (nur wenn die App das Geheimnis für den Webserver-Flow verlangt).</translation>
    </message>
    <message>
        <source>Loopback port for Salesforce&apos;s answer (0: any free port; the connected app&apos;s callback URL must be http://127.0.0.1:PORT/).</source>
        <translation>Loopback-Port für die Antwort von Salesforce (0: beliebiger freier Port; die Callback-URL der verbundenen App muss http://127.0.0.1:PORT/ lauten).</translation>
    </message>
    <message>
        <source>Give up after SECONDS without an answer.</source>
        <translation>Nach SECONDS Sekunden ohne Antwort abbrechen.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds (1 or more).</source>
        <translation>--timeout muss eine Anzahl Sekunden sein (1 oder mehr).</translation>
    </message>
    <message>
        <source>Use either --sandbox or --profile, not both.</source>
        <translation>Verwenden Sie entweder --sandbox oder --profile, nicht beides.</translation>
    </message>
    <message>
        <source>Missing: --sf-client-id (or a profile with the consumer key). Give the connected app&apos;s consumer key, or use --sandbox.</source>
        <translation>Fehlt: --sf-client-id (oder ein Profil mit dem Verbraucherschlüssel). Geben Sie den Verbraucherschlüssel der verbundenen App an oder verwenden Sie --sandbox.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set. Put the consumer secret in it (--sf-client-secret-env names the variable, it never takes the secret itself).</source>
        <translation>Die Umgebungsvariable %1 ist leer oder nicht gesetzt. Legen Sie das Verbrauchergeheimnis darin ab (--sf-client-secret-env nennt die Variable, nie das Geheimnis selbst).</translation>
    </message>
    <message>
        <source>Open this address in a browser and allow access: %1</source>
        <translation>Öffnen Sie diese Adresse in einem Browser und erlauben Sie den Zugriff: %1</translation>
    </message>
    <message>
        <source>Waiting for Salesforce to answer…</source>
        <translation>Warten auf die Antwort von Salesforce…</translation>
    </message>
    <message>
        <source>Signed in to Salesforce: org %1, user %2, instance %3</source>
        <translation>Bei Salesforce angemeldet: Organisation %1, Benutzer %2, Instanz %3</translation>
    </message>
    <message>
        <source>The sign-in could not be stored: %1</source>
        <translation>Die Anmeldung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The refresh token is stored in %1 under %2.</source>
        <translation>Das Aktualisierungstoken ist in %1 unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>The refresh token was not stored: give --profile FILE to keep the sign-in in the keychain.</source>
        <translation>Das Aktualisierungstoken wurde nicht gespeichert: Geben Sie --profile FILE an, um die Anmeldung im Schlüsselbund aufzubewahren.</translation>
    </message>
</context>
<context>
    <name>SalesforceVerifyCommand</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set. Put the secret in it (%2 names the variable, it never takes the secret itself).</source>
        <translation>Die Umgebungsvariable %1 ist leer oder nicht gesetzt. Legen Sie das Geheimnis darin ab (%2 erwartet den Namen der Variablen, niemals das Geheimnis selbst).</translation>
    </message>
    <message>
        <source>Use the built-in Salesforce sandbox (no account needed).</source>
        <translation>Integrierte Salesforce-Sandbox verwenden (kein Konto erforderlich).</translation>
    </message>
    <message>
        <source>Salesforce login URL: https://login.salesforce.com (default), https://test.salesforce.com for a sandbox org, or your My Domain URL.</source>
        <translation>Salesforce-Anmelde-URL: https://login.salesforce.com (Standard), https://test.salesforce.com für eine Sandbox-Organisation oder Ihre „Meine Domäne“-URL.</translation>
    </message>
    <message>
        <source>Consumer key of the connected app.</source>
        <translation>Verbraucherschlüssel der verbundenen App.</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the connected app&apos;s consumer secret.</source>
        <translation>Name der Umgebungsvariablen, die das Verbrauchergeheimnis der verbundenen App enthält.</translation>
    </message>
    <message>
        <source>Salesforce user name.</source>
        <translation>Salesforce-Benutzername.</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the password with the security token appended.</source>
        <translation>Name der Umgebungsvariablen, die das Passwort mit angehängtem Sicherheitstoken enthält.</translation>
    </message>
    <message>
        <source>Output format: json (default: text).</source>
        <translation>Ausgabeformat: json (Standard: Text).</translation>
    </message>
    <message>
        <source>Error: unknown format %1; use json or leave --format out for text.</source>
        <translation>Fehler: Unbekanntes Format %1. Verwenden Sie json oder lassen Sie --format für Text weg.</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Org ID: %1</source>
        <translation>Organisations-ID: %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Benutzer: %1 (%2)</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Instance URL: %1</source>
        <translation>Instanz-URL: %1</translation>
    </message>
    <message>
        <source>API usage: %1 of %2 requests today</source>
        <translation>API-Nutzung heute: %1 von %2 Anfragen</translation>
    </message>
    <message>
        <source>API usage: not reported</source>
        <translation>API-Nutzung: nicht gemeldet</translation>
    </message>
    <message>
        <source>Presence statuses: %1</source>
        <translation>Präsenzstatus: %1</translation>
    </message>
    <message>
        <source>Service channels: %1</source>
        <translation>Servicekanäle: %1</translation>
    </message>
    <message>
        <source>Read the login URL, consumer key and user name from profile FILE (password, consumer secret and browser sign-in from the keychain).</source>
        <translation>Anmelde-URL, Verbraucherschlüssel und Benutzername aus dem Profil FILE lesen (Passwort, Verbrauchergeheimnis und Browser-Anmeldung aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>Use either --profile or --sandbox, not both.</source>
        <translation>Verwenden Sie entweder --profile oder --sandbox, nicht beides.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Error: %1 is not an IP address.</source>
        <translation>Fehler: %1 ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Syncdesk sandbox running. Simulated users: %1, seed: %2. Stop with Ctrl+C.</source>
        <translation>Syncdesk-Sandbox läuft. Simulierte Benutzer: %1, Startwert (Seed): %2. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Sandbox stopped. Token requests: %1, API requests: %2.</source>
        <translation>Sandbox beendet. Token-Anfragen: %1, API-Anfragen: %2.</translation>
    </message>
    <message>
        <source>ACD sandbox: token requests: %1, API requests: %2.</source>
        <translation>ACD-Sandbox: Token-Anfragen: %1, API-Anfragen: %2.</translation>
    </message>
</context>
<context>
    <name>SyncdeskMain</name>
    <message>
        <source>User interface language: en, de or ja.</source>
        <translation>Sprache der Benutzeroberfläche: en, de oder ja.</translation>
    </message>
    <message>
        <source>Open the sandbox profile (a simulated Zoom account) at start.</source>
        <translation>Beim Start das Sandbox-Profil (ein simuliertes Zoom-Konto) öffnen.</translation>
    </message>
    <message>
        <source>Open this profile file at start.</source>
        <translation>Beim Start diese Profildatei öffnen.</translation>
    </message>
    <message>
        <source>Folder that holds the profiles.</source>
        <translation>Ordner, der die Profile enthält.</translation>
    </message>
    <message>
        <source>Show the live event monitor at start, like --area monitor (with --sandbox it receives the simulated team&apos;s events).</source>
        <translation>Beim Start den Live-Ereignismonitor anzeigen, wie --area monitor (mit --sandbox empfängt er die Ereignisse des simulierten Teams).</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation>Ein Bild des Fensters in dieser PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: wait this many milliseconds first, so the monitor has live data.</source>
        <translation>Mit --screenshot: zuerst so viele Millisekunden warten, damit der Monitor Live-Daten hat.</translation>
    </message>
    <message>
        <source>With --screenshot: run Test connection first and wait for it.</source>
        <translation>Mit --screenshot: zuerst „Verbindung testen“ ausführen und das Ergebnis abwarten.</translation>
    </message>
    <message>
        <source>Window size, for example 1000x700.</source>
        <translation>Fenstergröße, zum Beispiel 1000x700.</translation>
    </message>
    <message>
        <source>Set up and check Zoom, NICE CXone and Salesforce integrations.</source>
        <translation>Integrationen von Zoom, NICE CXone und Salesforce einrichten und prüfen.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>--screenshot-delay takes a number of milliseconds, for example 5000.</source>
        <translation>--screenshot-delay erwartet eine Anzahl Millisekunden, zum Beispiel 5000.</translation>
    </message>
    <message>
        <source>Unknown area %1. Use one of: %2.</source>
        <translation>Unbekannter Bereich %1. Verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>--page opens the setup guide; it cannot be combined with --area %1.</source>
        <translation>--page öffnet den Einrichtungsassistenten und kann nicht mit --area %1 kombiniert werden.</translation>
    </message>
    <message>
        <source>Open the setup guide on this page: profile, checklist, credentials, acd-connection, acd-mapping or salesforce-mapping.</source>
        <translation>Den Einrichtungsassistenten auf dieser Seite öffnen: profile, checklist, credentials, acd-connection, acd-mapping oder salesforce-mapping.</translation>
    </message>
    <message>
        <source>Unknown page %1. Use one of: %2.</source>
        <translation>Unbekannte Seite %1. Verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>The area %1 has no sections.</source>
        <translation>Der Bereich %1 hat keine Abschnitte.</translation>
    </message>
    <message>
        <source>Unknown section %1 of %2. Use one of: %3.</source>
        <translation>Unbekannter Abschnitt %1 von %2. Verwenden Sie einen der folgenden: %3.</translation>
    </message>
    <message>
        <source>Area to show at start: overview, zoom, acd, salesforce, contactcenter, monitor or setup; a tab as AREA/TAB, for example acd/directory, salesforce/statuses, salesforce/rules or contactcenter/cti.</source>
        <translation>Bereich, der beim Start angezeigt wird: overview, zoom, acd, salesforce, contactcenter, monitor oder setup; eine Registerkarte als AREA/TAB, zum Beispiel acd/directory, salesforce/statuses, salesforce/rules oder contactcenter/cti.</translation>
    </message>
    <message>
        <source>Show the welcome page, as on the very first start (also for --screenshot).</source>
        <translation>Die Willkommensseite wie beim allerersten Start anzeigen (auch für --screenshot).</translation>
    </message>
    <message>
        <source>Colours: dark or light (with the Fusion style), whatever the desktop&apos;s theme.</source>
        <translation>Farben: dark oder light (mit dem Fusion-Stil), unabhängig vom Design des Desktops.</translation>
    </message>
    <message>
        <source>Unknown palette %1. Use dark or light.</source>
        <translation>Unbekannte Palette %1. Verwenden Sie dark oder light.</translation>
    </message>
    <message>
        <source>Could Not Restart</source>
        <translation>Neustart nicht möglich</translation>
    </message>
    <message>
        <source>Syncdesk could not start again (%1). Nothing was lost. Start it yourself: it opens in the chosen language.</source>
        <translation>Syncdesk konnte nicht neu gestartet werden (%1). Es ist nichts verloren gegangen. Starten Sie Syncdesk selbst: Es öffnet sich in der gewählten Sprache.</translation>
    </message>
</context>
<context>
    <name>WebhookReceiver</name>
    <message>
        <source>No x-zm-signature header</source>
        <translation>Kein Header x-zm-signature</translation>
    </message>
    <message>
        <source>Malformed x-zm-signature header</source>
        <translation>Fehlerhafter Header x-zm-signature</translation>
    </message>
    <message>
        <source>Wrong signature (the secret token does not match)</source>
        <translation>Falsche Signatur (das Geheime Token stimmt nicht überein)</translation>
    </message>
    <message>
        <source>No x-zm-request-timestamp header</source>
        <translation>Kein Header x-zm-request-timestamp</translation>
    </message>
    <message>
        <source>Malformed x-zm-request-timestamp header</source>
        <translation>Fehlerhafter Header x-zm-request-timestamp</translation>
    </message>
    <message>
        <source>Timestamp outside the tolerance (replay or clock skew)</source>
        <translation>Zeitstempel außerhalb der Toleranz (erneut gesendete Anfrage oder abweichende Uhrzeit)</translation>
    </message>
    <message>
        <source>Extra authentication header missing or wrong</source>
        <translation>Zusätzlicher Authentifizierungs-Header fehlt oder ist falsch</translation>
    </message>
    <message>
        <source>Body too large</source>
        <translation>Anfragetext zu groß</translation>
    </message>
    <message>
        <source>Correctly signed, but the body is not a JSON object</source>
        <translation>Korrekt signiert, aber der Anfragetext ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Method not allowed (only POST)</source>
        <translation>Methode nicht zulässig (nur POST)</translation>
    </message>
    <message>
        <source>Unknown path</source>
        <translation>Unbekannter Pfad</translation>
    </message>
    <message>
        <source>Malformed HTTP request</source>
        <translation>Fehlerhafte HTTP-Anfrage</translation>
    </message>
    <message>
        <source>Too many connections at once</source>
        <translation>Zu viele gleichzeitige Verbindungen</translation>
    </message>
    <message>
        <source>Request not completed in time</source>
        <translation>Anfrage nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <source>Too many connections from one address</source>
        <translation>Zu viele Verbindungen von einer Adresse</translation>
    </message>
    <message>
        <source>Replay of a request already received (answered, not stored again)</source>
        <translation>Wiederholung einer bereits empfangenen Anfrage (beantwortet, nicht erneut gespeichert)</translation>
    </message>
</context>
<context>
    <name>WebhookVerifier</name>
    <message>
        <source>Signature valid</source>
        <translation>Signatur gültig</translation>
    </message>
    <message>
        <source>No x-zm-signature header</source>
        <translation>Kein Header x-zm-signature</translation>
    </message>
    <message>
        <source>Malformed signature</source>
        <translation>Fehlerhafte Signatur</translation>
    </message>
    <message>
        <source>Wrong signature (secret token does not match)</source>
        <translation>Falsche Signatur (Geheimes Token stimmt nicht überein)</translation>
    </message>
    <message>
        <source>No x-zm-request-timestamp header</source>
        <translation>Kein Header x-zm-request-timestamp</translation>
    </message>
    <message>
        <source>Malformed timestamp</source>
        <translation>Fehlerhafter Zeitstempel</translation>
    </message>
    <message>
        <source>Timestamp outside the tolerance (replay or clock skew)</source>
        <translation>Zeitstempel außerhalb der Toleranz (erneut gesendete Anfrage oder abweichende Uhrzeit)</translation>
    </message>
</context>
<context>
    <name>ZoomCatalog</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User has been created</source>
        <translation>Benutzer wurde erstellt</translation>
    </message>
    <message>
        <source>User has been disassociated</source>
        <translation>Benutzerzuordnung wurde aufgehoben</translation>
    </message>
    <message>
        <source>User has been deleted</source>
        <translation>Benutzer wurde gelöscht</translation>
    </message>
    <message>
        <source>User has been activated</source>
        <translation>Benutzer wurde aktiviert</translation>
    </message>
    <message>
        <source>User has been deactivated</source>
        <translation>Benutzer wurde deaktiviert</translation>
    </message>
    <message>
        <source>User&apos;s profile info has been updated</source>
        <translation>Benutzerprofil-Informationen wurden aktualisiert</translation>
    </message>
    <message>
        <source>User&apos;s settings have been updated</source>
        <translation>Benutzereinstellungen wurden aktualisiert</translation>
    </message>
    <message>
        <source>User has accepted the account invitation</source>
        <translation>Benutzer hat die Kontoeinladung angenommen</translation>
    </message>
    <message>
        <source>User Activity</source>
        <translation>Benutzeraktivität</translation>
    </message>
    <message>
        <source>User has signed in</source>
        <translation>Benutzer hat sich angemeldet</translation>
    </message>
    <message>
        <source>User has signed out</source>
        <translation>Benutzer hat sich abgemeldet</translation>
    </message>
    <message>
        <source>User&apos;s presence status has been updated</source>
        <translation>Präsenzstatus des Benutzers wurde aktualisiert</translation>
    </message>
    <message>
        <source>User&apos;s personal notes have been updated</source>
        <translation>Persönliche Notizen des Benutzers wurden aktualisiert</translation>
    </message>
    <message>
        <source>Zoom Phone</source>
        <translation>Zoom Phone</translation>
    </message>
    <message>
        <source>Callee ended a phone call</source>
        <translation>Angerufener hat ein Telefonat beendet</translation>
    </message>
    <message>
        <source>Caller ended a phone call</source>
        <translation>Anrufer beendete ein Telefongespräch</translation>
    </message>
    <message>
        <source>Caller is connected to the callee</source>
        <translation>Anrufer ist mit dem Angerufenen verbunden</translation>
    </message>
    <message>
        <source>Caller answered a phone call</source>
        <translation>Anrufer hat einen Anruf angenommen</translation>
    </message>
    <message>
        <source>Directory Sync</source>
        <translation>Directory Sync</translation>
    </message>
    <message>
        <source>Presence Sync</source>
        <translation>Presence Sync</translation>
    </message>
    <message>
        <source>View all users&apos; contacts</source>
        <translation>Kontakte aller Benutzer anzeigen</translation>
    </message>
    <message>
        <source>Directory Sync reads the company contacts with their extensions and presence.</source>
        <translation>Directory Sync liest die Unternehmenskontakte mit ihren Durchwahlen und ihrer Präsenz.</translation>
    </message>
    <message>
        <source>View all users&apos; phone information</source>
        <translation>Telefoninformationen aller Benutzer anzeigen</translation>
    </message>
    <message>
        <source>Extensions and phone numbers of Zoom Phone users, and the phone call events.</source>
        <translation>Durchwahlen und Telefonnummern der Zoom Phone-Benutzer sowie die Anrufereignisse.</translation>
    </message>
    <message>
        <source>View all user information</source>
        <translation>Alle Benutzerinformationen anzeigen</translation>
    </message>
    <message>
        <source>Lists the account&apos;s users for the directory and maps them to ACD agents.</source>
        <translation>Listet die Benutzer des Kontos für das Verzeichnis auf und ordnet sie ACD-Agenten zu.</translation>
    </message>
    <message>
        <source>View users information and manage users</source>
        <translation>Benutzerinformationen anzeigen und Benutzer verwalten</translation>
    </message>
    <message>
        <source>Lets the ACD write presence back to Zoom (bidirectional Presence Sync).</source>
        <translation>Ermöglicht der ACD, die Präsenz zurück an Zoom zu schreiben (bidirektionale Presence Sync).</translation>
    </message>
    <message>
        <source>View all events information</source>
        <translation>Alle Ereignisinformationen anzeigen</translation>
    </message>
    <message>
        <source>Zoom only lets a subscription include events whose read scopes the app has.</source>
        <translation>Zoom lässt in einem Ereignisabo nur Ereignisse zu, deren Lese-Umfang die App besitzt.</translation>
    </message>
    <message>
        <source>Sign in to the Zoom App Marketplace</source>
        <translation>Beim Zoom App Marketplace anmelden</translation>
    </message>
    <message>
        <source>Use an administrator account of the Zoom account you want to connect.</source>
        <translation>Verwenden Sie ein Administratorkonto des Zoom-Kontos, das Sie verbinden möchten.</translation>
    </message>
    <message>
        <source>Build a Server-to-Server OAuth app</source>
        <translation>Server-to-Server OAuth-App erstellen</translation>
    </message>
    <message>
        <source>Develop → Build App → Server-to-Server OAuth. Other app types cannot use the account credentials grant.</source>
        <translation>Develop → Build App → Server-to-Server OAuth. Andere App-Typen können den Grant-Typ „Account Credentials“ nicht verwenden.</translation>
    </message>
    <message>
        <source>Note the account ID and client ID</source>
        <translation>Konto-ID und Client-ID notieren</translation>
    </message>
    <message>
        <source>You need both when mapping the Zoom account; enter them on the next page.</source>
        <translation>Sie benötigen beide, wenn Sie das Zoom-Konto zuordnen. Geben Sie sie auf der nächsten Seite ein.</translation>
    </message>
    <message>
        <source>Generate and note the client secret</source>
        <translation>Clientgeheimnis generieren und notieren</translation>
    </message>
    <message>
        <source>Click Generate next to the client secret. Syncdesk keeps it in the system keychain.</source>
        <translation>Klicken Sie neben Clientgeheimnis auf Generieren. Syncdesk bewahrt es im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>Fill in the basic information</source>
        <translation>Grundlegende Informationen ausfüllen</translation>
    </message>
    <message>
        <source>App name, short description and company name; under developer contact information the administrator&apos;s name and e-mail address. Then click Continue.</source>
        <translation>App-Name, Kurzbeschreibung und Name des Unternehmens; unter „Entwickler-Kontaktinformationen“ Name und E-Mail-Adresse des Administrators. Klicken Sie dann auf Weiter.</translation>
    </message>
    <message>
        <source>Add an event subscription with the endpoint URL</source>
        <translation>Ereignisabo mit der Endpunkt-URL hinzufügen</translation>
    </message>
    <message>
        <source>Give the subscription a name and enter the event notification endpoint URL below. Validate works only after the ACD account mapping is complete.</source>
        <translation>Geben Sie einen Namen für das Abo ein und tragen Sie unter Endpunkt-URL für Ereignisbenachrichtigungen die unten angezeigte URL ein. Validieren ist erst möglich, wenn die Kontozuordnung in der ACD abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Generate and note the secret token</source>
        <translation>Geheimes Token generieren und notieren</translation>
    </message>
    <message>
        <source>Click Generate next to Secret Token. It signs every event Zoom sends; Syncdesk keeps it in the system keychain.</source>
        <translation>Klicken Sie neben Geheimes Token auf Generieren. Damit wird jedes Ereignis signiert, das Zoom sendet; Syncdesk bewahrt es im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>Select exactly the events listed below. Directory Sync and Presence Sync use separate subscriptions.</source>
        <translation>Wählen Sie genau die unten aufgeführten Ereignisse aus. Directory Sync und Presence Sync verwenden separate Ereignisabos.</translation>
    </message>
    <message>
        <source>Choose the event types</source>
        <translation>Ereignistypen auswählen</translation>
    </message>
    <message>
        <source>Add the five scopes</source>
        <translation>Die fünf Umfänge (Scopes) hinzufügen</translation>
    </message>
    <message>
        <source>On the Scopes page, add each scope listed below (classic or granular names, whichever your Marketplace shows).</source>
        <translation>Fügen Sie auf der Seite „Umfang“ (Scopes) jeden unten aufgeführten Umfang hinzu (klassische oder granulare Namen, je nachdem, was Ihr Marketplace anzeigt).</translation>
    </message>
    <message>
        <source>Click Done, then Save and activate the app</source>
        <translation>Auf Fertig, dann auf Speichern klicken und die App aktivieren</translation>
    </message>
    <message>
        <source>An app that is not activated cannot issue tokens.</source>
        <translation>Eine nicht aktivierte App kann keine Token ausstellen.</translation>
    </message>
</context>
<context>
    <name>ZoomCommands</name>
    <message>
        <source>Use either --profile or --sandbox, not both.</source>
        <translation>Verwenden Sie entweder --profile oder --sandbox, nicht beides.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set. Put the client secret in it (--client-secret-env names the variable, it never takes the secret itself).</source>
        <translation>Die Umgebungsvariable %1 ist leer oder nicht gesetzt. Legen Sie das Clientgeheimnis darin ab (--client-secret-env erwartet den Namen der Variablen, niemals das Geheimnis selbst).</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Phone users: %1</source>
        <translation>Telefonbenutzer: %1</translation>
    </message>
    <message>
        <source>Token expires: %1</source>
        <translation>Token läuft ab: %1</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Erteilte Umfänge: %1</translation>
    </message>
    <message>
        <source>Missing scopes: %1. Add them on the app&apos;s Scopes page in the Zoom App Marketplace.</source>
        <translation>Fehlende Umfänge: %1. Fügen Sie sie im Zoom App Marketplace auf der Seite „Umfang“ (Scopes) der App hinzu.</translation>
    </message>
    <message>
        <source>Error: unknown format %1; use jsonl or csv.</source>
        <translation>Fehler: Unbekanntes Format %1. Verwenden Sie jsonl oder csv.</translation>
    </message>
    <message>
        <source>Error: %1 cannot be written: %2</source>
        <translation>Fehler: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Error: writing the output failed (%1). Check free disk space or the receiving pipe.</source>
        <translation>Fehler: Die Ausgabe konnte nicht geschrieben werden (%1). Prüfen Sie den freien Speicherplatz oder die empfangende Pipe.</translation>
    </message>
    <message>
        <source>Error (users written so far: %1): %2</source>
        <translation>Fehler (bisher geschriebene Benutzer: %1): %2</translation>
    </message>
    <message>
        <source>Users written: %1 (Zoom reported %2).</source>
        <translation>Geschriebene Benutzer: %1 (von Zoom gemeldet: %2).</translation>
    </message>
</context>
<context>
    <name>ZoomConnectionResolver</name>
    <message>
        <source>%1 is a sandbox profile; use --sandbox instead.</source>
        <translation>%1 ist ein Sandbox-Profil. Verwenden Sie stattdessen --sandbox.</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running. Open the sandbox profile again.</source>
        <translation>Die integrierte Sandbox läuft nicht. Öffnen Sie das Sandbox-Profil erneut.</translation>
    </message>
    <message>
        <source>%1 is not a valid http(s) URL.</source>
        <translation>%1 ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <source>Zoom credentials are incomplete. Give --profile FILE, --sandbox, or --account-id, --client-id and --client-secret-env NAME (or --client-secret-stdin).</source>
        <translation>Die Zoom-Anmeldedaten sind unvollständig. Geben Sie --profile FILE, --sandbox oder --account-id, --client-id und --client-secret-env NAME (bzw. --client-secret-stdin) an.</translation>
    </message>
    <message>
        <source>Zoom credentials are incomplete. Enter the account ID, client ID and client secret of your Server-to-Server OAuth app on the Credentials page of the setup guide.</source>
        <translation>Die Zoom-Anmeldedaten sind unvollständig. Geben Sie die Konto-ID, die Client-ID und das Clientgeheimnis Ihrer Server-to-Server OAuth-App im Einrichtungsassistenten auf der Seite „Anmeldedaten“ ein.</translation>
    </message>
    <message>
        <source>No webhook secret token was given.</source>
        <translation>Es wurde kein Geheimes Token für Webhooks angegeben.</translation>
    </message>
    <message>
        <source>No secret token is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Geheimes Token gespeichert.</translation>
    </message>
</context>
<context>
    <name>ZoomEventParser</name>
    <message>
        <source>The event is not a JSON object.</source>
        <translation>Das Ereignis ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The event has no &quot;event&quot; name.</source>
        <translation>Im Ereignis fehlt der Name (&quot;event&quot;).</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>In a meeting</source>
        <translation>In einem Meeting</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Präsentiert</translation>
    </message>
    <message>
        <source>On a phone call</source>
        <translation>Im Telefonat</translation>
    </message>
    <message>
        <source>In a calendar event</source>
        <translation>In einem Kalendertermin</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Nicht im Büro</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Signed in on mobile only</source>
        <translation>Nur mobil angemeldet</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Other status</source>
        <translation>Anderer Status</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Anderes Ereignis</translation>
    </message>
    <message>
        <source>URL validation</source>
        <translation>URL-Validierung</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Benutzer erstellt</translation>
    </message>
    <message>
        <source>User disassociated</source>
        <translation>Benutzerzuordnung aufgehoben</translation>
    </message>
    <message>
        <source>User deleted</source>
        <translation>Benutzer gelöscht</translation>
    </message>
    <message>
        <source>User activated</source>
        <translation>Benutzer aktiviert</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>Benutzer deaktiviert</translation>
    </message>
    <message>
        <source>User updated</source>
        <translation>Benutzer aktualisiert</translation>
    </message>
    <message>
        <source>User settings updated</source>
        <translation>Benutzereinstellungen aktualisiert</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Einladung angenommen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Presence changed</source>
        <translation>Präsenz geändert</translation>
    </message>
    <message>
        <source>Personal note updated</source>
        <translation>Persönliche Notiz aktualisiert</translation>
    </message>
    <message>
        <source>Call answered</source>
        <translation>Anruf angenommen</translation>
    </message>
    <message>
        <source>Caller hung up</source>
        <translation>Anrufer hat aufgelegt</translation>
    </message>
    <message>
        <source>Callee hung up</source>
        <translation>Angerufener hat aufgelegt</translation>
    </message>
    <message>
        <source>Recording completed</source>
        <translation>Aufzeichnung abgeschlossen</translation>
    </message>
    <message>
        <source>Recording transcript completed</source>
        <translation>Aufzeichnungs-Transkript abgeschlossen</translation>
    </message>
    <message>
        <source>Messaging transcript completed</source>
        <translation>Messaging-Transkript abgeschlossen</translation>
    </message>
    <message>
        <source>Engagement note added</source>
        <translation>Engagement-Notiz hinzugefügt</translation>
    </message>
    <message>
        <source>Disposition added</source>
        <translation>Disposition hinzugefügt</translation>
    </message>
    <message>
        <source>Events may be missing</source>
        <translation>Möglicherweise fehlen Ereignisse</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>Kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>Caller connected</source>
        <translation>Anrufer verbunden</translation>
    </message>
</context>
<context>
    <name>comboCells</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
</context>
<context>
    <name>syncdesk::AboutDialog</name>
    <message>
        <source>About Syncdesk</source>
        <translation>Über Syncdesk</translation>
    </message>
    <message>
        <source>Syncdesk icon</source>
        <translation>Syncdesk-Symbol</translation>
    </message>
    <message>
        <source>Syncdesk %1</source>
        <translation>Syncdesk %1</translation>
    </message>
    <message>
        <source>A desktop console for setting up and checking the integrations between Zoom, NICE CXone and Salesforce.</source>
        <translation>Eine Desktop-Konsole zum Einrichten und Prüfen der Integrationen zwischen Zoom, NICE CXone und Salesforce.</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in profile files or logs.</source>
        <translation>Geheimnisse liegen im Schlüsselbund des Systems, nie in Profildateien oder Protokollen.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Versions of Syncdesk and its libraries</source>
        <translation>Versionen von Syncdesk und seinen Bibliotheken</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Versionen kopieren</translation>
    </message>
    <message>
        <source>Copies the versions and the platform to the clipboard, for a support ticket.</source>
        <translation>Kopiert die Versionen und die Plattform für ein Support-Ticket in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Syncdesk authors. Syncdesk is free software under the MIT License: you may use, copy, change and share it; it comes without any warranty.</source>
        <translation>Copyright © 2026 Die Syncdesk-Autoren. Syncdesk ist freie Software unter der MIT-Lizenz: Sie dürfen sie verwenden, kopieren, ändern und weitergeben; sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Benutzerhandbuch öffnen</translation>
    </message>
    <message>
        <source>The user guide is in the folder docs/user-guide of the Syncdesk sources and packages.</source>
        <translation>Das Benutzerhandbuch liegt im Ordner docs/user-guide der Syncdesk-Quellen und -Pakete.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdAccountMappingEditor</name>
    <message>
        <source>In CXone, the Zoom account is mapped in Adapters &gt; Account Mapping &gt; Zoom &gt; Map Accounts. CXone offers no interface for this dialog, so copy each value below into it. Check values proves them against Zoom and the ACD first.</source>
        <translation>In CXone wird das Zoom-Konto unter Adapter &gt; Kontozuordnung &gt; Zoom &gt; Konten zuordnen zugeordnet. CXone bietet für diesen Dialog keine Schnittstelle; kopieren Sie daher jeden der folgenden Werte hinein. „Werte prüfen“ gleicht sie vorher mit Zoom und der ACD ab.</translation>
    </message>
    <message>
        <source>Values for the Map Accounts dialog</source>
        <translation>Werte für den Dialog „Konten zuordnen“</translation>
    </message>
    <message>
        <source>Access-key user:</source>
        <translation>Benutzer für Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Choose this user under Access Key User. Directory Sync works as this user.</source>
        <translation>Wählen Sie diesen Benutzer unter „Benutzer für Zugriffsschlüssel“ aus. Directory Sync arbeitet als dieser Benutzer.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Adapter version:</source>
        <translation>Adapterversion:</translation>
    </message>
    <message>
        <source>The same kind as the Zoom app&apos;s event subscription.</source>
        <translation>Dieselbe Art wie das Ereignisabo der Zoom-App.</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Kontoname:</translation>
    </message>
    <message>
        <source>Filled with the Zoom account ID, which the event endpoint URL ends with, so the mapping is easy to match. You may type another name.</source>
        <translation>Vorbelegt mit der Zoom-Konto-ID, auf die die Endpunkt-URL für Ereignisbenachrichtigungen endet, damit sich die Zuordnung leicht erkennen lässt. Sie können einen anderen Namen eingeben.</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>The Zoom app&apos;s client ID (change it in the Zoom app area).</source>
        <translation>Die Client-ID der Zoom-App (ändern Sie sie im Bereich „Zoom-App“).</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>The Zoom app&apos;s client secret. Copy reads it from the keychain and puts it on the clipboard only.</source>
        <translation>Das Clientgeheimnis der Zoom-App. „Kopieren“ liest es aus dem Schlüsselbund und legt es nur in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Feature verification token:</source>
        <translation>Feature-Verifizierungstoken:</translation>
    </message>
    <message>
        <source>The Zoom app&apos;s secret token, from its Feature page. Zoom signs every event with it.</source>
        <translation>Das Geheime Token der Zoom-App von ihrer Seite „Funktion“. Zoom signiert damit jedes Ereignis.</translation>
    </message>
    <message>
        <source>admin@example.com, it-alerts@example.com</source>
        <translation>admin@example.com, it-alerts@example.com</translation>
    </message>
    <message>
        <source>Notification e-mails:</source>
        <translation>Benachrichtigungs-E-Mails:</translation>
    </message>
    <message>
        <source>Separate addresses with commas. They receive the adapter&apos;s health, authentication failures and exceptions.</source>
        <translation>Trennen Sie die Adressen durch Kommas. Sie erhalten Meldungen zum Adapterzustand, zu Authentifizierungsfehlern und zu Ausnahmen.</translation>
    </message>
    <message>
        <source>Check values</source>
        <translation>Werte prüfen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Not stored for this profile. Enter it in the Zoom app area first.</source>
        <translation>Für dieses Profil nicht gespeichert. Geben Sie den Wert zuerst im Bereich „Zoom-App“ ein.</translation>
    </message>
    <message>
        <source>Steps in the Map Accounts dialog</source>
        <translation>Schritte im Dialog „Konten zuordnen“</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The Zoom account is mapped. Zoom can now validate the event endpoint URL: continue with that step of the Zoom app checklist.</source>
        <translation>Das Zoom-Konto ist zugeordnet. Zoom kann jetzt die Endpunkt-URL für Ereignisbenachrichtigungen validieren: Fahren Sie mit diesem Schritt der Checkliste der Zoom-App fort.</translation>
    </message>
    <message>
        <source>Open Zoom Checklist</source>
        <translation>Zoom-Checkliste öffnen</translation>
    </message>
    <message>
        <source>Not known yet: Check values signs in to the ACD and shows it.</source>
        <translation>Noch nicht bekannt: „Werte prüfen“ meldet sich bei der ACD an und zeigt ihn an.</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Erledigte Schritte: %1 von %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address. Correct it; the list is saved once every address is valid.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse. Korrigieren Sie sie; die Liste wird gespeichert, sobald alle Adressen gültig sind.</translation>
    </message>
    <message>
        <source>These are not valid e-mail addresses: %1. Correct them; the list is saved once every address is valid.</source>
        <translation>Diese E-Mail-Adressen sind ungültig: %1. Korrigieren Sie sie; die Liste wird gespeichert, sobald alle Adressen gültig sind.</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Geprüft</translation>
    </message>
    <message>
        <source>✗ Problem</source>
        <translation>✗ Problem</translation>
    </message>
    <message>
        <source>– Not checked</source>
        <translation>– Nicht geprüft</translation>
    </message>
    <message>
        <source>Checking with Zoom, the keychain and the ACD…</source>
        <translation>Abgleich mit Zoom, dem Schlüsselbund und der ACD…</translation>
    </message>
    <message>
        <source>The ACD signed in but did not name the user.</source>
        <translation>Die Anmeldung bei der ACD war erfolgreich, aber der Benutzer wurde nicht genannt.</translation>
    </message>
    <message>
        <source>ACD sign-in failed: %1</source>
        <translation>ACD-Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Choose the adapter version.</source>
        <translation>Wählen Sie die Adapterversion aus.</translation>
    </message>
    <message>
        <source>The Zoom app checklist is not set up for %1. Tick it there or choose the other adapter version.</source>
        <translation>In der Checkliste der Zoom-App ist %1 nicht angehakt. Haken Sie es dort an oder wählen Sie die andere Adapterversion aus.</translation>
    </message>
    <message>
        <source>Enter an account name.</source>
        <translation>Geben Sie einen Kontonamen ein.</translation>
    </message>
    <message>
        <source>Zoom did not issue a token for this client ID and secret: %1</source>
        <translation>Zoom hat für diese Client-ID und dieses Geheimnis kein Token ausgestellt: %1</translation>
    </message>
    <message>
        <source>No secret token is stored. Enter it in the Zoom app area.</source>
        <translation>Es ist kein Geheimes Token gespeichert. Geben Sie es im Bereich „Zoom-App“ ein.</translation>
    </message>
    <message>
        <source>Add at least one notification e-mail address.</source>
        <translation>Fügen Sie mindestens eine E-Mail-Adresse für Benachrichtigungen hinzu.</translation>
    </message>
    <message>
        <source>Every value is verified. Copy them into the Map Accounts dialog.</source>
        <translation>Alle Werte sind geprüft. Kopieren Sie sie in den Dialog „Konten zuordnen“.</translation>
    </message>
    <message>
        <source>Notification e-mails</source>
        <translation>Benachrichtigungs-E-Mails</translation>
    </message>
    <message>
        <source>E-mail addresses, separated by commas, that the ACD notifies</source>
        <translation>E-Mail-Adressen, durch Kommas getrennt, an die die ACD Benachrichtigungen sendet</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdAccountMappingPage</name>
    <message>
        <source>Map the Zoom account in CXone</source>
        <translation>Zoom-Konto in CXone zuordnen</translation>
    </message>
    <message>
        <source>Copy these values into CXone&apos;s Map Accounts dialog and tick each step. Afterwards Zoom can validate the event endpoint URL.</source>
        <translation>Kopieren Sie diese Werte in den CXone-Dialog „Konten zuordnen“ und haken Sie jeden Schritt ab. Danach kann Zoom die Endpunkt-URL für Ereignisbenachrichtigungen validieren.</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdApi</name>
    <message>
        <source>The ACD answered with data Syncdesk cannot read. Check the API URL.</source>
        <translation>Die ACD hat mit Daten geantwortet, die Syncdesk nicht lesen kann. Prüfen Sie die API-URL.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The ACD did not accept this assignment and gave no reason.</source>
        <translation>Die ACD hat diese Zuordnung nicht angenommen und keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>The ACD gave no result for this assignment.</source>
        <translation>Die ACD hat für diese Zuordnung kein Ergebnis geliefert.</translation>
    </message>
    <message>
        <source>The ACD gave no result for this entry.</source>
        <translation>Die ACD hat für diesen Eintrag kein Ergebnis geliefert.</translation>
    </message>
    <message>
        <source>The ACD did not accept this entry and gave no reason.</source>
        <translation>Die ACD hat diesen Eintrag nicht angenommen und keinen Grund angegeben.</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdArea</name>
    <message>
        <source>CXone ACD</source>
        <translation>CXone ACD</translation>
    </message>
    <message>
        <source>No profile is open. Choose or create one in the setup guide.</source>
        <translation>Es ist kein Profil geöffnet. Wählen oder erstellen Sie eines im Einrichtungsassistenten.</translation>
    </message>
    <message>
        <source>Open Setup Guide</source>
        <translation>Einrichtungsassistent öffnen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Account mapping</source>
        <translation>Kontozuordnung</translation>
    </message>
    <message>
        <source>Address books</source>
        <translation>Adressbücher</translation>
    </message>
    <message>
        <source>Directory Sync</source>
        <translation>Directory Sync</translation>
    </message>
    <message>
        <source>ACD</source>
        <translation>ACD</translation>
    </message>
    <message>
        <source>NICE CXone: connection, Zoom account mapping, address books and Directory Sync</source>
        <translation>NICE CXone: Verbindung, Zoom-Kontozuordnung, Adressbücher und Directory Sync</translation>
    </message>
    <message>
        <source>CXone ACD pages</source>
        <translation>Seiten der CXone ACD</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdAuth</name>
    <message>
        <source>Enter the ACD client ID and client secret of your registered app and the access key ID and secret first.</source>
        <translation>Geben Sie zuerst die ACD-Client-ID und das Clientgeheimnis Ihrer registrierten App sowie die Zugriffsschlüssel-ID und das zugehörige Geheimnis ein.</translation>
    </message>
    <message>
        <source>The ACD issuer %1 did not name a token endpoint. Check the issuer URL (for example https://cxone.niceincontact.com). %2</source>
        <translation>Der ACD-Aussteller (Issuer) %1 hat keinen Token-Endpunkt angegeben. Prüfen Sie die Issuer-URL (zum Beispiel https://cxone.niceincontact.com). %2</translation>
    </message>
    <message>
        <source>The ACD signed in, but its id_token names no tenant, so the API address cannot be found. Enter the API URL yourself (for example https://api-na1.niceincontact.com).</source>
        <translation>Die Anmeldung bei der ACD war erfolgreich, aber ihr id_token nennt keinen Tenant, daher kann die API-Adresse nicht ermittelt werden. Geben Sie die API-URL selbst ein (zum Beispiel https://api-na1.niceincontact.com).</translation>
    </message>
    <message>
        <source>The ACD&apos;s tenant discovery gave no API address for tenant %1. Enter the API URL yourself (for example https://api-na1.niceincontact.com).</source>
        <translation>Die Tenant-Ermittlung der ACD hat für den Tenant %1 keine API-Adresse geliefert. Geben Sie die API-URL selbst ein (zum Beispiel https://api-na1.niceincontact.com).</translation>
    </message>
    <message>
        <source>The ACD token endpoint answered, but not with an access token. Check the issuer URL.</source>
        <translation>Der Token-Endpunkt der ACD hat geantwortet, aber kein Zugriffstoken geliefert. Prüfen Sie die Issuer-URL.</translation>
    </message>
    <message>
        <source>The ACD rejected the client ID or client secret of the registered app. Copy both again from the app registration NICE sent you.</source>
        <translation>Die ACD hat die Client-ID oder das Clientgeheimnis der registrierten App abgelehnt. Kopieren Sie beide erneut aus der App-Registrierung, die NICE Ihnen gesendet hat.</translation>
    </message>
    <message>
        <source>The ACD rejected the access key. Check the access key ID and secret (My Profile &gt; Access Keys); the secret is shown only once, so create a new key if it is lost.</source>
        <translation>Die ACD hat den Zugriffsschlüssel abgelehnt. Prüfen Sie die Zugriffsschlüssel-ID und das Geheimnis (My Profile &gt; Access Keys). Das Geheimnis wird nur einmal angezeigt; erstellen Sie daher einen neuen Schlüssel, wenn es verloren gegangen ist.</translation>
    </message>
    <message>
        <source>The ACD does not allow sign-in with an access key for this app. Ask NICE to enable the password grant for the registered app.</source>
        <translation>Die ACD erlaubt für diese App keine Anmeldung mit einem Zugriffsschlüssel. Bitten Sie NICE, den Password Grant für die registrierte App zu aktivieren.</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdConnectionCheck</name>
    <message>
        <source>Reading the ACD secrets…</source>
        <translation>ACD-Geheimnisse werden gelesen…</translation>
    </message>
    <message>
        <source>Signing in to the ACD…</source>
        <translation>Anmeldung bei der ACD…</translation>
    </message>
    <message>
        <source>Counting agents, teams and unavailable codes…</source>
        <translation>Agenten, Teams und Nicht-verfügbar-Codes werden gezählt…</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdConnectionEditor</name>
    <message>
        <source>This profile uses the built-in sandbox, a simulated CXone tenant inside Syncdesk. Its demo app and access key are filled in; Test connection works right away.</source>
        <translation>Dieses Profil verwendet die integrierte Sandbox, einen simulierten CXone-Tenant in Syncdesk. Demo-App und Zugriffsschlüssel sind bereits eingetragen; „Verbindung testen“ funktioniert sofort.</translation>
    </message>
    <message>
        <source>ACD sign-in</source>
        <translation>ACD-Anmeldung</translation>
    </message>
    <message>
        <source>The client ID and secret come from the app registration NICE sent you. The access key ID and secret are created in CXone under My Profile &gt; Access Keys; the secret is shown only once.</source>
        <translation>Client-ID und Clientgeheimnis stammen aus der App-Registrierung, die NICE Ihnen gesendet hat. Zugriffsschlüssel-ID und Geheimnis werden in CXone unter My Profile &gt; Access Keys erstellt; das Geheimnis wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Issuer URL:</source>
        <translation>Issuer-URL:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Clientgeheimnis:</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>Access key secret:</source>
        <translation>Zugriffsschlüssel-Geheimnis:</translation>
    </message>
    <message>
        <source>Advanced: API version and address</source>
        <translation>Erweitert: API-Version und -Adresse</translation>
    </message>
    <message>
        <source>Found after sign-in</source>
        <translation>Wird bei der Anmeldung ermittelt</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>API-Version:</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>API-URL:</translation>
    </message>
    <message>
        <source>Leave the API URL empty: the tenant&apos;s address is found from the sign-in. Enter it only when NICE gave you one, for example https://api-na1.niceincontact.com.</source>
        <translation>Lassen Sie die API-URL leer: Die Adresse des Tenants wird bei der Anmeldung ermittelt. Geben Sie sie nur ein, wenn NICE Ihnen eine genannt hat, zum Beispiel https://api-na1.niceincontact.com.</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Signs in with these credentials, finds the tenant&apos;s API address and counts its agents, teams and unavailable codes. Nothing is changed in the ACD.</source>
        <translation>Meldet sich mit diesen Anmeldedaten an, ermittelt die API-Adresse des Tenants und zählt dessen Agenten, Teams und Nicht-verfügbar-Codes. In der ACD wird nichts geändert.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Tenant ID:</source>
        <translation>Tenant-ID:</translation>
    </message>
    <message>
        <source>Business unit:</source>
        <translation>Geschäftseinheit:</translation>
    </message>
    <message>
        <source>API base:</source>
        <translation>API-Basis:</translation>
    </message>
    <message>
        <source>Access-key user:</source>
        <translation>Benutzer des Zugriffsschlüssels:</translation>
    </message>
    <message>
        <source>Agents:</source>
        <translation>Agenten:</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>Teams:</translation>
    </message>
    <message>
        <source>Unavailable codes:</source>
        <translation>Nicht-verfügbar-Codes:</translation>
    </message>
    <message>
        <source>Built-in sandbox (%1)</source>
        <translation>Integrierte Sandbox (%1)</translation>
    </message>
    <message>
        <source>Other: enter the issuer URL</source>
        <translation>Andere: Issuer-URL eingeben</translation>
    </message>
    <message>
        <source>Not stored yet. It is stored when you leave the field.</source>
        <translation>Noch nicht gespeichert. Der Wert wird gespeichert, sobald Sie das Feld verlassen.</translation>
    </message>
    <message>
        <source>Used for this session only, because the keychain is unavailable.</source>
        <translation>Wird nur für diese Sitzung verwendet, da der Schlüsselbund nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Stored in %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Not stored: the sandbox&apos;s demo value is used.</source>
        <translation>Nicht gespeichert: Der Demo-Wert der Sandbox wird verwendet.</translation>
    </message>
    <message>
        <source>Not stored yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Stored. Type a new value to replace it.</source>
        <translation>Gespeichert. Geben Sie einen neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>Checked at %1, in %2 s.</source>
        <translation>Geprüft um %1, in %2 s.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Connected. The ACD accepted the app credentials and the access key.</source>
        <translation>Verbunden. Die ACD hat die App-Anmeldedaten und den Zugriffsschlüssel akzeptiert.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not named in the sign-in</source>
        <translation>Bei der Anmeldung nicht genannt</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdConnectionPage</name>
    <message>
        <source>Connect to the CXone ACD</source>
        <translation>Mit der CXone ACD verbinden</translation>
    </message>
    <message>
        <source>Enter the registered app and the access key, then test the connection. You can skip this and come back later in the ACD area.</source>
        <translation>Geben Sie die registrierte App und den Zugriffsschlüssel ein und testen Sie dann die Verbindung. Sie können diesen Schritt überspringen und später im ACD-Bereich fortfahren.</translation>
    </message>
</context>
<context>
    <name>syncdesk::AcdSandbox</name>
    <message>
        <source>The ACD sandbox could not listen on %1 port %2. The port may already be in use.</source>
        <translation>Die ACD-Sandbox konnte nicht auf %1, Port %2 lauschen. Der Port wird möglicherweise bereits verwendet.</translation>
    </message>
</context>
<context>
    <name>syncdesk::AddressBookEditor</name>
    <message>
        <source>Address books give agents the numbers they call. A Standard book is kept here by hand or from a CSV file; a Dynamic book is filled by Directory Sync. Assign a book so agents see it.</source>
        <translation>Adressbücher stellen Agenten die Nummern bereit, die sie anrufen. Ein Standardadressbuch wird hier von Hand oder aus einer CSV-Datei gepflegt; ein dynamisches Adressbuch wird von Directory Sync gefüllt. Ordnen Sie ein Adressbuch zu, damit Agenten es sehen.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>New address book…</source>
        <translation>Neues Adressbuch…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugeordnet zu</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Zuordnen zu:</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Campaign IDs, separated by commas</source>
        <translation>Kampagnen-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Could not read the address books.</source>
        <translation>Die Adressbücher konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Teams: %1</source>
        <translation>Teams: %1</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>Agenten: %1</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Skills: %1</translation>
    </message>
    <message>
        <source>Campaigns: %1</source>
        <translation>Kampagnen: %1</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dynamisch</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Choose an address book above, or create one.</source>
        <translation>Wählen Sie oben ein Adressbuch aus oder erstellen Sie eines.</translation>
    </message>
    <message>
        <source>A Dynamic book is filled by Directory Sync from Zoom; its entries are shown read-only. Change them in the Directory Sync page, or in Zoom.</source>
        <translation>Ein dynamisches Adressbuch wird von Directory Sync aus Zoom gefüllt; seine Einträge werden schreibgeschützt angezeigt. Ändern Sie sie auf der Seite „Directory Sync“ oder in Zoom.</translation>
    </message>
    <message>
        <source>Add, edit or remove entries, or import them from a CSV file.</source>
        <translation>Fügen Sie Einträge hinzu, bearbeiten oder entfernen Sie sie, oder importieren Sie sie aus einer CSV-Datei.</translation>
    </message>
    <message>
        <source>The ACD did not create the book. %1</source>
        <translation>Die ACD hat das Adressbuch nicht erstellt. %1</translation>
    </message>
    <message>
        <source>Address book &quot;%1&quot; created (ID %2).</source>
        <translation>Adressbuch „%1“ erstellt (ID %2).</translation>
    </message>
    <message>
        <source>Delete address book</source>
        <translation>Adressbuch löschen</translation>
    </message>
    <message>
        <source>Delete the address book &quot;%1&quot; with all its entries? Agents it is assigned to no longer see it. This cannot be undone.</source>
        <translation>Das Adressbuch „%1“ mit allen Einträgen löschen? Agenten, denen es zugeordnet ist, sehen es dann nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete the address book.</source>
        <translation>Das Adressbuch konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Address book &quot;%1&quot; deleted.</source>
        <translation>Adressbuch „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Could not read the entries.</source>
        <translation>Die Einträge konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The ACD did not accept the entry: %1</source>
        <translation>Die ACD hat den Eintrag nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the address book?</source>
        <translation>%1 aus dem Adressbuch entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Could not remove the entry.</source>
        <translation>Der Eintrag konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Import entries from CSV</source>
        <translation>Einträge aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export entries to CSV</source>
        <translation>Einträge als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file exists and you may read it.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you may write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Entries exported: %1, to %2</source>
        <translation>Exportierte Einträge: %1, nach %2</translation>
    </message>
    <message>
        <source>Every agent of the business unit sees the book.</source>
        <translation>Jeder Agent der Geschäftseinheit sieht das Adressbuch.</translation>
    </message>
    <message>
        <source>Type the campaign IDs from the ACD (Syncdesk cannot list campaigns).</source>
        <translation>Geben Sie die Kampagnen-IDs aus der ACD ein (Syncdesk kann Kampagnen nicht auflisten).</translation>
    </message>
    <message>
        <source>Tick who gets the book; ticked are those it is assigned to now.</source>
        <translation>Haken Sie an, wer das Adressbuch erhält; angehakt sind diejenigen, denen es derzeit zugeordnet ist.</translation>
    </message>
    <message>
        <source>Could not read the list to choose from.</source>
        <translation>Die Auswahlliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not assign the address book.</source>
        <translation>Das Adressbuch konnte nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>Nicht zugeordnet: %1</translation>
    </message>
    <message>
        <source>The ACD refused %1 of %2 assignments; see the reasons in the list. Check the IDs and try those again.</source>
        <translation>Die ACD hat %1 von %2 Zuordnungen abgelehnt; die Gründe stehen in der Liste. Prüfen Sie die IDs und versuchen Sie diese Zuordnungen erneut.</translation>
    </message>
    <message>
        <source>Assignments made: %1</source>
        <translation>Vorgenommene Zuordnungen: %1</translation>
    </message>
    <message>
        <source>Could not read who the book is assigned to.</source>
        <translation>Es konnte nicht gelesen werden, wem das Adressbuch zugeordnet ist.</translation>
    </message>
    <message>
        <source>No agent sees this book yet.</source>
        <translation>Noch kein Agent sieht dieses Adressbuch.</translation>
    </message>
    <message>
        <source>Agents who see this book: %1</source>
        <translation>Agenten, die dieses Adressbuch sehen: %1</translation>
    </message>
    <message>
        <source>Address books</source>
        <translation>Adressbücher</translation>
    </message>
    <message>
        <source>Address book pages</source>
        <translation>Adressbuchseiten</translation>
    </message>
    <message>
        <source>Choices to assign</source>
        <translation>Auswahl zum Zuordnen</translation>
    </message>
    <message>
        <source>Campaign IDs</source>
        <translation>Kampagnen-IDs</translation>
    </message>
    <message>
        <source>Assignment results</source>
        <translation>Ergebnisse der Zuordnung</translation>
    </message>
    <message>
        <source>Assigned agents</source>
        <translation>Zugeordnete Agenten</translation>
    </message>
</context>
<context>
    <name>syncdesk::CaptureReplayer</name>
    <message>
        <source>Replaying %1</source>
        <translation>%1 wird wiedergegeben</translation>
    </message>
</context>
<context>
    <name>syncdesk::ContactCenterApi</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>syncdesk::ContactCenterArea</name>
    <message>
        <source>Contact Center</source>
        <translation>Contact Center</translation>
    </message>
    <message>
        <source>Salesforce CTI</source>
        <translation>Salesforce CTI</translation>
    </message>
    <message>
        <source>Contact Center: Zoom Contact Center with Salesforce (CTI settings)</source>
        <translation>Contact Center: Zoom Contact Center mit Salesforce (CTI-Einstellungen)</translation>
    </message>
    <message>
        <source>Integration method</source>
        <translation>Integrationsmethode</translation>
    </message>
    <message>
        <source>Flow event script</source>
        <translation>Flow-Event-Skript</translation>
    </message>
    <message>
        <source>Contact Center pages</source>
        <translation>Contact Center-Seiten</translation>
    </message>
</context>
<context>
    <name>syncdesk::CopyButton</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>syncdesk::CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>syncdesk::CreateAddressBookDialog</name>
    <message>
        <source>New address book</source>
        <translation>Neues Adressbuch</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Standard: entries added and edited here or imported from CSV</source>
        <translation>Standard: Einträge werden hier hinzugefügt und bearbeitet oder aus CSV importiert</translation>
    </message>
    <message>
        <source>Dynamic: filled by Directory Sync from Zoom</source>
        <translation>Dynamisch: wird von Directory Sync aus Zoom gefüllt</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>syncdesk::CsvImportDialog</name>
    <message>
        <source>Import into %1</source>
        <translation>Import in %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Rows: %1. Valid: %2. With errors, not imported: %3.</source>
        <translation>Zeilen: %1. Gültig: %2. Fehlerhaft, nicht importiert: %3.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problems / result</source>
        <translation>Probleme / Ergebnis</translation>
    </message>
    <message>
        <source>Import valid rows (%1)</source>
        <translation>Gültige Zeilen importieren (%1)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Imported (entry %1)</source>
        <translation>Importiert (Eintrag %1)</translation>
    </message>
    <message>
        <source>Refused by the ACD: %1</source>
        <translation>Von der ACD abgelehnt: %1</translation>
    </message>
    <message>
        <source>Imported: %1. Refused by the ACD: %2. Not imported because of errors in the file: %3.</source>
        <translation>Importiert: %1. Von der ACD abgelehnt: %2. Wegen Fehlern in der Datei nicht importiert: %3.</translation>
    </message>
    <message>
        <source>The import stopped: %1 Rows without a result were not written; import the file again once the ACD answers (rows already written would then be added a second time, so remove them from the file first).</source>
        <translation>Der Import wurde unterbrochen: %1 Zeilen ohne Ergebnis wurden nicht geschrieben; importieren Sie die Datei erneut, sobald die ACD antwortet (bereits geschriebene Zeilen würden dann ein zweites Mal hinzugefügt, entfernen Sie sie daher zuerst aus der Datei).</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Importvorschau</translation>
    </message>
</context>
<context>
    <name>syncdesk::CtiSettingsPage</name>
    <message>
        <source>No profile is open: the settings below are not saved. Choose or create a profile in the setup guide.</source>
        <translation>Es ist kein Profil geöffnet: Die folgenden Einstellungen werden nicht gespeichert. Wählen oder erstellen Sie ein Profil im Einrichtungsassistenten.</translation>
    </message>
    <message>
        <source>Zoom Contact Center in Salesforce (Open CTI): do the steps in Salesforce and the Zoom web portal, and generate the files they ask for. Everything here is saved in the profile.</source>
        <translation>Zoom Contact Center in Salesforce (Open CTI): Führen Sie die Schritte in Salesforce und im Zoom-Webportal aus und erzeugen Sie die dafür benötigten Dateien. Alle Angaben hier werden im Profil gespeichert.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Call-center definition</source>
        <translation>Call-Center-Definition</translation>
    </message>
    <message>
        <source>Import this file under Feature Settings &gt; Service &gt; Call Center. The defaults are the seed&apos;s values; the SSO variant uses your Zoom vanity host.</source>
        <translation>Importieren Sie diese Datei unter Funktionseinstellungen &gt; Service &gt; Call Center. Die Standardwerte stammen aus der Zoom-Anleitung; die SSO-Variante verwendet Ihren Zoom-Vanity-Host.</translation>
    </message>
    <message>
        <source>Standard (zoom.us)</source>
        <translation>Standard (zoom.us)</translation>
    </message>
    <message>
        <source>SSO (vanity URL)</source>
        <translation>SSO (Vanity-URL)</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Variante:</translation>
    </message>
    <message>
        <source>Vanity host:</source>
        <translation>Vanity-Host:</translation>
    </message>
    <message>
        <source>Internal name:</source>
        <translation>Interner Name:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Anzeigename:</translation>
    </message>
    <message>
        <source>CTI adapter URL:</source>
        <translation>CTI-Adapter-URL:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Softphone width:</source>
        <translation>Softphone-Breite:</translation>
    </message>
    <message>
        <source>Softphone height:</source>
        <translation>Softphone-Höhe:</translation>
    </message>
    <message>
        <source>Compatibility mode:</source>
        <translation>Kompatibilitätsmodus:</translation>
    </message>
    <message>
        <source>Outside prefix:</source>
        <translation>Amtskennziffer:</translation>
    </message>
    <message>
        <source>Long-distance prefix:</source>
        <translation>Präfix für Ferngespräche:</translation>
    </message>
    <message>
        <source>International prefix:</source>
        <translation>Internationales Präfix:</translation>
    </message>
    <message>
        <source>Save XML…</source>
        <translation>XML speichern…</translation>
    </message>
    <message>
        <source>Validate an existing file…</source>
        <translation>Vorhandene Datei validieren…</translation>
    </message>
    <message>
        <source>Save call-center definition</source>
        <translation>Call-Center-Definition speichern</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>Validate call-center definition</source>
        <translation>Call-Center-Definition validieren</translation>
    </message>
    <message>
        <source>Utility item (Open CTI Softphone)</source>
        <translation>Element der Hilfsprogrammleiste (Open CTI Softphone)</translation>
    </message>
    <message>
        <source>App Manager &gt; your Lightning app &gt; Utility Items (Desktop Only) &gt; Add Utility Item &gt; Open CTI Softphone, with these properties.</source>
        <translation>App-Manager &gt; Ihre Lightning-App &gt; Hilfsprogrammelemente (nur Desktop) &gt; Hilfsprogrammelement hinzufügen &gt; Open CTI Softphone, mit diesen Eigenschaften.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation>Symbol:</translation>
    </message>
    <message>
        <source>Panel width:</source>
        <translation>Bereichsbreite:</translation>
    </message>
    <message>
        <source>Panel height:</source>
        <translation>Bereichshöhe:</translation>
    </message>
    <message>
        <source>Start automatically</source>
        <translation>Automatisch starten</translation>
    </message>
    <message>
        <source>Permission sets</source>
        <translation>Berechtigungssätze</translation>
    </message>
    <message>
        <source>Users &gt; Permission Sets: assign administrators to Zoom Contact Center Admin and agents to Zoom Contact Center Agent. They grant:</source>
        <translation>Benutzer &gt; Berechtigungssätze: Weisen Sie Administratoren den Berechtigungssatz Zoom Contact Center Admin und Agenten den Berechtigungssatz Zoom Contact Center Agent zu. Diese gewähren:</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Country codes</source>
        <translation>Ländercodes</translation>
    </message>
    <message>
        <source>Zoom Settings &gt; Country Code Settings: the calling codes used to find related records by the caller&apos;s number. At most 20; separate them with spaces or commas.</source>
        <translation>Zoom Settings &gt; Country Code Settings: die Ländervorwahlen, mit denen anhand der Nummer des Anrufers zugehörige Datensätze gesucht werden. Höchstens 20; trennen Sie sie durch Leerzeichen oder Kommas.</translation>
    </message>
    <message>
        <source>Related objects and screen pop</source>
        <translation>Zugehörige Objekte und Bildschirm-Popup</translation>
    </message>
    <message>
        <source>Objects an agent may assign a call to:</source>
        <translation>Objekte, denen ein Agent einen Anruf zuordnen kann:</translation>
    </message>
    <message>
        <source>Feature Settings &gt; Call Center &gt; Softphone Layouts &gt; New: the default layout for inbound calls.</source>
        <translation>Funktionseinstellungen &gt; Call Center &gt; Softphone-Layouts &gt; Neu: das Standardlayout für eingehende Anrufe.</translation>
    </message>
    <message>
        <source>Layout name:</source>
        <translation>Layoutname:</translation>
    </message>
    <message>
        <source>Existing browser window</source>
        <translation>Vorhandenes Browserfenster</translation>
    </message>
    <message>
        <source>New browser window or tab</source>
        <translation>Neues Browserfenster oder neue Registerkarte</translation>
    </message>
    <message>
        <source>Open screen pops in:</source>
        <translation>Bildschirm-Popups öffnen in:</translation>
    </message>
    <message>
        <source>Pop to new contact</source>
        <translation>Popup für neuen Kontakt</translation>
    </message>
    <message>
        <source>Pop to new account</source>
        <translation>Popup für neuen Account</translation>
    </message>
    <message>
        <source>Pop to new lead</source>
        <translation>Popup für neuen Lead</translation>
    </message>
    <message>
        <source>Don&apos;t pop any screen</source>
        <translation>Kein Bildschirm-Popup</translation>
    </message>
    <message>
        <source>No matching records:</source>
        <translation>Keine übereinstimmenden Datensätze:</translation>
    </message>
    <message>
        <source>Pop detail page</source>
        <translation>Popup der Detailseite</translation>
    </message>
    <message>
        <source>Single-matching record:</source>
        <translation>Ein übereinstimmender Datensatz:</translation>
    </message>
    <message>
        <source>Pop to search page</source>
        <translation>Popup der Suchseite</translation>
    </message>
    <message>
        <source>Multiple-matching records:</source>
        <translation>Mehrere übereinstimmende Datensätze:</translation>
    </message>
    <message>
        <source>Export softphone layout…</source>
        <translation>Softphone-Layout exportieren…</translation>
    </message>
    <message>
        <source>Export softphone layout</source>
        <translation>Softphone-Layout exportieren</translation>
    </message>
    <message>
        <source>The definition follows the Open CTI rules.</source>
        <translation>Die Definition entspricht den Regeln von Open CTI.</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Erledigte Schritte: %1 von %2</translation>
    </message>
    <message>
        <source>Saved %1. Import it in Salesforce under Call Center.</source>
        <translation>%1 gespeichert. Importieren Sie die Datei in Salesforce unter Call Center.</translation>
    </message>
    <message>
        <source>%1 follows the Open CTI rules.</source>
        <translation>%1 entspricht den Regeln von Open CTI.</translation>
    </message>
    <message>
        <source>CTI adapter XML preview</source>
        <translation>Vorschau der CTI-Adapter-XML</translation>
    </message>
    <message>
        <source>The adapter file that Save writes; read-only</source>
        <translation>Die Adapterdatei, die „XML speichern“ schreibt; schreibgeschützt</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
</context>
<context>
    <name>syncdesk::DiagnosticsBundle</name>
    <message>
        <source>Saving the diagnostics was cancelled.</source>
        <translation>Das Speichern der Diagnose wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Checking %1 (%2 of %3)…</source>
        <translation>%1 wird geprüft (%2 von %3)…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>syncdesk::DirectoryApply</name>
    <message>
        <source>The sync would remove %1 of the %2 entries in the address book (%3%), more than the allowed %4%. Nothing was written. Check the filters and the mapping; if the removals are intended, confirm them or raise the limit.</source>
        <translation>Die Synchronisierung würde %1 der %2 Einträge im Adressbuch entfernen (%3 %), mehr als die zulässigen %4 %. Es wurde nichts geschrieben. Prüfen Sie die Filter und die Zuordnung; wenn die Entfernungen beabsichtigt sind, bestätigen Sie sie oder erhöhen Sie den Grenzwert.</translation>
    </message>
    <message>
        <source>The apply was cancelled after %1 of %2 changes. Run it again to write the rest; entries already written are not duplicated.</source>
        <translation>Die Übernahme wurde nach %1 von %2 Änderungen abgebrochen. Führen Sie sie erneut aus, um den Rest zu schreiben; bereits geschriebene Einträge werden nicht doppelt angelegt.</translation>
    </message>
    <message>
        <source>The ACD did not report on this entry.</source>
        <translation>Die ACD hat zu diesem Eintrag nichts gemeldet.</translation>
    </message>
</context>
<context>
    <name>syncdesk::DirectoryDryRun</name>
    <message>
        <source>The dry run was cancelled.</source>
        <translation>Der Probelauf wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>syncdesk::DirectoryPlanModel</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Zoom user ID</source>
        <translation>Zoom-Benutzer-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>Änderungen oder Grund</translation>
    </message>
    <message>
        <source>Apply result</source>
        <translation>Ergebnis der Übernahme</translation>
    </message>
</context>
<context>
    <name>syncdesk::DirectoryRunPane</name>
    <message>
        <source>A dry run reads the Zoom users and the address book and shows what a sync would write, without writing anything. Apply writes exactly what the dry run shows.</source>
        <translation>Ein Probelauf liest die Zoom-Benutzer und das Adressbuch und zeigt, was eine Synchronisierung schreiben würde, ohne etwas zu schreiben. „Übernehmen“ schreibt genau das, was der Probelauf anzeigt.</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Übernehmen…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON Lines…</source>
        <translation>JSON Lines exportieren…</translation>
    </message>
    <message>
        <source>Apply history…</source>
        <translation>Übernahmeverlauf…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Failed when applied</source>
        <translation>Bei Übernahme fehlgeschlagen</translation>
    </message>
    <message>
        <source>Search ID, name, e-mail, changes</source>
        <translation>ID, Name, E-Mail, Änderungen durchsuchen</translation>
    </message>
    <message>
        <source>Select a row to see the entry before and after.</source>
        <translation>Wählen Sie eine Zeile aus, um den Eintrag vorher und nachher zu sehen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>In the book now</source>
        <translation>Jetzt im Adressbuch</translation>
    </message>
    <message>
        <source>After the sync</source>
        <translation>Nach der Synchronisierung</translation>
    </message>
    <message>
        <source>So far: add %1, update %2, remove %3, skip %4</source>
        <translation>Bisher: %1 hinzufügen, %2 aktualisieren, %3 entfernen, %4 überspringen</translation>
    </message>
    <message>
        <source>so far: add %1, update %2, remove %3, skip %4</source>
        <translation>bisher: %1 hinzufügen, %2 aktualisieren, %3 entfernen, %4 überspringen</translation>
    </message>
    <message>
        <source>Dry run is unavailable until the configuration is fixed: %1</source>
        <translation>Der Probelauf ist erst möglich, wenn die Konfiguration korrigiert ist: %1</translation>
    </message>
    <message>
        <source>Choose the target address book above to run a dry run.</source>
        <translation>Wählen Sie oben das Zieladressbuch aus, um einen Probelauf auszuführen.</translation>
    </message>
    <message>
        <source>The configuration changed after this dry run. Run the dry run again before applying.</source>
        <translation>Die Konfiguration wurde nach diesem Probelauf geändert. Führen Sie den Probelauf vor dem Übernehmen erneut aus.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Could not connect to Zoom: %1 Check the Zoom credentials in the Zoom area.</source>
        <translation>Verbindung mit Zoom nicht möglich: %1 Prüfen Sie die Zoom-Anmeldedaten im Bereich „Zoom-App“.</translation>
    </message>
    <message>
        <source>Could not connect to the ACD: %1 Check the ACD connection.</source>
        <translation>Verbindung mit der ACD nicht möglich: %1 Prüfen Sie die ACD-Verbindung.</translation>
    </message>
    <message>
        <source>Reading the address book: %1 entries</source>
        <translation>Adressbuch wird gelesen: %1 Einträge</translation>
    </message>
    <message>
        <source>Reading Zoom Phone users: %1 of %2</source>
        <translation>Zoom Phone-Benutzer werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <source>Reading Zoom Phone users: %1</source>
        <translation>Zoom Phone-Benutzer werden gelesen: %1</translation>
    </message>
    <message>
        <source>Reading Zoom users: %1 of %2</source>
        <translation>Zoom-Benutzer werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <source>Reading Zoom users: %1</source>
        <translation>Zoom-Benutzer werden gelesen: %1</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Dry run finished.</source>
        <translation>Probelauf abgeschlossen.</translation>
    </message>
    <message>
        <source>Dry run cancelled.</source>
        <translation>Probelauf abgebrochen.</translation>
    </message>
    <message>
        <source>Dry run failed.</source>
        <translation>Probelauf fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Dry run cancelled. The table shows what was read until then; nothing was written. Run it again to apply.</source>
        <translation>Probelauf abgebrochen. Die Tabelle zeigt, was bis dahin gelesen wurde; es wurde nichts geschrieben. Führen Sie ihn erneut aus, um die Änderungen zu übernehmen.</translation>
    </message>
    <message>
        <source>The dry run failed: %1 Nothing was written; run it again when the problem is solved.</source>
        <translation>Der Probelauf ist fehlgeschlagen: %1 Es wurde nichts geschrieben; führen Sie ihn erneut aus, wenn das Problem behoben ist.</translation>
    </message>
    <message>
        <source>The address book “%1” is up to date: nothing would change.</source>
        <translation>Das Adressbuch „%1“ ist aktuell: Es würde sich nichts ändern.</translation>
    </message>
    <message>
        <source>This plan removes %1 of the %2 entries in the book (%3 %), more than the %4 % you allow. Check the Remove rows before applying.</source>
        <translation>Dieser Plan entfernt %1 der %2 Einträge im Adressbuch (%3 %), mehr als die von Ihnen zugelassenen %4 %. Prüfen Sie vor dem Übernehmen die Zeilen „Entfernen“.</translation>
    </message>
    <message>
        <source>Stopping after the batch being written…</source>
        <translation>Wird nach dem gerade geschriebenen Stapel beendet…</translation>
    </message>
    <message>
        <source>Apply Directory Sync</source>
        <translation>Directory Sync-Änderungen übernehmen</translation>
    </message>
    <message>
        <source>Write these changes to the address book “%1”?</source>
        <translation>Diese Änderungen in das Adressbuch „%1“ schreiben?</translation>
    </message>
    <message>
        <source>Add: %1, update: %2, remove: %3. Skipped users (%4) and unchanged entries (%5) are not touched.</source>
        <translation>Hinzufügen: %1, aktualisieren: %2, entfernen: %3. Übersprungene Benutzer (%4) und unveränderte Einträge (%5) bleiben unberührt.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Remove many entries?</source>
        <translation>Viele Einträge entfernen?</translation>
    </message>
    <message>
        <source>This apply removes %1 of the %2 entries in “%3” (%4 %), more than the %5 % this profile allows.</source>
        <translation>Diese Übernahme entfernt %1 der %2 Einträge in „%3“ (%4 %), mehr als die %5 %, die dieses Profil zulässt.</translation>
    </message>
    <message>
        <source>Removing this many entries at once is unusual: it often means a filter, the mapping or the target book is wrong, and agents lose these contacts at once. Check the Remove rows first.</source>
        <translation>So viele Einträge auf einmal zu entfernen ist ungewöhnlich: Oft ist dann ein Filter, die Zuordnung oder das Zieladressbuch falsch, und die Agenten verlieren diese Kontakte sofort. Prüfen Sie zuerst die Zeilen „Entfernen“.</translation>
    </message>
    <message>
        <source>Remove %1 entries</source>
        <translation>%1 Einträge entfernen</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not connect to the ACD: %1 Nothing was written.</source>
        <translation>Verbindung mit der ACD nicht möglich: %1 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Writing changes: %1 of %2</source>
        <translation>Änderungen werden geschrieben: %1 von %2</translation>
    </message>
    <message>
        <source>Apply finished.</source>
        <translation>Übernahme abgeschlossen.</translation>
    </message>
    <message>
        <source>Apply stopped.</source>
        <translation>Übernahme unterbrochen.</translation>
    </message>
    <message>
        <source>The apply log could not be written: %1</source>
        <translation>Das Übernahmeprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Apply cancelled after %1 entries. Run the dry run again: applying once more continues safely, entries already written are not duplicated.</source>
        <translation>Übernahme nach %1 Einträgen abgebrochen. Führen Sie den Probelauf erneut aus: Eine erneute Übernahme setzt sicher fort, bereits geschriebene Einträge werden nicht doppelt angelegt.</translation>
    </message>
    <message>
        <source>The apply stopped: %1 Entries written: %2. Run the dry run again to see what is left.</source>
        <translation>Die Übernahme wurde unterbrochen: %1 Geschriebene Einträge: %2. Führen Sie den Probelauf erneut aus, um zu sehen, was noch aussteht.</translation>
    </message>
    <message>
        <source>Written: %1. Failed: %2. The ACD answered:</source>
        <translation>Geschrieben: %1. Fehlgeschlagen: %2. Antwort der ACD:</translation>
    </message>
    <message>
        <source>The failed rows are listed below; fix the cause and run the dry run again.</source>
        <translation>Die fehlgeschlagenen Zeilen sind unten aufgeführt; beheben Sie die Ursache und führen Sie den Probelauf erneut aus.</translation>
    </message>
    <message>
        <source>Written: %1. The address book “%2” now matches the dry run.</source>
        <translation>Geschrieben: %1. Das Adressbuch „%2“ entspricht jetzt dem Probelauf.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>(not in the book)</source>
        <translation>(nicht im Adressbuch)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Run a dry run first; there is nothing to export yet.</source>
        <translation>Führen Sie zuerst einen Probelauf aus; es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free space and try again.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Export the dry run as CSV</source>
        <translation>Probelauf als CSV exportieren</translation>
    </message>
    <message>
        <source>Export the dry run as JSON Lines</source>
        <translation>Probelauf als JSON Lines exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON Lines-Dateien (*.jsonl)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Apply history</source>
        <translation>Übernahmeverlauf</translation>
    </message>
    <message>
        <source>Every apply of this profile, newest first, from the console and from syncdeskctl. Kept in %1.</source>
        <translation>Alle Übernahmen dieses Profils, die neueste zuerst, aus der Konsole und aus syncdeskctl. Gespeichert in %1.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Adressbuch</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No, interrupted</source>
        <translation>Nein, unterbrochen</translation>
    </message>
    <message>
        <source>No apply yet.</source>
        <translation>Noch keine Übernahme.</translation>
    </message>
    <message>
        <source>Search the plan</source>
        <translation>Plan durchsuchen</translation>
    </message>
    <message>
        <source>Directory sync plan</source>
        <translation>Directory Sync-Plan</translation>
    </message>
    <message>
        <source>What applying the plan would change, one row per entry</source>
        <translation>Was die Übernahme des Plans ändern würde, eine Zeile pro Eintrag</translation>
    </message>
    <message>
        <source>Details of the selected change</source>
        <translation>Details der ausgewählten Änderung</translation>
    </message>
</context>
<context>
    <name>syncdesk::DirectorySyncEditor</name>
    <message>
        <source>Directory Sync fills a Dynamic address book of the ACD with the Zoom users, so agents find colleagues by name and call them. Configure it here, check the result with a dry run, then apply.</source>
        <translation>Directory Sync füllt ein dynamisches Adressbuch der ACD mit den Zoom-Benutzern, damit Agenten Kollegen nach Namen finden und anrufen können. Konfigurieren Sie es hier, prüfen Sie das Ergebnis mit einem Probelauf und übernehmen Sie es dann.</translation>
    </message>
    <message>
        <source>Dry run and apply</source>
        <translation>Probelauf und Übernahme</translation>
    </message>
    <message>
        <source>Target address book</source>
        <translation>Zieladressbuch</translation>
    </message>
    <message>
        <source>Directory Sync is on for this profile</source>
        <translation>Directory Sync ist für dieses Profil aktiviert</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Erstellen…</translation>
    </message>
    <message>
        <source>Dynamic address book:</source>
        <translation>Dynamisches Adressbuch:</translation>
    </message>
    <message>
        <source>Name of the new Dynamic address book</source>
        <translation>Name des neuen dynamischen Adressbuchs</translation>
    </message>
    <message>
        <source>Create Dynamic book</source>
        <translation>Dynamisches Adressbuch erstellen</translation>
    </message>
    <message>
        <source>Ask again before removing more than:</source>
        <translation>Erneut nachfragen, wenn mehr entfernt wird als:</translation>
    </message>
    <message>
        <source>Share of the book&apos;s entries one apply may remove without a second, explicit confirmation.</source>
        <translation>Anteil der Einträge im Adressbuch, den eine Übernahme ohne zweite, ausdrückliche Bestätigung entfernen darf.</translation>
    </message>
    <message>
        <source>Attribute mapping</source>
        <translation>Attributzuordnung</translation>
    </message>
    <message>
        <source>Which Zoom field fills each field of the address book. Choose one or type the name of any field of a Zoom user (as in /v2/users).</source>
        <translation>Welches Zoom-Feld welches Feld des Adressbuchs füllt. Wählen Sie eines aus oder geben Sie den Namen eines beliebigen Felds eines Zoom-Benutzers ein (wie in /v2/users).</translation>
    </message>
    <message>
        <source>ACD field</source>
        <translation>ACD-Feld</translation>
    </message>
    <message>
        <source>Zoom field</source>
        <translation>Zoom-Feld</translation>
    </message>
    <message>
        <source>phone (first Zoom Phone number)</source>
        <translation>phone (erste Zoom Phone-Nummer)</translation>
    </message>
    <message>
        <source>extension (Zoom Phone extension)</source>
        <translation>extension (Zoom Phone-Durchwahl)</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Append the Zoom Phone extension to the last name</source>
        <translation>Zoom Phone-Durchwahl an den Nachnamen anhängen</translation>
    </message>
    <message>
        <source>Number translation</source>
        <translation>Rufnummernübersetzung</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Comma-separated lists, compared without case; an empty list is no condition. User types are Zoom&apos;s numbers (1 Basic, 2 Licensed); statuses are active, inactive or pending.</source>
        <translation>Durch Kommas getrennte Listen, ohne Beachtung der Groß-/Kleinschreibung verglichen; eine leere Liste ist keine Bedingung. Benutzertypen sind die Nummern von Zoom (1 Basis, 2 Lizenziert); Status sind active, inactive oder pending.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>E-mail domains</source>
        <translation>E-Mail-Domains</translation>
    </message>
    <message>
        <source>User types</source>
        <translation>Benutzertypen</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only include:</source>
        <translation>Nur einschließen:</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>Ausschließen:</translation>
    </message>
    <message>
        <source>e.g. Sales, Support</source>
        <translation>z. B. Vertrieb, Support</translation>
    </message>
    <message>
        <source>e.g. example.com</source>
        <translation>z. B. example.com</translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation>z. B. 2</translation>
    </message>
    <message>
        <source>e.g. active</source>
        <translation>z. B. active</translation>
    </message>
    <message>
        <source>e.g. Contractors</source>
        <translation>z. B. Externe</translation>
    </message>
    <message>
        <source>e.g. partner.example</source>
        <translation>z. B. partner.example</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>z. B. 1</translation>
    </message>
    <message>
        <source>e.g. inactive</source>
        <translation>z. B. inactive</translation>
    </message>
    <message>
        <source>Import mapping…</source>
        <translation>Zuordnung importieren…</translation>
    </message>
    <message>
        <source>Export mapping…</source>
        <translation>Zuordnung exportieren…</translation>
    </message>
    <message>
        <source>The same JSON file as syncdeskctl directory --mapping.</source>
        <translation>Dieselbe JSON-Datei wie bei syncdeskctl directory --mapping.</translation>
    </message>
    <message>
        <source>(choose a Dynamic address book)</source>
        <translation>(dynamisches Adressbuch auswählen)</translation>
    </message>
    <message>
        <source>The Directory Sync mapping saved in this profile cannot be read: %1 The defaults are shown; the saved mapping is replaced only when you change something here.</source>
        <translation>Die in diesem Profil gespeicherte Directory Sync-Zuordnung kann nicht gelesen werden: %1 Angezeigt werden die Standardwerte; die gespeicherte Zuordnung wird erst ersetzt, wenn Sie hier etwas ändern.</translation>
    </message>
    <message>
        <source>Example: a user with the last name Müller and the extension 1001 is written as “%1”.</source>
        <translation>Beispiel: Ein Benutzer mit dem Nachnamen Müller und der Durchwahl 1001 wird als „%1“ geschrieben.</translation>
    </message>
    <message>
        <source>%1 Until this is fixed, the last valid mapping stays saved in the profile.</source>
        <translation>%1 Bis dies behoben ist, bleibt die letzte gültige Zuordnung im Profil gespeichert.</translation>
    </message>
    <message>
        <source>Reading the address books from the ACD…</source>
        <translation>Adressbücher werden aus der ACD gelesen…</translation>
    </message>
    <message>
        <source>Could not connect to the ACD: %1 Check the ACD connection, then Refresh.</source>
        <translation>Verbindung mit der ACD nicht möglich: %1 Prüfen Sie die ACD-Verbindung und klicken Sie dann auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>Could not read the address books: %1</source>
        <translation>Die Adressbücher konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (not found in the ACD)</source>
        <translation>%1 (nicht in der ACD gefunden)</translation>
    </message>
    <message>
        <source>Dynamic address books: %1.</source>
        <translation>Dynamische Adressbücher: %1.</translation>
    </message>
    <message>
        <source>Standard books (%1) are not listed: Directory Sync writes only Dynamic books.</source>
        <translation>Standardadressbücher (%1) werden nicht aufgeführt: Directory Sync schreibt nur in dynamische Adressbücher.</translation>
    </message>
    <message>
        <source>The saved book no longer exists; choose another or create one.</source>
        <translation>Das gespeicherte Adressbuch existiert nicht mehr; wählen Sie ein anderes aus oder erstellen Sie eines.</translation>
    </message>
    <message>
        <source>Enter a name for the new address book.</source>
        <translation>Geben Sie einen Namen für das neue Adressbuch ein.</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird erstellt…</translation>
    </message>
    <message>
        <source>Could not connect to the ACD: %1</source>
        <translation>Verbindung mit der ACD nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>„%1“ konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Created the Dynamic address book “%1”.</source>
        <translation>Das dynamische Adressbuch „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>The mapping file was not imported: %1 The configuration shown is unchanged.</source>
        <translation>Die Zuordnungsdatei wurde nicht importiert: %1 Die angezeigte Konfiguration ist unverändert.</translation>
    </message>
    <message>
        <source>Imported the mapping from %1.</source>
        <translation>Zuordnung aus %1 importiert.</translation>
    </message>
    <message>
        <source>Fix the configuration first: %1</source>
        <translation>Korrigieren Sie zuerst die Konfiguration: %1</translation>
    </message>
    <message>
        <source>Import a Directory Sync mapping</source>
        <translation>Directory Sync-Zuordnung importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the Directory Sync mapping</source>
        <translation>Directory Sync-Zuordnung exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Exported the mapping to %1.</source>
        <translation>Zuordnung nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Only active users</source>
        <translation>Nur aktive Benutzer</translation>
    </message>
    <message>
        <source>Inactive users are skipped with a reason; pending users always are (they have no Zoom user ID yet).</source>
        <translation>Inaktive Benutzer werden mit Begründung übersprungen, ausstehende immer (sie haben noch keine Zoom-Benutzer-ID).</translation>
    </message>
    <message>
        <source>Which ACD field each directory attribute is written to</source>
        <translation>In welches ACD-Feld jedes Verzeichnisattribut geschrieben wird</translation>
    </message>
</context>
<context>
    <name>syncdesk::EngagementTimeline</name>
    <message>
        <source>(no engagement_id)</source>
        <translation>(keine engagement_id)</translation>
    </message>
</context>
<context>
    <name>syncdesk::EngagementTimelinePage</name>
    <message>
        <source>Contact Center engagement data as it arrives in the monitor: recordings, transcripts, notes, dispositions and voicemails, grouped per engagement. Double-click an event to see it in the monitor.</source>
        <translation>Engagement-Daten von Contact Center, wie sie im Ereignismonitor eingehen: Aufzeichnungen, Transkripte, Notizen, Dispositionen und Voicemails, nach Engagement gruppiert. Doppelklicken Sie auf ein Ereignis, um es im Ereignismonitor anzuzeigen.</translation>
    </message>
    <message>
        <source>Show in monitor</source>
        <translation>Im Ereignismonitor anzeigen</translation>
    </message>
    <message>
        <source>Engagement / event</source>
        <translation>Engagement / Ereignis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Artefact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Artefact time</source>
        <translation>Artefaktzeit</translation>
    </message>
    <message>
        <source>URL, note or disposition</source>
        <translation>URL, Notiz oder Disposition</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <source>No Contact Center events yet. Start webhooks or the WebSocket in the monitor (with the sandbox profile its simulated queue sends them).</source>
        <translation>Noch keine Ereignisse von Contact Center. Starten Sie im Ereignismonitor die Webhooks oder den WebSocket (mit dem Sandbox-Profil sendet die simulierte Warteschlange die Ereignisse).</translation>
    </message>
    <message>
        <source>Engagements: %1 · Events: %2</source>
        <translation>Engagements: %1 · Ereignisse: %2</translation>
    </message>
    <message>
        <source>%1 — double-click to show this event in the monitor.</source>
        <translation>%1 – Doppelklick zeigt dieses Ereignis im Ereignismonitor.</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Each engagement with the events and artefacts that belong to it</source>
        <translation>Jedes Engagement mit den zugehörigen Ereignissen und Artefakten</translation>
    </message>
</context>
<context>
    <name>syncdesk::EntryDialog</name>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>e.g. +49 30 1234567</source>
        <translation>z. B. +49 30 1234567</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>syncdesk::Error</name>
    <message>
        <source>the keychain</source>
        <translation>der Schlüsselbund</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>das Netzwerk</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>die Sandbox</translation>
    </message>
    <message>
        <source>the event monitor</source>
        <translation>der Ereignismonitor</translation>
    </message>
</context>
<context>
    <name>syncdesk::EventDetailPane</name>
    <message>
        <source>Copy Body</source>
        <translation>Inhalt kopieren</translation>
    </message>
    <message>
        <source>Copy the body as received to the clipboard</source>
        <translation>Den Inhalt unverändert wie empfangen in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Select an event to see its body, headers and verification.</source>
        <translation>Wählen Sie ein Ereignis aus, um Inhalt, Header und Verifizierung zu sehen.</translation>
    </message>
    <message>
        <source>This event is no longer held (the oldest events make room for new ones).</source>
        <translation>Dieses Ereignis wird nicht mehr vorgehalten (die ältesten Ereignisse machen Platz für neue).</translation>
    </message>
    <message>
        <source>Possible gap, noticed at %1</source>
        <translation>Mögliche Lücke, festgestellt am %1</translation>
    </message>
    <message>
        <source>%1 (%2), received %3 by %4</source>
        <translation>%1 (%2), empfangen am %3, Quelle: %4</translation>
    </message>
    <message>
        <source>no event name</source>
        <translation>kein Ereignisname</translation>
    </message>
    <message>
        <source>Latency: %1 ms from event_ts to receipt</source>
        <translation>Latenz: %1 ms von event_ts bis zum Empfang</translation>
    </message>
    <message>
        <source>Latency: unknown (the event carries no event_ts)</source>
        <translation>Latenz: unbekannt (das Ereignis enthält kein event_ts)</translation>
    </message>
    <message>
        <source>(WebSocket events have no headers)</source>
        <translation>(WebSocket-Ereignisse haben keine Header)</translation>
    </message>
    <message>
        <source>(no headers)</source>
        <translation>(keine Header)</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; predicts: ACD %2, Salesforce %3</source>
        <extracomment>Event details: what the active presence rule predicts after the event</extracomment>
        <translation>Regel „%1“ sagt voraus: ACD %2, Salesforce %3</translation>
    </message>
    <message>
        <source>unchanged (no publisher row)</source>
        <translation>unverändert (keine Publisher-Zeile)</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; does not cover this user.</source>
        <translation>Regel „%1“ gilt nicht für diesen Benutzer.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is being applied to the held events.</source>
        <translation>Regel „%1“ wird auf die vorgehaltenen Ereignisse angewendet.</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Event body</source>
        <translation>Ereignisinhalt</translation>
    </message>
    <message>
        <source>The selected event&apos;s JSON body as a tree</source>
        <translation>Der JSON-Inhalt des ausgewählten Ereignisses als Baum</translation>
    </message>
    <message>
        <source>Event headers</source>
        <translation>Ereignis-Header</translation>
    </message>
</context>
<context>
    <name>syncdesk::EventStore</name>
    <message>
        <source>Events between %1 and %2 may be missing (%3).</source>
        <translation>Zwischen %1 und %2 fehlen möglicherweise Ereignisse (%3).</translation>
    </message>
</context>
<context>
    <name>syncdesk::EventTableModel</name>
    <message>
        <source>Possible gap</source>
        <translation>Mögliche Lücke</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Presence / call</source>
        <translation>Präsenz / Anruf</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Predicted column: &quot;&lt;ACD state&gt; / &lt;Salesforce status&gt;&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Predicted column: the prediction followed by its note, e.g. &quot;Away / Away_SF · Unmapped&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is being applied to the held events.</source>
        <translation>Regel „%1“ wird auf die vorgehaltenen Ereignisse angewendet.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; does not cover this user (or the call names a user not seen yet).</source>
        <translation>Regel „%1“ gilt nicht für diesen Benutzer (oder der Anruf nennt einen noch nicht gesehenen Benutzer).</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>ACD state after the event: %1</source>
        <translation>ACD-Status nach dem Ereignis: %1</translation>
    </message>
    <message>
        <source>Salesforce status after the event: %1</source>
        <translation>Salesforce-Status nach dem Ereignis: %1</translation>
    </message>
    <message>
        <source>(none: no publisher row)</source>
        <translation>(keiner: keine Publisher-Zeile)</translation>
    </message>
    <message>
        <source>The ACD state did not change.</source>
        <translation>Der ACD-Status hat sich nicht geändert.</translation>
    </message>
    <message>
        <source>Unmapped: the value has no row in its table, or the new ACD state has no publisher row; the state it has no row for is left as it was.</source>
        <translation>Nicht zugeordnet: Der Wert hat keine Zeile in seiner Tabelle, oder der neue ACD-Status hat keine Publisher-Zeile; der Status ohne Zeile bleibt unverändert.</translation>
    </message>
    <message>
        <source>Previous state restored: the rule maps this event to &quot;previous&quot;.</source>
        <translation>Vorheriger Status wiederhergestellt: Die Regel ordnet dieses Ereignis „previous“ zu.</translation>
    </message>
    <message>
        <source>No presence rule is active. Choose the active rule under Salesforce › Presence rules to see, for each presence and phone event, the ACD state and Salesforce status it predicts.</source>
        <translation>Es ist keine Präsenzregel aktiv. Wählen Sie die aktive Regel unter Salesforce › Präsenzregeln, um für jedes Präsenz- und Telefonereignis den vorhergesagten ACD-Status und Salesforce-Status zu sehen.</translation>
    </message>
    <message>
        <source>The ACD state and Salesforce status rule &quot;%1&quot; predicts after each presence and phone event.</source>
        <translation>Der ACD-Status und Salesforce-Status, den Regel „%1“ nach jedem Präsenz- und Telefonereignis vorhersagt.</translation>
    </message>
    <message>
        <source>Predicted (ACD / Salesforce)</source>
        <translation>Vorhersage (ACD / Salesforce)</translation>
    </message>
</context>
<context>
    <name>syncdesk::FlowEventScriptPage</name>
    <message>
        <source>A ZCC flow can post the disposition (every inbound channel) and the transcript (inbound messaging only) to your system itself. In the flow editor click the Start widget, add an event script under Event Scripts for the triggers below and paste this script.</source>
        <translation>Ein ZCC-Flow kann die Disposition (jeder eingehende Kanal) und das Transkript (nur eingehendes Messaging) selbst an Ihr System senden. Klicken Sie im Flow-Editor auf das Start-Widget, fügen Sie unter Event Scripts ein Event-Skript für die unten gewählten Trigger hinzu und kopieren Sie dieses Skript hinein.</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Post to (HTTPS):</source>
        <translation>Senden an (HTTPS):</translation>
    </message>
    <message>
        <source>Engagement Closed</source>
        <translation>Engagement Closed</translation>
    </message>
    <message>
        <source>Disposition Saved</source>
        <translation>Disposition Saved</translation>
    </message>
    <message>
        <source>Triggers:</source>
        <translation>Trigger:</translation>
    </message>
    <message>
        <source>Include the transcript (messaging flows)</source>
        <translation>Transkript mitsenden (Messaging-Flows)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>With several flows, for example a flow that uses the RouteTo widget to reach another flow, every flow that can handle the engagement needs this identical script with the same triggers.</source>
        <translation>Bei mehreren Flows, zum Beispiel wenn ein Flow mit dem RouteTo-Widget an einen anderen Flow weiterleitet, benötigt jeder Flow, der das Engagement bearbeiten kann, genau dieses Skript mit denselben Triggern.</translation>
    </message>
    <message>
        <source>The script and triggers are identical in every flow</source>
        <translation>Skript und Trigger sind in jedem Flow identisch</translation>
    </message>
    <message>
        <source>Copy script</source>
        <translation>Skript kopieren</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save flow event script</source>
        <translation>Flow-Event-Skript speichern</translation>
    </message>
    <message>
        <source>JavaScript files (*.js)</source>
        <translation>JavaScript-Dateien (*.js)</translation>
    </message>
    <message>
        <source>Fix the problems shown above before saving the script.</source>
        <translation>Beheben Sie die oben angezeigten Probleme, bevor Sie das Skript speichern.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Flow script</source>
        <translation>Flow-Skript</translation>
    </message>
    <message>
        <source>The script to paste into every flow that handles the engagement; read-only</source>
        <translation>Das Skript zum Einfügen in jeden Flow, der das Engagement verarbeitet; schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>syncdesk::IntegrationAdvisorPage</name>
    <message>
        <source>How recordings, transcripts, notes and dispositions reach your CRM depends first on the application your agents handle interactions in. Answer the questions for a recommendation; answers and result are saved in the profile.</source>
        <translation>Wie Aufzeichnungen, Transkripte, Notizen und Dispositionen in Ihr CRM gelangen, hängt in erster Linie von der Anwendung ab, in der Ihre Agenten ihre Interaktionen bearbeiten. Beantworten Sie die Fragen, um eine Empfehlung zu erhalten; Antworten und Ergebnis werden im Profil gespeichert.</translation>
    </message>
    <message>
        <source>Where do your agents handle interactions?</source>
        <translation>Wo bearbeiten Ihre Agenten Interaktionen?</translation>
    </message>
    <message>
        <source>In a CRM, with the ZCC CRM CTI connector</source>
        <translation>In einem CRM mit dem ZCC CRM CTI Connector</translation>
    </message>
    <message>
        <source>In the Zoom Workplace app</source>
        <translation>In der Zoom Workplace-App</translation>
    </message>
    <message>
        <source>In ZCC Smart Embed</source>
        <translation>In ZCC Smart Embed</translation>
    </message>
    <message>
        <source>Another CRM</source>
        <translation>Anderes CRM</translation>
    </message>
    <message>
        <source>CRM:</source>
        <translation>CRM:</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messaging</translation>
    </message>
    <message>
        <source>An inbound messaging flow (for example web chat) must send its data to another system</source>
        <translation>Ein eingehender Messaging-Flow (zum Beispiel Web-Chat) muss seine Daten an ein anderes System senden</translation>
    </message>
    <message>
        <source>Which data must reach the other system? (none ticked: all)</source>
        <translation>Welche Daten müssen in das andere System gelangen? (keine angehakt: alle)</translation>
    </message>
    <message>
        <source>Recommended method</source>
        <translation>Empfohlene Methode</translation>
    </message>
    <message>
        <source>Also worth considering: %1</source>
        <translation>Ebenfalls erwägenswert: %1</translation>
    </message>
</context>
<context>
    <name>syncdesk::IntegrationHealth</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Zoom account</source>
        <translation>Zoom-Konto</translation>
    </message>
    <message>
        <source>Open Setup Guide</source>
        <translation>Einrichtungsassistent öffnen</translation>
    </message>
    <message>
        <source>No profile is open. Choose the sandbox or a profile in the setup guide.</source>
        <translation>Es ist kein Profil geöffnet. Wählen Sie im Einrichtungsassistenten die Sandbox oder ein Profil aus.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Profile “%1” uses the sandbox, a simulated Zoom account inside Syncdesk. Nothing reaches a real Zoom account.</source>
        <translation>Das Profil „%1“ verwendet die Sandbox, ein simuliertes Zoom-Konto in Syncdesk. Nichts davon erreicht ein echtes Zoom-Konto.</translation>
    </message>
    <message>
        <source>Profile “%1” has no Zoom account ID yet.</source>
        <translation>Das Profil „%1“ hat noch keine Zoom-Konto-ID.</translation>
    </message>
    <message>
        <source>Enter Credentials</source>
        <translation>Anmeldedaten eingeben</translation>
    </message>
    <message>
        <source>Real account</source>
        <translation>Echtes Konto</translation>
    </message>
    <message>
        <source>Profile “%1” talks to the real Zoom account %2.</source>
        <translation>Das Profil „%1“ kommuniziert mit dem echten Zoom-Konto %2.</translation>
    </message>
    <message>
        <source>Zoom token and scopes</source>
        <translation>Zoom-Token und Umfänge</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>The account ID and client ID of the Zoom app are needed first.</source>
        <translation>Zuerst werden die Konto-ID und die Client-ID der Zoom-App benötigt.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Requesting a token and comparing the granted scopes with the required ones.</source>
        <translation>Ein Token wird angefordert und die erteilten Umfänge werden mit den erforderlichen verglichen.</translation>
    </message>
    <message>
        <source>Show Progress</source>
        <translation>Fortschritt anzeigen</translation>
    </message>
    <message>
        <source>Not tested since the profile was opened. Check now to request a token and compare the granted scopes with the required ones.</source>
        <translation>Seit dem Öffnen des Profils nicht getestet. Prüfen Sie jetzt, um ein Token anzufordern und die erteilten Umfänge mit den erforderlichen zu vergleichen.</translation>
    </message>
    <message>
        <source>Test connection failed: %1</source>
        <translation>Verbindungstest fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Open Credentials</source>
        <translation>Anmeldedaten öffnen</translation>
    </message>
    <message>
        <source>Zoom issued a token and granted all %1 required scopes.</source>
        <translation>Zoom hat ein Token ausgestellt und alle %1 erforderlichen Umfänge erteilt.</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Zoom issued a token, but these required scopes are missing: %1</source>
        <translation>Zoom hat ein Token ausgestellt, aber diese erforderlichen Umfänge fehlen: %1</translation>
    </message>
    <message>
        <source>Show Scopes</source>
        <translation>Umfänge anzeigen</translation>
    </message>
    <message>
        <source>Secret token stored</source>
        <translation>Geheimes Token gespeichert</translation>
    </message>
    <message>
        <source>Enter Secret Token</source>
        <translation>Geheimes Token eingeben</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>Stored in %1. Webhooks from Zoom are verified with it.</source>
        <translation>Gespeichert in %1. Damit werden Webhooks von Zoom verifiziert.</translation>
    </message>
    <message>
        <source>Kept for this session only, because the keychain is unavailable.</source>
        <translation>Nur für diese Sitzung aufbewahrt, da der Schlüsselbund nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Not stored. Zoom signs every webhook with it; without it no event can be verified.</source>
        <translation>Nicht gespeichert. Zoom signiert damit jeden Webhook; ohne das Token kann kein Ereignis verifiziert werden.</translation>
    </message>
    <message>
        <source>Events received</source>
        <translation>Ereignisse empfangen</translation>
    </message>
    <message>
        <source>Open Event Monitor</source>
        <translation>Ereignismonitor öffnen</translation>
    </message>
    <message>
        <source>sandbox webhooks</source>
        <translation>Sandbox-Webhooks</translation>
    </message>
    <message>
        <source>webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Last event at %1; events in the last minute: %2.</source>
        <translation>Letztes Ereignis um %1; Ereignisse in der letzten Minute: %2.</translation>
    </message>
    <message>
        <source>No event has arrived yet.</source>
        <translation>Es ist noch kein Ereignis eingegangen.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Receiving from %1. %2</source>
        <translation>Empfang über %1. %2</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>The event source is starting.</source>
        <translation>Die Ereignisquelle wird gestartet.</translation>
    </message>
    <message>
        <source>No event source is running. Start webhooks or the WebSocket in the event monitor.</source>
        <translation>Es läuft keine Ereignisquelle. Starten Sie im Ereignismonitor die Webhooks oder den WebSocket.</translation>
    </message>
    <message>
        <source>CXone ACD connection</source>
        <translation>Verbindung zur CXone ACD</translation>
    </message>
    <message>
        <source>Signing in to the ACD and counting its agents, teams and unavailable codes.</source>
        <translation>Anmeldung bei der ACD; ihre Agenten, Teams und Nicht-verfügbar-Codes werden gezählt.</translation>
    </message>
    <message>
        <source>Not configured. Enter the registered app&apos;s client ID and secret and the access key in the ACD area.</source>
        <translation>Nicht konfiguriert. Geben Sie im ACD-Bereich die Client-ID und das Geheimnis der registrierten App sowie den Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>Not tested since the profile was opened. Check now to sign in to the ACD.</source>
        <translation>Seit dem Öffnen des Profils nicht getestet. Prüfen Sie jetzt, um sich bei der ACD anzumelden.</translation>
    </message>
    <message>
        <source>Open Connection</source>
        <translation>Verbindung öffnen</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Signed in to tenant %1 as %2. Agents: %3, teams: %4, unavailable codes: %5.</source>
        <translation>Beim Tenant %1 angemeldet als %2. Agenten: %3, Teams: %4, Nicht-verfügbar-Codes: %5.</translation>
    </message>
    <message>
        <source>an unnamed user</source>
        <translation>unbenannter Benutzer</translation>
    </message>
    <message>
        <source>The Zoom account mapping is not complete yet.</source>
        <translation>Die Zoom-Kontozuordnung ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Open Account Mapping</source>
        <translation>Kontozuordnung öffnen</translation>
    </message>
    <message>
        <source>Salesforce connection</source>
        <translation>Salesforce-Verbindung</translation>
    </message>
    <message>
        <source>Signing in to Salesforce and reading the org ID, the user and the API usage.</source>
        <translation>Anmeldung bei Salesforce; Organisations-ID, Benutzer und API-Nutzung werden gelesen.</translation>
    </message>
    <message>
        <source>Not verified since the profile was opened. Check now to sign in to Salesforce.</source>
        <translation>Seit dem Öffnen des Profils nicht geprüft. Prüfen Sie jetzt, um sich bei Salesforce anzumelden.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed in to org %1 as %2. API requests used in the last 24 hours: %3 of %4.</source>
        <translation>Bei Organisation %1 angemeldet als %2. API-Anfragen in den letzten 24 Stunden: %3 von %4.</translation>
    </message>
    <message>
        <source>Signed in to org %1 as %2.</source>
        <translation>Bei Organisation %1 angemeldet als %2.</translation>
    </message>
    <message>
        <source>Not configured. Enter the connected app&apos;s client ID and secret, the user name and the password with the security token on the Salesforce area&apos;s Account mapping tab.</source>
        <translation>Nicht konfiguriert. Geben Sie im Salesforce-Bereich auf der Registerkarte „Kontozuordnung“ die Client-ID und das Geheimnis der verbundenen App, den Benutzernamen und das Kennwort mit dem Sicherheitstoken ein.</translation>
    </message>
</context>
<context>
    <name>syncdesk::JsonTreeModel</name>
    <message>
        <source>(value)</source>
        <translation>(Wert)</translation>
    </message>
    <message>
        <source>(not JSON)</source>
        <translation>(kein JSON)</translation>
    </message>
    <message numerus="yes">
        <source>{ keys: %n }</source>
        <translation>
            <numerusform>{ Schlüssel: %n }</numerusform>
            <numerusform>{ Schlüssel: %n }</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[ items: %n ]</source>
        <translation>
            <numerusform>[ Elemente: %n ]</numerusform>
            <numerusform>[ Elemente: %n ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>syncdesk::KeychainSecretStore</name>
    <message>
        <source>the macOS Keychain</source>
        <translation>dem macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>der Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>the Secret Service keyring</source>
        <translation>dem Secret-Service-Schlüsselbund</translation>
    </message>
    <message>
        <source>No secret is stored for this profile yet. Enter it again and save.</source>
        <translation>Für dieses Profil ist noch kein Geheimnis gespeichert. Geben Sie es erneut ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock your keyring (or allow Syncdesk access when asked) and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Entsperren Sie Ihren Schlüsselbund (oder erlauben Sie Syncdesk den Zugriff, wenn Sie gefragt werden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available, so secrets cannot be stored safely. On Linux, install and start a Secret Service (for example gnome-keyring with libsecret-1-0) and unlock it. Syncdesk never stores secrets in plain text.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher können Geheimnisse nicht sicher gespeichert werden. Installieren und starten Sie unter Linux einen Secret Service (zum Beispiel gnome-keyring mit libsecret-1-0) und entsperren Sie ihn. Syncdesk speichert Geheimnisse niemals im Klartext.</translation>
    </message>
    <message>
        <source>The keyring is locked or has no default collection. Unlock it (for example by logging in to your desktop session) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat keine Standardsammlung. Entsperren Sie ihn (zum Beispiel, indem Sie sich an Ihrer Desktop-Sitzung anmelden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it persists, restart your keyring service.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet. Versuchen Sie es erneut. Wenn der Fehler bestehen bleibt, starten Sie Ihren Schlüsselbunddienst neu.</translation>
    </message>
</context>
<context>
    <name>syncdesk::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>&amp;Open Profile…</source>
        <translation>Profil ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Statusleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Syncdesk</source>
        <translation>Ü&amp;ber Syncdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Could not save the profile</source>
        <translation>Profil konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>%1[*] — Syncdesk</source>
        <translation>%1[*] — Syncdesk</translation>
    </message>
    <message>
        <source>Syncdesk[*]</source>
        <translation>Syncdesk[*]</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>Kein Profil geöffnet</translation>
    </message>
    <message>
        <source>Unsaved changes — kept as a draft</source>
        <translation>Ungespeicherte Änderungen – als Entwurf aufbewahrt</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Keychain unavailable: secrets are kept for this session only</source>
        <translation>Schlüsselbund nicht verfügbar: Geheimnisse werden nur für diese Sitzung aufbewahrt</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Möchten Sie die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes are kept as a draft and restored the next time you open this profile.</source>
        <translation>Wenn Sie nicht speichern, werden Ihre Änderungen als Entwurf aufbewahrt und beim nächsten Öffnen dieses Profils wiederhergestellt.</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Event Monitor in Own &amp;Window</source>
        <translation>Ereignismonitor in eigenem &amp;Fenster</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Setup Guide</source>
        <translation>&amp;Einrichtungsassistent</translation>
    </message>
    <message>
        <source>Presence rules</source>
        <translation>Präsenzregeln</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Presence statuses</source>
        <translation>Präsenzstatus</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Willkommen…</translation>
    </message>
    <message>
        <source>Save &amp;Diagnostics…</source>
        <translation>&amp;Diagnose speichern…</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>syncdesk::MemorySecretStore</name>
    <message>
        <source>memory (not persisted)</source>
        <translation>dem Arbeitsspeicher (nicht dauerhaft)</translation>
    </message>
</context>
<context>
    <name>syncdesk::MonitorActionBar</name>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Freeze the list to read it; events are still received and counted</source>
        <translation>Liste zum Lesen anhalten; Ereignisse werden weiterhin empfangen und gezählt</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget every event held so far and reset the counters</source>
        <translation>Alle bisher vorgehaltenen Ereignisse verwerfen und die Zähler zurücksetzen</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>Save the events exactly as received, or play a saved capture back</source>
        <translation>Ereignisse genau wie empfangen speichern oder einen gespeicherten Mitschnitt wiedergeben</translation>
    </message>
    <message>
        <source>Save Capture…</source>
        <translation>Mitschnitt speichern…</translation>
    </message>
    <message>
        <source>Save the events held now, exactly as received, to replay them later</source>
        <translation>Die derzeit vorgehaltenen Ereignisse genau wie empfangen speichern, um sie später wiederzugeben</translation>
    </message>
    <message>
        <source>Open and Replay at Original Pace…</source>
        <translation>Öffnen und im Originaltempo wiedergeben…</translation>
    </message>
    <message>
        <source>Open and Load All at Once…</source>
        <translation>Öffnen und alles auf einmal laden…</translation>
    </message>
    <message>
        <source>Stop Replay</source>
        <translation>Wiedergabe beenden</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>All Events as JSON Lines…</source>
        <translation>Alle Ereignisse als JSON Lines…</translation>
    </message>
    <message>
        <source>All Events as CSV…</source>
        <translation>Alle Ereignisse als CSV…</translation>
    </message>
    <message>
        <source>Filtered Events as JSON Lines…</source>
        <translation>Gefilterte Ereignisse als JSON Lines…</translation>
    </message>
    <message>
        <source>Filtered Events as CSV…</source>
        <translation>Gefilterte Ereignisse als CSV…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Angenommen: %1</translation>
    </message>
    <message>
        <source>Events received and verified. URL validation requests answered: %1</source>
        <translation>Empfangene und verifizierte Ereignisse. Beantwortete URL-Validierungsanfragen: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No request was rejected.</source>
        <translation>Es wurde keine Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Rejected requests by reason:</source>
        <translation>Abgelehnte Anfragen nach Grund:</translation>
    </message>
    <message>
        <source>Gaps: %1</source>
        <translation>Lücken: %1</translation>
    </message>
    <message>
        <source>Times the WebSocket was down; events in between may be missing</source>
        <translation>Unterbrechungen der WebSocket-Verbindung; Ereignisse aus diesen Zeiträumen fehlen möglicherweise</translation>
    </message>
    <message>
        <source>In memory: %1</source>
        <translation>Im Speicher: %1</translation>
    </message>
    <message>
        <source>Events kept in memory; above %1 the oldest make room for new ones</source>
        <translation>Im Arbeitsspeicher vorgehaltene Ereignisse; über %1 hinaus machen die ältesten Platz für neue</translation>
    </message>
</context>
<context>
    <name>syncdesk::MonitorArea</name>
    <message>
        <source>Event monitor</source>
        <translation>Ereignismonitor</translation>
    </message>
    <message>
        <source>Open in Own Window</source>
        <translation>In eigenem Fenster öffnen</translation>
    </message>
    <message>
        <source>Show the monitor in a separate window, for example on a second screen</source>
        <translation>Den Monitor in einem separaten Fenster anzeigen, zum Beispiel auf einem zweiten Bildschirm</translation>
    </message>
    <message>
        <source>The event monitor is open in its own window. Closing that window brings it back here.</source>
        <translation>Der Ereignismonitor ist in einem eigenen Fenster geöffnet. Wenn Sie dieses Fenster schließen, kehrt er hierher zurück.</translation>
    </message>
    <message>
        <source>Bring Back Here</source>
        <translation>Hierher zurückholen</translation>
    </message>
    <message>
        <source>Live Zoom events, presence and phone states of the people in them</source>
        <translation>Zoom-Ereignisse live, dazu Präsenz- und Telefonstatus der beteiligten Personen</translation>
    </message>
    <message>
        <source>Event monitor — Syncdesk</source>
        <translation>Ereignismonitor — Syncdesk</translation>
    </message>
</context>
<context>
    <name>syncdesk::MonitorController</name>
    <message>
        <source>The webhook receiver stopped.</source>
        <translation>Der Webhook-Empfänger wurde beendet.</translation>
    </message>
    <message numerus="yes">
        <source>Replay finished. Events replayed: %n.</source>
        <translation>
            <numerusform>Wiedergabe abgeschlossen. %n Ereignis wiedergegeben.</numerusform>
            <numerusform>Wiedergabe abgeschlossen. %n Ereignisse wiedergegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Malformed lines skipped: %n.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile übersprungen.</numerusform>
            <numerusform>%n fehlerhafte Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a profile first: the monitor uses its settings and its secret token.</source>
        <translation>Öffnen Sie zuerst ein Profil: Der Monitor verwendet dessen Einstellungen und dessen Geheimes Token.</translation>
    </message>
    <message>
        <source>The webhook path must start with &quot;/&quot;, for example /webhook.</source>
        <translation>Der Webhook-Pfad muss mit &quot;/&quot; beginnen, zum Beispiel /webhook.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Use 127.0.0.1 to receive on this computer only, or 0.0.0.0 to receive on every network.</source>
        <translation>„%1“ ist keine IP-Adresse. Verwenden Sie 127.0.0.1, um nur auf diesem Computer zu empfangen, oder 0.0.0.0, um in allen Netzwerken zu empfangen.</translation>
    </message>
    <message>
        <source>Choose a port between 1 and 65535.</source>
        <translation>Wählen Sie einen Port zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>Reading the secret token from %1…</source>
        <translation>Geheimes Token wird aus %1 gelesen…</translation>
    </message>
    <message>
        <source>The secret token could not be read: %1</source>
        <translation>Das Geheime Token konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile. The WebSocket needs an access token from your Server-to-Server OAuth app: enter the client secret in the setup wizard, then connect again.</source>
        <translation>Für dieses Profil ist kein Clientgeheimnis gespeichert. Der WebSocket benötigt ein Zugriffstoken Ihrer Server-to-Server OAuth-App: Geben Sie das Clientgeheimnis im Einrichtungsassistenten ein und verbinden Sie dann erneut.</translation>
    </message>
    <message>
        <source>The client secret could not be read: %1</source>
        <translation>Das Clientgeheimnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sandbox: the simulated team sends signed webhooks to %1</source>
        <translation>Sandbox: Das simulierte Team sendet signierte Webhooks an %1</translation>
    </message>
    <message>
        <source>Receiving webhooks at %1</source>
        <translation>Webhooks werden auf %1 empfangen</translation>
    </message>
    <message>
        <source>Open a profile first: the WebSocket uses its Server-to-Server OAuth app.</source>
        <translation>Öffnen Sie zuerst ein Profil: Der WebSocket verwendet dessen Server-to-Server OAuth-App.</translation>
    </message>
    <message>
        <source>Enter the subscription ID first. Zoom shows it in your app&apos;s event subscription after you choose the WebSocket method.</source>
        <translation>Geben Sie zuerst die Abo-ID ein. Zoom zeigt sie im Ereignisabo Ihrer App an, nachdem Sie die Methode WebSocket gewählt haben.</translation>
    </message>
    <message>
        <source>The WebSocket address must start with wss://, for example wss://ws.zoom.us/ws.</source>
        <translation>Die WebSocket-Adresse muss mit wss:// beginnen, zum Beispiel wss://ws.zoom.us/ws.</translation>
    </message>
    <message>
        <source>Reading the client secret from %1…</source>
        <translation>Clientgeheimnis wird aus %1 gelesen…</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>%1 wird wiedergegeben…</translation>
    </message>
    <message>
        <source>No secret token is stored for this profile. Enter it under Zoom app → Credentials and connection (Zoom shows it on your app&apos;s Feature page), then start the receiver again.</source>
        <translation>Für dieses Profil ist kein Geheimes Token gespeichert. Geben Sie es unter Zoom-App → Anmeldedaten und Verbindung ein (Zoom zeigt es auf der Seite „Funktion“ Ihrer App) und starten Sie den Empfänger dann erneut.</translation>
    </message>
    <message>
        <source>The WebSocket needs the account ID and client ID of your Server-to-Server OAuth app. Enter them under Zoom app → Credentials and connection first.</source>
        <translation>Der WebSocket benötigt die Konto-ID und die Client-ID Ihrer Server-zu-Server-OAuth-App. Geben Sie diese zuerst unter Zoom-App → Anmeldedaten und Verbindung ein.</translation>
    </message>
</context>
<context>
    <name>syncdesk::MonitorFileJobs</name>
    <message>
        <source>Another file is still being written. Wait until it is done or cancel it.</source>
        <translation>Es wird noch eine andere Datei geschrieben. Warten Sie, bis der Vorgang abgeschlossen ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>There are no events to save.</source>
        <translation>Es gibt keine Ereignisse zum Speichern.</translation>
    </message>
    <message>
        <source>There are no events to export.</source>
        <translation>Es gibt keine Ereignisse zum Exportieren.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Capture file %1 saved (events: %n).</source>
        <translation>
            <numerusform>Mitschnittdatei %1 gespeichert (%n Ereignis).</numerusform>
            <numerusform>Mitschnittdatei %1 gespeichert (%n Ereignisse).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 (events: %n).</source>
        <translation>
            <numerusform>Nach %1 exportiert (%n Ereignis).</numerusform>
            <numerusform>Nach %1 exportiert (%n Ereignisse).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncdesk::MonitorFilterBar</name>
    <message>
        <source>Search events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>Finds text in the event name, user, e-mail, status and details</source>
        <translation>Sucht Text in Ereignisname, Benutzer, E-Mail, Status und Details</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Alle Ereignistypen</translation>
    </message>
    <message>
        <source>Possible gap</source>
        <translation>Mögliche Lücke</translation>
    </message>
    <message>
        <source>User ID or e-mail</source>
        <translation>Benutzer-ID oder E-Mail</translation>
    </message>
    <message>
        <source>A time today such as 10:02 or 10:02:30, or a date and time such as 2024-05-01 10:02:30</source>
        <translation>Eine Uhrzeit von heute wie 10:02 oder 10:02:30 oder ein Datum mit Uhrzeit wie 2024-05-01 10:02:30</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>To time</source>
        <translation>Endzeit</translation>
    </message>
</context>
<context>
    <name>syncdesk::MonitorPane</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Everyone seen in the events, with their current Zoom presence and phone state. Click a person to show only their events.</source>
        <translation>Alle Personen, die in den Ereignissen vorkommen, mit ihrer aktuellen Zoom-Präsenz und ihrem Telefonstatus. Klicken Sie auf eine Person, um nur ihre Ereignisse anzuzeigen.</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <extracomment>How many events pass the filter</extracomment>
        <translation>%1 angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>New events: %n</source>
        <translation>
            <numerusform>%n neues Ereignis</numerusform>
            <numerusform>%n neue Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture files (*.jsonl);;All files (*)</source>
        <translation>Mitschnittdateien (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Capture</source>
        <translation>Mitschnitt speichern</translation>
    </message>
    <message>
        <source>Open Capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Calls are predicted from each user&apos;s first presence event on: the Zoom user list could not be read (%1).</source>
        <translation>Anrufe werden erst ab dem ersten Präsenzereignis eines Benutzers vorhergesagt: Die Zoom-Benutzerliste konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Received events, newest last; select one to see its details</source>
        <translation>Empfangene Ereignisse, das neueste zuletzt; wählen Sie eines aus, um seine Details zu sehen</translation>
    </message>
    <message>
        <source>Presence board</source>
        <translation>Präsenzübersicht</translation>
    </message>
    <message>
        <source>Each agent&apos;s presence as the received events report it</source>
        <translation>Die Präsenz jedes Agenten laut den empfangenen Ereignissen</translation>
    </message>
</context>
<context>
    <name>syncdesk::MonitorSourceBar</name>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Address to listen on: 127.0.0.1 for this computer only, 0.0.0.0 for every network</source>
        <translation>Adresse, auf der gelauscht wird: 127.0.0.1 nur für diesen Computer, 0.0.0.0 für alle Netzwerke</translation>
    </message>
    <message>
        <source>Port to listen on</source>
        <translation>Port, auf dem gelauscht wird</translation>
    </message>
    <message>
        <source>Path of the event notification endpoint, for example /webhook</source>
        <translation>Pfad des Endpunkts für Ereignisbenachrichtigungen, zum Beispiel /webhook</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Suffix of a number of seconds, with its leading space</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>How old a request&apos;s x-zm-request-timestamp may be before it is rejected (protects against replayed requests)</source>
        <translation>Wie alt der x-zm-request-timestamp einer Anfrage sein darf, bevor sie abgelehnt wird (schützt vor erneut gesendeten Anfragen)</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Abo-ID</translation>
    </message>
    <message>
        <source>The ID Zoom shows for your app&apos;s WebSocket event subscription</source>
        <translation>Die ID, die Zoom für das WebSocket-Ereignisabo Ihrer App anzeigt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Receive the sandbox&apos;s simulated webhooks</source>
        <translation>Simulierte Webhooks der Sandbox empfangen</translation>
    </message>
    <message>
        <source>Start receiving Zoom webhooks</source>
        <translation>Empfang von Zoom-Webhooks starten</translation>
    </message>
    <message>
        <source>Stop receiving webhooks</source>
        <translation>Empfang von Webhooks beenden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>The sandbox uses 127.0.0.1 and a free port chosen at start.</source>
        <translation>Die Sandbox verwendet 127.0.0.1 und einen beim Start gewählten freien Port.</translation>
    </message>
    <message>
        <source>The sandbox provides its own subscription.</source>
        <translation>Die Sandbox stellt ein eigenes Ereignisabo bereit.</translation>
    </message>
    <message>
        <source>Open a profile to receive events.</source>
        <translation>Öffnen Sie ein Profil, um Ereignisse zu empfangen.</translation>
    </message>
    <message>
        <source>Not receiving webhooks.</source>
        <translation>Es werden keine Webhooks empfangen.</translation>
    </message>
    <message>
        <source>WebSocket not connected.</source>
        <translation>WebSocket nicht verbunden.</translation>
    </message>
    <message>
        <source>Webhook listen address</source>
        <translation>Empfangsadresse für Webhooks</translation>
    </message>
    <message>
        <source>Webhook listen port</source>
        <translation>Empfangsport für Webhooks</translation>
    </message>
    <message>
        <source>Webhook path</source>
        <translation>Webhook-Pfad</translation>
    </message>
    <message>
        <source>Timestamp tolerance</source>
        <translation>Zeitstempeltoleranz</translation>
    </message>
    <message>
        <source>WebSocket subscription ID</source>
        <translation>WebSocket-Abo-ID</translation>
    </message>
</context>
<context>
    <name>syncdesk::NumberRulesEditor</name>
    <message>
        <source>Enter a regular expression, e.g. ^\+49(\d+)$.</source>
        <translation>Geben Sie einen regulären Ausdruck ein, z. B. ^\+49(\d+)$.</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1 (at character %2).</source>
        <translation>Kein gültiger regulärer Ausdruck: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The replacement uses \%1, but the pattern has only %2 groups in parentheses.</source>
        <translation>Die Ersetzung verwendet \%1, das Muster hat aber nur %2 Gruppen in Klammern.</translation>
    </message>
    <message>
        <source>Rules are tried from top to bottom; the first whose pattern matches the whole Zoom number rewrites it (\1 … \9 insert the groups in parentheses). A number no rule matches is written as it is.</source>
        <translation>Die Regeln werden von oben nach unten geprüft; die erste, deren Muster auf die gesamte Zoom-Nummer passt, schreibt sie um (\1 … \9 fügen die Gruppen in Klammern ein). Eine Nummer, auf die keine Regel passt, wird unverändert geschrieben.</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersetzung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Sample numbers, one per line, as Zoom stores them (E.164):</source>
        <translation>Beispielnummern, eine pro Zeile, so wie Zoom sie speichert (E.164):</translation>
    </message>
    <message>
        <source>Load the account&apos;s numbers</source>
        <translation>Nummern des Kontos laden</translation>
    </message>
    <message>
        <source>Zoom number</source>
        <translation>Zoom-Nummer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Written to the ACD</source>
        <translation>In die ACD geschrieben</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>✓ Valid</source>
        <translation>✓ Gültig</translation>
    </message>
    <message>
        <source>Number translation, rule %1: %2</source>
        <translation>Rufnummernübersetzung, Regel %1: %2</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>No rule matched</source>
        <translation>Keine Regel passt</translation>
    </message>
    <message>
        <source>Longer than the 30 characters the ACD accepts: this user is skipped.</source>
        <translation>Länger als die 30 Zeichen, die die ACD akzeptiert: Dieser Benutzer wird übersprungen.</translation>
    </message>
    <message>
        <source>Reading Zoom Phone users…</source>
        <translation>Zoom Phone-Benutzer werden gelesen…</translation>
    </message>
    <message>
        <source>Could not connect to Zoom: %1</source>
        <translation>Verbindung mit Zoom nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not read the Zoom Phone users: %1</source>
        <translation>Die Zoom Phone-Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The account has no Zoom Phone numbers.</source>
        <translation>Das Konto hat keine Zoom Phone-Nummern.</translation>
    </message>
    <message>
        <source>Numbers loaded: %1</source>
        <translation>Geladene Nummern: %1</translation>
    </message>
    <message>
        <source>Number rules</source>
        <translation>Regeln der Rufnummernübersetzung</translation>
    </message>
    <message>
        <source>Patterns that turn Zoom numbers into the numbers written to the ACD, tried in order</source>
        <translation>Muster, die Zoom-Nummern in die an die ACD geschriebenen Nummern umwandeln, der Reihe nach angewendet</translation>
    </message>
    <message>
        <source>Sample numbers</source>
        <translation>Beispielnummern</translation>
    </message>
    <message>
        <source>Phone numbers to try the rules on, one per line</source>
        <translation>Telefonnummern zum Testen der Regeln, eine pro Zeile</translation>
    </message>
    <message>
        <source>Number preview</source>
        <translation>Nummernvorschau</translation>
    </message>
</context>
<context>
    <name>syncdesk::OmniStatusMappingBox</name>
    <message>
        <source>Omni-channel status mapping</source>
        <translation>Omni-Channel-Statuszuordnung</translation>
    </message>
    <message>
        <source>In the Zoom for Lightning settings (Omni-Channel sync tab): when an agent has the Zoom Contact Center status on the left, Zoom sets their Salesforce status to the one on the right. Omni-Channel must be turned on in Salesforce first.</source>
        <translation>In den Einstellungen von Zoom for Lightning (Registerkarte Omni-Channel sync): Hat ein Agent in Zoom Contact Center den Status links, setzt Zoom seinen Salesforce-Status auf den Status rechts. Omni-Channel muss zuvor in Salesforce aktiviert sein.</translation>
    </message>
    <message>
        <source>Enable omni-channel sync</source>
        <translation>Omni-Channel-Synchronisierung aktivieren</translation>
    </message>
    <message>
        <source>Zoom Contact Center status</source>
        <translation>Status in Zoom Contact Center</translation>
    </message>
    <message>
        <source>Salesforce status</source>
        <translation>Salesforce-Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Load Salesforce statuses</source>
        <translation>Salesforce-Status laden</translation>
    </message>
    <message>
        <source>Loading the org&apos;s presence statuses…</source>
        <translation>Präsenzstatus der Organisation werden geladen…</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>No mapping yet: add a row per Zoom Contact Center status.</source>
        <translation>Noch keine Zuordnung: Fügen Sie für jeden Status in Zoom Contact Center eine Zeile hinzu.</translation>
    </message>
    <message>
        <source>The mapping is complete.</source>
        <translation>Die Zuordnung ist vollständig.</translation>
    </message>
    <message>
        <source>Salesforce statuses loaded: %1</source>
        <translation>Geladene Salesforce-Status: %1</translation>
    </message>
    <message>
        <source>Reload Salesforce statuses</source>
        <translation>Salesforce-Status neu laden</translation>
    </message>
</context>
<context>
    <name>syncdesk::OverviewArea</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>How the integration is doing. Each row says what was checked and when; its button opens what fixes it.</source>
        <translation>Wie es um die Integration steht. Jede Zeile zeigt, was wann geprüft wurde; ihre Schaltfläche führt dorthin, wo Sie das Problem beheben.</translation>
    </message>
    <message>
        <source>Health of the integration: what works, what needs attention</source>
        <translation>Zustand der Integration: was funktioniert, was Aufmerksamkeit erfordert</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>Geprüft um %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
</context>
<context>
    <name>syncdesk::Pager</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The list did not end after %1 pages. Syncdesk stopped reading it; narrow the request or try again later.</source>
        <translation>Die Liste war nach %1 Seiten noch nicht zu Ende. Syncdesk hat das Lesen abgebrochen; schränken Sie die Anfrage ein oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answered with a list Syncdesk cannot read. Check the API URL.</source>
        <translation>%1 hat mit einer Liste geantwortet, die Syncdesk nicht lesen kann. Prüfen Sie die API-URL.</translation>
    </message>
    <message>
        <source>The service named its next page on another site, %1. Syncdesk does not send credentials to another site, so the list was not read to the end. Check the instance URL.</source>
        <translation>Der Dienst hat als nächste Seite eine Adresse auf einer anderen Website angegeben: %1. Syncdesk sendet keine Anmeldedaten an andere Websites, daher wurde die Liste nicht vollständig gelesen. Prüfen Sie die Instanz-URL.</translation>
    </message>
    <message>
        <source>The service named the same page again as the next one. Syncdesk stopped reading the list; try again later.</source>
        <translation>Der Dienst hat dieselbe Seite erneut als nächste Seite angegeben. Syncdesk hat das Lesen der Liste abgebrochen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answered with data Syncdesk cannot read. Check the API URL.</source>
        <translation>%1 hat mit Daten geantwortet, die Syncdesk nicht lesen kann. Prüfen Sie die API-URL.</translation>
    </message>
</context>
<context>
    <name>syncdesk::PresenceBoardModel</name>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;42 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Zoom presence</source>
        <translation>Zoom-Präsenz</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Last change</source>
        <extracomment>Column header: the time the presence or phone state last changed</extracomment>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header: how long the current state has lasted so far</extracomment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; predicts nothing for this person yet (not covered by the rule, or no presence or phone event seen).</source>
        <translation>Regel „%1“ sagt für diese Person noch nichts voraus (nicht von der Regel erfasst oder noch kein Präsenz- oder Telefonereignis empfangen).</translation>
    </message>
    <message>
        <source>Predicted by rule &quot;%1&quot;</source>
        <translation>Vorhergesagt von Regel „%1“</translation>
    </message>
    <message>
        <source>ACD</source>
        <extracomment>Column header: the ACD state the active presence rule predicts</extracomment>
        <translation>ACD</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <extracomment>Column header: the Salesforce presence status the active presence rule predicts</extracomment>
        <translation>Salesforce</translation>
    </message>
</context>
<context>
    <name>syncdesk::PresenceRuleEditor</name>
    <message>
        <source>A presence rule keeps the ACD, Salesforce and Zoom in step: the publisher table says which Salesforce status each ACD state shows, the subscriber table which ACD state a Salesforce status sets, and the Zoom table which ACD state a Zoom presence or a call sets. &quot;previous&quot; goes back to the state the agent had before.</source>
        <translation>Eine Präsenzregel hält ACD, Salesforce und Zoom im Gleichschritt: Die Publisher-Tabelle legt fest, welchen Salesforce-Status jeder ACD-Status anzeigt, die Subscriber-Tabelle, welchen ACD-Status ein Salesforce-Status setzt, und die Zoom-Tabelle, welchen ACD-Status eine Zoom-Präsenz oder ein Anruf setzt. „previous“ kehrt zum vorherigen Status des Agenten zurück.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Active rule (the monitor predicts with it):</source>
        <translation>Aktive Regel (für die Vorhersage im Monitor):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Skip validation of unavailable codes</source>
        <translation>Prüfung der Nicht-verfügbar-Codes überspringen</translation>
    </message>
    <message>
        <source>Codes are then not checked against the rule&apos;s teams, and a Salesforce status without a subscriber row sets Unavailable.</source>
        <translation>Die Codes werden dann nicht mit den Teams der Regel abgeglichen, und ein Salesforce-Status ohne Subscriber-Zeile setzt Unavailable.</translation>
    </message>
    <message>
        <source>Publisher: ACD state → Salesforce status</source>
        <translation>Publisher: ACD-Status → Salesforce-Status</translation>
    </message>
    <message>
        <source>Subscriber: Salesforce status → ACD state</source>
        <translation>Subscriber: Salesforce-Status → ACD-Status</translation>
    </message>
    <message>
        <source>Zoom: presence or phone state → ACD state</source>
        <translation>Zoom: Präsenz oder Telefonstatus → ACD-Status</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>Teams:</translation>
    </message>
    <message>
        <source>E-mail addresses, separated by commas</source>
        <translation>E-Mail-Adressen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Import a presence rule</source>
        <translation>Präsenzregel importieren</translation>
    </message>
    <message>
        <source>Rule files (*.json);;All files (*)</source>
        <translation>Regeldateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Export the presence rule</source>
        <translation>Präsenzregel exportieren</translation>
    </message>
    <message>
        <source>Rule files (*.json)</source>
        <translation>Regeldateien (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>ACD state</source>
        <translation>ACD-Status</translation>
    </message>
    <message>
        <source>Salesforce status</source>
        <translation>Salesforce-Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Zoom presence or phone state</source>
        <translation>Zoom-Präsenz oder Telefonstatus</translation>
    </message>
    <message>
        <source>Zoom presence</source>
        <translation>Zoom-Präsenz</translation>
    </message>
    <message>
        <source>Phone state</source>
        <translation>Telefonstatus</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No problems: the rule is valid.</source>
        <translation>Keine Probleme: Die Regel ist gültig.</translation>
    </message>
    <message>
        <source>Two rules are named &quot;%1&quot;: rename one, the active rule is chosen by name.</source>
        <translation>Zwei Regeln heißen „%1“: Benennen Sie eine um, denn die aktive Regel wird über den Namen gewählt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Asking the ACD…</source>
        <translation>ACD wird abgefragt…</translation>
    </message>
    <message>
        <source>Unavailable codes: %1, teams: %2</source>
        <translation>Nicht-verfügbar-Codes: %1, Teams: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Choose a rule file exported by Syncdesk or written for syncdeskctl rules.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Wählen Sie eine von Syncdesk exportierte oder für syncdeskctl rules geschriebene Regeldatei.</translation>
    </message>
    <message>
        <source>%1 is not a presence rule file: %2</source>
        <translation>%1 ist keine Präsenzregel-Datei: %2</translation>
    </message>
    <message>
        <source>Imported rule</source>
        <translation>Importierte Regel</translation>
    </message>
    <message>
        <source>Select a rule to export.</source>
        <translation>Wählen Sie eine Regel zum Exportieren aus.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>No rule yet. Click Add to start one, or Import… a rule file (the JSON of syncdeskctl rules).</source>
        <translation>Noch keine Regel. Klicken Sie auf Hinzufügen, um eine anzulegen, oder laden Sie mit Importieren… eine Regeldatei (das JSON von syncdeskctl rules).</translation>
    </message>
    <message>
        <source>Load from the ACD and Salesforce</source>
        <translation>Aus ACD und Salesforce laden</translation>
    </message>
    <message>
        <source>Reads the ACD&apos;s unavailable codes and teams and the Salesforce org&apos;s presence statuses, to offer them and check the rule against them.</source>
        <translation>Liest die Nicht-verfügbar-Codes und Teams der ACD sowie die Präsenzstatus der Salesforce-Organisation, um sie zur Auswahl anzubieten und die Regel damit zu prüfen.</translation>
    </message>
    <message>
        <source>Asking Salesforce…</source>
        <translation>Salesforce wird abgefragt…</translation>
    </message>
    <message>
        <source>Salesforce: %1</source>
        <translation>Salesforce: %1</translation>
    </message>
    <message>
        <source>Salesforce statuses: %1</source>
        <translation>Salesforce-Präsenzstatus: %1</translation>
    </message>
    <message>
        <source>Presence rules</source>
        <translation>Präsenzregeln</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Problems in this rule</source>
        <translation>Probleme in dieser Regel</translation>
    </message>
</context>
<context>
    <name>syncdesk::PresenceSimulatorPane</name>
    <message>
        <source>Every agent starts Available in the ACD, with the status the publisher table gives for Available in Salesforce. Add events one by one or load a capture file to see what the rule makes of them.</source>
        <translation>Jeder Agent beginnt in der ACD mit Available und in Salesforce mit dem Status, den die Publisher-Tabelle für Available vorgibt. Fügen Sie Ereignisse einzeln hinzu oder laden Sie eine Mitschnittdatei, um zu sehen, was die Regel daraus macht.</translation>
    </message>
    <message>
        <source>Agent&apos;s e-mail address</source>
        <translation>E-Mail-Adresse des Agenten</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <source>Zoom presence</source>
        <translation>Zoom-Präsenz</translation>
    </message>
    <message>
        <source>Phone state</source>
        <translation>Telefonstatus</translation>
    </message>
    <message>
        <source>Salesforce status</source>
        <translation>Salesforce-Status</translation>
    </message>
    <message>
        <source>Apply step</source>
        <translation>Schritt ausführen</translation>
    </message>
    <message>
        <source>Load events file…</source>
        <translation>Ereignisdatei laden…</translation>
    </message>
    <message>
        <source>Clear steps</source>
        <translation>Schritte leeren</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>ACD state after</source>
        <translation>ACD-Status danach</translation>
    </message>
    <message>
        <source>Salesforce status after</source>
        <translation>Salesforce-Status danach</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>ACD state</source>
        <translation>ACD-Status</translation>
    </message>
    <message>
        <source>Previous ACD state</source>
        <translation>Vorheriger ACD-Status</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>Schritte: %1</translation>
    </message>
    <message>
        <source>Load events</source>
        <translation>Ereignisse laden</translation>
    </message>
    <message>
        <source>Captures and JSON Lines (*.jsonl *.json *.txt);;All files (*)</source>
        <translation>Mitschnitte und JSON Lines (*.jsonl *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No rule selected.</source>
        <translation>Keine Regel ausgewählt.</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s e-mail address, e.g. anna.lehmann@example.com.</source>
        <translation>Geben Sie die E-Mail-Adresse des Agenten ein, z. B. anna.lehmann@example.com.</translation>
    </message>
    <message>
        <source>Enter a value for the step.</source>
        <translation>Geben Sie einen Wert für den Schritt ein.</translation>
    </message>
    <message>
        <source>A phone state is ringing, connected or ended.</source>
        <translation>Ein Telefonstatus ist ringing, connected oder ended.</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Choose a capture or a JSON Lines file.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Wählen Sie einen Mitschnitt oder eine JSON-Lines-Datei.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Events loaded: %1</source>
        <translation>Geladene Ereignisse: %1</translation>
    </message>
    <message>
        <source>Events loaded: %1, lines skipped: %2 (first: %3)</source>
        <translation>Geladene Ereignisse: %1, übersprungene Zeilen: %2 (erste: %3)</translation>
    </message>
    <message>
        <source>%1 has no events the simulator can read (%2).</source>
        <translation>%1 enthält keine Ereignisse, die der Simulator lesen kann (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not an agent of this rule</source>
        <translation>Kein Agent dieser Regel</translation>
    </message>
    <message>
        <source>No agent known for this event yet</source>
        <translation>Noch kein Agent für dieses Ereignis bekannt</translation>
    </message>
    <message>
        <source>Follow the live monitor</source>
        <translation>Live-Monitor folgen</translation>
    </message>
    <message>
        <source>Adds every presence and phone event the monitor receives as a step. Only the newest %1 steps are kept.</source>
        <translation>Fügt jedes Präsenz- und Telefonereignis, das der Monitor empfängt, als Schritt hinzu. Nur die neuesten %1 Schritte werden behalten.</translation>
    </message>
    <message>
        <source>Following the live monitor: the newest %1 steps are kept.</source>
        <translation>Folgt dem Live-Monitor: Die neuesten %1 Schritte werden behalten.</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>Art des Schritts</translation>
    </message>
    <message>
        <source>Step value</source>
        <translation>Wert des Schritts</translation>
    </message>
    <message>
        <source>The presence, phone state or Salesforce status the step sets</source>
        <translation>Die Präsenz, der Telefonstatus oder der Salesforce-Status, den der Schritt setzt</translation>
    </message>
    <message>
        <source>Simulation steps</source>
        <translation>Simulationsschritte</translation>
    </message>
    <message>
        <source>Simulated agents</source>
        <translation>Simulierte Agenten</translation>
    </message>
</context>
<context>
    <name>syncdesk::PresenceStatusDesigner</name>
    <message>
        <source>Add status</source>
        <translation>Status hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Export metadata…</source>
        <translation>Metadaten exportieren…</translation>
    </message>
    <message>
        <source>Design the Omni-Channel presence statuses your rules need. The developer name follows the label as Salesforce derives it (you can change it). Online statuses take work on their service channels; Busy statuses take none. Export them as a metadata zip and deploy it to the org, for example with the Salesforce CLI or Workbench.</source>
        <translation>Entwerfen Sie die Omni-Channel-Präsenzstatus, die Ihre Regeln benötigen. Der Entwicklername (DeveloperName) wird wie in Salesforce aus der Bezeichnung abgeleitet (Sie können ihn ändern). Online-Status nehmen Arbeit über ihre Servicekanäle an, Besetzt-Status keine. Exportieren Sie die Status als Metadaten-ZIP und stellen Sie diese in der Organisation bereit, zum Beispiel mit der Salesforce CLI oder Workbench.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Developer name</source>
        <translation>Entwicklername</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Service channels</source>
        <translation>Servicekanäle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Export presence statuses</source>
        <translation>Präsenzstatus exportieren</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>In your org</source>
        <translation>In Ihrer Organisation</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Presence statuses</source>
        <translation>Präsenzstatus</translation>
    </message>
    <message>
        <source>After deploying the statuses, enable them on profiles. Ticks are saved in the profile.</source>
        <translation>Aktivieren Sie die Status nach der Bereitstellung in den Profilen. Die Häkchen werden im Syncdesk-Profil gespeichert.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>none (Busy)</source>
        <translation>keine (Besetzt)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 (warning): %2</source>
        <translation>%1 (Warnung): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Loading the org&apos;s presence statuses and service channels…</source>
        <translation>Präsenzstatus und Servicekanäle der Organisation werden geladen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Could not read the org: %1</source>
        <translation>Die Organisation konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2) — also designed here</source>
        <translation>%1 (%2) — auch hier entworfen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open a profile to read its Salesforce org.</source>
        <translation>Öffnen Sie ein Profil, um dessen Salesforce-Organisation zu lesen.</translation>
    </message>
    <message>
        <source>Presence statuses: %1. Service channels: %2. Designed statuses that already exist are marked.</source>
        <translation>Präsenzstatus: %1. Servicekanäle: %2. Entworfene Status, die bereits existieren, sind markiert.</translation>
    </message>
    <message>
        <source>Load reads the org&apos;s presence statuses and service channels with the account mapping&apos;s sign-in.</source>
        <translation>„Laden“ liest die Präsenzstatus und Servicekanäle der Organisation mit der Anmeldung der Kontozuordnung.</translation>
    </message>
    <message>
        <source>The Salesforce presence statuses to create, one per row</source>
        <translation>Die anzulegenden Salesforce-Präsenzstatus, einer pro Zeile</translation>
    </message>
    <message>
        <source>Problems in the statuses</source>
        <translation>Probleme in den Status</translation>
    </message>
    <message>
        <source>Presence statuses in the org</source>
        <translation>Präsenzstatus in der Organisation</translation>
    </message>
</context>
<context>
    <name>syncdesk::ProfileEditor</name>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Try Syncdesk without a Zoom account</source>
        <translation>Syncdesk ohne Zoom-Konto ausprobieren</translation>
    </message>
    <message>
        <source>No account needed: a simulated Zoom account runs inside Syncdesk, with demo users and ready-made credentials, so every step and the connection test work right away.</source>
        <translation>Kein Konto erforderlich: In Syncdesk läuft ein simuliertes Zoom-Konto mit Demo-Benutzern und vorbereiteten Anmeldedaten, sodass jeder Schritt und der Verbindungstest sofort funktionieren.</translation>
    </message>
    <message>
        <source>Try it on the sandbox</source>
        <translation>In der Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Your profiles</source>
        <translation>Ihre Profile</translation>
    </message>
    <message>
        <source>There are no profiles yet. Try the sandbox or create a new profile below.</source>
        <translation>Es gibt noch keine Profile. Probieren Sie die Sandbox aus oder erstellen Sie unten ein neues Profil.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Open a profile file from another folder</source>
        <translation>Profildatei aus einem anderen Ordner öffnen</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Use one profile per customer or Zoom account.</source>
        <translation>Verwenden Sie ein Profil pro Kunde oder Zoom-Konto.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>for example, Example Corp production</source>
        <translation>zum Beispiel Example Corp Produktion</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Profil erstellen</translation>
    </message>
    <message>
        <source>%1 (simulated Zoom account)</source>
        <translation>%1 (simuliertes Zoom-Konto)</translation>
    </message>
    <message>
        <source>%1 (cannot be opened)</source>
        <translation>%1 (kann nicht geöffnet werden)</translation>
    </message>
    <message>
        <source>%1 A backup of the previous version is available.</source>
        <translation>%1 Eine Sicherung der vorherigen Version ist verfügbar.</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Syncdesk profiles (*.json)</source>
        <translation>Syncdesk-Profile (*.json)</translation>
    </message>
    <message>
        <source>No profile is open yet. Choose one to continue.</source>
        <translation>Es ist noch kein Profil geöffnet. Wählen Sie ein Profil aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Open profile: %1</source>
        <translation>Geöffnetes Profil: %1</translation>
    </message>
    <message>
        <source>Unsaved changes to “%1” from your last session were restored. Save them with File → Save, or discard them.</source>
        <translation>Ungespeicherte Änderungen an „%1“ aus Ihrer letzten Sitzung wurden wiederhergestellt. Speichern Sie sie mit Datei → Speichern oder verwerfen Sie sie.</translation>
    </message>
</context>
<context>
    <name>syncdesk::ProfilePage</name>
    <message>
        <source>Choose a profile</source>
        <translation>Profil auswählen</translation>
    </message>
    <message>
        <source>A profile holds the settings of one customer&apos;s integration. Secrets are kept in the system keychain, never in the profile file.</source>
        <translation>Ein Profil enthält die Einstellungen der Integration eines Kunden. Geheimnisse werden im Schlüsselbund des Systems aufbewahrt, niemals in der Profildatei.</translation>
    </message>
</context>
<context>
    <name>syncdesk::ProfileSession</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Open or create a profile first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Profil.</translation>
    </message>
</context>
<context>
    <name>syncdesk::RateSparkline</name>
    <message>
        <source>Events per second over the last minute: now %1, peak %2</source>
        <translation>Ereignisse pro Sekunde in der letzten Minute: aktuell %1, Spitze %2</translation>
    </message>
</context>
<context>
    <name>syncdesk::ReconcilePage</name>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Webhook only</source>
        <translation>Nur per Webhook</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or free some space.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder geben Sie Speicherplatz frei.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON Lines…</source>
        <translation>JSON Lines exportieren…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Compares what the Contact Center API lists for a window with what arrived by webhook. Missed: only the API has it (the webhook never arrived). Webhook only: announced, but not listed (deleted since). Days are UTC, as in syncdeskctl cc reconcile.</source>
        <translation>Vergleicht, was die Contact Center-API für ein Zeitfenster auflistet, mit dem, was per Webhook eingegangen ist. Verpasst: Nur die API hat es (der Webhook ist nie eingegangen). Nur per Webhook: angekündigt, aber nicht aufgelistet (inzwischen gelöscht). Die Tage gelten in UTC, wie bei syncdeskctl cc reconcile.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Days (UTC):</source>
        <translation>Tage (UTC):</translation>
    </message>
    <message>
        <source>Events held by the monitor</source>
        <translation>Ereignisse im Ereignismonitor</translation>
    </message>
    <message>
        <source>Capture file</source>
        <translation>Mitschnittdatei</translation>
    </message>
    <message>
        <source>Capture file (JSON Lines, as the monitor saves it)</source>
        <translation>Mitschnittdatei (JSON Lines, wie der Ereignismonitor sie speichert)</translation>
    </message>
    <message>
        <source>Webhooks from:</source>
        <translation>Webhooks aus:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Fetches the selected row&apos;s recording or transcript and saves it to a file you choose.</source>
        <translation>Lädt die Aufzeichnung oder das Transkript der ausgewählten Zeile herunter und speichert es in einer Datei Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Kind or day</source>
        <translation>Art oder Tag</translation>
    </message>
    <message>
        <source>Choose the days and press Run.</source>
        <translation>Wählen Sie die Tage und klicken Sie auf „Ausführen“.</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <source>Captures (*.jsonl *.json);;All files (*)</source>
        <translation>Mitschnitte (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export JSON Lines</source>
        <translation>JSON Lines exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Save download</source>
        <translation>Download speichern</translation>
    </message>
    <message>
        <source>The first day is after the last. Pick a first day on or before the last.</source>
        <translation>Der erste Tag liegt nach dem letzten. Wählen Sie als ersten Tag den letzten oder einen früheren Tag.</translation>
    </message>
    <message>
        <source>Choose a capture file (Browse…) or use the events held by the monitor.</source>
        <translation>Wählen Sie eine Mitschnittdatei („Durchsuchen…“) oder verwenden Sie die Ereignisse im Ereignismonitor.</translation>
    </message>
    <message>
        <source>Polling the Contact Center lists…</source>
        <translation>Die Listen von Contact Center werden abgefragt…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed; press Run to start again.</source>
        <translation>Abgebrochen. Es wurde nichts geändert; klicken Sie auf „Ausführen“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Missed: %1 · Received: %2 · Webhook only: %3. The missed ones never arrived by webhook; the API has them.</source>
        <translation>Verpasst: %1 · Empfangen: %2 · Nur per Webhook: %3. Die verpassten sind nie per Webhook eingegangen; die API hat sie.</translation>
    </message>
    <message>
        <source>Nothing missed. Received: %1 · Webhook only: %2.</source>
        <translation>Nichts verpasst. Empfangen: %1 · Nur per Webhook: %2.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>This row has nothing to download.</source>
        <translation>Diese Zeile enthält nichts zum Herunterladen.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes).</source>
        <translation>%1 gespeichert (%2 Bytes).</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Webhooks from</source>
        <translation>Webhooks aus</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Each record the API lists and whether its webhook arrived</source>
        <translation>Jeder Datensatz, den die API auflistet, und ob sein Webhook eingegangen ist</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
</context>
<context>
    <name>syncdesk::Reconciler</name>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Recording transcript</source>
        <translation>Aufzeichnungs-Transkript</translation>
    </message>
    <message>
        <source>Messaging transcript</source>
        <translation>Messaging-Transkript</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Voicemail transcript</source>
        <translation>Voicemail-Transkript</translation>
    </message>
</context>
<context>
    <name>syncdesk::RestClient</name>
    <message>
        <source>The host %1 could not be found. Check the URL and your network or DNS settings.</source>
        <translation>Der Host %1 wurde nicht gefunden. Prüfen Sie die URL und Ihre Netzwerk- bzw. DNS-Einstellungen.</translation>
    </message>
    <message>
        <source>The connection to %1 was refused. Check the URL and port, and that the service is running.</source>
        <translation>Die Verbindung zu %1 wurde abgelehnt. Prüfen Sie URL und Port und ob der Dienst läuft.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again; if it keeps happening, check proxies and firewalls on the way.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen. Versuchen Sie es erneut. Wenn das weiterhin passiert, prüfen Sie Proxys und Firewalls auf dem Verbindungsweg.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your network connection and try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be established. The certificate may be invalid or intercepted by a proxy; check the system time and your proxy&apos;s certificate.</source>
        <translation>Es konnte keine sichere (TLS-)Verbindung zu %1 hergestellt werden. Das Zertifikat ist möglicherweise ungültig oder wird von einem Proxy abgefangen. Prüfen Sie die Systemzeit und das Zertifikat Ihres Proxys.</translation>
    </message>
    <message>
        <source>A network error occurred while talking to %1. Check your connection and proxy settings, then try again.</source>
        <translation>Bei der Kommunikation mit %1 ist ein Netzwerkfehler aufgetreten. Prüfen Sie Ihre Verbindungs- und Proxy-Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 is rate-limiting requests. Wait a moment and try again.</source>
        <translation>%1 drosselt die Anfragen (Ratenbegrenzung). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is rate-limiting requests and asked to wait %2 seconds. Try again after that.</source>
        <translation>%1 drosselt die Anfragen (Ratenbegrenzung) und bittet, %2 Sekunden zu warten. Versuchen Sie es danach erneut.</translation>
    </message>
    <message>
        <source>%1 had an internal problem (HTTP %2). Try again in a few minutes.</source>
        <translation>Bei %1 ist ein interner Fehler aufgetreten (HTTP %2). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>%1 has no such resource (HTTP 404). Check the URL.</source>
        <translation>%1 kennt diese Ressource nicht (HTTP 404). Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times. Check the URL.</source>
        <translation>%1 hat die Anfrage mehr als %2-mal umgeleitet. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2, which is not a secure (https) address. Syncdesk did not follow it; check the URL.</source>
        <translation>%1 hat die Anfrage an %2 umgeleitet, eine nicht sichere Adresse (kein https). Syncdesk ist der Umleitung nicht gefolgt; prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>%1 redirected the request to another site, %2. Syncdesk does not send credentials to another site, so the request was stopped. Check the URL; if the service has moved, enter its new address.</source>
        <translation>%1 hat die Anfrage an eine andere Website umgeleitet: %2. Syncdesk sendet keine Anmeldedaten an andere Websites, daher wurde die Anfrage abgebrochen. Prüfen Sie die URL; falls der Dienst umgezogen ist, geben Sie seine neue Adresse ein.</translation>
    </message>
</context>
<context>
    <name>syncdesk::SalesforceAccountMappingEditor</name>
    <message>
        <source>In CXone, Salesforce is mapped in Adapters &gt; Account Mapping &gt; Salesforce &gt; Map Accounts. Enter the values here once: Verify signs in to Salesforce with them, as CXone will, and each copy button puts one value on the clipboard for CXone&apos;s dialog.</source>
        <translation>In CXone wird Salesforce unter Adapters &gt; Account Mapping &gt; Salesforce &gt; Map Accounts zugeordnet. Geben Sie die Werte hier einmal ein: „Prüfen“ meldet sich damit wie CXone bei Salesforce an, und jede Kopierschaltfläche legt einen Wert für den CXone-Dialog in die Zwischenablage.</translation>
    </message>
    <message>
        <source>This sandbox profile signs in to Syncdesk&apos;s built-in Salesforce org. Fields left empty use its demo user and connected app.</source>
        <translation>Dieses Sandbox-Profil meldet sich bei der integrierten Salesforce-Organisation von Syncdesk an. Leere Felder verwenden deren Demobenutzer und verbundene App.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Nothing is stored for this profile yet. Type the value into its field first.</source>
        <translation>Für dieses Profil ist noch nichts gespeichert. Geben Sie den Wert zuerst in sein Feld ein.</translation>
    </message>
    <message>
        <source>Salesforce account details</source>
        <translation>Salesforce-Kontodaten</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <source>Salesforce platform version:</source>
        <translation>Salesforce-Plattformversion:</translation>
    </message>
    <message>
        <source>login.salesforce.com for production and Hyperforce, test.salesforce.com for a sandbox. If your org requires its My Domain, enter it instead (https://yourcompany.my.salesforce.com).</source>
        <translation>login.salesforce.com für Produktion und Hyperforce, test.salesforce.com für eine Sandbox. Wenn Ihre Organisation „Meine Domäne“ verlangt, geben Sie stattdessen diese ein (https://yourcompany.my.salesforce.com).</translation>
    </message>
    <message>
        <source>Login URL:</source>
        <translation>Anmelde-URL:</translation>
    </message>
    <message>
        <source>A name for this org in CXone, e.g. Production EU</source>
        <translation>Ein Name für diese Organisation in CXone, z. B. Production EU</translation>
    </message>
    <message>
        <source>Salesforce environment:</source>
        <translation>Salesforce-Umgebung:</translation>
    </message>
    <message>
        <source>Organization ID:</source>
        <translation>Organisations-ID:</translation>
    </message>
    <message>
        <source>The Salesforce administrator&apos;s user name</source>
        <translation>Der Benutzername des Salesforce-Administrators</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>The password with the security token appended: for password xyz and token 123, enter xyz123. Not needed when the agent profile allows every login IP address.</source>
        <translation>Das Kennwort mit angehängtem Sicherheitstoken: Bei Kennwort xyz und Token 123 geben Sie xyz123 ein. Nicht nötig, wenn das Agentenprofil jede Anmelde-IP-Adresse zulässt.</translation>
    </message>
    <message>
        <source>Password and security token:</source>
        <translation>Kennwort und Sicherheitstoken:</translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer key</source>
        <translation>Der Verbraucherschlüssel der verbundenen App</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Clientgeheimnis:</translation>
    </message>
    <message>
        <source>Receives the adapter&apos;s notifications</source>
        <translation>Empfängt die Benachrichtigungen des Adapters</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Signs in with the user name, password, client ID and client secret above (the username-password flow CXone uses) and shows the org the server reports next to the one typed.</source>
        <translation>Meldet sich mit Benutzername, Kennwort, Client-ID und Clientgeheimnis von oben an (dem Benutzername-Kennwort-Flow, den CXone verwendet) und zeigt die vom Server gemeldete Organisation neben der eingegebenen.</translation>
    </message>
    <message>
        <source>Organization ID typed:</source>
        <translation>Eingegebene Organisations-ID:</translation>
    </message>
    <message>
        <source>Organization ID of the server:</source>
        <translation>Organisations-ID des Servers:</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>API usage:</source>
        <translation>API-Nutzung:</translation>
    </message>
    <message>
        <source>15 or 18 characters starting with 00D. Salesforce shows it under Setup &gt; Company Information &gt; Salesforce.com Organization ID.</source>
        <translation>15 oder 18 Zeichen, beginnend mit 00D. Salesforce zeigt sie unter Setup &gt; Unternehmensinformationen &gt; Salesforce.com-Organisations-ID.</translation>
    </message>
    <message>
        <source>Valid. 18-character form: %1</source>
        <translation>Gültig. 18-stellige Form: %1</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Enter one address, such as admin@example.com.</source>
        <translation>Dies ist keine E-Mail-Adresse. Geben Sie eine Adresse ein, z. B. admin@example.com.</translation>
    </message>
    <message>
        <source>Stored. Type to replace it.</source>
        <translation>Gespeichert. Zum Ersetzen neu eingeben.</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer secret</source>
        <translation>Das Verbrauchergeheimnis der verbundenen App</translation>
    </message>
    <message>
        <source>Signing in to Salesforce…</source>
        <translation>Anmeldung bei Salesforce…</translation>
    </message>
    <message>
        <source>%1 of %2 API requests used in the last 24 hours</source>
        <translation>%1 von %2 API-Anfragen in den letzten 24 Stunden verwendet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No org ID typed. Copy the server&apos;s into the Organization ID field.</source>
        <translation>Keine Organisations-ID eingegeben. Kopieren Sie die des Servers in das Feld Organisations-ID.</translation>
    </message>
    <message>
        <source>Signed in. Enter the organization ID to compare.</source>
        <translation>Angemeldet. Geben Sie die Organisations-ID zum Vergleich ein.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Signed in. These values work for CXone&apos;s account mapping.</source>
        <translation>Angemeldet. Diese Werte funktionieren für die Kontozuordnung in CXone.</translation>
    </message>
    <message>
        <source>Mismatch: this user belongs to another org than the ID typed. Correct the organization ID or the user name.</source>
        <translation>Abweichung: Dieser Benutzer gehört zu einer anderen Organisation als der eingegebenen ID. Korrigieren Sie die Organisations-ID oder den Benutzernamen.</translation>
    </message>
    <message>
        <source>Signed in, but to another org than the organization ID typed.</source>
        <translation>Angemeldet, aber bei einer anderen Organisation als der eingegebenen Organisations-ID.</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>Anmeldung über den Browser</translation>
    </message>
    <message>
        <source>For orgs that block the username-password flow: Syncdesk opens Salesforce&apos;s sign-in page in your browser, you sign in and choose Allow, and the sign-in is kept in the keychain. The connected app&apos;s callback URL must be http://127.0.0.1 (any port) and its OAuth scopes must include api and refresh_token.</source>
        <translation>Für Organisationen, die den Benutzername-Kennwort-Flow blockieren: Syncdesk öffnet die Salesforce-Anmeldeseite in Ihrem Browser, Sie melden sich an und wählen Zulassen, und die Anmeldung wird im Schlüsselbund aufbewahrt. Die Callback-URL der verbundenen App muss http://127.0.0.1 (beliebiger Port) sein, und ihre OAuth-Bereiche müssen api und refresh_token enthalten.</translation>
    </message>
    <message>
        <source>Sign in with browser…</source>
        <translation>Im Browser anmelden…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Forget sign-in</source>
        <translation>Anmeldung verwerfen</translation>
    </message>
    <message>
        <source>Instance URL:</source>
        <translation>Instanz-URL:</translation>
    </message>
    <message>
        <source>The login URL is not a URL. Enter https://login.salesforce.com, https://test.salesforce.com or your My Domain URL.</source>
        <translation>Die Anmelde-URL ist keine URL. Geben Sie https://login.salesforce.com, https://test.salesforce.com oder Ihre „Meine Domäne“-URL ein.</translation>
    </message>
    <message>
        <source>Enter the connected app&apos;s consumer key as the client ID first.</source>
        <translation>Geben Sie zuerst den Verbraucherschlüssel der verbundenen App als Client-ID ein.</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>Anmeldung wird vorbereitet…</translation>
    </message>
    <message>
        <source>Waiting for Salesforce… Sign in in the browser window that opened and choose Allow.</source>
        <translation>Warten auf Salesforce… Melden Sie sich im geöffneten Browserfenster an und wählen Sie Zulassen.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser on this computer and choose Allow: %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse in einem Browser auf diesem Computer und wählen Sie Zulassen: %1</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Signed in. Storing the sign-in in %1…</source>
        <translation>Angemeldet. Die Anmeldung wird in %1 gespeichert…</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in is kept for this session only: %1</source>
        <translation>Angemeldet, aber die Anmeldung gilt nur für diese Sitzung: %1</translation>
    </message>
    <message>
        <source>Signed in. Syncdesk uses this sign-in for Salesforce from now on; Forget sign-in goes back to the password.</source>
        <translation>Angemeldet. Syncdesk verwendet ab jetzt diese Anmeldung für Salesforce; „Anmeldung verwerfen“ kehrt zum Kennwort zurück.</translation>
    </message>
    <message>
        <source>Salesforce sent no refresh token. Add the refresh_token scope to the connected app and sign in again.</source>
        <translation>Salesforce hat kein Aktualisierungstoken gesendet. Fügen Sie der verbundenen App den Bereich refresh_token hinzu und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Browser sign-in failed: %1</source>
        <translation>Browser-Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The browser sign-in is forgotten. Verify and the other areas use the user name and password again.</source>
        <translation>Die Browser-Anmeldung wurde verworfen. „Prüfen“ und die anderen Bereiche verwenden wieder Benutzername und Kennwort.</translation>
    </message>
</context>
<context>
    <name>syncdesk::SalesforceAccountMappingPage</name>
    <message>
        <source>Map the Salesforce account in CXone</source>
        <translation>Salesforce-Konto in CXone zuordnen</translation>
    </message>
    <message>
        <source>Enter the Salesforce values CXone&apos;s account mapping asks for and verify them, or sign in with the browser. Skip this step if you do not use Salesforce.</source>
        <translation>Geben Sie die Salesforce-Werte ein, die die Kontozuordnung in CXone verlangt, und prüfen Sie sie, oder melden Sie sich über den Browser an. Überspringen Sie diesen Schritt, wenn Sie Salesforce nicht verwenden.</translation>
    </message>
</context>
<context>
    <name>syncdesk::SalesforceApi</name>
    <message>
        <source>Salesforce ended the session and did not accept a new one. Sign in again.</source>
        <translation>Salesforce hat die Sitzung beendet und keine neue akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The org has used up its daily API requests. Try again tomorrow, or ask Salesforce for a higher limit.</source>
        <translation>Die Organisation hat ihre täglichen API-Anfragen aufgebraucht. Versuchen Sie es morgen erneut oder bitten Sie Salesforce um ein höheres Limit.</translation>
    </message>
    <message>
        <source>The org has no such object (%1). Omni-Channel must be enabled for presence statuses and service channels.</source>
        <translation>Die Organisation hat kein solches Objekt (%1). Für Präsenzstatus und Servicekanäle muss Omni-Channel aktiviert sein.</translation>
    </message>
    <message>
        <source>The Salesforce user may not do this: %1</source>
        <translation>Der Salesforce-Benutzer ist dazu nicht berechtigt: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Salesforce answered the query with something Syncdesk cannot read.</source>
        <translation>Salesforce hat auf die Abfrage mit etwas geantwortet, das Syncdesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s user info names no organization. Check the login URL.</source>
        <translation>Die Benutzerinformationen von Salesforce nennen keine Organisation. Prüfen Sie die Anmelde-URL.</translation>
    </message>
</context>
<context>
    <name>syncdesk::SalesforceArea</name>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>No profile is open. Choose or create one in the setup guide.</source>
        <translation>Es ist kein Profil geöffnet. Wählen oder erstellen Sie eines im Einrichtungsassistenten.</translation>
    </message>
    <message>
        <source>Open Setup Guide</source>
        <translation>Einrichtungsassistent öffnen</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Account mapping</source>
        <translation>Kontozuordnung</translation>
    </message>
    <message>
        <source>Do these steps in Salesforce and CXone in this order; tick each one when it is done. Ticks are saved in the profile. Values in boxes are typed exactly as shown: copy them.</source>
        <translation>Führen Sie diese Schritte in Salesforce und CXone in dieser Reihenfolge aus und haken Sie jeden erledigten Schritt ab. Die Haken werden im Profil gespeichert. Werte in Kästen werden genau wie angezeigt eingegeben: Kopieren Sie sie.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Erledigte Schritte: %1 von %2</translation>
    </message>
    <message>
        <source>Salesforce: prerequisites, connected app and account mapping</source>
        <translation>Salesforce: Voraussetzungen, verbundene App und Kontozuordnung</translation>
    </message>
    <message>
        <source>Salesforce pages</source>
        <translation>Salesforce-Seiten</translation>
    </message>
</context>
<context>
    <name>syncdesk::SalesforceAuth</name>
    <message>
        <source>Enter the Salesforce login URL: https://login.salesforce.com for production, https://test.salesforce.com for a sandbox, or your My Domain URL.</source>
        <translation>Geben Sie die Salesforce-Anmelde-URL ein: https://login.salesforce.com für die Produktion, https://test.salesforce.com für eine Sandbox oder Ihre „Meine Domäne“-URL.</translation>
    </message>
    <message>
        <source>Enter the consumer key and consumer secret of the connected app, the Salesforce user name and the password with the security token appended first.</source>
        <translation>Geben Sie zuerst Verbraucherschlüssel und Verbrauchergeheimnis der verbundenen App, den Salesforce-Benutzernamen und das Passwort mit angehängtem Sicherheitstoken ein.</translation>
    </message>
    <message>
        <source>Salesforce answered the sign-in without an access token or instance URL. Check the login URL.</source>
        <translation>Salesforce hat die Anmeldung ohne Zugriffstoken oder Instanz-URL beantwortet. Prüfen Sie die Anmelde-URL.</translation>
    </message>
    <message>
        <source>Salesforce does not know this consumer key. Copy it again from the connected app (Setup &gt; App Manager &gt; View &gt; Manage Consumer Details); a new app can take up to 10 minutes before it works.</source>
        <translation>Salesforce kennt diesen Verbraucherschlüssel nicht. Kopieren Sie ihn erneut aus der verbundenen App (Setup &gt; App-Manager &gt; Anzeigen &gt; Verbraucherdetails verwalten); eine neue App kann bis zu 10 Minuten brauchen, bis sie funktioniert.</translation>
    </message>
    <message>
        <source>Salesforce rejected the consumer secret. Copy it again from the connected app (Setup &gt; App Manager &gt; View &gt; Manage Consumer Details).</source>
        <translation>Salesforce hat das Verbrauchergeheimnis abgelehnt. Kopieren Sie es erneut aus der verbundenen App (Setup &gt; App-Manager &gt; Anzeigen &gt; Verbraucherdetails verwalten).</translation>
    </message>
    <message>
        <source>Salesforce no longer accepts the stored sign-in (the refresh token expired or was revoked). Sign in with the browser again.</source>
        <translation>Salesforce akzeptiert die gespeicherte Anmeldung nicht mehr (das Aktualisierungstoken ist abgelaufen oder wurde widerrufen). Melden Sie sich erneut über den Browser an.</translation>
    </message>
    <message>
        <source>Salesforce refused the sign-in with user name and password (authentication failure) at %1. Either the user name or the password with the security token appended is wrong, or the org blocks this sign-in method (the default for orgs created since Summer &apos;23). An administrator can allow it under Setup &gt; OAuth and OpenID Connect Settings &gt; &quot;Allow OAuth Username-Password Flows&quot;; or use the browser sign-in instead. Login History shows which of the two it was.</source>
        <translation>Salesforce hat die Anmeldung mit Benutzername und Passwort bei %1 abgelehnt (authentication failure). Entweder ist der Benutzername oder das Passwort mit angehängtem Sicherheitstoken falsch, oder die Organisation sperrt diese Anmeldemethode (Standard für Organisationen, die seit Summer &apos;23 erstellt wurden). Ein Administrator kann sie unter Setup &gt; OAuth- und OpenID Connect-Einstellungen &gt; „OAuth-Benutzername-Kennwort-Flows zulassen“ erlauben; oder verwenden Sie stattdessen die Anmeldung über den Browser. Der Anmeldeverlauf zeigt, welcher der beiden Fälle vorliegt.</translation>
    </message>
    <message>
        <source>Salesforce does not allow this sign-in method for the connected app. Check the app&apos;s OAuth settings, or use the browser sign-in.</source>
        <translation>Salesforce erlaubt diese Anmeldemethode für die verbundene App nicht. Prüfen Sie die OAuth-Einstellungen der App oder verwenden Sie die Anmeldung über den Browser.</translation>
    </message>
</context>
<context>
    <name>syncdesk::SalesforceBrowserLogin</name>
    <message>
        <source>The Salesforce sign-in did not finish within %1 minutes. Start it again and allow access in the browser window that opens; if no window opened, copy the address shown into a browser.</source>
        <translation>Die Salesforce-Anmeldung wurde nicht innerhalb von %1 Minuten abgeschlossen. Starten Sie sie erneut und erlauben Sie den Zugriff im sich öffnenden Browserfenster; falls sich kein Fenster öffnet, kopieren Sie die angezeigte Adresse in einen Browser.</translation>
    </message>
    <message>
        <source>Enter the Salesforce login URL: https://login.salesforce.com for production, https://test.salesforce.com for a sandbox, or your My Domain URL.</source>
        <translation>Geben Sie die Salesforce-Anmelde-URL ein: https://login.salesforce.com für die Produktion, https://test.salesforce.com für eine Sandbox oder Ihre „Meine Domäne“-URL.</translation>
    </message>
    <message>
        <source>Enter the consumer key of the connected app first (Setup &gt; App Manager &gt; View &gt; Manage Consumer Details).</source>
        <translation>Geben Sie zuerst den Verbraucherschlüssel der verbundenen App ein (Setup &gt; App-Manager &gt; Anzeigen &gt; Manage Consumer Details).</translation>
    </message>
    <message>
        <source>Syncdesk could not listen on 127.0.0.1 port %1 for the answer from Salesforce: another program uses it. Close that program, or use another port and enter http://127.0.0.1:PORT/ as callback URL in the connected app.</source>
        <translation>Syncdesk konnte auf 127.0.0.1, Port %1, nicht auf die Antwort von Salesforce warten: Ein anderes Programm verwendet ihn. Schließen Sie dieses Programm oder verwenden Sie einen anderen Port und tragen Sie http://127.0.0.1:PORT/ als Callback-URL in der verbundenen App ein.</translation>
    </message>
    <message>
        <source>The answer that reached Syncdesk does not belong to this sign-in (the state does not match). Start the sign-in again from Syncdesk.</source>
        <translation>Die bei Syncdesk eingegangene Antwort gehört nicht zu dieser Anmeldung (der state stimmt nicht überein). Starten Sie die Anmeldung erneut aus Syncdesk.</translation>
    </message>
    <message>
        <source>Access was denied in the Salesforce consent page. Start the sign-in again and choose Allow.</source>
        <translation>Der Zugriff wurde auf der Salesforce-Zustimmungsseite verweigert. Starten Sie die Anmeldung erneut und wählen Sie Zulassen.</translation>
    </message>
    <message>
        <source>Salesforce refused the sign-in: %1. Check the connected app&apos;s consumer key, its callback URL (%2) and that PKCE is allowed.</source>
        <translation>Salesforce hat die Anmeldung abgelehnt: %1. Prüfen Sie den Verbraucherschlüssel der verbundenen App, ihre Callback-URL (%2) und ob PKCE erlaubt ist.</translation>
    </message>
    <message>
        <source>There is no Salesforce sign-in to renew. Sign in with the browser first.</source>
        <translation>Es gibt keine Salesforce-Anmeldung, die erneuert werden kann. Melden Sie sich zuerst im Browser an.</translation>
    </message>
    <message>
        <source>Syncdesk could not reach %1 to finish the sign-in: %2. Check the network and start the sign-in again.</source>
        <translation>Syncdesk konnte %1 nicht erreichen, um die Anmeldung abzuschließen: %2. Prüfen Sie das Netzwerk und starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Salesforce rejected the connected app&apos;s consumer key or secret. Copy them again from Setup &gt; App Manager &gt; View &gt; Manage Consumer Details.</source>
        <translation>Salesforce hat den Verbraucherschlüssel oder das Verbrauchergeheimnis der verbundenen App abgelehnt. Kopieren Sie beide erneut aus Setup &gt; App-Manager &gt; Anzeigen &gt; Manage Consumer Details.</translation>
    </message>
    <message>
        <source>Salesforce did not accept the sign-in (%1). Start the sign-in again; if it fails again, check that the connected app allows PKCE and that the callback URL matches.</source>
        <translation>Salesforce hat die Anmeldung nicht akzeptiert (%1). Starten Sie die Anmeldung erneut; schlägt sie wieder fehl, prüfen Sie, ob die verbundene App PKCE erlaubt und die Callback-URL übereinstimmt.</translation>
    </message>
    <message>
        <source>Salesforce answered the sign-in without an access token or instance URL. Check the login URL.</source>
        <translation>Salesforce hat die Anmeldung ohne Zugriffstoken oder Instanz-URL beantwortet. Prüfen Sie die Anmelde-URL.</translation>
    </message>
</context>
<context>
    <name>syncdesk::SalesforceConnectionCheck</name>
    <message>
        <source>Verify signs in with the user name and the password + security token, as CXone will. Enter the password and the security token, then verify again.</source>
        <translation>„Prüfen“ meldet sich wie CXone mit dem Benutzernamen und dem Kennwort + Sicherheitstoken an. Geben Sie das Kennwort und das Sicherheitstoken ein und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>syncdesk::SalesforceSandbox</name>
    <message>
        <source>The Salesforce sandbox could not listen on %1 port %2. The port may already be in use.</source>
        <translation>Die Salesforce-Sandbox konnte nicht auf %1, Port %2 lauschen. Der Port wird möglicherweise bereits verwendet.</translation>
    </message>
</context>
<context>
    <name>syncdesk::SandboxEventSimulator</name>
    <message>
        <source>only http:// addresses are supported</source>
        <translation>nur http://-Adressen werden unterstützt</translation>
    </message>
    <message>
        <source>the receiver is not keeping up (%1 events waiting)</source>
        <translation>der Empfänger kommt nicht hinterher (%1 Ereignisse warten)</translation>
    </message>
    <message numerus="yes">
        <source>Simulated webhooks not delivered to %1: %n (%2)</source>
        <translation>
            <numerusform>%n simulierter Webhook konnte nicht an %1 zugestellt werden (%2)</numerusform>
            <numerusform>%n simulierte Webhooks konnten nicht an %1 zugestellt werden (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>the receiver answered HTTP %1</source>
        <translation>der Empfänger hat mit HTTP %1 geantwortet</translation>
    </message>
</context>
<context>
    <name>syncdesk::SecretAccess</name>
    <message>
        <source>%1 has not answered yet. An unlock or password prompt may be open: answer it, then choose Retry, or Cancel to go on without it.</source>
        <translation>Von %1 liegt noch keine Antwort vor. Möglicherweise ist eine Aufforderung zum Entsperren oder zur Passworteingabe geöffnet: Beantworten Sie sie und wählen Sie dann „Wiederholen“ – oder „Abbrechen“, um ohne das Geheimnis fortzufahren.</translation>
    </message>
    <message>
        <source>Cancelled: %1 did not answer, so the secret was not read.</source>
        <translation>Abgebrochen: Von %1 kam keine Antwort, daher wurde das Geheimnis nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 did not answer, so the secret was not stored.</source>
        <translation>Von %1 kam keine Antwort, daher wurde das Geheimnis nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>syncdesk::SecretEdit</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>Wert verbergen</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Wert anzeigen</translation>
    </message>
    <message>
        <source>Shows or hides the secret as it is typed</source>
        <translation>Zeigt oder verbirgt das Geheimnis bei der Eingabe</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>syncdesk::SettingsDialog</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>NICE CXone ACD sign-in and requests</source>
        <translation>Anmeldung und Anfragen bei NICE CXone ACD</translation>
    </message>
    <message>
        <source>Live event monitor: webhooks and WebSocket</source>
        <translation>Live-Ereignismonitor: Webhooks und WebSocket</translation>
    </message>
    <message>
        <source>Network requests and responses</source>
        <translation>Netzwerkanfragen und -antworten</translation>
    </message>
    <message>
        <source>Profiles: opening, saving, drafts</source>
        <translation>Profile: Öffnen, Speichern, Entwürfe</translation>
    </message>
    <message>
        <source>Salesforce sign-in and requests</source>
        <translation>Anmeldung und Anfragen bei Salesforce</translation>
    </message>
    <message>
        <source>The sandbox&apos;s simulated services</source>
        <translation>Simulierte Dienste der Sandbox</translation>
    </message>
    <message>
        <source>System keychain access (never the secrets themselves)</source>
        <translation>Zugriff auf den Schlüsselbund des Systems (nie auf die Geheimnisse selbst)</translation>
    </message>
    <message>
        <source>The console&apos;s windows</source>
        <translation>Fenster der Konsole</translation>
    </message>
    <message>
        <source>Zoom sign-in and API requests</source>
        <translation>Anmeldung und API-Anfragen bei Zoom</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Oberflächensprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes the next time Syncdesk starts. The --lang option overrides it for one run.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Syncdesk. Die Option --lang überschreibt sie für einen einzelnen Aufruf.</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Oberflächensprache:</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Protokollierung</translation>
    </message>
    <message>
        <source>How much each part of Syncdesk writes to its log. Choose Debug only while you look into a problem: it writes much more. Logs are always redacted: secrets never reach the log file.</source>
        <translation>Wie viel jeder Teil von Syncdesk in sein Protokoll schreibt. Wählen Sie Debug nur, während Sie einem Problem nachgehen: Es schreibt deutlich mehr. Protokolle werden immer bereinigt: Geheimnisse gelangen nie in die Protokolldatei.</translation>
    </message>
    <message>
        <source>Log level of each category</source>
        <translation>Protokollstufe jeder Kategorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Log level of %1</source>
        <translation>Protokollstufe von %1</translation>
    </message>
    <message>
        <source>&amp;Reset Log Levels</source>
        <translation>Protokollstufen &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reset log levels to their defaults</source>
        <translation>Protokollstufen auf die Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Restart Syncdesk in the chosen language</source>
        <translation>Syncdesk in der gewählten Sprache neu starten</translation>
    </message>
    <message>
        <source>Closes Syncdesk (asking about unsaved changes) and starts it again in the chosen language.</source>
        <translation>Schließt Syncdesk (mit Rückfrage bei ungespeicherten Änderungen) und startet es in der gewählten Sprache neu.</translation>
    </message>
    <message>
        <source>Restart &amp;Now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
</context>
<context>
    <name>syncdesk::SetupController</name>
    <message>
        <source>Reading the client secret from %1…</source>
        <translation>Clientgeheimnis wird aus %1 gelesen…</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile. Enter it and test again.</source>
        <translation>Für dieses Profil ist kein Clientgeheimnis gespeichert. Geben Sie es ein und testen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>syncdesk::SetupGuideArea</name>
    <message>
        <source>Setup guide</source>
        <translation>Einrichtungsassistent</translation>
    </message>
    <message>
        <source>Step by step: choose a profile, register the Zoom app, connect Zoom and the ACD, map the Zoom account</source>
        <translation>Schritt für Schritt: Profil auswählen, Zoom-App registrieren, Zoom und ACD verbinden, Zoom-Konto zuordnen</translation>
    </message>
</context>
<context>
    <name>syncdesk::SetupWizard</name>
    <message>
        <source>Save and finish</source>
        <translation>Speichern und abschließen</translation>
    </message>
</context>
<context>
    <name>syncdesk::WebhookReceiver</name>
    <message>
        <source>The webhook path must start with &quot;/&quot; (for example /webhook) and at least one connection must be allowed. Check the monitor settings.</source>
        <translation>Der Webhook-Pfad muss mit &quot;/&quot; beginnen (zum Beispiel /webhook), und mindestens eine Verbindung muss zugelassen sein. Prüfen Sie die Überwachungseinstellungen.</translation>
    </message>
    <message>
        <source>Cannot receive webhooks on %1: the port is already in use. Choose another port in the monitor settings, or stop the program that uses it.</source>
        <translation>Auf %1 können keine Webhooks empfangen werden: Der Port wird bereits verwendet. Wählen Sie in den Überwachungseinstellungen einen anderen Port oder beenden Sie das Programm, das ihn verwendet.</translation>
    </message>
    <message>
        <source>Cannot receive webhooks on %1: permission denied. Ports below 1024 need administrator rights; choose a port above 1024 in the monitor settings.</source>
        <translation>Auf %1 können keine Webhooks empfangen werden: Zugriff verweigert. Ports unter 1024 erfordern Administratorrechte. Wählen Sie in den Überwachungseinstellungen einen Port ab 1024.</translation>
    </message>
    <message>
        <source>Cannot receive webhooks on %1: this computer has no such address. Choose 127.0.0.1 (this computer only) or 0.0.0.0 (all networks) in the monitor settings.</source>
        <translation>Auf %1 können keine Webhooks empfangen werden: Dieser Computer hat keine solche Adresse. Wählen Sie in den Überwachungseinstellungen 127.0.0.1 (nur dieser Computer) oder 0.0.0.0 (alle Netzwerke).</translation>
    </message>
    <message>
        <source>Cannot receive webhooks on %1. Check the address and port in the monitor settings.</source>
        <translation>Auf %1 können keine Webhooks empfangen werden. Prüfen Sie Adresse und Port in den Überwachungseinstellungen.</translation>
    </message>
    <message>
        <source>The timestamp tolerance must be at least 1 second (Zoom recommends 300). To accept signed requests of any age, for example to replay old captures, switch the timestamp check off explicitly.</source>
        <translation>Die Zeitstempeltoleranz muss mindestens 1 Sekunde betragen (Zoom empfiehlt 300). Um signierte Anfragen beliebigen Alters anzunehmen, etwa zum Wiedergeben alter Mitschnitte, schalten Sie die Zeitstempelprüfung ausdrücklich ab.</translation>
    </message>
</context>
<context>
    <name>syncdesk::WelcomePage</name>
    <message>
        <source>Welcome to Syncdesk</source>
        <translation>Willkommen bei Syncdesk</translation>
    </message>
    <message>
        <source>Syncdesk icon</source>
        <translation>Syncdesk-Symbol</translation>
    </message>
    <message>
        <source>Set up and check the integrations between Zoom, NICE CXone and Salesforce, and watch their events live.</source>
        <translation>Richten Sie die Integrationen zwischen Zoom, NICE CXone und Salesforce ein, prüfen Sie sie und verfolgen Sie ihre Ereignisse live.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Oberflächensprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>How do you want to begin?</source>
        <translation>Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Try it on the sandbox</source>
        <translation>In der Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Explore every area with a simulated Zoom account, CXone ACD and Salesforce org, and watch a simulated team&apos;s events arrive. Nothing leaves this computer and no account is needed.</source>
        <translation>Erkunden Sie alle Bereiche mit einem simulierten Zoom-Konto, einer simulierten CXone ACD und einer simulierten Salesforce-Organisation, und verfolgen Sie, wie die Ereignisse eines simulierten Teams eingehen. Nichts verlässt diesen Rechner, und Sie benötigen kein Konto.</translation>
    </message>
    <message>
        <source>Set up my integration</source>
        <translation>Meine Integration einrichten</translation>
    </message>
    <message>
        <source>The setup guide walks you through a profile, the Zoom app and its credentials, the CXone ACD connection and the Salesforce mapping, checking each step.</source>
        <translation>Der Einrichtungsassistent führt Sie durch Profil, Zoom-App und deren Anmeldedaten, die Verbindung zur CXone ACD und die Salesforce-Kontozuordnung und prüft jeden Schritt.</translation>
    </message>
    <message>
        <source>Where your profiles are kept</source>
        <translation>Wo Ihre Profile gespeichert sind</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Profilordner</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the profile folder</source>
        <translation>Profilordner öffnen</translation>
    </message>
    <message>
        <source>Profiles hold settings only. Client secrets, passwords and tokens are kept in the system keychain, never in this folder, so a profile can be copied or shared safely.</source>
        <translation>Profile enthalten nur Einstellungen. Clientgeheimnisse, Kennwörter und Tokens liegen im Schlüsselbund des Systems, nie in diesem Ordner. Ein Profil lässt sich daher gefahrlos kopieren oder weitergeben.</translation>
    </message>
    <message>
        <source>&amp;Skip for Now</source>
        <translation>&amp;Vorerst überspringen</translation>
    </message>
    <message>
        <source>Skip the welcome page</source>
        <translation>Willkommensseite überspringen</translation>
    </message>
    <message>
        <source>You can come back here from Help → Welcome.</source>
        <translation>Sie können über Hilfe → Willkommen hierher zurückkehren.</translation>
    </message>
    <message>
        <source>Syncdesk uses %1 from the next start.</source>
        <translation>Syncdesk verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>Restart Syncdesk in the chosen language</source>
        <translation>Syncdesk in der gewählten Sprache neu starten</translation>
    </message>
    <message>
        <source>Closes Syncdesk (asking about unsaved changes) and starts it again in the chosen language, with this page.</source>
        <translation>Schließt Syncdesk (mit Rückfrage bei ungespeicherten Änderungen) und startet es in der gewählten Sprache neu, mit dieser Seite.</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomApi</name>
    <message>
        <source>Zoom did not accept the access token. If this repeats, the app may have been deactivated or its credentials regenerated; check the app in the Marketplace.</source>
        <translation>Zoom hat das Zugriffstoken nicht akzeptiert. Wenn das erneut auftritt, wurde die App möglicherweise deaktiviert oder ihre Anmeldedaten wurden neu generiert. Prüfen Sie die App im Marketplace.</translation>
    </message>
    <message>
        <source>Zoom has no such user: %1</source>
        <translation>Diesen Benutzer gibt es in Zoom nicht: %1</translation>
    </message>
    <message>
        <source>The page token expired (Zoom keeps them 15 minutes). Start the listing again.</source>
        <translation>Das Seiten-Token ist abgelaufen (Zoom hält Seiten-Token 15 Minuten gültig). Starten Sie die Auflistung erneut.</translation>
    </message>
    <message>
        <source>The app lacks a scope for this request: %1. Add it on the app&apos;s Scopes page, then save and test again.</source>
        <translation>Der App fehlt ein Umfang für diese Anfrage: %1. Fügen Sie ihn auf der Seite „Umfang“ (Scopes) der App hinzu, speichern Sie und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Zoom answered with data Syncdesk cannot read. Check the API URL.</source>
        <translation>Zoom hat mit Daten geantwortet, die Syncdesk nicht lesen kann. Prüfen Sie die API-URL.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomAppChecklistEditor</name>
    <message>
        <source>What is this Zoom app for?</source>
        <translation>Wofür wird diese Zoom-App verwendet?</translation>
    </message>
    <message>
        <source>Zoom needs a separate event subscription for each of them. The event list below shows what to select for the ticked ones.</source>
        <translation>Zoom benötigt für jeden Zweck ein eigenes Ereignisabo. Die Ereignisliste unten zeigt, was Sie für die angehakten Zwecke auswählen müssen.</translation>
    </message>
    <message>
        <source>Tick at least one to see which events to select.</source>
        <translation>Haken Sie mindestens einen Zweck an, um zu sehen, welche Ereignisse Sie auswählen müssen.</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>Konto-ID:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>You can paste them here or with the credentials; both places show the same values.</source>
        <translation>Sie können sie hier oder bei den Anmeldedaten einfügen; beide Stellen zeigen dieselben Werte.</translation>
    </message>
    <message>
        <source>Event notification endpoint URL</source>
        <translation>Endpunkt-URL für Ereignisbenachrichtigungen</translation>
    </message>
    <message>
        <source>Events for %1</source>
        <translation>Ereignisse für %1</translation>
    </message>
    <message>
        <source>Copy event names</source>
        <translation>Ereignisnamen kopieren</translation>
    </message>
    <message>
        <source>Copies the event names, one per line</source>
        <translation>Kopiert die Ereignisnamen, einen pro Zeile</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Umfänge (Scopes)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Classic name</source>
        <translation>Klassischer Name</translation>
    </message>
    <message>
        <source>Granular names</source>
        <translation>Granulare Namen</translation>
    </message>
    <message>
        <source>Copy classic names</source>
        <translation>Klassische Namen kopieren</translation>
    </message>
    <message>
        <source>Copy granular names</source>
        <translation>Granulare Namen kopieren</translation>
    </message>
    <message>
        <source>Enter the account ID in step %1 or with the credentials to get the exact URL.</source>
        <translation>Geben Sie die Konto-ID in Schritt %1 oder bei den Anmeldedaten ein, um die genaue URL zu erhalten.</translation>
    </message>
    <message>
        <source>Enter the account ID with the credentials to get the exact URL.</source>
        <translation>Geben Sie die Konto-ID bei den Anmeldedaten ein, um die genaue URL zu erhalten.</translation>
    </message>
    <message>
        <source>Built from the account ID %1.</source>
        <translation>Aus der Konto-ID %1 gebildet.</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Erledigte Schritte: %1 von %2</translation>
    </message>
    <message>
        <source>Complete the ACD account mapping sheet</source>
        <translation>Schließen Sie zuerst die Kontozuordnung in der ACD ab</translation>
    </message>
    <message>
        <source>Locked: Zoom can validate this URL only after the Zoom account is mapped in CXone. %1 first.</source>
        <translation>Gesperrt: Zoom kann diese URL erst validieren, wenn das Zoom-Konto in CXone zugeordnet ist. %1.</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomAppChecklistPage</name>
    <message>
        <source>Register the Zoom app</source>
        <translation>Zoom-App registrieren</translation>
    </message>
    <message>
        <source>Follow these steps in the Zoom App Marketplace. Tick each step when it is done; your progress is saved with the profile.</source>
        <translation>Führen Sie diese Schritte im Zoom App Marketplace aus. Haken Sie jeden Schritt ab, sobald er erledigt ist; Ihr Fortschritt wird mit dem Profil gespeichert.</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomArea</name>
    <message>
        <source>Zoom app</source>
        <translation>Zoom-App</translation>
    </message>
    <message>
        <source>No profile is open. Choose or create one in the setup guide.</source>
        <translation>Es ist kein Profil geöffnet. Wählen oder erstellen Sie eines im Einrichtungsassistenten.</translation>
    </message>
    <message>
        <source>Open Setup Guide</source>
        <translation>Einrichtungsassistent öffnen</translation>
    </message>
    <message>
        <source>Credentials and connection</source>
        <translation>Anmeldedaten und Verbindung</translation>
    </message>
    <message>
        <source>App registration</source>
        <translation>App-Registrierung</translation>
    </message>
    <message>
        <source>Credentials, connection test and Marketplace registration of the Zoom app</source>
        <translation>Anmeldedaten, Verbindungstest und Marketplace-Registrierung der Zoom-App</translation>
    </message>
    <message>
        <source>Zoom app pages</source>
        <translation>Seiten der Zoom-App</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomAuth</name>
    <message>
        <source>Enter the account ID, client ID and client secret of your Server-to-Server OAuth app first.</source>
        <translation>Geben Sie zuerst die Konto-ID, die Client-ID und das Clientgeheimnis Ihrer Server-to-Server OAuth-App ein.</translation>
    </message>
    <message>
        <source>The token endpoint answered, but not with an access token. Check that the OAuth URL points to Zoom (https://zoom.us).</source>
        <translation>Der Token-Endpunkt hat geantwortet, aber kein Zugriffstoken geliefert. Prüfen Sie, ob die OAuth-URL auf Zoom verweist (https://zoom.us).</translation>
    </message>
    <message>
        <source>Zoom rejected the client ID or client secret. Copy both again from the app&apos;s App Credentials page (regenerating the secret invalidates the old one).</source>
        <translation>Zoom hat die Client-ID oder das Clientgeheimnis abgelehnt. Kopieren Sie beide erneut von der Seite „App-Anmeldedaten“ (App Credentials) der App (wenn Sie das Geheimnis neu generieren, wird das alte ungültig).</translation>
    </message>
    <message>
        <source>These credentials do not belong to a Server-to-Server OAuth app. Create an app of type &quot;Server-to-Server OAuth&quot; in the Zoom App Marketplace and use its credentials.</source>
        <translation>Diese Anmeldedaten gehören nicht zu einer Server-to-Server OAuth-App. Erstellen Sie im Zoom App Marketplace eine App vom Typ „Server-to-Server OAuth“ und verwenden Sie deren Anmeldedaten.</translation>
    </message>
    <message>
        <source>Zoom rejected the request: %1. Check the account ID; it is shown on the app&apos;s App Credentials page.</source>
        <translation>Zoom hat die Anfrage abgelehnt: %1. Prüfen Sie die Konto-ID; sie wird auf der Seite „App-Anmeldedaten“ (App Credentials) der App angezeigt.</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomConnectionCheck</name>
    <message>
        <source>Requesting an access token from %1…</source>
        <translation>Zugriffstoken wird von %1 angefordert…</translation>
    </message>
    <message>
        <source>Token received. Counting users on %1…</source>
        <translation>Token erhalten. Benutzer auf %1 werden gezählt…</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomCredentialsEditor</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This profile uses the built-in sandbox, a simulated Zoom account inside Syncdesk. Its demo credentials are already filled in.</source>
        <translation>Dieses Profil verwendet die integrierte Sandbox, ein simuliertes Zoom-Konto in Syncdesk. Die Demo-Anmeldedaten sind bereits eingetragen.</translation>
    </message>
    <message>
        <source>App credentials</source>
        <translation>App-Anmeldedaten</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>Konto-ID:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Clientgeheimnis:</translation>
    </message>
    <message>
        <source>Secret token:</source>
        <translation>Geheimes Token:</translation>
    </message>
    <message>
        <source>Advanced: Zoom addresses</source>
        <translation>Erweitert: Zoom-Adressen</translation>
    </message>
    <message>
        <source>Use the regional API host that Zoom names in the token</source>
        <translation>Regionalen API-Host verwenden, den Zoom im Token angibt</translation>
    </message>
    <message>
        <source>OAuth URL:</source>
        <translation>OAuth-URL:</translation>
    </message>
    <message>
        <source>API URL:</source>
        <translation>API-URL:</translation>
    </message>
    <message>
        <source>Change these only for Zoom for Government or a test server.</source>
        <translation>Ändern Sie diese Werte nur für Zoom for Government oder einen Testserver.</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Requests a token with these credentials, compares the granted scopes with the five required ones and counts the account&apos;s users. Nothing is changed in Zoom.</source>
        <translation>Fordert mit diesen Anmeldedaten ein Token an, vergleicht die erteilten Umfänge mit den fünf erforderlichen und zählt die Benutzer des Kontos. In Zoom wird nichts geändert.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>API host:</source>
        <translation>API-Host:</translation>
    </message>
    <message>
        <source>Active users:</source>
        <translation>Aktive Benutzer:</translation>
    </message>
    <message>
        <source>Zoom Phone users:</source>
        <translation>Zoom Phone-Benutzer:</translation>
    </message>
    <message>
        <source>Token valid until:</source>
        <translation>Token gültig bis:</translation>
    </message>
    <message>
        <source>Some required scopes are missing. In the Zoom App Marketplace, open your app, go to Scopes, add each scope marked as missing below (classic or granular names, whichever your Marketplace shows), save, and test again.</source>
        <translation>Einige erforderliche Umfänge fehlen. Öffnen Sie Ihre App im Zoom App Marketplace, wechseln Sie zu „Umfang“ (Scopes), fügen Sie jeden unten als fehlend markierten Umfang hinzu (klassische oder granulare Namen, je nachdem, was Ihr Marketplace anzeigt), speichern Sie und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Classic name</source>
        <translation>Klassischer Name</translation>
    </message>
    <message>
        <source>Granular names</source>
        <translation>Granulare Namen</translation>
    </message>
    <message>
        <source>Not stored yet. It is stored when you leave the field.</source>
        <translation>Noch nicht gespeichert. Der Wert wird gespeichert, sobald Sie das Feld verlassen.</translation>
    </message>
    <message>
        <source>Used for this session only, because the keychain is unavailable.</source>
        <translation>Wird nur für diese Sitzung verwendet, da der Schlüsselbund nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Stored in %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Not stored yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Stored. Type a new value to replace it.</source>
        <translation>Gespeichert. Geben Sie einen neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>%1 Until then, the secrets you enter are used for this session only and are not saved.</source>
        <translation>%1 Bis dahin werden die eingegebenen Geheimnisse nur für diese Sitzung verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <source>Built-in sandbox (%1)</source>
        <translation>Integrierte Sandbox (%1)</translation>
    </message>
    <message>
        <source>The sandbox runs inside Syncdesk on this computer; its addresses are set automatically.</source>
        <translation>Die Sandbox läuft in Syncdesk auf diesem Computer; ihre Adressen werden automatisch festgelegt.</translation>
    </message>
    <message>
        <source>Starting the test…</source>
        <translation>Test wird gestartet…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Abgeschlossen in %1 s.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Zoom error code: %1</source>
        <translation>Zoom-Fehlercode: %1</translation>
    </message>
    <message>
        <source>Connected. Zoom accepted the credentials and granted all required scopes.</source>
        <translation>Verbunden. Zoom hat die Anmeldedaten akzeptiert und alle erforderlichen Umfänge erteilt.</translation>
    </message>
    <message>
        <source>Connected, but some required scopes are missing. See the list below.</source>
        <translation>Verbunden, aber einige erforderliche Umfänge fehlen. Siehe Liste unten.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown, because the phone scope is missing</source>
        <translation>Unbekannt, da der Umfang für Telefoninformationen fehlt</translation>
    </message>
    <message>
        <source>Unknown; the account may not have Zoom Phone</source>
        <translation>Unbekannt; das Konto hat möglicherweise kein Zoom Phone</translation>
    </message>
    <message>
        <source>%1 (in %2 min)</source>
        <translation>%1 (in %2 min)</translation>
    </message>
    <message>
        <source>✓ Granted</source>
        <translation>✓ Erteilt</translation>
    </message>
    <message>
        <source>✗ Missing</source>
        <translation>✗ Fehlt</translation>
    </message>
    <message>
        <source>You find these on the App Credentials page of your app in the Zoom App Marketplace; the secret token is on its Feature page, next to the event subscription.</source>
        <translation>Sie finden diese Angaben auf der Seite „App-Anmeldedaten“ Ihrer App im Zoom App Marketplace; das Geheime Token steht auf der Seite „Funktion“ neben dem Ereignisabo.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Umfänge (Scopes)</translation>
    </message>
    <message>
        <source>Each scope the Zoom app needs and whether Zoom granted it</source>
        <translation>Jeder Umfang, den die Zoom-App benötigt, und ob Zoom ihn erteilt hat</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomCredentialsPage</name>
    <message>
        <source>Connect to Zoom</source>
        <translation>Mit Zoom verbinden</translation>
    </message>
    <message>
        <source>Enter the values from your Server-to-Server OAuth app, then test the connection.</source>
        <translation>Geben Sie die Werte Ihrer Server-to-Server OAuth-App ein und testen Sie dann die Verbindung.</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomSandbox</name>
    <message>
        <source>The Zoom sandbox could not listen on %1 port %2. The port may already be in use.</source>
        <translation>Die Zoom-Sandbox konnte nicht auf %1, Port %2 lauschen. Der Port wird möglicherweise bereits verwendet.</translation>
    </message>
</context>
<context>
    <name>syncdesk::ZoomWebSocketSource</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>No access token for the WebSocket: %1</source>
        <translation>Kein Zugriffstoken für den WebSocket: %1</translation>
    </message>
    <message>
        <source>WebSocket reconnected</source>
        <translation>WebSocket-Verbindung wiederhergestellt</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The connection was closed: %1</source>
        <translation>Die Verbindung wurde geschlossen: %1</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Zoom rejected the access token; reconnecting with a new one.</source>
        <translation>Zoom hat das Zugriffstoken abgelehnt; die Verbindung wird mit einem neuen Token wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 Reconnecting in %2 s.</source>
        <translation>%1 Neuer Verbindungsversuch in %2 s.</translation>
    </message>
    <message>
        <source>Nothing received for %1 s.</source>
        <translation>Seit %1 s nichts empfangen.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>Zoom refused the WebSocket&apos;s access token twice in a row, a new one too, so the WebSocket has stopped. Check that the Server-to-Server OAuth app is activated, that its event subscription uses the WebSocket method with this subscription ID, and that the account ID and client ID belong to it; then connect again.</source>
        <translation>Zoom hat das Zugriffstoken des WebSockets zweimal hintereinander abgelehnt, auch ein neues, daher wurde der WebSocket beendet. Prüfen Sie, ob die Server-to-Server OAuth-App aktiviert ist, ob ihr Ereignisabo die Methode WebSocket mit dieser Abo-ID verwendet und ob die Konto-ID und die Client-ID zu ihr gehören; verbinden Sie dann erneut.</translation>
    </message>
    <message>
        <source>No answer from %1.</source>
        <translation>Keine Antwort von %1.</translation>
    </message>
</context>
<context>
    <name>syncdeskctl</name>
    <message>
        <source>Read settings from profile FILE (secret from the keychain).</source>
        <translation>Einstellungen aus der Profildatei FILE lesen (Geheimnis aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>Use the built-in sandbox (no account needed).</source>
        <translation>Integrierte Sandbox verwenden (kein Konto erforderlich).</translation>
    </message>
    <message>
        <source>Number of simulated users in the sandbox.</source>
        <translation>Anzahl der simulierten Benutzer in der Sandbox.</translation>
    </message>
    <message>
        <source>Zoom account ID.</source>
        <translation>Zoom-Konto-ID.</translation>
    </message>
    <message>
        <source>Client ID of the Server-to-Server OAuth app.</source>
        <translation>Client-ID der Server-to-Server OAuth-App.</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the client secret.</source>
        <translation>Name der Umgebungsvariablen, die das Clientgeheimnis enthält.</translation>
    </message>
    <message>
        <source>Read the client secret from the first line of stdin.</source>
        <translation>Clientgeheimnis aus der ersten Zeile von stdin lesen.</translation>
    </message>
    <message>
        <source>OAuth base URL (default https://zoom.us).</source>
        <translation>OAuth-Basis-URL (Standard: https://zoom.us).</translation>
    </message>
    <message>
        <source>API base URL (default https://api.zoom.us).</source>
        <translation>API-Basis-URL (Standard: https://api.zoom.us).</translation>
    </message>
    <message>
        <source>Language of messages: en, de or ja.</source>
        <translation>Sprache der Meldungen: en, de oder ja.</translation>
    </message>
    <message>
        <source>Output format: jsonl or csv.</source>
        <translation>Ausgabeformat: jsonl oder csv.</translation>
    </message>
    <message>
        <source>active, inactive or pending.</source>
        <translation>active, inactive oder pending.</translation>
    </message>
    <message>
        <source>Users per request (max 2000).</source>
        <translation>Benutzer pro Anfrage (max. 2000).</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>In FILE statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>Receive webhooks on HOST:PORT.</source>
        <translation>Webhooks auf HOST:PORT empfangen.</translation>
    </message>
    <message>
        <source>Webhook path.</source>
        <translation>Webhook-Pfad.</translation>
    </message>
    <message>
        <source>Accepted clock difference of signed requests, in seconds.</source>
        <translation>Zulässige Uhrzeitabweichung signierter Anfragen, in Sekunden.</translation>
    </message>
    <message>
        <source>Name of the environment variable that holds the webhook secret token.</source>
        <translation>Name der Umgebungsvariablen, die das Geheime Token für Webhooks enthält.</translation>
    </message>
    <message>
        <source>Read the webhook secret token from stdin.</source>
        <translation>Geheimes Token für Webhooks von stdin lesen.</translation>
    </message>
    <message>
        <source>Write events to FILE instead of stdout.</source>
        <translation>Ereignisse in FILE statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>Also receive events over Zoom&apos;s WebSocket.</source>
        <translation>Ereignisse zusätzlich über den WebSocket von Zoom empfangen.</translation>
    </message>
    <message>
        <source>WebSocket URL (default wss://ws.zoom.us/ws).</source>
        <translation>WebSocket-URL (Standard: wss://ws.zoom.us/ws).</translation>
    </message>
    <message>
        <source>WebSocket event subscription ID.</source>
        <translation>ID des Ereignisabos für WebSocket.</translation>
    </message>
    <message>
        <source>Sandbox: simulated events per second.</source>
        <translation>Sandbox: simulierte Ereignisse pro Sekunde.</translation>
    </message>
    <message>
        <source>Stop after N events.</source>
        <translation>Nach N Ereignissen beenden.</translation>
    </message>
    <message>
        <source>Stop after SECONDS.</source>
        <translation>Nach SECONDS Sekunden beenden.</translation>
    </message>
    <message>
        <source>Number of simulated users.</source>
        <translation>Anzahl der simulierten Benutzer.</translation>
    </message>
    <message>
        <source>Seed of the simulated organisation.</source>
        <translation>Startwert (Seed) der simulierten Organisation.</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Adresse, auf der gelauscht wird.</translation>
    </message>
    <message>
        <source>Port (0: any free port).</source>
        <translation>Port (0: beliebiger freier Port).</translation>
    </message>
    <message>
        <source>API requests per second before 429 (0: unlimited).</source>
        <translation>API-Anfragen pro Sekunde, bevor 429 zurückgegeben wird (0: unbegrenzt).</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 2000.</source>
        <translation>--page-size muss eine Zahl von 1 bis 2000 sein.</translation>
    </message>
    <message>
        <source>--tolerance, --rate, --count and --duration take non-negative numbers.</source>
        <translation>--tolerance, --rate, --count und --duration erwarten nicht negative Zahlen.</translation>
    </message>
    <message>
        <source>--users (0 to 100000), --seed, --port and --rate take numbers.</source>
        <translation>--users (0 bis 100000), --seed, --port und --rate erwarten Zahlen.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>--tolerance takes at least 1 second; signed requests older than that are refused as possible replays.</source>
        <translation>--tolerance erwartet mindestens 1 Sekunde; ältere signierte Anfragen werden als mögliche Wiederholungen abgelehnt.</translation>
    </message>
    <message>
        <source>Output format: json (default: a table).</source>
        <translation>Ausgabeformat: json (Standard: eine Tabelle).</translation>
    </message>
    <message>
        <source>Usage: syncdeskctl salesforce orgid ID (15 or 18 characters starting with 00D).</source>
        <translation>Aufruf: syncdeskctl salesforce orgid ID (15 oder 18 Zeichen, beginnend mit 00D).</translation>
    </message>
    <message>
        <source>Syncdesk command line.

Commands:
  zoom verify    Get a token and report granted and missing scopes
  zoom users     List all users (JSON Lines or CSV)
  monitor        Receive Zoom events (webhooks, WebSocket) as JSON Lines
  sandbox        Run the emulated Zoom, ACD and Salesforce endpoints
  acd verify     Sign in to the CXone ACD and report tenant, API base and counts
  acd codes      List the ACD&apos;s unavailable codes with their teams
  salesforce login   Sign in to Salesforce in the browser and keep the sign-in in the keychain
  salesforce verify  Sign in to Salesforce and report org ID, user, API usage, statuses and channels
  addressbook list|create|import|export
                 ACD address books: list, create, CSV import and export
  directory dry-run  Show what Directory Sync would change in an ACD address book
  directory apply    Write those changes (--yes)
  salesforce orgid ID  Print the 18-character form of an org ID, or why it is invalid
  rules validate     Check a presence rule file (--acd-codes CODES.json)
  rules simulate     Predict ACD and Salesforce states for events (--rule, --events)
  cc reconcile       Find Contact Center data whose webhooks were missed (--from, --to)
  cti callcenter-xml Print the Salesforce call-center definition XML (--sso, --vanity-url)
  cti validate       Check a call-center definition XML file against the Open CTI rules
  cti country-codes  Check a list of country codes (at most 20, ITU, no duplicates)
  cti softphone-layout  Print the screen-pop softphone layout
  diagnostics        Save a support zip without secrets (--out FILE.zip)
</source>
        <translation>Syncdesk-Befehlszeile.

Befehle:
  zoom verify    Token abrufen und erteilte und fehlende Umfänge melden
  zoom users     Alle Benutzer auflisten (JSON Lines oder CSV)
  monitor        Zoom-Ereignisse (Webhooks, WebSocket) als JSON Lines empfangen
  sandbox        Emulierte Zoom-, ACD- und Salesforce-Endpunkte ausführen
  acd verify     Bei der CXone-ACD anmelden und Tenant, API-Basis und Anzahlen melden
  acd codes      Nicht-verfügbar-Codes der ACD mit ihren Teams auflisten
  salesforce login   Im Browser bei Salesforce anmelden und die Anmeldung im Schlüsselbund aufbewahren
  salesforce verify  Bei Salesforce anmelden und Organisations-ID, Benutzer, API-Nutzung, Status und Kanäle melden
  addressbook list|create|import|export
                 ACD-Adressbücher: auflisten, erstellen, CSV-Import und -Export
  directory dry-run  Anzeigen, was Directory Sync in einem ACD-Adressbuch ändern würde
  directory apply    Diese Änderungen schreiben (--yes)
  salesforce orgid ID  18-stellige Form einer Organisations-ID ausgeben oder den Grund, warum sie ungültig ist
  rules validate     Präsenzregeldatei prüfen (--acd-codes CODES.json)
  rules simulate     ACD- und Salesforce-Status für Ereignisse vorhersagen (--rule, --events)
  cc reconcile       Contact-Center-Daten finden, deren Webhooks verpasst wurden (--from, --to)
  cti callcenter-xml XML der Salesforce-Call-Center-Definition ausgeben (--sso, --vanity-url)
  cti validate       XML-Datei einer Call-Center-Definition anhand der Regeln von Open CTI prüfen
  cti country-codes  Liste von Ländervorwahlen prüfen (höchstens 20, ITU, keine Duplikate)
  cti softphone-layout  Softphone-Layout für Bildschirm-Popups ausgeben
  diagnostics        Support-ZIP-Datei ohne Geheimnisse speichern (--out FILE.zip)
</translation>
    </message>
    <message>
        <source>zoom verify | zoom users | monitor | sandbox | acd verify | acd codes | addressbook | directory dry-run | directory apply | salesforce login | salesforce verify | salesforce orgid | rules validate | rules simulate | cc reconcile | cti callcenter-xml | cti validate | cti country-codes | cti softphone-layout | diagnostics</source>
        <translation>zoom verify | zoom users | monitor | sandbox | acd verify | acd codes | addressbook | directory dry-run | directory apply | salesforce login | salesforce verify | salesforce orgid | rules validate | rules simulate | cc reconcile | cti callcenter-xml | cti validate | cti country-codes | cti softphone-layout | diagnostics</translation>
    </message>
</context>
</TS>
