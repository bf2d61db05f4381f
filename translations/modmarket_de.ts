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
</context>
<context>
    <name>mm::Transaction</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
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
</context>
<context>
    <name>mm::catalog::TextSearch</name>
    <message>
        <source>searching</source>
        <translation>Suchen</translation>
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
        <translation>Downloadgröße: %1 Bytes</translation>
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
    <name>mm::server::ServerOptions</name>
    <message>
        <source>Usage:
  modmarketd [--data DIR] [--listen ADDRESS:PORT] [--demo]
  modmarketd import --data DIR FILE

  --data DIR       where the server keeps its state (default: the user&apos;s data folder)
  --listen A:P     address and port to serve on (default 127.0.0.1:%1; port 0 picks a free one)
  --demo           seed the demo catalog into an empty data folder
</source>
        <translation>Aufruf:
  modmarketd [--data VERZEICHNIS] [--listen ADRESSE:PORT] [--demo]
  modmarketd import --data VERZEICHNIS DATEI

  --data VERZEICHNIS   wo der Server seine Daten ablegt (Standard: der Datenordner des Benutzers)
  --listen A:P         Adresse und Port, auf denen der Server lauscht (Standard: 127.0.0.1:%1; bei Port 0 wird ein freier Port gewählt)
  --demo               einen leeren Datenordner mit dem Demo-Katalog befüllen
</translation>
    </message>
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
</TS>
