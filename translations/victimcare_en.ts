<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>DirectoryPage</name>
        <message numerus="yes">
            <location filename="../victimcare/gui/pages/directory.py" line="134" />
            <source>%n provider(s)</source>
            <translation>
                <numerusform>%n provider</numerusform>
                <numerusform>%n providers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LetterPreview</name>
        <message numerus="yes">
            <location filename="../victimcare/gui/letter_preview.py" line="274" />
            <source>Done. This letter has been printed or saved %n time(s).</source>
            <translation>
                <numerusform>Done. This letter has been printed or saved %n time.</numerusform>
                <numerusform>Done. This letter has been printed or saved %n times.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../victimcare/gui/main_window.py" line="410" />
            <source>%n referral(s) expired: the provider did not answer in time.</source>
            <translation>
                <numerusform>%n referral expired: the provider did not answer in time.</numerusform>
                <numerusform>%n referrals expired: the provider did not answer in time.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message numerus="yes">
            <location filename="../victimcare/gui/messages.py" line="103" />
            <source>Too many wrong passwords. Try again in %n second(s).</source>
            <translation>
                <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
                <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
</TS>
