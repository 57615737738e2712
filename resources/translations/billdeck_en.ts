<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many requests to %1; it asks to wait %n second(s).</source>
        <translation>
            <numerusform>Too many requests to %1; it asks to wait %n second.</numerusform>
            <numerusform>Too many requests to %1; it asks to wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message numerus="yes">
        <source>%n hours is too many to estimate with these quantities.</source>
        <translation>
            <numerusform>%n hour is too many to estimate with these quantities.</numerusform>
            <numerusform>%n hours is too many to estimate with these quantities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n prices</source>
        <translation>
            <numerusform>%1 of %n price</numerusform>
            <numerusform>%1 of %n prices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostEstimator</name>
    <message numerus="yes">
        <source>× %n h</source>
        <translation>
            <numerusform>× %n h</numerusform>
            <numerusform>× %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreditsOverviewSection</name>
    <message numerus="yes">
        <source>%n ledger entries</source>
        <translation>
            <numerusform>%n ledger entry</numerusform>
            <numerusform>%n ledger entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message numerus="yes">
        <source>(%n more problem(s))</source>
        <translation>
            <numerusform>(%n more problem)</numerusform>
            <numerusform>(%n more problems)</numerusform>
        </translation>
    </message>
</context>
</TS>
