<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- slotwise-cli: English plural forms for the numerus (%n) strings; the source strings are English already. -->
<TS version="2.1" language="en">
<context>
    <name>slotwise::ListCommand</name>
    <message numerus="yes">
        <source>%1: %n appointment(s) from %2.</source>
        <translation>
            <numerusform>%1: %n appointment from %2.</numerusform>
            <numerusform>%1: %n appointments from %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
