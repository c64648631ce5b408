<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY">
<context>
    <name>AccessNotice</name>
    <message numerus="yes">
        <location filename="../safeplan/ui/shell/journal_host.py" line="129"/>
        <source>%n failed attempt(s) to open SafePlan since you last opened it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/journal_host.py" line="135"/>
        <source>Nobody tried to open SafePlan with a wrong passphrase since your last visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/journal_host.py" line="139"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/journal_host.py" line="140"/>
        <source>Hide this notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="109"/>
        <source>Picture: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="119"/>
        <source>Text of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="122"/>
        <source>This kind of file cannot be shown here. It is kept safely in your journal.

Size: {size} bytes
SHA-256: {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="129"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="131"/>
        <source>Close the viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="220"/>
        <source>That file could not be read. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="226"/>
        <source>Choose a photo or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="235"/>
        <source>There is no picture to paste. Take a screenshot first, then press Paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="274"/>
        <source>A copy will leave the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="275"/>
        <source>To open this file in another program, a copy must be saved outside your protected journal. Anyone using this computer could find that copy. Delete it when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="278"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="281"/>
        <source>Where to save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="291"/>
        <source>The copy could not be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="304"/>
        <source>Photos of injuries or damage, screenshots of messages. Drag files here, or paste a screenshot. The original is kept unchanged with its fingerprint, so a court can check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="307"/>
        <source>Photos and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="309"/>
        <source>Add photo or file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="309"/>
        <source>Add a photo or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="310"/>
        <source>Paste screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="311"/>
        <source>Paste a screenshot from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="312"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="312"/>
        <source>View the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="313"/>
        <source>Remove from entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="314"/>
        <source>Remove the selected file from this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="315"/>
        <source>Open in another program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="316"/>
        <source>Save a copy outside the vault and open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalculatorDecoy</name>
    <message>
        <location filename="../safeplan/ui/shell/calculator.py" line="132"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/calculator.py" line="152"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/calculator.py" line="153"/>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/calculator.py" line="154"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/calculator.py" line="155"/>
        <source>Divide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/calculator.py" line="156"/>
        <source>Multiply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/calculator.py" line="157"/>
        <source>Subtract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/calculator.py" line="158"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/calculator.py" line="159"/>
        <source>Change sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/calculator.py" line="160"/>
        <source>Decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/calculator.py" line="161"/>
        <source>Equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/calculator.py" line="166"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/calculator.py" line="167"/>
        <source>Calculator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChronologyPdf</name>
    <message>
        <location filename="../safeplan/core/export/bundle.py" line="26"/>
        <source>Evidence bundle {export_id}</source>
        <translation>Пакет доказаў {export_id}</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/bundle.py" line="27"/>
        <source>This bundle contains:
- {pdf}: the chronology (open it with any PDF viewer);
- {manifest}: the signed manifest with the SHA-256 of the PDF and of every exhibit;
- the folder &quot;exhibits&quot;: the original files, named by exhibit number (E1, E2 …).

How to check that nothing was changed:
1. With SafePlan: safeplan verify {bundle} (or unpack the bundle and run safeplan verify {pdf}). No password is needed.
2. By hand: compute the SHA-256 of each file (sha256sum on Linux and macOS, certutil -hashfile FILE SHA256 on Windows) and compare it with the manifest and with the list of exhibits in the PDF.
3. Compare the signing key fingerprint {fingerprint} with the one printed on the integrity page of the PDF and with the one the person who made it gave you.
</source>
        <translation>У гэтым пакеце:
- {pdf}: храналогія (адкрыйце ў любой праграме для прагляду PDF);
- {manifest}: падпісаны маніфест з SHA-256 гэтага PDF і кожнага доказу;
- папка «exhibits»: зыходныя файлы, названыя па нумарах доказаў (E1, E2 …).

Як праверыць, што нічога не зменена:
1. З дапамогай SafePlan: safeplan verify {bundle} (або распакуйце пакет і выканайце safeplan verify {pdf}). Пароль не патрэбны.
2. Уручную: вылічыце SHA-256 кожнага файла (sha256sum у Linux і macOS, certutil -hashfile ФАЙЛ SHA256 у Windows) і параўнайце з маніфестам і са спісам доказаў у PDF.
3. Параўнайце адбітак ключа подпісу {fingerprint} з надрукаваным на старонцы цэласнасці PDF і з тым, які вам перадаў аўтар.
</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="19"/>
        <source>Chronology of events</source>
        <translation>Храналогія падзей</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="20"/>
        <source>Chronology of recorded incidents and evidence</source>
        <translation>Храналогія зафіксаваных здарэнняў і доказаў</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="21"/>
        <source>Page {page} of {pages}</source>
        <translation>Старонка {page} з {pages}</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="22"/>
        <source>Export ID</source>
        <translation>Нумар выгрузкі</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="23"/>
        <source>Case reference</source>
        <translation>Нумар справы</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="24"/>
        <source>Concerning</source>
        <translation>У дачыненні да</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="25"/>
        <source>Period</source>
        <translation>Перыяд</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="26"/>
        <source>all recorded dates</source>
        <translation>усе запісаныя даты</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="27"/>
        <source>from {start} to {end}</source>
        <translation>з {start} па {end}</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="28"/>
        <source>Prepared on</source>
        <translation>Дата складання</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="29"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="30"/>
        <source>English</source>
        <translation>беларуская</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="31"/>
        <source>Selection</source>
        <translation>Адбор</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="32"/>
        <source>all forms of abuse</source>
        <translation>усе формы гвалту</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="33"/>
        <source>all people</source>
        <translation>усе асобы</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="34"/>
        <source>sensitive medical notes included</source>
        <translation>канфідэнцыйныя медыцынскія запісы ўключаны</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="35"/>
        <source>sensitive medical notes left out</source>
        <translation>канфідэнцыйныя медыцынскія запісы не ўключаны</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="36"/>
        <source>addresses left out</source>
        <translation>адрасы не паказаны</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="37"/>
        <source>some names replaced by initials</source>
        <translation>некаторыя імёны заменены ініцыяламі</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="38"/>
        <source>Contents of this document</source>
        <translation>Змест дакумента</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="39"/>
        <source>Entries in the chronology</source>
        <translation>Запісаў у храналогіі</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="40"/>
        <source>Incidents</source>
        <translation>Здарэнні</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="41"/>
        <source>Messages</source>
        <translation>Паведамленні</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="42"/>
        <location filename="../safeplan/core/export/labels.py" line="107"/>
        <location filename="../safeplan/core/export/labels.py" line="142"/>
        <source>Medical notes</source>
        <translation>Медыцынскія запісы</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="43"/>
        <source>Legal events</source>
        <translation>Юрыдычныя падзеі</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="44"/>
        <location filename="../safeplan/core/export/labels.py" line="66"/>
        <location filename="../safeplan/core/export/labels.py" line="112"/>
        <location filename="../safeplan/core/export/labels.py" line="153"/>
        <source>Exhibits</source>
        <translation>Доказы</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="45"/>
        <source>Each entry shows when the event happened (as exactly as it is known) and, separately, when it was written down by the computer clock. Approximate dates are marked as such. Exhibits are numbered E1, E2 … and their SHA-256 fingerprints are listed so that any change to a file can be detected.</source>
        <translation>У кожным запісе пазначана, калі адбылася падзея (настолькі дакладна, наколькі гэта вядома), і асобна — калі яна была запісана па гадзінніку камп’ютара. Прыблізныя даты адзначаны як прыблізныя. Доказы пранумараваны E1, E2 … і для кожнага прыведзены адбітак SHA-256, па якім можна выявіць любую змену файла.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="51"/>
        <location filename="../safeplan/core/export/labels.py" line="64"/>
        <source>Summary</source>
        <translation>Коратка</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="52"/>
        <source>Incidents by form of abuse</source>
        <translation>Здарэнні па формах гвалту</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="53"/>
        <source>Form of abuse</source>
        <translation>Форма гвалту</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="54"/>
        <source>Number</source>
        <translation>Колькасць</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="55"/>
        <source>Incidents by severity</source>
        <translation>Здарэнні па цяжкасці</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="56"/>
        <source>Incidents per month, by severity</source>
        <translation>Здарэнні па месяцах і па цяжкасці</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="57"/>
        <source>Messages per day</source>
        <translation>Паведамленні па днях</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="58"/>
        <source>No dated entries to show.</source>
        <translation>Няма датаваных запісаў.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="59"/>
        <source>Severity</source>
        <translation>Цяжкасць</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="60"/>
        <source>not rated</source>
        <translation>не ацэнена</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="61"/>
        <source>Chronological table</source>
        <translation>Храналагічная табліца</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="62"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="63"/>
        <source>Date and time</source>
        <translation>Дата і час</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="65"/>
        <source>People</source>
        <translation>Асобы</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="67"/>
        <source>Full entries</source>
        <translation>Поўныя запісы</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="68"/>
        <source>No. {number} · {kind} · {when}</source>
        <translation>№ {number} · {kind} · {when}</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="69"/>
        <source>Recorded on</source>
        <translation>Запісана</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="70"/>
        <source>Amended on</source>
        <translation>Зменена</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="71"/>
        <source>never amended</source>
        <translation>не змянялася</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="72"/>
        <source>Precision of the date</source>
        <translation>Дакладнасць даты</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="73"/>
        <source>approximately</source>
        <translation>прыблізна</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="74"/>
        <source>date not known</source>
        <translation>дата невядомая</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="75"/>
        <source>time zone assumed</source>
        <translation>гадзінны пояс меркаваны</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="76"/>
        <source>as remembered</source>
        <translation>як запомнілася</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="77"/>
        <source>until</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="78"/>
        <source>[{count} more characters of this field are not printed here; the full text is in the CSV file and in the journal.]</source>
        <translation>[яшчэ {count} знакаў гэтага поля тут не надрукаваны; поўны тэкст ёсць у файле CSV і ў журнале.]</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="82"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="83"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="84"/>
        <source>done</source>
        <translation>зроблена</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="85"/>
        <source>still needed</source>
        <translation>яшчэ трэба</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="87"/>
        <source>Short summary</source>
        <translation>Коратка</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="88"/>
        <source>Where</source>
        <translation>Дзе</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="89"/>
        <source>Who did it</source>
        <translation>Хто гэта зрабіў</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="90"/>
        <source>Witnesses</source>
        <translation>Сведкі</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="91"/>
        <source>Forms of abuse</source>
        <translation>Формы гвалту</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="92"/>
        <source>What happened (facts)</source>
        <translation>Што адбылося (факты)</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="93"/>
        <source>Words said, word for word</source>
        <translation>Сказаныя словы, даслоўна</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="94"/>
        <source>How it affected her</source>
        <translation>Як гэта на яе паўплывала</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="95"/>
        <source>Injuries</source>
        <translation>Цялесныя пашкоджанні</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="96"/>
        <source>Property damage</source>
        <translation>Пашкоджанне маёмасці</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="97"/>
        <source>Weapons</source>
        <translation>Зброя</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="98"/>
        <source>Children present</source>
        <translation>Прысутнічалі дзеці</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="99"/>
        <source>How the children reacted</source>
        <translation>Як адрэагавалі дзеці</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="100"/>
        <source>Police</source>
        <translation>Міліцыя</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="101"/>
        <source>contacted on</source>
        <translation>зварот</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="102"/>
        <source>station</source>
        <translation>аддзел</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="103"/>
        <source>report number</source>
        <translation>нумар заявы</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="104"/>
        <source>officer</source>
        <translation>супрацоўнік</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="105"/>
        <source>outcome</source>
        <translation>вынік</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="106"/>
        <source>not contacted</source>
        <translation>не звярталася</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="108"/>
        <source>What she did afterwards</source>
        <translation>Што яна зрабіла пасля</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="109"/>
        <source>Linked to earlier entries</source>
        <translation>Звязана з больш раннімі запісамі</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="110"/>
        <source>Evidence still needed</source>
        <translation>Якіх доказаў яшчэ не хапае</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="111"/>
        <source>Tags</source>
        <translation>Пазнакі</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="113"/>
        <source>Facility</source>
        <translation>Установа</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="114"/>
        <source>Practitioner</source>
        <translation>Лекар</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="115"/>
        <source>Kind of visit</source>
        <translation>Від звароту</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="116"/>
        <source>Findings</source>
        <translation>Выяўлена</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="117"/>
        <source>Treatment</source>
        <translation>Лячэнне</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="118"/>
        <source>Documents (certificate numbers)</source>
        <translation>Дакументы (нумары даведак)</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="119"/>
        <source>Related incidents</source>
        <translation>Звязаныя здарэнні</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="120"/>
        <source>Body map</source>
        <translation>Схема цела</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="121"/>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="122"/>
        <source>Reference</source>
        <translation>Нумар</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="123"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="124"/>
        <source>Ends</source>
        <translation>Заканчэнне</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="125"/>
        <source>front</source>
        <translation>спераду</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="126"/>
        <source>back</source>
        <translation>ззаду</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="128"/>
        <source>Message transcripts</source>
        <translation>Тэксты паведамленняў</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="129"/>
        <source>Messages are grouped by conversation. Cite a message by its number (for example C1.0003) and the page number. Times are the original times from the source file.</source>
        <translation>Паведамленні згрупаваны па перапісках. Спасылайцеся на паведамленне па яго нумары (напрыклад, C1.0003) і нумары старонкі. Час пазначаны зыходны, з файла-крыніцы.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="133"/>
        <source>Conversation C{number}: {title}</source>
        <translation>Перапіска C{number}: {title}</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="134"/>
        <source>from</source>
        <translation>ад</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="135"/>
        <source>to</source>
        <translation>каму</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="136"/>
        <source>source</source>
        <translation>крыніца</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="137"/>
        <source>edited</source>
        <translation>зменена</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="138"/>
        <source>forwarded from</source>
        <translation>перасланае ад</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="139"/>
        <source>reply to</source>
        <translation>адказ на</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="140"/>
        <source>(no text)</source>
        <translation>(без тэксту)</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="144"/>
        <source>List of exhibits</source>
        <translation>Спіс доказаў</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="145"/>
        <source>SHA-256 fingerprints are of the original files as they were added to the journal; spaces are added only for readability.</source>
        <translation>Адбіткі SHA-256 адносяцца да зыходных файлаў у тым выглядзе, у якім яны былі дададзены ў журнал; прабелы дададзены толькі для зручнасці чытання.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="149"/>
        <source>File name</source>
        <translation>Імя файла</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="150"/>
        <source>Type</source>
        <translation>Тып</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="151"/>
        <source>Size</source>
        <translation>Памер</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="152"/>
        <source>Recorded</source>
        <translation>Запісана</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="154"/>
        <source>Exhibit {number}</source>
        <translation>Доказ {number}</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="155"/>
        <source>Taken on</source>
        <translation>Знята</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="156"/>
        <source>Caption</source>
        <translation>Подпіс</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="157"/>
        <source>Referred to by</source>
        <translation>Згадваецца ў</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="158"/>
        <source>The picture is scaled to fit the page and turned upright; the original file is unchanged and identified by the SHA-256 above.</source>
        <translation>Выява паменшана па памеры старонкі і павернута правільна; зыходны файл не зменены і вызначаецца па SHA-256, пазначаным вышэй.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="162"/>
        <source>This file cannot be shown on paper. The original is provided with the evidence bundle and can be identified by its SHA-256.</source>
        <translation>Гэты файл нельга паказаць на паперы. Арыгінал дададзены да пакета доказаў і вызначаецца па яго SHA-256.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="166"/>
        <source>This picture could not be displayed (the file is damaged or in an unknown format). The original file is kept unchanged and can be identified by its SHA-256.</source>
        <translation>Гэту выяву не ўдалося паказаць (файл пашкоджаны або ў невядомым фармаце). Зыходны файл захаваны без змен і вызначаецца па яго SHA-256.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="170"/>
        <source>The content of this file could not be read from the journal.</source>
        <translation>Змесціва гэтага файла не ўдалося прачытаць з журнала.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="172"/>
        <source>{size} bytes</source>
        <translation>{size} байтаў</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="174"/>
        <source>Integrity and how to check this document</source>
        <translation>Цэласнасць і як праверыць гэты дакумент</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="175"/>
        <source>Journal chain head</source>
        <translation>Вяршыня ланцужка журнала</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="176"/>
        <source>Manifest statement SHA-256</source>
        <translation>SHA-256 заявы маніфеста</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="177"/>
        <source>Signing key fingerprint</source>
        <translation>Адбітак ключа подпісу</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="178"/>
        <source>Manifest file</source>
        <translation>Файл маніфеста</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="179"/>
        <source>Every change to an entry is kept as a new revision in a hash chain; the chain head above identifies the exact state of the journal this document was made from. A manifest file is written beside this PDF. It lists the SHA-256 of this PDF and of every exhibit and is signed with a key kept inside the journal. A document cannot contain its own fingerprint, so this page prints the fingerprint of the signed statement part of the manifest and of the signing key; the manifest in turn holds the fingerprint of this PDF.</source>
        <translation>Кожная змена запісу захоўваецца як новая версія ў ланцужку хэшаў; вяршыня ланцужка вышэй паказвае дакладны стан журнала, з якога складзены гэты дакумент. Побач з гэтым PDF запісаны файл маніфеста. У ім пералічаны SHA-256 гэтага PDF і кожнага доказу, і ён падпісаны ключом, які захоўваецца ўнутры журнала. Дакумент не можа ўтрымліваць уласны адбітак, таму на гэтай старонцы надрукаваны адбітак падпісанай часткі маніфеста (заявы) і адбітак ключа подпісу; маніфест, у сваю чаргу, утрымлівае адбітак гэтага PDF.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="187"/>
        <source>How to check</source>
        <translation>Як праверыць</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="188"/>
        <source>With SafePlan: run “safeplan verify {pdf}”. It checks the signature, this PDF and any exhibit files beside it and says in plain words what matches and what does not. No password is needed.</source>
        <translation>З дапамогай SafePlan: выканайце «safeplan verify {pdf}». Праграма праверыць подпіс, гэты PDF і файлы доказаў побач з ім і простымі словамі паведаміць, што супадае, а што не. Пароль не патрэбны.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="193"/>
        <source>By hand: compute the SHA-256 of this PDF (for example “sha256sum {pdf}” or “certutil -hashfile {pdf} SHA256”) and compare it with the value “pdf.sha256” in {manifest}. Do the same for each exhibit file and the list of exhibits.</source>
        <translation>Уручную: вылічыце SHA-256 гэтага PDF (напрыклад, «sha256sum {pdf}» або «certutil -hashfile {pdf} SHA256») і параўнайце са значэннем «pdf.sha256» у {manifest}. Тое ж самае зрабіце для кожнага файла доказу і спіса доказаў.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="198"/>
        <source>Compare the signing key fingerprint above with the one the person who made this document gave you separately. A document changed after export, or bytes added to its end, will not match.</source>
        <translation>Параўнайце адбітак ключа подпісу вышэй з тым, які аўтар дакумента перадаў вам асобна. Дакумент, зменены пасля выгрузкі, або з байтамі, дададзенымі ў канец, не супадзе.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="204"/>
        <source>Certification</source>
        <translation>Пасведчанне</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="205"/>
        <source>I certify that the entries in this chronology were recorded by me at the recorded times shown, that they describe events as I experienced or witnessed them, and that the exhibits are true copies of the files I collected.</source>
        <translation>Я пасведчваю, што запісы ў гэтай храналогіі зроблены мной у пазначаны час запісу, што яны апісваюць падзеі так, як я іх перажыла або бачыла, і што доказы з’яўляюцца сапраўднымі копіямі сабраных мной файлаў.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="210"/>
        <source>Signature</source>
        <translation>Подпіс</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="211"/>
        <source>Full name</source>
        <translation>Прозвішча, імя, імя па бацьку</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="212"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="216"/>
        <source>Incident</source>
        <translation>Здарэнне</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="217"/>
        <source>Medical</source>
        <translation>Медыцына</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="218"/>
        <source>Legal</source>
        <translation>Юрыдычнае</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="219"/>
        <source>Message</source>
        <translation>Паведамленне</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="222"/>
        <source>physical</source>
        <translation>фізічны</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="223"/>
        <source>psychological</source>
        <translation>псіхалагічны</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="224"/>
        <source>economic</source>
        <translation>эканамічны</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="225"/>
        <source>sexual</source>
        <translation>сэксуальны</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="226"/>
        <source>stalking</source>
        <translation>пераслед</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="227"/>
        <source>threats</source>
        <translation>пагрозы</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="228"/>
        <source>property</source>
        <translation>маёмасць</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="229"/>
        <source>involving children</source>
        <translation>з удзелам дзяцей</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="230"/>
        <source>digital</source>
        <translation>лічбавы</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="231"/>
        <location filename="../safeplan/core/export/labels.py" line="243"/>
        <location filename="../safeplan/core/export/labels.py" line="254"/>
        <location filename="../safeplan/core/export/labels.py" line="261"/>
        <source>other</source>
        <translation>іншае</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="234"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="235"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="236"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="237"/>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="238"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="239"/>
        <source>e-mail</source>
        <translation>эл. пошта</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="240"/>
        <source>call</source>
        <translation>званок</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="241"/>
        <source>social network</source>
        <translation>сацсетка</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="242"/>
        <source>in person</source>
        <translation>асабіста</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="246"/>
        <source>incoming</source>
        <translation>уваходнае</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="247"/>
        <source>outgoing</source>
        <translation>выходнае</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="250"/>
        <source>emergency</source>
        <translation>хуткая / прыёмны пакой</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="251"/>
        <source>general practitioner</source>
        <translation>участковы лекар</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="252"/>
        <source>forensic examination</source>
        <translation>судова-медыцынская экспертыза</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="253"/>
        <source>mental health</source>
        <translation>псіхічнае здароўе</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="257"/>
        <source>protection order</source>
        <translation>ахоўнае прадпісанне</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="258"/>
        <source>court hearing</source>
        <translation>судовае паседжанне</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="259"/>
        <source>deadline</source>
        <translation>тэрмін</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="260"/>
        <source>evidence to collect</source>
        <translation>доказы, якія трэба сабраць</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="264"/>
        <source>1 low</source>
        <translation>1 нізкая</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="265"/>
        <source>2 moderate</source>
        <translation>2 умераная</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="266"/>
        <source>3 serious</source>
        <translation>3 сур’ёзная</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="267"/>
        <source>4 severe</source>
        <translation>4 цяжкая</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="268"/>
        <source>5 life-threatening</source>
        <translation>5 пагроза жыццю</translation>
    </message>
</context>
<context>
    <name>DecoyPage</name>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="87"/>
        <source>The code must be 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="89"/>
        <source>The two codes are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="93"/>
        <source>How it hides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="103"/>
        <source>To open SafePlan, type your code on a new line followed by = (for example {code}=). Anything else is just a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="108"/>
        <source>To open SafePlan, type your code on the calculator and press = (for example {code} =). Any other number is just a sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="116"/>
        <source>When SafePlan starts, and whenever you leave it, it shows an ordinary screen. Which one would you like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="120"/>
        <source>A calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="121"/>
        <source>A plain notes page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="122"/>
        <source>Secret &amp;code (4 to 12 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="123"/>
        <source>Secret code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="124"/>
        <source>Type the code &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="125"/>
        <source>Type the secret code again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../safeplan/ui/dialogs.py" line="61"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/dialogs.py" line="63"/>
        <location filename="../safeplan/ui/dialogs.py" line="80"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/dialogs.py" line="73"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/dialogs.py" line="76"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/dialogs.py" line="158"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/dialogs.py" line="160"/>
        <source>Exit now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="52"/>
        <source>Belarus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="52"/>
        <source>Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="52"/>
        <source>Lithuania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="53"/>
        <source>Georgia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="53"/>
        <source>Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="53"/>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="54"/>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="57"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="57"/>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="58"/>
        <source>Crisis room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="58"/>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="59"/>
        <source>Legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="59"/>
        <source>Online help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="60"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="145"/>
        <source>Where to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="147"/>
        <source>This list works without internet. Numbers change: each entry says when it was last checked and where it comes from. You can correct, add or hide entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="149"/>
        <source>Show hidden entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="150"/>
        <source>Import a list from an organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="151"/>
        <location filename="../safeplan/ui/plan/directory_page.py" line="152"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="151"/>
        <location filename="../safeplan/ui/plan/directory_page.py" line="152"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="152"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="152"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="153"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="153"/>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="153"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="161"/>
        <source>Add new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="162"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="163"/>
        <source>Undo my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="177"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="199"/>
        <source>{name} (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="224"/>
        <source>Phone: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="227"/>
        <source>Hours: {hours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="229"/>
        <source>Website: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="234"/>
        <source>Last checked: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="237"/>
        <source>Not checked against a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="239"/>
        <source>Source: {title} — {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="242"/>
        <source>You changed this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="252"/>
        <source>Show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="252"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="272"/>
        <source>Fill in the fields below, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="319"/>
        <source>Choose the directory file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="326"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../safeplan/ui/plan/directory_page.py" line="328"/>
        <source>%n entry(ies) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="259"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="264"/>
        <source>Your recovery code. Write it on paper now and give it to someone you trust. It opens SafePlan if you forget your passphrase. It is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="270"/>
        <source>A short tour:
• To leave at once: press Shift three times, or the red Exit button. The ordinary screen comes back and your unfinished writing is kept.
• After some minutes without use, SafePlan locks itself.
• To come back: {door}
• Everything you write is saved as you go; old versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuressPage</name>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="181"/>
        <source>Type the second passphrase (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="183"/>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="185"/>
        <source>The second passphrase must be different from your real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="189"/>
        <source>If someone forces you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="200"/>
        <source>You can set a second passphrase. If someone forces you to open SafePlan, type it instead: a separate journal opens, with a few ordinary entries you can change. Nothing in it mentions your real journal. This step is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="205"/>
        <source>Set a second passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="206"/>
        <source>Second &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="207"/>
        <source>Second passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="208"/>
        <source>Type it &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="209"/>
        <source>Type the second passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="212"/>
        <source>Limits: someone who copies the computer&apos;s disk several times could notice that saved files change in size when you use your real journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuressSample</name>
    <message>
        <location filename="../safeplan/ui/shell/duress_sample.py" line="27"/>
        <source>Mum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/duress_sample.py" line="29"/>
        <source>mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/duress_sample.py" line="31"/>
        <source>Call on Sundays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/duress_sample.py" line="37"/>
        <location filename="../safeplan/ui/shell/duress_sample.py" line="53"/>
        <source>Dr. Novak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/duress_sample.py" line="39"/>
        <source>family doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/duress_sample.py" line="52"/>
        <source>City clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/duress_sample.py" line="54"/>
        <source>Routine check-up. Blood pressure normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/duress_sample.py" line="55"/>
        <source>Vitamin D in winter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../safeplan/ui/strings.py" line="22"/>
        <source>That passphrase did not open it. Check the keyboard language and Caps Lock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/strings.py" line="27"/>
        <source>The saved data could not be read; it may be damaged. If you have a backup, you can restore it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/strings.py" line="31"/>
        <source>It is already open in another window. Close that window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/strings.py" line="33"/>
        <source>There is already saved data in that place. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/strings.py" line="36"/>
        <source>The saved data was not found. If it is on a USB stick, plug the stick in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/strings.py" line="40"/>
        <source>It was locked. Open it again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/strings.py" line="44"/>
        <source>This file could not be read (problem at {where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/strings.py" line="47"/>
        <source>This file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/strings.py" line="49"/>
        <source>Stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/strings.py" line="52"/>
        <source>The disk is full or cannot be written to. Nothing was lost; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/strings.py" line="56"/>
        <source>That entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/strings.py" line="58"/>
        <source>The check failed: the files do not match what was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/strings.py" line="60"/>
        <location filename="../safeplan/ui/strings.py" line="63"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/strings.py" line="62"/>
        <source>The file or folder could not be used. Check that it is still there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationChart</name>
    <message>
        <location filename="../safeplan/ui/workspace/escalation_chart.py" line="86"/>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/escalation_chart.py" line="87"/>
        <source>severity {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/escalation_chart.py" line="91"/>
        <source>No incidents with a date yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/escalation_chart.py" line="94"/>
        <source>{n} incidents over {months} months. Most in {month}: {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/escalation_chart.py" line="98"/>
        <location filename="../safeplan/ui/workspace/escalation_chart.py" line="154"/>
        <source>Incidents per month, by severity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="174"/>
        <source>Any person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="177"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="208"/>
        <source>Search words in your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="209"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="210"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="211"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="212"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="213"/>
        <source>Until date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="214"/>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="219"/>
        <source>Any form of abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="224"/>
        <source>Form of abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="225"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="226"/>
        <source>Only with photos or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="227"/>
        <source>Only entries with photos or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="228"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="229"/>
        <source>Clear the search and filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../safeplan/ui/shell/first_run.py" line="187"/>
        <source>Step {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/first_run.py" line="195"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/first_run.py" line="197"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/first_run.py" line="199"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/first_run.py" line="209"/>
        <source>type your code on a new line and then =.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/first_run.py" line="210"/>
        <source>type your code on the calculator and press =.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/first_run.py" line="234"/>
        <location filename="../safeplan/ui/shell/first_run.py" line="237"/>
        <source>Setting up… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/first_run.py" line="289"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/first_run.py" line="290"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="112"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="115"/>
        <source>Choose the language for the screens. You can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalPage</name>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="178"/>
        <source>Legal dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="181"/>
        <location filename="../safeplan/ui/plan/legal_page.py" line="195"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="181"/>
        <source>Date (or start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="181"/>
        <location filename="../safeplan/ui/plan/legal_page.py" line="195"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="182"/>
        <location filename="../safeplan/ui/plan/legal_page.py" line="196"/>
        <source>Number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="182"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="188"/>
        <source>has an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="189"/>
        <source>Order: 15 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="190"/>
        <source>Extended: 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="191"/>
        <location filename="../safeplan/ui/plan/legal_page.py" line="196"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="192"/>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="193"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="194"/>
        <location filename="../safeplan/ui/plan/legal_page.py" line="282"/>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="195"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="217"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="283"/>
        <source>Move this date to the trash? You can restore it from the trash later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="137"/>
        <source>What SafePlan does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="140"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="143"/>
        <source>SafePlan keeps a private record of what happened to you: incidents, messages, medical visits and the people involved, with dates and photos. Everything is locked with your passphrase. It looks like a calculator until you type your secret code. When you need it, it makes a PDF for a lawyer or a court.

Press Shift three times, or the red Exit button, and the screen goes back to the calculator at once. Your unfinished writing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="151"/>
        <source>What it cannot protect against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="154"/>
        <source>• Spying programs already on this computer can see what you type.
• Anyone who sees the screen while it is open can read it.
• Someone who knows this program well may recognise it.
• The computer itself may keep traces we cannot remove.

If you think this computer or phone is being watched, use a safer device — for example a friend&apos;s computer, a library computer, or a computer at a support service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="223"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="236"/>
        <source>Choose a folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="239"/>
        <source>Where to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="244"/>
        <source>Where should your locked data be kept? A USB stick lets you take it with you and leaves less on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="249"/>
        <source>In the folder this program runs from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="251"/>
        <source>On this computer, in my user folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="252"/>
        <source>In a folder I choose (for example a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="253"/>
        <source>Choose &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="254"/>
        <source>Choose folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="255"/>
        <source>It will be kept in: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="258"/>
        <source>Saved data was found there. It will be used; nothing new is created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesDecoy</name>
    <message>
        <location filename="../safeplan/ui/shell/notes_decoy.py" line="79"/>
        <location filename="../safeplan/ui/shell/notes_decoy.py" line="81"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/notes_decoy.py" line="80"/>
        <source>Write a note…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="105"/>
        <source>Type a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="107"/>
        <source>This passphrase is too easy to guess. Add more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="109"/>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="113"/>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="135"/>
        <source>Strength: very weak — easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="136"/>
        <source>Strength: weak — add more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="137"/>
        <source>Strength: fair — good enough; more words make it better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="138"/>
        <source>Strength: strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="139"/>
        <source>Strength: very strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="147"/>
        <source>Choose a passphrase: several words that you will remember and others will not guess, for example four unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="151"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="152"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="153"/>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="154"/>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="155"/>
        <source>&amp;Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="156"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="159"/>
        <source>Important: nobody can recover a forgotten passphrase — not us, not the police, not a technician. Without it, what you saved cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="164"/>
        <source>Make a recovery code that I can write down and give to someone I trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="166"/>
        <source>Make a recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerDayChart</name>
    <message>
        <location filename="../safeplan/ui/workspace/per_day_chart.py" line="72"/>
        <source>No messages with a date yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/per_day_chart.py" line="73"/>
        <source>{total} messages over {days} days. Most in one day: {most} on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/per_day_chart.py" line="78"/>
        <location filename="../safeplan/ui/workspace/per_day_chart.py" line="121"/>
        <source>Messages per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainJournalPage</name>
    <message numerus="yes">
        <location filename="../safeplan/ui/shell/journal_host.py" line="84"/>
        <source>Your journal is open. It holds %n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="45"/>
        <source>Protection order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="46"/>
        <source>Court hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="47"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="48"/>
        <source>Evidence to collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="49"/>
        <source>Other date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="58"/>
        <source>Your protection order{ref} ends today. Think about what you need for the days after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../safeplan/ui/plan/legal_page.py" line="60"/>
        <source>Your protection order{ref} ends in %n day(s), on {on}. You can ask about extending it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="63"/>
        <source>Your protection order{ref} ended on {on}. The days after it can be risky — look at your safety plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="67"/>
        <source>Court hearing{ref} today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../safeplan/ui/plan/legal_page.py" line="68"/>
        <source>Court hearing{ref} in %n day(s), on {on}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="71"/>
        <source>{what}{ref}: the date {on} has passed and it is not marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="75"/>
        <source>Evidence to collect{ref}, by {on}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="76"/>
        <source>Evidence still to collect{ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="77"/>
        <source>{what}{ref} on {on}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <location filename="../safeplan/ui/plan/risk_page.py" line="117"/>
        <location filename="../safeplan/ui/plan/risk_page.py" line="118"/>
        <source>Notes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/risk_page.py" line="119"/>
        <source>Save today&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/risk_page.py" line="120"/>
        <source>Earlier answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/risk_page.py" line="135"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/risk_page.py" line="144"/>
        <source>No answers saved yet. When you save, the date is kept so you can see changes over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/risk_page.py" line="147"/>
        <source>Saved once, on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/risk_page.py" line="152"/>
        <source>No change since the time before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/risk_page.py" line="154"/>
        <source>now ticked: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/risk_page.py" line="154"/>
        <source>no longer ticked: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/risk_page.py" line="156"/>
        <source>Since the time before:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="158"/>
        <source>Your safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="159"/>
        <source>I have looked over my plan today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="160"/>
        <source>Add your own step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="161"/>
        <source>Your own step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="162"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="163"/>
        <source>Remove my step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="164"/>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="165"/>
        <source>Your notes for this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="166"/>
        <source>Anything you want to remember. It is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="168"/>
        <source>Steps to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="169"/>
        <source>Parts of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="170"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="171"/>
        <source>Save and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="172"/>
        <source>Print or save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="173"/>
        <source>Language of the printed plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="209"/>
        <source>You have started {started} of {total} parts. Take your time — you can stop at any moment and come back; everything is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="215"/>
        <source>You last looked over your plan on {date}. Things change — a few minutes to check it again can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="219"/>
        <source>When you have a few quiet minutes, look over your plan once more. Things change, and that is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="224"/>
        <source>Last looked over: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="258"/>
        <source>Part {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="305"/>
        <source>Only steps you added yourself can be removed. Suggested steps can simply be left unticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="341"/>
        <source>Before you print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="342"/>
        <source>A printed plan can be found by someone else. Only print it if you have a safe place to keep it, and think about leaving out names and addresses he does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="345"/>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="345"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="348"/>
        <source>Save the plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="366"/>
        <source>The plan was saved. Keep the file or the paper somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../safeplan/ui/shell/main_window.py" line="194"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/main_window.py" line="194"/>
        <source>Calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/main_window.py" line="197"/>
        <source>&amp;Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/main_window.py" line="198"/>
        <source>Privacy and locking settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/main_window.py" line="199"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/main_window.py" line="200"/>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/main_window.py" line="201"/>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/main_window.py" line="202"/>
        <source>Exit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/main_window.py" line="203"/>
        <source>Hide everything at once (or press Shift three times)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message numerus="yes">
        <location filename="../safeplan/ui/shell/unlock_screen.py" line="185"/>
        <source>After several wrong tries, each new try waits a little longer. Please wait %n second(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/unlock_screen.py" line="191"/>
        <source>Opening… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/unlock_screen.py" line="208"/>
        <source>Enter your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/unlock_screen.py" line="209"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/unlock_screen.py" line="210"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/unlock_screen.py" line="211"/>
        <source>&amp;Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/unlock_screen.py" line="212"/>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/unlock_screen.py" line="213"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/unlock_screen.py" line="214"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/unlock_screen.py" line="215"/>
        <source>Opening, please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/shell/unlock_screen.py" line="216"/>
        <source>A recovery code also works here, typed with its dashes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyReport</name>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="11"/>
        <source>Export {export_id}, made {created}.</source>
        <translation>Выгрузка {export_id}, створана {created}.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="12"/>
        <source>No manifest found: expected the file {name} beside the PDF. Without it nothing can be checked.</source>
        <translation>Маніфест не знойдзены: побач з PDF павінен быць файл {name}. Без яго нічога нельга праверыць.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="16"/>
        <source>The file {name} is not a SafePlan export manifest, or it is damaged.</source>
        <translation>Файл {name} не з’яўляецца маніфестам выгрузкі SafePlan або пашкоджаны.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="18"/>
        <source>A file could not be read ({error}).</source>
        <translation>Не ўдалося прачытаць файл ({error}).</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="19"/>
        <source>The manifest&apos;s signature is valid: it has not been changed since it was signed with the key whose fingerprint is {fingerprint}.</source>
        <translation>Подпіс маніфеста сапраўдны: ён не змяняўся з моманту подпісу ключом з адбіткам {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="23"/>
        <source>The manifest&apos;s signature does NOT match: the manifest was changed after it was signed, or it was not signed by SafePlan.</source>
        <translation>Подпіс маніфеста НЕ супадае: маніфест зменены пасля подпісу або падпісаны не SafePlan.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="27"/>
        <source>The manifest&apos;s statement does not match its own recorded fingerprint: it was edited.</source>
        <translation>Заява маніфеста не супадае з запісаным у ім адбіткам: яе рэдагавалі.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="30"/>
        <source>The file {name} was not found.</source>
        <translation>Файл {name} не знойдзены.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="31"/>
        <source>The PDF is exactly the file that was exported ({size} bytes, SHA-256 {sha}).</source>
        <translation>PDF — дакладна той файл, які быў выгружаны ({size} байтаў, SHA-256 {sha}).</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="34"/>
        <source>The PDF begins with the exported file, but {extra} byte(s) were added after its end. Added bytes (an &quot;incremental update&quot;) can change what a PDF viewer shows, so treat this copy as altered.</source>
        <translation>PDF пачынаецца з выгружанага файла, але пасля яго канца дададзена байтаў: {extra}. Дададзеныя байты («інкрэментальнае абнаўленне») могуць змяніць тое, што паказвае праграма прагляду PDF, таму лічыце гэту копію зменянай.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="39"/>
        <source>The PDF is NOT the file that was exported: its SHA-256 is {actual}, the manifest says {expected}.</source>
        <translation>PDF НЕ з’яўляецца выгружаным файлам: яго SHA-256 — {actual}, а ў маніфесце — {expected}.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="43"/>
        <source>The PDF names this manifest&apos;s statement, so the two belong together.</source>
        <translation>PDF спасылаецца на заяву гэтага маніфеста, значыць, яны адносяцца адзін да аднаго.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="45"/>
        <source>The PDF does not name this manifest&apos;s statement: they do not belong to the same export.</source>
        <translation>PDF не спасылаецца на заяву гэтага маніфеста: яны адносяцца да розных выгрузак.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="48"/>
        <source>The {count} exhibit files were not supplied (no &quot;{folder}&quot; folder beside the PDF), so only the PDF was checked.</source>
        <translation>Файлы доказаў ({count}) не прадстаўлены (побач з PDF няма папкі «{folder}»), таму правераны толькі PDF.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="52"/>
        <source>Exhibit {number} ({name}) matches.</source>
        <translation>Доказ {number} ({name}) супадае.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="53"/>
        <source>Exhibit {number} ({name}) is missing.</source>
        <translation>Доказ {number} ({name}) адсутнічае.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="54"/>
        <source>Exhibit {number} ({name}) could not be read from the journal when the export was made, so it is not included.</source>
        <translation>Доказ {number} ({name}) не ўдалося прачытаць з журнала пры выгрузцы, таму ён не ўключаны.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="58"/>
        <source>Exhibit {number} ({name}) has been changed: its content does not match the manifest.</source>
        <translation>Доказ {number} ({name}) зменены: яго змесціва не супадае з маніфестам.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="61"/>
        <source>Compare the key fingerprint {fingerprint} with the one printed in the PDF and with the one the person who made it gave you separately.</source>
        <translation>Параўнайце адбітак ключа {fingerprint} з надрукаваным у PDF і з тым, які аўтар перадаў вам асобна.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="65"/>
        <source>Everything matches.</source>
        <translation>Усё супадае.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="66"/>
        <source>Verification FAILED: {count} problem(s) found.</source>
        <translation>Праверка НЕ ПРОЙДЗЕНА: знойдзена праблем: {count}.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="42"/>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="42"/>
        <source>Emotional / psychological</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="43"/>
        <source>Money / economic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="43"/>
        <source>Sexual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="44"/>
        <source>Following / stalking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="44"/>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="45"/>
        <source>Damage to things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="45"/>
        <source>Involving children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="46"/>
        <source>Phone / online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="46"/>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="54"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="52"/>
        <source>The person who hurt me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="52"/>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="53"/>
        <source>Someone I trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="53"/>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="54"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="56"/>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="60"/>
        <source>Exact time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="60"/>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="64"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="61"/>
        <source>Only the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="61"/>
        <source>Only the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="62"/>
        <source>Only the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="62"/>
        <source>Approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="67"/>
        <source>1 — mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="67"/>
        <source>3 — serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="67"/>
        <source>5 — very severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="69"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../safeplan/cli.py" line="67"/>
        <source>A file could not be read or written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/cli.py" line="77"/>
        <source>Something unexpected went wrong. Nothing was lost; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/commands/common.py" line="32"/>
        <source>The passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/commands/common.py" line="34"/>
        <source>The vault files are damaged or incomplete. Nothing was changed. If you have a backup, you can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/commands/common.py" line="37"/>
        <source>The vault is open in another window or program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/commands/common.py" line="40"/>
        <source>A file with that name already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/commands/common.py" line="42"/>
        <source>There is no vault at that path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/commands/common.py" line="44"/>
        <source>The file could not be read, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/commands/common.py" line="46"/>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/commands/common.py" line="48"/>
        <source>The disk refused to save (full or read-only). The previous state is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/commands/common.py" line="51"/>
        <source>The export does not match its signed manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/commands/common.py" line="53"/>
        <source>No such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/commands/common.py" line="105"/>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/commands/export_cmd.py" line="89"/>
        <location filename="../safeplan/commands/export_cmd.py" line="112"/>
        <source>Written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safeplan/commands/export_cmd.py" line="90"/>
        <source>Export ID: {export_id}</source>
        <translation>Нумар выгрузкі: {export_id}</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/export_cmd.py" line="92"/>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation>Адбітак ключа подпісу: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/export_cmd.py" line="95"/>
        <source>These exhibits could not be read and are shown as missing: {numbers}</source>
        <translation>Гэтыя доказы не ўдалося прачытаць, яны паказаны як адсутныя: {numbers}</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/export_cmd.py" line="102"/>
        <source>Say what to write, e.g. --json OUT.json or --pdf OUT.pdf.</source>
        <translation>Пакажыце, што запісаць, напрыклад --json OUT.json або --pdf OUT.pdf.</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/export_cmd.py" line="106"/>
        <source>--bundle and --csv go with --pdf OUT.pdf.</source>
        <translation>--bundle і --csv пазначаюцца разам з --pdf OUT.pdf.</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/export_cmd.py" line="108"/>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
