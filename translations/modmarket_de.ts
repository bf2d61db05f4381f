<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Usage: modmarket-cli [--json] [--profile DIR] [--marketplace URL] VERB [ARGUMENTS]</source>
        <translation>Aufruf: modmarket-cli [--json] [--profile VERZEICHNIS] [--marketplace URL] BEFEHL [ARGUMENTE]</translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot;; see --help</source>
        <translation>unbekannter Befehl „%1“; siehe --help</translation>
    </message>
    <message>
        <source>Module Marketplace</source>
        <translation>Module Marketplace</translation>
    </message>
</context>
<context>
    <name>mm::Profile</name>
    <message>
        <source>Cannot create the profile folder %1</source>
        <translation>Der Profilordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>„%1“ ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key fingerprint (64 hex digits, spaces and colons allowed)</source>
        <translation>„%1“ ist kein Schlüssel-Fingerabdruck (64 Hexadezimalziffern; Leerzeichen und Doppelpunkte sind erlaubt)</translation>
    </message>
    <message>
        <source>The number of kept versions must be 0 to 100.</source>
        <translation>Die Anzahl der aufbewahrten Versionen muss zwischen 0 und 100 liegen.</translation>
    </message>
</context>
<context>
    <name>mm::Transaction</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mm::accounts::AccountApi</name>
    <message>
        <source>A new account names either a tenant or a publisher.</source>
        <translation>Ein neues Konto nennt entweder einen Mandanten oder einen Anbieter.</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>das Konto</translation>
    </message>
</context>
<context>
    <name>mm::accounts::AccountUser</name>
    <message>
        <source>&quot;%1&quot; is neither null nor an id</source>
        <translation>„%1“ ist weder null noch eine ID</translation>
    </message>
    <message>
        <source>&quot;email&quot; is not an e-mail address: %1</source>
        <translation>&quot;email&quot; ist keine E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <source>&quot;roles&quot; holds an unknown role: %1</source>
        <translation>&quot;roles&quot; enthält eine unbekannte Rolle: %1</translation>
    </message>
</context>
<context>
    <name>mm::accounts::Credentials</name>
    <message>
        <source>Sign in to %1 first (File › Sign in, or modmarket-cli login).</source>
        <translation>Melden Sie sich zuerst bei %1 an (Datei › Anmelden oder modmarket-cli login).</translation>
    </message>
    <message>
        <source>Signing in to %1 was cancelled.</source>
        <translation>Die Anmeldung bei %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Your session at %1 has expired. %2</source>
        <translation>Ihre Sitzung bei %1 ist abgelaufen. %2</translation>
    </message>
    <message>
        <source>%1 ended your session: %2 %3</source>
        <translation>%1 hat Ihre Sitzung beendet: %2 %3</translation>
    </message>
</context>
<context>
    <name>mm::accounts::Session</name>
    <message>
        <source>&quot;%1&quot; is not a %2… token</source>
        <translation>„%1“ ist kein %2…-Token</translation>
    </message>
    <message>
        <source>the sign-in answer</source>
        <translation>die Antwort auf die Anmeldung</translation>
    </message>
    <message>
        <source>&quot;token_type&quot; is %1, not Bearer</source>
        <translation>&quot;token_type&quot; ist %1, nicht Bearer</translation>
    </message>
    <message>
        <source>the stored session</source>
        <translation>die gespeicherte Sitzung</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
</context>
<context>
    <name>mm::catalog::CatalogDatabase</name>
    <message>
        <source>Cannot open the catalog database %1: %2</source>
        <translation>Die Katalogdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The catalog database failed while %1: %2</source>
        <translation>Fehler in der Katalogdatenbank beim %1: %2</translation>
    </message>
    <message>
        <source>The catalog database %1 was written by a newer version (schema %2)</source>
        <translation>Die Katalogdatenbank %1 wurde von einer neueren Version geschrieben (Schema %2)</translation>
    </message>
    <message>
        <source>Cannot create the catalog schema: %1</source>
        <translation>Das Katalogschema kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>creating the schema</source>
        <translation>Erstellen des Schemas</translation>
    </message>
    <message>
        <source>configuring search ranking</source>
        <translation>Konfigurieren der Suchgewichtung</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <source>upgrading the schema</source>
        <translation>Aktualisieren des Schemas</translation>
    </message>
</context>
<context>
    <name>mm::catalog::CatalogReader</name>
    <message>
        <source>A page holds 1 to 1000 modules and starts at offset 0 or later.</source>
        <translation>Eine Seite umfasst 1 bis 1000 Module und beginnt bei Offset 0 oder höher.</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>counting modules</source>
        <translation>Zählen der Module</translation>
    </message>
    <message>
        <source>reading module %1</source>
        <translation>Lesen des Moduls %1</translation>
    </message>
    <message>
        <source>No module &quot;%1&quot; in the catalog.</source>
        <translation>Das Modul „%1“ ist nicht im Katalog enthalten.</translation>
    </message>
    <message>
        <source>reading categories</source>
        <translation>Lesen der Kategorien</translation>
    </message>
    <message>
        <source>reading publishers</source>
        <translation>Lesen der Anbieter</translation>
    </message>
    <message>
        <source>exporting the catalog</source>
        <translation>Exportieren des Katalogs</translation>
    </message>
    <message>
        <source>exporting removals</source>
        <translation>Exportieren der entfernten Module</translation>
    </message>
</context>
<context>
    <name>mm::catalog::CatalogSnapshot</name>
    <message>
        <source>catalog: unknown format &quot;%1&quot; (expected %2)</source>
        <translation>Katalog: unbekanntes Format „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>catalog: &quot;catalog_version&quot; and &quot;since&quot; must be whole numbers &gt;= 0</source>
        <translation>Katalog: &quot;catalog_version&quot; und &quot;since&quot; müssen ganze Zahlen &gt;= 0 sein</translation>
    </message>
    <message>
        <source>catalog: a delta since %1 cannot lead to the older version %2</source>
        <translation>Katalog: Ein Delta seit Version %1 kann nicht zur älteren Version %2 führen</translation>
    </message>
    <message>
        <source>catalog: category &quot;%1&quot; needs a valid id and a name</source>
        <translation>Katalog: Die Kategorie „%1“ benötigt eine gültige ID und einen Namen</translation>
    </message>
    <message>
        <source>catalog: publisher &quot;%1&quot; needs a valid id and a name</source>
        <translation>Katalog: Der Anbieter „%1“ benötigt eine gültige ID und einen Namen</translation>
    </message>
    <message>
        <source>catalog: more than %1 modules</source>
        <translation>Katalog: mehr als %1 Module</translation>
    </message>
    <message>
        <source>catalog: every entry of &quot;modules&quot; must be an object</source>
        <translation>Katalog: Jeder Eintrag in &quot;modules&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <source>catalog: module &quot;%1&quot; names unknown category &quot;%2&quot;</source>
        <translation>Katalog: Das Modul „%1“ verweist auf die unbekannte Kategorie „%2“</translation>
    </message>
    <message>
        <source>catalog: module &quot;%1&quot; names unknown publisher &quot;%2&quot;</source>
        <translation>Katalog: Das Modul „%1“ verweist auf den unbekannten Anbieter „%2“</translation>
    </message>
    <message>
        <source>catalog: module &quot;%1&quot; is listed twice</source>
        <translation>Katalog: Das Modul „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>catalog: &quot;removed&quot; holds an invalid module id</source>
        <translation>Katalog: &quot;removed&quot; enthält eine ungültige Modul-ID</translation>
    </message>
    <message>
        <source>catalog: the document is empty</source>
        <translation>Katalog: Das Dokument ist leer</translation>
    </message>
    <message>
        <source>catalog: the document is larger than 512 MiB</source>
        <translation>Katalog: Das Dokument ist größer als 512 MiB</translation>
    </message>
    <message>
        <source>catalog: not valid JSON at byte %1: %2</source>
        <translation>Katalog: ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>catalog: the document must be a JSON object</source>
        <translation>Katalog: Das Dokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>catalog: publisher &quot;%1&quot; lists more than 16 keys</source>
        <translation>Katalog: Der Anbieter „%1“ führt mehr als 16 Schlüssel auf</translation>
    </message>
    <message>
        <source>catalog: publisher &quot;%1&quot; lists an invalid key &quot;%2&quot; (an id and a 32-byte base64 public key whose fingerprint starts with that id)</source>
        <translation>Katalog: Der Anbieter „%1“ führt einen ungültigen Schlüssel „%2“ auf (erwartet: eine ID und ein 32 Byte langer öffentlicher Schlüssel in Base64, dessen Fingerabdruck mit dieser ID beginnt)</translation>
    </message>
    <message>
        <source>catalog: &quot;revoked_licenses&quot; must be an array of license ids</source>
        <translation>Katalog: &quot;revoked_licenses&quot; muss ein Array von Lizenz-IDs sein</translation>
    </message>
    <message>
        <source>catalog: &quot;revoked_licenses&quot; lists more than %1 ids</source>
        <translation>Katalog: &quot;revoked_licenses&quot; enthält mehr als %1 IDs</translation>
    </message>
    <message>
        <source>catalog: &quot;revoked_licenses&quot;[%1] is not a license id</source>
        <translation>Katalog: &quot;revoked_licenses&quot;[%1] ist keine Lizenz-ID</translation>
    </message>
    <message>
        <source>catalog: &quot;revoked_packages&quot; must be an array of objects</source>
        <translation>Katalog: &quot;revoked_packages&quot; muss ein Array von Objekten sein</translation>
    </message>
    <message>
        <source>catalog: &quot;revoked_packages&quot; lists more than %1 packages</source>
        <translation>Katalog: &quot;revoked_packages&quot; führt mehr als %1 Pakete auf</translation>
    </message>
</context>
<context>
    <name>mm::catalog::CatalogSync</name>
    <message>
        <source>The marketplace %1 is not trusted yet. Its root key fingerprint is %2. Compare it with the one your marketplace operator published, then pin it (modmarket-cli trust --pin FINGERPRINT).</source>
        <translation>Dem Marktplatz %1 wird noch nicht vertraut. Der Fingerabdruck seines Stammschlüssels ist %2. Vergleichen Sie ihn mit dem Fingerabdruck, den Ihr Marktplatzbetreiber veröffentlicht hat, und pinnen Sie ihn dann (modmarket-cli trust --pin FINGERPRINT).</translation>
    </message>
</context>
<context>
    <name>mm::catalog::CatalogWriter</name>
    <message>
        <source>Cannot start a transaction on the catalog database.</source>
        <translation>In der Katalogdatenbank kann keine Transaktion gestartet werden.</translation>
    </message>
    <message>
        <source>Cannot commit the catalog update.</source>
        <translation>Die Katalogaktualisierung kann nicht festgeschrieben werden.</translation>
    </message>
    <message>
        <source>The server sent catalog version %1, older than the cached version %2; it was refused.</source>
        <translation>Der Server hat die Katalogversion %1 gesendet, die älter ist als die Version %2 im Cache; sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The server sent changes since version %1, but the cache is at version %2.</source>
        <translation>Der Server hat Änderungen seit Version %1 gesendet, der Cache hat jedoch Version %2.</translation>
    </message>
    <message>
        <source>replacing categories</source>
        <translation>Ersetzen der Kategorien</translation>
    </message>
    <message>
        <source>saving category %1</source>
        <translation>Speichern der Kategorie %1</translation>
    </message>
    <message>
        <source>replacing publishers</source>
        <translation>Ersetzen der Anbieter</translation>
    </message>
    <message>
        <source>saving publisher %1</source>
        <translation>Speichern des Anbieters %1</translation>
    </message>
    <message>
        <source>saving module %1</source>
        <translation>Speichern des Moduls %1</translation>
    </message>
    <message>
        <source>The catalog database lost module %1 while saving it.</source>
        <translation>Die Katalogdatenbank hat das Modul %1 beim Speichern verloren.</translation>
    </message>
    <message>
        <source>removing module %1</source>
        <translation>Entfernen des Moduls %1</translation>
    </message>
    <message>
        <source>clearing the cache</source>
        <translation>Leeren des Caches</translation>
    </message>
    <message>
        <source>reading modules</source>
        <translation>Lesen der Module</translation>
    </message>
    <message>
        <source>updating compatibility</source>
        <translation>Aktualisieren der Kompatibilität</translation>
    </message>
</context>
<context>
    <name>mm::catalog::HostPlatform</name>
    <message>
        <source>its host platform range &quot;%1&quot; is invalid</source>
        <translation>ihr Host-Plattform-Bereich „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>it needs host platform %1, this is %2</source>
        <translation>sie benötigt die Host-Plattform %1, vorhanden ist %2</translation>
    </message>
    <message>
        <source>it runs on %1 only, this is %2</source>
        <translation>sie läuft nur unter %1, vorhanden ist %2</translation>
    </message>
    <message>
        <source>it is built for %1 only, this is %2</source>
        <translation>sie ist nur für %1 kompiliert, vorhanden ist %2</translation>
    </message>
    <message>
        <source>it needs the %1 tier, this tenant has %2</source>
        <translation>sie benötigt die Stufe %1, dieser Mandant hat %2</translation>
    </message>
</context>
<context>
    <name>mm::catalog::ModuleRecord</name>
    <message>
        <source>module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>module &quot;%1&quot;</source>
        <translation>Modul „%1“</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 2 to 64 lower-case letters, digits, &apos;-&apos; or &apos;.&apos;, starting with a letter</source>
        <translation>&quot;id&quot; muss aus 2 bis 64 Kleinbuchstaben, Ziffern, &apos;-&apos; oder &apos;.&apos; bestehen und mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be 1 to 100 characters</source>
        <translation>&quot;name&quot; muss 1 bis 100 Zeichen lang sein</translation>
    </message>
    <message>
        <source>&quot;summary&quot; must be 1 to 200 characters</source>
        <translation>&quot;summary&quot; muss 1 bis 200 Zeichen lang sein</translation>
    </message>
    <message>
        <source>&quot;description&quot; is longer than 64 KiB</source>
        <translation>&quot;description&quot; ist länger als 64 KiB</translation>
    </message>
    <message>
        <source>&quot;category&quot; and &quot;publisher&quot; are required</source>
        <translation>&quot;category&quot; und &quot;publisher&quot; sind erforderlich</translation>
    </message>
    <message>
        <source>at most 16 &quot;tags&quot; are allowed</source>
        <translation>höchstens 16 &quot;tags&quot; sind erlaubt</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; must be 1 to 32 lower-case letters, digits or &apos;-&apos;</source>
        <translation>Schlagwort „%1“ muss aus 1 bis 32 Kleinbuchstaben, Ziffern oder &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>&quot;icon&quot; is larger than 64 KiB</source>
        <translation>&quot;icon&quot; ist größer als 64 KiB</translation>
    </message>
    <message>
        <source>&quot;created&quot; must be an RFC 3339 date</source>
        <translation>&quot;created&quot; muss ein Datum nach RFC 3339 sein</translation>
    </message>
    <message>
        <source>&quot;installs&quot; must be a whole number &gt;= 0</source>
        <translation>&quot;installs&quot; muss eine ganze Zahl &gt;= 0 sein</translation>
    </message>
    <message>
        <source>&quot;rating.histogram&quot; must have five counts</source>
        <translation>&quot;rating.histogram&quot; muss fünf Zählwerte enthalten</translation>
    </message>
    <message>
        <source>&quot;rating.histogram&quot; counts must be whole numbers &gt;= 0</source>
        <translation>die Zählwerte in &quot;rating.histogram&quot; müssen ganze Zahlen &gt;= 0 sein</translation>
    </message>
    <message>
        <source>&quot;rating.count&quot; must equal the sum of the histogram</source>
        <translation>&quot;rating.count&quot; muss der Summe des Histogramms entsprechen</translation>
    </message>
    <message>
        <source>&quot;versions&quot; must list 1 to 500 versions</source>
        <translation>&quot;versions&quot; muss 1 bis 500 Versionen enthalten</translation>
    </message>
    <message>
        <source>versions must be unique and listed newest first (%1 after %2)</source>
        <translation>Versionen müssen eindeutig sein und mit der neuesten beginnend aufgeführt werden (%1 nach %2)</translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
    <message>
        <source>&quot;released&quot; must be an RFC 3339 date</source>
        <translation>&quot;released&quot; muss ein Datum nach RFC 3339 sein</translation>
    </message>
    <message>
        <source>&quot;host&quot;: %1</source>
        <translation>&quot;host&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;os&quot; values must be linux, windows or macos</source>
        <translation>Werte in &quot;os&quot; müssen linux, windows oder macos sein</translation>
    </message>
    <message>
        <source>&quot;arch&quot; values must be x86_64 or arm64</source>
        <translation>Werte in &quot;arch&quot; müssen x86_64 oder arm64 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an invalid module id &quot;%2&quot;</source>
        <translation>&quot;%1&quot; enthält die ungültige Modul-ID „%2“</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot;: %3</source>
        <translation>&quot;%1.%2&quot;: %3</translation>
    </message>
    <message>
        <source>&quot;min_tier&quot; must be free, team, business or enterprise</source>
        <translation>&quot;min_tier&quot; muss free, team, business oder enterprise sein</translation>
    </message>
    <message>
        <source>&quot;size&quot; must be a whole number of bytes</source>
        <translation>&quot;size&quot; muss eine ganze Zahl (in Byte) sein</translation>
    </message>
    <message>
        <source>&quot;sha256&quot; must be 64 lower-case hex digits</source>
        <translation>&quot;sha256&quot; muss aus 64 Hexadezimalziffern in Kleinbuchstaben bestehen</translation>
    </message>
</context>
<context>
    <name>mm::catalog::PublisherReputation</name>
    <message>
        <source>catalog: publisher &quot;%1&quot;: &quot;reputation.%2&quot; must be %3</source>
        <translation>Katalog: Anbieter „%1“: &quot;reputation.%2&quot; muss %3 sein</translation>
    </message>
    <message>
        <source>catalog: publisher &quot;%1&quot;: &quot;reputation&quot; must be an object</source>
        <translation>Katalog: Anbieter „%1“: &quot;reputation&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>a whole number from 0 to 100</source>
        <translation>eine ganze Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1</source>
        <translation>eine ganze Zahl von 0 bis %1</translation>
    </message>
    <message>
        <source>a whole number from 100 to 500</source>
        <translation>eine ganze Zahl von 100 bis 500</translation>
    </message>
    <message>
        <source>0 when rating_count is 0</source>
        <translation>0, wenn rating_count 0 ist</translation>
    </message>
</context>
<context>
    <name>mm::catalog::RevokedPackage</name>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;module&quot; is not a module id</source>
        <translation>&quot;module&quot; ist keine Modul-ID</translation>
    </message>
    <message>
        <source>&quot;version&quot; is not a semantic version</source>
        <translation>&quot;version&quot; ist keine semantische Version</translation>
    </message>
    <message>
        <source>&quot;sha256&quot; is not 64 lower-case hex digits</source>
        <translation>&quot;sha256&quot; besteht nicht aus 64 Hexadezimalziffern in Kleinbuchstaben</translation>
    </message>
</context>
<context>
    <name>mm::catalog::TextSearch</name>
    <message>
        <source>searching</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>mm::checkout::CheckoutApi</name>
    <message>
        <source>&quot;%1&quot; is not %2.</source>
        <translation>„%1“ ist als %2 ungültig.</translation>
    </message>
    <message>
        <source>a module id</source>
        <translation>Modul-ID</translation>
    </message>
    <message>
        <source>The marketplace answered the price of %1 when asked for %2.</source>
        <translation>Der Marktplatz hat auf die Anfrage nach %2 mit dem Preis von %1 geantwortet.</translation>
    </message>
    <message>
        <source>Say which plan of %1 to buy.</source>
        <translation>Geben Sie an, welchen Tarif von %1 Sie kaufen möchten.</translation>
    </message>
    <message>
        <source>A checkout callback and its nonce come together.</source>
        <translation>Die Rückrufadresse für den Bezahlvorgang und ihre Nonce müssen zusammen angegeben werden.</translation>
    </message>
    <message>
        <source>The marketplace opened an order for %1 when asked for %2.</source>
        <translation>Der Marktplatz hat auf die Anfrage für %2 eine Bestellung für %1 angelegt.</translation>
    </message>
    <message>
        <source>an order id</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>The marketplace answered order %1 when asked for %2.</source>
        <translation>Der Marktplatz hat auf die Anfrage nach %2 mit der Bestellung %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>mm::checkout::CheckoutTransaction</name>
    <message>
        <source>Opening the order…</source>
        <translation>Bestellung wird angelegt…</translation>
    </message>
    <message>
        <source>Waiting for the payment in the browser…</source>
        <translation>Warten auf die Zahlung im Browser…</translation>
    </message>
    <message>
        <source>Waiting for payment confirmation…</source>
        <translation>Warten auf die Zahlungsbestätigung…</translation>
    </message>
    <message>
        <source>Storing the license…</source>
        <translation>Lizenz wird gespeichert…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <source>Checkout was cancelled in the browser.</source>
        <translation>Der Bezahlvorgang wurde im Browser abgebrochen.</translation>
    </message>
    <message>
        <source>The checkout session expired before it was paid.</source>
        <translation>Die Bezahlsitzung ist abgelaufen, bevor bezahlt wurde.</translation>
    </message>
    <message>
        <source>The payment failed.</source>
        <translation>Die Zahlung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The payment failed: %1</source>
        <translation>Die Zahlung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The order was refunded.</source>
        <translation>Die Bestellung wurde erstattet.</translation>
    </message>
    <message numerus="yes">
        <source>The checkout timed out: no payment was confirmed within %n minute(s).</source>
        <translation>
            <numerusform>Zeitüberschreitung beim Bezahlvorgang: Innerhalb von %n Minute wurde keine Zahlung bestätigt.</numerusform>
            <numerusform>Zeitüberschreitung beim Bezahlvorgang: Innerhalb von %n Minuten wurde keine Zahlung bestätigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The checkout timed out: no payment was confirmed within %n second(s).</source>
        <translation>
            <numerusform>Zeitüberschreitung beim Bezahlvorgang: Innerhalb von %n Sekunde wurde keine Zahlung bestätigt.</numerusform>
            <numerusform>Zeitüberschreitung beim Bezahlvorgang: Innerhalb von %n Sekunden wurde keine Zahlung bestätigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::checkout::LoopbackReceiver</name>
    <message>
        <source>The checkout callback listener was already used once.</source>
        <translation>Der Empfänger für den Rückruf des Bezahlvorgangs wurde bereits einmal verwendet.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the checkout callback: %1</source>
        <translation>Auf 127.0.0.1 kann nicht auf den Rückruf des Bezahlvorgangs gelauscht werden: %1</translation>
    </message>
    <message>
        <source>the request is larger than %1 bytes</source>
        <translation>die Anfrage ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>the request line is not HTTP</source>
        <translation>die Anfragezeile ist kein HTTP</translation>
    </message>
    <message>
        <source>method %1 instead of GET</source>
        <translation>Methode %1 statt GET</translation>
    </message>
    <message>
        <source>the path is not %1</source>
        <translation>der Pfad ist nicht %1</translation>
    </message>
    <message>
        <source>the checkout callback already arrived once</source>
        <translation>der Rückruf des Bezahlvorgangs ist bereits einmal eingegangen</translation>
    </message>
    <message>
        <source>the request carries no nonce</source>
        <translation>die Anfrage enthält keine Nonce</translation>
    </message>
    <message>
        <source>the nonce does not match</source>
        <translation>die Nonce stimmt nicht überein</translation>
    </message>
    <message>
        <source>the order is missing or not an order id</source>
        <translation>die Bestellung fehlt oder ist keine Bestell-ID</translation>
    </message>
    <message>
        <source>the result is neither complete nor cancel</source>
        <translation>das Ergebnis ist weder complete noch cancel</translation>
    </message>
    <message>
        <source>You can close this tab and return to Module Marketplace.</source>
        <translation>Sie können diesen Tab schließen und zu Module Marketplace zurückkehren.</translation>
    </message>
    <message>
        <source>This is not a valid checkout callback.</source>
        <translation>Dies ist kein gültiger Rückruf eines Bezahlvorgangs.</translation>
    </message>
    <message>
        <source>Module Marketplace</source>
        <translation>Module Marketplace</translation>
    </message>
</context>
<context>
    <name>mm::checkout::Order</name>
    <message>
        <source>&quot;%1&quot; is not an https address: %2</source>
        <translation>&quot;%1&quot; ist keine https-Adresse: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: %2</source>
        <translation>&quot;%1&quot; ist keine ID: %2</translation>
    </message>
    <message>
        <source>&quot;license&quot; is neither null nor an object</source>
        <translation>&quot;license&quot; ist weder null noch ein Objekt</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>&quot;currency&quot; is not an ISO 4217 code: %1</source>
        <translation>&quot;currency&quot; ist kein ISO-4217-Code: %1</translation>
    </message>
    <message>
        <source>&quot;status&quot; is not an order status: %1</source>
        <translation>&quot;status&quot; ist kein Bestellstatus: %1</translation>
    </message>
    <message>
        <source>&quot;message&quot; is not a string</source>
        <translation>&quot;message&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;license&quot; is missing although the order is fulfilled</source>
        <translation>&quot;license&quot; fehlt, obwohl die Bestellung ausgeführt ist</translation>
    </message>
    <message>
        <source>&quot;license&quot; is for module %1, not %2</source>
        <translation>&quot;license&quot; gilt für das Modul %1, nicht für %2</translation>
    </message>
    <message>
        <source>the order</source>
        <translation>Bestellung</translation>
    </message>
</context>
<context>
    <name>mm::checkout::Purchase</name>
    <message>
        <source>the purchase answer</source>
        <translation>Antwort auf den Kauf</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>Kauf</translation>
    </message>
</context>
<context>
    <name>mm::checkout::PurchasedLicense</name>
    <message>
        <source>The license the marketplace delivered for %1 does not hold: %2</source>
        <translation>Die vom Marktplatz für %1 gelieferte Lizenz ist nicht gültig: %2</translation>
    </message>
    <message>
        <source>The marketplace delivered a license of %1 for an order of %2.</source>
        <translation>Der Marktplatz hat für eine Bestellung von %2 eine Lizenz für %1 geliefert.</translation>
    </message>
</context>
<context>
    <name>mm::checkout::TenantPrice</name>
    <message>
        <source>&quot;%1&quot; is neither null nor an object</source>
        <translation>&quot;%1&quot; ist weder null noch ein Objekt</translation>
    </message>
    <message>
        <source>&quot;amount&quot; %1 is above &quot;list_amount&quot; %2</source>
        <translation>&quot;amount&quot; %1 ist höher als &quot;list_amount&quot; %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>&quot;interval&quot; is neither month nor year: %1</source>
        <translation>&quot;interval&quot; ist weder month noch year: %1</translation>
    </message>
    <message>
        <source>&quot;per_units&quot; is 0</source>
        <translation>&quot;per_units&quot; ist 0</translation>
    </message>
    <message>
        <source>the price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>price of %1</source>
        <translation>Preis von %1</translation>
    </message>
    <message>
        <source>&quot;model&quot; is not a pricing model: %1</source>
        <translation>&quot;model&quot; ist kein Preismodell: %1</translation>
    </message>
    <message>
        <source>&quot;currency&quot; is not an ISO 4217 code: %1</source>
        <translation>&quot;currency&quot; ist kein ISO-4217-Code: %1</translation>
    </message>
    <message>
        <source>&quot;discount_percent&quot; is not a whole percentage</source>
        <translation>&quot;discount_percent&quot; ist kein ganzzahliger Prozentsatz</translation>
    </message>
    <message>
        <source>&quot;trial_days&quot; is not a number of days</source>
        <translation>&quot;trial_days&quot; ist keine Anzahl von Tagen</translation>
    </message>
    <message>
        <source>&quot;plans&quot; is empty for a subscription</source>
        <translation>&quot;plans&quot; ist bei einem Abonnement leer</translation>
    </message>
    <message>
        <source>&quot;plans&quot; is not empty although the model is %1</source>
        <translation>&quot;plans&quot; ist nicht leer, obwohl das Preismodell %1 ist</translation>
    </message>
    <message>
        <source>&quot;one_time&quot; does not match the model %1</source>
        <translation>&quot;one_time&quot; passt nicht zum Preismodell %1</translation>
    </message>
    <message>
        <source>&quot;usage&quot; does not match the model %1</source>
        <translation>&quot;usage&quot; passt nicht zum Preismodell %1</translation>
    </message>
</context>
<context>
    <name>mm::cli::AccountOutput</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>E-mail:    %1</source>
        <translation>E-Mail:    %1</translation>
    </message>
    <message>
        <source>Name:      %1</source>
        <translation>Name:      %1</translation>
    </message>
    <message>
        <source>Roles:     %1</source>
        <translation>Rollen:    %1</translation>
    </message>
    <message>
        <source>Tenant:    %1</source>
        <translation>Mandant:   %1</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Anbieter:  %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
</context>
<context>
    <name>mm::cli::ArgumentReader</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
</context>
<context>
    <name>mm::cli::BuyCommand</name>
    <message>
        <source>buy a module through the marketplace&apos;s checkout in the browser and store its license</source>
        <translation>ein Modul über den Bezahlvorgang des Marktplatzes im Browser kaufen und seine Lizenz speichern</translation>
    </message>
    <message>
        <source>name exactly one module to buy</source>
        <translation>geben Sie genau ein Modul an, das gekauft werden soll</translation>
    </message>
    <message>
        <source>a module id</source>
        <translation>Modul-ID</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 1 to 86400, not &quot;%1&quot;</source>
        <translation>--timeout erwartet Sekunden von 1 bis 86400, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 is free: there is nothing to buy.</source>
        <translation>%1 ist kostenlos: Es gibt nichts zu kaufen.</translation>
    </message>
    <message>
        <source>Open this page to pay: %1</source>
        <translation>Öffnen Sie diese Seite, um zu bezahlen: %1</translation>
    </message>
    <message>
        <source>The checkout failed.</source>
        <translation>Der Bezahlvorgang ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Paid. License %1 for %2, plan %3, expires %4, is stored.</source>
        <translation>Bezahlt. Die Lizenz %1 für %2 (Plan %3, läuft ab: %4) wurde gespeichert.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>mm::cli::CategoriesCommand</name>
    <message>
        <source>list the catalog&apos;s categories with their module counts</source>
        <translation>Kategorien des Katalogs mit der Anzahl ihrer Module auflisten</translation>
    </message>
    <message>
        <source>categories takes no arguments</source>
        <translation>categories erwartet keine Argumente</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>MODULES</source>
        <translation>MODULE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>mm::cli::ClaimCommand</name>
    <message>
        <source>claim a submission for review, --force to take over another&apos;s claim (moderators)</source>
        <translation>eine Einreichung zur Prüfung übernehmen; mit --force auch eine, die jemand anderes übernommen hat (Moderatoren)</translation>
    </message>
    <message>
        <source>claim takes exactly one submission id</source>
        <translation>claim erwartet genau eine Einreichungs-ID</translation>
    </message>
    <message>
        <source>Claimed %1 (%2 %3) for %4.</source>
        <translation>%1 (%2 %3) für %4 übernommen.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>mm::cli::CliContext</name>
    <message>
        <source>The catalog cache in %1 is empty; run &quot;modmarket-cli sync&quot; first.</source>
        <translation>Der Katalog-Cache in %1 ist leer; führen Sie zuerst „modmarket-cli sync“ aus.</translation>
    </message>
    <message>
        <source>%1 (usage: modmarket-cli %2)</source>
        <translation>%1 (Aufruf: modmarket-cli %2)</translation>
    </message>
</context>
<context>
    <name>mm::cli::CliOptions</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>--marketplace needs an http or https URL, got &quot;%1&quot;</source>
        <translation>--marketplace benötigt eine http- oder https-URL, erhalten: „%1“</translation>
    </message>
    <message>
        <source>MODMARKET_MARKETPLACE needs an http or https URL, got &quot;%1&quot;</source>
        <translation>MODMARKET_MARKETPLACE benötigt eine http- oder https-URL, erhalten: „%1“</translation>
    </message>
</context>
<context>
    <name>mm::cli::ConfigCommand</name>
    <message>
        <source>show or change the profile&apos;s settings</source>
        <translation>Einstellungen des Profils anzeigen oder ändern</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>unbekannte Einstellung „%1“</translation>
    </message>
    <message>
        <source>developer-mode takes on or off, got &quot;%1&quot;</source>
        <translation>developer-mode erwartet on oder off, erhalten: „%1“</translation>
    </message>
    <message>
        <source>keep-versions takes a number, got &quot;%1&quot;</source>
        <translation>keep-versions erwartet eine Zahl, erhalten: „%1“</translation>
    </message>
    <message>
        <source>config takes a setting and its value, or nothing</source>
        <translation>config erwartet eine Einstellung und ihren Wert oder keine Argumente</translation>
    </message>
    <message>
        <source>developer-mode  %1</source>
        <translation>developer-mode  %1</translation>
    </message>
    <message>
        <source>keep-versions   %1</source>
        <translation>keep-versions   %1</translation>
    </message>
    <message>
        <source>host-version    %1</source>
        <translation>host-version    %1</translation>
    </message>
</context>
<context>
    <name>mm::cli::DecisionCommand</name>
    <message>
        <source>approve a submission: countersign it and publish it in the catalog (moderators)</source>
        <translation>eine Einreichung freigeben: gegenzeichnen und im Katalog veröffentlichen (Moderatoren)</translation>
    </message>
    <message>
        <source>decline a submission with a reason for the developer (moderators)</source>
        <translation>eine Einreichung mit einer Begründung für den Entwickler zurückweisen (Moderatoren)</translation>
    </message>
    <message>
        <source>ask the developer for changes, with a reason (moderators)</source>
        <translation>beim Entwickler Änderungen anfordern, mit Begründung (Moderatoren)</translation>
    </message>
    <message>
        <source>%1 takes exactly one submission id</source>
        <translation>%1 erwartet genau eine Einreichungs-ID</translation>
    </message>
    <message>
        <source>--reason is required: the developer reads it</source>
        <translation>--reason ist erforderlich: Der Entwickler liest die Begründung</translation>
    </message>
    <message>
        <source>Published in catalog version %1.</source>
        <translation>In Katalogversion %1 veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>mm::cli::HistoryCommand</name>
    <message>
        <source>show every install, update, uninstall and rollback</source>
        <translation>alle Installationen, Aktualisierungen, Deinstallationen und Zurücksetzungen auf vorige Versionen anzeigen</translation>
    </message>
    <message>
        <source>history takes at most one module id</source>
        <translation>history erwartet höchstens eine Modul-ID</translation>
    </message>
    <message>
        <source>No operations yet.</source>
        <translation>Noch keine Vorgänge.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>VORGANG</translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation>MODUL</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
</context>
<context>
    <name>mm::cli::InitCommand</name>
    <message>
        <source>create a module folder from a starter template (content, qt-plugin, paid)</source>
        <translation>einen Modulordner aus einer Startvorlage erstellen (content, qt-plugin, paid)</translation>
    </message>
    <message>
        <source>init --list takes no folder</source>
        <translation>init --list erwartet keinen Ordner</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>say which template to start from (--template; see init --list)</source>
        <translation>geben Sie an, mit welcher Vorlage begonnen werden soll (--template; siehe init --list)</translation>
    </message>
    <message>
        <source>say which publisher the module belongs to (--publisher)</source>
        <translation>geben Sie an, zu welchem Anbieter das Modul gehört (--publisher)</translation>
    </message>
    <message>
        <source>say which folder to create</source>
        <translation>geben Sie an, welcher Ordner erstellt werden soll</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Created %1 from template %2. Next: edit %1/module.json, then run &quot;modmarket-cli validate %3&quot;.</source>
        <translation>%1 wurde aus der Vorlage %2 erstellt. Nächster Schritt: Bearbeiten Sie %1/module.json und führen Sie dann „modmarket-cli validate %3“ aus.</translation>
    </message>
</context>
<context>
    <name>mm::cli::InstallCommand</name>
    <message>
        <source>install modules and what they depend on, or a signed package file</source>
        <translation>Module mitsamt ihren Abhängigkeiten oder eine signierte Paketdatei installieren</translation>
    </message>
    <message>
        <source>--from-file installs one package; drop &quot;%1&quot;</source>
        <translation>--from-file installiert ein einzelnes Paket; lassen Sie „%1“ weg</translation>
    </message>
    <message>
        <source>--trust-publisher-key only goes with --from-file</source>
        <translation>--trust-publisher-key ist nur zusammen mit --from-file zulässig</translation>
    </message>
    <message>
        <source>install needs at least one module id</source>
        <translation>install benötigt mindestens eine Modul-ID</translation>
    </message>
    <message>
        <source>--trust-publisher-key needs a profile in developer mode (modmarket-cli config developer-mode on)</source>
        <translation>--trust-publisher-key benötigt ein Profil im Entwicklermodus (modmarket-cli config developer-mode on)</translation>
    </message>
</context>
<context>
    <name>mm::cli::KeychainCommand</name>
    <message>
        <source>say whether the OS keychain for licenses and sessions is reachable</source>
        <translation>angeben, ob der Schlüsselbund des Betriebssystems für Lizenzen und Sitzungen erreichbar ist</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>Schlüsselbund: verfügbar</translation>
    </message>
</context>
<context>
    <name>mm::cli::KeygenCommand</name>
    <message>
        <source>create a package signing key in the keychain and register it with the marketplace</source>
        <translation>einen Paket-Signaturschlüssel im Schlüsselbund erstellen und beim Marktplatz registrieren</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>say which publisher the key signs for (--publisher)</source>
        <translation>geben Sie an, für welchen Anbieter der Schlüssel signiert (--publisher)</translation>
    </message>
    <message>
        <source>Signing keys are kept only in the OS keychain, and it is not available: %1</source>
        <translation>Signaturschlüssel werden ausschließlich im Schlüsselbund des Betriebssystems aufbewahrt, und dieser ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The keychain already holds a signing key for publisher %1 (key %2). Use --register to register it, or --replace to make a new one.</source>
        <translation>Der Schlüsselbund enthält bereits einen Signaturschlüssel für den Anbieter %1 (Schlüssel %2). Verwenden Sie --register, um ihn zu registrieren, oder --replace, um einen neuen zu erstellen.</translation>
    </message>
    <message>
        <source>The key %1 is in the keychain but the marketplace did not register it; run &quot;modmarket-cli keygen --publisher %2 --register&quot; to try again.</source>
        <translation>Der Schlüssel %1 liegt im Schlüsselbund, wurde vom Marktplatz aber nicht registriert; führen Sie „modmarket-cli keygen --publisher %2 --register“ aus, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Created signing key %1 for publisher %2 in the keychain.</source>
        <translation>Signaturschlüssel %1 für den Anbieter %2 im Schlüsselbund erstellt.</translation>
    </message>
    <message>
        <source>Using signing key %1 of publisher %2 from the keychain.</source>
        <translation>Signaturschlüssel %1 des Anbieters %2 aus dem Schlüsselbund wird verwendet.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Registered with %1.</source>
        <translation>Bei %1 registriert.</translation>
    </message>
</context>
<context>
    <name>mm::cli::LicenseCommand</name>
    <message>
        <source>Cannot read the license file %1: %2</source>
        <translation>Die Lizenzdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>check a license file, or list, import and refresh the profile&apos;s licenses</source>
        <translation>eine Lizenzdatei prüfen oder die Lizenzen des Profils auflisten, importieren und aktualisieren</translation>
    </message>
    <message>
        <source>say what to do with licenses</source>
        <translation>geben Sie an, was mit den Lizenzen geschehen soll</translation>
    </message>
    <message>
        <source>unknown license action &quot;%1&quot;</source>
        <translation>unbekannte Lizenzaktion „%1“</translation>
    </message>
    <message>
        <source>license %1 takes one file</source>
        <translation>license %1 erwartet eine Datei</translation>
    </message>
    <message>
        <source>license %1 takes no arguments</source>
        <translation>license %1 erwartet keine Argumente</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>License %1 for %2, plan %3, expires %4</source>
        <translation>Lizenz %1 für %2, Plan %3, läuft ab: %4</translation>
    </message>
    <message>
        <source>Entitlements: %1</source>
        <translation>Berechtigungen: %1</translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation>MODUL</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>ENTITLEMENTS</source>
        <translation>BERECHTIGUNGEN</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No licenses are stored in this profile.</source>
        <translation>In diesem Profil sind keine Lizenzen gespeichert.</translation>
    </message>
    <message>
        <source>The statuses are unknown: %1</source>
        <translation>Der Status der Lizenzen ist unbekannt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n license(s) stored.</source>
        <translation>
            <numerusform>%n Lizenz gespeichert.</numerusform>
            <numerusform>%n Lizenzen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked by the marketplace: %1</source>
        <translation>Vom Marktplatz widerrufen: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>mm::cli::ListCommand</name>
    <message>
        <source>list the installed modules</source>
        <translation>installierte Module auflisten</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list erwartet keine Argumente</translation>
    </message>
    <message>
        <source>No modules are installed.</source>
        <translation>Es sind keine Module installiert.</translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation>MODUL</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>INSTALLED</source>
        <translation>INSTALLIERT</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>as a dependency</source>
        <translation>als Abhängigkeit</translation>
    </message>
</context>
<context>
    <name>mm::cli::LoginCommand</name>
    <message>
        <source>sign in to the marketplace; the session stays in the keychain</source>
        <translation>beim Marktplatz anmelden; die Sitzung bleibt im Schlüsselbund</translation>
    </message>
    <message>
        <source>login takes no positional arguments</source>
        <translation>login erwartet keine Positionsargumente</translation>
    </message>
    <message>
        <source>say --email when the password comes from standard input</source>
        <translation>geben Sie --email an, wenn das Passwort aus der Standardeingabe kommt</translation>
    </message>
    <message>
        <source>E-mail: </source>
        <translation>E-Mail: </translation>
    </message>
    <message>
        <source>there is no terminal to ask for the password; use --password-stdin</source>
        <translation>es gibt kein Terminal, um nach dem Passwort zu fragen; verwenden Sie --password-stdin</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
</context>
<context>
    <name>mm::cli::LogoutCommand</name>
    <message>
        <source>sign out: revoke the session and remove it from the keychain</source>
        <translation>abmelden: die Sitzung widerrufen und aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation>logout erwartet keine Argumente</translation>
    </message>
    <message>
        <source>Nobody was signed in to %1.</source>
        <translation>Bei %1 war niemand angemeldet.</translation>
    </message>
    <message>
        <source>Warning: %1 could not revoke the session (%2); it was removed from this computer.</source>
        <translation>Warnung: %1 konnte die Sitzung nicht widerrufen (%2); sie wurde von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
</context>
<context>
    <name>mm::cli::ModuleSpec</name>
    <message>
        <source>&quot;%1&quot; is not a module id</source>
        <translation>„%1“ ist keine Modul-ID</translation>
    </message>
</context>
<context>
    <name>mm::cli::OutdatedCommand</name>
    <message>
        <source>list installed modules with newer versions for this host</source>
        <translation>installierte Module auflisten, für die es neuere Versionen für diesen Host gibt</translation>
    </message>
    <message>
        <source>outdated takes no arguments</source>
        <translation>outdated erwartet keine Argumente</translation>
    </message>
    <message>
        <source>Every installed module is up to date.</source>
        <translation>Alle installierten Module sind auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation>MODUL</translation>
    </message>
    <message>
        <source>INSTALLED</source>
        <translation>INSTALLIERT</translation>
    </message>
    <message>
        <source>AVAILABLE</source>
        <translation>VERFÜGBAR</translation>
    </message>
</context>
<context>
    <name>mm::cli::PackCommand</name>
    <message>
        <source>pack a module folder into a deterministic .mmpkg</source>
        <translation>einen Modulordner in ein deterministisches .mmpkg packen</translation>
    </message>
    <message>
        <source>say which module folder to pack</source>
        <translation>geben Sie an, welcher Modulordner gepackt werden soll</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Packed %1 %2 into %3 (%n file(s), </source>
        <translation>
            <numerusform>%1 %2 in %3 gepackt (%n Datei, </numerusform>
            <numerusform>%1 %2 in %3 gepackt (%n Dateien, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes, sha256 %2)</source>
        <translation>%1 Byte, sha256 %2)</translation>
    </message>
</context>
<context>
    <name>mm::cli::PasswordInput</name>
    <message>
        <source>No %1 on standard input.</source>
        <translation>Kein %1 in der Standardeingabe.</translation>
    </message>
    <message>
        <source>The %1 on standard input is empty.</source>
        <translation>Das %1 in der Standardeingabe ist leer.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>mm::cli::PlanOutput</name>
    <message>
        <source>downloading</source>
        <translation>wird heruntergeladen</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>extracting</source>
        <translation>wird entpackt</translation>
    </message>
    <message>
        <source>activating</source>
        <translation>wird aktiviert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation>MODUL</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>Download size: %1 bytes</source>
        <translation>Downloadgröße: %1 Byte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n module(s) changed.</source>
        <translation>
            <numerusform>Fertig: %n Modul geändert.</numerusform>
            <numerusform>Fertig: %n Module geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>mm::cli::PricingCommand</name>
    <message>
        <source>%1 / month</source>
        <translation>%1 / Monat</translation>
    </message>
    <message>
        <source>%1 / year</source>
        <translation>%1 / Jahr</translation>
    </message>
    <message>
        <source>show what this tenant pays for a module, with its tier discount</source>
        <translation>anzeigen, was dieser Mandant für ein Modul bezahlt, einschließlich des Rabatts seiner Stufe</translation>
    </message>
    <message>
        <source>name exactly one module</source>
        <translation>geben Sie genau ein Modul an</translation>
    </message>
    <message>
        <source>%1 is free.</source>
        <translation>%1 ist kostenlos.</translation>
    </message>
    <message>
        <source>%1: %2% off for the %3 tier</source>
        <translation>%1: %2 % Rabatt für die Stufe %3</translation>
    </message>
    <message>
        <source>%1: list price</source>
        <translation>%1: Listenpreis</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>PREIS</translation>
    </message>
    <message>
        <source>LIST PRICE</source>
        <translation>LISTENPREIS</translation>
    </message>
    <message>
        <source>%1 per %2 %3</source>
        <translation>%1 pro %2 %3</translation>
    </message>
    <message>
        <source>%1 included each month</source>
        <translation>%1 pro Monat inklusive</translation>
    </message>
    <message numerus="yes">
        <source>Trial: %n day(s)</source>
        <translation>
            <numerusform>Testphase: %n Tag</numerusform>
            <numerusform>Testphase: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Already licensed: %1 (%2), expires %3</source>
        <translation>Bereits lizenziert: %1 (%2), läuft ab: %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>mm::cli::PublishCommand</name>
    <message>
        <source>upload a signed package and submit it for review, then wait for its validation</source>
        <translation>ein signiertes Paket hochladen, zur Prüfung einreichen und dann auf seine Validierung warten</translation>
    </message>
    <message>
        <source>say which package to publish</source>
        <translation>geben Sie an, welches Paket veröffentlicht werden soll</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Signed %1 as %2 with key %3.</source>
        <translation>%1 als %2 mit dem Schlüssel %3 signiert.</translation>
    </message>
    <message>
        <source>Resuming the upload at %1 of %2 bytes.</source>
        <translation>Der Upload wird bei %1 von %2 Byte fortgesetzt.</translation>
    </message>
    <message>
        <source>Uploaded %1 of %2 bytes (%3%)</source>
        <translation>%1 von %2 Byte hochgeladen (%3 %)</translation>
    </message>
    <message>
        <source>The upload failed.</source>
        <translation>Der Upload ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Submitted %1 %2 as %3.</source>
        <translation>%1 %2 als %3 eingereicht.</translation>
    </message>
    <message>
        <source>Waiting for the marketplace&apos;s validation…</source>
        <translation>Warten auf die Validierung durch den Marktplatz…</translation>
    </message>
    <message>
        <source>Submission %1 is still %2; see &quot;modmarket-cli submissions %1&quot; later.</source>
        <translation>Die Einreichung %1 hat noch den Status %2; sehen Sie später mit „modmarket-cli submissions %1“ nach.</translation>
    </message>
</context>
<context>
    <name>mm::cli::QueueCommand</name>
    <message>
        <source>list the submissions waiting for a moderator (moderators)</source>
        <translation>die Einreichungen auflisten, die auf einen Moderator warten (Moderatoren)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not a submission status</source>
        <translation>--status: „%1“ ist kein Einreichungsstatus</translation>
    </message>
    <message>
        <source>--risk is low, medium or high, got &quot;%1&quot;</source>
        <translation>--risk ist low, medium oder high, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--min-age takes a number of seconds, got &quot;%1&quot;</source>
        <translation>--min-age erwartet eine Anzahl von Sekunden, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Nothing waits for a moderator.</source>
        <translation>Nichts wartet auf einen Moderator.</translation>
    </message>
    <message>
        <source>SUBMISSION</source>
        <translation>EINREICHUNG</translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation>MODUL</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>PREVIOUS</source>
        <translation>VORHERIGE</translation>
    </message>
    <message>
        <source>PUBLISHER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>RISK</source>
        <translation>RISIKO</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <source>CLAIMED BY</source>
        <translation>ÜBERNOMMEN VON</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>mm::cli::RecoverCommand</name>
    <message>
        <source>finish or undo an interrupted operation</source>
        <translation>einen unterbrochenen Vorgang abschließen oder rückgängig machen</translation>
    </message>
    <message>
        <source>recover takes no arguments</source>
        <translation>recover erwartet keine Argumente</translation>
    </message>
    <message>
        <source>Nothing to recover.</source>
        <translation>Nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Operation %1 had not reached its commit point and was rolled back.</source>
        <translation>Vorgang %1 hatte seinen Festschreibepunkt nicht erreicht und wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>Operation %1 had passed its commit point and was completed.</source>
        <translation>Vorgang %1 hatte seinen Festschreibepunkt überschritten und wurde abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stale staging folder(s) and link(s).</source>
        <translation>
            <numerusform>%n verwaister Bereitstellungsordner oder Link entfernt.</numerusform>
            <numerusform>%n verwaiste Bereitstellungsordner und Links entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::cli::ResolveCommand</name>
    <message>
        <source>plan an install, update or uninstall, or explain why none exists</source>
        <translation>eine Installation, Aktualisierung oder Deinstallation planen oder erklären, warum keine möglich ist</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--installed needs ID@VERSION, got &quot;%1&quot;</source>
        <translation>--installed braucht ID@VERSION, erhalten: „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module id</source>
        <translation>„%1“ ist keine Modul-ID</translation>
    </message>
    <message>
        <source>resolve needs an action: install, update or uninstall</source>
        <translation>resolve braucht eine Aktion: install, update oder uninstall</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>mm::cli::ReviewSubmissionCommand</name>
    <message>
        <source>New module: no approved version to compare with.</source>
        <translation>Neues Modul: keine freigegebene Version zum Vergleichen.</translation>
    </message>
    <message>
        <source>Changes since the approved version %1:</source>
        <translation>Änderungen seit der freigegebenen Version %1:</translation>
    </message>
    <message>
        <source>  manifest: unchanged</source>
        <translation>  Manifest: unverändert</translation>
    </message>
    <message>
        <source>  FIELD</source>
        <translation>  FELD</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>VORHER</translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation>NACHHER</translation>
    </message>
    <message>
        <source>  files: unchanged</source>
        <translation>  Dateien: unverändert</translation>
    </message>
    <message>
        <source>%1 (%2 → %3 bytes)</source>
        <translation>%1 (%2 → %3 Byte)</translation>
    </message>
    <message numerus="yes">
        <source>Publisher %1 (%2), %3, %n takedown(s)</source>
        <translation>
            <numerusform>Anbieter %1 (%2), %3, %n Rücknahme</numerusform>
            <numerusform>Anbieter %1 (%2), %3, %n Rücknahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>  no earlier submissions</source>
        <translation>  keine früheren Einreichungen</translation>
    </message>
    <message>
        <source>  SUBMISSION</source>
        <translation>  EINREICHUNG</translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation>MODUL</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>show a submission&apos;s report, diff and publisher history (moderators)</source>
        <translation>Bericht, Änderungen und Anbieterverlauf einer Einreichung anzeigen (Moderatoren)</translation>
    </message>
    <message>
        <source>review-submission takes exactly one submission id</source>
        <translation>review-submission erwartet genau eine Einreichungs-ID</translation>
    </message>
    <message>
        <source>Submission %1: %2 %3 of %4, %5</source>
        <translation>Einreichung %1: %2 %3 von %4, %5</translation>
    </message>
    <message>
        <source>  package sha256 %1, %2 bytes; sent %3</source>
        <translation>  Paket-SHA256 %1, %2 Byte; gesendet %3</translation>
    </message>
    <message>
        <source>No validation report yet.</source>
        <translation>Noch kein Validierungsbericht.</translation>
    </message>
</context>
<context>
    <name>mm::cli::ReviewsCommand</name>
    <message>
        <source>show a module&apos;s rating and reviews</source>
        <translation>Sternebewertung und Bewertungen eines Moduls anzeigen</translation>
    </message>
    <message>
        <source>reviews takes exactly one module id</source>
        <translation>reviews erwartet genau eine Modul-ID</translation>
    </message>
    <message>
        <source>--sort is newest or helpful, got &quot;%1&quot;</source>
        <translation>--sort ist newest oder helpful, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--limit is a number from 1 to %1, got &quot;%2&quot;</source>
        <translation>--limit ist eine Zahl von 1 bis %1, erhalten: „%2“</translation>
    </message>
    <message>
        <source>%1: no ratings yet.</source>
        <translation>%1: noch keine Bewertungen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 %3 from %n rating(s)</source>
        <translation>
            <numerusform>%1: %2 %3 aus %n Bewertung</numerusform>
            <numerusform>%1: %2 %3 aus %n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No written reviews.</source>
        <translation>Keine schriftlichen Bewertungen.</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(Ihre)</translation>
    </message>
    <message>
        <source>[hidden: %1]</source>
        <translation>[ausgeblendet: %1]</translation>
    </message>
    <message numerus="yes">
        <source>%n found this helpful</source>
        <translation>
            <numerusform>%n fand das hilfreich</numerusform>
            <numerusform>%n fanden das hilfreich</numerusform>
        </translation>
    </message>
    <message>
        <source>Publisher&apos;s reply: %1</source>
        <translation>Antwort des Anbieters: %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 of %2 reviews shown.</source>
        <translation>%1 von %2 Bewertungen angezeigt.</translation>
    </message>
</context>
<context>
    <name>mm::cli::RollbackCommand</name>
    <message>
        <source>return a module to the previous version kept on disk</source>
        <translation>ein Modul auf die vorige, auf dem Datenträger aufbewahrte Version zurücksetzen</translation>
    </message>
    <message>
        <source>rollback takes exactly one module id</source>
        <translation>rollback erwartet genau eine Modul-ID</translation>
    </message>
</context>
<context>
    <name>mm::cli::SearchCommand</name>
    <message>
        <source>search the cached catalog (all modules without a query)</source>
        <translation>Katalog im Cache durchsuchen (ohne Suchbegriff: alle Module)</translation>
    </message>
    <message>
        <source>unknown pricing &quot;%1&quot; (free, one_time, subscription, usage)</source>
        <translation>unbekanntes Preismodell „%1“ (free, one_time, subscription, usage)</translation>
    </message>
    <message>
        <source>unknown sort &quot;%1&quot; (relevance, installs, rating, newest, name, price)</source>
        <translation>unbekannte Sortierung „%1“ (relevance, installs, rating, newest, name, price)</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 1000</source>
        <translation>--limit muss eine ganze Zahl von 1 bis 1000 sein</translation>
    </message>
    <message>
        <source>No modules match.</source>
        <translation>Keine passenden Module gefunden.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>PREIS</translation>
    </message>
    <message>
        <source>RATING</source>
        <translation>BEWERTUNG</translation>
    </message>
    <message>
        <source>INSTALLS</source>
        <translation>INSTALLATIONEN</translation>
    </message>
    <message>
        <source>(more results: raise --limit)</source>
        <translation>(weitere Ergebnisse: --limit erhöhen)</translation>
    </message>
</context>
<context>
    <name>mm::cli::SemverCommand</name>
    <message>
        <source>print the versions that satisfy a range, in ascending order</source>
        <translation>die Versionen ausgeben, die einen Bereich erfüllen, aufsteigend sortiert</translation>
    </message>
    <message>
        <source>semver needs at least one version</source>
        <translation>semver braucht mindestens eine Version</translation>
    </message>
</context>
<context>
    <name>mm::cli::ShowCommand</name>
    <message>
        <source>show a module&apos;s details, versions and compatibility</source>
        <translation>Details, Versionen und Kompatibilität eines Moduls anzeigen</translation>
    </message>
    <message>
        <source>show takes exactly one module id</source>
        <translation>show erwartet genau eine Modul-ID</translation>
    </message>
    <message>
        <source>Installable: %1</source>
        <translation>Installierbar: %1</translation>
    </message>
    <message>
        <source>no version runs on this host</source>
        <translation>keine Version läuft auf diesem Host</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>RELEASED</source>
        <translation>VERÖFFENTLICHT</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>DEPENDS ON</source>
        <translation>ABHÄNGIGKEITEN</translation>
    </message>
    <message>
        <source>COMPATIBILITY</source>
        <translation>KOMPATIBILITÄT</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Publisher:   %1</source>
        <translation>Anbieter:      %1</translation>
    </message>
    <message>
        <source>%1 (verified)</source>
        <translation>%1 (verifiziert)</translation>
    </message>
    <message>
        <source>Category:    %1</source>
        <translation>Kategorie:     %1</translation>
    </message>
    <message>
        <source>Price:       %1</source>
        <translation>Preis:         %1</translation>
    </message>
    <message>
        <source>Rating:      %1 (%2 ratings)</source>
        <translation>Bewertung:     %1 (Bewertungen: %2)</translation>
    </message>
    <message>
        <source>Installs:    %1</source>
        <translation>Installationen:%1</translation>
    </message>
    <message>
        <source>Tags:        %1</source>
        <translation>Schlagwörter:  %1</translation>
    </message>
    <message>
        <source>For host:    %1</source>
        <translation>Für Host:      %1</translation>
    </message>
</context>
<context>
    <name>mm::cli::SignCommand</name>
    <message>
        <source>sign a package as its publisher (writes PKG.sig)</source>
        <translation>ein Paket als dessen Anbieter signieren (schreibt PKG.sig)</translation>
    </message>
    <message>
        <source>say which package to sign</source>
        <translation>geben Sie an, welches Paket signiert werden soll</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>%1 belongs to publisher %2 (its module.json says so), not %3; only %2&apos;s key can sign it</source>
        <translation>%1 gehört laut seiner module.json zum Anbieter %2, nicht zu %3; nur der Schlüssel von %2 kann es signieren</translation>
    </message>
    <message>
        <source>Signed %1 %2 as %3 with key %4: %5</source>
        <translation>%1 %2 als %3 mit dem Schlüssel %4 signiert: %5</translation>
    </message>
</context>
<context>
    <name>mm::cli::SignupCommand</name>
    <message>
        <source>create an account for a new tenant or publisher and sign in</source>
        <translation>ein Konto für einen neuen Mandanten oder Anbieter erstellen und anmelden</translation>
    </message>
    <message>
        <source>signup takes no positional arguments</source>
        <translation>signup erwartet keine Positionsargumente</translation>
    </message>
    <message>
        <source>say the account&apos;s --email</source>
        <translation>geben Sie die --email des Kontos an</translation>
    </message>
    <message>
        <source>say either --tenant or --publisher</source>
        <translation>geben Sie entweder --tenant oder --publisher an</translation>
    </message>
    <message>
        <source>--publisher-name goes with --publisher</source>
        <translation>--publisher-name gehört zu --publisher</translation>
    </message>
    <message>
        <source>the password comes from standard input: say --password-stdin</source>
        <translation>das Passwort kommt aus der Standardeingabe: geben Sie --password-stdin an</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>mm::cli::SubmissionOutput</name>
    <message>
        <source>queued for validation</source>
        <translation>wartet auf die Validierung</translation>
    </message>
    <message>
        <source>being validated</source>
        <translation>wird validiert</translation>
    </message>
    <message>
        <source>passed validation; waiting for a moderator</source>
        <translation>Validierung bestanden; wartet auf einen Moderator</translation>
    </message>
    <message>
        <source>flagged: validation found warnings a moderator will look at</source>
        <translation>markiert: Die Validierung hat Warnungen gefunden, die sich ein Moderator ansehen wird</translation>
    </message>
    <message>
        <source>rejected: validation found errors; fix them and submit a new version</source>
        <translation>abgelehnt: Die Validierung hat Fehler gefunden; beheben Sie sie und reichen Sie eine neue Version ein</translation>
    </message>
    <message>
        <source>approved and in the catalog</source>
        <translation>freigegeben und im Katalog</translation>
    </message>
    <message>
        <source>declined by a moderator</source>
        <translation>von einem Moderator zurückgewiesen</translation>
    </message>
    <message>
        <source>Submission %1: %2 %3 of %4, %5</source>
        <translation>Einreichung %1: %2 %3 von %4, %5</translation>
    </message>
    <message>
        <source>  package sha256 %1, %2 bytes; sent %3, updated %4</source>
        <translation>  Paket sha256 %1, %2 Byte; gesendet %3, aktualisiert %4</translation>
    </message>
    <message>
        <source>changes requested by a moderator; the same version may be submitted again</source>
        <translation>Änderungen von einem Moderator angefordert; dieselbe Version kann erneut eingereicht werden</translation>
    </message>
    <message>
        <source>  moderator&apos;s reason (%1): %2</source>
        <translation>  Begründung des Moderators (%1): %2</translation>
    </message>
</context>
<context>
    <name>mm::cli::SubmissionsCommand</name>
    <message>
        <source>show a publisher&apos;s submissions, or one with its validation report</source>
        <translation>die Einreichungen eines Anbieters anzeigen oder eine einzelne mit ihrem Validierungsbericht</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>say whose submissions to list (--publisher) or give a submission id</source>
        <translation>geben Sie an, wessen Einreichungen aufgelistet werden sollen (--publisher), oder nennen Sie eine Einreichungs-ID</translation>
    </message>
    <message>
        <source>Publisher %1 has no submissions.</source>
        <translation>Der Anbieter %1 hat keine Einreichungen.</translation>
    </message>
    <message>
        <source>SUBMISSION</source>
        <translation>EINREICHUNG</translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation>MODUL</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
</context>
<context>
    <name>mm::cli::SyncCommand</name>
    <message>
        <source>bring the local catalog cache up to date with the marketplace</source>
        <translation>lokalen Katalog-Cache mit dem Marktplatz synchronisieren</translation>
    </message>
    <message>
        <source>sync takes no arguments</source>
        <translation>sync erwartet keine Argumente</translation>
    </message>
    <message numerus="yes">
        <source>Catalog version %1 synced in full: %n module(s).</source>
        <translation>
            <numerusform>Katalogversion %1 vollständig synchronisiert: %n Modul.</numerusform>
            <numerusform>Katalogversion %1 vollständig synchronisiert: %n Module.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Catalog version %1 synced: %n module(s) changed, %2 removed.</source>
        <translation>
            <numerusform>Katalogversion %1 synchronisiert: %n Modul geändert, %2 entfernt.</numerusform>
            <numerusform>Katalogversion %1 synchronisiert: %n Module geändert, %2 entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the marketplace&apos;s signed catalog expired at %1. The server may be withholding updates; check with its operator.</source>
        <translation>Warnung: Der signierte Katalog des Marktplatzes ist am %1 abgelaufen. Möglicherweise hält der Server Aktualisierungen zurück; fragen Sie beim Betreiber nach.</translation>
    </message>
    <message>
        <source>Warning: the tenant&apos;s tier could not be read (%1); keeping %2.</source>
        <translation>Warnung: Die Stufe des Mandanten konnte nicht gelesen werden (%1); %2 wird beibehalten.</translation>
    </message>
</context>
<context>
    <name>mm::cli::TakedownCommand</name>
    <message>
        <source>withdraw a published version from the catalog, with the reason (moderators)</source>
        <translation>eine veröffentlichte Version mit Begründung aus dem Katalog zurückziehen (Moderatoren)</translation>
    </message>
    <message>
        <source>takedown takes a module id and a version</source>
        <translation>takedown erwartet eine Modul-ID und eine Version</translation>
    </message>
    <message>
        <source>takedown needs --reason: say why the version is withdrawn</source>
        <translation>takedown braucht --reason: Geben Sie an, warum die Version zurückgezogen wird</translation>
    </message>
    <message>
        <source>Took down %1 %2; it leaves the catalog with version %3.</source>
        <translation>%1 %2 zurückgezogen; die Version verlässt den Katalog mit Katalogversion %3.</translation>
    </message>
</context>
<context>
    <name>mm::cli::TrustCommand</name>
    <message>
        <source>show the marketplace&apos;s root key fingerprint, or pin it for this profile</source>
        <translation>Fingerabdruck des Stammschlüssels des Marktplatzes anzeigen oder ihn für dieses Profil pinnen</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Pinned root key %1 for %2.</source>
        <translation>Stammschlüssel %1 für %2 gepinnt.</translation>
    </message>
    <message>
        <source>Marketplace %1 presents the root key
  %2</source>
        <translation>Der Marktplatz %1 legt folgenden Stammschlüssel vor:
  %2</translation>
    </message>
    <message>
        <source>It is not pinned. Compare it with the fingerprint your marketplace operator published, then run: modmarket-cli trust --pin %1</source>
        <translation>Er ist nicht gepinnt. Vergleichen Sie ihn mit dem Fingerabdruck, den Ihr Marktplatzbetreiber veröffentlicht hat, und führen Sie dann aus: modmarket-cli trust --pin %1</translation>
    </message>
    <message>
        <source>The pinned root key is %1, which is NOT the key the marketplace presents. Do not trust this server until its operator explains the change.</source>
        <translation>Der gepinnte Stammschlüssel ist %1. Das ist NICHT der Schlüssel, den der Marktplatz vorlegt. Vertrauen Sie diesem Server nicht, bis sein Betreiber die Änderung erklärt hat.</translation>
    </message>
    <message>
        <source>It matches the pinned key.</source>
        <translation>Er stimmt mit dem gepinnten Schlüssel überein.</translation>
    </message>
</context>
<context>
    <name>mm::cli::UninstallCommand</name>
    <message>
        <source>remove modules that nothing installed depends on</source>
        <translation>Module entfernen, von denen kein installiertes Modul abhängt</translation>
    </message>
    <message>
        <source>uninstall needs at least one module id</source>
        <translation>uninstall benötigt mindestens eine Modul-ID</translation>
    </message>
</context>
<context>
    <name>mm::cli::UpdateCommand</name>
    <message>
        <source>update installed modules to the newest versions that fit</source>
        <translation>installierte Module auf die neuesten passenden Versionen aktualisieren</translation>
    </message>
    <message>
        <source>update takes module ids or --all</source>
        <translation>update erwartet Modul-IDs oder --all</translation>
    </message>
</context>
<context>
    <name>mm::cli::UsageCommand</name>
    <message>
        <source>%1 unit(s) this period, %2 included, %3 billable: %4</source>
        <translation>%1 Einheit(en) in diesem Zeitraum, %2 inklusive, %3 abrechenbar: %4</translation>
    </message>
    <message>
        <source>report recorded usage to the marketplace, or show a module&apos;s usage</source>
        <translation>erfasste Nutzung an den Marktplatz melden oder die Nutzung eines Moduls anzeigen</translation>
    </message>
    <message>
        <source>usage report takes no arguments</source>
        <translation>usage report erwartet keine Argumente</translation>
    </message>
    <message>
        <source>usage show takes one module id</source>
        <translation>usage show erwartet eine Modul-ID</translation>
    </message>
    <message>
        <source>say what to do with usage</source>
        <translation>geben Sie an, was mit der Nutzung geschehen soll</translation>
    </message>
    <message>
        <source>unknown usage action &quot;%1&quot;</source>
        <translation>unbekannte Nutzungsaktion „%1“</translation>
    </message>
    <message>
        <source>No unreported usage.</source>
        <translation>Es gibt keine noch nicht gemeldete Nutzung.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) reported; </source>
        <translation>
            <numerusform>%1: %n Eintrag gemeldet; </numerusform>
            <numerusform>%1: %n Einträge gemeldet; </numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported: %1</source>
        <translation>Nicht gemeldet: %1</translation>
    </message>
    <message>
        <source>a module id</source>
        <translation>Modul-ID</translation>
    </message>
    <message>
        <source>%1: %2 unit(s) recorded here, %3 not reported yet</source>
        <translation>%1: %2 Einheit(en) hier erfasst, %3 noch nicht gemeldet</translation>
    </message>
    <message>
        <source>Marketplace: %1</source>
        <translation>Marktplatz: %1</translation>
    </message>
    <message>
        <source>The marketplace&apos;s total is not available: %1</source>
        <translation>Die Gesamtsumme des Marktplatzes ist nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>mm::cli::ValidateCommand</name>
    <message>
        <source>run the marketplace&apos;s checks on a module folder or package (exit 1 when rejected)</source>
        <translation>die Prüfungen des Marktplatzes für einen Modulordner oder ein Paket ausführen (Exit-Code 1 bei Ablehnung)</translation>
    </message>
    <message>
        <source>say which module folder or package to validate</source>
        <translation>geben Sie an, welcher Modulordner oder welches Paket validiert werden soll</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>--probe-host %1 is not an executable file</source>
        <translation>--probe-host %1 ist keine ausführbare Datei</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>mm::cli::VerifyCommand</name>
    <message>
        <source>check installed files against their recorded lists</source>
        <translation>installierte Dateien mit den erfassten Dateilisten abgleichen</translation>
    </message>
    <message>
        <source>verify takes at most one module id</source>
        <translation>verify erwartet höchstens eine Modul-ID</translation>
    </message>
    <message>
        <source>%1 %2: ok</source>
        <translation>%1 %2: ok</translation>
    </message>
    <message>
        <source>%1 %2: MODIFIED</source>
        <translation>%1 %2: GEÄNDERT</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlend: %1</translation>
    </message>
    <message>
        <source>extra: %1</source>
        <translation>zusätzlich: %1</translation>
    </message>
    <message>
        <source>%1: on disk but not recorded as installed</source>
        <translation>%1: auf dem Datenträger vorhanden, aber nicht als installiert erfasst</translation>
    </message>
    <message>
        <source>No modules are installed.</source>
        <translation>Es sind keine Module installiert.</translation>
    </message>
</context>
<context>
    <name>mm::cli::WhoamiCommand</name>
    <message>
        <source>show the signed-in user, roles, tenant and publisher</source>
        <translation>angemeldeten Benutzer, Rollen, Mandanten und Anbieter anzeigen</translation>
    </message>
    <message>
        <source>whoami takes no arguments</source>
        <translation>whoami erwartet keine Argumente</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
</context>
<context>
    <name>mm::crypto::JsonFields</name>
    <message>
        <source>%1: the document has %2 bytes, more than the limit of %3</source>
        <translation>%1: Das Dokument hat %2 Byte, mehr als die Obergrenze von %3</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: ungültiges JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <source>%1: the document is not a JSON object</source>
        <translation>%1: Das Dokument ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation>&quot;%1&quot; ist „%2“, erwartet: „%3“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to 2^53 - 1</source>
        <translation>&quot;%1&quot; ist keine ganze Zahl von 0 bis 2^53 - 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;, not an RFC 3339 time with a time zone</source>
        <translation>&quot;%1&quot; ist „%2“ und keine Zeitangabe nach RFC 3339 mit Zeitzone</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid base64</source>
        <translation>&quot;%1&quot; ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 bytes, expected %3</source>
        <translation>&quot;%1&quot; enthält %2 Byte, erwartet: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;, not a key id (16 lower-case hex digits)</source>
        <translation>&quot;%1&quot; ist „%2“ und keine Schlüssel-ID (16 Hexadezimalziffern in Kleinbuchstaben)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation>&quot;%1&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array</source>
        <translation>&quot;%1&quot; ist kein Array</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 entries, more than the limit of %3</source>
        <translation>&quot;%1&quot; hat %2 Einträge, mehr als die Obergrenze von %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to %2</source>
        <translation>&quot;%1&quot; ist keine ganze Zahl von 0 bis %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot;[%2] is not a string of at most %3 characters</source>
        <translation>&quot;%1&quot;[%2] ist keine Zeichenkette mit höchstens %3 Zeichen</translation>
    </message>
    <message>
        <source>checkers file</source>
        <translation>Datei der Codeprüfer</translation>
    </message>
    <message>
        <source>&quot;name&quot; is &quot;%1&quot;; use lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;name&quot; ist „%1“; verwenden Sie Kleinbuchstaben, Ziffern und &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;extensions&quot; is empty; name the file types the checker reads</source>
        <translation>&quot;extensions&quot; ist leer; geben Sie die Dateitypen an, die der Prüfer liest</translation>
    </message>
</context>
<context>
    <name>mm::crypto::KeyFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only: %2</source>
        <translation>Der Lesezugriff auf %1 kann nicht auf den Eigentümer beschränkt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Key file %1</source>
        <translation>Schlüsseldatei %1</translation>
    </message>
    <message>
        <source>&quot;id&quot; is %1 but the key&apos;s id is %2</source>
        <translation>&quot;id&quot; ist %1, die ID des Schlüssels ist jedoch %2</translation>
    </message>
    <message>
        <source>&quot;public&quot;: %1</source>
        <translation>&quot;public&quot;: %1</translation>
    </message>
    <message>
        <source>The secret key for %1 needs a role</source>
        <translation>Der geheime Schlüssel für %1 benötigt eine Rolle</translation>
    </message>
    <message>
        <source>Secret key file %1</source>
        <translation>Datei des geheimen Schlüssels %1</translation>
    </message>
    <message>
        <source>No public key to write to %1</source>
        <translation>Kein öffentlicher Schlüssel zum Schreiben in %1 vorhanden</translation>
    </message>
    <message>
        <source>&quot;format&quot; is &quot;%1&quot;, expected &quot;%2&quot; or &quot;%3&quot;</source>
        <translation>&quot;format&quot; ist „%1“, erwartet: „%2“ oder „%3“</translation>
    </message>
</context>
<context>
    <name>mm::crypto::PublicKey</name>
    <message>
        <source>A public key has %1 bytes, not %2</source>
        <translation>Ein öffentlicher Schlüssel muss %1 Byte lang sein, nicht %2</translation>
    </message>
    <message>
        <source>The public key %1 is not a valid Ed25519 key</source>
        <translation>Der öffentliche Schlüssel %1 ist kein gültiger Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>The public key is not valid base64</source>
        <translation>Der öffentliche Schlüssel ist kein gültiges Base64</translation>
    </message>
</context>
<context>
    <name>mm::crypto::SecretKey</name>
    <message>
        <source>A secret key has %1 bytes, not %2</source>
        <translation>Ein geheimer Schlüssel muss %1 Byte lang sein, nicht %2</translation>
    </message>
    <message>
        <source>The secret key&apos;s public half does not match its seed</source>
        <translation>Der öffentliche Teil des geheimen Schlüssels passt nicht zu seinem Seed</translation>
    </message>
</context>
<context>
    <name>mm::crypto::Sha256</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>mm::crypto::SignedEnvelope</name>
    <message>
        <source>signed envelope</source>
        <translation>signierter Umschlag</translation>
    </message>
    <message>
        <source>&quot;type&quot; is &quot;%1&quot;, which is not a document type</source>
        <translation>&quot;type&quot; ist „%1“, das ist kein Dokumenttyp</translation>
    </message>
    <message>
        <source>&quot;signatures&quot; is empty</source>
        <translation>&quot;signatures&quot; ist leer</translation>
    </message>
    <message>
        <source>signed envelope: signatures[%1]</source>
        <translation>signierter Umschlag: signatures[%1]</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: kein Objekt</translation>
    </message>
</context>
<context>
    <name>mm::desktop::DesktopOptions</name>
    <message>
        <source>Browse, buy and install add-on modules.</source>
        <translation>Add-on-Module entdecken, kaufen und installieren.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation>Das Profil in &lt;verzeichnis&gt; verwenden.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>verzeichnis</translation>
    </message>
    <message>
        <source>Talk to the marketplace at &lt;url&gt;.</source>
        <translation>Den Marktplatz unter &lt;url&gt; verwenden.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Save a screenshot to &lt;file&gt; once the catalog is shown, then quit.</source>
        <translation>Ein Bildschirmfoto in &lt;datei&gt; speichern, sobald der Katalog angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Open the page of module &lt;id&gt;.</source>
        <translation>Die Seite des Moduls &lt;id&gt; öffnen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Start with &lt;text&gt; in the search field.</source>
        <translation>Mit &lt;text&gt; im Suchfeld starten.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>--marketplace needs an http or https URL, got &quot;%1&quot;</source>
        <translation>--marketplace benötigt eine http- oder https-URL, erhalten: „%1“</translation>
    </message>
    <message>
        <source>With --show, open the page&apos;s &lt;tab&gt;: overview, pricing, versions, changelog or plan.</source>
        <translation>Mit --show den Reiter &lt;reiter&gt; der Seite öffnen: overview, pricing, versions, changelog oder plan.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>reiter</translation>
    </message>
    <message>
        <source>--tab goes with --show and is one of overview, pricing, versions, changelog, plan</source>
        <translation>--tab gehört zu --show und ist einer von overview, pricing, versions, changelog, plan</translation>
    </message>
    <message>
        <source>page</source>
        <translation>seite</translation>
    </message>
    <message>
        <source>Once synced, ask for &lt;change&gt; and show its plan: install, update, uninstall or rollback (of the module of --show), or update-all.</source>
        <translation>Nach der Synchronisierung die Änderung &lt;änderung&gt; anfordern und ihren Plan anzeigen: install, update, uninstall oder rollback (für das Modul von --show) oder update-all.</translation>
    </message>
    <message>
        <source>change</source>
        <translation>änderung</translation>
    </message>
    <message>
        <source>With --action, confirm the plan too.</source>
        <translation>Mit --action den Plan auch gleich bestätigen.</translation>
    </message>
    <message>
        <source>--action is install, update, uninstall, rollback or update-all, got &quot;%1&quot;</source>
        <translation>--action ist install, update, uninstall, rollback oder update-all, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--action %1 needs --show</source>
        <translation>--action %1 benötigt --show</translation>
    </message>
    <message>
        <source>--confirm goes with --action</source>
        <translation>--confirm gehört zu --action</translation>
    </message>
    <message>
        <source>Once synced, open the checkout of module &lt;id&gt; and go on to the payment page.</source>
        <translation>Nach der Synchronisierung den Bezahlvorgang für das Modul &lt;id&gt; öffnen und zur Zahlungsseite weitergehen.</translation>
    </message>
    <message>
        <source>With --view revenue, show the revenue of &lt;id&gt;; with --view my-modules, list its submissions.</source>
        <translation>Mit --view revenue den Umsatz des Anbieters &lt;id&gt; anzeigen; mit --view my-modules dessen Einreichungen auflisten.</translation>
    </message>
    <message>
        <source>Once synced, open the publish wizard on module folder or package &lt;path&gt; and run its checks.</source>
        <translation>Nach der Synchronisierung den Veröffentlichungsassistenten für den Modulordner oder das Paket &lt;pfad&gt; öffnen und seine Prüfungen ausführen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>--publisher goes with --view revenue or --view my-modules</source>
        <translation>--publisher gehört zu --view revenue oder --view my-modules</translation>
    </message>
    <message>
        <source>Show &lt;page&gt; once synced: catalog, installed, licenses, revenue, my-modules or moderation.</source>
        <translation>Nach der Synchronisierung &lt;seite&gt; anzeigen: catalog, installed, licenses, revenue, my-modules oder moderation.</translation>
    </message>
    <message>
        <source>--view is catalog, installed, licenses, revenue, my-modules or moderation, got &quot;%1&quot;</source>
        <translation>--view ist catalog, installed, licenses, revenue, my-modules oder moderation, erhalten: „%1“</translation>
    </message>
</context>
<context>
    <name>mm::install::FileOps</name>
    <message>
        <source>no space left on the device</source>
        <translation>kein Speicherplatz mehr auf dem Gerät</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the staging folder and the modules folder are on different file systems</source>
        <translation>der Bereitstellungsordner und der Modulordner liegen auf verschiedenen Dateisystemen</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place: %2</source>
        <translation>%1 kann nicht an den Zielort verschoben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the link %1: %2</source>
        <translation>Der Link %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk: %2</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>mm::install::InstallEngine</name>
    <message>
        <source>Cannot recover the profile %1 from an interrupted operation: %2</source>
        <translation>Das Profil %1 kann nach einem unterbrochenen Vorgang nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Operation %1 passed its commit point but could not be completed: %2. The next operation or a recovery completes it.</source>
        <translation>Vorgang %1 hat seinen Festschreibepunkt überschritten, konnte aber nicht abgeschlossen werden: %2. Der nächste Vorgang oder eine Wiederherstellung schließt ihn ab.</translation>
    </message>
    <message>
        <source>Cannot keep %1 previous versions</source>
        <translation>%1 frühere Versionen können nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid module id</source>
        <translation>„%1“ ist keine gültige Modul-ID</translation>
    </message>
    <message>
        <source>The plan has two steps for module &quot;%1&quot;</source>
        <translation>Der Plan enthält zwei Schritte für das Modul „%1“</translation>
    </message>
    <message>
        <source>The plan does not say which version of &quot;%1&quot; to %2</source>
        <translation>Der Plan gibt nicht an, welche Version von „%1“ für die Aktion %2 verwendet werden soll</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; is already installed (version %2)</source>
        <translation>Das Modul „%1“ ist bereits installiert (Version %2)</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; is not installed</source>
        <translation>Das Modul „%1“ ist nicht installiert</translation>
    </message>
    <message>
        <source>The plan expects module &quot;%1&quot; at version %2, but %3 is installed</source>
        <translation>Der Plan erwartet das Modul „%1“ in Version %2, installiert ist jedoch %3</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; is already at version %2</source>
        <translation>Das Modul „%1“ ist bereits in Version %2 installiert</translation>
    </message>
    <message>
        <source>The operation was cancelled</source>
        <translation>Der Vorgang wurde abgebrochen</translation>
    </message>
    <message>
        <source>The package staged in %1 is %2 %3, not %4 %5</source>
        <translation>Das in %1 bereitgestellte Paket ist %2 %3, nicht %4 %5</translation>
    </message>
    <message>
        <source>The files staged for %1 %2 in %3 do not match the package (changed: %4; missing: %5; extra: %6)</source>
        <translation>Die für %1 %2 in %3 bereitgestellten Dateien stimmen nicht mit dem Paket überein (geändert: %4; fehlend: %5; zusätzlich: %6)</translation>
    </message>
    <message>
        <source>%1 (undoing the operation failed too: %2; the next operation or a recovery finishes undoing it)</source>
        <translation>%1 (auch das Rückgängigmachen des Vorgangs ist fehlgeschlagen: %2; der nächste Vorgang oder eine Wiederherstellung macht ihn vollständig rückgängig)</translation>
    </message>
</context>
<context>
    <name>mm::install::InstallHistory</name>
    <message>
        <source>recording the history of &quot;%1&quot;</source>
        <translation>Erfassen des Verlaufs von „%1“</translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation>Lesen des Verlaufs</translation>
    </message>
</context>
<context>
    <name>mm::install::InstallLock</name>
    <message>
        <source>Another operation is running on the profile %1 (pid %2)</source>
        <translation>Im Profil %1 läuft bereits ein anderer Vorgang (PID %2)</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1</source>
        <translation>Die Sperrdatei %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>mm::install::InstallState</name>
    <message>
        <source>Cannot open the install state %1: %2</source>
        <translation>Der Installationsstatus %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The install state %1 was written by a newer version (schema %2)</source>
        <translation>Der Installationsstatus %1 wurde von einer neueren Version geschrieben (Schema %2)</translation>
    </message>
    <message>
        <source>creating the schema</source>
        <translation>Erstellen des Schemas</translation>
    </message>
    <message>
        <source>setting the schema version</source>
        <translation>Setzen der Schemaversion</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>In %1 kann keine Transaktion gestartet werden: %2</translation>
    </message>
    <message>
        <source>Cannot commit to %1: %2</source>
        <translation>Änderungen an %1 können nicht festgeschrieben werden: %2</translation>
    </message>
    <message>
        <source>The install state %1 failed while %2: %3</source>
        <translation>Fehler im Installationsstatus %1 beim %2: %3</translation>
    </message>
    <message>
        <source>reading the installations</source>
        <translation>Lesen der Installationen</translation>
    </message>
    <message>
        <source>The install state %1 lists module &quot;%2&quot; with the invalid version &quot;%3&quot;</source>
        <translation>Der Installationsstatus %1 führt das Modul „%2“ mit der ungültigen Version „%3“</translation>
    </message>
    <message>
        <source>recording module &quot;%1&quot;</source>
        <translation>Erfassen des Moduls „%1“</translation>
    </message>
    <message>
        <source>removing module &quot;%1&quot;</source>
        <translation>Entfernen des Moduls „%1“</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>Speichern von %1</translation>
    </message>
</context>
<context>
    <name>mm::install::InstallTransaction</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mm::install::InstalledVerifier</name>
    <message>
        <source>Module &quot;%1&quot; is not installed</source>
        <translation>Das Modul „%1“ ist nicht installiert</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is not a symbolic link</source>
        <translation>%1 ist kein symbolischer Link</translation>
    </message>
    <message>
        <source>%1 is broken: it points at &quot;%2&quot;</source>
        <translation>%1 ist defekt: Das Ziel ist „%2“</translation>
    </message>
    <message>
        <source>%1 points at version %2, but version %3 is installed</source>
        <translation>%1 verweist auf Version %2, installiert ist jedoch Version %3</translation>
    </message>
</context>
<context>
    <name>mm::install::KeptVersions</name>
    <message>
        <source>reading the kept versions of &quot;%1&quot;</source>
        <translation>Lesen der aufbewahrten Versionen von „%1“</translation>
    </message>
    <message>
        <source>The install state %1 keeps module &quot;%2&quot; at the invalid version &quot;%3&quot;</source>
        <translation>Der Installationsstatus %1 bewahrt das Modul „%2“ in der ungültigen Version „%3“ auf</translation>
    </message>
    <message>
        <source>reading the files of %1 %2</source>
        <translation>Lesen der Dateien von %1 %2</translation>
    </message>
    <message>
        <source>recording the files of %1 %2</source>
        <translation>Erfassen der Dateien von %1 %2</translation>
    </message>
    <message>
        <source>recording the use of %1 %2</source>
        <translation>Erfassen der Verwendung von %1 %2</translation>
    </message>
    <message>
        <source>forgetting %1 %2</source>
        <translation>Vergessen von %1 %2</translation>
    </message>
    <message>
        <source>forgetting the versions of &quot;%1&quot;</source>
        <translation>Vergessen der Versionen von „%1“</translation>
    </message>
</context>
<context>
    <name>mm::install::ModuleManager</name>
    <message>
        <source>The catalog has not been synced yet; run &quot;modmarket-cli sync&quot; first.</source>
        <translation>Der Katalog wurde noch nicht synchronisiert; führen Sie zuerst „modmarket-cli sync“ aus.</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1</source>
        <translation>Der Profilordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>No earlier version of %1 is kept on disk to roll back to.</source>
        <translation>Von %1 ist keine frühere Version auf dem Datenträger aufbewahrt, auf die zurückgesetzt werden könnte.</translation>
    </message>
    <message>
        <source>Trusting a publisher key by hand needs a profile in developer mode.</source>
        <translation>Um einem Anbieterschlüssel manuell zu vertrauen, ist ein Profil im Entwicklermodus erforderlich.</translation>
    </message>
    <message>
        <source>%1 is not in the synced catalog.</source>
        <translation>%1 ist nicht im synchronisierten Katalog enthalten.</translation>
    </message>
    <message>
        <source>The catalog lists no package for %1.</source>
        <translation>Im Katalog ist kein Paket für %1 angegeben.</translation>
    </message>
    <message>
        <source>The synced catalog has no version %1.</source>
        <translation>Der synchronisierte Katalog enthält keine Version %1.</translation>
    </message>
    <message>
        <source>%1 is not part of the plan.</source>
        <translation>%1 ist nicht Teil des Plans.</translation>
    </message>
    <message>
        <source>The marketplace issued licenses that could not be stored: %1</source>
        <translation>Der Marktplatz hat Lizenzen ausgestellt, die nicht gespeichert werden konnten: %1</translation>
    </message>
    <message>
        <source>Sign in first: %1 is a paid module and runs only with a license of your tenant (File › Sign in, or modmarket-cli login).</source>
        <translation>Melden Sie sich zuerst an: %1 ist ein kostenpflichtiges Modul und läuft nur mit einer Lizenz Ihres Mandanten (Datei › Anmelden oder modmarket-cli login).</translation>
    </message>
</context>
<context>
    <name>mm::install::ModuleStore</name>
    <message>
        <source>The journal names the folder &quot;%1&quot;, which is not a module or version folder under %2</source>
        <translation>Das Journal nennt den Ordner „%1“, der kein Modul- oder Versionsordner unterhalb von %2 ist</translation>
    </message>
</context>
<context>
    <name>mm::install::OfflinePackage</name>
    <message>
        <source>%1 is not a package file.</source>
        <translation>%1 ist keine Paketdatei.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot create a work folder in %1</source>
        <translation>In %1 kann kein Arbeitsordner erstellt werden</translation>
    </message>
    <message>
        <source>%1 is signed as %2@%3 but its manifest says %4@%5.</source>
        <translation>%1 ist als %2@%3 signiert, laut Manifest ist es jedoch %4@%5.</translation>
    </message>
</context>
<context>
    <name>mm::install::OperationJournal</name>
    <message>
        <source>journaling a new operation</source>
        <translation>Protokollieren eines neuen Vorgangs</translation>
    </message>
    <message>
        <source>journaling the folder %1</source>
        <translation>Protokollieren des Ordners %1</translation>
    </message>
    <message>
        <source>journaling the removal of %1</source>
        <translation>Protokollieren der Entfernung von %1</translation>
    </message>
    <message>
        <source>clearing the removals of operation %1</source>
        <translation>Löschen der Entfernungen von Vorgang %1</translation>
    </message>
    <message>
        <source>marking operation %1 %2</source>
        <translation>Markieren des Vorgangs %1 als %2</translation>
    </message>
    <message>
        <source>reading the journal</source>
        <translation>Lesen des Journals</translation>
    </message>
    <message>
        <source>The journal entry of operation %1 in %2 is damaged: %3</source>
        <translation>Der Journaleintrag von Vorgang %1 in %2 ist beschädigt: %3</translation>
    </message>
    <message>
        <source>reading the folders of operation %1</source>
        <translation>Lesen der Ordner von Vorgang %1</translation>
    </message>
</context>
<context>
    <name>mm::install::PlannedOperation</name>
    <message>
        <source>The journaled plan is not a plan: %1</source>
        <translation>Der im Journal gespeicherte Plan ist kein gültiger Plan: %1</translation>
    </message>
    <message>
        <source>The journaled plan has a step for &quot;%1&quot; with the unknown action &quot;%2&quot;</source>
        <translation>Der im Journal gespeicherte Plan hat einen Schritt für „%1“ mit der unbekannten Aktion „%2“</translation>
    </message>
    <message>
        <source>The journaled plan has a step for &quot;%1&quot; with the invalid &quot;%2&quot; version &quot;%3&quot;</source>
        <translation>Der im Journal gespeicherte Plan hat einen Schritt für „%1“ mit der ungültigen Version „%3“ in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The journaled plan has a step for &quot;%1&quot; without a target version</source>
        <translation>Der im Journal gespeicherte Plan hat einen Schritt für „%1“ ohne Zielversion</translation>
    </message>
</context>
<context>
    <name>mm::install::Recovery</name>
    <message>
        <source>Interrupted after its commit point; completed by recovery</source>
        <translation>Nach dem Festschreibepunkt unterbrochen; durch Wiederherstellung abgeschlossen</translation>
    </message>
    <message>
        <source>Interrupted before its commit point; rolled back by recovery</source>
        <translation>Vor dem Festschreibepunkt unterbrochen; durch Wiederherstellung zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>mm::install::SignatureFile</name>
    <message>
        <source>%1 has no signature file beside it (%2); an unsigned package cannot be installed.</source>
        <translation>Neben %1 liegt keine Signaturdatei (%2); ein unsigniertes Paket kann nicht installiert werden.</translation>
    </message>
</context>
<context>
    <name>mm::install::SignedPackageFetcher</name>
    <message>
        <source>Cannot create the download cache %1</source>
        <translation>Der Download-Cache %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is signed as a package of %2, but the catalog lists %3 as its publisher.</source>
        <translation>%1 ist als Paket von %2 signiert, im Katalog ist jedoch %3 als Anbieter angegeben.</translation>
    </message>
    <message>
        <source>The package downloaded for %1 holds %2@%3.</source>
        <translation>Das für %1 heruntergeladene Paket enthält %2@%3.</translation>
    </message>
</context>
<context>
    <name>mm::licensing::License</name>
    <message>
        <source>&quot;%1&quot; must be letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; or &apos;-&apos;</source>
        <translation>&quot;%1&quot; darf nur aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; oder &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: kein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>license</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&quot;plan&quot; is &quot;%1&quot;, expected free, one-time, subscription, usage-based or trial</source>
        <translation>&quot;plan&quot; ist „%1“, erwartet: free, one-time, subscription, usage-based oder trial</translation>
    </message>
    <message>
        <source>&quot;grace_seconds&quot; must be at most %1</source>
        <translation>&quot;grace_seconds&quot; darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>&quot;expires&quot; must be later than &quot;not_before&quot;</source>
        <translation>&quot;expires&quot; muss später als &quot;not_before&quot; sein</translation>
    </message>
</context>
<context>
    <name>mm::licensing::LicenseBook</name>
    <message>
        <source>reading the licenses</source>
        <translation>Lesen der Lizenzen</translation>
    </message>
    <message>
        <source>reading the license of &quot;%1&quot;</source>
        <translation>Lesen der Lizenz für „%1“</translation>
    </message>
    <message>
        <source>No license for &quot;%1&quot; is stored in the keychain.</source>
        <translation>Im Schlüsselbund ist keine Lizenz für „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>recording the license of &quot;%1&quot;</source>
        <translation>Speichern der Lizenz für „%1“</translation>
    </message>
    <message>
        <source>removing the license of &quot;%1&quot;</source>
        <translation>Entfernen der Lizenz für „%1“</translation>
    </message>
    <message>
        <source>revoked by the marketplace</source>
        <translation>vom Marktplatz widerrufen</translation>
    </message>
    <message>
        <source>recording the revocation of license %1</source>
        <translation>Speichern des Widerrufs der Lizenz %1</translation>
    </message>
    <message>
        <source>reading the revoked licenses</source>
        <translation>Lesen der widerrufenen Lizenzen</translation>
    </message>
</context>
<context>
    <name>mm::licensing::LicensePlan</name>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>One-time purchase</source>
        <translation>Einmalkauf</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Usage-based</source>
        <translation>Nutzungsbasiert</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Testphase</translation>
    </message>
</context>
<context>
    <name>mm::licensing::LicenseRefresh</name>
    <message>
        <source>The marketplace&apos;s license list has no &quot;items&quot; array.</source>
        <translation>Die Lizenzliste des Marktplatzes enthält kein Array &quot;items&quot;.</translation>
    </message>
</context>
<context>
    <name>mm::licensing::LicenseRenewal</name>
    <message>
        <source>&quot;%1&quot; is not a license id.</source>
        <translation>„%1“ ist keine Lizenz-ID.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s answer to %1 holds no license document.</source>
        <translation>Die Antwort des Marktplatzes auf %1 enthält kein Lizenzdokument.</translation>
    </message>
</context>
<context>
    <name>mm::licensing::LicenseService</name>
    <message>
        <source>No verified key list is cached yet, so licenses cannot be checked; sync with the marketplace once.</source>
        <translation>Im Cache liegt noch keine verifizierte Schlüsselliste, daher können Lizenzen nicht geprüft werden; synchronisieren Sie einmal mit dem Marktplatz.</translation>
    </message>
    <message>
        <source>No marketplace root key is pinned, so licenses cannot be checked; confirm the marketplace with &quot;modmarket-cli trust --pin FINGERPRINT&quot; and sync.</source>
        <translation>Es ist kein Stammschlüssel des Marktplatzes gepinnt, daher können Lizenzen nicht geprüft werden; bestätigen Sie den Marktplatz mit „modmarket-cli trust --pin FINGERPRINT“ und synchronisieren Sie.</translation>
    </message>
    <message>
        <source>The license stored for %1 is a license of %2.</source>
        <translation>Die für %1 gespeicherte Lizenz ist eine Lizenz für %2.</translation>
    </message>
    <message>
        <source>The license was not imported: %1</source>
        <translation>Die Lizenz wurde nicht importiert: %1</translation>
    </message>
</context>
<context>
    <name>mm::licensing::LicenseStatus</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation>In der Kulanzfrist</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>For another tenant</source>
        <translation>Für einen anderen Mandanten</translation>
    </message>
    <message>
        <source>For another machine</source>
        <translation>Für einen anderen Rechner</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Ungültige Signatur</translation>
    </message>
    <message>
        <source>Unknown signing key</source>
        <translation>Unbekannter Signaturschlüssel</translation>
    </message>
    <message>
        <source>Clock set back</source>
        <translation>Uhr zurückgestellt</translation>
    </message>
    <message>
        <source>Not a license</source>
        <translation>Keine Lizenz</translation>
    </message>
</context>
<context>
    <name>mm::licensing::LicenseVerifier</name>
    <message>
        <source>The license is empty.</source>
        <translation>Die Lizenz ist leer.</translation>
    </message>
    <message>
        <source>The license is %1 bytes; a license is at most %2 bytes.</source>
        <translation>Die Lizenz ist %1 Byte groß; eine Lizenz darf höchstens %2 Byte groß sein.</translation>
    </message>
    <message>
        <source>Not a license document: %1</source>
        <translation>Kein Lizenzdokument: %1</translation>
    </message>
    <message>
        <source>The document is a signed &quot;%1&quot;, not a license.</source>
        <translation>Das Dokument ist ein signiertes Dokument vom Typ „%1“, keine Lizenz.</translation>
    </message>
    <message>
        <source>A license carries exactly one signature; this one has %1.</source>
        <translation>Eine Lizenz trägt genau eine Signatur; diese hat %1.</translation>
    </message>
    <message>
        <source>The key %1 that signed the license is revoked.</source>
        <translation>Der Schlüssel %1, mit dem die Lizenz signiert wurde, wurde widerrufen.</translation>
    </message>
    <message>
        <source>The license is signed by key %1, which is not in the marketplace&apos;s key list.</source>
        <translation>Die Lizenz ist mit dem Schlüssel %1 signiert, der nicht in der Schlüsselliste des Marktplatzes enthalten ist.</translation>
    </message>
    <message>
        <source>The license is signed by key %1, a %2 key, not a license key.</source>
        <translation>Die Lizenz ist mit dem Schlüssel %1 signiert; er hat die Rolle %2 und ist kein Lizenzschlüssel.</translation>
    </message>
    <message>
        <source>The license&apos;s signature by key %1 does not verify: it was changed or forged.</source>
        <translation>Die Signatur der Lizenz mit dem Schlüssel %1 lässt sich nicht verifizieren: Die Lizenz wurde verändert oder gefälscht.</translation>
    </message>
    <message>
        <source>The license was issued on %1, after its key %2 expired on %3.</source>
        <translation>Die Lizenz wurde am %1 ausgestellt, nachdem ihr Schlüssel %2 am %3 abgelaufen war.</translation>
    </message>
    <message>
        <source>The license %1 was revoked by the marketplace.</source>
        <translation>Die Lizenz %1 wurde vom Marktplatz widerrufen.</translation>
    </message>
    <message>
        <source>The license is for tenant %1, not for this tenant (%2).</source>
        <translation>Die Lizenz gilt für den Mandanten %1, nicht für diesen Mandanten (%2).</translation>
    </message>
    <message>
        <source>The license is bound to machine %1, not to this machine (%2).</source>
        <translation>Die Lizenz ist an den Rechner %1 gebunden, nicht an diesen Rechner (%2).</translation>
    </message>
    <message>
        <source>The system clock (%1) is behind a time already seen (%2); the license cannot be checked until the clock is correct.</source>
        <translation>Die Systemuhr (%1) liegt vor einem bereits erfassten Zeitpunkt (%2); die Lizenz kann erst geprüft werden, wenn die Uhr richtig gestellt ist.</translation>
    </message>
    <message>
        <source>The license starts on %1.</source>
        <translation>Die Lizenz beginnt am %1.</translation>
    </message>
    <message>
        <source>Valid, with no expiry.</source>
        <translation>Gültig, ohne Ablaufdatum.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Gültig bis %1.</translation>
    </message>
    <message>
        <source>Expired on %1; it keeps working until %2. Renew it before then.</source>
        <translation>Am %1 abgelaufen; sie funktioniert noch bis %2. Verlängern Sie sie vorher.</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Am %1 abgelaufen.</translation>
    </message>
</context>
<context>
    <name>mm::licensing::TenantTier</name>
    <message>
        <source>The marketplace reported the unknown tier &quot;%1&quot; for this tenant.</source>
        <translation>Der Marktplatz hat für diesen Mandanten die unbekannte Stufe „%1“ gemeldet.</translation>
    </message>
</context>
<context>
    <name>mm::licensing::Tier</name>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
</context>
<context>
    <name>mm::moderation::Decision</name>
    <message>
        <source>A rejection needs a reason for the developer.</source>
        <translation>Eine Zurückweisung braucht eine Begründung für den Entwickler.</translation>
    </message>
    <message>
        <source>A request for changes needs a reason for the developer.</source>
        <translation>Eine Anforderung von Änderungen braucht eine Begründung für den Entwickler.</translation>
    </message>
    <message>
        <source>The reason has %1 characters, more than the limit of %2.</source>
        <translation>Die Begründung hat %1 Zeichen, mehr als die Grenze von %2.</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>&quot;submission&quot; is not an object</source>
        <translation>&quot;submission&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;claimed_by&quot; is not an e-mail address</source>
        <translation>&quot;claimed_by&quot; ist keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>mm::moderation::ModerationApi</name>
    <message>
        <source>&quot;%1&quot; is not a submission status.</source>
        <translation>„%1“ ist kein Einreichungsstatus.</translation>
    </message>
    <message>
        <source>moderation queue</source>
        <translation>Moderationswarteschlange</translation>
    </message>
    <message>
        <source>&quot;items[%1]&quot; is not an object</source>
        <translation>&quot;items[%1]&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;items[%1]&quot;: %2</source>
        <translation>&quot;items[%1]&quot;: %2</translation>
    </message>
    <message>
        <source>a submission id</source>
        <translation>Einreichungs-ID</translation>
    </message>
    <message>
        <source>The marketplace answered submission %1 when asked for %2.</source>
        <translation>Der Marktplatz hat auf die Anfrage nach %2 mit der Einreichung %1 geantwortet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module id.</source>
        <translation>„%1“ ist keine Modul-ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version.</source>
        <translation>„%1“ ist keine Version.</translation>
    </message>
    <message>
        <source>A takedown needs a reason of 1 to %1 characters.</source>
        <translation>Eine Rücknahme braucht eine Begründung mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>takedown</source>
        <translation>Rücknahme</translation>
    </message>
</context>
<context>
    <name>mm::moderation::QueueItem</name>
    <message>
        <source>queue item %1</source>
        <translation>Warteschlangeneintrag %1</translation>
    </message>
    <message>
        <source>&quot;risk&quot; is &quot;%1&quot;, expected low, medium or high</source>
        <translation>&quot;risk&quot; ist „%1“, erwartet: low, medium oder high</translation>
    </message>
    <message>
        <source>&quot;previous_version&quot; is not a version</source>
        <translation>&quot;previous_version&quot; ist keine Version</translation>
    </message>
</context>
<context>
    <name>mm::moderation::SubmissionReview</name>
    <message>
        <source>&quot;%1[%2]&quot; is not a file path of 1 to %3 characters</source>
        <translation>&quot;%1[%2]&quot; ist kein Dateipfad mit 1 bis %3 Zeichen</translation>
    </message>
    <message>
        <source>&quot;verified&quot; is not true or false</source>
        <translation>&quot;verified&quot; ist nicht true oder false</translation>
    </message>
    <message>
        <source>&quot;status&quot; is &quot;%1&quot;, not a submission status</source>
        <translation>&quot;status&quot; ist „%1“, kein Einreichungsstatus</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>submission review</source>
        <translation>Einreichungsprüfung</translation>
    </message>
    <message>
        <source>&quot;report&quot; is not an object</source>
        <translation>&quot;report&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;report&quot;: %1</source>
        <translation>&quot;report&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;previous&quot; is not an object or null</source>
        <translation>&quot;previous&quot; ist weder ein Objekt noch null</translation>
    </message>
    <message>
        <source>&quot;version&quot;: %1</source>
        <translation>&quot;version&quot;: %1</translation>
    </message>
    <message>
        <source>the publisher is %1 but the submission is by %2</source>
        <translation>der Anbieter ist %1, die Einreichung stammt aber von %2</translation>
    </message>
</context>
<context>
    <name>mm::net::DownloadAttempt</name>
    <message>
        <source>%1 answered the resume request with the wrong range (%2).</source>
        <translation>%1 hat auf die Fortsetzungsanfrage mit dem falschen Bereich geantwortet (%2).</translation>
    </message>
    <message>
        <source>%1 answered %2 for %3.</source>
        <translation>%1 hat für %3 mit %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 sent more than the %2 bytes the catalog declares for %3; the download was stopped.</source>
        <translation>%1 hat für %3 mehr als die im Katalog angegebenen %2 Byte gesendet; der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation>Der Download von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Downloading from %1 failed: %2</source>
        <translation>Das Herunterladen vom Server %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection after %2 of %3 bytes.</source>
        <translation>%1 hat die Verbindung nach %2 von %3 Byte getrennt.</translation>
    </message>
</context>
<context>
    <name>mm::net::HttpCall</name>
    <message>
        <source>%1 has nothing at %2.</source>
        <translation>Bei %1 ist unter %2 nichts vorhanden.</translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP status %3.</source>
        <translation>%1 hat auf %2 mit dem HTTP-Status %3 geantwortet.</translation>
    </message>
    <message>
        <source>The request for %1 was cancelled.</source>
        <translation>Die Anfrage nach %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 bytes for %3.</source>
        <translation>%1 hat für %3 mehr als %2 Byte gesendet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time for %2.</source>
        <translation>%1 hat für %2 nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Requesting %1 from %2 failed: %3</source>
        <translation>Die Anfrage nach %1 bei %2 ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>mm::net::MarketplaceApi</name>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot reach the marketplace at %1: %2</source>
        <translation>Der Marktplatz unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The marketplace at %1 did not answer within %2 seconds.</source>
        <translation>Der Marktplatz unter %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The marketplace at %1 closed the connection before the answer was complete.</source>
        <translation>Der Marktplatz unter %1 hat die Verbindung getrennt, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The answer from %1 was cut short (%2 of %3 bytes).</source>
        <translation>Die Antwort von %1 war unvollständig (%2 von %3 Byte).</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 and was refused.</source>
        <translation>Die Antwort von %1 war größer als %2 und wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>mm::net::PackageDownloader</name>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation>Der Download von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The download of %1 has SHA-256 %2 but the catalog lists %3; it was discarded.</source>
        <translation>Der Download von %1 hat den SHA-256-Wert %2, im Katalog ist jedoch %3 angegeben; er wurde verworfen.</translation>
    </message>
    <message>
        <source>Cannot move the download to %1</source>
        <translation>Der Download kann nicht nach %1 verschoben werden</translation>
    </message>
</context>
<context>
    <name>mm::package::ArchiveManifest</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: out of memory</source>
        <translation>%1 kann nicht gelesen werden: nicht genügend Speicher</translation>
    </message>
    <message>
        <source>%1 is not a readable package: %2</source>
        <translation>%1 ist kein lesbares Paket: %2</translation>
    </message>
    <message>
        <source>%1 holds no module.json; every package needs one at its root</source>
        <translation>%1 enthält keine module.json; jedes Paket benötigt eine in seinem Stammverzeichnis</translation>
    </message>
    <message>
        <source>In %1: module.json must be a regular file</source>
        <translation>In %1: module.json muss eine reguläre Datei sein</translation>
    </message>
    <message>
        <source>In %1: module.json is larger than %2 bytes</source>
        <translation>In %1: module.json ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>In %1: cannot read module.json: %2</source>
        <translation>In %1: module.json kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>In %1: %2</translation>
    </message>
</context>
<context>
    <name>mm::package::EntryPath</name>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the name is longer than %1 bytes</source>
        <translation>der Name ist länger als %1 Byte</translation>
    </message>
    <message>
        <source>the name contains NUL or a control character</source>
        <translation>der Name enthält NUL oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation>der Name ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the name contains a backslash</source>
        <translation>der Name enthält einen Backslash</translation>
    </message>
    <message>
        <source>absolute paths are not allowed</source>
        <translation>absolute Pfade sind nicht erlaubt</translation>
    </message>
    <message>
        <source>the name contains a &quot;..&quot; component</source>
        <translation>der Name enthält eine Komponente &quot;..&quot;</translation>
    </message>
    <message>
        <source>the name starts with a drive letter</source>
        <translation>der Name beginnt mit einem Laufwerksbuchstaben</translation>
    </message>
    <message>
        <source>the name is deeper than %1 levels</source>
        <translation>der Name ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>mm::package::Manifest</name>
    <message>
        <source>module.json is larger than %1 bytes</source>
        <translation>module.json ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>module.json is not valid JSON (at offset %1: %2)</source>
        <translation>module.json ist kein gültiges JSON (bei Offset %1: %2)</translation>
    </message>
    <message>
        <source>module.json must hold a JSON object</source>
        <translation>module.json muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>module.json: %1</source>
        <translation>module.json: %1</translation>
    </message>
    <message>
        <source>module.json: module &quot;%1&quot;: &quot;versions&quot; must list exactly one version, the one packaged (it lists %2)</source>
        <translation>module.json: Modul „%1“: &quot;versions&quot; muss genau eine Version enthalten, nämlich die gepackte (enthalten: %2)</translation>
    </message>
    <message>
        <source>module.json: &quot;versions[0].version&quot;: %1</source>
        <translation>module.json: &quot;versions[0].version&quot;: %1</translation>
    </message>
    <message>
        <source>%1 does not exist; every package needs one</source>
        <translation>%1 existiert nicht; jedes Paket benötigt diese Datei</translation>
    </message>
    <message>
        <source>%1 must be a regular file</source>
        <translation>%1 muss eine reguläre Datei sein</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>In %1: %2</translation>
    </message>
    <message>
        <source>module.json: &quot;plugin&quot;: %1</source>
        <translation>module.json: &quot;plugin&quot;: %1</translation>
    </message>
    <message>
        <source>must be a non-empty string, the plugin&apos;s path inside the module folder</source>
        <translation>muss eine nicht leere Zeichenkette sein, nämlich der Pfad des Plugins im Modulordner</translation>
    </message>
    <message>
        <source>must name a file, not the module folder</source>
        <translation>muss eine Datei angeben, nicht den Modulordner</translation>
    </message>
</context>
<context>
    <name>mm::package::PackageWriter</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Cannot pack %1: %2</source>
        <translation>%1 kann nicht gepackt werden: %2</translation>
    </message>
    <message>
        <source>it is a symbolic link; packages hold only files and folders</source>
        <translation>es ist ein symbolischer Link; Pakete enthalten nur Dateien und Ordner</translation>
    </message>
    <message>
        <source>it is a socket, FIFO or device; packages hold only files and folders</source>
        <translation>es ist ein Socket, FIFO oder Gerät; Pakete enthalten nur Dateien und Ordner</translation>
    </message>
    <message>
        <source>another name in the folder differs from it only in case</source>
        <translation>ein anderer Name im Ordner unterscheidet sich davon nur in der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>the package would exceed the extraction limits (%1 entries, %2 bytes per file, %3 bytes in total)</source>
        <translation>das Paket würde die Grenzwerte für das Entpacken überschreiten (%1 Einträge, %2 Byte pro Datei, %3 Byte insgesamt)</translation>
    </message>
    <message>
        <source>it shrank while being packed</source>
        <translation>die Datei ist beim Packen kleiner geworden</translation>
    </message>
    <message>
        <source>it grew while being packed</source>
        <translation>die Datei ist beim Packen größer geworden</translation>
    </message>
    <message>
        <source>Cannot pack %1: it is not a folder</source>
        <translation>%1 kann nicht gepackt werden: Es ist kein Ordner</translation>
    </message>
    <message>
        <source>Cannot pack %1 into %2: the package would be inside the folder it packs</source>
        <translation>%1 kann nicht in %2 gepackt werden: Das Paket läge innerhalb des zu packenden Ordners</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mm::package::SafeExtractor</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>a hard link</source>
        <translation>ein harter Link</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>ein FIFO</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>of an unknown type</source>
        <translation>von unbekanntem Typ</translation>
    </message>
    <message>
        <source>Cannot open the archive %1: %2</source>
        <translation>Das Archiv %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the archive %1: out of memory</source>
        <translation>Das Archiv %1 kann nicht gelesen werden: nicht genügend Speicher</translation>
    </message>
    <message>
        <source>%1 is not a readable tar archive: %2</source>
        <translation>%1 ist kein lesbares tar-Archiv: %2</translation>
    </message>
    <message>
        <source>The archive %1 is damaged or truncated after entry %2: %3</source>
        <translation>Das Archiv %1 ist nach Eintrag %2 beschädigt oder abgeschnitten: %3</translation>
    </message>
    <message>
        <source>entry %1: the archive has more than the limit of %2 entries</source>
        <translation>Eintrag %1: Das Archiv hat mehr Einträge als die Obergrenze von %2</translation>
    </message>
    <message>
        <source>entry %1 is %2; only files and folders are allowed</source>
        <translation>Eintrag %1 ist %2; nur Dateien und Ordner sind erlaubt</translation>
    </message>
    <message>
        <source>entry %1: the archive is damaged or truncated: %2</source>
        <translation>Eintrag %1: Das Archiv ist beschädigt oder abgeschnitten: %2</translation>
    </message>
    <message>
        <source>entry %1 is larger than the limit of %2 bytes per file</source>
        <translation>Eintrag %1 ist größer als die Obergrenze von %2 Byte pro Datei</translation>
    </message>
    <message>
        <source>entry %1: the archive expands to more than the limit of %2 bytes</source>
        <translation>Eintrag %1: Das entpackte Archiv überschreitet die Obergrenze von %2 Byte</translation>
    </message>
    <message>
        <source>entry %1: cannot write the file: %2</source>
        <translation>Eintrag %1: Die Datei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The extraction of %1 was cancelled</source>
        <translation>Das Entpacken von %1 wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>mm::package::StagingTree</name>
    <message>
        <source>No destination folder was given for the extraction</source>
        <translation>Für das Entpacken wurde kein Zielordner angegeben</translation>
    </message>
    <message>
        <source>Cannot extract into %1: it already exists</source>
        <translation>In %1 kann nicht entpackt werden: Das Ziel existiert bereits</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>entry %1: a file needs a name</source>
        <translation>Eintrag %1: Eine Datei benötigt einen Namen</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>die Datei kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>differs only in case or Unicode normalisation from the earlier entry &quot;%1&quot;</source>
        <translation>unterscheidet sich nur in Groß-/Kleinschreibung oder Unicode-Normalisierung vom früheren Eintrag „%1“</translation>
    </message>
    <message>
        <source>is a folder, but an earlier entry made it a file</source>
        <translation>ist ein Ordner, aber ein früherer Eintrag hat ihn als Datei angelegt</translation>
    </message>
    <message>
        <source>is a file, but an earlier entry made it a folder</source>
        <translation>ist eine Datei, aber ein früherer Eintrag hat sie als Ordner angelegt</translation>
    </message>
    <message>
        <source>repeats an earlier entry</source>
        <translation>wiederholt einen früheren Eintrag</translation>
    </message>
    <message>
        <source>lies under &quot;%1&quot;, which an earlier entry made a file</source>
        <translation>liegt unter „%1“, das ein früherer Eintrag als Datei angelegt hat</translation>
    </message>
    <message>
        <source>cannot open the folder &quot;%1&quot;: %2</source>
        <translation>der Ordner „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; was replaced during the extraction</source>
        <translation>der Ordner „%1“ wurde während des Entpackens ersetzt</translation>
    </message>
    <message>
        <source>cannot create the folder &quot;%1&quot;: %2</source>
        <translation>der Ordner „%1“ kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>mm::pricing::Pricing</name>
    <message>
        <source>unknown model &quot;%1&quot; (expected free, one_time, subscription or usage)</source>
        <translation>unbekanntes Preismodell „%1“ (erwartet: free, one_time, subscription oder usage)</translation>
    </message>
    <message>
        <source>&quot;currency&quot; must be an ISO 4217 code such as EUR, got &quot;%1&quot;</source>
        <translation>&quot;currency&quot; muss ein ISO-4217-Code wie EUR sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>&quot;trial_days&quot; must be a whole number from 1 to 365</source>
        <translation>&quot;trial_days&quot; muss eine ganze Zahl von 1 bis 365 sein</translation>
    </message>
    <message>
        <source>&quot;amount&quot; must be a whole number of minor units (cents)</source>
        <translation>&quot;amount&quot; muss eine ganze Zahl in der kleinsten Währungseinheit (Cent) sein</translation>
    </message>
    <message>
        <source>a subscription needs 1 to 8 &quot;plans&quot;</source>
        <translation>ein Abonnement benötigt 1 bis 8 &quot;plans&quot;</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot;: &quot;interval&quot; must be month or year</source>
        <translation>Tarif „%1“: &quot;interval&quot; muss month oder year sein</translation>
    </message>
    <message>
        <source>each plan needs an &quot;id&quot; and a whole-number &quot;amount&quot;</source>
        <translation>jeder Tarif benötigt eine &quot;id&quot; und einen ganzzahligen &quot;amount&quot;</translation>
    </message>
    <message>
        <source>usage pricing needs &quot;unit&quot;, &quot;unit_amount&quot;, &quot;per_units&quot; &gt;= 1 and &quot;included_units&quot; as whole numbers</source>
        <translation>nutzungsbasierte Preise benötigen &quot;unit&quot;, &quot;unit_amount&quot;, &quot;per_units&quot; &gt;= 1 und &quot;included_units&quot; als ganze Zahlen</translation>
    </message>
    <message>
        <source>usage &quot;period&quot; must be month</source>
        <translation>&quot;period&quot; muss bei nutzungsbasierten Preisen month sein</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>%1 / year</source>
        <translation>%1 / Jahr</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 / Monat</translation>
    </message>
    <message>
        <source>%1 per %2 %3</source>
        <translation>%1 pro %2 %3</translation>
    </message>
    <message>
        <source>&quot;tier_discounts&quot; must be an object of tier names and percents</source>
        <translation>&quot;tier_discounts&quot; muss ein Objekt aus Stufennamen und Prozentwerten sein</translation>
    </message>
    <message>
        <source>&quot;tier_discounts&quot;: &quot;%1&quot; is not a tier (free, team, business or enterprise)</source>
        <translation>&quot;tier_discounts&quot;: „%1“ ist keine Stufe (free, team, business oder enterprise)</translation>
    </message>
    <message>
        <source>&quot;tier_discounts&quot;: the discount of tier %1 must be a whole percent from 1 to 90</source>
        <translation>&quot;tier_discounts&quot;: Der Rabatt der Stufe %1 muss eine ganze Prozentzahl von 1 bis 90 sein</translation>
    </message>
</context>
<context>
    <name>mm::publish::DeveloperKeys</name>
    <message>
        <source>Say which publisher the key signs for.</source>
        <translation>Geben Sie an, für welchen Anbieter der Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The keychain already holds a signing key for publisher %1; replacing it makes packages signed with it unverifiable by anyone who only knows the new one (use --replace if that is what you want).</source>
        <translation>Der Schlüsselbund enthält bereits einen Signaturschlüssel für den Anbieter %1; wenn Sie ihn ersetzen, kann niemand, der nur den neuen Schlüssel kennt, die damit signierten Pakete noch verifizieren (verwenden Sie --replace, wenn Sie genau das möchten).</translation>
    </message>
    <message>
        <source>Say which publisher&apos;s key to use.</source>
        <translation>Geben Sie den Anbieter an, dessen Schlüssel verwendet werden soll.</translation>
    </message>
    <message>
        <source>The keychain holds no signing key for publisher %1; create one with &quot;modmarket-cli keygen --publisher %1 --register&quot;.</source>
        <translation>Der Schlüsselbund enthält keinen Signaturschlüssel für den Anbieter %1; erstellen Sie einen mit „modmarket-cli keygen --publisher %1 --register“.</translation>
    </message>
    <message>
        <source>developer key of %1</source>
        <translation>Entwicklerschlüssel von %1</translation>
    </message>
</context>
<context>
    <name>mm::publish::LocalValidation</name>
    <message>
        <source>The profile&apos;s catalog was never synced: dependencies and resolvability are not checked (run &quot;modmarket-cli sync&quot;).</source>
        <translation>Der Katalog des Profils wurde noch nie synchronisiert: Abhängigkeiten und Auflösbarkeit werden nicht geprüft (führen Sie „modmarket-cli sync“ aus).</translation>
    </message>
    <message>
        <source>Offline: advisories and the supported host versions are not checked.</source>
        <translation>Offline: Sicherheitsmeldungen und unterstützte Host-Versionen werden nicht geprüft.</translation>
    </message>
    <message>
        <source>The advisories of %1 are not available: %2</source>
        <translation>Die Sicherheitsmeldungen von %1 sind nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>The host versions %1 supports are not available: %2</source>
        <translation>Die von %1 unterstützten Host-Versionen sind nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>The example host (modmarket-example-host) is neither beside this program nor in PATH nor named by MODMARKET_PROBE_HOST, so the plugin is not loaded here; the marketplace will load it.</source>
        <translation>Der Beispiel-Host (modmarket-example-host) liegt weder neben diesem Programm noch im PATH und ist auch nicht über MODMARKET_PROBE_HOST angegeben, daher wird das Plugin hier nicht geladen; der Marktplatz wird es laden.</translation>
    </message>
</context>
<context>
    <name>mm::publish::ModuleTemplate</name>
    <message>
        <source>The module name must be 1 to 100 characters.</source>
        <translation>Der Modulname muss 1 bis 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The module name &quot;%1&quot; may not contain quotes, backslashes or control characters.</source>
        <translation>Der Modulname „%1“ darf keine Anführungszeichen, Backslashes oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The module name &quot;%1&quot; may not contain &quot;{{&quot; or &quot;}}&quot;.</source>
        <translation>Der Modulname „%1“ darf weder „{{“ noch „}}“ enthalten.</translation>
    </message>
    <message>
        <source>files only (a palette and a guide): no code, every OS and architecture</source>
        <translation>nur Dateien (eine Palette und eine Anleitung): kein Code, alle Betriebssysteme und Architekturen</translation>
    </message>
    <message>
        <source>a Qt plugin for hosts built on the host SDK, with its CMake project</source>
        <translation>ein Qt-Plugin für Hosts, die auf dem Host-SDK aufbauen, mit zugehörigem CMake-Projekt</translation>
    </message>
    <message>
        <source>a subscription with monthly and yearly plans, a trial, dependencies and entitlements</source>
        <translation>ein Abonnement mit Monats- und Jahrestarif, einer Testphase, Abhängigkeiten und Berechtigungen</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;; the templates are: %2.</source>
        <translation>Es gibt keine Vorlage „%1“; verfügbare Vorlagen: %2.</translation>
    </message>
    <message>
        <source>Say which folder to create the module in.</source>
        <translation>Geben Sie an, in welchem Ordner das Modul erstellt werden soll.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not empty; a new module needs a new or empty folder.</source>
        <translation>%1 ist nicht leer; ein neues Modul benötigt einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder name &quot;%1&quot; does not make a module id; pass one with --id (2 to 64 lower-case letters, digits, &apos;-&apos; or &apos;.&apos;, starting with a letter).</source>
        <translation>Aus dem Ordnernamen „%1“ ergibt sich keine Modul-ID; geben Sie eine mit --id an (2 bis 64 Kleinbuchstaben, Ziffern, &apos;-&apos; oder &apos;.&apos;, beginnend mit einem Buchstaben).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module id: 2 to 64 lower-case letters, digits, &apos;-&apos; or &apos;.&apos;, starting with a letter.</source>
        <translation>„%1“ ist keine Modul-ID: 2 bis 64 Kleinbuchstaben, Ziffern, &apos;-&apos; oder &apos;.&apos;, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>Say which publisher the module belongs to (--publisher).</source>
        <translation>Geben Sie an, zu welchem Anbieter das Modul gehört (--publisher).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a publisher id: 1 to 64 lower-case letters, digits, &apos;-&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>„%1“ ist keine Anbieter-ID: 1 bis 64 Kleinbuchstaben, Ziffern, &apos;-&apos; oder &apos;.&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Cannot create a folder in %1.</source>
        <translation>In %1 kann kein Ordner erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot read the template file %1.</source>
        <translation>Die Vorlagendatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Template %1 made an invalid module.json: %2</source>
        <translation>Die Vorlage %1 hat eine ungültige module.json erzeugt: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>mm::publish::PackageSigning</name>
    <message>
        <source>%1 is not a package file</source>
        <translation>%1 ist keine Paketdatei</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mm::publish::PublishApi</name>
    <message>
        <source>upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>an upload id</source>
        <translation>Upload-ID</translation>
    </message>
    <message>
        <source>&quot;received&quot; (%1) is more than &quot;size&quot; (%2)</source>
        <translation>&quot;received&quot; (%1) ist größer als &quot;size&quot; (%2)</translation>
    </message>
    <message>
        <source>&quot;complete&quot; is not true or false</source>
        <translation>&quot;complete&quot; ist weder true noch false</translation>
    </message>
    <message>
        <source>a publisher id</source>
        <translation>Anbieter-ID</translation>
    </message>
    <message>
        <source>key registration</source>
        <translation>Schlüsselregistrierung</translation>
    </message>
    <message>
        <source>The marketplace registered key %1 when sent key %2.</source>
        <translation>Der Marktplatz hat den Schlüssel %1 registriert, gesendet wurde jedoch der Schlüssel %2.</translation>
    </message>
    <message>
        <source>An upload needs the package&apos;s SHA-256 and its size.</source>
        <translation>Ein Upload benötigt den SHA-256-Wert des Pakets und seine Größe.</translation>
    </message>
    <message>
        <source>The marketplace opened an upload of %1 bytes for a package of %2.</source>
        <translation>Der Marktplatz hat einen Upload von %1 Byte für ein Paket mit %2 Byte angelegt.</translation>
    </message>
    <message>
        <source>A chunk must lie inside the package.</source>
        <translation>Ein Teilstück muss innerhalb des Pakets liegen.</translation>
    </message>
    <message>
        <source>a submission id</source>
        <translation>Einreichungs-ID</translation>
    </message>
    <message>
        <source>The marketplace answered submission %1 when asked for %2.</source>
        <translation>Der Marktplatz hat auf die Anfrage nach %2 mit der Einreichung %1 geantwortet.</translation>
    </message>
    <message>
        <source>a module id</source>
        <translation>Modul-ID</translation>
    </message>
    <message>
        <source>The marketplace answered the validation of %1 when asked for %2.</source>
        <translation>Der Marktplatz hat auf die Anfrage nach %2 mit der Validierung von %1 geantwortet.</translation>
    </message>
    <message>
        <source>submissions of %1</source>
        <translation>Einreichungen von %1</translation>
    </message>
    <message>
        <source>&quot;submissions[%1]&quot; is not an object</source>
        <translation>&quot;submissions[%1]&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;submissions[%1]&quot;: %2</source>
        <translation>&quot;submissions[%1]&quot;: %2</translation>
    </message>
    <message>
        <source>host versions</source>
        <translation>Host-Versionen</translation>
    </message>
    <message>
        <source>&quot;host_versions[%1]&quot;: %2</source>
        <translation>&quot;host_versions[%1]&quot;: %2</translation>
    </message>
</context>
<context>
    <name>mm::publish::PublishTransaction</name>
    <message>
        <source>%1 is not signed: %2.sig cannot be read (%3); run &quot;modmarket-cli sign %1&quot; first</source>
        <translation>%1 ist nicht signiert: %2.sig kann nicht gelesen werden (%3); führen Sie zuerst „modmarket-cli sign %1“ aus</translation>
    </message>
    <message>
        <source>%1.sig is larger than %2 bytes</source>
        <translation>%1.sig ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The upload of %1 was cancelled.</source>
        <translation>Der Upload von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read %1: it changed while it was uploaded</source>
        <translation>%1 kann nicht gelesen werden: Die Datei hat sich während des Hochladens geändert</translation>
    </message>
    <message>
        <source>The marketplace accepted no bytes of %1 at offset %2.</source>
        <translation>Der Marktplatz hat von %1 ab Offset %2 keine Bytes angenommen.</translation>
    </message>
</context>
<context>
    <name>mm::publish::Submission</name>
    <message>
        <source>submission %1</source>
        <translation>Einreichung %1</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>Einreichung</translation>
    </message>
    <message>
        <source>&quot;id&quot; is &quot;%1&quot;, not a submission id (sub-…)</source>
        <translation>&quot;id&quot; ist „%1“ und keine Einreichungs-ID (sub-…)</translation>
    </message>
    <message>
        <source>&quot;module&quot; is &quot;%1&quot;, not a module id</source>
        <translation>&quot;module&quot; ist „%1“ und keine Modul-ID</translation>
    </message>
    <message>
        <source>&quot;version&quot;: %1</source>
        <translation>&quot;version&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;publisher&quot; is &quot;%1&quot;, not a publisher id</source>
        <translation>&quot;publisher&quot; ist „%1“ und keine Anbieter-ID</translation>
    </message>
    <message>
        <source>&quot;sha256&quot; is not 64 lower-case hex digits</source>
        <translation>&quot;sha256&quot; besteht nicht aus 64 Hexadezimalziffern in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>&quot;report&quot; is not an object</source>
        <translation>&quot;report&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;report&quot;: %1</source>
        <translation>&quot;report&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;status&quot; is &quot;%1&quot;, expected approved, declined or changes-requested</source>
        <translation>&quot;status&quot; ist „%1“, erwartet: approved, declined oder changes-requested</translation>
    </message>
    <message>
        <source>&quot;reason&quot; is empty; a %1 decision always has one</source>
        <translation>&quot;reason&quot; ist leer; eine Entscheidung vom Typ %1 hat immer eine</translation>
    </message>
    <message>
        <source>&quot;status&quot; is &quot;%1&quot;, expected queued, validating, passed, flagged, rejected, approved, declined or changes-requested</source>
        <translation>&quot;status&quot; ist „%1“, erwartet: queued, validating, passed, flagged, rejected, approved, declined oder changes-requested</translation>
    </message>
    <message>
        <source>&quot;claimed_by&quot; is not an e-mail address</source>
        <translation>&quot;claimed_by&quot; ist keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>mm::resolver::CatalogPackageSource</name>
    <message>
        <source>has an invalid range for %1</source>
        <translation>hat einen ungültigen Bereich für %1</translation>
    </message>
    <message>
        <source>has an invalid host platform range &quot;%1&quot;</source>
        <translation>hat einen ungültigen Host-Plattform-Bereich „%1“</translation>
    </message>
    <message>
        <source>needs host platform %1</source>
        <translation>braucht die Host-Plattform %1</translation>
    </message>
    <message>
        <source>runs on %1 only</source>
        <translation>läuft nur auf %1</translation>
    </message>
    <message>
        <source>is built for %1 only</source>
        <translation>ist nur für %1 gebaut</translation>
    </message>
    <message>
        <source>needs the %1 tier, above this tenant&apos;s %2</source>
        <translation>braucht die Stufe %1, höher als die Stufe %2 dieses Mandanten</translation>
    </message>
</context>
<context>
    <name>mm::resolver::FailureReport</name>
    <message>
        <source>Because %1, no plan exists.</source>
        <translation>Weil %1, gibt es keinen Plan.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>So,</source>
        <translation>Also,</translation>
    </message>
    <message>
        <source>And</source>
        <translation>Und</translation>
    </message>
    <message>
        <source>Because %1, %2.</source>
        <translation>Weil %1, gilt: %2.</translation>
    </message>
    <message>
        <source>%1 because %2 (%3), %4.</source>
        <translation>%1 weil %2 (%3), gilt: %4.</translation>
    </message>
    <message>
        <source>Thus, %1.</source>
        <translation>Somit: %1.</translation>
    </message>
    <message>
        <source>%1 because %2, %3.</source>
        <translation>%1 weil %2, gilt: %3.</translation>
    </message>
</context>
<context>
    <name>mm::resolver::IncompatibilityText</name>
    <message>
        <source>the request is resolved</source>
        <translation>die Anfrage wird aufgelöst</translation>
    </message>
    <message>
        <source>you asked for %1</source>
        <translation>Sie %1 angefordert haben</translation>
    </message>
    <message>
        <source>%1 is installed</source>
        <translation>%1 installiert ist</translation>
    </message>
    <message>
        <source>you asked to uninstall %1</source>
        <translation>Sie die Deinstallation von %1 angefordert haben</translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 von %2 abhängt</translation>
    </message>
    <message>
        <source>%1 conflicts with %2</source>
        <translation>%1 mit %2 in Konflikt steht</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>module versions, then why this host cannot run them</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no version of %1 matching %2 can be chosen</source>
        <translation>keine Version von %1 passend zu %2 gewählt werden kann</translation>
    </message>
    <message>
        <source>%1 depends on %2 %3 (no version of %2 matches)</source>
        <translation>%1 von %2 %3 abhängt (keine Version von %2 passt)</translation>
    </message>
    <message>
        <source>%1 depends on %2 (not in the catalog)</source>
        <translation>%1 von %2 abhängt (nicht im Katalog)</translation>
    </message>
    <message>
        <source>you asked for %1 %2, which matches no version of %1</source>
        <translation>Sie %1 %2 angefordert haben, was auf keine Version von %1 passt</translation>
    </message>
    <message>
        <source>you asked for %1, which is not in the catalog</source>
        <translation>Sie %1 angefordert haben, das nicht im Katalog ist</translation>
    </message>
    <message>
        <source>no plan exists</source>
        <translation>es gibt keinen Plan</translation>
    </message>
    <message>
        <source>%1 is forbidden</source>
        <translation>%1 ist ausgeschlossen</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is incompatible with %2</source>
        <translation>%1 ist unverträglich mit %2</translation>
    </message>
    <message>
        <source>either %1 or %2</source>
        <translation>entweder %1 oder %2</translation>
    </message>
    <message>
        <source>every version of %1</source>
        <translation>jede Version von %1</translation>
    </message>
    <message>
        <source>%1 requires %2</source>
        <translation>%1 erfordert %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>if %1 then %2</source>
        <translation>wenn %1, dann %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>one of %1 must be false</source>
        <translation>eines von %1 muss falsch sein</translation>
    </message>
    <message>
        <source>one of %1 must be true</source>
        <translation>eines von %1 muss wahr sein</translation>
    </message>
</context>
<context>
    <name>mm::resolver::Resolver</name>
    <message>
        <source>%1 is not installed, so it cannot be updated</source>
        <translation>%1 ist nicht installiert und kann daher nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>%1 is not installed, so it cannot be uninstalled</source>
        <translation>%1 ist nicht installiert und kann daher nicht deinstalliert werden</translation>
    </message>
    <message>
        <source>%1 cannot be both installed and uninstalled</source>
        <translation>%1 kann nicht zugleich installiert und deinstalliert werden</translation>
    </message>
</context>
<context>
    <name>mm::reviews::Review</name>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; ist nicht true oder false</translation>
    </message>
    <message>
        <source>review %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>&quot;id&quot; is &quot;%1&quot;, not a review id (rev-…)</source>
        <translation>&quot;id&quot; ist „%1“, keine Bewertungs-ID (rev-…)</translation>
    </message>
    <message>
        <source>&quot;rating&quot; is not a whole number of stars from 1 to 5</source>
        <translation>&quot;rating&quot; ist keine ganze Zahl von 1 bis 5 Sternen</translation>
    </message>
    <message>
        <source>&quot;reply&quot; is not an object or null</source>
        <translation>&quot;reply&quot; ist weder ein Objekt noch null</translation>
    </message>
</context>
<context>
    <name>mm::reviews::ReviewApi</name>
    <message>
        <source>&quot;%1&quot; is not a module id.</source>
        <translation>„%1“ ist keine Modul-ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review id (rev-…).</source>
        <translation>„%1“ ist keine Bewertungs-ID (rev-…).</translation>
    </message>
    <message>
        <source>Choose from one to five stars.</source>
        <translation>Wählen Sie einen bis fünf Sterne.</translation>
    </message>
    <message>
        <source>The review has %1 characters, more than the limit of %2.</source>
        <translation>Die Bewertung hat %1 Zeichen, mehr als die Grenze von %2.</translation>
    </message>
    <message>
        <source>The marketplace answered the reviews of %1 when asked for %2.</source>
        <translation>Der Marktplatz hat auf die Anfrage nach %2 mit den Bewertungen von %1 geantwortet.</translation>
    </message>
    <message>
        <source>A report needs a reason of 1 to 2000 characters.</source>
        <translation>Eine Meldung braucht eine Begründung mit 1 bis 2000 Zeichen.</translation>
    </message>
    <message>
        <source>A reply needs a text of 1 to %1 characters.</source>
        <translation>Eine Antwort braucht einen Text mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>Hiding a review needs a reason of 1 to 1000 characters.</source>
        <translation>Zum Ausblenden einer Bewertung ist ein Grund mit 1 bis 1000 Zeichen nötig.</translation>
    </message>
</context>
<context>
    <name>mm::reviews::ReviewPage</name>
    <message>
        <source>reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>&quot;module&quot; is &quot;%1&quot;, not a module id</source>
        <translation>&quot;module&quot; ist „%1“ und keine Modul-ID</translation>
    </message>
    <message>
        <source>&quot;histogram&quot; must have five counts, one- to five-star</source>
        <translation>&quot;histogram&quot; muss fünf Zählwerte enthalten, für einen bis fünf Sterne</translation>
    </message>
    <message>
        <source>&quot;histogram[%1]&quot; is not a whole number &gt;= 0</source>
        <translation>&quot;histogram[%1]&quot; ist keine ganze Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>&quot;count&quot; (%1) is not the sum of the histogram (%2)</source>
        <translation>&quot;count&quot; (%1) ist nicht die Summe des Histogramms (%2)</translation>
    </message>
    <message>
        <source>&quot;average_x100&quot; (%1) does not fit %2 rating(s)</source>
        <translation>&quot;average_x100&quot; (%1) passt nicht zu %2 Bewertung(en)</translation>
    </message>
    <message>
        <source>&quot;items[%1]&quot; is not an object</source>
        <translation>&quot;items[%1]&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;items[%1]&quot;: %2</source>
        <translation>&quot;items[%1]&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;total&quot; (%1) is less than the %2 reviews listed</source>
        <translation>&quot;total&quot; (%1) ist kleiner als die %2 aufgeführten Bewertungen</translation>
    </message>
</context>
<context>
    <name>mm::secrets::KeychainThread</name>
    <message>
        <source>The keychain cannot be used before the application starts or after it ends.</source>
        <translation>Der Schlüsselbund kann nicht vor dem Start oder nach dem Beenden der Anwendung verwendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s); it may be waiting for a password prompt that nobody can see.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; möglicherweise wartet er auf eine Passwortabfrage, die niemand sehen kann.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; möglicherweise wartet er auf eine Passwortabfrage, die niemand sehen kann.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::secrets::SecretStore</name>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>A keychain service name must not be empty.</source>
        <translation>Der Dienstname im Schlüsselbund darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A secret needs a key name; the key was empty.</source>
        <translation>Ein Geheimnis benötigt einen Schlüsselnamen; der Schlüssel war leer.</translation>
    </message>
    <message>
        <source>Nothing is stored under &quot;%1&quot; in the keychain (service %2).</source>
        <translation>Im Schlüsselbund ist unter „%1“ nichts gespeichert (Dienst %2).</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; from the keychain failed: %2</source>
        <translation>Das Lesen von „%1“ aus dem Schlüsselbund ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Storing &quot;%1&quot; in the keychain failed: %2. It was not stored anywhere else.</source>
        <translation>Das Speichern von „%1“ im Schlüsselbund ist fehlgeschlagen: %2. Es wurde auch nirgendwo anders gespeichert.</translation>
    </message>
    <message>
        <source>Removing &quot;%1&quot; from the keychain failed: %2</source>
        <translation>Das Entfernen von „%1“ aus dem Schlüsselbund ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No keychain is reachable: %1. Secrets cannot be stored; they are never written anywhere else. Start the desktop&apos;s keyring (GNOME Keyring or KWallet) or unlock it, then try again.</source>
        <translation>Kein Schlüsselbund erreichbar: %1. Geheimnisse können nicht gespeichert werden; sie werden nie an anderer Stelle abgelegt. Starten oder entsperren Sie den Schlüsselbund der Arbeitsumgebung (GNOME Keyring oder KWallet) und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>mm::server::CatalogRoutes</name>
    <message>
        <source>&quot;q&quot; is longer than 256 characters</source>
        <translation>&quot;q&quot; ist länger als 256 Zeichen</translation>
    </message>
    <message>
        <source>unknown &quot;pricing&quot; &quot;%1&quot; (expected free, one_time, subscription or usage)</source>
        <translation>unbekannter Wert „%1“ für &quot;pricing&quot; (erwartet: free, one_time, subscription oder usage)</translation>
    </message>
    <message>
        <source>unknown &quot;sort&quot; &quot;%1&quot; (expected relevance, installs, rating, newest, name or price)</source>
        <translation>unbekannter Wert „%1“ für &quot;sort&quot; (erwartet: relevance, installs, rating, newest, name oder price)</translation>
    </message>
    <message>
        <source>&quot;page&quot; must be a whole number from 1 to 100000</source>
        <translation>&quot;page&quot; muss eine ganze Zahl von 1 bis 100000 sein</translation>
    </message>
    <message>
        <source>&quot;per_page&quot; must be a whole number from 1 to 100</source>
        <translation>&quot;per_page&quot; muss eine ganze Zahl von 1 bis 100 sein</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; has no icon.</source>
        <translation>Das Modul „%1“ hat kein Symbol.</translation>
    </message>
    <message>
        <source>&quot;since&quot; must be a whole number &gt;= 0</source>
        <translation>&quot;since&quot; muss eine ganze Zahl &gt;= 0 sein</translation>
    </message>
</context>
<context>
    <name>mm::server::DemoPackages</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot create a work folder in %1</source>
        <translation>In %1 kann kein Arbeitsordner erstellt werden</translation>
    </message>
    <message>
        <source>Demo module %1 names an unknown publisher</source>
        <translation>Das Demo-Modul %1 verweist auf einen unbekannten Anbieter</translation>
    </message>
    <message>
        <source>--demo-plugins: there is no folder %1</source>
        <translation>--demo-plugins: Es gibt keinen Ordner %1</translation>
    </message>
    <message>
        <source>--demo-plugins: %1 names no module of the demo catalog</source>
        <translation>--demo-plugins: %1 bezeichnet kein Modul des Demo-Katalogs</translation>
    </message>
    <message>
        <source>--demo-plugins: %1 must hold exactly one plugin file, not %2</source>
        <translation>--demo-plugins: %1 muss genau eine Plugin-Datei enthalten, nicht %2</translation>
    </message>
    <message>
        <source>Cannot copy the plugin %1 into a demo package</source>
        <translation>Das Plugin %1 kann nicht in ein Demo-Paket kopiert werden</translation>
    </message>
</context>
<context>
    <name>mm::server::DemoSeed</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MiB</source>
        <translation>%1 ist größer als 512 MiB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mm::server::InstallRecords</name>
    <message>
        <source>creating the install records</source>
        <translation>Erstellen der Installationsdatensätze</translation>
    </message>
    <message>
        <source>counting installs of %1</source>
        <translation>Zählen der Installationen von %1</translation>
    </message>
    <message>
        <source>reading the installs of %1</source>
        <translation>Lesen der Installationen von %1</translation>
    </message>
    <message>
        <source>recording an install of %1</source>
        <translation>Erfassen einer Installation von %1</translation>
    </message>
    <message>
        <source>recording an uninstall of %1</source>
        <translation>Erfassen einer Deinstallation von %1</translation>
    </message>
</context>
<context>
    <name>mm::server::InstallRoutes</name>
    <message>
        <source>&quot;version&quot; must name a version of %1, got &quot;%2&quot;.</source>
        <translation>&quot;version&quot; muss eine Version von %1 angeben, erhalten: „%2“.</translation>
    </message>
</context>
<context>
    <name>mm::server::LicenseCommand</name>
    <message>
        <source>--tenant must name a tenant (1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>--tenant muss einen Mandanten angeben (1 bis 64 Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;)</translation>
    </message>
    <message>
        <source>--module must name a module of the catalog</source>
        <translation>--module muss ein Modul des Katalogs angeben</translation>
    </message>
    <message>
        <source>--plan takes free, one-time, subscription, usage-based or trial, got &quot;%1&quot;</source>
        <translation>--plan erwartet free, one-time, subscription, usage-based oder trial, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--days takes a whole number of days from 1 to 3660</source>
        <translation>--days erwartet eine ganze Zahl von Tagen zwischen 1 und 3660</translation>
    </message>
    <message>
        <source>--days is for trial, subscription and usage-based licenses; free and one-time licenses never expire</source>
        <translation>--days gilt nur für Test-, Abonnement- und nutzungsbasierte Lizenzen; kostenlose und einmalig gekaufte Lizenzen laufen nie ab</translation>
    </message>
    <message>
        <source>a %1 license needs --days: how long the paid period runs</source>
        <translation>eine Lizenz der Art %1 benötigt --days: wie lange der bezahlte Zeitraum läuft</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>Der Datenordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>module %1 offers no trial; give the trial&apos;s length with --days</source>
        <translation>das Modul %1 bietet keinen Test an; geben Sie die Testdauer mit --days an</translation>
    </message>
    <message>
        <source>revoked by the marketplace operator</source>
        <translation>vom Betreiber des Marktplatzes widerrufen</translation>
    </message>
    <message>
        <source>license %1 was already revoked on %2 (%3); catalog version %4 lists it</source>
        <translation>Lizenz %1 wurde bereits am %2 widerrufen (%3); Katalogversion %4 führt sie auf</translation>
    </message>
    <message>
        <source>revoked license %1; catalog version %2 lists it</source>
        <translation>Lizenz %1 widerrufen; Katalogversion %2 führt sie auf</translation>
    </message>
</context>
<context>
    <name>mm::server::LicenseIssuer</name>
    <message>
        <source>A %1 license needs an expiry in the future.</source>
        <translation>Eine Lizenz der Art „%1“ benötigt ein Ablaufdatum in der Zukunft.</translation>
    </message>
    <message>
        <source>A %1 license never expires; it takes no expiry.</source>
        <translation>Eine Lizenz der Art „%1“ läuft nie ab; sie hat kein Ablaufdatum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a machine id (32 lower-case hex digits).</source>
        <translation>„%1“ ist keine Rechner-ID (32 Hexadezimalziffern in Kleinbuchstaben).</translation>
    </message>
</context>
<context>
    <name>mm::server::LicenseRecords</name>
    <message>
        <source>creating the license records</source>
        <translation>Erstellen der Lizenzdatensätze</translation>
    </message>
    <message>
        <source>recording license %1</source>
        <translation>Speichern der Lizenz %1</translation>
    </message>
    <message>
        <source>License %1 has an unknown plan &quot;%2&quot; in the store.</source>
        <translation>Die Lizenz %1 hat im Speicher den unbekannten Plan „%2“.</translation>
    </message>
    <message>
        <source>reading license %1</source>
        <translation>Lesen der Lizenz %1</translation>
    </message>
    <message>
        <source>No license &quot;%1&quot;.</source>
        <translation>Keine Lizenz „%1“.</translation>
    </message>
    <message>
        <source>reading the licenses of %1</source>
        <translation>Lesen der Lizenzen von %1</translation>
    </message>
    <message>
        <source>revoking license %1</source>
        <translation>Widerrufen der Lizenz %1</translation>
    </message>
    <message>
        <source>reading the revoked licenses</source>
        <translation>Lesen der widerrufenen Lizenzen</translation>
    </message>
</context>
<context>
    <name>mm::server::LicenseRoutes</name>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Inhalt der Anfrage muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2.</source>
        <translation>&quot;%1&quot; muss %2 sein.</translation>
    </message>
    <message>
        <source>the id of the module to try</source>
        <translation>die ID des Moduls, das getestet werden soll</translation>
    </message>
    <message>
        <source>Module %1 offers no trial.</source>
        <translation>Das Modul %1 bietet keinen Test an.</translation>
    </message>
    <message>
        <source>Tenant %1 already had a trial of %2 (license %3, from %4).</source>
        <translation>Der Mandant %1 hat %2 bereits getestet (Lizenz %3, vom %4).</translation>
    </message>
    <message>
        <source>the license envelope JSON as a string</source>
        <translation>das JSON des Lizenzumschlags als Zeichenkette</translation>
    </message>
    <message>
        <source>Tenant %1 has no license &quot;%2&quot;.</source>
        <translation>Der Mandant %1 hat keine Lizenz „%2“.</translation>
    </message>
    <message>
        <source>License %1 is a %2 license; only subscription and usage-based licenses are renewed.</source>
        <translation>Die Lizenz %1 ist eine Lizenz der Art „%2“; nur Abonnement- und nutzungsbasierte Lizenzen werden verlängert.</translation>
    </message>
    <message>
        <source>License %1 was revoked (%2); it is not renewed.</source>
        <translation>Die Lizenz %1 wurde widerrufen (%2); sie wird nicht verlängert.</translation>
    </message>
    <message>
        <source>Tenant %1 has no subscription to %2.</source>
        <translation>Der Mandant %1 hat kein Abonnement für %2.</translation>
    </message>
    <message>
        <source>The subscription of tenant %1 to %2 is %3, not active.</source>
        <translation>Das Abonnement des Mandanten %1 für %2 ist %3, nicht aktiv.</translation>
    </message>
    <message>
        <source>The subscription of tenant %1 to %2 ended on %3.</source>
        <translation>Das Abonnement des Mandanten %1 für %2 endete am %3.</translation>
    </message>
    <message>
        <source>License %1 belongs to another tenant.</source>
        <translation>Die Lizenz %1 gehört zu einem anderen Mandanten.</translation>
    </message>
</context>
<context>
    <name>mm::server::MarketplaceKeys</name>
    <message>
        <source>%1 has no marketplace keys yet; run &quot;modmarketd keys init --data %2&quot;</source>
        <translation>%1 enthält noch keine Marktplatzschlüssel; führen Sie „modmarketd keys init --data %2“ aus</translation>
    </message>
    <message>
        <source>Cannot create the key folder %1</source>
        <translation>Der Schlüsselordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key id (16 hex digits)</source>
        <translation>„%1“ ist keine Schlüssel-ID (16 Hexadezimalziffern)</translation>
    </message>
</context>
<context>
    <name>mm::server::MarketplaceServer</name>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>Der Datenordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (is another server using the port?)</source>
        <translation>Auf %1:%2 kann nicht gelauscht werden (verwendet bereits ein anderer Server den Port?)</translation>
    </message>
    <message>
        <source>There is no API resource at %1.</source>
        <translation>Unter %1 gibt es keine API-Ressource.</translation>
    </message>
</context>
<context>
    <name>mm::server::PackageRoutes</name>
    <message>
        <source>There is no package %1.</source>
        <translation>Es gibt kein Paket %1.</translation>
    </message>
    <message>
        <source>Cannot read package %1.</source>
        <translation>Das Paket %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>mm::server::PackageStore</name>
    <message>
        <source>Cannot create the package folder %1</source>
        <translation>Der Paketordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot store the package %1 as %2</source>
        <translation>Das Paket %1 kann nicht als %2 gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot store the signatures of package %1: %2</source>
        <translation>Die Signaturen des Pakets %1 können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There is no package %1.</source>
        <translation>Es gibt kein Paket %1.</translation>
    </message>
</context>
<context>
    <name>mm::server::ServerOptions</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>import takes exactly one FILE</source>
        <translation>import erwartet genau eine DATEI</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>no --data folder given and no user data folder is known</source>
        <translation>kein Ordner mit --data angegeben und kein Datenordner des Benutzers bekannt</translation>
    </message>
    <message>
        <source>--listen takes ADDRESS:PORT, got &quot;%1&quot;</source>
        <translation>--listen erwartet ADRESSE:PORT, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation>--listen: „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>--listen: the port must be 0 to 65535</source>
        <translation>--listen: Der Port muss zwischen 0 und 65535 liegen</translation>
    </message>
    <message>
        <source>--role takes catalog, countersign or license, got &quot;%1&quot;</source>
        <translation>--role erwartet catalog, countersign oder license, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--catalog-validity takes a number of seconds up to ten years</source>
        <translation>--catalog-validity erwartet eine Anzahl Sekunden bis höchstens zehn Jahre</translation>
    </message>
    <message>
        <source>keys takes init, rotate, revoke KEYID or fingerprint</source>
        <translation>keys erwartet init, rotate, revoke SCHLÜSSEL-ID oder fingerprint</translation>
    </message>
    <message>
        <source>keys revoke takes exactly one KEYID</source>
        <translation>keys revoke erwartet genau eine SCHLÜSSEL-ID</translation>
    </message>
    <message>
        <source>keys %1 takes no arguments</source>
        <translation>keys %1 erwartet keine Argumente</translation>
    </message>
    <message>
        <source>license takes issue or revoke LICENSE-ID</source>
        <translation>license erwartet issue oder revoke LIZENZ-ID</translation>
    </message>
    <message>
        <source>tenant takes set-tier TENANT TIER</source>
        <translation>tenant erwartet set-tier MANDANT STUFE</translation>
    </message>
    <message>
        <source>%1 %2 takes no arguments besides its options</source>
        <translation>%1 %2 erwartet außer seinen Optionen keine Argumente</translation>
    </message>
    <message>
        <source>license revoke takes exactly one LICENSE-ID</source>
        <translation>license revoke erwartet genau eine LIZENZ-ID</translation>
    </message>
    <message>
        <source>tenant set-tier takes a TENANT and a TIER</source>
        <translation>tenant set-tier erwartet einen MANDANTEN und eine STUFE</translation>
    </message>
    <message>
        <source>--%1 is not an option of %2 %3</source>
        <translation>--%1 ist keine Option von %2 %3</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>--%1 is an option of the license command only</source>
        <translation>--%1 ist nur eine Option des Befehls license</translation>
    </message>
    <message>
        <source>--demo-plugins goes with --demo</source>
        <translation>--demo-plugins gehört zu --demo</translation>
    </message>
    <message>
        <source>%1 takes an http or https URL, got &quot;%2&quot;</source>
        <translation>%1 erwartet eine http- oder https-URL, erhalten: „%2“</translation>
    </message>
    <message>
        <source>--platform-fee-percent takes a whole number from 0 to 100</source>
        <translation>--platform-fee-percent erwartet eine ganze Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>%1: there is no file %2</source>
        <translation>%1: Es gibt keine Datei %2</translation>
    </message>
    <message>
        <source>--host-versions: &quot;%1&quot; is not a version like 6.2.0</source>
        <translation>--host-versions: „%1“ ist keine Version wie 6.2.0</translation>
    </message>
    <message>
        <source>--host-versions takes a comma-separated list of versions</source>
        <translation>--host-versions erwartet eine kommagetrennte Liste von Versionen</translation>
    </message>
    <message>
        <source>--checker-timeout takes a number of seconds from 1 to 3600</source>
        <translation>--checker-timeout erwartet eine Anzahl Sekunden von 1 bis 3600</translation>
    </message>
    <message>
        <source>--max-package-bytes takes a number of bytes from 1024 to 4 GiB</source>
        <translation>--max-package-bytes erwartet eine Anzahl Byte von 1024 bis 4 GiB</translation>
    </message>
    <message>
        <source>user takes add or list</source>
        <translation>user erwartet add oder list</translation>
    </message>
    <message>
        <source>user %1 takes no arguments besides its options</source>
        <translation>user %1 erwartet außer seinen Optionen keine Argumente</translation>
    </message>
    <message>
        <source>--%1 is not an option of user %2</source>
        <translation>--%1 ist keine Option von user %2</translation>
    </message>
    <message>
        <source>user add needs --email and --role</source>
        <translation>user add benötigt --email und --role</translation>
    </message>
    <message>
        <source>%1 takes a number of seconds from 1 to %2</source>
        <translation>%1 erwartet eine Anzahl von Sekunden von 1 bis %2</translation>
    </message>
    <message>
        <source>Usage:
  modmarketd [--data DIR] [--listen ADDRESS:PORT] [--demo [--demo-plugins DIR]]
             [--advisories FILE] [--host-versions LIST] [--checkers FILE] [--probe-host PATH]
             [--budgets FILE] [--max-package-bytes N] [--checker-timeout SECONDS]
  modmarketd import --data DIR FILE
  modmarketd keys init|fingerprint --data DIR
  modmarketd keys rotate --data DIR [--role catalog|countersign|license]...
  modmarketd keys revoke --data DIR KEYID
  modmarketd license issue --data DIR --tenant T --module M --plan PLAN [--days N] [--machine FP]
  modmarketd license revoke --data DIR LICENSE-ID [--reason TEXT]
  modmarketd tenant set-tier --data DIR TENANT free|team|business|enterprise
  modmarketd user add --data DIR --email E --role R[,R] [--tenant T] [--publisher P] [--name N]
                     (reads the password from stdin; roles: tenant-admin, developer, moderator, admin)
  modmarketd user list --data DIR

  --data DIR       where the server keeps its state (default: the user&apos;s data folder)
  --listen A:P     address and port to serve on (default 127.0.0.1:%1; port 0 picks a free one)
  --demo           seed the demo catalog into an empty data folder
  --demo-plugins DIR  put DIR/&lt;module-id&gt;/&lt;plugin&gt; into that module&apos;s demo packages
  --catalog-validity SECONDS  how long a signed catalog stays fresh (default 7 days)
  --plan PLAN      free, one-time, subscription, usage-based or trial
  --days N         how long a trial, subscription or usage-based license runs
  --machine FP     bind the license to a machine id (32 hex digits)
  --stripe-api URL     Stripe&apos;s API base URL (default https://api.stripe.com)
  --public-url URL     the address browsers reach this server at (default: the listening address)
  --platform-fee-percent N  the marketplace&apos;s share of each payment (default 20)
  --advisories FILE    the advisory feed served and checked against (default DATA/advisories.json)
  --host-versions LIST host platform versions a submitted module must resolve on, comma-separated
                       (default 5.4.0,6.0.0,6.2.0)
  --checkers FILE      the code checkers submissions run through (default: cppcheck, shellcheck
                       and eslint when found in PATH)
  --probe-host PATH    the example host that loads a submitted plugin (default: modmarket-example-host
                       beside modmarketd or in PATH)
  --budgets FILE       plugin load time and memory budgets by category
  --max-package-bytes N  the largest package accepted for submission (default 64 MiB)
  --checker-timeout SECONDS  how long one code checker may run before it is stopped (default 60)
  --access-token-ttl SECONDS   how long an access token is valid (default 900)
  --refresh-token-ttl SECONDS  how long a refresh token is valid (default 30 days)
  --login-window SECONDS       the window failed logins are counted in (default 900)

Payments are taken when MODMARKETD_STRIPE_SECRET_KEY and MODMARKETD_STRIPE_WEBHOOK_SECRET are set in the environment.
</source>
        <translation>Aufruf:
  modmarketd [--data DIR] [--listen ADDRESS:PORT] [--demo [--demo-plugins DIR]]
             [--advisories FILE] [--host-versions LIST] [--checkers FILE] [--probe-host PATH]
             [--budgets FILE] [--max-package-bytes N] [--checker-timeout SECONDS]
  modmarketd import --data DIR FILE
  modmarketd keys init|fingerprint --data DIR
  modmarketd keys rotate --data DIR [--role catalog|countersign|license]...
  modmarketd keys revoke --data DIR KEYID
  modmarketd license issue --data DIR --tenant T --module M --plan PLAN [--days N] [--machine FP]
  modmarketd license revoke --data DIR LICENSE-ID [--reason TEXT]
  modmarketd tenant set-tier --data DIR TENANT free|team|business|enterprise
  modmarketd user add --data DIR --email E --role R[,R] [--tenant T] [--publisher P] [--name N]
                     (liest das Passwort aus stdin; Rollen: tenant-admin, developer, moderator, admin)
  modmarketd user list --data DIR

  --data DIR       wo der Server seinen Zustand ablegt (Standard: der Datenordner des Benutzers)
  --listen A:P     Adresse und Port, auf denen der Server läuft (Standard 127.0.0.1:%1; Port 0 wählt einen freien)
  --demo           den Demo-Katalog in einen leeren Datenordner einspielen
  --demo-plugins DIR  DIR/&lt;module-id&gt;/&lt;plugin&gt; in die Demo-Pakete dieses Moduls aufnehmen
  --catalog-validity SECONDS  wie lange ein signierter Katalog aktuell bleibt (Standard 7 Tage)
  --plan PLAN      free, one-time, subscription, usage-based oder trial
  --days N         wie lange eine Test-, Abonnement- oder nutzungsbasierte Lizenz läuft
  --machine FP     die Lizenz an eine Rechner-ID binden (32 Hexadezimalziffern)
  --stripe-api URL     Basis-URL der API von Stripe (Standard https://api.stripe.com)
  --public-url URL     die Adresse, unter der Browser diesen Server erreichen (Standard: die Adresse, auf der er lauscht)
  --platform-fee-percent N  der Anteil des Marktplatzes an jeder Zahlung (Standard 20)
  --advisories FILE    der bereitgestellte und zur Prüfung verwendete Feed der Sicherheitsmeldungen (Standard DATA/advisories.json)
  --host-versions LIST Versionen der Host-Plattform, auf denen ein eingereichtes Modul auflösbar sein muss, kommagetrennt
                       (Standard 5.4.0,6.0.0,6.2.0)
  --checkers FILE      die Code-Prüfprogramme, die Einreichungen durchlaufen (Standard: cppcheck, shellcheck
                       und eslint, sofern im PATH gefunden)
  --probe-host PATH    der Beispiel-Host, der ein eingereichtes Plugin lädt (Standard: modmarket-example-host
                       neben modmarketd oder im PATH)
  --budgets FILE       Budgets für Ladezeit und Speicher von Plugins nach Kategorie
  --max-package-bytes N  das größte Paket, das zur Einreichung angenommen wird (Standard 64 MiB)
  --checker-timeout SECONDS  wie lange ein Code-Prüfprogramm laufen darf, bevor es angehalten wird (Standard 60)
  --access-token-ttl SECONDS   wie lange ein Zugriffstoken gültig ist (Standard 900)
  --refresh-token-ttl SECONDS  wie lange ein Aktualisierungstoken gültig ist (Standard 30 Tage)
  --login-window SECONDS       das Zeitfenster, in dem fehlgeschlagene Anmeldungen gezählt werden (Standard 900)

Zahlungen werden angenommen, wenn MODMARKETD_STRIPE_SECRET_KEY und MODMARKETD_STRIPE_WEBHOOK_SECRET in der Umgebung gesetzt sind.
</translation>
    </message>
</context>
<context>
    <name>mm::server::SubscriptionRecords</name>
    <message>
        <source>creating the subscription records</source>
        <translation>Erstellen der Abonnementdatensätze</translation>
    </message>
    <message>
        <source>recording the subscription of %1 to %2</source>
        <translation>Speichern des Abonnements von %1 für %2</translation>
    </message>
    <message>
        <source>reading the subscription of %1 to %2</source>
        <translation>Lesen des Abonnements von %1 für %2</translation>
    </message>
</context>
<context>
    <name>mm::server::TenantCommand</name>
    <message>
        <source>&quot;%1&quot; is not a tenant id (1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>„%1“ ist keine Mandanten-ID (1 bis 64 Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;)</translation>
    </message>
    <message>
        <source>TIER must be free, team, business or enterprise, got &quot;%1&quot;</source>
        <translation>STUFE muss free, team, business oder enterprise sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>tenant %1 is on the %2 tier</source>
        <translation>Mandant %1 hat die Stufe %2</translation>
    </message>
</context>
<context>
    <name>mm::server::TenantRecords</name>
    <message>
        <source>creating the tenant records</source>
        <translation>Erstellen der Mandantendatensätze</translation>
    </message>
    <message>
        <source>reading tenant %1</source>
        <translation>Lesen des Mandanten %1</translation>
    </message>
    <message>
        <source>No tenant &quot;%1&quot;.</source>
        <translation>Kein Mandant „%1“.</translation>
    </message>
    <message>
        <source>Tenant %1 has an unknown tier &quot;%2&quot; in the store.</source>
        <translation>Der Mandant %1 hat im Speicher die unbekannte Stufe „%2“.</translation>
    </message>
    <message>
        <source>recording tenant %1</source>
        <translation>Speichern des Mandanten %1</translation>
    </message>
    <message>
        <source>changing the tier of tenant %1</source>
        <translation>Ändern der Stufe des Mandanten %1</translation>
    </message>
    <message>
        <source>%1 needs the %2 tier or higher; tenant %3 is on the %4 tier.</source>
        <translation>%1 benötigt die Stufe %2 oder höher; der Mandant %3 hat die Stufe %4.</translation>
    </message>
</context>
<context>
    <name>mm::server::accounts::Access</name>
    <message>
        <source>Sign in first: this needs an account on the marketplace.</source>
        <translation>Melden Sie sich zuerst an: Dafür ist ein Konto beim Marktplatz erforderlich.</translation>
    </message>
    <message>
        <source>This needs one of the roles %1; %2 has %3.</source>
        <translation>Dafür ist eine der Rollen %1 erforderlich; %2 hat %3.</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
</context>
<context>
    <name>mm::server::accounts::AccountJson</name>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Der Inhalt der Anfrage ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Inhalt der Anfrage muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a string.</source>
        <translation>&quot;%1&quot; fehlt oder ist keine Zeichenkette.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Versuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Versuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
    </message>
</context>
<context>
    <name>mm::server::accounts::AccountRoutes</name>
    <message>
        <source>Sign up either a tenant (&quot;tenant&quot;) or a publisher (&quot;publisher&quot;), not both or neither.</source>
        <translation>Registrieren Sie entweder einen Mandanten (&quot;tenant&quot;) oder einen Anbieter (&quot;publisher&quot;), nicht beides und nicht keinen von beiden.</translation>
    </message>
    <message>
        <source>&quot;publisher_name&quot; may have at most 100 characters.</source>
        <translation>&quot;publisher_name&quot; darf höchstens 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>There is already an account for %1.</source>
        <translation>Für %1 gibt es bereits ein Konto.</translation>
    </message>
    <message>
        <source>The tenant id &quot;%1&quot; is taken.</source>
        <translation>Die Mandanten-ID „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>The publisher id &quot;%1&quot; is taken.</source>
        <translation>Die Anbieter-ID „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Logging in needs &quot;email&quot; and &quot;password&quot; as strings.</source>
        <translation>Für die Anmeldung werden &quot;email&quot; und &quot;password&quot; als Zeichenketten benötigt.</translation>
    </message>
    <message>
        <source>The refresh token is not valid: it has expired, was used already or was revoked. Sign in again.</source>
        <translation>Das Aktualisierungstoken ist ungültig: Es ist abgelaufen, wurde bereits verwendet oder wurde widerrufen. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>mm::server::accounts::AccountRules</name>
    <message>
        <source>&quot;email&quot; must be an e-mail address of 3 to 254 characters with one &apos;@&apos;.</source>
        <translation>&quot;email&quot; muss eine E-Mail-Adresse mit 3 bis 254 Zeichen und genau einem &apos;@&apos; sein.</translation>
    </message>
    <message>
        <source>&quot;password&quot; must have %1 to %2 characters; it has %3.</source>
        <translation>&quot;password&quot; muss %1 bis %2 Zeichen lang sein; es hat %3.</translation>
    </message>
    <message>
        <source>&quot;name&quot; may have at most 100 characters.</source>
        <translation>&quot;name&quot; darf höchstens 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant id (1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit).</source>
        <translation>„%1“ ist keine Mandanten-ID (1 bis 64 Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a publisher id (2 to 64 lower-case letters, digits, &apos;-&apos; or &apos;.&apos;, starting with a letter).</source>
        <translation>„%1“ ist keine Anbieter-ID (2 bis 64 Kleinbuchstaben, Ziffern, &apos;-&apos; oder &apos;.&apos;, beginnend mit einem Buchstaben).</translation>
    </message>
</context>
<context>
    <name>mm::server::accounts::AdminUserRoutes</name>
    <message>
        <source>There is already an account for %1.</source>
        <translation>Für %1 gibt es bereits ein Konto.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
</context>
<context>
    <name>mm::server::accounts::DataRights</name>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
</context>
<context>
    <name>mm::server::accounts::MeRoutes</name>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>Deleting the account needs the account&apos;s &quot;password&quot; to confirm.</source>
        <translation>Zum Löschen des Kontos muss zur Bestätigung das &quot;password&quot; des Kontos angegeben werden.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Dieses Konto gibt es nicht.</translation>
    </message>
    <message>
        <source>The password is wrong; the account was not deleted.</source>
        <translation>Das Passwort ist falsch; das Konto wurde nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>mm::server::accounts::PasswordHasher</name>
    <message>
        <source>Cannot hash the password: the server is out of memory.</source>
        <translation>Das Passwort kann nicht gehasht werden: Der Server hat nicht genügend Speicher.</translation>
    </message>
</context>
<context>
    <name>mm::server::accounts::SessionRecords</name>
    <message>
        <source>creating the session records</source>
        <translation>Erstellen der Sitzungsdatensätze</translation>
    </message>
    <message>
        <source>storing a token of session %1</source>
        <translation>Speichern eines Tokens der Sitzung %1</translation>
    </message>
    <message>
        <source>extending session %1</source>
        <translation>Verlängern der Sitzung %1</translation>
    </message>
    <message>
        <source>removing expired tokens</source>
        <translation>Entfernen abgelaufener Tokens</translation>
    </message>
    <message>
        <source>opening a session for %1</source>
        <translation>Eröffnen einer Sitzung für %1</translation>
    </message>
    <message>
        <source>checking an access token</source>
        <translation>Prüfen eines Zugriffstokens</translation>
    </message>
    <message>
        <source>recording the use of session %1</source>
        <translation>Erfassen der Verwendung der Sitzung %1</translation>
    </message>
    <message>
        <source>checking a refresh token</source>
        <translation>Prüfen eines Aktualisierungstokens</translation>
    </message>
    <message>
        <source>spending a refresh token</source>
        <translation>Einlösen eines Aktualisierungstokens</translation>
    </message>
    <message>
        <source>revoking session %1</source>
        <translation>Widerrufen der Sitzung %1</translation>
    </message>
    <message>
        <source>revoking the sessions of %1</source>
        <translation>Widerrufen der Sitzungen von %1</translation>
    </message>
    <message>
        <source>reading the sessions of %1</source>
        <translation>Lesen der Sitzungen von %1</translation>
    </message>
    <message>
        <source>removing the tokens of %1</source>
        <translation>Entfernen der Tokens von %1</translation>
    </message>
</context>
<context>
    <name>mm::server::accounts::TokenAuthenticator</name>
    <message>
        <source>The Authorization header must be &quot;Bearer&quot; and an access token.</source>
        <translation>Der Authorization-Header muss aus &quot;Bearer&quot; und einem Zugriffstoken bestehen.</translation>
    </message>
    <message>
        <source>The access token is not valid: it has expired, was revoked or was never issued. Sign in again.</source>
        <translation>Das Zugriffstoken ist ungültig: Es ist abgelaufen, wurde widerrufen oder nie ausgestellt. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>mm::server::accounts::UserCommand</name>
    <message>
        <source>created %1 (%2) as %3</source>
        <translation>%1 (%2) als %3 erstellt</translation>
    </message>
</context>
<context>
    <name>mm::server::accounts::UserProvisioning</name>
    <message>
        <source>&quot;roles&quot; must name one or more of %1; got &quot;%2&quot;.</source>
        <translation>&quot;roles&quot; muss eine oder mehrere Rollen aus %1 nennen; erhalten: „%2“.</translation>
    </message>
    <message>
        <source>A tenant admin needs a tenant: %1</source>
        <translation>Ein Mandanten-Administrator braucht einen Mandanten: %1</translation>
    </message>
    <message>
        <source>Only a tenant admin belongs to a tenant.</source>
        <translation>Nur ein Mandanten-Administrator gehört zu einem Mandanten.</translation>
    </message>
    <message>
        <source>A developer needs a publisher: %1</source>
        <translation>Ein Entwickler braucht einen Anbieter: %1</translation>
    </message>
    <message>
        <source>Only a developer belongs to a publisher.</source>
        <translation>Nur ein Entwickler gehört zu einem Anbieter.</translation>
    </message>
</context>
<context>
    <name>mm::server::accounts::UserRecords</name>
    <message>
        <source>creating the user records</source>
        <translation>Erstellen der Benutzerdatensätze</translation>
    </message>
    <message>
        <source>There is already an account for %1.</source>
        <translation>Für %1 gibt es bereits ein Konto.</translation>
    </message>
    <message>
        <source>creating the account for %1</source>
        <translation>Erstellen des Kontos für %1</translation>
    </message>
    <message>
        <source>reading the account %1</source>
        <translation>Lesen des Kontos %1</translation>
    </message>
    <message>
        <source>listing the accounts</source>
        <translation>Auflisten der Konten</translation>
    </message>
    <message>
        <source>reading the accounts of publisher %1</source>
        <translation>Lesen der Konten des Anbieters %1</translation>
    </message>
    <message>
        <source>storing the password of %1</source>
        <translation>Speichern des Passworts von %1</translation>
    </message>
    <message>
        <source>Former user</source>
        <translation>Ehemaliger Benutzer</translation>
    </message>
    <message>
        <source>anonymising the account %1</source>
        <translation>Anonymisieren des Kontos %1</translation>
    </message>
</context>
<context>
    <name>mm::server::audit::AuditLog</name>
    <message>
        <source>creating the audit log</source>
        <translation>Erstellen des Prüfprotokolls</translation>
    </message>
    <message>
        <source>recording %1 in the audit log</source>
        <translation>Erfassen von %1 im Prüfprotokoll</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>Lesen des Prüfprotokolls</translation>
    </message>
</context>
<context>
    <name>mm::server::audit::AuditRoutes</name>
    <message>
        <source>&quot;%1&quot; must be an RFC 3339 time with a zone, like 2026-01-31T12:00:00Z; got &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; muss eine RFC-3339-Zeit mit Zeitzone sein, etwa 2026-01-31T12:00:00Z; erhalten: „%2“.</translation>
    </message>
    <message>
        <source>&quot;before&quot; must be an entry id.</source>
        <translation>&quot;before&quot; muss eine Eintrags-ID sein.</translation>
    </message>
    <message>
        <source>&quot;limit&quot; must be 1 to 1000.</source>
        <translation>&quot;limit&quot; muss zwischen 1 und 1000 liegen.</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::BillingJson</name>
    <message>
        <source>This marketplace does not take payments yet.</source>
        <translation>Dieser Marktplatz nimmt noch keine Zahlungen entgegen.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Inhalt der Anfrage muss ein JSON-Objekt sein.</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::BillingSubscriptions</name>
    <message>
        <source>creating the billing subscriptions</source>
        <translation>Erstellen der Abrechnungsabonnements</translation>
    </message>
    <message>
        <source>recording subscription %1</source>
        <translation>Speichern des Abonnements %1</translation>
    </message>
    <message>
        <source>reading the billing subscriptions</source>
        <translation>Lesen der Abrechnungsabonnements</translation>
    </message>
    <message>
        <source>updating subscription %1</source>
        <translation>Aktualisieren des Abonnements %1</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::CheckoutCallback</name>
    <message>
        <source>&quot;callback&quot; and &quot;nonce&quot; go together: give both or neither.</source>
        <translation>&quot;callback&quot; und &quot;nonce&quot; gehören zusammen: Geben Sie beide oder keines von beiden an.</translation>
    </message>
    <message>
        <source>&quot;nonce&quot; must be 16 to 128 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>&quot;nonce&quot; muss aus 16 bis 128 Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos; bestehen.</translation>
    </message>
    <message>
        <source>&quot;callback&quot; must be an http URL on 127.0.0.1 or [::1] with a port and a path, got &quot;%1&quot;.</source>
        <translation>&quot;callback&quot; muss eine http-URL auf 127.0.0.1 oder [::1] mit Port und Pfad sein, erhalten: „%1“.</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::CheckoutEvents</name>
    <message>
        <source>session %1 names no order in metadata.order</source>
        <translation>Sitzung %1 nennt in metadata.order keine Bestellung</translation>
    </message>
    <message>
        <source>session %1 names unknown order %2</source>
        <translation>Sitzung %1 verweist auf die unbekannte Bestellung %2</translation>
    </message>
    <message>
        <source>order %1 is %2, not pending</source>
        <translation>Bestellung %1 hat den Status %2, nicht ausstehend</translation>
    </message>
    <message>
        <source>session %1 is not order %2&apos;s session %3</source>
        <translation>Sitzung %1 ist nicht die Sitzung %3 der Bestellung %2</translation>
    </message>
    <message>
        <source>session %1 is in %2, order %3 in %4</source>
        <translation>Sitzung %1 lautet auf %2, Bestellung %3 auf %4</translation>
    </message>
    <message>
        <source>session %1 charged %2 but order %3 costs %4</source>
        <translation>Sitzung %1 hat %2 berechnet, aber Bestellung %3 kostet %4</translation>
    </message>
    <message>
        <source>session %1 is %2, not paid</source>
        <translation>Sitzung %1 hat den Status %2, nicht bezahlt</translation>
    </message>
    <message>
        <source>order %1 was paid but cannot be fulfilled: %2</source>
        <translation>Bestellung %1 wurde bezahlt, kann aber nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>session %1 has no subscription</source>
        <translation>Sitzung %1 hat kein Abonnement</translation>
    </message>
    <message>
        <source>order %1 fulfilled with license %2</source>
        <translation>Bestellung %1 mit Lizenz %2 ausgeführt</translation>
    </message>
    <message>
        <source>order %1 fulfilled: subscription %2 (%3), license %4</source>
        <translation>Bestellung %1 ausgeführt: Abonnement %2 (%3), Lizenz %4</translation>
    </message>
    <message>
        <source>no pending order %1 to expire</source>
        <translation>keine ausstehende Bestellung %1, die ablaufen kann</translation>
    </message>
    <message>
        <source>order %1 expired unpaid</source>
        <translation>Bestellung %1 ist unbezahlt abgelaufen</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::CheckoutPages</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Unknown order</source>
        <translation>Unbekannte Bestellung</translation>
    </message>
    <message>
        <source>There is no order &quot;%1&quot;.</source>
        <translation>Es gibt keine Bestellung „%1“.</translation>
    </message>
    <message>
        <source>Checkout cancelled</source>
        <translation>Bezahlvorgang abgebrochen</translation>
    </message>
    <message>
        <source>Nothing was charged. You can close this tab.</source>
        <translation>Es wurde nichts berechnet. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Zahlung erhalten</translation>
    </message>
    <message>
        <source>Payment received, return to Module Marketplace.</source>
        <translation>Zahlung erhalten. Kehren Sie zu Module Marketplace zurück.</translation>
    </message>
    <message>
        <source>Waiting for payment confirmation</source>
        <translation>Warten auf die Zahlungsbestätigung</translation>
    </message>
    <message>
        <source>Stripe has not confirmed the payment yet. Return to Module Marketplace; it will show the purchase once the payment is confirmed.</source>
        <translation>Stripe hat die Zahlung noch nicht bestätigt. Kehren Sie zu Module Marketplace zurück; dort wird der Kauf angezeigt, sobald die Zahlung bestätigt ist.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung: %1</translation>
    </message>
    <message>
        <source>This order is %1. %2</source>
        <translation>Diese Bestellung hat den Status %1. %2</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::CheckoutStarter</name>
    <message>
        <source>Module Marketplace tenant %1</source>
        <translation>Mandant %1 von Module Marketplace</translation>
    </message>
    <message>
        <source>Stripe created a customer without an id.</source>
        <translation>Stripe hat einen Kunden ohne ID angelegt.</translation>
    </message>
    <message>
        <source>Stripe&apos;s checkout session for order %1 has no id or url.</source>
        <translation>Die Bezahlsitzung von Stripe für die Bestellung %1 hat keine ID oder URL.</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::CustomerRecords</name>
    <message>
        <source>creating the customer records</source>
        <translation>Erstellen der Kundendatensätze</translation>
    </message>
    <message>
        <source>reading the Stripe customer of %1</source>
        <translation>Lesen des Stripe-Kunden von %1</translation>
    </message>
    <message>
        <source>recording the Stripe customer of %1</source>
        <translation>Speichern des Stripe-Kunden von %1</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::DatabaseTransaction</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Es kann keine Transaktion gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit a transaction: %1</source>
        <translation>Eine Transaktion kann nicht festgeschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::MeteredPriceSetup</name>
    <message>
        <source>Stripe created the price of %1 without an id.</source>
        <translation>Stripe hat den Preis für %1 ohne ID angelegt.</translation>
    </message>
    <message>
        <source>Stripe created the meter of %1 without an id.</source>
        <translation>Stripe hat den Zähler für %1 ohne ID angelegt.</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::OrderRecords</name>
    <message>
        <source>creating the order records</source>
        <translation>Erstellen der Bestelldatensätze</translation>
    </message>
    <message>
        <source>recording order %1</source>
        <translation>Speichern der Bestellung %1</translation>
    </message>
    <message>
        <source>reading order %1</source>
        <translation>Lesen der Bestellung %1</translation>
    </message>
    <message>
        <source>reading the open orders of %1</source>
        <translation>Lesen der offenen Bestellungen von %1</translation>
    </message>
    <message>
        <source>recording the checkout session of order %1</source>
        <translation>Speichern der Bezahlsitzung der Bestellung %1</translation>
    </message>
    <message>
        <source>updating order %1</source>
        <translation>Aktualisieren der Bestellung %1</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::OrderRoutes</name>
    <message>
        <source>Tenant %1 has no order &quot;%2&quot;.</source>
        <translation>Der Mandant %1 hat keine Bestellung „%2“.</translation>
    </message>
    <message>
        <source>Order %1 is %2; only a pending order can be cancelled.</source>
        <translation>Die Bestellung %1 hat den Status %2; nur eine ausstehende Bestellung kann storniert werden.</translation>
    </message>
    <message>
        <source>Tenant %1 has not bought anything yet, so it has no billing account.</source>
        <translation>Der Mandant %1 hat noch nichts gekauft und hat daher kein Abrechnungskonto.</translation>
    </message>
    <message>
        <source>Order %1 belongs to another tenant.</source>
        <translation>Die Bestellung %1 gehört zu einem anderen Mandanten.</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::PaymentRecords</name>
    <message>
        <source>creating the payment records</source>
        <translation>Erstellen der Zahlungsdatensätze</translation>
    </message>
    <message>
        <source>recording payment %1</source>
        <translation>Speichern der Zahlung %1</translation>
    </message>
    <message>
        <source>finding the payment of charge %1</source>
        <translation>Suchen der Zahlung zur Belastung %1</translation>
    </message>
    <message>
        <source>recording the charge of payment %1</source>
        <translation>Speichern der Belastung der Zahlung %1</translation>
    </message>
    <message>
        <source>recording the refund of payment %1</source>
        <translation>Speichern der Erstattung der Zahlung %1</translation>
    </message>
    <message>
        <source>reading the payments of %1</source>
        <translation>Lesen der Zahlungen von %1</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::PurchaseRoutes</name>
    <message>
        <source>&quot;plan&quot; must name what to buy: one_time, usage or a plan id.</source>
        <translation>&quot;plan&quot; muss angeben, was gekauft werden soll: one_time, usage oder eine Tarif-ID.</translation>
    </message>
    <message>
        <source>Module %1 is free: there is nothing to buy.</source>
        <translation>Das Modul %1 ist kostenlos: Es gibt nichts zu kaufen.</translation>
    </message>
    <message>
        <source>Module %1 has no plan &quot;%2&quot; (it is sold as %3).</source>
        <translation>Das Modul %1 hat keinen Tarif „%2“ (Preismodell: %3).</translation>
    </message>
    <message>
        <source>Tenant %1 already holds license %2 of %3; there is nothing to buy.</source>
        <translation>Der Mandant %1 besitzt bereits die Lizenz %2 für %3; es gibt nichts zu kaufen.</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::RefundEvents</name>
    <message>
        <source>refund of charge %1, which pays for nothing recorded</source>
        <translation>Erstattung der Belastung %1, zu der keine erfasste Zahlung gehört</translation>
    </message>
    <message>
        <source>refund of charge %1 in %2, payment %3 in %4</source>
        <translation>Erstattung der Belastung %1 lautet auf %2, Zahlung %3 auf %4</translation>
    </message>
    <message>
        <source>refund of charge %1 adds nothing to the %2 recorded</source>
        <translation>Erstattung der Belastung %1 geht nicht über die bereits erfassten %2 hinaus</translation>
    </message>
    <message>
        <source>payment %1: %2 of %3 refunded</source>
        <translation>Zahlung %1: %2 von %3 erstattet</translation>
    </message>
    <message>
        <source>payment %1 refunded in full; order %2 refunded</source>
        <translation>Zahlung %1 vollständig erstattet; Bestellung %2 erstattet</translation>
    </message>
    <message>
        <source>payment %1 was refunded</source>
        <translation>Zahlung %1 wurde erstattet</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::RevenueRoutes</name>
    <message>
        <source>?interval= is day or month, got &quot;%1&quot;.</source>
        <translation>?interval= ist day oder month, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>?from= and ?to= take dates such as 2026-11-01.</source>
        <translation>?from= und ?to= erwarten Datumsangaben wie 2026-11-01.</translation>
    </message>
    <message>
        <source>The revenue of publisher %1 is for its own developers; you publish as %2.</source>
        <translation>Der Umsatz des Anbieters %1 ist für dessen eigene Entwickler bestimmt; Sie veröffentlichen als %2.</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::StripeClient</name>
    <message>
        <source>Stripe did not answer %1 in time.</source>
        <translation>Stripe hat auf %1 nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Stripe cannot be reached for %1: %2</source>
        <translation>Stripe ist für %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Stripe refused %1 (HTTP %2): %3</source>
        <translation>Stripe hat %1 abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>Stripe&apos;s answer to %1 is not a JSON object.</source>
        <translation>Die Antwort von Stripe auf %1 ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::StripeEventLog</name>
    <message>
        <source>creating the Stripe event log</source>
        <translation>Erstellen des Stripe-Ereignisprotokolls</translation>
    </message>
    <message>
        <source>reading Stripe event %1</source>
        <translation>Lesen des Stripe-Ereignisses %1</translation>
    </message>
    <message>
        <source>recording Stripe event %1</source>
        <translation>Speichern des Stripe-Ereignisses %1</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::StripePriceRecords</name>
    <message>
        <source>creating the Stripe price records</source>
        <translation>Erstellen der Stripe-Preisdatensätze</translation>
    </message>
    <message>
        <source>reading the Stripe meter of %1</source>
        <translation>Lesen des Stripe-Zählers von %1</translation>
    </message>
    <message>
        <source>recording the Stripe meter of %1</source>
        <translation>Speichern des Stripe-Zählers von %1</translation>
    </message>
    <message>
        <source>reading the Stripe price of %1</source>
        <translation>Lesen des Stripe-Preises von %1</translation>
    </message>
    <message>
        <source>recording the Stripe price of %1</source>
        <translation>Speichern des Stripe-Preises von %1</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::StripeSignature</name>
    <message>
        <source>the signature is valid</source>
        <translation>die Signatur ist gültig</translation>
    </message>
    <message>
        <source>the Stripe-Signature header is missing</source>
        <translation>der Header Stripe-Signature fehlt</translation>
    </message>
    <message>
        <source>the Stripe-Signature header is malformed (it needs t= and at least one v1=)</source>
        <translation>der Header Stripe-Signature ist fehlerhaft (er benötigt t= und mindestens ein v1=)</translation>
    </message>
    <message>
        <source>the signature&apos;s timestamp is more than %1 seconds away from now</source>
        <translation>der Zeitstempel der Signatur weicht um mehr als %1 Sekunden von der aktuellen Zeit ab</translation>
    </message>
    <message>
        <source>no v1 signature matches the body under the webhook secret</source>
        <translation>keine v1-Signatur passt mit dem Webhook-Geheimnis zum Inhalt der Anfrage</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::SubscriptionEvents</name>
    <message>
        <source>invoice %1 noted</source>
        <translation>Rechnung %1 vermerkt</translation>
    </message>
    <message>
        <source>invoice %1 is for unknown subscription %2</source>
        <translation>Rechnung %1 gehört zum unbekannten Abonnement %2</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, subscription %3 in %4</source>
        <translation>Rechnung %1 lautet auf %2, Abonnement %3 auf %4</translation>
    </message>
    <message>
        <source>invoice %1 was recorded before</source>
        <translation>Rechnung %1 wurde bereits erfasst</translation>
    </message>
    <message>
        <source>invoice %1 pays for a period that already ended</source>
        <translation>Rechnung %1 bezahlt einen bereits abgelaufenen Zeitraum</translation>
    </message>
    <message>
        <source>invoice %1: %2</source>
        <translation>Rechnung %1: %2</translation>
    </message>
    <message>
        <source>subscription %1 renewed until %2: license %3</source>
        <translation>Abonnement %1 bis %2 verlängert: Lizenz %3</translation>
    </message>
    <message>
        <source>failed invoice for unknown subscription %1</source>
        <translation>fehlgeschlagene Rechnung für das unbekannte Abonnement %1</translation>
    </message>
    <message>
        <source>subscription %1 is past due</source>
        <translation>Abonnement %1 ist überfällig</translation>
    </message>
    <message>
        <source>update of unknown subscription %1</source>
        <translation>Aktualisierung des unbekannten Abonnements %1</translation>
    </message>
    <message>
        <source>subscription %1 is %2</source>
        <translation>Abonnement %1 hat den Status %2</translation>
    </message>
    <message>
        <source>cancellation of unknown subscription %1</source>
        <translation>Kündigung des unbekannten Abonnements %1</translation>
    </message>
    <message>
        <source>subscription %1 canceled</source>
        <translation>Abonnement %1 gekündigt</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::UsageRecords</name>
    <message>
        <source>creating the usage records</source>
        <translation>Erstellen der Nutzungsdatensätze</translation>
    </message>
    <message>
        <source>recording usage %1</source>
        <translation>Speichern des Nutzungseintrags %1</translation>
    </message>
    <message>
        <source>marking usage %1 reported</source>
        <translation>Markieren des Nutzungseintrags %1 als gemeldet</translation>
    </message>
    <message>
        <source>adding up the usage of %1</source>
        <translation>Summieren der Nutzung von %1</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::UsageRoutes</name>
    <message>
        <source>&quot;records&quot; must be a list of at most %1 usage records.</source>
        <translation>&quot;records&quot; muss eine Liste mit höchstens %1 Nutzungseinträgen sein.</translation>
    </message>
    <message>
        <source>usage record %1 needs an &quot;id&quot; (letters, digits, &apos;-&apos;, &apos;_&apos;), a whole &quot;quantity&quot; from 1 to 10^9 and an ISO 8601 &quot;time&quot;.</source>
        <translation>Nutzungseintrag %1 benötigt eine &quot;id&quot; (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;), eine ganzzahlige &quot;quantity&quot; von 1 bis 10^9 und eine &quot;time&quot; nach ISO 8601.</translation>
    </message>
    <message>
        <source>Module %1 is not billed by usage.</source>
        <translation>Das Modul %1 wird nicht nach Nutzung abgerechnet.</translation>
    </message>
    <message>
        <source>Tenant %1 has no usage subscription to %2.</source>
        <translation>Der Mandant %1 hat kein nutzungsbasiertes Abonnement für %2.</translation>
    </message>
    <message>
        <source>Tenant %1 has no billing account.</source>
        <translation>Der Mandant %1 hat kein Abrechnungskonto.</translation>
    </message>
</context>
<context>
    <name>mm::server::billing::WebhookRoutes</name>
    <message>
        <source>Webhook refused: %1.</source>
        <translation>Webhook abgelehnt: %1.</translation>
    </message>
    <message>
        <source>the body is not a Stripe event object</source>
        <translation>der Inhalt der Anfrage ist kein Stripe-Ereignisobjekt</translation>
    </message>
    <message>
        <source>not handled</source>
        <translation>nicht verarbeitet</translation>
    </message>
</context>
<context>
    <name>mm::server::moderation::ApprovalPublisher</name>
    <message>
        <source>The approved module would not be a valid catalog entry: %1</source>
        <translation>Das freigegebene Modul wäre kein gültiger Katalogeintrag: %1</translation>
    </message>
    <message>
        <source>Clients could not verify %1 %2 as it would be published: %3</source>
        <translation>Clients könnten %1 %2 in der zu veröffentlichenden Form nicht verifizieren: %3</translation>
    </message>
    <message>
        <source>The package&apos;s module.json: %1</source>
        <translation>module.json des Pakets: %1</translation>
    </message>
    <message>
        <source>The package&apos;s module.json is not %1 %2 of %3.</source>
        <translation>module.json des Pakets ist nicht %1 %2 von %3.</translation>
    </message>
    <message>
        <source>The catalog has no category &quot;%1&quot;; the module cannot be listed.</source>
        <translation>Der Katalog hat keine Kategorie „%1“; das Modul kann nicht aufgeführt werden.</translation>
    </message>
    <message>
        <source>Cannot read the signatures of %1: %2</source>
        <translation>Die Signaturen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The stored package of %1 has SHA-256 %2, not %3.</source>
        <translation>Das gespeicherte Paket von %1 hat den SHA-256-Wert %2, nicht %3.</translation>
    </message>
</context>
<context>
    <name>mm::server::moderation::DecisionRoutes</name>
    <message>
        <source>&quot;%1&quot; is required: a text of 1 to %2 characters the developer will read.</source>
        <translation>&quot;%1&quot; ist erforderlich: ein Text mit 1 bis %2 Zeichen, den der Entwickler liest.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text of at most %2 characters.</source>
        <translation>&quot;%1&quot; muss ein Text mit höchstens %2 Zeichen sein.</translation>
    </message>
    <message>
        <source>There is no submission %1.</source>
        <translation>Es gibt keine Einreichung %1.</translation>
    </message>
    <message>
        <source>Submission %1 is %2; only passed or flagged submissions can be decided.</source>
        <translation>Die Einreichung %1 hat den Status %2; nur bestandene oder markierte Einreichungen können entschieden werden.</translation>
    </message>
    <message>
        <source>Submission %1 was decided meanwhile.</source>
        <translation>Über die Einreichung %1 wurde inzwischen entschieden.</translation>
    </message>
</context>
<context>
    <name>mm::server::moderation::ModerationPersonalData</name>
    <message>
        <source>reading the submissions a moderator handled</source>
        <translation>Lesen der von einem Moderator bearbeiteten Einreichungen</translation>
    </message>
    <message>
        <source>reading the takedowns of a moderator</source>
        <translation>Lesen der Rücknahmen eines Moderators</translation>
    </message>
    <message>
        <source>removing a moderator&apos;s address from claims</source>
        <translation>Entfernen der Adresse eines Moderators aus Übernahmen</translation>
    </message>
</context>
<context>
    <name>mm::server::moderation::ModerationQueue</name>
    <message>
        <source>&quot;status&quot;: unknown status &quot;%1&quot; (expected a comma-separated list of %2)</source>
        <translation>&quot;status&quot;: unbekannter Status „%1“ (erwartet: eine kommagetrennte Liste aus %2)</translation>
    </message>
    <message>
        <source>&quot;risk&quot;: unknown risk &quot;%1&quot; (expected low, medium or high)</source>
        <translation>&quot;risk&quot;: unbekanntes Risiko „%1“ (erwartet: low, medium oder high)</translation>
    </message>
    <message>
        <source>&quot;min_age&quot; must be a whole number of seconds &gt;= 0</source>
        <translation>&quot;min_age&quot; muss eine ganze Zahl von Sekunden &gt;= 0 sein</translation>
    </message>
    <message>
        <source>reading the modules of %1</source>
        <translation>Lesen der Module von %1</translation>
    </message>
</context>
<context>
    <name>mm::server::moderation::ModerationRoutes</name>
    <message>
        <source>%1 claimed submission %2 at %3; claim it with &quot;force&quot; to take it over.</source>
        <translation>%1 hat die Einreichung %2 am %3 übernommen; übernehmen Sie sie mit &quot;force&quot;, um sie an sich zu ziehen.</translation>
    </message>
    <message>
        <source>There is no submission %1.</source>
        <translation>Es gibt keine Einreichung %1.</translation>
    </message>
    <message>
        <source>&quot;force&quot; must be true or false.</source>
        <translation>&quot;force&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>Submission %1 is %2; there is nothing left to decide.</source>
        <translation>Die Einreichung %1 hat den Status %2; es ist nichts mehr zu entscheiden.</translation>
    </message>
</context>
<context>
    <name>mm::server::moderation::PackageListing</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: out of memory</source>
        <translation>%1 kann nicht gelesen werden: nicht genügend Speicher</translation>
    </message>
    <message>
        <source>%1 is not a readable package: %2</source>
        <translation>%1 ist kein lesbares Paket: %2</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries</source>
        <translation>%1 hat mehr als %2 Einträge</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 bytes</source>
        <translation>%1: %2 ist größer als %3 Byte</translation>
    </message>
</context>
<context>
    <name>mm::server::moderation::TakedownPublisher</name>
    <message>
        <source>%1 %2 was already taken down.</source>
        <translation>%1 %2 wurde bereits zurückgezogen.</translation>
    </message>
    <message>
        <source>The catalog has no version %1 of %2.</source>
        <translation>Der Katalog enthält keine Version %1 von %2.</translation>
    </message>
</context>
<context>
    <name>mm::server::moderation::TakedownRecords</name>
    <message>
        <source>creating the takedown records</source>
        <translation>Erstellen der Rücknahmedatensätze</translation>
    </message>
    <message>
        <source>recording the takedown of %1 %2</source>
        <translation>Erfassen der Rücknahme von %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 was already taken down.</source>
        <translation>%1 %2 wurde bereits zurückgezogen.</translation>
    </message>
    <message>
        <source>undoing the takedown of %1 %2</source>
        <translation>Rückgängigmachen der Rücknahme von %1 %2</translation>
    </message>
    <message>
        <source>reading the takedown records</source>
        <translation>Lesen der Rücknahmedatensätze</translation>
    </message>
    <message>
        <source>counting the takedowns of %1</source>
        <translation>Zählen der Rücknahmen von %1</translation>
    </message>
</context>
<context>
    <name>mm::server::reviews::RatingPublisher</name>
    <message>
        <source>creating the imported ratings</source>
        <translation>Erstellen der importierten Bewertungen</translation>
    </message>
    <message>
        <source>keeping the imported ratings of %1</source>
        <translation>Beibehalten der importierten Bewertungen von %1</translation>
    </message>
    <message>
        <source>reading the catalog&apos;s modules</source>
        <translation>Lesen der Module des Katalogs</translation>
    </message>
    <message>
        <source>reading the imported ratings of %1</source>
        <translation>Lesen der importierten Bewertungen von %1</translation>
    </message>
</context>
<context>
    <name>mm::server::reviews::Reputation</name>
    <message>
        <source>creating the publisher reputation</source>
        <translation>Erstellen der Anbieter-Reputation</translation>
    </message>
    <message>
        <source>computing the reputation of %1</source>
        <translation>Berechnen der Reputation von %1</translation>
    </message>
    <message>
        <source>reading the modules of %1</source>
        <translation>Lesen der Module von %1</translation>
    </message>
    <message>
        <source>reading the publisher reputation</source>
        <translation>Lesen der Anbieter-Reputation</translation>
    </message>
    <message>
        <source>replacing the publisher reputation</source>
        <translation>Ersetzen der Anbieter-Reputation</translation>
    </message>
    <message>
        <source>saving the publisher reputation</source>
        <translation>Speichern der Anbieter-Reputation</translation>
    </message>
</context>
<context>
    <name>mm::server::reviews::ReviewInput</name>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Inhalt der Anfrage muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must have %2 to %3 characters, it has %4.</source>
        <translation>&quot;%1&quot; muss %2 bis %3 Zeichen lang sein, es hat %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must have at most %2 characters, it has %3.</source>
        <translation>&quot;%1&quot; darf höchstens %2 Zeichen lang sein, es hat %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
</context>
<context>
    <name>mm::server::reviews::ReviewModerationRoutes</name>
    <message>
        <source>There is no review %1.</source>
        <translation>Es gibt keine Bewertung %1.</translation>
    </message>
</context>
<context>
    <name>mm::server::reviews::ReviewRecords</name>
    <message>
        <source>creating the review records</source>
        <translation>Erstellen der Bewertungsdatensätze</translation>
    </message>
    <message>
        <source>reading reviews</source>
        <translation>Lesen von Bewertungen</translation>
    </message>
    <message>
        <source>saving review %1</source>
        <translation>Speichern der Bewertung %1</translation>
    </message>
    <message>
        <source>deleting review %1</source>
        <translation>Löschen der Bewertung %1</translation>
    </message>
    <message>
        <source>moderating review %1</source>
        <translation>Moderieren der Bewertung %1</translation>
    </message>
    <message>
        <source>counting reviews</source>
        <translation>Zählen von Bewertungen</translation>
    </message>
    <message>
        <source>reading hidden reviews</source>
        <translation>Lesen ausgeblendeter Bewertungen</translation>
    </message>
    <message>
        <source>counting the ratings of %1</source>
        <translation>Zählen der Bewertungen von %1</translation>
    </message>
    <message>
        <source>anonymising the reviews of a deleted account</source>
        <translation>Anonymisieren der Bewertungen eines gelöschten Kontos</translation>
    </message>
    <message>
        <source>reading the installs of %1</source>
        <translation>Lesen der Installationen von %1</translation>
    </message>
</context>
<context>
    <name>mm::server::reviews::ReviewReplies</name>
    <message>
        <source>creating the review replies</source>
        <translation>Erstellen der Antworten auf Bewertungen</translation>
    </message>
    <message>
        <source>saving the reply to %1</source>
        <translation>Speichern der Antwort auf %1</translation>
    </message>
    <message>
        <source>The reply to %1 was not saved.</source>
        <translation>Die Antwort auf %1 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>reading the reply to %1</source>
        <translation>Lesen der Antwort auf %1</translation>
    </message>
    <message>
        <source>deleting the reply to %1</source>
        <translation>Löschen der Antwort auf %1</translation>
    </message>
</context>
<context>
    <name>mm::server::reviews::ReviewReports</name>
    <message>
        <source>creating the review reports</source>
        <translation>Erstellen der Meldungen zu Bewertungen</translation>
    </message>
    <message>
        <source>saving a report on %1</source>
        <translation>Speichern einer Meldung zu %1</translation>
    </message>
    <message>
        <source>counting the reports on %1</source>
        <translation>Zählen der Meldungen zu %1</translation>
    </message>
    <message>
        <source>reading the reports on %1</source>
        <translation>Lesen der Meldungen zu %1</translation>
    </message>
    <message>
        <source>reading the open reports</source>
        <translation>Lesen der offenen Meldungen</translation>
    </message>
    <message>
        <source>settling the reports on %1</source>
        <translation>Erledigen der Meldungen zu %1</translation>
    </message>
    <message>
        <source>deleting the reports on %1</source>
        <translation>Löschen der Meldungen zu %1</translation>
    </message>
    <message>
        <source>reading a user&apos;s reports</source>
        <translation>Lesen der Meldungen eines Benutzers</translation>
    </message>
    <message>
        <source>deleting a user&apos;s reports</source>
        <translation>Löschen der Meldungen eines Benutzers</translation>
    </message>
</context>
<context>
    <name>mm::server::reviews::ReviewRoutes</name>
    <message>
        <source>unknown &quot;sort&quot; &quot;%1&quot; (expected newest or helpful)</source>
        <translation>unbekannter Wert „%1“ für &quot;sort&quot; (erwartet: newest oder helpful)</translation>
    </message>
    <message>
        <source>&quot;rating&quot; must be a whole number from 1 to 5.</source>
        <translation>&quot;rating&quot; muss eine ganze Zahl von 1 bis 5 sein.</translation>
    </message>
    <message>
        <source>Tenant %1 has not installed %2; only tenants that installed a module may review it.</source>
        <translation>Der Mandant %1 hat %2 nicht installiert; nur Mandanten, die ein Modul installiert haben, dürfen es bewerten.</translation>
    </message>
    <message>
        <source>Marketplace user</source>
        <translation>Marktplatz-Benutzer</translation>
    </message>
    <message>
        <source>You have not reviewed %1.</source>
        <translation>Sie haben %1 nicht bewertet.</translation>
    </message>
    <message>
        <source>There is no review %1.</source>
        <translation>Es gibt keine Bewertung %1.</translation>
    </message>
    <message>
        <source>You cannot vote on your own review.</source>
        <translation>Sie können nicht über Ihre eigene Bewertung abstimmen.</translation>
    </message>
    <message>
        <source>Review %1 is of %2, which belongs to another publisher.</source>
        <translation>Die Bewertung %1 gilt %2, das zu einem anderen Anbieter gehört.</translation>
    </message>
</context>
<context>
    <name>mm::server::reviews::ReviewVotes</name>
    <message>
        <source>creating the review votes</source>
        <translation>Erstellen der Bewertungsstimmen</translation>
    </message>
    <message>
        <source>saving a vote on %1</source>
        <translation>Speichern einer Stimme zu %1</translation>
    </message>
    <message>
        <source>counting the votes on %1</source>
        <translation>Zählen der Stimmen zu %1</translation>
    </message>
    <message>
        <source>reading the votes on %1</source>
        <translation>Lesen der Stimmen zu %1</translation>
    </message>
    <message>
        <source>deleting the votes on %1</source>
        <translation>Löschen der Stimmen zu %1</translation>
    </message>
    <message>
        <source>reading a user&apos;s votes</source>
        <translation>Lesen der Stimmen eines Benutzers</translation>
    </message>
    <message>
        <source>deleting a user&apos;s votes</source>
        <translation>Löschen der Stimmen eines Benutzers</translation>
    </message>
</context>
<context>
    <name>mm::server::submissions::PipelineSettings</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>budgets: %1 &quot;%2&quot; must be a whole number above 0</source>
        <translation>Budgets: %1 &quot;%2&quot; muss eine ganze Zahl größer als 0 sein</translation>
    </message>
    <message>
        <source>budgets: %1 must be an object</source>
        <translation>Budgets: %1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>budgets: not a JSON object</source>
        <translation>Budgets: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mm::server::submissions::PublisherKeyRecords</name>
    <message>
        <source>creating the publisher key records</source>
        <translation>Erstellen der Datensätze für Anbieterschlüssel</translation>
    </message>
    <message>
        <source>reading the keys of publisher %1</source>
        <translation>Lesen der Schlüssel des Anbieters %1</translation>
    </message>
    <message>
        <source>looking up key %1</source>
        <translation>Nachschlagen des Schlüssels %1</translation>
    </message>
    <message>
        <source>registering key %1 for publisher %2</source>
        <translation>Registrieren des Schlüssels %1 für den Anbieter %2</translation>
    </message>
    <message>
        <source>creating the publisher records</source>
        <translation>Erstellen der Anbieterdatensätze</translation>
    </message>
    <message>
        <source>looking up publisher %1</source>
        <translation>Nachschlagen des Anbieters %1</translation>
    </message>
    <message>
        <source>The publisher id &quot;%1&quot; is taken.</source>
        <translation>Die Anbieter-ID „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>creating publisher %1</source>
        <translation>Erstellen des Anbieters %1</translation>
    </message>
</context>
<context>
    <name>mm::server::submissions::PublisherKeyRoutes</name>
    <message>
        <source>A publisher id is 2 to 64 lower-case letters, digits, &apos;-&apos; or &apos;.&apos;, starting with a letter; &quot;%1&quot; is not one.</source>
        <translation>Eine Anbieter-ID besteht aus 2 bis 64 Kleinbuchstaben, Ziffern, &apos;-&apos; oder &apos;.&apos; und beginnt mit einem Buchstaben; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>&quot;public&quot; must be an Ed25519 public key in base64: %1</source>
        <translation>&quot;public&quot; muss ein öffentlicher Ed25519-Schlüssel in Base64 sein: %1</translation>
    </message>
    <message>
        <source>&quot;name&quot; may have at most 100 characters.</source>
        <translation>&quot;name&quot; darf höchstens 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>&quot;proof&quot; must be the new key&apos;s signature of the registration; it is not.</source>
        <translation>&quot;proof&quot; muss die Signatur der Registrierung mit dem neuen Schlüssel sein; das ist nicht der Fall.</translation>
    </message>
    <message>
        <source>Key %1 is registered for another publisher.</source>
        <translation>Der Schlüssel %1 ist für einen anderen Anbieter registriert.</translation>
    </message>
    <message>
        <source>Publisher %1 already has keys: a new key needs the endorsement of one of them.</source>
        <translation>Der Anbieter %1 hat bereits Schlüssel: Ein neuer Schlüssel muss von einem davon bestätigt werden.</translation>
    </message>
    <message>
        <source>The endorsement is not a valid signature by a key of publisher %1.</source>
        <translation>Die Bestätigung ist keine gültige Signatur mit einem Schlüssel des Anbieters %1.</translation>
    </message>
    <message>
        <source>Keys of publisher %1 are registered by its own developers; you publish as %2.</source>
        <translation>Schlüssel des Anbieters %1 werden von dessen eigenen Entwicklern registriert; Sie veröffentlichen als %2.</translation>
    </message>
</context>
<context>
    <name>mm::server::submissions::SubmissionJson</name>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Der Inhalt der Anfrage ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Inhalt der Anfrage muss ein JSON-Objekt sein.</translation>
    </message>
</context>
<context>
    <name>mm::server::submissions::SubmissionRecords</name>
    <message>
        <source>creating the submission records</source>
        <translation>Erstellen der Einreichungsdatensätze</translation>
    </message>
    <message>
        <source>recording submission %1</source>
        <translation>Speichern der Einreichung %1</translation>
    </message>
    <message>
        <source>reading submissions</source>
        <translation>Lesen der Einreichungen</translation>
    </message>
    <message>
        <source>updating submission %1</source>
        <translation>Aktualisieren der Einreichung %1</translation>
    </message>
    <message>
        <source>recording the report of submission %1</source>
        <translation>Speichern des Berichts der Einreichung %1</translation>
    </message>
    <message>
        <source>reading the submission table</source>
        <translation>Lesen der Einreichungstabelle</translation>
    </message>
    <message>
        <source>adding %1 to the submission table</source>
        <translation>Hinzufügen von %1 zur Einreichungstabelle</translation>
    </message>
    <message>
        <source>counting approvals of %1</source>
        <translation>Zählen der Freigaben von %1</translation>
    </message>
    <message>
        <source>claiming submission %1</source>
        <translation>Übernehmen der Einreichung %1</translation>
    </message>
    <message>
        <source>recording the decision on submission %1</source>
        <translation>Erfassen der Entscheidung über die Einreichung %1</translation>
    </message>
</context>
<context>
    <name>mm::server::submissions::SubmissionRoutes</name>
    <message>
        <source>There is no submission %1.</source>
        <translation>Es gibt keine Einreichung %1.</translation>
    </message>
    <message>
        <source>Module %1 has no submissions.</source>
        <translation>Das Modul %1 hat keine Einreichungen.</translation>
    </message>
    <message>
        <source>There is no submission of %1 %2.</source>
        <translation>Es gibt keine Einreichung von %1 %2.</translation>
    </message>
    <message>
        <source>The submissions of publisher %1 are for its own developers and the moderators; you publish as %2.</source>
        <translation>Die Einreichungen des Anbieters %1 sind für dessen eigene Entwickler und die Moderatoren bestimmt; Sie veröffentlichen als %2.</translation>
    </message>
</context>
<context>
    <name>mm::server::submissions::SubmissionStore</name>
    <message>
        <source>Cannot create the submissions folder %1</source>
        <translation>Der Einreichungsordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
</context>
<context>
    <name>mm::server::submissions::Submissions</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mm::server::submissions::SubmitRoutes</name>
    <message>
        <source>&quot;signatures&quot; is not a signature envelope: %1</source>
        <translation>&quot;signatures&quot; ist kein Signaturumschlag: %1</translation>
    </message>
    <message>
        <source>&quot;signatures&quot; does not hold a package claim: %1</source>
        <translation>&quot;signatures&quot; enthält keine Angaben zum Paket: %1</translation>
    </message>
    <message>
        <source>The signature is for a package of %1 bytes with SHA-256 %2; the upload has %3 bytes with SHA-256 %4.</source>
        <translation>Die Signatur gilt für ein Paket mit %1 Byte und SHA-256 %2; der Upload hat %3 Byte mit SHA-256 %4.</translation>
    </message>
    <message>
        <source>Publisher &quot;%1&quot; has no registered keys; register one with POST /api/marketplace/publishers/%1/keys first.</source>
        <translation>Der Anbieter „%1“ hat keine registrierten Schlüssel; registrieren Sie zuerst einen mit POST /api/marketplace/publishers/%1/keys.</translation>
    </message>
    <message>
        <source>The signature is for module id &quot;%1&quot;, which is not a valid module id.</source>
        <translation>Die Signatur gilt für die Modul-ID „%1“, die keine gültige Modul-ID ist.</translation>
    </message>
    <message>
        <source>The signature is for version &quot;%1&quot;, which is not a semantic version.</source>
        <translation>Die Signatur gilt für die Version „%1“, die keine semantische Version ist.</translation>
    </message>
    <message>
        <source>Module %1 belongs to another publisher.</source>
        <translation>Das Modul %1 gehört einem anderen Anbieter.</translation>
    </message>
    <message>
        <source>%1 %2 is already in the catalog; submit a new version.</source>
        <translation>%1 %2 ist bereits im Katalog; reichen Sie eine neue Version ein.</translation>
    </message>
    <message>
        <source>Module %1 is already submitted by another publisher.</source>
        <translation>Das Modul %1 wurde bereits von einem anderen Anbieter eingereicht.</translation>
    </message>
    <message>
        <source>%1 %2 is already submitted (%3, %4).</source>
        <translation>%1 %2 wurde bereits eingereicht (%3, %4).</translation>
    </message>
    <message>
        <source>The body must name the &quot;upload&quot; and carry the &quot;signatures&quot; envelope.</source>
        <translation>Der Inhalt der Anfrage muss den &quot;upload&quot; angeben und den Umschlag &quot;signatures&quot; enthalten.</translation>
    </message>
    <message>
        <source>Upload %1 has %2 of %3 bytes; finish it first.</source>
        <translation>Der Upload %1 hat %2 von %3 Byte; schließen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>The package is signed for publisher %1; you publish as %2.</source>
        <translation>Das Paket ist für den Anbieter %1 signiert; Sie veröffentlichen als %2.</translation>
    </message>
</context>
<context>
    <name>mm::server::submissions::UploadRecords</name>
    <message>
        <source>Cannot create the uploads folder %1</source>
        <translation>Der Upload-Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>creating the upload records</source>
        <translation>Erstellen der Upload-Datensätze</translation>
    </message>
    <message>
        <source>reading upload %1</source>
        <translation>Lesen des Uploads %1</translation>
    </message>
    <message>
        <source>looking for an upload of %1</source>
        <translation>Suchen eines Uploads von %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>recording upload %1</source>
        <translation>Speichern des Uploads %1</translation>
    </message>
    <message>
        <source>recording the progress of upload %1</source>
        <translation>Speichern des Fortschritts von Upload %1</translation>
    </message>
    <message>
        <source>removing upload %1</source>
        <translation>Entfernen des Uploads %1</translation>
    </message>
    <message>
        <source>reading the upload records&apos; columns</source>
        <translation>Lesen der Spalten der Upload-Datensätze</translation>
    </message>
    <message>
        <source>adding owners to the upload records</source>
        <translation>Hinzufügen von Eigentümern zu den Upload-Datensätzen</translation>
    </message>
    <message>
        <source>There is no upload %1.</source>
        <translation>Es gibt keinen Upload %1.</translation>
    </message>
    <message>
        <source>Upload %1 belongs to another user.</source>
        <translation>Der Upload %1 gehört einem anderen Benutzer.</translation>
    </message>
</context>
<context>
    <name>mm::server::submissions::UploadRoutes</name>
    <message>
        <source>Content-Range must be &quot;bytes START-END/TOTAL&quot;, got &quot;%1&quot;.</source>
        <translation>Content-Range muss „bytes START-ENDE/GESAMT“ lauten, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Content-Range ends before it starts.</source>
        <translation>Content-Range endet, bevor es beginnt.</translation>
    </message>
    <message>
        <source>&quot;sha256&quot; must be the package&apos;s SHA-256 in 64 lower-case hex digits.</source>
        <translation>&quot;sha256&quot; muss der SHA-256-Wert des Pakets in 64 Hexadezimalziffern in Kleinbuchstaben sein.</translation>
    </message>
    <message>
        <source>&quot;size&quot; must be the package&apos;s size in bytes, a whole number above 0.</source>
        <translation>&quot;size&quot; muss die Größe des Pakets in Byte sein, eine ganze Zahl größer als 0.</translation>
    </message>
    <message>
        <source>The package has %1 bytes; this marketplace takes packages of at most %2 bytes.</source>
        <translation>Das Paket hat %1 Byte; dieser Marktplatz nimmt Pakete mit höchstens %2 Byte an.</translation>
    </message>
    <message>
        <source>Cannot write upload %1: %2</source>
        <translation>Der Upload %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A chunk may have at most %1 bytes.</source>
        <translation>Ein Teilstück darf höchstens %1 Byte groß sein.</translation>
    </message>
    <message>
        <source>Content-Range says the package has %1 bytes; the upload was started for %2.</source>
        <translation>Laut Content-Range hat das Paket %1 Byte; der Upload wurde für %2 Byte begonnen.</translation>
    </message>
    <message>
        <source>Content-Range covers %1 bytes but the body has %2.</source>
        <translation>Content-Range umfasst %1 Byte, der Inhalt der Anfrage hat jedoch %2.</translation>
    </message>
    <message>
        <source>Upload %1 is already complete.</source>
        <translation>Der Upload %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Upload %1 has %2 bytes; the next chunk must start there, not at %3.</source>
        <translation>Der Upload %1 hat %2 Byte; das nächste Teilstück muss dort beginnen, nicht bei %3.</translation>
    </message>
    <message>
        <source>The uploaded bytes have SHA-256 %1, not the announced %2; the upload starts over.</source>
        <translation>Die hochgeladenen Bytes haben den SHA-256-Wert %1, nicht den angekündigten Wert %2; der Upload beginnt von vorn.</translation>
    </message>
</context>
<context>
    <name>mm::server::submissions::ValidationQueue</name>
    <message>
        <source>module.json says %1 &quot;%2&quot; but the package&apos;s signature is for &quot;%3&quot;.</source>
        <translation>In module.json steht %1 „%2“, die Signatur des Pakets gilt jedoch für „%3“.</translation>
    </message>
</context>
<context>
    <name>mm::trust::InstallTrust</name>
    <message>
        <source>The catalog cache holds no verified key list; sync with the marketplace first.</source>
        <translation>Der Katalog-Cache enthält keine verifizierte Schlüsselliste; synchronisieren Sie zuerst mit dem Marktplatz.</translation>
    </message>
    <message>
        <source>No marketplace root key is pinned; confirm the marketplace with &quot;modmarket-cli trust --pin FINGERPRINT&quot; and sync.</source>
        <translation>Es ist kein Stammschlüssel des Marktplatzes gepinnt; bestätigen Sie den Marktplatz mit „modmarket-cli trust --pin FINGERPRINT“ und synchronisieren Sie.</translation>
    </message>
    <message>
        <source>The synced catalog expired on %1. Sync again before installing: an expired catalog may be hiding revoked keys and security updates.</source>
        <translation>Der synchronisierte Katalog ist am %1 abgelaufen. Synchronisieren Sie erneut, bevor Sie installieren: Ein abgelaufener Katalog kann widerrufene Schlüssel und Sicherheitsaktualisierungen verbergen.</translation>
    </message>
</context>
<context>
    <name>mm::trust::KeyList</name>
    <message>
        <source>key list</source>
        <translation>Schlüsselliste</translation>
    </message>
    <message>
        <source>key list: root</source>
        <translation>Schlüsselliste: root</translation>
    </message>
    <message>
        <source>&quot;public&quot;: %1</source>
        <translation>&quot;public&quot;: %1</translation>
    </message>
    <message>
        <source>The pinned root fingerprint &quot;%1&quot; is not 64 hex digits</source>
        <translation>Der gepinnte Fingerabdruck des Stammschlüssels „%1“ besteht nicht aus 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>The document is a signed &quot;%1&quot;, not a key list</source>
        <translation>Das Dokument ist ein signiertes Dokument vom Typ „%1“, keine Schlüsselliste</translation>
    </message>
    <message>
        <source>The key list is not signed by the pinned root key %1 (signed by %2)</source>
        <translation>Die Schlüsselliste ist nicht mit dem gepinnten Stammschlüssel %1 signiert (signiert mit %2)</translation>
    </message>
    <message>
        <source>The key list&apos;s root key has the fingerprint %1, but the pinned fingerprint is %2</source>
        <translation>Der Stammschlüssel der Schlüsselliste hat den Fingerabdruck %1, der gepinnte Fingerabdruck ist jedoch %2</translation>
    </message>
    <message>
        <source>The key list&apos;s signature by the root key %1 does not verify</source>
        <translation>Die Signatur der Schlüsselliste mit dem Stammschlüssel %1 lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>The key list is version %1, older than version %2 accepted before</source>
        <translation>Die Schlüsselliste hat die Version %1 und ist damit älter als die zuvor akzeptierte Version %2</translation>
    </message>
</context>
<context>
    <name>mm::trust::KeyListContent</name>
    <message>
        <source>&quot;public&quot;: %1</source>
        <translation>&quot;public&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;id&quot; is %1 but the key&apos;s id is %2</source>
        <translation>&quot;id&quot; ist %1, die ID des Schlüssels ist jedoch %2</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: kein Objekt</translation>
    </message>
    <message>
        <source>&quot;role&quot; is &quot;%1&quot;, expected catalog, countersign or license</source>
        <translation>&quot;role&quot; ist „%1“, erwartet: catalog, countersign oder license</translation>
    </message>
    <message>
        <source>key list</source>
        <translation>Schlüsselliste</translation>
    </message>
    <message>
        <source>key list: root</source>
        <translation>Schlüsselliste: root</translation>
    </message>
    <message>
        <source>key list: keys[%1]</source>
        <translation>Schlüsselliste: keys[%1]</translation>
    </message>
    <message>
        <source>key list: revoked[%1] is not a key id (16 lower-case hex digits)</source>
        <translation>Schlüsselliste: revoked[%1] ist keine Schlüssel-ID (16 Hexadezimalziffern in Kleinbuchstaben)</translation>
    </message>
</context>
<context>
    <name>mm::trust::PackageClaim</name>
    <message>
        <source>package signature payload</source>
        <translation>Nutzdaten der Paketsignatur</translation>
    </message>
    <message>
        <source>&quot;sha256&quot; is &quot;%1&quot;, not 64 lower-case hex digits</source>
        <translation>&quot;sha256&quot; ist „%1“ und besteht nicht aus 64 Hexadezimalziffern in Kleinbuchstaben</translation>
    </message>
</context>
<context>
    <name>mm::trust::PackageSignatures</name>
    <message>
        <source>The document is a signed &quot;%1&quot;, not package signatures</source>
        <translation>Das Dokument ist ein signiertes Dokument vom Typ „%1“, keine Paketsignaturen</translation>
    </message>
    <message>
        <source>No key list to check the package&apos;s countersignature against</source>
        <translation>Keine Schlüsselliste vorhanden, anhand derer die Gegensignatur des Pakets geprüft werden kann</translation>
    </message>
    <message>
        <source>publisher key %1 is revoked</source>
        <translation>Anbieterschlüssel %1 wurde widerrufen</translation>
    </message>
    <message>
        <source>the signature by publisher key %1 does not verify</source>
        <translation>die Signatur mit dem Anbieterschlüssel %1 lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>The package is not signed by a key of its publisher (signed by %1)</source>
        <translation>Das Paket ist nicht mit einem Schlüssel seines Anbieters signiert (signiert mit %1)</translation>
    </message>
    <message>
        <source>The package has no valid publisher signature: %1</source>
        <translation>Das Paket hat keine gültige Anbietersignatur: %1</translation>
    </message>
    <message>
        <source>The package&apos;s SHA-256 is %1 but its signature is for %2</source>
        <translation>Der SHA-256-Wert des Pakets ist %1, seine Signatur gilt jedoch für %2</translation>
    </message>
    <message>
        <source>The package&apos;s size is %1 bytes but its signature is for %2 bytes</source>
        <translation>Das Paket ist %1 Byte groß, seine Signatur gilt jedoch für %2 Byte</translation>
    </message>
    <message>
        <source>The package should be module %1 but its signature is for module id %2</source>
        <translation>Das Paket sollte das Modul %1 sein, seine Signatur gilt jedoch für die Modul-ID %2</translation>
    </message>
    <message>
        <source>The package should be version %1 but its signature is for version %2</source>
        <translation>Das Paket sollte Version %1 sein, seine Signatur gilt jedoch für Version %2</translation>
    </message>
    <message>
        <source>key %1 is revoked</source>
        <translation>Schlüssel %1 wurde widerrufen</translation>
    </message>
    <message>
        <source>key %1 is a %2 key, not a countersign key</source>
        <translation>Schlüssel %1 hat die Rolle %2 und ist kein Gegensignaturschlüssel</translation>
    </message>
    <message>
        <source>countersign key %1 expired at %2</source>
        <translation>Gegensignaturschlüssel %1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>the countersignature by key %1 does not verify</source>
        <translation>die Gegensignatur mit dem Schlüssel %1 lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>The package is not countersigned by the marketplace (signed by %1)</source>
        <translation>Das Paket ist nicht vom Marktplatz gegensigniert (signiert mit %1)</translation>
    </message>
    <message>
        <source>The package has no valid countersignature: %1</source>
        <translation>Das Paket hat keine gültige Gegensignatur: %1</translation>
    </message>
</context>
<context>
    <name>mm::trust::SignedCatalog</name>
    <message>
        <source>signed catalog</source>
        <translation>signierter Katalog</translation>
    </message>
    <message>
        <source>The document is a signed &quot;%1&quot;, not a catalog</source>
        <translation>Das Dokument ist ein signiertes Dokument vom Typ „%1“, kein Katalog</translation>
    </message>
    <message>
        <source>key %1 is revoked</source>
        <translation>Schlüssel %1 wurde widerrufen</translation>
    </message>
    <message>
        <source>key %1 is a %2 key, not a catalog key</source>
        <translation>Schlüssel %1 hat die Rolle %2 und ist kein Katalogschlüssel</translation>
    </message>
    <message>
        <source>key %1 is not in the key list</source>
        <translation>Schlüssel %1 ist nicht in der Schlüsselliste enthalten</translation>
    </message>
    <message>
        <source>the signature by key %1 does not verify</source>
        <translation>die Signatur mit dem Schlüssel %1 lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>The catalog is not signed by a catalog key of key list version %1: %2</source>
        <translation>Der Katalog ist nicht mit einem Katalogschlüssel aus der Schlüsselliste in Version %1 signiert: %2</translation>
    </message>
    <message>
        <source>The catalog was generated at %1, but its signing key %2 expired at %3</source>
        <translation>Der Katalog wurde am %1 erzeugt, sein Signaturschlüssel %2 war jedoch bereits am %3 abgelaufen</translation>
    </message>
</context>
<context>
    <name>mm::ui::AccountMenu</name>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign &amp;out %1</source>
        <translation>%1 ab&amp;melden</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3)</source>
        <translation>Bei %1 als %2 angemeldet (%3)</translation>
    </message>
    <message>
        <source>File › Sign in… to buy modules and manage your tenant.</source>
        <translation>Datei › Anmelden…, um Module zu kaufen und Ihren Mandanten zu verwalten.</translation>
    </message>
</context>
<context>
    <name>mm::ui::AccountState</name>
    <message>
        <source>Signed out on this computer; the marketplace could not be told: %1</source>
        <translation>Auf diesem Computer abgemeldet; der Marktplatz konnte nicht benachrichtigt werden: %1</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
</context>
<context>
    <name>mm::ui::BillingPortal</name>
    <message>
        <source>The marketplace&apos;s billing portal answer has no web address in &quot;url&quot;.</source>
        <translation>Die Antwort des Marktplatzes zum Kundenportal enthält in &quot;url&quot; keine Webadresse.</translation>
    </message>
</context>
<context>
    <name>mm::ui::CatalogFilterBar</name>
    <message>
        <source>Search modules by name, tag, publisher…</source>
        <translation>Module nach Name, Schlagwort, Anbieter suchen…</translation>
    </message>
    <message>
        <source>Any price</source>
        <translation>Alle Preismodelle</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>One-time purchase</source>
        <translation>Einmalkauf</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Usage-based</source>
        <translation>Nutzungsbasiert</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Most installed</source>
        <translation>Meistinstalliert</translation>
    </message>
    <message>
        <source>Best rated</source>
        <translation>Am besten bewertet</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Compatible with my platform</source>
        <translation>Kompatibel mit meiner Plattform</translation>
    </message>
    <message>
        <source>Compatible with my platform (%1)</source>
        <translation>Kompatibel mit meiner Plattform (%1)</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Sortieren nach</translation>
    </message>
</context>
<context>
    <name>mm::ui::CategoryListModel</name>
    <message>
        <source>All modules (%1)</source>
        <translation>Alle Module (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mm::ui::CheckoutDialog</name>
    <message>
        <source>Continue to payment</source>
        <translation>Weiter zur Zahlung</translation>
    </message>
    <message>
        <source>Open the payment page again</source>
        <translation>Zahlungsseite erneut öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Install now</source>
        <translation>Jetzt installieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Buy %1</source>
        <translation>%1 kaufen</translation>
    </message>
    <message>
        <source>Asking the marketplace for your price…</source>
        <translation>Ihr Preis wird beim Marktplatz abgefragt…</translation>
    </message>
    <message>
        <source>The license of %1 is stored on this computer.</source>
        <translation>Die Lizenz für %1 ist auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>The license of %1 is stored on this computer; it runs until %2 and renews with the subscription.</source>
        <translation>Die Lizenz für %1 ist auf diesem Computer gespeichert; sie gilt bis %2 und wird mit dem Abonnement verlängert.</translation>
    </message>
    <message>
        <source>Install the module now, or later from its page.</source>
        <translation>Installieren Sie das Modul jetzt oder später über seine Seite.</translation>
    </message>
    <message>
        <source>Opening the payment page…</source>
        <translation>Zahlungsseite wird geöffnet…</translation>
    </message>
    <message>
        <source>Waiting for payment in your browser</source>
        <translation>Warten auf die Zahlung in Ihrem Browser</translation>
    </message>
    <message>
        <source>Complete the payment on Stripe&apos;s page, then come back here. This window follows the payment by itself.</source>
        <translation>Schließen Sie die Zahlung auf der Seite von Stripe ab und kehren Sie dann hierher zurück. Dieses Fenster verfolgt die Zahlung selbstständig.</translation>
    </message>
    <message>
        <source>Payment received, waiting for confirmation from the marketplace</source>
        <translation>Zahlung erhalten, Bestätigung durch den Marktplatz steht noch aus</translation>
    </message>
    <message>
        <source>This usually takes a few seconds.</source>
        <translation>Das dauert normalerweise nur wenige Sekunden.</translation>
    </message>
    <message>
        <source>Storing the license…</source>
        <translation>Lizenz wird gespeichert…</translation>
    </message>
    <message>
        <source>Cancelling the order…</source>
        <translation>Bestellung wird storniert…</translation>
    </message>
    <message>
        <source>License installed</source>
        <translation>Lizenz installiert</translation>
    </message>
    <message>
        <source>Thank you for your purchase.</source>
        <translation>Vielen Dank für Ihren Kauf.</translation>
    </message>
    <message>
        <source>The purchase did not complete</source>
        <translation>Der Kauf wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Creating the order on the marketplace.</source>
        <translation>Die Bestellung wird beim Marktplatz angelegt.</translation>
    </message>
</context>
<context>
    <name>mm::ui::CheckoutFailure</name>
    <message>
        <source>The payment was cancelled on the payment page. Nothing was charged.</source>
        <translation>Die Zahlung wurde auf der Zahlungsseite abgebrochen. Es wurde nichts berechnet.</translation>
    </message>
    <message>
        <source>The payment page expired before a payment was made. Nothing was charged.</source>
        <translation>Die Zahlungsseite ist abgelaufen, bevor eine Zahlung erfolgte. Es wurde nichts berechnet.</translation>
    </message>
    <message>
        <source>The payment did not go through. Nothing was charged; try again or use another card.</source>
        <translation>Die Zahlung ist nicht durchgegangen. Es wurde nichts berechnet; versuchen Sie es erneut oder verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <source>No payment was confirmed in time. If you did pay, the license arrives with the next refresh from the marketplace; otherwise nothing was charged.</source>
        <translation>Es wurde nicht rechtzeitig eine Zahlung bestätigt. Falls Sie bezahlt haben, kommt die Lizenz mit der nächsten Aktualisierung vom Marktplatz; andernfalls wurde nichts berechnet.</translation>
    </message>
    <message>
        <source>The marketplace cannot be reached. Check the connection and try again.</source>
        <translation>Der Marktplatz ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The license the marketplace delivered did not pass the check, so it was not stored.</source>
        <translation>Die vom Marktplatz gelieferte Lizenz hat die Prüfung nicht bestanden und wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <source>The purchase could not be completed.</source>
        <translation>Der Kauf konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Sign in first: purchases are made for the tenant of the signed-in account.</source>
        <translation>Melden Sie sich zuerst an: Käufe erfolgen für den Mandanten des angemeldeten Kontos.</translation>
    </message>
</context>
<context>
    <name>mm::ui::CheckoutFlow</name>
    <message>
        <source>The license of %1 was bought and stored.</source>
        <translation>Die Lizenz für %1 wurde gekauft und gespeichert.</translation>
    </message>
    <message>
        <source>Asking the marketplace for the billing portal…</source>
        <translation>Kundenportal wird beim Marktplatz angefordert…</translation>
    </message>
    <message>
        <source>The billing portal is open in your browser.</source>
        <translation>Das Kundenportal ist in Ihrem Browser geöffnet.</translation>
    </message>
</context>
<context>
    <name>mm::ui::CheckoutPlanPage</name>
    <message>
        <source>You pay on Stripe&apos;s secure page in your web browser; Module Marketplace never sees your card. Once the payment is confirmed, the license is stored on this computer and the module can be installed.</source>
        <translation>Sie bezahlen auf der sicheren Seite von Stripe in Ihrem Webbrowser; Module Marketplace sieht Ihre Kartendaten nie. Sobald die Zahlung bestätigt ist, wird die Lizenz auf diesem Computer gespeichert und das Modul kann installiert werden.</translation>
    </message>
    <message>
        <source>Asking the marketplace for your price…</source>
        <translation>Ihr Preis wird beim Marktplatz abgefragt…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — choose a plan:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — wählen Sie einen Tarif:</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 pro Jahr</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>%1 (instead of %2)</source>
        <translation>%1 (statt %2)</translation>
    </message>
    <message>
        <source>Your prices include a %1.</source>
        <translation>Ihre Preise berücksichtigen bereits %1.</translation>
    </message>
    <message numerus="yes">
        <source>The subscription starts with a free trial of %n day(s); you are charged when it ends unless you cancel before.</source>
        <translation>
            <numerusform>Das Abonnement beginnt mit einer kostenlosen Testphase von %n Tag; nach deren Ende wird es Ihnen berechnet, sofern Sie nicht vorher kündigen.</numerusform>
            <numerusform>Das Abonnement beginnt mit einer kostenlosen Testphase von %n Tagen; nach deren Ende wird es Ihnen berechnet, sofern Sie nicht vorher kündigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be bought: the marketplace offers no plan for it.</source>
        <translation>%1 kann nicht gekauft werden: Der Marktplatz bietet keinen Tarif dafür an.</translation>
    </message>
</context>
<context>
    <name>mm::ui::ChecksPage</name>
    <message>
        <source>Cancel checks</source>
        <translation>Prüfungen abbrechen</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>The marketplace runs these same checks on every submission, so what you see here is what it will say.</source>
        <translation>Der Marktplatz führt bei jeder Einreichung genau diese Prüfungen aus; was Sie hier sehen, wird er also auch melden.</translation>
    </message>
    <message>
        <source>Preparing the checks…</source>
        <translation>Prüfungen werden vorbereitet…</translation>
    </message>
    <message>
        <source>The checks were cancelled. Run them again to go on.</source>
        <translation>Die Prüfungen wurden abgebrochen. Führen Sie sie erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The checks stopped.</source>
        <translation>Die Prüfungen wurden vorzeitig beendet.</translation>
    </message>
    <message>
        <source>The checks could not run.</source>
        <translation>Die Prüfungen konnten nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>Die Prüfungen konnten nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>%1 geprüft.</translation>
    </message>
    <message>
        <source>Not checked here:</source>
        <translation>Hier nicht geprüft:</translation>
    </message>
    <message numerus="yes">
        <source>• and %n more, listed below.</source>
        <translation>
            <numerusform>• und %n weiteres, unten aufgeführt.</numerusform>
            <numerusform>• und %n weitere, unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed before you can submit:</source>
        <translation>
            <numerusform>%n Problem muss behoben werden, bevor Sie einreichen können:</numerusform>
            <numerusform>%n Probleme müssen behoben werden, bevor Sie einreichen können:</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them in the module, then choose “Run again”.</source>
        <translation>Beheben Sie sie im Modul und wählen Sie dann „Erneut ausführen“.</translation>
    </message>
    <message numerus="yes">
        <source>The checks found %n warning(s). You can submit, but a moderator will look at them more closely before the module is approved.</source>
        <translation>
            <numerusform>Die Prüfungen haben %n Warnung gefunden. Sie können einreichen, aber ein Moderator wird sie sich genauer ansehen, bevor das Modul freigegeben wird.</numerusform>
            <numerusform>Die Prüfungen haben %n Warnungen gefunden. Sie können einreichen, aber ein Moderator wird sie sich genauer ansehen, bevor das Modul freigegeben wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
</context>
<context>
    <name>mm::ui::DecisionBar</name>
    <message>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Zurückweisen…</translation>
    </message>
    <message>
        <source>Request changes…</source>
        <translation>Änderungen anfordern…</translation>
    </message>
</context>
<context>
    <name>mm::ui::DecisionDialog</name>
    <message>
        <source>Approve submission</source>
        <translation>Einreichung freigeben</translation>
    </message>
    <message>
        <source>Approve %1? The marketplace countersigns the package and publishes it in the next catalog; tenants can install it after their next sync.</source>
        <translation>%1 freigeben? Der Marktplatz zeichnet das Paket gegen und veröffentlicht es im nächsten Katalog; Mandanten können es nach ihrer nächsten Synchronisierung installieren.</translation>
    </message>
    <message>
        <source>Note for the record (optional)</source>
        <translation>Notiz für das Protokoll (optional)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject submission</source>
        <translation>Einreichung zurückweisen</translation>
    </message>
    <message>
        <source>Reject %1? The developer sees the reason in My modules.</source>
        <translation>%1 zurückweisen? Der Entwickler sieht die Begründung unter „Meine Module“.</translation>
    </message>
    <message>
        <source>Why it is rejected (required)</source>
        <translation>Warum sie zurückgewiesen wird (erforderlich)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Zurückweisen</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <source>Send %1 back to the developer? They may submit the same version again after the changes.</source>
        <translation>%1 an den Entwickler zurückgeben? Er kann dieselbe Version nach den Änderungen erneut einreichen.</translation>
    </message>
    <message>
        <source>What has to change (required)</source>
        <translation>Was geändert werden muss (erforderlich)</translation>
    </message>
</context>
<context>
    <name>mm::ui::DetailsPage</name>
    <message>
        <source>Details and pricing</source>
        <translation>Details und Preise</translation>
    </message>
    <message>
        <source>Markdown: what the module does, how to set it up.</source>
        <translation>Markdown: was das Modul tut und wie es eingerichtet wird.</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. notes, markdown</source>
        <translation>Kommagetrennt, z. B. notes, markdown</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Changes are saved to module.json in %1 when you go on.</source>
        <translation>Änderungen werden beim Fortfahren in module.json in %1 gespeichert.</translation>
    </message>
    <message>
        <source>A package&apos;s details are part of its signed contents and are shown as they are. To change them, publish from the module&apos;s folder.</source>
        <translation>Die Details eines Pakets sind Teil seines signierten Inhalts und werden unverändert angezeigt. Um sie zu ändern, veröffentlichen Sie aus dem Ordner des Moduls.</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (nicht im Katalog)</translation>
    </message>
    <message>
        <source>module.json was left as it was: %1</source>
        <translation>module.json wurde nicht verändert: %1</translation>
    </message>
</context>
<context>
    <name>mm::ui::FindingTableModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>whole module</source>
        <translation>gesamtes Modul</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>mm::ui::HistoryDialog</name>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>Install history</source>
        <translation>Installationsverlauf</translation>
    </message>
    <message>
        <source>Nothing has been installed with this profile yet.</source>
        <translation>Mit diesem Profil wurde noch nichts installiert.</translation>
    </message>
    <message>
        <source>Every install, update, removal and rollback, newest first. Hover a failed one to see why it failed.</source>
        <translation>Alle Installationen, Aktualisierungen, Entfernungen und Zurücksetzungen auf vorige Versionen, die neuesten zuerst. Zeigen Sie mit der Maus auf einen fehlgeschlagenen Vorgang, um den Grund zu sehen.</translation>
    </message>
</context>
<context>
    <name>mm::ui::HistoryTableModel</name>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>Deinstallieren</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>mm::ui::InstallActionBar</name>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>Deinstallieren</translation>
    </message>
    <message>
        <source>Update to %1</source>
        <translation>Auf %1 aktualisieren</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <translation>Auf %1 zurückrollen</translation>
    </message>
    <message>
        <source>Version %1 is installed.</source>
        <translation>Version %1 ist installiert.</translation>
    </message>
    <message>
        <source>Version %1 is installed as a dependency.</source>
        <translation>Version %1 ist als Abhängigkeit installiert.</translation>
    </message>
</context>
<context>
    <name>mm::ui::InstallFlow</name>
    <message>
        <source>Another install, update or removal is still under way; wait until it ends.</source>
        <translation>Eine andere Installation, Aktualisierung oder Entfernung läuft noch; warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Update all</source>
        <translation>Alle aktualisieren</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>Deinstallieren</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Install %1?</source>
        <translation>%1 installieren?</translation>
    </message>
    <message>
        <source>Update %1?</source>
        <translation>%1 aktualisieren?</translation>
    </message>
    <message>
        <source>Update all modules?</source>
        <translation>Alle Module aktualisieren?</translation>
    </message>
    <message>
        <source>Uninstall %1?</source>
        <translation>%1 deinstallieren?</translation>
    </message>
    <message>
        <source>Roll back %1?</source>
        <translation>%1 zurückrollen?</translation>
    </message>
    <message>
        <source>Installing %1</source>
        <translation>%1 wird installiert</translation>
    </message>
    <message>
        <source>Updating %1</source>
        <translation>%1 wird aktualisiert</translation>
    </message>
    <message>
        <source>Updating all modules</source>
        <translation>Alle Module werden aktualisiert</translation>
    </message>
    <message>
        <source>Uninstalling %1</source>
        <translation>%1 wird deinstalliert</translation>
    </message>
    <message>
        <source>Rolling back %1</source>
        <translation>%1 wird zurückgerollt</translation>
    </message>
    <message>
        <source>%1 cannot be installed</source>
        <translation>%1 kann nicht installiert werden</translation>
    </message>
    <message>
        <source>%1 cannot be updated</source>
        <translation>%1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>The modules cannot be updated</source>
        <translation>Die Module können nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>%1 cannot be uninstalled</source>
        <translation>%1 kann nicht deinstalliert werden</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back</source>
        <translation>%1 kann nicht zurückgerollt werden</translation>
    </message>
    <message>
        <source>%1 is already installed.</source>
        <translation>%1 ist bereits installiert.</translation>
    </message>
    <message>
        <source>%1 is already at the newest version that fits.</source>
        <translation>%1 liegt bereits in der neuesten passenden Version vor.</translation>
    </message>
    <message>
        <source>Every installed module is already at the newest version that fits.</source>
        <translation>Alle installierten Module liegen bereits in der neuesten passenden Version vor.</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>%1 is already at that version.</source>
        <translation>%1 liegt bereits in dieser Version vor.</translation>
    </message>
</context>
<context>
    <name>mm::ui::InstallProgressDialog</name>
    <message>
        <source>Waiting to start…</source>
        <translation>Warten auf den Start…</translation>
    </message>
    <message>
        <source>Downloading and verifying…</source>
        <translation>Wird heruntergeladen und geprüft…</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>Plan wird ermittelt…</translation>
    </message>
    <message>
        <source>Activating the new versions…</source>
        <translation>Neue Versionen werden aktiviert…</translation>
    </message>
    <message>
        <source>Done: every step completed.</source>
        <translation>Fertig: Alle Schritte wurden ausgeführt.</translation>
    </message>
    <message>
        <source>The operation failed:</source>
        <translation>Der Vorgang ist fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Downloaded %1 of %2</source>
        <translation>%1 von %2 heruntergeladen</translation>
    </message>
    <message>
        <source>The operation had passed the point where it can be cancelled and was completed.</source>
        <translation>Der Vorgang konnte nicht mehr abgebrochen werden und wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Abgebrochen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>mm::ui::InstallProgressModel</name>
    <message>
        <source>Install %1 %2</source>
        <translation>%1 %2 installieren</translation>
    </message>
    <message>
        <source>Upgrade %1 from %2 to %3</source>
        <translation>%1 von %2 auf %3 aktualisieren</translation>
    </message>
    <message>
        <source>Downgrade %1 from %2 to %3</source>
        <translation>%1 von %2 auf %3 zurückstufen</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>%1 %2 entfernen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Downloading %1 of %2</source>
        <translation>Wird heruntergeladen: %1 von %2</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Wird heruntergeladen: %1</translation>
    </message>
    <message>
        <source>%1 (%2/s)</source>
        <translation>%1 (%2/s)</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Extracting %1</source>
        <translation>Wird entpackt: %1</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Wird entpackt</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>Wird aktiviert</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translation>Zurückgestuft</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>mm::ui::InstalledModel</name>
    <message>
        <source>Something installed needs an older version than %1; Update explains what.</source>
        <translation>Ein installiertes Modul benötigt eine ältere Version als %1; „Aktualisieren“ zeigt, welches.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>as a dependency</source>
        <translation>als Abhängigkeit</translation>
    </message>
    <message>
        <source>%1 available</source>
        <translation>%1 verfügbar</translation>
    </message>
    <message>
        <source>%1 held back</source>
        <translation>%1 zurückgehalten</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Kept for rollback</source>
        <translation>Zum Zurückrollen aufbewahrt</translation>
    </message>
    <message>
        <source>%1 — Taken down: %2</source>
        <translation>%1 — Zurückgezogen: %2</translation>
    </message>
</context>
<context>
    <name>mm::ui::InstalledNavButton</name>
    <message>
        <source>Installed (%1)</source>
        <translation>Installiert (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) available</source>
        <translation>
            <numerusform>%n Aktualisierung verfügbar</numerusform>
            <numerusform>%n Aktualisierungen verfügbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::InstalledView</name>
    <message>
        <source>Update all</source>
        <translation>Alle aktualisieren</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>Deinstallieren</translation>
    </message>
    <message>
        <source>Installed modules</source>
        <translation>Installierte Module</translation>
    </message>
    <message>
        <source>No modules are installed yet. Open a module in the catalog and choose Install.</source>
        <translation>Es sind noch keine Module installiert. Öffnen Sie ein Modul im Katalog und wählen Sie „Installieren“.</translation>
    </message>
    <message>
        <source>Selected module:</source>
        <translation>Ausgewähltes Modul:</translation>
    </message>
    <message>
        <source>Installed modules: %1</source>
        <translation>Installierte Module: %1</translation>
    </message>
    <message>
        <source>%1 · updates unknown: %2</source>
        <translation>%1 · Aktualisierungen unbekannt: %2</translation>
    </message>
    <message>
        <source>%1 · updates available: %2</source>
        <translation>%1 · verfügbare Aktualisierungen: %2</translation>
    </message>
    <message>
        <source>%1 · everything is up to date</source>
        <translation>%1 · alles ist auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>Update all (%1)</source>
        <translation>Alle aktualisieren (%1)</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <translation>Auf %1 zurückrollen</translation>
    </message>
    <message>
        <source>Update to %1</source>
        <translation>Auf %1 aktualisieren</translation>
    </message>
</context>
<context>
    <name>mm::ui::LicenseActions</name>
    <message numerus="yes">
        <source>Licenses refreshed from the marketplace: %n stored</source>
        <translation>
            <numerusform>Lizenzen vom Marktplatz aktualisiert: %n gespeichert</numerusform>
            <numerusform>Lizenzen vom Marktplatz aktualisiert: %n gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n revoked</source>
        <translation>
            <numerusform>, %n widerrufen</numerusform>
            <numerusform>, %n widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused: %1</source>
        <translation>
            <numerusform>, %n abgelehnt: %1</numerusform>
            <numerusform>, %n abgelehnt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a license document.</source>
        <translation>%1 ist zu groß für ein Lizenzdokument.</translation>
    </message>
    <message>
        <source>The license of %1 was imported.</source>
        <translation>Die Lizenz für %1 wurde importiert.</translation>
    </message>
    <message>
        <source>The license of %1 was imported; it runs until %2.</source>
        <translation>Die Lizenz für %1 wurde importiert; sie gilt bis %2.</translation>
    </message>
    <message>
        <source>The license of %1 was renewed until %2.</source>
        <translation>Die Lizenz für %1 wurde bis %2 verlängert.</translation>
    </message>
    <message>
        <source>Your trial of %1 runs until %2.</source>
        <translation>Ihre Testphase für %1 läuft bis %2.</translation>
    </message>
</context>
<context>
    <name>mm::ui::LicenseBadge</name>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Lizenziert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>In grace · %n day(s) left</source>
        <translation>
            <numerusform>Kulanzfrist · noch %n Tag</numerusform>
            <numerusform>Kulanzfrist · noch %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trial · %n day(s) left</source>
        <translation>
            <numerusform>Testphase · noch %n Tag</numerusform>
            <numerusform>Testphase · noch %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::LicenseListModel</name>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 · ends soon</source>
        <translation>%1 · endet bald</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1, grace ends %2</source>
        <translation>%1, Kulanzfrist endet %2</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Berechtigungen</translation>
    </message>
</context>
<context>
    <name>mm::ui::LicenseNotifier</name>
    <message numerus="yes">
        <source>%n license(s) end within %1 days or are in their grace period: %2. Open Licenses to renew them.</source>
        <translation>
            <numerusform>%n Lizenz endet innerhalb von %1 Tagen oder ist in der Kulanzfrist: %2. Öffnen Sie „Lizenzen“, um sie zu verlängern.</numerusform>
            <numerusform>%n Lizenzen enden innerhalb von %1 Tagen oder sind in der Kulanzfrist: %2. Öffnen Sie „Lizenzen“, um sie zu verlängern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Licenses end soon</source>
        <translation>Lizenzen laufen bald ab</translation>
    </message>
</context>
<context>
    <name>mm::ui::LicensesNavButton</name>
    <message>
        <source>Licenses (%1)</source>
        <translation>Lizenzen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n license(s) end soon or are in their grace period</source>
        <translation>
            <numerusform>%n Lizenz endet bald oder ist in der Kulanzfrist</numerusform>
            <numerusform>%n Lizenzen enden bald oder sind in der Kulanzfrist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::LicensesView</name>
    <message>
        <source>Refresh from marketplace</source>
        <translation>Vom Marktplatz aktualisieren</translation>
    </message>
    <message>
        <source>Import license file…</source>
        <translation>Lizenzdatei importieren…</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <source>Buy…</source>
        <translation>Kaufen…</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Selected license:</source>
        <translation>Ausgewählte Lizenz:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain cannot be reached, so the status of each license is unknown.&lt;/b&gt; The list shows what this profile&apos;s index knows. %1</source>
        <translation>&lt;b&gt;Der Schlüsselbund ist nicht erreichbar, daher ist der Status der einzelnen Lizenzen unbekannt.&lt;/b&gt; Die Liste zeigt, was im Index dieses Profils bekannt ist. %1</translation>
    </message>
    <message>
        <source>No licenses yet. Free modules bring theirs when they are installed; a paid module&apos;s page offers a trial or the purchase.</source>
        <translation>Noch keine Lizenzen. Kostenlose Module bringen ihre Lizenz bei der Installation mit; auf der Seite eines kostenpflichtigen Moduls können Sie eine Testphase starten oder das Modul kaufen.</translation>
    </message>
    <message>
        <source>Asking the marketplace for this tenant&apos;s licenses…</source>
        <translation>Lizenzen dieses Mandanten werden beim Marktplatz abgefragt…</translation>
    </message>
    <message>
        <source>Import a license file</source>
        <translation>Lizenzdatei importieren</translation>
    </message>
    <message>
        <source>License documents (*.json *.lic *.license);;All files (*)</source>
        <translation>Lizenzdokumente (*.json *.lic *.license);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking and storing the license…</source>
        <translation>Lizenz wird geprüft und gespeichert…</translation>
    </message>
    <message>
        <source>Asking the marketplace to renew the license of %1…</source>
        <translation>Verlängerung der Lizenz für %1 wird beim Marktplatz angefordert…</translation>
    </message>
    <message>
        <source>Manage billing…</source>
        <translation>Abrechnung verwalten…</translation>
    </message>
    <message>
        <source>Change or cancel subscriptions and payment methods on Stripe&apos;s billing page</source>
        <translation>Abonnements ändern oder kündigen und Zahlungsmethoden verwalten – auf der Abrechnungsseite von Stripe</translation>
    </message>
</context>
<context>
    <name>mm::ui::MainWindow</name>
    <message>
        <source>Module Marketplace — %1</source>
        <translation>Module Marketplace — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Sync catalog</source>
        <translation>Katalog &amp;synchronisieren</translation>
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
        <source>&amp;Find module</source>
        <translation>Modul &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Module Marketplace</source>
        <translation>Ü&amp;ber Module Marketplace</translation>
    </message>
    <message>
        <source>About Module Marketplace</source>
        <translation>Über Module Marketplace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Module Marketplace %1&lt;/h3&gt;&lt;p&gt;Browse, buy and install add-on modules.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Module Marketplace %1&lt;/h3&gt;&lt;p&gt;Add-on-Module entdecken, kaufen und installieren.&lt;/p&gt;&lt;p&gt;Profil: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No module matches “%1”. Try fewer words or another category.</source>
        <translation>Kein Modul passt zu „%1“. Versuchen Sie es mit weniger Wörtern oder einer anderen Kategorie.</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>Katalog wird geladen…</translation>
    </message>
    <message>
        <source>No modules here yet.</source>
        <translation>Hier gibt es noch keine Module.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s signed catalog expired on %1; it may be withholding updates.</source>
        <translation>Der signierte Katalog des Marktplatzes ist am %1 abgelaufen; möglicherweise hält der Marktplatz Aktualisierungen zurück.</translation>
    </message>
    <message>
        <source>&amp;Installed modules</source>
        <translation>&amp;Installierte Module</translation>
    </message>
    <message>
        <source>Install &amp;history</source>
        <translation>Installations&amp;verlauf</translation>
    </message>
    <message>
        <source>&amp;Licenses</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <source>&amp;Revenue</source>
        <translation>&amp;Umsatz</translation>
    </message>
    <message>
        <source>&amp;Publish a module…</source>
        <translation>&amp;Modul veröffentlichen…</translation>
    </message>
    <message>
        <source>&amp;My modules</source>
        <translation>&amp;Meine Module</translation>
    </message>
    <message>
        <source>Moderation is for moderators: sign in as one first.</source>
        <translation>Die Moderation ist Moderatoren vorbehalten: Melden Sie sich zuerst als Moderator an.</translation>
    </message>
</context>
<context>
    <name>mm::ui::ManifestEditor</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mm::ui::ModerationCoordinator</name>
    <message>
        <source>M&amp;oderation</source>
        <translation>M&amp;oderation</translation>
    </message>
    <message>
        <source>Submissions listed in the queue</source>
        <translation>In der Warteschlange aufgeführte Einreichungen</translation>
    </message>
</context>
<context>
    <name>mm::ui::ModerationNavButton</name>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Moderators: review submissions and decide on them</source>
        <translation>Moderatoren: Einreichungen prüfen und über sie entscheiden</translation>
    </message>
</context>
<context>
    <name>mm::ui::ModerationView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>Warteschlange wird geladen…</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Die Warteschlange konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing waits for a decision here.</source>
        <translation>Hier wartet nichts auf eine Entscheidung.</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s).</source>
        <translation>
            <numerusform>%n Einreichung.</numerusform>
            <numerusform>%n Einreichungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Could not claim %1: %2</source>
        <translation>%1 konnte nicht übernommen werden: %2</translation>
    </message>
    <message>
        <source>You claimed %1 %2.</source>
        <translation>Sie haben %1 %2 übernommen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The decision on %1 was not taken: %2</source>
        <translation>Die Entscheidung über %1 wurde nicht getroffen: %2</translation>
    </message>
    <message>
        <source>%1 %2 is now %3.</source>
        <translation>%1 %2 hat jetzt den Status %3.</translation>
    </message>
    <message>
        <source>It is in catalog version %1.</source>
        <translation>Es ist in Katalogversion %1 enthalten.</translation>
    </message>
</context>
<context>
    <name>mm::ui::ModuleCardDelegate</name>
    <message>
        <source>by %1 · v%2</source>
        <translation>von %1 · v%2</translation>
    </message>
    <message>
        <source>★ %1 (%2)</source>
        <translation>★ %1 (%2)</translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>noch keine Bewertungen</translation>
    </message>
    <message>
        <source>%1   ⤓ %2</source>
        <translation>%1   ⤓ %2</translation>
    </message>
    <message>
        <source>Not for this host</source>
        <translation>Nicht für diesen Host</translation>
    </message>
    <message>
        <source>Needs %1 tier</source>
        <translation>Erfordert Stufe %1</translation>
    </message>
</context>
<context>
    <name>mm::ui::ModuleDetailView</name>
    <message>
        <source>← Back to the catalog</source>
        <translation>← Zurück zum Katalog</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Changelog</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>by %1 · %2</source>
        <translation>von %1 · %2</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Version %1 runs on your host platform %2.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Version %1 läuft auf Ihrer Host-Plattform %2.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b03a2e&apos;&gt;✘ No version runs on your host platform: the latest cannot be used because %1.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b03a2e&apos;&gt;✘ Keine Version läuft auf Ihrer Host-Plattform: Die neueste Version ist nicht verwendbar, denn %1.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>*No description.*</source>
        <translation>*Keine Beschreibung.*</translation>
    </message>
    <message>
        <source>Module not available</source>
        <translation>Modul nicht verfügbar</translation>
    </message>
    <message>
        <source>**Free.** No payment and no license purchase are needed.</source>
        <translation>**Kostenlos.** Es sind weder eine Zahlung noch ein Lizenzkauf erforderlich.</translation>
    </message>
    <message>
        <source>**One-time purchase: %1.** The license does not expire.</source>
        <translation>**Einmalkauf: %1.** Die Lizenz läuft nicht ab.</translation>
    </message>
    <message>
        <source>**Subscription.** Choose a plan:</source>
        <translation>**Abonnement.** Wählen Sie einen Tarif:</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 pro Jahr</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>**Usage-based.** %1 per %2 %3, %4 included each month.</source>
        <translation>**Nutzungsbasiert.** %1 pro %2 %3, %4 pro Monat inklusive.</translation>
    </message>
    <message numerus="yes">
        <source>A free trial of %n day(s) is available.</source>
        <translation>
            <numerusform>Eine kostenlose Testphase von %n Tag ist verfügbar.</numerusform>
            <numerusform>Eine kostenlose Testphase von %n Tagen ist verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some versions need the %1 tier.</source>
        <translation>Einige Versionen erfordern eine höhere Stufe: %1.</translation>
    </message>
    <message>
        <source>*No changes listed.*</source>
        <translation>*Keine Änderungen angegeben.*</translation>
    </message>
    <message numerus="yes">
        <source>★ %1 from %Ln rating(s)</source>
        <translation>
            <numerusform>★ %1 aus %Ln Bewertung</numerusform>
            <numerusform>★ %1 aus %Ln Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %Ln install(s) · latest %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %Ln Installation · neueste Version %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %Ln Installationen · neueste Version %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Install plan</source>
        <translation>Installationsplan</translation>
    </message>
    <message>
        <source>Working out what installing this module takes…</source>
        <translation>Es wird ermittelt, was die Installation dieses Moduls erfordert…</translation>
    </message>
    <message>
        <source>&lt;b&gt;This module cannot be installed here.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dieses Modul kann hier nicht installiert werden.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Installing takes %n module(s), %1 to download, dependencies first:</source>
        <translation>
            <numerusform>Für die Installation wird %n Modul benötigt, %1 zum Herunterladen:</numerusform>
            <numerusform>Für die Installation werden %n Module benötigt, %1 zum Herunterladen, Abhängigkeiten zuerst:</numerusform>
        </translation>
    </message>
    <message>
        <source>This module is installed, together with everything it needs.</source>
        <translation>Dieses Modul ist installiert, zusammen mit allem, was es benötigt.</translation>
    </message>
    <message>
        <source>Cannot be installed here: %1.</source>
        <translation>Kann hier nicht installiert werden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Publisher reputation %1/100 · %2 approved, %3 declined, %Ln takedown(s)</source>
        <translation>
            <numerusform>Anbieter-Reputation %1/100 · %2 freigegeben, %3 zurückgewiesen, %Ln Rücknahme</numerusform>
            <numerusform>Anbieter-Reputation %1/100 · %2 freigegeben, %3 zurückgewiesen, %Ln Rücknahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>From the ratings of the publisher&apos;s modules, its approval history and its takedowns.</source>
        <translation>Aus den Bewertungen der Module des Anbieters, seinem Freigabeverlauf und seinen Rücknahmen.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
</context>
<context>
    <name>mm::ui::ModuleLicensePanel</name>
    <message numerus="yes">
        <source>Start %n-day trial</source>
        <translation>
            <numerusform>%n-tägige Testphase starten</numerusform>
            <numerusform>%n-tägige Testphase starten</numerusform>
        </translation>
    </message>
    <message>
        <source>Your %1 tier allows up to %2; %3 needs the %4 tier.</source>
        <translation>Ihre Stufe %1 erlaubt Versionen bis %2; %3 erfordert die Stufe %4.</translation>
    </message>
    <message>
        <source>Your %1 tier allows no version of this module; %2 needs the %3 tier.</source>
        <translation>Ihre Stufe %1 erlaubt keine Version dieses Moduls; %2 erfordert die Stufe %3.</translation>
    </message>
    <message>
        <source>Buy…</source>
        <translation>Kaufen…</translation>
    </message>
</context>
<context>
    <name>mm::ui::MyModulesNavButton</name>
    <message>
        <source>My modules</source>
        <translation>Meine Module</translation>
    </message>
    <message>
        <source>Developer area: publish modules and follow their review</source>
        <translation>Entwicklerbereich: Module veröffentlichen und ihre Prüfung verfolgen</translation>
    </message>
</context>
<context>
    <name>mm::ui::MyModulesView</name>
    <message>
        <source>Publish a module…</source>
        <translation>Modul veröffentlichen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>My modules</source>
        <translation>Meine Module</translation>
    </message>
    <message>
        <source>Publishing as %1</source>
        <translation>Veröffentlichen als %1</translation>
    </message>
    <message>
        <source>Nothing published from here yet. “Publish a module…” takes you from a module folder to a submission; its status and the marketplace&apos;s report then appear here.</source>
        <translation>Von hier aus wurde noch nichts veröffentlicht. „Modul veröffentlichen…“ führt Sie von einem Modulordner zu einer Einreichung; deren Status und der Bericht des Marktplatzes erscheinen dann hier.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The marketplace could not be asked: %1</source>
        <translation>Der Marktplatz konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>No submissions yet.</source>
        <translation>Noch keine Einreichungen.</translation>
    </message>
    <message>
        <source>%1 %2 — %3. %4
Submission %5</source>
        <translation>%1 %2 — %3. %4
Einreichung %5</translation>
    </message>
    <message>
        <source>The marketplace&apos;s checks: %1, %2.</source>
        <translation>Prüfungen des Marktplatzes: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Isolation: %1.</source>
        <translation>Isolierung: %1.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s report appears here once its checks have run.</source>
        <translation>Der Bericht des Marktplatzes erscheint hier, sobald seine Prüfungen gelaufen sind.</translation>
    </message>
    <message>
        <source>The moderator&apos;s reason: %1</source>
        <translation>Begründung des Moderators: %1</translation>
    </message>
</context>
<context>
    <name>mm::ui::PlanConfirmDialog</name>
    <message>
        <source>Confirm changes</source>
        <translation>Änderungen bestätigen</translation>
    </message>
    <message>
        <source>to install: %1</source>
        <translation>zu installieren: %1</translation>
    </message>
    <message>
        <source>to upgrade: %1</source>
        <translation>zu aktualisieren: %1</translation>
    </message>
    <message>
        <source>to downgrade: %1</source>
        <translation>zurückzustufen: %1</translation>
    </message>
    <message>
        <source>to remove: %1</source>
        <translation>zu entfernen: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Modules %1 · download: %2. The steps run in this order:</source>
        <translation>Module – %1 · Download: %2. Die Schritte werden in dieser Reihenfolge ausgeführt:</translation>
    </message>
</context>
<context>
    <name>mm::ui::PlanTableModel</name>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Zurückstufen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
</context>
<context>
    <name>mm::ui::PriceText</name>
    <message>
        <source>%1% %2 discount</source>
        <translation>%1 % Rabatt für die Stufe %2</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <source>%1 per %2 %3</source>
        <translation>%1 pro %2 %3</translation>
    </message>
    <message>
        <source>%1, %2 included each month</source>
        <translation>%1, %2 pro Monat inklusive</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Pay as you go: %1</source>
        <translation>Nach Nutzung: %1</translation>
    </message>
    <message>
        <source>One-time purchase</source>
        <translation>Einmalkauf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>**Free.** No payment and no license purchase are needed.</source>
        <translation>**Kostenlos.** Es sind weder eine Zahlung noch ein Lizenzkauf erforderlich.</translation>
    </message>
    <message>
        <source>One-time purchase: %1. The license does not expire.</source>
        <translation>Einmalkauf: %1. Die Lizenz läuft nicht ab.</translation>
    </message>
    <message>
        <source>**Subscription.** Your prices:</source>
        <translation>**Abonnement.** Ihre Preise:</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 pro Jahr</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>**Usage-based.** %1.</source>
        <translation>**Nutzungsbasiert.** %1.</translation>
    </message>
    <message>
        <source>Your tier gets a %1.</source>
        <translation>Sie erhalten %1.</translation>
    </message>
    <message numerus="yes">
        <source>A free trial of %n day(s) is available.</source>
        <translation>
            <numerusform>Eine kostenlose Testphase von %n Tag ist verfügbar.</numerusform>
            <numerusform>Eine kostenlose Testphase von %n Tagen ist verfügbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::PricingEditor</name>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>One-time purchase</source>
        <translation>Einmalkauf</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Usage-based</source>
        <translation>Nutzungsbasiert</translation>
    </message>
    <message>
        <source>e.g. 9.50</source>
        <translation>z. B. 9,50</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>e.g. API call</source>
        <translation>z. B. API-Aufruf</translation>
    </message>
    <message>
        <source>No trial</source>
        <translation>Keine Testphase</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Pricing:</source>
        <translation>Preismodell:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>Monthly price:</source>
        <translation>Monatspreis:</translation>
    </message>
    <message>
        <source>Yearly price:</source>
        <translation>Jahrespreis:</translation>
    </message>
    <message>
        <source>Counted unit:</source>
        <translation>Gezählte Einheit:</translation>
    </message>
    <message>
        <source>Price per block:</source>
        <translation>Preis pro Block:</translation>
    </message>
    <message>
        <source>Units per block:</source>
        <translation>Einheiten pro Block:</translation>
    </message>
    <message>
        <source>Included units per month:</source>
        <translation>Inklusive Einheiten pro Monat:</translation>
    </message>
    <message>
        <source>Free trial:</source>
        <translation>Kostenlose Testphase:</translation>
    </message>
    <message numerus="yes">
        <source>%1 must be an amount above zero with at most %n decimal(s), such as %2.</source>
        <translation>
            <numerusform>%1 muss ein Betrag größer als null mit höchstens %n Nachkommastelle sein, z. B. %2.</numerusform>
            <numerusform>%1 muss ein Betrag größer als null mit höchstens %n Nachkommastellen sein, z. B. %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The monthly price</source>
        <translation>Der Monatspreis</translation>
    </message>
    <message>
        <source>The yearly price</source>
        <translation>Der Jahrespreis</translation>
    </message>
    <message>
        <source>A subscription needs a monthly or a yearly price.</source>
        <translation>Ein Abonnement benötigt einen Monats- oder einen Jahrespreis.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as EUR, got “%1”.</source>
        <translation>Die Währung muss ein dreistelliger ISO-4217-Code wie EUR sein, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>The price</source>
        <translation>Der Preis</translation>
    </message>
    <message>
        <source>Say what is counted, such as “API call”.</source>
        <translation>Geben Sie an, was gezählt wird, z. B. „API-Aufruf“.</translation>
    </message>
    <message>
        <source>The price per block</source>
        <translation>Der Preis pro Block</translation>
    </message>
</context>
<context>
    <name>mm::ui::PublishCoordinator</name>
    <message numerus="yes">
        <source>%n submission(s) being checked</source>
        <translation>
            <numerusform>%n Einreichung wird geprüft</numerusform>
            <numerusform>%n Einreichungen werden geprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::PublishWizard</name>
    <message>
        <source>Publish a module</source>
        <translation>Modul veröffentlichen</translation>
    </message>
    <message>
        <source>Open My modules</source>
        <translation>Meine Module öffnen</translation>
    </message>
</context>
<context>
    <name>mm::ui::QueueFilterBar</name>
    <message>
        <source>Waiting for a decision</source>
        <translation>Wartet auf eine Entscheidung</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Jedes Risiko</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Mittleres Risiko</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Niedriges Risiko</translation>
    </message>
</context>
<context>
    <name>mm::ui::QueueTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Risk score %1: errors and warnings of the checks, a publisher without an approved version and its takedowns add to it.</source>
        <translation>Risikowert %1: Fehler und Warnungen der Prüfungen, ein Anbieter ohne freigegebene Version und seine Rücknahmen erhöhen ihn.</translation>
    </message>
    <message>
        <source>Previous approved version: %1</source>
        <translation>Vorherige freigegebene Version: %1</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Übernommen von</translation>
    </message>
</context>
<context>
    <name>mm::ui::RecoveryOnStart</name>
    <message>
        <source>An interrupted operation was completed.</source>
        <translation>Ein unterbrochener Vorgang wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>An interrupted operation was undone; nothing it started was kept.</source>
        <translation>Ein unterbrochener Vorgang wurde rückgängig gemacht; nichts davon wurde behalten.</translation>
    </message>
</context>
<context>
    <name>mm::ui::RevenueChart</name>
    <message>
        <source>Gross</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <source>Your payout</source>
        <translation>Ihre Auszahlung</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
</context>
<context>
    <name>mm::ui::RevenueNavButton</name>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Developer area: what your modules earn</source>
        <translation>Entwicklerbereich: was Ihre Module einbringen</translation>
    </message>
</context>
<context>
    <name>mm::ui::RevenueReport</name>
    <message>
        <source>The marketplace&apos;s answer to %1 is not a JSON object.</source>
        <translation>Die Antwort des Marktplatzes auf %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole non-negative number.</source>
        <translation>%1: &quot;%2&quot; ist keine nicht negative ganze Zahl.</translation>
    </message>
    <message>
        <source>%1: &quot;currency&quot; is not an ISO 4217 code.</source>
        <translation>%1: &quot;currency&quot; ist kein ISO-4217-Code.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a list.</source>
        <translation>%1: &quot;%2&quot; ist keine Liste.</translation>
    </message>
    <message>
        <source>%1: bucket %2</source>
        <translation>%1: Zeitraum %2</translation>
    </message>
    <message>
        <source>%1: &quot;period&quot; is not a month or a date.</source>
        <translation>%1: &quot;period&quot; ist weder ein Monat noch ein Datum.</translation>
    </message>
    <message>
        <source>%1: module %2</source>
        <translation>%1: Modul %2</translation>
    </message>
    <message>
        <source>%1: &quot;module&quot; is missing.</source>
        <translation>%1: &quot;module&quot; fehlt.</translation>
    </message>
    <message>
        <source>%1: mrr %2</source>
        <translation>%1: mrr %2</translation>
    </message>
</context>
<context>
    <name>mm::ui::RevenueTableModel</name>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>Plattformgebühr</translation>
    </message>
    <message>
        <source>Your payout</source>
        <translation>Ihre Auszahlung</translation>
    </message>
</context>
<context>
    <name>mm::ui::RevenueView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Gross, last 12 months</source>
        <translation>Bruttoumsatz, letzte 12 Monate</translation>
    </message>
    <message>
        <source>Your payout</source>
        <translation>Ihre Auszahlung</translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>Monatlich wiederkehrender Umsatz</translation>
    </message>
    <message>
        <source>Active subscriptions</source>
        <translation>Aktive Abonnements</translation>
    </message>
    <message>
        <source>Churn, last 30 days</source>
        <translation>Kündigungsrate, letzte 30 Tage</translation>
    </message>
    <message>
        <source>By module</source>
        <translation>Nach Modul</translation>
    </message>
    <message>
        <source>Choose a publisher to see its revenue.</source>
        <translation>Wählen Sie einen Anbieter, um seinen Umsatz zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The catalog lists no publishers yet. Sync the catalog first.</source>
        <translation>Der Katalog enthält noch keine Anbieter. Synchronisieren Sie zuerst den Katalog.</translation>
    </message>
    <message>
        <source>Loading the revenue of %1…</source>
        <translation>Umsatz von %1 wird geladen…</translation>
    </message>
    <message>
        <source>The marketplace cannot be reached. %1</source>
        <translation>Der Marktplatz ist nicht erreichbar. %1</translation>
    </message>
    <message>
        <source>No sales yet. Payments for %1&apos;s modules will show here.</source>
        <translation>Noch keine Verkäufe. Zahlungen für die Module von %1 werden hier angezeigt.</translation>
    </message>
</context>
<context>
    <name>mm::ui::ReviewForm</name>
    <message>
        <source>Your review</source>
        <translation>Ihre Bewertung</translation>
    </message>
    <message>
        <source>Post review</source>
        <translation>Bewertung veröffentlichen</translation>
    </message>
    <message>
        <source>Delete my review</source>
        <translation>Meine Bewertung löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
    <message>
        <source>What worked, what did not (optional)</source>
        <translation>Was hat funktioniert, was nicht (optional)</translation>
    </message>
    <message>
        <source>Write a review</source>
        <translation>Bewertung schreiben</translation>
    </message>
    <message>
        <source>Update review</source>
        <translation>Bewertung aktualisieren</translation>
    </message>
</context>
<context>
    <name>mm::ui::ReviewListModel</name>
    <message>
        <source>%1  %2 · %3</source>
        <translation>%1  %2 · %3</translation>
    </message>
    <message>
        <source>(your review)</source>
        <translation>(Ihre Bewertung)</translation>
    </message>
    <message>
        <source>[hidden: %1]</source>
        <translation>[ausgeblendet: %1]</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found this helpful</source>
        <translation>
            <numerusform>%n Person fand das hilfreich</numerusform>
            <numerusform>%n Personen fanden das hilfreich</numerusform>
        </translation>
    </message>
    <message>
        <source>(you too)</source>
        <translation>(Sie auch)</translation>
    </message>
    <message>
        <source>↳ Publisher&apos;s reply: %1</source>
        <translation>↳ Antwort des Anbieters: %1</translation>
    </message>
</context>
<context>
    <name>mm::ui::ReviewsPanel</name>
    <message>
        <source>Helpful</source>
        <translation>Hilfreich</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Melden…</translation>
    </message>
    <message>
        <source>Loading reviews…</source>
        <translation>Bewertungen werden geladen…</translation>
    </message>
    <message>
        <source>The reviews could not be read: %1</source>
        <translation>Die Bewertungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>Noch keine Bewertungen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 %2&lt;/b&gt; from %Ln rating(s), %3 written review(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1 %2&lt;/b&gt; aus %Ln Bewertung, %3 mit Text</numerusform>
            <numerusform>&lt;b&gt;%1 %2&lt;/b&gt; aus %Ln Bewertungen, %3 mit Text</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you: a moderator will look at the review.</source>
        <translation>Danke: Ein Moderator wird sich die Bewertung ansehen.</translation>
    </message>
    <message>
        <source>Report review</source>
        <translation>Bewertung melden</translation>
    </message>
    <message>
        <source>What is wrong with this review? A moderator reads it.</source>
        <translation>Was ist an dieser Bewertung falsch? Ein Moderator liest Ihre Angabe.</translation>
    </message>
    <message>
        <source>Hide…</source>
        <translation>Ausblenden…</translation>
    </message>
    <message>
        <source>Hide review</source>
        <translation>Bewertung ausblenden</translation>
    </message>
    <message>
        <source>Why is this review hidden? Moderators read the reason; the author does not.</source>
        <translation>Warum wird diese Bewertung ausgeblendet? Moderatoren lesen den Grund, der Verfasser nicht.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Reported %n time(s).</source>
        <translation>
            <numerusform>%n-mal gemeldet.</numerusform>
            <numerusform>%n-mal gemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>%1 antworten</translation>
    </message>
    <message>
        <source>Your answer appears under the review, in the name of the publisher.</source>
        <translation>Ihre Antwort erscheint unter der Bewertung, im Namen des Anbieters.</translation>
    </message>
    <message>
        <source>Edit reply…</source>
        <translation>Antwort bearbeiten…</translation>
    </message>
</context>
<context>
    <name>mm::ui::ScreenshotFile</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than 2 MiB.</source>
        <translation>%1 ist größer als 2 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is neither a PNG nor a JPEG image.</source>
        <translation>%1 ist weder ein PNG- noch ein JPEG-Bild.</translation>
    </message>
    <message>
        <source>A module has at most %1 screenshots.</source>
        <translation>Ein Modul hat höchstens %1 Bildschirmfotos.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 kann nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>mm::ui::ScreenshotsPage</name>
    <message>
        <source>Add screenshots…</source>
        <translation>Bildschirmfotos hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>Bildschirmfotos</translation>
    </message>
    <message>
        <source>Up to %1 PNG or JPEG images of at most 2 MiB each. This step is optional.</source>
        <translation>Bis zu %1 PNG- oder JPEG-Bilder mit jeweils höchstens 2 MiB. Dieser Schritt ist optional.</translation>
    </message>
    <message>
        <source>Deletes the copy in the module&apos;s screenshots folder</source>
        <translation>Löscht die Kopie im Bildschirmfoto-Ordner des Moduls</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The images are copied into %1.</source>
        <translation>Die Bilder werden nach %1 kopiert.</translation>
    </message>
    <message>
        <source>A package&apos;s screenshots are fixed: they are part of its signed contents. To change them, publish from the module&apos;s folder.</source>
        <translation>Die Bildschirmfotos eines Pakets sind festgelegt: Sie sind Teil seines signierten Inhalts. Um sie zu ändern, veröffentlichen Sie aus dem Ordner des Moduls.</translation>
    </message>
</context>
<context>
    <name>mm::ui::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
</context>
<context>
    <name>mm::ui::SigningPage</name>
    <message>
        <source>Create a signing key</source>
        <translation>Signaturschlüssel erstellen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>The package is signed with your publisher key, which stays in your system&apos;s keychain. The marketplace checks the signature against the key you registered with it.</source>
        <translation>Das Paket wird mit Ihrem Anbieterschlüssel signiert, der im Schlüsselbund Ihres Systems bleibt. Der Marktplatz prüft die Signatur anhand des Schlüssels, den Sie bei ihm registriert haben.</translation>
    </message>
    <message>
        <source>Publisher name shown in the marketplace</source>
        <translation>Im Marktplatz angezeigter Anbietername</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Signaturschlüssel:</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>Schlüsselbund wird durchsucht…</translation>
    </message>
    <message>
        <source>%1 (in your keychain)</source>
        <translation>%1 (in Ihrem Schlüsselbund)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keiner</translation>
    </message>
    <message>
        <source>There is no signing key for %1 in your keychain. Create one: it is stored in the keychain and its public half is registered with the marketplace for this publisher.</source>
        <translation>Für %1 gibt es keinen Signaturschlüssel in Ihrem Schlüsselbund. Erstellen Sie einen: Er wird im Schlüsselbund gespeichert, und sein öffentlicher Teil wird für diesen Anbieter beim Marktplatz registriert.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Creating the key and registering it with %1…</source>
        <translation>Schlüssel wird erstellt und bei %1 registriert…</translation>
    </message>
    <message>
        <source>%1 (new, registered)</source>
        <translation>%1 (neu, registriert)</translation>
    </message>
    <message>
        <source>Packing and signing the module…</source>
        <translation>Modul wird gepackt und signiert…</translation>
    </message>
    <message>
        <source>Signing the package…</source>
        <translation>Paket wird signiert…</translation>
    </message>
    <message>
        <source>Signed %1 %2: %3 (%4), SHA-256 %5.</source>
        <translation>%1 %2 signiert: %3 (%4), SHA-256 %5.</translation>
    </message>
</context>
<context>
    <name>mm::ui::SigningWork</name>
    <message>
        <source>The key is in your keychain, but the marketplace did not register it: %1</source>
        <translation>Der Schlüssel liegt in Ihrem Schlüsselbund, wurde vom Marktplatz aber nicht registriert: %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>mm::ui::SourcePage</name>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner auswählen…</translation>
    </message>
    <message>
        <source>Choose package…</source>
        <translation>Paket auswählen…</translation>
    </message>
    <message>
        <source>Choose the module</source>
        <translation>Modul auswählen</translation>
    </message>
    <message>
        <source>Publish from the module&apos;s folder (the one holding module.json) to edit its details and screenshots here, or from a finished .mmpkg package.</source>
        <translation>Veröffentlichen Sie aus dem Ordner des Moduls (dem mit der module.json), um hier seine Details und Bildschirmfotos zu bearbeiten, oder aus einem fertigen .mmpkg-Paket.</translation>
    </message>
    <message>
        <source>Module folder or .mmpkg file</source>
        <translation>Modulordner oder .mmpkg-Datei</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <source>Module folder</source>
        <translation>Modulordner</translation>
    </message>
    <message>
        <source>Module package</source>
        <translation>Modulpaket</translation>
    </message>
    <message>
        <source>Module packages (*.mmpkg)</source>
        <translation>Modulpakete (*.mmpkg)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 has no module.json. Choose the module&apos;s own folder, or create one with “modmarket-cli init”.</source>
        <translation>%1 enthält keine module.json. Wählen Sie den eigenen Ordner des Moduls oder erstellen Sie einen mit „modmarket-cli init“.</translation>
    </message>
    <message>
        <source>%1 is neither a module folder nor a .mmpkg package.</source>
        <translation>%1 ist weder ein Modulordner noch ein .mmpkg-Paket.</translation>
    </message>
</context>
<context>
    <name>mm::ui::SubmissionDetailPane</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Select a submission to see its report, its changes and its publisher.</source>
        <translation>Wählen Sie eine Einreichung, um ihren Bericht, ihre Änderungen und ihren Anbieter zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; by %3 — %4</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; von %3 — %4</translation>
    </message>
    <message>
        <source>Claimed by %1</source>
        <translation>Übernommen von %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>Submission %1 · package %2 · %3 bytes</source>
        <translation>Einreichung %1 · Paket %2 · %3 Byte</translation>
    </message>
    <message>
        <source>The marketplace&apos;s checks have not run yet.</source>
        <translation>Die Prüfungen des Marktplatzes sind noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>Verdict: %1 — %2, %3.</source>
        <translation>Ergebnis: %1 — %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Isolation: %1.</source>
        <translation>Isolierung: %1.</translation>
    </message>
    <message>
        <source>A new module: there is no approved version to compare with. Every file is listed as added.</source>
        <translation>Ein neues Modul: Es gibt keine freigegebene Version zum Vergleichen. Jede Datei ist als hinzugefügt aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the approved version %1: %Ln manifest field(s) changed, %2 files added, %3 removed, %4 changed.</source>
        <translation>
            <numerusform>Verglichen mit der freigegebenen Version %1: %Ln Manifestfeld geändert, %2 Dateien hinzugefügt, %3 entfernt, %4 geändert.</numerusform>
            <numerusform>Verglichen mit der freigegebenen Version %1: %Ln Manifestfelder geändert, %2 Dateien hinzugefügt, %3 entfernt, %4 geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 → %2 bytes</source>
        <translation>%1 → %2 Byte</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %3. %Ln takedown(s).</source>
        <translation>
            <numerusform>%1 (%2), %3. %Ln Rücknahme.</numerusform>
            <numerusform>%1 (%2), %3. %Ln Rücknahmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
</context>
<context>
    <name>mm::ui::SubmissionStatusText</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Waiting for the marketplace&apos;s checks.</source>
        <translation>Wartet auf die Prüfungen des Marktplatzes.</translation>
    </message>
    <message>
        <source>The marketplace is checking it now.</source>
        <translation>Der Marktplatz prüft die Einreichung gerade.</translation>
    </message>
    <message>
        <source>The checks passed; it waits for a moderator.</source>
        <translation>Die Prüfungen wurden bestanden; die Einreichung wartet auf einen Moderator.</translation>
    </message>
    <message>
        <source>The checks found warnings; a moderator will look at them more closely.</source>
        <translation>Die Prüfungen haben Warnungen gefunden; ein Moderator wird sie sich genauer ansehen.</translation>
    </message>
    <message>
        <source>The checks found problems that must be fixed. Fix them and submit a new version.</source>
        <translation>Die Prüfungen haben Probleme gefunden, die behoben werden müssen. Beheben Sie sie und reichen Sie eine neue Version ein.</translation>
    </message>
    <message>
        <source>Approved: it is in the catalog.</source>
        <translation>Freigegeben: Das Modul ist im Katalog.</translation>
    </message>
    <message>
        <source>A moderator declined it.</source>
        <translation>Ein Moderator hat die Einreichung zurückgewiesen.</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>A moderator asked for changes; the same version may be submitted again.</source>
        <translation>Ein Moderator hat Änderungen angefordert; dieselbe Version kann erneut eingereicht werden.</translation>
    </message>
</context>
<context>
    <name>mm::ui::SubmissionTableModel</name>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
</context>
<context>
    <name>mm::ui::SyncStatusWidget</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Syncing the catalog…</source>
        <translation>Katalog wird synchronisiert…</translation>
    </message>
    <message>
        <source>Catalog synced %1 (version %2)</source>
        <translation>Katalog synchronisiert: %1 (Version %2)</translation>
    </message>
    <message>
        <source>Showing the cached catalog from %1</source>
        <translation>Katalog aus dem Cache wird angezeigt (Stand: %1)</translation>
    </message>
    <message>
        <source>No cached catalog yet</source>
        <translation>Noch kein Katalog im Cache</translation>
    </message>
    <message>
        <source>Sync failed; showing the cached catalog from %1</source>
        <translation>Synchronisierung fehlgeschlagen; Katalog aus dem Cache wird angezeigt (Stand: %1)</translation>
    </message>
    <message>
        <source>Sync failed and no catalog is cached yet</source>
        <translation>Synchronisierung fehlgeschlagen; noch kein Katalog im Cache</translation>
    </message>
</context>
<context>
    <name>mm::ui::TakedownAction</name>
    <message>
        <source>Take down…</source>
        <translation>Zurückziehen…</translation>
    </message>
    <message>
        <source>Withdraw this approved version from the catalog</source>
        <translation>Diese freigegebene Version aus dem Katalog zurückziehen</translation>
    </message>
    <message>
        <source>Take down %1 %2</source>
        <translation>%1 %2 zurückziehen</translation>
    </message>
    <message>
        <source>Why is this version withdrawn? Tenants who installed it read the reason.</source>
        <translation>Warum wird diese Version zurückgezogen? Mandanten, die sie installiert haben, lesen den Grund.</translation>
    </message>
    <message>
        <source>Take down</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>%1 %2 was not taken down: %3</source>
        <translation>%1 %2 wurde nicht zurückgezogen: %3</translation>
    </message>
    <message>
        <source>%1 %2 is taken down; catalog version %3 lists it as revoked.</source>
        <translation>%1 %2 ist zurückgezogen; Katalogversion %3 führt sie als widerrufen.</translation>
    </message>
</context>
<context>
    <name>mm::ui::TrustPrompt</name>
    <message>
        <source>Trust this marketplace?</source>
        <translation>Diesem Marktplatz vertrauen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is the first connection to &lt;b&gt;%1&lt;/b&gt;. It identifies itself with the root key&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dies ist die erste Verbindung zu &lt;b&gt;%1&lt;/b&gt;. Der Marktplatz weist sich mit folgendem Stammschlüssel aus:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one your marketplace operator published. Trust it only if they are the same: every catalog and package will be checked against this key.</source>
        <translation>Vergleichen Sie diesen Fingerabdruck mit dem, den Ihr Marktplatzbetreiber veröffentlicht hat. Vertrauen Sie ihm nur, wenn beide übereinstimmen: Jeder Katalog und jedes Paket wird anhand dieses Schlüssels geprüft.</translation>
    </message>
    <message>
        <source>Trust This Marketplace</source>
        <translation>Diesem Marktplatz vertrauen</translation>
    </message>
</context>
<context>
    <name>mm::ui::UpdateNotifier</name>
    <message>
        <source>Module Marketplace</source>
        <translation>Module Marketplace</translation>
    </message>
    <message>
        <source>Updates available</source>
        <translation>Aktualisierungen verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%n module update(s) available. Open Installed to review them.</source>
        <translation>
            <numerusform>%n Modulaktualisierung verfügbar. Öffnen Sie „Installiert“, um sie zu prüfen.</numerusform>
            <numerusform>%n Modulaktualisierungen verfügbar. Öffnen Sie „Installiert“, um sie zu prüfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::UploadPage</name>
    <message>
        <source>Cancel upload</source>
        <translation>Upload abbrechen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>The marketplace runs its checks on the submission in the background. Nothing of it appears in the catalog before a moderator approves it.</source>
        <translation>Der Marktplatz führt seine Prüfungen der Einreichung im Hintergrund aus. Nichts davon erscheint im Katalog, bevor ein Moderator es freigibt.</translation>
    </message>
    <message>
        <source>Sending %1 to %2.</source>
        <translation>%1 wird an %2 gesendet.</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <source>Asking the marketplace what it already has…</source>
        <translation>Es wird beim Marktplatz abgefragt, was bereits vorhanden ist…</translation>
    </message>
    <message>
        <source>The upload was cancelled. “Try again” continues where it stopped.</source>
        <translation>Der Upload wurde abgebrochen. „Erneut versuchen“ setzt ihn dort fort, wo er angehalten wurde.</translation>
    </message>
    <message>
        <source>The upload failed: %1
“Try again” continues where it stopped.</source>
        <translation>Der Upload ist fehlgeschlagen: %1
„Erneut versuchen“ setzt ihn dort fort, wo er angehalten wurde.</translation>
    </message>
    <message>
        <source>Submitted %1 %2.
Submission: %3
Status: %4</source>
        <translation>%1 %2 eingereicht.
Einreichung: %3
Status: %4</translation>
    </message>
    <message>
        <source>The marketplace already had %1 of it from an earlier attempt.</source>
        <translation>Der Marktplatz hatte bereits %1 davon aus einem früheren Versuch.</translation>
    </message>
    <message>
        <source>Done. Finish opens My modules, where the marketplace&apos;s report appears once its checks have run.</source>
        <translation>Fertig. „Meine Module öffnen“ führt zu „Meine Module“, wo der Bericht des Marktplatzes erscheint, sobald seine Prüfungen gelaufen sind.</translation>
    </message>
</context>
<context>
    <name>mm::ui::VersionTableModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Runs on this host</source>
        <translation>Läuft auf diesem Host</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Host platform</source>
        <translation>Host-Plattform</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>Kompatibilität</translation>
    </message>
</context>
<context>
    <name>mm::usage::UsageLedger</name>
    <message>
        <source>Cannot open the usage ledger %1: %2</source>
        <translation>Das Nutzungsprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>creating the schema</source>
        <translation>Erstellen des Schemas</translation>
    </message>
    <message>
        <source>The usage ledger %1 failed %2: %3</source>
        <translation>Fehler im Nutzungsprotokoll %1 beim %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module id.</source>
        <translation>„%1“ ist keine Modul-ID.</translation>
    </message>
    <message>
        <source>Usage of %1 must be a quantity from 1 to %2, not %3.</source>
        <translation>Die Nutzung von %1 muss eine Menge von 1 bis %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>recording usage</source>
        <translation>Erfassen der Nutzung</translation>
    </message>
    <message>
        <source>reading usage</source>
        <translation>Lesen der Nutzung</translation>
    </message>
    <message>
        <source>The usage ledger %1 cannot start a transaction: %2</source>
        <translation>Im Nutzungsprotokoll %1 kann keine Transaktion gestartet werden: %2</translation>
    </message>
    <message>
        <source>marking usage reported</source>
        <translation>Markieren der Nutzung als gemeldet</translation>
    </message>
    <message>
        <source>The usage ledger %1 cannot commit: %2</source>
        <translation>Änderungen am Nutzungsprotokoll %1 können nicht festgeschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mm::usage::UsageReporter</name>
    <message>
        <source>usage of %1</source>
        <translation>Nutzung von %1</translation>
    </message>
    <message>
        <source>&quot;currency&quot; is not an ISO 4217 code: %1</source>
        <translation>&quot;currency&quot; ist kein ISO-4217-Code: %1</translation>
    </message>
    <message>
        <source>&quot;billable_units&quot; %1 is more than &quot;units&quot; %2</source>
        <translation>&quot;billable_units&quot; %1 ist größer als &quot;units&quot; %2</translation>
    </message>
    <message>
        <source>a module id</source>
        <translation>Modul-ID</translation>
    </message>
    <message>
        <source>the usage answer for %1</source>
        <translation>Antwort zur Nutzung von %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mm::validation::AdvisoryCheck</name>
    <message>
        <source>There is no valid manifest to read the dependencies from.</source>
        <translation>Es gibt kein gültiges Manifest, aus dem die Abhängigkeiten gelesen werden können.</translation>
    </message>
    <message>
        <source>The module has no dependencies.</source>
        <translation>Das Modul hat keine Abhängigkeiten.</translation>
    </message>
    <message>
        <source>The dependency %1 &quot;%2&quot; admits versions affected by %3 (%4, affected %5): %6</source>
        <translation>Die Abhängigkeit %1 „%2“ lässt Versionen zu, die von %3 betroffen sind (%4, betroffen: %5): %6</translation>
    </message>
</context>
<context>
    <name>mm::validation::AdvisoryFeed</name>
    <message>
        <source>&quot;module&quot; is &quot;%1&quot;, not a module id</source>
        <translation>&quot;module&quot; ist „%1“ und keine Modul-ID</translation>
    </message>
    <message>
        <source>&quot;affected&quot;: %1</source>
        <translation>&quot;affected&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;severity&quot; is &quot;%1&quot;, expected low, medium, high or critical</source>
        <translation>&quot;severity&quot; ist „%1“, erwartet: low, medium, high oder critical</translation>
    </message>
    <message>
        <source>advisory feed</source>
        <translation>Feed der Sicherheitsmeldungen</translation>
    </message>
    <message>
        <source>&quot;format&quot; is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>&quot;format&quot; ist „%1“, erwartet: „%2“</translation>
    </message>
</context>
<context>
    <name>mm::validation::ArchiveCheck</name>
    <message>
        <source>%1 is neither a module folder nor a package file</source>
        <translation>%1 ist weder ein Modulordner noch eine Paketdatei</translation>
    </message>
    <message>
        <source>The package has %1 bytes, more than the marketplace&apos;s limit of %2 bytes</source>
        <translation>Das Paket hat %1 Byte, mehr als die Obergrenze des Marktplatzes von %2 Byte</translation>
    </message>
    <message>
        <source>The package could not be extracted; the checks that read its files were skipped.</source>
        <translation>Das Paket konnte nicht entpackt werden; die Prüfungen, die seine Dateien lesen, wurden übersprungen.</translation>
    </message>
    <message>
        <source>The folder is not packed while its module.json is not valid.</source>
        <translation>Der Ordner wird nicht gepackt, solange seine module.json ungültig ist.</translation>
    </message>
</context>
<context>
    <name>mm::validation::CatalogLookup</name>
    <message>
        <source>The catalog %1 does not exist.</source>
        <translation>Der Katalog %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>mm::validation::CodeCheckRunner</name>
    <message>
        <source>No code checkers are configured or installed.</source>
        <translation>Es sind keine Codeprüfer konfiguriert oder installiert.</translation>
    </message>
    <message>
        <source>The package could not be extracted.</source>
        <translation>Das Paket konnte nicht entpackt werden.</translation>
    </message>
    <message>
        <source>The module has no files it reads (%1).</source>
        <translation>Das Modul enthält keine Dateien, die dieser Prüfer liest (%1).</translation>
    </message>
    <message>
        <source>%1 is not installed on this machine.</source>
        <translation>%1 ist auf diesem Rechner nicht installiert.</translation>
    </message>
    <message>
        <source>The validation was cancelled.</source>
        <translation>Die Validierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was killed.</source>
        <translation>%1 wurde nicht innerhalb von %2 Sekunden fertig und wurde beendet.</translation>
    </message>
    <message>
        <source>%1 crashed (signal %2).</source>
        <translation>%1 ist abgestürzt (Signal %2).</translation>
    </message>
    <message>
        <source>%1 exited with code %2: %3</source>
        <translation>%1 wurde mit Code %2 beendet: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n Datei geprüft</numerusform>
            <numerusform>%n Dateien geprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::validation::ContentCheck</name>
    <message>
        <source>Has the %1 bit (mode %2); modules may not carry special permission bits.</source>
        <translation>Hat das Bit %1 gesetzt (Modus %2); Module dürfen keine besonderen Berechtigungsbits tragen.</translation>
    </message>
    <message>
        <source>The package could not be extracted.</source>
        <translation>Das Paket konnte nicht entpackt werden.</translation>
    </message>
    <message>
        <source>A native %1 binary, and the manifest declares no plugin. Modules ship no programs; a Qt plugin is declared in module.json&apos;s &quot;plugin&quot;.</source>
        <translation>Eine native %1-Binärdatei, und das Manifest deklariert kein Plugin. Module liefern keine Programme aus; ein Qt-Plugin wird in &quot;plugin&quot; der module.json deklariert.</translation>
    </message>
    <message>
        <source>A native %1 binary that is not the declared plugin %2.</source>
        <translation>Eine native %1-Binärdatei, die nicht das deklarierte Plugin %2 ist.</translation>
    </message>
    <message>
        <source>A %1 version control folder; its history may hold files and secrets that were meant to stay private. Pack from a clean export.</source>
        <translation>Ein %1-Versionskontrollordner; sein Verlauf kann Dateien und Geheimnisse enthalten, die privat bleiben sollten. Packen Sie aus einem sauberen Export.</translation>
    </message>
</context>
<context>
    <name>mm::validation::DependencyCheck</name>
    <message>
        <source>There is no valid manifest to read the dependencies from.</source>
        <translation>Es gibt kein gültiges Manifest, aus dem die Abhängigkeiten gelesen werden können.</translation>
    </message>
    <message>
        <source>The module depends on itself (&quot;%1&quot;).</source>
        <translation>Das Modul hängt von sich selbst ab („%1“).</translation>
    </message>
    <message>
        <source>The dependency %1 is not a module of the catalog.</source>
        <translation>Die Abhängigkeit %1 ist kein Modul des Katalogs.</translation>
    </message>
    <message>
        <source>No version of %1 in the catalog matches &quot;%2&quot; (it lists %3).</source>
        <translation>Keine Version von %1 im Katalog passt zu „%2“ (vorhanden: %3).</translation>
    </message>
    <message>
        <source>The dependencies lead back to the module: %1 (%2 %3 requires %4 &quot;%5&quot;).</source>
        <translation>Die Abhängigkeiten führen zurück zum Modul: %1 (%2 %3 erfordert %4 „%5“).</translation>
    </message>
</context>
<context>
    <name>mm::validation::IsolatedProcess</name>
    <message>
        <source>no network namespace (unshare not permitted: the network stays reachable)</source>
        <translation>kein Netzwerk-Namespace (unshare nicht erlaubt: das Netzwerk bleibt erreichbar)</translation>
    </message>
    <message>
        <source>user and network namespaces (no network)</source>
        <translation>Benutzer- und Netzwerk-Namespaces (kein Netzwerk)</translation>
    </message>
    <message>
        <source>network namespace (no network)</source>
        <translation>Netzwerk-Namespace (kein Netzwerk)</translation>
    </message>
    <message>
        <source>CPU, file size and open file limits</source>
        <translation>Grenzen für CPU, Dateigröße und offene Dateien</translation>
    </message>
    <message>
        <source>memory limit</source>
        <translation>Speichergrenze</translation>
    </message>
    <message>
        <source>memory measured, not limited</source>
        <translation>Speicher gemessen, nicht begrenzt</translation>
    </message>
    <message>
        <source>no new privileges</source>
        <translation>keine neuen Privilegien</translation>
    </message>
    <message>
        <source>own process group killed on timeout</source>
        <translation>eigene Prozessgruppe, bei Zeitüberschreitung beendet</translation>
    </message>
</context>
<context>
    <name>mm::validation::ManifestCheck</name>
    <message>
        <source>The package could not be extracted.</source>
        <translation>Das Paket konnte nicht entpackt werden.</translation>
    </message>
    <message>
        <source>There is no module.json at the top of the module; every module needs one.</source>
        <translation>Auf der obersten Ebene des Moduls gibt es keine module.json; jedes Modul benötigt eine.</translation>
    </message>
    <message>
        <source>In %1: </source>
        <translation>In %1: </translation>
    </message>
    <message>
        <source>&quot;plugin&quot; names %1, which is not a file of the module.</source>
        <translation>&quot;plugin&quot; nennt %1, das keine Datei des Moduls ist.</translation>
    </message>
    <message>
        <source>The host range &quot;%1&quot; does not parse: %2</source>
        <translation>Der Host-Bereich „%1“ lässt sich nicht auswerten: %2</translation>
    </message>
    <message>
        <source>The host range &quot;%1&quot; admits no version at all.</source>
        <translation>Der Host-Bereich „%1“ lässt überhaupt keine Version zu.</translation>
    </message>
    <message>
        <source>The host range &quot;%1&quot; claims every host version, including ones not released yet; give the versions the module was tested with, e.g. &quot;&gt;=6.0.0 &lt;7.0.0&quot;.</source>
        <translation>Der Host-Bereich „%1“ beansprucht jede Host-Version, auch noch nicht veröffentlichte; geben Sie die Versionen an, mit denen das Modul getestet wurde, z. B. „&gt;=6.0.0 &lt;7.0.0“.</translation>
    </message>
</context>
<context>
    <name>mm::validation::PluginProbe</name>
    <message>
        <source>There is no valid manifest naming a plugin.</source>
        <translation>Es gibt kein gültiges Manifest, das ein Plugin nennt.</translation>
    </message>
    <message>
        <source>The module declares no plugin.</source>
        <translation>Das Modul deklariert kein Plugin.</translation>
    </message>
    <message>
        <source>The declared plugin is missing.</source>
        <translation>Das deklarierte Plugin fehlt.</translation>
    </message>
    <message>
        <source>No example host to load the plugin with is configured on this machine.</source>
        <translation>Auf diesem Rechner ist kein Beispiel-Host zum Laden des Plugins konfiguriert.</translation>
    </message>
    <message>
        <source>The validation was cancelled.</source>
        <translation>Die Validierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The example host could not be started: %1</source>
        <translation>Der Beispiel-Host konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The plugin did not finish loading within %1 seconds.</source>
        <translation>Das Plugin wurde nicht innerhalb von %1 Sekunden fertig geladen.</translation>
    </message>
    <message>
        <source>Loading the plugin crashed the host (signal %1); a plugin that allocates past the hard limit of %2 MiB ends this way.</source>
        <translation>Das Laden des Plugins hat den Host zum Absturz gebracht (Signal %1); so endet ein Plugin, das Speicher über die feste Obergrenze von %2 MiB hinaus anfordert.</translation>
    </message>
    <message>
        <source>Loading the plugin ran out of memory under the probe&apos;s hard limit of %1 MiB (the budget of its category is %2 KiB).</source>
        <translation>Beim Laden des Plugins ging unter der festen Obergrenze der Prüfung von %1 MiB der Speicher aus (das Budget seiner Kategorie beträgt %2 KiB).</translation>
    </message>
    <message>
        <source>The example host could not load the plugin and gave no reason.</source>
        <translation>Der Beispiel-Host konnte das Plugin nicht laden und hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>The example host could not load the plugin: %1</source>
        <translation>Der Beispiel-Host konnte das Plugin nicht laden: %1</translation>
    </message>
    <message>
        <source>The example host&apos;s probe did not report its figures.</source>
        <translation>Die Prüfung im Beispiel-Host hat ihre Messwerte nicht gemeldet.</translation>
    </message>
    <message>
        <source>Loading the plugin took %1 ms; the budget of its category is %2 ms.</source>
        <translation>Das Laden des Plugins hat %1 ms gedauert; das Budget seiner Kategorie beträgt %2 ms.</translation>
    </message>
    <message>
        <source>Loading the plugin grew the host&apos;s memory by %1 KiB; the budget of its category is %2 KiB.</source>
        <translation>Das Laden des Plugins hat den Speicherbedarf des Hosts um %1 KiB erhöht; das Budget seiner Kategorie beträgt %2 KiB.</translation>
    </message>
</context>
<context>
    <name>mm::validation::ResolvabilityCheck</name>
    <message>
        <source>There is no valid manifest to resolve.</source>
        <translation>Es gibt kein gültiges Manifest zum Auflösen.</translation>
    </message>
    <message>
        <source>No supported host versions are known.</source>
        <translation>Es sind keine unterstützten Host-Versionen bekannt.</translation>
    </message>
    <message>
        <source>The host range &quot;%1&quot; admits none of the supported host versions (%2).</source>
        <translation>Der Host-Bereich „%1“ lässt keine der unterstützten Host-Versionen zu (%2).</translation>
    </message>
    <message>
        <source>The version %1 cannot be asked for exactly.</source>
        <translation>Die Version %1 kann nicht exakt angefordert werden.</translation>
    </message>
    <message>
        <source>On host version %1 (%2, %3) it cannot be installed: %4</source>
        <translation>Auf Host-Version %1 (%2, %3) kann es nicht installiert werden: %4</translation>
    </message>
    <message>
        <source>Resolves on host %1.</source>
        <translation>Auflösbar auf Host %1.</translation>
    </message>
</context>
<context>
    <name>mm::validation::SecretScanner</name>
    <message>
        <source>a private key</source>
        <translation>einen privaten Schlüssel</translation>
    </message>
    <message>
        <source>a modmarket secret key file</source>
        <translation>eine modmarket-Datei mit geheimem Schlüssel</translation>
    </message>
    <message>
        <source>an AWS access key id</source>
        <translation>eine AWS-Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>an AWS secret access key</source>
        <translation>einen geheimen AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>ein GitHub-Token</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>ein Slack-Token</translation>
    </message>
    <message>
        <source>a Stripe live key</source>
        <translation>einen Stripe-Live-Schlüssel</translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation>einen Google-API-Schlüssel</translation>
    </message>
    <message>
        <source>an npm token</source>
        <translation>ein npm-Token</translation>
    </message>
    <message>
        <source>The package could not be extracted.</source>
        <translation>Das Paket konnte nicht entpackt werden.</translation>
    </message>
    <message>
        <source>Contains %1. Remove it and treat it as compromised.</source>
        <translation>Enthält %1. Entfernen Sie das Geheimnis und betrachten Sie es als kompromittiert.</translation>
    </message>
    <message>
        <source>Contains %1 (%2). Remove it and revoke it.</source>
        <translation>Enthält %1 (%2). Entfernen Sie das Geheimnis und widerrufen Sie es.</translation>
    </message>
    <message>
        <source>A long random-looking value (%1) in a configuration file; if it is a password, key or token, load it at run time instead of shipping it.</source>
        <translation>Ein langer, zufällig wirkender Wert (%1) in einer Konfigurationsdatei; falls es sich um ein Passwort, einen Schlüssel oder ein Token handelt, laden Sie den Wert zur Laufzeit, statt ihn mitzuliefern.</translation>
    </message>
</context>
<context>
    <name>mm::validation::ValidationPipeline</name>
    <message>
        <source>The validation was cancelled.</source>
        <translation>Die Validierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the validation: %1</source>
        <translation>Für die Validierung kann kein temporärer Ordner erstellt werden: %1</translation>
    </message>
    <message>
        <source>Checking the archive</source>
        <translation>Archiv wird geprüft</translation>
    </message>
    <message>
        <source>Reading the manifest</source>
        <translation>Manifest wird gelesen</translation>
    </message>
    <message>
        <source>Checking the content</source>
        <translation>Inhalt wird geprüft</translation>
    </message>
    <message>
        <source>Scanning for secrets</source>
        <translation>Suche nach Geheimnissen</translation>
    </message>
    <message>
        <source>Checking advisories</source>
        <translation>Sicherheitsmeldungen werden geprüft</translation>
    </message>
    <message>
        <source>Checking the dependencies against the catalog</source>
        <translation>Abhängigkeiten werden mit dem Katalog abgeglichen</translation>
    </message>
    <message>
        <source>No catalog is available to check against.</source>
        <translation>Es ist kein Katalog zum Abgleichen verfügbar.</translation>
    </message>
    <message>
        <source>Resolving on each supported host version</source>
        <translation>Auflösung auf jeder unterstützten Host-Version</translation>
    </message>
    <message>
        <source>No catalog is available to resolve against.</source>
        <translation>Es ist kein Katalog zum Auflösen verfügbar.</translation>
    </message>
    <message>
        <source>Running the code checkers</source>
        <translation>Codeprüfer werden ausgeführt</translation>
    </message>
    <message>
        <source>Loading the plugin</source>
        <translation>Plugin wird geladen</translation>
    </message>
    <message>
        <source>no program of the module or checker was run</source>
        <translation>es wurde kein Programm des Moduls oder eines Prüfers ausgeführt</translation>
    </message>
</context>
<context>
    <name>mm::validation::ValidationReport</name>
    <message>
        <source>&quot;severity&quot; is &quot;%1&quot;, expected info, warning or error</source>
        <translation>&quot;severity&quot; ist „%1“, erwartet: info, warning oder error</translation>
    </message>
    <message>
        <source>&quot;outcome&quot; is &quot;%1&quot;, expected ran, skipped or failed</source>
        <translation>&quot;outcome&quot; ist „%1“, erwartet: ran, skipped oder failed</translation>
    </message>
    <message>
        <source>validation report</source>
        <translation>Validierungsbericht</translation>
    </message>
    <message>
        <source>&quot;format&quot; is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>&quot;format&quot; ist „%1“, erwartet: „%2“</translation>
    </message>
    <message>
        <source>&quot;sha256&quot; is not 64 lower-case hex digits</source>
        <translation>&quot;sha256&quot; besteht nicht aus 64 Hexadezimalziffern in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>&quot;measurements&quot; is not an object</source>
        <translation>&quot;measurements&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;measurements&quot; has more than %1 entries</source>
        <translation>&quot;measurements&quot; hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>%1: measurements</source>
        <translation>%1: measurements</translation>
    </message>
    <message>
        <source>a name is longer than 64 characters</source>
        <translation>ein Name ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>&quot;verdict&quot; is &quot;%1&quot; but the findings make it &quot;%2&quot;</source>
        <translation>&quot;verdict&quot; ist „%1“, laut den Befunden müsste es jedoch „%2“ sein</translation>
    </message>
    <message>
        <source>The module</source>
        <translation>Das Modul</translation>
    </message>
    <message>
        <source>%1: %2 (%3 errors, %4 warnings, %5 notes)</source>
        <translation>%1: %2 (Fehler: %3, Warnungen: %4, Hinweise: %5)</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>isolation: %1</source>
        <translation>Isolierung: %1</translation>
    </message>
</context>
</TS>
