<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Usage: modmarket-cli [--json] [--profile DIR] [--marketplace URL] VERB [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::Profile</name>
    <message>
        <source>Cannot create the profile folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::Transaction</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::catalog::CatalogDatabase</name>
    <message>
        <source>Cannot open the catalog database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog database failed while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog database %1 was written by a newer version (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the catalog schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuring search ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::catalog::CatalogReader</name>
    <message>
        <source>A page holds 1 to 1000 modules and starts at offset 0 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading module %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module &quot;%1&quot; in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading publishers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting removals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::catalog::CatalogSnapshot</name>
    <message>
        <source>catalog: unknown format &quot;%1&quot; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: &quot;catalog_version&quot; and &quot;since&quot; must be whole numbers &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: a delta since %1 cannot lead to the older version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: category &quot;%1&quot; needs a valid id and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: publisher &quot;%1&quot; needs a valid id and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: more than %1 modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: every entry of &quot;modules&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: module &quot;%1&quot; names unknown category &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: module &quot;%1&quot; names unknown publisher &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: module &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: &quot;removed&quot; holds an invalid module id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: the document is larger than 512 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::catalog::CatalogWriter</name>
    <message>
        <source>Cannot start a transaction on the catalog database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the catalog update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent catalog version %1, older than the cached version %2; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent changes since version %1, but the cache is at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing publishers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving publisher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving module %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog database lost module %1 while saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing module %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating compatibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::catalog::HostPlatform</name>
    <message>
        <source>its host platform range &quot;%1&quot; is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs host platform %1, this is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it runs on %1 only, this is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is built for %1 only, this is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::catalog::ModuleRecord</name>
    <message>
        <source>module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 2 to 64 lower-case letters, digits, &apos;-&apos; or &apos;.&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must be 1 to 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;summary&quot; must be 1 to 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;description&quot; is longer than 64 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;category&quot; and &quot;publisher&quot; are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 16 &quot;tags&quot; are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; must be 1 to 32 lower-case letters, digits or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;icon&quot; is larger than 64 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;created&quot; must be an RFC 3339 date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;installs&quot; must be a whole number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rating.histogram&quot; must have five counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rating.histogram&quot; counts must be whole numbers &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rating.count&quot; must equal the sum of the histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;versions&quot; must list 1 to 500 versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions must be unique and listed newest first (%1 after %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;released&quot; must be an RFC 3339 date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;host&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;os&quot; values must be linux, windows or macos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;arch&quot; values must be x86_64 or arm64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an invalid module id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;min_tier&quot; must be free, team, business or enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;size&quot; must be a whole number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::cli::ArgumentReader</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::cli::CategoriesCommand</name>
    <message>
        <source>list the catalog&apos;s categories with their module counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODULES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::cli::CliContext</name>
    <message>
        <source>The catalog cache in %1 is empty; run &quot;modmarket-cli sync&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (usage: modmarket-cli %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::cli::CliOptions</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--marketplace needs an http or https URL, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::cli::SearchCommand</name>
    <message>
        <source>search the cached catalog (all modules without a query)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown pricing &quot;%1&quot; (free, one_time, subscription, usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sort &quot;%1&quot; (relevance, installs, rating, newest, name, price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No modules match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RATING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSTALLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more results: raise --limit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::cli::ShowCommand</name>
    <message>
        <source>show a module&apos;s details, versions and compatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show takes exactly one module id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:     %1 (%2 ratings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For host:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version runs on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RELEASED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPENDS ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPATIBILITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::cli::SyncCommand</name>
    <message>
        <source>bring the local catalog cache up to date with the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog version %1 synced in full: %2 modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog version %1 synced: %2 modules changed, %3 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::desktop::DesktopOptions</name>
    <message>
        <source>Browse, buy and install add-on modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to the marketplace at &lt;url&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot to &lt;file&gt; once the catalog is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page of module &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with &lt;text&gt; in the search field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--marketplace needs an http or https URL, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::net::MarketplaceApi</name>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was larger than %2 MiB and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the marketplace at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace at %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace at %1 closed the connection before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was cut short (%2 of %3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::pricing::Pricing</name>
    <message>
        <source>unknown model &quot;%1&quot; (expected free, one_time, subscription or usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;currency&quot; must be an ISO 4217 code such as EUR, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;trial_days&quot; must be a whole number from 1 to 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;amount&quot; must be a whole number of minor units (cents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subscription needs 1 to 8 &quot;plans&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan &quot;%1&quot;: &quot;interval&quot; must be month or year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each plan needs an &quot;id&quot; and a whole-number &quot;amount&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage pricing needs &quot;unit&quot;, &quot;unit_amount&quot;, &quot;per_units&quot; &gt;= 1 and &quot;included_units&quot; as whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage &quot;period&quot; must be month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::server::CatalogRoutes</name>
    <message>
        <source>&quot;q&quot; is longer than 256 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown &quot;pricing&quot; &quot;%1&quot; (expected free, one_time, subscription or usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown &quot;sort&quot; &quot;%1&quot; (expected relevance, installs, rating, newest, name or price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;page&quot; must be a whole number from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;per_page&quot; must be a whole number from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; has no icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;since&quot; must be a whole number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::server::DemoSeed</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 512 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::server::MarketplaceServer</name>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (is another server using the port?)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no --data folder given and no user data folder is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen takes ADDRESS:PORT, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen: &quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen: the port must be 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::ui::CatalogFilterBar</name>
    <message>
        <source>Search modules by name, tag, publisher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatible with my platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatible with my platform (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::ui::CategoryListModel</name>
    <message>
        <source>All modules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::ui::MainWindow</name>
    <message>
        <source>Module Marketplace — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Module Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Module Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Module Marketplace %1&lt;/h3&gt;&lt;p&gt;Browse, buy and install add-on modules.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module matches “%1”. Try fewer words or another category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No modules here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::ui::ModuleCardDelegate</name>
    <message>
        <source>by %1 · v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   ⤓ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::ui::ModuleDetailView</name>
    <message>
        <source>← Back to the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changelog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ %1 from %2 ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 installs · latest %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Version %1 runs on your host platform %2.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b03a2e&apos;&gt;✘ No version runs on your host platform: the latest cannot be used because %1.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*No description.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Free.** No payment and no license purchase are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**One-time purchase: %1.** The license does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Subscription.** Choose a plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Usage-based.** %1 per %2 %3, %4 included each month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A free trial of %n day(s) is available.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some versions need the %1 tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*No changes listed.*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::ui::SyncStatusWidget</name>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog synced %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the cached catalog from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cached catalog yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed; showing the cached catalog from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mm::ui::VersionTableModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
