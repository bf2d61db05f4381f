<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>mm::checkout::CheckoutTransaction</name>
    <message numerus="yes">
        <source>The checkout timed out: no payment was confirmed within %n minute(s).</source>
        <translation>
            <numerusform>The checkout timed out: no payment was confirmed within %n minute.</numerusform>
            <numerusform>The checkout timed out: no payment was confirmed within %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The checkout timed out: no payment was confirmed within %n second(s).</source>
        <translation>
            <numerusform>The checkout timed out: no payment was confirmed within %n second.</numerusform>
            <numerusform>The checkout timed out: no payment was confirmed within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::cli::LicenseCommand</name>
    <message numerus="yes">
        <source>%n license(s) stored.</source>
        <translation>
            <numerusform>%n license stored.</numerusform>
            <numerusform>%n licenses stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::cli::PackCommand</name>
    <message numerus="yes">
        <source>Packed %1 %2 into %3 (%n file(s), </source>
        <translation>
            <numerusform>Packed %1 %2 into %3 (%n file, </numerusform>
            <numerusform>Packed %1 %2 into %3 (%n files, </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::cli::PlanOutput</name>
    <message numerus="yes">
        <source>Done: %n module(s) changed.</source>
        <translation>
            <numerusform>Done: %n module changed.</numerusform>
            <numerusform>Done: %n modules changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::cli::PricingCommand</name>
    <message numerus="yes">
        <source>Trial: %n day(s)</source>
        <translation>
            <numerusform>Trial: %n day</numerusform>
            <numerusform>Trial: %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::cli::RecoverCommand</name>
    <message numerus="yes">
        <source>Removed %n stale staging folder(s) and link(s).</source>
        <translation>
            <numerusform>Removed %n stale staging folder or link.</numerusform>
            <numerusform>Removed %n stale staging folders and links.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::cli::ReviewSubmissionCommand</name>
    <message numerus="yes">
        <source>Publisher %1 (%2), %3, %n takedown(s)</source>
        <translation>
            <numerusform>Publisher %1 (%2), %3, %n takedown</numerusform>
            <numerusform>Publisher %1 (%2), %3, %n takedowns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::cli::ReviewsCommand</name>
    <message numerus="yes">
        <source>%1: %2 %3 from %n rating(s)</source>
        <translation>
            <numerusform>%1: %2 %3 from %n rating</numerusform>
            <numerusform>%1: %2 %3 from %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found this helpful</source>
        <translation>
            <numerusform>%n found this helpful</numerusform>
            <numerusform>%n found this helpful</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::cli::SyncCommand</name>
    <message numerus="yes">
        <source>Catalog version %1 synced in full: %n module(s).</source>
        <translation>
            <numerusform>Catalog version %1 synced in full: %n module.</numerusform>
            <numerusform>Catalog version %1 synced in full: %n modules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Catalog version %1 synced: %n module(s) changed, %2 removed.</source>
        <translation>
            <numerusform>Catalog version %1 synced: %n module changed, %2 removed.</numerusform>
            <numerusform>Catalog version %1 synced: %n modules changed, %2 removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::cli::UsageCommand</name>
    <message numerus="yes">
        <source>%1: %n record(s) reported; </source>
        <translation>
            <numerusform>%1: %n record reported; </numerusform>
            <numerusform>%1: %n records reported; </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::secrets::KeychainThread</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s); it may be waiting for a password prompt that nobody can see.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second; it may be waiting for a password prompt that nobody can see.</numerusform>
            <numerusform>The keychain did not answer within %n seconds; it may be waiting for a password prompt that nobody can see.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::server::accounts::AccountJson</name>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::CheckoutPlanPage</name>
    <message numerus="yes">
        <source>The subscription starts with a free trial of %n day(s); you are charged when it ends unless you cancel before.</source>
        <translation>
            <numerusform>The subscription starts with a free trial of %n day; you are charged when it ends unless you cancel before.</numerusform>
            <numerusform>The subscription starts with a free trial of %n days; you are charged when it ends unless you cancel before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::ChecksPage</name>
    <message numerus="yes">
        <source>• and %n more, listed below.</source>
        <translation>
            <numerusform>• and %n more, listed below.</numerusform>
            <numerusform>• and %n more, listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed before you can submit:</source>
        <translation>
            <numerusform>%n problem must be fixed before you can submit:</numerusform>
            <numerusform>%n problems must be fixed before you can submit:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The checks found %n warning(s). You can submit, but a moderator will look at them more closely before the module is approved.</source>
        <translation>
            <numerusform>The checks found %n warning. You can submit, but a moderator will look at it more closely before the module is approved.</numerusform>
            <numerusform>The checks found %n warnings. You can submit, but a moderator will look at them more closely before the module is approved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::InstalledNavButton</name>
    <message numerus="yes">
        <source>%n update(s) available</source>
        <translation>
            <numerusform>%n update available</numerusform>
            <numerusform>%n updates available</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::LicenseActions</name>
    <message numerus="yes">
        <source>Licenses refreshed from the marketplace: %n stored</source>
        <translation>
            <numerusform>Licenses refreshed from the marketplace: %n stored</numerusform>
            <numerusform>Licenses refreshed from the marketplace: %n stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n revoked</source>
        <translation>
            <numerusform>, %n revoked</numerusform>
            <numerusform>, %n revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused: %1</source>
        <translation>
            <numerusform>, %n refused: %1</numerusform>
            <numerusform>, %n refused: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::LicenseBadge</name>
    <message numerus="yes">
        <source>In grace · %n day(s) left</source>
        <translation>
            <numerusform>In grace · %n day left</numerusform>
            <numerusform>In grace · %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trial · %n day(s) left</source>
        <translation>
            <numerusform>Trial · %n day left</numerusform>
            <numerusform>Trial · %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::LicenseNotifier</name>
    <message numerus="yes">
        <source>%n license(s) end within %1 days or are in their grace period: %2. Open Licenses to renew them.</source>
        <translation>
            <numerusform>%n license ends within %1 days or is in its grace period: %2. Open Licenses to renew it.</numerusform>
            <numerusform>%n licenses end within %1 days or are in their grace period: %2. Open Licenses to renew them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::LicensesNavButton</name>
    <message numerus="yes">
        <source>%n license(s) end soon or are in their grace period</source>
        <translation>
            <numerusform>%n license ends soon or is in its grace period</numerusform>
            <numerusform>%n licenses end soon or are in their grace period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::ModerationView</name>
    <message numerus="yes">
        <source>%n submission(s).</source>
        <translation>
            <numerusform>%n submission.</numerusform>
            <numerusform>%n submissions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::ModuleDetailView</name>
    <message numerus="yes">
        <source>★ %1 from %Ln rating(s)</source>
        <translation>
            <numerusform>★ %1 from %Ln rating</numerusform>
            <numerusform>★ %1 from %Ln ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %Ln install(s) · latest %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %Ln install · latest %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %Ln installs · latest %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A free trial of %n day(s) is available.</source>
        <translation>
            <numerusform>A free trial of %n day is available.</numerusform>
            <numerusform>A free trial of %n days is available.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installing takes %n module(s), %1 to download, dependencies first:</source>
        <translation>
            <numerusform>Installing takes %n module, %1 to download:</numerusform>
            <numerusform>Installing takes %n modules, %1 to download, dependencies first:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publisher reputation %1/100 · %2 approved, %3 declined, %Ln takedown(s)</source>
        <translation>
            <numerusform>Publisher reputation %1/100 · %2 approved, %3 declined, %Ln takedown</numerusform>
            <numerusform>Publisher reputation %1/100 · %2 approved, %3 declined, %Ln takedowns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::ModuleLicensePanel</name>
    <message numerus="yes">
        <source>Start %n-day trial</source>
        <translation>
            <numerusform>Start %n-day trial</numerusform>
            <numerusform>Start %n-day trial</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::MyModulesView</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::PriceText</name>
    <message numerus="yes">
        <source>A free trial of %n day(s) is available.</source>
        <translation>
            <numerusform>A free trial of %n day is available.</numerusform>
            <numerusform>A free trial of %n days is available.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::PricingEditor</name>
    <message numerus="yes">
        <source>%1 must be an amount above zero with at most %n decimal(s), such as %2.</source>
        <translation>
            <numerusform>%1 must be an amount above zero with at most %n decimal, such as %2.</numerusform>
            <numerusform>%1 must be an amount above zero with at most %n decimals, such as %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::PublishCoordinator</name>
    <message numerus="yes">
        <source>%n submission(s) being checked</source>
        <translation>
            <numerusform>%n submission being checked</numerusform>
            <numerusform>%n submissions being checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::QueueTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::ReviewForm</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::ReviewListModel</name>
    <message numerus="yes">
        <source>%n person(s) found this helpful</source>
        <translation>
            <numerusform>%n person found this helpful</numerusform>
            <numerusform>%n people found this helpful</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::ReviewsPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1 %2&lt;/b&gt; from %Ln rating(s), %3 written review(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1 %2&lt;/b&gt; from %Ln rating, %3 written review(s)</numerusform>
            <numerusform>&lt;b&gt;%1 %2&lt;/b&gt; from %Ln ratings, %3 written review(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reported %n time(s).</source>
        <translation>
            <numerusform>Reported %n time.</numerusform>
            <numerusform>Reported %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::SubmissionDetailPane</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared with the approved version %1: %Ln manifest field(s) changed, %2 files added, %3 removed, %4 changed.</source>
        <translation>
            <numerusform>Compared with the approved version %1: %Ln manifest field changed, %2 files added, %3 removed, %4 changed.</numerusform>
            <numerusform>Compared with the approved version %1: %Ln manifest fields changed, %2 files added, %3 removed, %4 changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %3. %Ln takedown(s).</source>
        <translation>
            <numerusform>%1 (%2), %3. %Ln takedown.</numerusform>
            <numerusform>%1 (%2), %3. %Ln takedowns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::ui::UpdateNotifier</name>
    <message numerus="yes">
        <source>%n module update(s) available. Open Installed to review them.</source>
        <translation>
            <numerusform>%n module update available. Open Installed to review it.</numerusform>
            <numerusform>%n module updates available. Open Installed to review them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mm::validation::CodeCheckRunner</name>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n file checked</numerusform>
            <numerusform>%n files checked</numerusform>
        </translation>
    </message>
</context>
</TS>
