<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <source>{product}: %n port(s) checked in {seconds} s.</source>
        <translation>
            <numerusform>{product}: %n port checked in {seconds} s.</numerusform>
            <numerusform>{product}: %n ports checked in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} — %n port(s)</source>
        <translation>
            <numerusform>{title} — %n port</numerusform>
            <numerusform>{title} — %n ports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more port(s); the report lists them all.</source>
        <translation>
            <numerusform>…and %n more port; the report lists them all.</numerusform>
            <numerusform>…and %n more ports; the report lists them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunningPage</name>
    <message numerus="yes">
        <source>Asking %n port(s) again, more slowly: their first answers were not enough.</source>
        <translation>
            <numerusform>Asking %n port again, more slowly: its first answers were not enough.</numerusform>
            <numerusform>Asking %n ports again, more slowly: their first answers were not enough.</numerusform>
        </translation>
    </message>
</context>
</TS>
