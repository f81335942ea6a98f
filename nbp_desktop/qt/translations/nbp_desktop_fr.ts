<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>FormatText</name>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <extracomment>English is named in itself like the others.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the app to use the new language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
