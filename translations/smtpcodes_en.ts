<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SmtpCodes::Core::AnalysisDocument</name>
    <message numerus="yes">
        <source>%Ln server reply(s) found</source>
        <comment>heading of the list of replies</comment>
        <translation>
            <numerusform>%Ln server reply found</numerusform>
            <numerusform>%Ln server replies found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln time(s), first on line %2</source>
        <comment>codes, how often, first line</comment>
        <translation>
            <numerusform>%1: %Ln time, first on line %2</numerusform>
            <numerusform>%1: %Ln times, first on line %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more reply(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln more reply is not listed here; &quot;smtp-codes explain --format json&quot; lists it.</numerusform>
            <numerusform>%Ln more replies are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recipient(s)</source>
        <comment>message kind, then how many recipients it names</comment>
        <translation>
            <numerusform>%1: %Ln recipient</numerusform>
            <numerusform>%1: %Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Summary of %Ln message(s)</source>
        <translation>
            <numerusform>Summary of %Ln message</numerusform>
            <numerusform>Summary of %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) could not be analyzed</source>
        <translation>
            <numerusform>%Ln message could not be analyzed</numerusform>
            <numerusform>%Ln messages could not be analyzed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more recipient(s) are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</source>
        <translation>
            <numerusform>%Ln more recipient is not listed here; &quot;smtp-codes explain --format json&quot; lists it.</numerusform>
            <numerusform>%Ln more recipients are not listed here; &quot;smtp-codes explain --format json&quot; lists them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Core::EntryDocument</name>
    <message numerus="yes">
        <source>%n more provider replies use %1; search for it with the Provider filter.</source>
        <translation>
            <numerusform>%n more provider reply uses %1; search for it with the Provider filter.</numerusform>
            <numerusform>%n more provider replies use %1; search for it with the Provider filter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::AnalyzerPane</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::Widgets::CodeList</name>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
</context>
</TS>
