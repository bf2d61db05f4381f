<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
