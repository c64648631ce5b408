<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY">
<context>
    <name>AccessNotice</name>
    <message numerus="yes">
        <location filename="../safeplan/ui/shell/journal_host.py" line="+130"/>
        <source>Failed attempts to open SafePlan since you last opened it: %n.</source>
        <translation>
            <numerusform>Няўдалых спроб адкрыць SafePlan з вашага мінулага ўваходу: %n.</numerusform>
            <numerusform>Няўдалых спроб адкрыць SafePlan з вашага мінулага ўваходу: %n.</numerusform>
            <numerusform>Няўдалых спроб адкрыць SafePlan з вашага мінулага ўваходу: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody tried to open SafePlan with a wrong passphrase since your last visit.</source>
        <translation>З вашага мінулага ўваходу ніхто не спрабаваў адкрыць SafePlan з няправільным паролем.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>Зразумела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this notice</source>
        <translation>Схаваць гэта паведамленне</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="+120"/>
        <source>Picture: {name}</source>
        <translation>Выява: {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text of {name}</source>
        <translation>Тэкст файла {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind of file cannot be shown here. It is kept safely in your journal.

Size: {size} bytes
SHA-256: {sha}</source>
        <translation>Такі файл нельга паказаць тут. Ён надзейна захоўваецца ў вашым дзённіку.

Памер: {size} байт
SHA-256: {sha}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the viewer</source>
        <translation>Закрыць прагляд</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <location line="+96"/>
        <source>That file could not be read. Nothing was added.</source>
        <translation>Гэты файл не атрымалася прачытаць. Нічога не дададзена.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a photo or file</source>
        <translation>Выберыце фота або файл</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no picture to paste. Take a screenshot first, then press Paste.</source>
        <translation>Няма выявы для ўстаўкі. Спачатку зрабіце здымак экрана, потым націсніце «Уставіць».</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A copy will leave the vault</source>
        <translation>Копія апынецца па-за абароненым сховішчам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To open this file in another program, a copy must be saved outside your protected journal. Anyone using this computer could find that copy. Delete it when you are done.</source>
        <translation>Каб адкрыць файл у іншай праграме, трэба захаваць копію па-за абароненым дзённікам. Кожны, хто карыстаецца гэтым камп’ютарам, можа знайсці гэтую копію. Выдаліце яе, калі скончыце.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy</source>
        <translation>Захаваць копію</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to save the copy</source>
        <translation>Куды захаваць копію</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy could not be saved there.</source>
        <translation>Не атрымалася захаваць копію ў гэтае месца.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Photos of injuries or damage, screenshots of messages. Drag files here, or paste a screenshot. The original is kept unchanged with its fingerprint, so a court can check it.</source>
        <translation>Фота траўмаў або пашкоджанняў, здымкі экрана з паведамленнямі. Перацягніце файлы сюды або ўстаўце здымак экрана. Арыгінал захоўваецца без змен разам з адбіткам (хэшам), таму суд можа яго праверыць.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos and files</source>
        <translation>Фота і файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add photo or file…</source>
        <translation>Дадаць фота або файл…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a photo or file</source>
        <translation>Дадаць фота або файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste screenshot</source>
        <translation>Уставіць здымак экрана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a screenshot from the clipboard</source>
        <translation>Уставіць здымак экрана з буфера абмену</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Паглядзець</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View the selected file</source>
        <translation>Паглядзець выбраны файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from entry</source>
        <translation>Прыбраць з запісу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected file from this entry</source>
        <translation>Прыбраць выбраны файл з гэтага запісу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in another program…</source>
        <translation>Адкрыць у іншай праграме…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy outside the vault and open it</source>
        <translation>Захаваць копію па-за сховішчам і адкрыць яе</translation>
    </message>
</context>
<context>
    <name>BodyMapWidget</name>
    <message>
        <location filename="../safeplan/ui/workspace/body_map.py" line="+252"/>
        <source>front</source>
        <translation>спераду</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>back</source>
        <translation>ззаду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no note yet)</source>
        <translation>(пакуль без апісання)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Click on the body where you were hurt. A numbered mark appears; write what it is beside it. Keyboard: arrows move, Page Up/Down switches front and back, Space places a mark.</source>
        <translation>Націсніце на тое месца цела, дзе ў вас траўма. З&apos;явіцца пазнака з нумарам; побач напішыце, што гэта. З клавіятуры: стрэлкі рухаюць, Page Up/Page Down пераключаюць «спераду» і «ззаду», прабел ставіць пазнаку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body map, front and back</source>
        <translation>Схема цела, спераду і ззаду</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrow keys move the cross, Page Up or Page Down switches front and back, Space places a mark, Delete removes the selected mark.</source>
        <translation>Стрэлкі рухаюць крыжык, Page Up або Page Down пераключаюць «спераду» і «ззаду», прабел ставіць пазнаку, Delete выдаляе выбраную пазнаку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks on the body map</source>
        <translation>Пазнакі на схеме цела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is at this mark (e.g. bruise, 3 cm):</source>
        <translation>Што ў гэтым месцы (напрыклад, сіняк, 3 см):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the selected mark</source>
        <translation>Апісанне выбранай пазнакі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this mark</source>
        <translation>Выдаліць гэтую пазнаку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected mark</source>
        <translation>Выдаліць выбраную пазнаку</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Front</source>
        <translation>Спераду</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Ззаду</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your right</source>
        <translation>ваш правы бок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your left</source>
        <translation>ваш левы бок</translation>
    </message>
</context>
<context>
    <name>CalculatorDecoy</name>
    <message>
        <location filename="../safeplan/ui/shell/calculator.py" line="+132"/>
        <source>Error</source>
        <translation>Памылка</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Clear</source>
        <translation>Ачысціць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete last digit</source>
        <translation>Сцерці апошнюю лічбу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent</source>
        <translation>Працэнт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divide</source>
        <translation>Падзяліць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiply</source>
        <translation>Памножыць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtract</source>
        <translation>Адняць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Скласці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change sign</source>
        <translation>Змяніць знак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal point</source>
        <translation>Дзесятковая коска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equals</source>
        <translation>Роўна</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calculator</source>
        <translation>Калькулятар</translation>
    </message>
</context>
<context>
    <name>ChronologyPdf</name>
    <message>
        <location filename="../safeplan/core/export/bundle.py" line="+26"/>
        <source>Evidence bundle {export_id}</source>
        <translation>Пакет доказаў {export_id}</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../safeplan/core/export/labels.py" line="+19"/>
        <source>Chronology of events</source>
        <translation>Храналогія падзей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronology of recorded incidents and evidence</source>
        <translation>Храналогія зафіксаваных здарэнняў і доказаў</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Старонка {page} з {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export ID</source>
        <translation>Нумар экспарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case reference</source>
        <translation>Нумар справы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerning</source>
        <translation>У дачыненні да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Перыяд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all recorded dates</source>
        <translation>усе запісаныя даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {start} to {end}</source>
        <translation>з {start} па {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on</source>
        <translation>Дата складання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>беларуская</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>Адбор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all forms of abuse</source>
        <translation>усе формы гвалту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all people</source>
        <translation>усе асобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensitive medical notes included</source>
        <translation>канфідэнцыйныя медыцынскія запісы ўключаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensitive medical notes left out</source>
        <translation>канфідэнцыйныя медыцынскія запісы не ўключаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>addresses left out</source>
        <translation>адрасы не паказаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some names replaced by initials</source>
        <translation>некаторыя імёны заменены ініцыяламі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries in the chronology</source>
        <translation>Запісаў у храналогіі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Здарэнні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Паведамленні</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Medical notes</source>
        <translation>Медыцынскія запісы</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Legal events</source>
        <translation>Юрыдычныя падзеі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+48"/>
        <location line="+38"/>
        <source>Exhibits</source>
        <translation>Доказы</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Each entry shows when the event happened (as exactly as it is known) and, separately, when it was written down by the computer clock. Approximate dates are marked as such. Exhibits are numbered E1, E2 … and their SHA-256 fingerprints are listed so that any change to a file can be detected.</source>
        <translation>У кожным запісе пазначана, калі адбылася падзея (настолькі дакладна, наколькі гэта вядома), і асобна — калі яна была запісана па гадзінніку камп’ютара. Прыблізныя даты адзначаны як прыблізныя. Доказы пранумараваны E1, E2 … і для кожнага прыведзены адбітак SHA-256, па якім можна выявіць любую змену файла.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>Зводка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents by form of abuse</source>
        <translation>Здарэнні па формах гвалту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form of abuse</source>
        <translation>Форма гвалту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Колькасць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents per month, by severity</source>
        <translation>Здарэнні па месяцах і па цяжкасці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages per day</source>
        <translation>Паведамленні па днях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dated entries to show.</source>
        <translation>Няма датаваных запісаў.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Цяжкасць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not rated</source>
        <translation>не ацэнена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronological table</source>
        <translation>Храналагічная табліца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Дата і час</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Асобы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full entries</source>
        <translation>Поўныя запісы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. {number} · {kind} · {when}</source>
        <translation>№ {number} · {kind} · {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded on</source>
        <translation>Запісана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amended on</source>
        <translation>Зменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never amended</source>
        <translation>не змянялася</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision of the date</source>
        <translation>Дакладнасць даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approximately</source>
        <translation>прыблізна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date not known</source>
        <translation>дата невядомая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone assumed</source>
        <translation>гадзінны пояс меркаваны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as remembered</source>
        <translation>як запомнілася</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{quote}”</source>
        <translation>«{quote}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[{count} more characters of this field are not printed here; the full text is in the CSV file and in the journal.]</source>
        <translation>[яшчэ {count} знакаў гэтага поля тут не надрукаваны; поўны тэкст ёсць у файле CSV і ў журнале.]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>зроблена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still needed</source>
        <translation>яшчэ трэба</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+25"/>
        <source>Short summary</source>
        <translation>Коратка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Дзе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who did it</source>
        <translation>Хто гэта зрабіў</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation>Сведкі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms of abuse</source>
        <translation>Формы гвалту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened (facts)</source>
        <translation>Што адбылося (факты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words said, word for word</source>
        <translation>Сказаныя словы, даслоўна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it affected her</source>
        <translation>Як гэта на яе паўплывала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injuries</source>
        <translation>Цялесныя пашкоджанні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property damage</source>
        <translation>Пашкоджанне маёмасці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weapons</source>
        <translation>Зброя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children present</source>
        <translation>Прысутнічалі дзеці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the children reacted</source>
        <translation>Як адрэагавалі дзеці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police</source>
        <translation>Міліцыя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacted on</source>
        <translation>зварот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station</source>
        <translation>аддзел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report number</source>
        <translation>нумар заявы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>officer</source>
        <translation>супрацоўнік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>вынік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not contacted</source>
        <translation>не звярталася</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What she did afterwards</source>
        <translation>Што яна зрабіла пасля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to earlier entries</source>
        <translation>Звязана з больш раннімі запісамі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence still needed</source>
        <translation>Якіх доказаў яшчэ не хапае</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Пазнакі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility</source>
        <translation>Установа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practitioner</source>
        <translation>Лекар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of visit</source>
        <translation>Від звароту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Выяўлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment</source>
        <translation>Лячэнне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (certificate numbers)</source>
        <translation>Дакументы (нумары даведак)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related incidents</source>
        <translation>Звязаныя здарэнні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body map</source>
        <translation>Схема цела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Нумар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>front</source>
        <translation>спераду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back</source>
        <translation>ззаду</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message transcripts</source>
        <translation>Тэксты паведамленняў</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages are grouped by conversation. Cite a message by its number (for example C1.0003) and the page number. Times are the original times from the source file.</source>
        <translation>Паведамленні згрупаваны па перапісках. Спасылайцеся на паведамленне па яго нумары (напрыклад, C1.0003) і нумары старонкі. Час пазначаны зыходны, з файла-крыніцы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversation C{number}: {title}</source>
        <translation>Перапіска C{number}: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>ад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>каму</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>крыніца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>зменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forwarded from</source>
        <translation>перасланае ад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply to</source>
        <translation>адказ на</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no text)</source>
        <translation>(без тэксту)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List of exhibits</source>
        <translation>Спіс доказаў</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprints are of the original files as they were added to the journal; spaces are added only for readability.</source>
        <translation>Адбіткі SHA-256 адносяцца да зыходных файлаў у тым выглядзе, у якім яны былі дададзены ў журнал; прабелы дададзены толькі для зручнасці чытання.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File name</source>
        <translation>Імя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тып</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Памер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Запісана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exhibit {number}</source>
        <translation>Доказ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken on</source>
        <translation>Знята</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Подпіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to by</source>
        <translation>Згадваецца ў</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is scaled to fit the page and turned upright; the original file is unchanged and identified by the SHA-256 above.</source>
        <translation>Выява паменшана па памеры старонкі і павернута правільна; зыходны файл не зменены і вызначаецца па SHA-256, пазначаным вышэй.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file cannot be shown on paper. The original is provided with the evidence bundle and can be identified by its SHA-256.</source>
        <translation>Гэты файл нельга паказаць на паперы. Арыгінал дададзены да пакета доказаў і вызначаецца па яго SHA-256.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This picture could not be displayed (the file is damaged or in an unknown format). The original file is kept unchanged and can be identified by its SHA-256.</source>
        <translation>Гэту выяву не ўдалося паказаць (файл пашкоджаны або ў невядомым фармаце). Зыходны файл захаваны без змен і вызначаецца па яго SHA-256.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The content of this file could not be read from the journal.</source>
        <translation>Змесціва гэтага файла не ўдалося прачытаць з журнала.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} bytes</source>
        <translation>{size} байтаў</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integrity and how to check this document</source>
        <translation>Цэласнасць і як праверыць гэты дакумент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal chain head</source>
        <translation>Вяршыня ланцужка журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifest statement SHA-256</source>
        <translation>SHA-256 заявы маніфеста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key fingerprint</source>
        <translation>Адбітак ключа подпісу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifest file</source>
        <translation>Файл маніфеста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change to an entry is kept as a new revision in a hash chain; the chain head above identifies the exact state of the journal this document was made from. A manifest file is written beside this PDF. It lists the SHA-256 of this PDF and of every exhibit and is signed with a key kept inside the journal. A document cannot contain its own fingerprint, so this page prints the fingerprint of the signed statement part of the manifest and of the signing key; the manifest in turn holds the fingerprint of this PDF.</source>
        <translation>Кожная змена запісу захоўваецца як новая версія ў ланцужку хэшаў; вяршыня ланцужка вышэй паказвае дакладны стан журнала, з якога складзены гэты дакумент. Побач з гэтым PDF запісаны файл маніфеста. У ім пералічаны SHA-256 гэтага PDF і кожнага доказу, і ён падпісаны ключом, які захоўваецца ўнутры журнала. Дакумент не можа ўтрымліваць уласны адбітак, таму на гэтай старонцы надрукаваны адбітак падпісанай часткі маніфеста (заявы) і адбітак ключа подпісу; маніфест, у сваю чаргу, утрымлівае адбітак гэтага PDF.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How to check</source>
        <translation>Як праверыць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With SafePlan: run “safeplan verify {pdf}”. It checks the signature, this PDF and any exhibit files beside it and says in plain words what matches and what does not. No password is needed.</source>
        <translation>З дапамогай SafePlan: выканайце «safeplan verify {pdf}». Праграма праверыць подпіс, гэты PDF і файлы доказаў побач з ім і простымі словамі паведаміць, што супадае, а што не. Пароль не патрэбны.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By hand: compute the SHA-256 of this PDF (for example “sha256sum {pdf}” or “certutil -hashfile {pdf} SHA256”) and compare it with the value “pdf.sha256” in {manifest}. Do the same for each exhibit file and the list of exhibits.</source>
        <translation>Уручную: вылічыце SHA-256 гэтага PDF (напрыклад, «sha256sum {pdf}» або «certutil -hashfile {pdf} SHA256») і параўнайце са значэннем «pdf.sha256» у {manifest}. Тое ж самае зрабіце для кожнага файла доказу і спіса доказаў.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare the signing key fingerprint above with the one the person who made this document gave you separately. A document changed after export, or bytes added to its end, will not match.</source>
        <translation>Параўнайце адбітак ключа подпісу вышэй з тым, які аўтар дакумента перадаў вам асобна. Дакумент, зменены пасля экспарту, або з байтамі, дададзенымі ў канец, не супадзе.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certification</source>
        <translation>Пасведчанне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I certify that the entries in this chronology were recorded by me at the recorded times shown, that they describe events as I experienced or witnessed them, and that the exhibits are true copies of the files I collected.</source>
        <translation>Я пасведчваю, што запісы ў гэтай храналогіі зроблены мной у пазначаны час запісу, што яны апісваюць падзеі так, як я іх перажыла або бачыла, і што доказы з’яўляюцца сапраўднымі копіямі сабраных мной файлаў.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signature</source>
        <translation>Подпіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Прозвішча, імя, імя па бацьку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incident</source>
        <translation>Здарэнне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical</source>
        <translation>Медыцына</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>Юрыдычнае</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Паведамленне</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>physical</source>
        <translation>фізічны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>psychological</source>
        <translation>псіхалагічны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>economic</source>
        <translation>эканамічны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual</source>
        <translation>сэксуальны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stalking</source>
        <translation>пераслед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threats</source>
        <translation>пагрозы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>property</source>
        <translation>маёмасць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>involving children</source>
        <translation>з удзелам дзяцей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digital</source>
        <translation>лічбавы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+11"/>
        <location line="+7"/>
        <source>other</source>
        <translation>іншае</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>эл. пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call</source>
        <translation>званок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social network</source>
        <translation>сацсетка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person</source>
        <translation>асабіста</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>incoming</source>
        <translation>уваходнае</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outgoing</source>
        <translation>выходнае</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>emergency</source>
        <translation>хуткая / прыёмны пакой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>general practitioner</source>
        <translation>участковы лекар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forensic examination</source>
        <translation>судова-медыцынская экспертыза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mental health</source>
        <translation>псіхічнае здароўе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>protection order</source>
        <translation>ахоўнае прадпісанне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>court hearing</source>
        <translation>судовае паседжанне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline</source>
        <translation>тэрмін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence to collect</source>
        <translation>доказы, якія трэба сабраць</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 low</source>
        <translation>1 нізкая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 moderate</source>
        <translation>2 умераная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 serious</source>
        <translation>3 сур’ёзная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 severe</source>
        <translation>4 цяжкая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 life-threatening</source>
        <translation>5 пагроза жыццю</translation>
    </message>
</context>
<context>
    <name>DecoyPage</name>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="+87"/>
        <source>The code must be 4 to 12 digits.</source>
        <translation>У кодзе павінна быць ад 4 да 12 лічбаў.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two codes are not the same yet.</source>
        <translation>Коды пакуль не супадаюць.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How it hides</source>
        <translation>Як праграма хаваецца</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To open SafePlan, type your code on a new line followed by = (for example {code}=). Anything else is just a note.</source>
        <translation>Каб адкрыць SafePlan, напішыце свой код з новага радка і адразу знак = (напрыклад, {code}=). Усё астатняе — проста нататкі.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To open SafePlan, type your code on the calculator and press = (for example {code} =). Any other number is just a sum.</source>
        <translation>Каб адкрыць SafePlan, набярыце свой код на калькулятары і націсніце = (напрыклад, {code} =). Любы іншы лік — проста вылічэнне.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When SafePlan starts, and whenever you leave it, it shows an ordinary screen. Which one would you like?</source>
        <translation>Калі SafePlan запускаецца і калі вы з яго выходзіце, на экране будзе звычайная праграма. Якую выбраць?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A calculator</source>
        <translation>Калькулятар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plain notes page</source>
        <translation>Простыя нататкі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret &amp;code (4 to 12 digits):</source>
        <translation>Сакрэтны &amp;код (ад 4 да 12 лічбаў):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret code</source>
        <translation>Сакрэтны код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the code &amp;again:</source>
        <translation>Набярыце код &amp;яшчэ раз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the secret code again</source>
        <translation>Набярыце сакрэтны код яшчэ раз</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../safeplan/ui/dialogs.py" line="+65"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Something went wrong</source>
        <translation>Нешта пайшло не так</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information</source>
        <translation>Паведамленне</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Exit</source>
        <translation>Выйсці</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit now</source>
        <translation>Выйсці зараз</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../safeplan/ui/plan/directory_page.py" line="+56"/>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poland</source>
        <translation>Польшча</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lithuania</source>
        <translation>Літва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Грузія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ukraine</source>
        <translation>Украіна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Germany</source>
        <translation>Германія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International</source>
        <translation>Міжнародныя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency</source>
        <translation>Экстранная дапамога</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hotline</source>
        <translation>Гарачая лінія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis room</source>
        <translation>Крызісны пакой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shelter</source>
        <translation>Прытулак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal aid</source>
        <translation>Юрыдычная дапамога</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Online help</source>
        <translation>Дапамога анлайн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Іншае</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Where to get help</source>
        <translation>Куды звярнуцца па дапамогу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This list works without internet. Numbers change: each entry says when it was last checked and where it comes from. You can correct, add or hide entries.</source>
        <translation>Гэты спіс працуе без інтэрнэту. Нумары мяняюцца: у кожнага запісу пазначана, калі яго правяралі і адкуль ён узяты. Вы можаце выпраўляць, дадаваць і хаваць запісы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show hidden entries</source>
        <translation>Паказаць схаваныя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a list from an organisation…</source>
        <translation>Загрузіць спіс ад арганізацыі…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Тэлефон</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Help services</source>
        <translation>Службы дапамогі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the chosen service</source>
        <translation>Падрабязнасці пра выбраную службу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Гадзіны працы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Від дапамогі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country code</source>
        <translation>Код краіны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Апісанне</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add new</source>
        <translation>Дадаць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo my changes</source>
        <translation>Адмяніць мае змены</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All countries</source>
        <translation>Усе краіны</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} (hidden)</source>
        <translation>{name} (схавана)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Phone: {phone}</source>
        <translation>Тэлефон: {phone}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours: {hours}</source>
        <translation>Гадзіны працы: {hours}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website: {url}</source>
        <translation>Сайт: {url}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last checked: {date}</source>
        <translation>Апошняя праверка: {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked against a source.</source>
        <translation>Не праверана па крыніцы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: {title} — {url}</source>
        <translation>Крыніца: {title} — {url}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed this entry.</source>
        <translation>Вы змянілі гэты запіс.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show again</source>
        <translation>Паказаць зноў</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide</source>
        <translation>Схаваць</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fill in the fields below, then Save.</source>
        <translation>Запоўніце палі ніжэй і націсніце «Захаваць».</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the directory file</source>
        <translation>Выберыце файл даведніка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was changed.</source>
        <translation>Нічога не зменена.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entry(ies) imported.</source>
        <translation>
            <numerusform>Загружаны %n запіс.</numerusform>
            <numerusform>Загружана %n запісы.</numerusform>
            <numerusform>Загружана %n запісаў.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="+134"/>
        <source>Ready</source>
        <translation>Гатова</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your recovery code. Write it on paper now and give it to someone you trust. It opens SafePlan if you forget your passphrase. It is shown only once.</source>
        <translation>Ваш код аднаўлення. Запішыце яго на паперы адразу і аддайце чалавеку, якому давяраеце. Ён адкрые SafePlan, калі вы забудзеце пароль. Код паказваецца толькі адзін раз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A short tour:
• To leave at once: press Shift three times, or the red Exit button. The ordinary screen comes back and your unfinished writing is kept.
• After some minutes without use, SafePlan locks itself.
• To come back: {door}
• Everything you write is saved as you go; old versions are kept.</source>
        <translation>Коратка пра галоўнае:
• Каб адразу сысці: націсніце Shift тры разы або чырвоную кнопку «Выйсці». Вернецца звычайны экран, а недапісанае захаваецца.
• Калі некалькі хвілін нічога не рабіць, SafePlan сам заблакуецца.
• Каб вярнуцца: {door}
• Усё, што вы пішаце, захоўваецца адразу; ранейшыя версіі не прападаюць.</translation>
    </message>
</context>
<context>
    <name>DuressPage</name>
    <message>
        <location line="-89"/>
        <source>Type the second passphrase (at least 4 characters).</source>
        <translation>Увядзіце другі пароль (не карацей за 4 знакі).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Паролі пакуль не супадаюць.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The second passphrase must be different from your real one.</source>
        <translation>Другі пароль павінен адрознівацца ад сапраўднага.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If someone forces you</source>
        <translation>Калі вас прымусяць</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You can set a second passphrase. If someone forces you to open SafePlan, type it instead: a separate journal opens, with a few ordinary entries you can change. Nothing in it mentions your real journal. This step is optional.</source>
        <translation>Можна задаць другі пароль. Калі вас прымусяць адкрыць SafePlan, увядзіце яго замест сапраўднага: адкрыецца асобны дзённік з некалькімі звычайнымі запісамі, якія можна мяняць. У ім няма ні слова пра ваш сапраўдны дзённік. Гэты крок можна прапусціць.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set a second passphrase</source>
        <translation>Задаць другі пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second &amp;passphrase:</source>
        <translation>Другі &amp;пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second passphrase</source>
        <translation>Другі пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it &amp;again:</source>
        <translation>Увядзіце &amp;яшчэ раз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the second passphrase again</source>
        <translation>Увядзіце другі пароль яшчэ раз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limits: someone who copies the computer&apos;s disk several times could notice that saved files change in size when you use your real journal.</source>
        <translation>Абмежаванне: калі нехта некалькі разоў скапіруе дыск камп’ютара, ён можа заўважыць, што захаваныя файлы мяняюцца ў памеры, калі вы карыстаецеся сапраўдным дзённікам.</translation>
    </message>
</context>
<context>
    <name>DuressSample</name>
    <message>
        <location filename="../safeplan/ui/shell/duress_sample.py" line="+27"/>
        <source>Mum</source>
        <translation>Мама</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mother</source>
        <translation>маці</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call on Sundays.</source>
        <translation>Тэлефанаваць па нядзелях.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Dr. Novak</source>
        <translation>Доктар Новак</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>family doctor</source>
        <translation>сямейны лекар</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>City clinic</source>
        <translation>Гарадская паліклініка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine check-up. Blood pressure normal.</source>
        <translation>Планавы агляд. Ціск у норме.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vitamin D in winter.</source>
        <translation>Вітамін D зімой.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Neighbour and the parking space</source>
        <translation>Сусед і месца на паркоўцы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The neighbour from the third floor parked in our space again and shouted when I asked him to move the car.</source>
        <translation>Сусед з трэцяга паверха зноў паставіў машыну на наша месца і накрычаў, калі я папрасіла яе пераставіць.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annoying. I will ask the building manager.</source>
        <translation>Непрыемна. Спытаю ў кіраўніка дома.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yard</source>
        <translation>Двор</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../safeplan/ui/workspace/entry_list_model.py" line="+55"/>
        <source>around {date}</source>
        <translation>прыблізна {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date not known</source>
        <translation>дата невядомая</translation>
    </message>
</context>
<context>
    <name>EntryPicker</name>
    <message>
        <location filename="../safeplan/ui/workspace/people_page.py" line="+128"/>
        <source>Choose from the list…</source>
        <translation>Выберыце са спіса…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{what}: chosen</source>
        <translation>{what}: выбрана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: choose from the list</source>
        <translation>{what}: выбар са спіса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: new name</source>
        <translation>{what}: новае імя</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add</source>
        <translation>Дадаць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the chosen one</source>
        <translation>Дадаць выбранага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Прыбраць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected one</source>
        <translation>Прыбраць вылучанага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type a new name</source>
        <translation>Або ўпішыце новае імя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add new person</source>
        <translation>Дадаць чалавека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new person with this name</source>
        <translation>Дадаць новага чалавека з гэтым імем</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(removed)</source>
        <translation>(выдалена)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../safeplan/ui/strings.py" line="+22"/>
        <source>That passphrase did not open it. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Гэты пароль не падышоў. Праверце мову клавіятуры і Caps Lock і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved data could not be read; it may be damaged. If you have a backup, you can restore it from there.</source>
        <translation>Захаваныя даныя не атрымалася прачытаць: магчыма, яны пашкоджаныя. Калі ў вас ёсць рэзервовая копія, можна аднавіць усё з яе.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is already open in another window. Close that window first.</source>
        <translation>Дзённік ужо адкрыты ў іншым акне. Спачатку зачыніце тое акно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already saved data in that place. Choose another folder.</source>
        <translation>У гэтым месцы ўжо ёсць захаваныя даныя. Выберыце іншую папку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved data was not found. If it is on a USB stick, plug the stick in and try again.</source>
        <translation>Захаваныя даныя не знойдзены. Калі яны на флэшцы, устаўце яе і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was locked. Open it again to continue.</source>
        <translation>Дзённік заблакаваны. Каб працягнуць, адкрыйце яго зноў.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file could not be read (problem at {where}).</source>
        <translation>Гэты файл не атрымалася прачытаць (памылка ў месцы: {where}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be read.</source>
        <translation>Гэты файл не атрымалася прачытаць.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Спынена. Нічога не змянілася.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full or cannot be written to. Nothing was lost; free some space and try again.</source>
        <translation>Дыск запоўнены або на яго нельга запісваць. Нічога не прапала: вызваліце месца і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That entry no longer exists.</source>
        <translation>Гэтага запісу больш няма.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check failed: the files do not match what was signed.</source>
        <translation>Праверка не пройдзена: файлы не супадаюць з тым, што было падпісана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Нешта пайшло не так. Нічога не змянілася.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The file or folder could not be used. Check that it is still there.</source>
        <translation>Не атрымалася адкрыць файл або папку. Праверце, што яны на месцы.</translation>
    </message>
</context>
<context>
    <name>EscalationChart</name>
    <message>
        <location filename="../safeplan/ui/workspace/escalation_chart.py" line="+86"/>
        <source>not rated</source>
        <translation>без ацэнкі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severity {n}</source>
        <translation>цяжкасць {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No incidents with a date yet.</source>
        <translation>Пакуль няма выпадкаў з датай.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} incidents over {months} months. Most in {month}: {most}.</source>
        <translation>Выпадкаў: {n} за {months} мес. Найбольш у {month}: {most}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+56"/>
        <source>Incidents per month, by severity</source>
        <translation>Выпадкі па месяцах і па цяжкасці</translation>
    </message>
</context>
<context>
    <name>ExportOptionsForm</name>
    <message>
        <location filename="../safeplan/ui/workspace/export_options.py" line="+168"/>
        <source>(no name)</source>
        <translation>(без імя)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The start date is after the end date. Change one of them.</source>
        <translation>Пачатковая дата пазней за канчатковую. Змяніце адну з іх.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These choices cannot be used together. Check the dates and try again.</source>
        <translation>Гэтыя налады нельга выкарыстоўваць разам. Праверце даты і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A4 (Europe)</source>
        <translation>A4 (Еўропа)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter (USA, Canada)</source>
        <translation>Letter (ЗША, Канада)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the PDF:</source>
        <translation>Мова PDF:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paper size:</source>
        <translation>Памер паперы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only from this date:</source>
        <translation>Толькі пачынаючы з даты:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only up to this date:</source>
        <translation>Толькі да даты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number (optional):</source>
        <translation>Нумар справы (неабавязкова):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom it concerns (optional):</source>
        <translation>Каго датычыць (неабавязкова):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit the start date</source>
        <translation>Абмежаваць пачатковую дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the end date</source>
        <translation>Абмежаваць канчатковую дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Пачатковая дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Канчатковая дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the PDF</source>
        <translation>Мова PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Памер паперы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Нумар справы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom it concerns</source>
        <translation>Каго датычыць</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forms of abuse to include (none ticked = all):</source>
        <translation>Якія віды гвалту ўключыць (нічога не адзначана = усе):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include {form}</source>
        <translation>Уключыць: {form}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only entries about these people (none ticked = all):</source>
        <translation>Толькі запісы пра гэтых людзей (ніхто не адзначаны = усе):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People to include</source>
        <translation>Каго ўключыць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Прыватнасць</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Include private notes</source>
        <translation>Уключыць асабістыя запісы</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Private notes (e.g. mental-health visits) are left out unless you tick this.</source>
        <translation>Асабістыя запісы (напрыклад, візіты да псіхолага) не трапяць у PDF, калі не паставіць гэтую адзнаку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Leave out addresses and places</source>
        <translation>Не паказваць адрасы і месцы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print only the initials of these people:</source>
        <translation>Друкаваць толькі ініцыялы гэтых людзей:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People shown by initials only</source>
        <translation>Людзі, паказаныя толькі ініцыяламі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra files</source>
        <translation>Дадатковыя файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also a spreadsheet (CSV) for the lawyer</source>
        <translation>Яшчэ табліца (CSV) для юрыста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write a spreadsheet</source>
        <translation>Таксама захаваць табліцу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also a ZIP bundle with the original files</source>
        <translation>Яшчэ ZIP-архіў з зыходнымі файламі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write a ZIP bundle with the original files</source>
        <translation>Таксама захаваць ZIP-архіў з зыходнымі файламі</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/export_page.py" line="+228"/>
        <source>Stopping…</source>
        <translation>Спыняем…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where to save the PDF</source>
        <translation>Куды захаваць PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Дакументы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the file?</source>
        <translation>Замяніць файл?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file with this name is already there. Replace it?</source>
        <translation>Файл з такой назвай ужо ёсць. Замяніць яго?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Замяніць</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making the PDF… You can press Cancel at any time.</source>
        <translation>Ствараем PDF… Можна ў любы момант націснуць «Скасаваць».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {name}: {entries} entries, {messages} messages, {exhibits} exhibits. The check file {manifest} is beside it; keep both together.</source>
        <translation>Захавана: {name}. Запісаў: {entries}, паведамленняў: {messages}, дадаткаў: {exhibits}. Побач ляжыць файл праверкі {manifest}; захоўвайце іх разам.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preparing the preview…</source>
        <translation>Рыхтуем папярэдні прагляд…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF will hold {entries} entries, {messages} messages and {exhibits} exhibits.</source>
        <translation>У PDF будзе запісаў: {entries}, паведамленняў: {messages}, дадаткаў: {exhibits}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n page(s). The first pages are shown below.</source>
        <translation>
            <numerusform>%n старонка. Першыя старонкі паказаны ніжэй.</numerusform>
            <numerusform>%n старонкі. Першыя старонкі паказаны ніжэй.</numerusform>
            <numerusform>%n старонак. Першыя старонкі паказаны ніжэй.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Pictures of the pages cannot be shown on this computer.)</source>
        <translation>(На гэтым камп&apos;ютары нельга паказаць выявы старонак.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of page {n}</source>
        <translation>Папярэдні прагляд старонкі {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview ready.</source>
        <translation>Папярэдні прагляд гатовы.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Stopped. No file was written.</source>
        <translation>Спынена. Файл не запісаны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export did not finish. No file was written.</source>
        <translation>Экспарт не завершаны. Файл не запісаны.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export for a lawyer or court</source>
        <translation>Экспарт для юрыста або суда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a PDF of your journal that a lawyer or judge can read and check, with a check file beside it. Choose what goes in, look at the preview, then export.</source>
        <translation>Стварае PDF вашага журнала, які юрыст або суддзя можа прачытаць і праверыць, і побач файл праверкі. Выберыце, што ўключыць, паглядзіце папярэдні прагляд, потым экспартуйце.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a preview</source>
        <translation>Паказаць папярэдні прагляд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a preview of the first pages</source>
        <translation>Паказаць папярэдні прагляд першых старонак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Экспарт у PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the PDF to a folder you choose</source>
        <translation>Захаваць PDF у выбраную папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the export</source>
        <translation>Скасаваць экспарт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Ход экспарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview pages</source>
        <translation>Старонкі папярэдняга прагляду</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="+184"/>
        <source>Any person</source>
        <translation>Любы чалавек</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no name)</source>
        <translation>(без імя)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Search words in your journal…</source>
        <translation>Пошук па словах у дзённіку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From date</source>
        <translation>З даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until date</source>
        <translation>Па дату</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Only from a date</source>
        <translation>Толькі пачынаючы з даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Па</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only until a date</source>
        <translation>Толькі да даты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any form of abuse</source>
        <translation>Любы від гвалту</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Form of abuse</source>
        <translation>Від гвалту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Чалавек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only with photos or files</source>
        <translation>Толькі з фота або файламі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries with photos or files</source>
        <translation>Толькі запісы з фота або файламі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>Паказаць усё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and filters</source>
        <translation>Скінуць пошук і фільтры</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../safeplan/ui/shell/first_run.py" line="+213"/>
        <source>Step {number} of {total}</source>
        <translation>Крок {number} з {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Start</source>
        <translation>&amp;Пачаць</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create</source>
        <translation>&amp;Стварыць</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>&amp;Далей</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>type your code on a new line and then =.</source>
        <translation>напішыце свой код з новага радка і потым =.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type your code on the calculator and press =.</source>
        <translation>набярыце свой код на калькулятары і націсніце =.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>Setting up… this takes a few seconds.</source>
        <translation>Наладжваем… гэта зойме некалькі секунд.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <location filename="../safeplan/ui/plan/guides_page.py" line="+150"/>
        <source>Know your options</source>
        <translation>Вашы магчымасці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft application</source>
        <translation>Чарнавік заявы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guides</source>
        <translation>Памяткі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the guide</source>
        <translation>Тэкст памяткі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft outline</source>
        <translation>Чарнавік плана заявы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft outline of a private-prosecution application</source>
        <translation>Чарнавік плана заявы па справе прыватнага абвінавачання</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the incidents, witnesses and evidence to include. SafePlan puts them in the usual order of such an application. It is a DRAFT to check with a lawyer.</source>
        <translation>Адзначце здарэнні, сведак і доказы, якія трэба ўключыць. SafePlan размесціць іх у звычайным парадку такой заявы. Гэта ЧАРНАВІК для праверкі юрыстам.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents</source>
        <translation>Здарэнні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation>Сведкі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence (files)</source>
        <translation>Доказы (файлы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the outline</source>
        <translation>Мова чарнавіка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the outline</source>
        <translation>Скласці чарнавік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as a text file…</source>
        <translation>Захаваць як тэкставы файл…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sources</source>
        <translation>Крыніцы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last checked: {date}</source>
        <translation>Апошняя праверка: {date}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Save outside the vault</source>
        <translation>Захаваць па-за сховішчам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text file is not encrypted: anyone with this computer or the file can read it. Save it only where it is safe, for example on your own USB stick to give to a lawyer.</source>
        <translation>Тэкставы файл не зашыфраваны: яго можа прачытаць любы, у каго ёсць гэты камп&apos;ютар або файл. Захоўвайце яго толькі ў надзейным месцы, напрыклад на сваёй флэшцы, каб перадаць юрысту.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save</source>
        <translation>Выбраць, куды захаваць</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the draft outline</source>
        <translation>Захаваць чарнавік</translation>
    </message>
</context>
<context>
    <name>HandoverWizard</name>
    <message>
        <location filename="../safeplan/ui/plan/handover_wizard.py" line="+167"/>
        <source>Hand-over to her USB stick</source>
        <translation>Перадача на яе флэшку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. Choose her USB stick</source>
        <translation>1. Выберыце яе флэшку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plug in her USB stick and choose a folder on it. An encrypted copy of everything goes there. Only her passphrase opens it.</source>
        <translation>Устаўце яе флэшку і выберыце на ёй тэчку. Туды трапіць зашыфраваная копія ўсяго. Адкрыць яе можна толькі яе паролем.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the folder…</source>
        <translation>Выбраць тэчку…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>2. Save the copy</source>
        <translation>2. Захавайце копію</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This saves an encrypted copy on the stick and checks every file after writing. It can take a minute.</source>
        <translation>Захоўваецца зашыфраваная копія на флэшку, і кожны файл правяраецца пасля запісу. Гэта можа заняць хвіліну.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save to the stick</source>
        <translation>Захаваць на флэшку</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>3. Check that the copy opens</source>
        <translation>3. Праверце, што копія адкрываецца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>She types her passphrase. SafePlan opens the copy on the stick, counts the entries and checks their history. Nothing is removed unless this works.</source>
        <translation>Яна ўводзіць свой пароль. SafePlan адкрывае копію на флэшцы, лічыць запісы і правярае іх гісторыю. Пакуль гэта не атрымалася, нічога не выдаляецца.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the copy</source>
        <translation>Праверыць копію</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>4. Remove SafePlan&apos;s files from this laptop</source>
        <translation>4. Выдаліце файлы SafePlan з гэтага ноўтбука</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are all the files SafePlan wrote on this laptop. They will be deleted. They were encrypted, but the disk may keep traces the app cannot erase; on a high-risk laptop use a clean device next time.</source>
        <translation>Гэта ўсе файлы, якія SafePlan запісаў на гэты ноўтбук. Яны будуць выдалены. Яны былі зашыфраваныя, але на дыску могуць застацца сляды, якія праграма сцерці не можа; калі рызыка высокая, наступным разам выкарыстоўвайце чыстую прыладу.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+102"/>
        <source>Remove from this laptop</source>
        <translation>Выдаліць з гэтага ноўтбука</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>5. Done</source>
        <translation>5. Гатова</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Checklist before you give the stick back:</source>
        <translation>Праверце, перш чым аддаць флэшку:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Files to remove from this laptop</source>
        <translation>Файлы, якія будуць выдалены з гэтага ноўтбука</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close SafePlan</source>
        <translation>Закрыць SafePlan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a folder on her USB stick</source>
        <translation>Выберыце тэчку на яе флэшцы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That folder cannot be used: choose a folder on her USB stick, not on this laptop.</source>
        <translation>Гэтую тэчку нельга выкарыстаць: выберыце тэчку на яе флэшцы, а не на гэтым ноўтбуку.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working… please wait.</source>
        <translation>Ідзе праца… пачакайце, калі ласка.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The copy is saved on the stick.</source>
        <translation>Копія захавана на флэшцы.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The copy opened, but it does not match (it holds {n} of {m} entries). Save the copy again before removing anything.</source>
        <translation>Копія адкрылася, але не супадае (у ёй {n} з {m} запісаў). Захавайце копію яшчэ раз, перш чым нешта выдаляць.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy opens with her passphrase and holds all {n} entries.</source>
        <translation>Копія адкрываецца яе паролем, і ў ёй усе запісы ({n}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder on this laptop: {folder}</source>
        <translation>Тэчка на гэтым ноўтбуку: {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SafePlan wrote nothing on this laptop.</source>
        <translation>SafePlan нічога не запісаў на гэты ноўтбук.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Her vault is not in this folder (it is in {folder}); it is left as it is.</source>
        <translation>Яе сховішча не ў гэтай тэчцы (яно ў {folder}); яго не чапаем.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete SafePlan&apos;s files from this laptop now? The copy on the stick stays. SafePlan will lock.</source>
        <translation>Выдаліць файлы SafePlan з гэтага ноўтбука зараз? Копія на флэшцы застанецца. SafePlan заблакуецца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Encrypted copy saved on her USB stick</source>
        <translation>Зашыфраваная копія захавана на яе флэшцы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy opens with her passphrase</source>
        <translation>Копія адкрываецца яе паролем</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) and folder(s) removed from this laptop</source>
        <translation>
            <numerusform>З гэтага ноўтбука выдалены %n файл або тэчка</numerusform>
            <numerusform>З гэтага ноўтбука выдалена %n файлы або тэчкі</numerusform>
            <numerusform>З гэтага ноўтбука выдалена %n файлаў і тэчак</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still on this laptop:</source>
        <translation>Яшчэ засталося на ноўтбуку:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing of SafePlan is left in {folder}</source>
        <translation>У {folder} нічога ад SafePlan не засталося</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now close SafePlan and take the stick out.</source>
        <translation>Цяпер закрыйце SafePlan і выміце флэшку.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../safeplan/ui/workspace/history_dialog.py" line="+43"/>
        <source>History of this entry</source>
        <translation>Гісторыя гэтага запісу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every change is kept. The time shown is when it was written down on this computer — courts give more weight to notes written soon after the events.</source>
        <translation>Кожная змена захоўваецца. Паказаны час, калі запіс зроблены на гэтым камп’ютары, — суды больш давяраюць запісам, зробленым неўзабаве пасля падзей.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Versions</source>
        <translation>Версіі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed in this version</source>
        <translation>Што змянілася ў гэтай версіі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Стала</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bring back this version</source>
        <translation>Вярнуць гэтую версію</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring back the selected version as a new version</source>
        <translation>Вярнуць выбраную версію як новую версію</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the history</source>
        <translation>Закрыць гісторыю</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Version {n} · {action}
{when}</source>
        <translation>Версія {n} · {action}
{when}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>first written</source>
        <translation>першы запіс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>зменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to trash</source>
        <translation>перанесена ў сметніцу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>taken back from trash</source>
        <translation>вернута са сметніцы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed for good</source>
        <translation>выдалена назаўсёды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How exact the date is</source>
        <translation>Наколькі дакладная дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date as remembered</source>
        <translation>Дата, як вы яе памятаеце</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short title</source>
        <translation>Кароткая назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Што здарылася</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exact words said</source>
        <translation>Дакладныя словы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it affected me</source>
        <translation>Як гэта на мяне паўплывала</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Дзе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms of abuse</source>
        <translation>Віды гвалту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How serious</source>
        <translation>Наколькі сур’ёзна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injuries</source>
        <translation>Траўмы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damage to things</source>
        <translation>Псаванне рэчаў</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weapons or objects used</source>
        <translation>Зброя або прадметы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who did it</source>
        <translation>Хто гэта зрабіў</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Witnesses</source>
        <translation>Сведкі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children present</source>
        <translation>Дзеці былі побач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the children reacted</source>
        <translation>Як адрэагавалі дзеці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police</source>
        <translation>Міліцыя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medical visits</source>
        <translation>Звароты да лекара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I did afterwards</source>
        <translation>Што я зрабіла потым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked earlier incidents</source>
        <translation>Звязаныя ранейшыя выпадкі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence still needed</source>
        <translation>Якіх доказаў яшчэ не хапае</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Пазнакі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and files</source>
        <translation>Фота і файлы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who they are</source>
        <translation>Хто гэта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship</source>
        <translation>Кім прыходзіцца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Кантакт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contacted</source>
        <translation>звярталася</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>when</source>
        <translation>калі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station</source>
        <translation>аддзел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>report number</source>
        <translation>нумар заявы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>officer</source>
        <translation>супрацоўнік</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>what they did</source>
        <translation>што зрабілі</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(removed)</source>
        <translation>(выдалена)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/import_page.py" line="+149"/>
        <source>Stopping…</source>
        <translation>Спыняем…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the exported chat, SMS backup, e-mail or photo</source>
        <translation>Выберыце выгружаны чат, рэзервовую копію SMS, ліст або фота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports (*.json *.txt *.zip *.xml *.eml *.jpg *.jpeg *.png *.heic);;All files (*)</source>
        <translation>Экспартаваныя файлы (*.json *.txt *.zip *.xml *.eml *.jpg *.jpeg *.png *.heic);;Усе файлы (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading {name}…</source>
        <translation>Чытаем {name}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a time zone from the list, for example Europe/Minsk.</source>
        <translation>Выберыце часавы пояс са спіса, напрыклад Europe/Minsk.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing is saved yet. Check the summary, then press Import to save it all.</source>
        <translation>Пакуль нічога не захавана. Праверце зводку, потым націсніце «Імпартаваць», каб захаваць усё.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saving into your journal… Cancel leaves it as it was.</source>
        <translation>Захоўваем у журнал… «Скасаваць» пакіне яго як было.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Tick at least one chat to import.</source>
        <translation>Адзначце хоць бы адзін чат для імпарту.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>messages</source>
        <translation>паведамл.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>people</source>
        <translation>чал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files</source>
        <translation>файлаў</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incidents</source>
        <translation>выпадкаў</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medical visits</source>
        <translation>візітаў да ўрача</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>legal dates</source>
        <translation>юрыдычных дат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>danger checks</source>
        <translation>праверак небяспекі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing new: all {n} item(s) in this file are already in your journal.</source>
        <translation>Нічога новага: усе запісы з гэтага файла ({n}) ужо ёсць у журнале.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved in your journal: {parts}. Already there and skipped: {skipped}.</source>
        <translation>Захавана ў журнал: {parts}. Ужо былі і прапушчаны: {skipped}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stopped. Nothing was added to your journal.</source>
        <translation>Спынена. У журнал нічога не дададзена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added to your journal.</source>
        <translation>У журнал нічога не дададзена.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} could not be read (problem at {where}). Nothing was added to your journal.</source>
        <translation>Не ўдалося прачытаць {file} (памылка: {where}). У журнал нічога не дададзена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} could not be read. Nothing was added to your journal.</source>
        <translation>Не ўдалося прачытаць {file}. У журнал нічога не дададзена.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the time zone, then press Read again.</source>
        <translation>Выберыце часавы пояс і націсніце «Прачытаць зноў».</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import messages and files</source>
        <translation>Імпарт паведамленняў і файлаў</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in a chat exported from Telegram or WhatsApp, an SMS backup, an e-mail, a photo, or a SafePlan journal file. You will see what is in it before anything is saved, and it is saved all at once or not at all.</source>
        <translation>Дадайце чат, выгружаны з Telegram або WhatsApp, рэзервовую копію SMS, ліст, фота або файл журнала SafePlan. Вы ўбачыце, што ў ім, да захавання, і ён захаваецца цалкам або не захаваецца зусім.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file…</source>
        <translation>Выбраць файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file to import</source>
        <translation>Выбраць файл для імпарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep where photos were taken (GPS)</source>
        <translation>Захаваць, дзе зроблены фота (GPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the GPS location of photos</source>
        <translation>Захаваць GPS-каардынаты фота</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file does not say which time zone its times are in. Choose the zone the phone or computer was set to when the messages were sent:</source>
        <translation>У гэтым файле не пазначаны часавы пояс. Выберыце пояс, які быў усталяваны на тэлефоне або камп&apos;ютары, калі адпраўляліся паведамленні:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone of the file</source>
        <translation>Часавы пояс файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read again</source>
        <translation>Прачытаць зноў</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the file again with this time zone</source>
        <translation>Прачытаць файл зноў з гэтым часавым поясам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import progress</source>
        <translation>Ход імпарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the import</source>
        <translation>Скасаваць імпарт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Імпартаваць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import everything shown into the journal</source>
        <translation>Імпартаваць усё паказанае ў журнал</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../safeplan/ui/workspace/import_preview.py" line="+101"/>
        <source>A SafePlan journal file. It holds: {counts}.</source>
        <translation>Файл журнала SafePlan. У ім: {counts}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File: {name} ({fmt})</source>
        <translation>Файл: {name} ({fmt})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages: {n}, of them calls and other events: {e}. Files: {f}.</source>
        <translation>Паведамленняў: {n}, з іх званкоў і іншых падзей: {e}. Файлаў: {f}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {first} to {last}</source>
        <translation>З {first} па {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversations: {names}</source>
        <translation>Перапіскі: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your side looks like: {who}. Change it below if that is wrong.</source>
        <translation>Падобна, вы — гэта {who}. Калі гэта не так, змяніце ніжэй.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone used: {zone}</source>
        <translation>Часавы пояс: {zone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file had no time zone; the one you chose is recorded.</source>
        <translation>У файле не было часавога пояса; запісаны выбраны вамі.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) were left out of the export by the phone (recorded as missing).</source>
        <translation>
            <numerusform>%n файл тэлефон не ўключыў у экспарт (запісана як адсутны).</numerusform>
            <numerusform>%n файлы тэлефон не ўключыў у экспарт (запісана як адсутныя).</numerusform>
            <numerusform>%n файлаў тэлефон не ўключыў у экспарт (запісана як адсутныя).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n small repair(s) were needed to read the file (recorded).</source>
        <translation>
            <numerusform>Каб прачытаць файл, спатрэбілася %n невялікае выпраўленне (запісана).</numerusform>
            <numerusform>Каб прачытаць файл, спатрэбілася %n невялікія выпраўленні (запісана).</numerusform>
            <numerusform>Каб прачытаць файл, спатрэбілася %n невялікіх выпраўленняў (запісана).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{name} (%n message(s))</source>
        <translation>
            <numerusform>{name} (%n паведамленне)</numerusform>
            <numerusform>{name} (%n паведамленні)</numerusform>
            <numerusform>{name} (%n паведамленняў)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unnamed chat)</source>
        <translation>(чат без назвы)</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{id} — %n message(s)</source>
        <translation>
            <numerusform>{id} — %n паведамленне</numerusform>
            <numerusform>{id} — %n паведамленні</numerusform>
            <numerusform>{id} — %n паведамленняў</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no number in the file</source>
        <translation>у файле няма нумара</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is me</source>
        <translation>Гэта я</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is me</source>
        <translation>{name} — гэта я</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link {name} to a person in your journal</source>
        <translation>Звязаць {name} з чалавекам у журнале</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not link</source>
        <translation>Не звязваць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as a new person</source>
        <translation>Дадаць як новага чалавека</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This export holds several chats. Tick the ones that matter, then press Read the ticked chats (you can import others later):</source>
        <translation>У гэтай выгрузцы некалькі чатаў. Адзначце патрэбныя і націсніце «Прачытаць адзначаныя чаты» (астатнія можна імпартаваць пазней):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chats in this export</source>
        <translation>Чаты ў гэтай выгрузцы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the ticked chats</source>
        <translation>Прачытаць адзначаныя чаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only the ticked chats again</source>
        <translation>Прачытаць зноў толькі адзначаныя чаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who wrote</source>
        <translation>Хто пісаў</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number or account</source>
        <translation>Нумар або акаўнт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which side is you</source>
        <translation>Дзе вы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person in your journal</source>
        <translation>Чалавек у журнале</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in the file</source>
        <translation>Людзі ў файле</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="+651"/>
        <source>We brought back what you were writing.</source>
        <translation>Мы вярнулі тое, што вы пісалі.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change an incident</source>
        <translation>Змяніць запіс пра выпадак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what happened</source>
        <translation>Запісаць, што здарылася</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Some of this could not be saved. Please check the date and try again.</source>
        <translation>Не ўсё атрымалася захаваць. Праверце дату і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Saved.</source>
        <translation>Захавана.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft kept safe {time}</source>
        <translation>Чарнавік надзейна захаваны {time}</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Throw away the changes?</source>
        <translation>Адмяніць змены?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you wrote since the last save will be lost.</source>
        <translation>Тое, што вы напісалі пасля апошняга захавання, прападзе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away</source>
        <translation>Адмяніць змены</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Leave the box empty if you do not know.</source>
        <translation>Пакіньце птушку пустой, калі не ведаеце.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When and where</source>
        <translation>Калі і дзе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Што здарылася</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injuries and damage</source>
        <translation>Траўмы і шкода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was there</source>
        <translation>Хто быў побач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police, doctors and what you did</source>
        <translation>Міліцыя, лекары і што вы зрабілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Доказы</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Short title</source>
        <translation>Кароткая назва</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A few words so you can find it again.</source>
        <translation>Некалькі слоў, каб потым лёгка знайсці.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Дата і час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened. If you are not sure, choose “Approximate” — it will be shown as approximate, never as an exact date.</source>
        <translation>Калі гэта здарылася. Калі не ўпэўненыя, выберыце «Прыблізна» — дата будзе паказана як прыблізная і ніколі не стане дакладнай.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date in your words</source>
        <translation>Дата сваімі словамі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: around New Year, the old flat.</source>
        <translation>Напрыклад: каля Новага года, старая кватэра.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Дзе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which room, street or place. Courts ask where it happened.</source>
        <translation>Які пакой, вуліца ці месца. Суд пытаецца, дзе гэта адбылося.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms of abuse</source>
        <translation>Віды гвалту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose all that fit. This shows the pattern over time.</source>
        <translation>Адзначце ўсё, што падыходзіць. Так відаць, што гэта паўтараецца.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened (facts)</source>
        <translation>Што здарылася (факты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What he did, step by step, as you saw and heard it.</source>
        <translation>Што ён рабіў, крок за крокам, як вы гэта бачылі і чулі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact words said</source>
        <translation>Дакладныя словы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write his exact words, even rude ones — courts give weight to them.</source>
        <translation>Запішыце яго дакладныя словы, нават грубыя, — суд надае ім значэнне.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How it affected me</source>
        <translation>Як гэта на мяне паўплывала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept apart from the facts: fear, sleep, work, health. This shows the harm done.</source>
        <translation>Асобна ад фактаў: страх, сон, праца, здароўе. Гэта паказвае прычыненую шкоду.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Injuries</source>
        <translation>Траўмы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every mark, even small. Take photos again as bruises change.</source>
        <translation>Кожны след, нават маленькі. Фатаграфуйце зноў, калі сінякі мяняюцца.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How serious</source>
        <translation>Наколькі сур’ёзна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own sense of it, from 1 to 5. It helps show if things are getting worse.</source>
        <translation>Ваша ўласная ацэнка ад 1 да 5. Яна дапамагае паказаць, што становіцца горш.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damage to things</source>
        <translation>Псаванне рэчаў</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was broken or taken.</source>
        <translation>Што было зламана або адабрана.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weapons or objects used</source>
        <translation>Зброя або прадметы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything used to hurt or threaten you.</source>
        <translation>Усё, чым вам прычынялі боль або пагражалі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Who did it</source>
        <translation>Хто гэта зрабіў</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Name the person. A nickname is fine.</source>
        <translation>Назавіце чалавека. Можна мянушку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Witnesses</source>
        <translation>Сведкі</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Anyone who saw or heard it, even through a wall. Courts can call them.</source>
        <translation>Усе, хто бачыў або чуў, нават праз сцяну. Суд можа іх выклікаць.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children were there</source>
        <translation>Дзеці былі побач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courts take children seeing abuse very seriously.</source>
        <translation>Суд вельмі сур’ёзна ставіцца да таго, што дзеці бачылі гвалт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the children reacted</source>
        <translation>Як адрэагавалі дзеці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they did or said.</source>
        <translation>Што яны рабілі або казалі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I contacted the police</source>
        <translation>Я звярталася ў міліцыю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even a phone call counts.</source>
        <translation>Званок таксама лічыцца.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+38"/>
        <source>Linked earlier incidents</source>
        <translation>Звязаныя ранейшыя выпадкі</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Did this happen before? Courts look at the pattern, not only one day.</source>
        <translation>Такое ўжо было раней? Суд глядзіць на паўтаральнасць, а не толькі на адзін дзень.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>I know when</source>
        <translation>Я ведаю калі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I know when I contacted the police</source>
        <translation>Я ведаю, калі звярталася ў міліцыю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When I contacted the police</source>
        <translation>Калі я звярталася ў міліцыю</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Police station</source>
        <translation>Аддзел міліцыі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report number</source>
        <translation>Нумар заявы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number lets a lawyer ask for the police file.</source>
        <translation>Па нумары юрыст зможа запытаць матэрыялы міліцыі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Супрацоўнік</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name or badge number, if you know it.</source>
        <translation>Прозвішча або нумар жэтона, калі ведаеце.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the police did</source>
        <translation>Што зрабіла міліцыя</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Doctor or hospital visit</source>
        <translation>Зварот да лекара або ў бальніцу</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Link the visit where your injuries were recorded.</source>
        <translation>Прывяжыце зварот, дзе запісалі вашы траўмы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I did afterwards</source>
        <translation>Што я зрабіла потым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you went, whom you told, which services you called.</source>
        <translation>Куды вы пайшлі, каму расказалі, у якія службы тэлефанавалі.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>Evidence still needed</source>
        <translation>Якіх доказаў яшчэ не хапае</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>For example: collect the medical certificate, ask the neighbour to write down what she heard.</source>
        <translation>Напрыклад: забраць медыцынскую даведку, папрасіць суседку запісаць, што яна чула.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Пазнакі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own words to group entries, separated by commas.</source>
        <translation>Вашы словы для групоўкі запісаў, праз коску.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos and files</source>
        <translation>Фота і файлы</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How exact the date is</source>
        <translation>Наколькі дакладная дата</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something you still need to get</source>
        <translation>Што яшчэ трэба атрымаць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New evidence item</source>
        <translation>Новы пункт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Дадаць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this evidence item</source>
        <translation>Дадаць гэты пункт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Прыбраць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected evidence item</source>
        <translation>Прыбраць выбраны пункт</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this incident</source>
        <translation>Захаваць гэты запіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list</source>
        <translation>Назад да спіса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list; changes are kept as a draft</source>
        <translation>Назад да спіса; змены захаваюцца як чарнавік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Гісторыя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every earlier version</source>
        <translation>Паказаць усе ранейшыя версіі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away draft</source>
        <translation>Выдаліць чарнавік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away unsaved changes</source>
        <translation>Адмяніць незахаваныя змены</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/incidents_page.py" line="+245"/>
        <source>Move to trash?</source>
        <translation>Перанесці ў сметніцу?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident moves to the trash. You can bring it back from there.</source>
        <translation>Запіс пра выпадак пяройдзе ў сметніцу. Адтуль яго можна вярнуць.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Move to trash</source>
        <translation>У сметніцу</translation>
    </message>
    <message numerus="yes">
        <location line="-59"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n выпадак</numerusform>
            <numerusform>%n выпадкі</numerusform>
            <numerusform>%n выпадкаў</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing matches this search. Press “Show all” to see every incident.</source>
        <translation>Нічога не знойдзена. Націсніце «Паказаць усё», каб убачыць усе выпадкі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is written down yet. Press “Write down what happened” to start — what you type is kept safe as you go, even if you have to leave suddenly.</source>
        <translation>Пакуль нічога не запісана. Націсніце «Запісаць, што здарылася», каб пачаць, — усё, што вы пішаце, захоўваецца па ходзе, нават калі давядзецца раптоўна сысці.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source> · %n file(s)</source>
        <translation>
            <numerusform> · %n файл</numerusform>
            <numerusform> · %n файлы</numerusform>
            <numerusform> · %n файлаў</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Што здарылася</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form of abuse</source>
        <translation>Від гвалту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How serious</source>
        <translation>Наколькі сур’ёзна</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incidents, newest first</source>
        <translation>Выпадкі, спачатку новыя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>+ Write down what happened</source>
        <translation>+ Запісаць, што здарылася</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down a new incident</source>
        <translation>Запісаць новы выпадак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Адкрыць</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected incident</source>
        <translation>Адкрыць выбраны выпадак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Гісторыя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every version of the selected incident</source>
        <translation>Паказаць усе версіі выбранага выпадку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected incident to the trash</source>
        <translation>Перанесці выбраны выпадак у сметніцу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue writing</source>
        <translation>Працягнуць запіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the unsaved incident</source>
        <translation>Працягнуць незахаваны запіс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have an incident you started but did not save. It is kept safe.</source>
        <translation>У вас ёсць пачаты, але не захаваны запіс. Ён надзейна захаваны.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="+112"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the language for the screens. You can change it later.</source>
        <translation>Выберыце мову праграмы. Яе можна будзе змяніць потым.</translation>
    </message>
</context>
<context>
    <name>LegalPage</name>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="+197"/>
        <source>Legal dates</source>
        <translation>Юрыдычныя даты</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Date (or start)</source>
        <translation>Дата (або пачатак)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>End</source>
        <translation>Заканчэнне</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Number or name</source>
        <translation>Нумар або назва</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an end date</source>
        <translation>ёсць дата заканчэння</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order: 15 days</source>
        <translation>Прадпісанне: 15 сутак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended: 30 days</source>
        <translation>Падоўжана: 30 сутак</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Done</source>
        <translation>Зроблена</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New date</source>
        <translation>Новая дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Move to trash</source>
        <translation>У кошык</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Saved dates</source>
        <translation>Захаваныя даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Move this date to the trash? You can restore it from the trash later.</source>
        <translation>Перамясціць гэту дату ў кошык? Пазней яе можна аднавіць з кошыка.</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="+22"/>
        <source>What SafePlan does</source>
        <translation>Што робіць SafePlan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What it does</source>
        <translation>Што робіць праграма</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SafePlan keeps a private record of what happened to you: incidents, messages, medical visits and the people involved, with dates and photos. Everything is locked with your passphrase. It looks like a calculator until you type your secret code. When you need it, it makes a PDF for a lawyer or a court.

Press Shift three times, or the red Exit button, and the screen goes back to the calculator at once. Your unfinished writing is kept.</source>
        <translation>SafePlan — гэта вашы асабістыя запісы пра тое, што з вамі здарылася: выпадкі гвалту, паведамленні, звароты да лекараў і людзі, датычныя да гэтага, з датамі і фотаздымкамі. Усё закрыта вашым паролем. Пакуль вы не набярэце сакрэтны код, праграма выглядае як калькулятар. Калі спатрэбіцца, яна зробіць PDF для юрыста або суда.

Націсніце Shift тры разы або чырвоную кнопку «Выйсці» — і на экране адразу зноў калькулятар. Недапісанае захаваецца.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What it cannot protect against</source>
        <translation>Ад чаго праграма не абароніць</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• Spying programs already on this computer can see what you type.
• Anyone who sees the screen while it is open can read it.
• Someone who knows this program well may recognise it.
• The computer itself may keep traces we cannot remove.

If you think this computer or phone is being watched, use a safer device — for example a friend&apos;s computer, a library computer, or a computer at a support service.</source>
        <translation>• Шпіёнская праграма, калі яна ўжо стаіць на гэтым камп’ютары, можа бачыць, што вы друкуеце.
• Любы, хто ўбачыць экран, пакуль дзённік адкрыты, зможа яго прачытаць.
• Той, хто добра ведае гэту праграму, можа яе пазнаць.
• Сам камп’ютар можа захоўваць сляды, якія мы не можам сцерці.

Калі вы думаеце, што за гэтым камп’ютарам або тэлефонам сочаць, карыстайцеся больш бяспечнай прыладай — напрыклад, камп’ютарам сяброўкі, у бібліятэцы або ў службе дапамогі.</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location line="+69"/>
        <source>Choose a folder</source>
        <translation>Выберыце папку</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a folder first.</source>
        <translation>Спачатку выберыце папку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to keep it</source>
        <translation>Дзе захоўваць</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where should your locked data be kept? A USB stick lets you take it with you and leaves less on this computer.</source>
        <translation>Дзе захоўваць вашы закрытыя паролем запісы? На флэшцы іх можна насіць з сабой, і на гэтым камп’ютары застанецца менш слядоў.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the folder this program runs from</source>
        <translation>У папцы, адкуль запушчана праграма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this computer, in my user folder</source>
        <translation>На гэтым камп’ютары, у маёй папцы карыстальніка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a folder I choose (for example a USB stick)</source>
        <translation>У папцы, якую я выберу (напрыклад, на флэшцы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;folder…</source>
        <translation>Выбраць &amp;папку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder</source>
        <translation>Выбраць папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will be kept in: {folder}</source>
        <translation>Месца захоўвання: {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved data was found there. It will be used; nothing new is created.</source>
        <translation>Там ужо ёсць захаваныя запісы. Будуць выкарыстоўвацца яны, новыя не ствараюцца.</translation>
    </message>
</context>
<context>
    <name>MedicalPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/medical_page.py" line="+310"/>
        <source>Write at least where you were seen or what the doctor found.</source>
        <translation>Напішыце хоць бы, дзе вас аглядалі або што знайшоў урач.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Emergency / ambulance</source>
        <translation>Хуткая / прыёмны пакой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family doctor</source>
        <translation>Участковы ўрач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forensic examination</source>
        <translation>Судова-медыцынская экспертыза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health / psychologist</source>
        <translation>Псіхолаг / псіхіятр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Іншае</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>(%n mark(s) on the body map)</source>
        <translation>
            <numerusform>(%n пазнака на схеме цела)</numerusform>
            <numerusform>(%n пазнакі на схеме цела)</numerusform>
            <numerusform>(%n пазнак на схеме цела)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[private]</source>
        <translation>[асабістае]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Medical visits</source>
        <translation>Візіты да ўрача</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change this visit</source>
        <translation>Змяніць гэты візіт</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>New visit</source>
        <translation>Новы візіт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new medical visit</source>
        <translation>Пачаць запіс пра новы візіт да ўрача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save visit</source>
        <translation>Захаваць візіт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this medical visit</source>
        <translation>Захаваць гэты візіт да ўрача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical visits, newest first</source>
        <translation>Візіты да ўрача, спачатку новыя</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date and time</source>
        <translation>Дата і час</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only the day</source>
        <translation>Толькі дзень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the month</source>
        <translation>Толькі месяц</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approximate</source>
        <translation>Прыблізна</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When:</source>
        <translation>Калі:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of visit:</source>
        <translation>Від візіту:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital or clinic:</source>
        <translation>Бальніца або паліклініка:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doctor:</source>
        <translation>Урач:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the doctor found:</source>
        <translation>Што выявіў урач:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment given:</source>
        <translation>Якое лячэнне прызначылі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate or examination numbers:</source>
        <translation>Нумары даведак або экспертыз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents this visit is about:</source>
        <translation>Да якіх выпадкаў адносіцца візіт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos or scans (certificate, injuries):</source>
        <translation>Фота або сканы (даведка, траўмы):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date and time of the visit</source>
        <translation>Дата і час візіту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How exact the date is</source>
        <translation>Наколькі дакладная дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of visit</source>
        <translation>Від візіту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital or clinic</source>
        <translation>Бальніца або паліклініка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doctor</source>
        <translation>Урач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the doctor found</source>
        <translation>Што выявіў урач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment given</source>
        <translation>Якое лячэнне прызначылі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate or examination numbers</source>
        <translation>Нумары даведак або экспертыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents this visit is about</source>
        <translation>Да якіх выпадкаў адносіцца візіт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note: leave out of court exports unless I ask</source>
        <translation>Асабісты запіс: не ўключаць у экспарт для суда, калі я не папрашу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. certificate No. 1182</source>
        <translation>напрыклад, даведка № 1182</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A court can ask the hospital for the record by this number.</source>
        <translation>Па гэтым нумары суд можа запытаць запіс у бальніцы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private (e.g. mental-health notes): leave out of court exports unless I ask</source>
        <translation>Асабістае (напрыклад, запісы псіхолага): не ўключаць у экспарт для суда, калі я не папрашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body map of injuries</source>
        <translation>Схема траўмаў на целе</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../safeplan/ui/workspace/message_editor.py" line="+171"/>
        <source>Not linked to a person</source>
        <translation>Не звязана з чалавекам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no name)</source>
        <translation>(без імя)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Write what the message said, or add a screenshot of it.</source>
        <translation>Напішыце, што было ў паведамленні, або дадайце яго здымак экрана.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Тэлефонны званок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Social network</source>
        <translation>Сацсетка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Said in person</source>
        <translation>Сказана асабіста</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Іншае</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change this message</source>
        <translation>Змяніць гэтае паведамленне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a message by hand</source>
        <translation>Дадаць паведамленне ўручную</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent to me</source>
        <translation>Мне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by me</source>
        <translation>Ад мяне</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When it was sent (as the phone shows it):</source>
        <translation>Калі адпраўлена (як паказвае тэлефон):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was sent:</source>
        <translation>Як адпраўлена:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who sent it:</source>
        <translation>Хто адправіў:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s name:</source>
        <translation>Імя адпраўніка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s number or address:</source>
        <translation>Нумар або адрас адпраўніка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person in your journal:</source>
        <translation>Гэты чалавек у журнале:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation:</source>
        <translation>Перапіска:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exact words of the message:</source>
        <translation>Дакладны тэкст паведамлення:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the phone number, e-mail or account exactly as it appears. Courts give more weight to a number than to a contact name, which anyone can change.</source>
        <translation>Запішыце нумар тэлефона, пошту або акаўнт дакладна так, як яны паказаны. Суд больш давярае нумару, чым імені кантакту, якое любы можа змяніць.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshots of the message:</source>
        <translation>Здымкі экрана паведамлення:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When it was sent</source>
        <translation>Калі адпраўлена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it was sent</source>
        <translation>Як адпраўлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who sent it</source>
        <translation>Хто адправіў</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender&apos;s name</source>
        <translation>Імя адпраўніка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s number or address</source>
        <translation>Нумар або адрас адпраўніка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person in your journal</source>
        <translation>Чалавек у журнале</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Перапіска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact words of the message</source>
        <translation>Дакладны тэкст паведамлення</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Save message</source>
        <translation>Захаваць паведамленне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel and forget what was typed</source>
        <translation>Скасаваць і не захоўваць уведзенае</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. +375 29 123-45-67</source>
        <translation>напрыклад, +375 29 123-45-67</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/messages_page.py" line="+219"/>
        <source>All messages ({n})</source>
        <translation>Усе паведамленні ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} — {channel} ({n})</source>
        <translation>{name} — {channel} ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(без імя)</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n message(s) shown, oldest first.</source>
        <translation>
            <numerusform>Паказана %n паведамленне, спачатку старыя.</numerusform>
            <numerusform>Паказана %n паведамленні, спачатку старыя.</numerusform>
            <numerusform>Паказана %n паведамленняў, спачатку старыя.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In very long conversations days are counted in world time (UTC).</source>
        <translation>У вельмі доўгіх перапісках дні лічацца па сусветным часе (UTC).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[{what}]</source>
        <translation>[{what}]</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>📎 %n file(s) attached</source>
        <translation>
            <numerusform>📎 далучаны %n файл</numerusform>
            <numerusform>📎 далучана %n файлы</numerusform>
            <numerusform>📎 далучана %n файлаў</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when} · {channel}</source>
        <translation>{when} · {channel}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time zone not known</source>
        <translation>часавы пояс невядомы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited</source>
        <translation>зменена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From {who}: {text}. {when}</source>
        <translation>Ад {who}: {text}. {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Messages</source>
        <translation>Паведамленні</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add a message by hand</source>
        <translation>Дадаць паведамленне ўручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change selected message</source>
        <translation>Змяніць выбранае паведамленне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected message</source>
        <translation>Змяніць выбранае паведамленне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations:</source>
        <translation>Перапіскі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Перапіскі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search words in messages, then press Enter</source>
        <translation>Пошук слоў у паведамленнях, потым націсніце Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search messages</source>
        <translation>Пошук па паведамленнях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages in this conversation</source>
        <translation>Паведамленні гэтай перапіскі</translation>
    </message>
</context>
<context>
    <name>NotReadyPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/workspace.py" line="+118"/>
        <source>This part is not ready yet. Everything else works.</source>
        <translation>Гэты раздзел яшчэ не гатовы. Усё астатняе працуе.</translation>
    </message>
</context>
<context>
    <name>NotesDecoy</name>
    <message>
        <location filename="../safeplan/ui/shell/notes_decoy.py" line="+79"/>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Write a note…</source>
        <translation>Напішыце нататку…</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="+105"/>
        <source>Type a passphrase.</source>
        <translation>Увядзіце пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase is too easy to guess. Add more words.</source>
        <translation>Гэты пароль занадта лёгка адгадаць. Дадайце яшчэ словы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Паролі пакуль не супадаюць.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passphrase</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Strength: very weak — easy to guess.</source>
        <translation>Надзейнасць: вельмі нізкая — лёгка адгадаць.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: weak — add more words.</source>
        <translation>Надзейнасць: нізкая — дадайце яшчэ словы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: fair — good enough; more words make it better.</source>
        <translation>Надзейнасць: сярэдняя — падыходзіць; з новымі словамі будзе лепш.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong.</source>
        <translation>Надзейнасць: высокая.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: very strong.</source>
        <translation>Надзейнасць: вельмі высокая.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a passphrase: several words that you will remember and others will not guess, for example four unrelated words.</source>
        <translation>Прыдумайце пароль з некалькіх слоў: вы іх запомніце, а іншыя не адгадаюць. Напрыклад, чатыры не звязаныя паміж сабой словы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type it again:</source>
        <translation>Увядзіце &amp;яшчэ раз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase again</source>
        <translation>Увядзіце пароль яшчэ раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show what I type</source>
        <translation>Па&amp;казваць, што я ўводжу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase strength</source>
        <translation>Надзейнасць пароля</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Important: nobody can recover a forgotten passphrase — not us, not the police, not a technician. Without it, what you saved cannot be opened.</source>
        <translation>Важна: забыты пароль не адновіць ніхто — ні мы, ні міліцыя, ні камп’ютарны майстар. Без пароля захаванае адкрыць немагчыма.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a recovery code that I can write down and give to someone I trust</source>
        <translation>Зрабіць код аднаўлення, каб запісаць яго і аддаць чалавеку, якому я давяраю</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a recovery code</source>
        <translation>Зрабіць код аднаўлення</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../safeplan/ui/workspace/people_page.py" line="+182"/>
        <source>Please write a name first (a nickname is fine).</source>
        <translation>Спачатку напішыце імя (можна мянушку).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move to trash?</source>
        <translation>Перанесці ў сметніцу?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person moves to the trash. You can bring them back from the trash later.</source>
        <translation>Гэты чалавек пяройдзе ў сметніцу. Пазней яго можна вярнуць са сметніцы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+141"/>
        <source>Move to trash</source>
        <translation>У сметніцу</translation>
    </message>
    <message numerus="yes">
        <location line="-104"/>
        <source>Linked to this person: %n incident(s)</source>
        <translation>
            <numerusform>Звязана з гэтым чалавекам: %n выпадак</numerusform>
            <numerusform>Звязана з гэтым чалавекам: %n выпадкі</numerusform>
            <numerusform>Звязана з гэтым чалавекам: %n выпадкаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n паведамленне</numerusform>
            <numerusform>%n паведамленні</numerusform>
            <numerusform>%n паведамленняў</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+54"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+53"/>
        <source>Who they are</source>
        <translation>Хто гэта</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Relationship</source>
        <translation>Кім прыходзіцца</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add a person</source>
        <translation>Дадаць чалавека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new person</source>
        <translation>Дадаць новага чалавека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Людзі</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relationship to you</source>
        <translation>Кім вам прыходзіцца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone, e-mail or address</source>
        <translation>Тэлефон, e-mail або адрас</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their phone number helps match messages to them</source>
        <translation>Нумар тэлефона дапамагае звязаць паведамленні з чалавекам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this person</source>
        <translation>Захаваць гэтага чалавека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Гісторыя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every earlier version</source>
        <translation>Паказаць усе ранейшыя версіі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move this person to the trash</source>
        <translation>Перанесці гэтага чалавека ў сметніцу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search people…</source>
        <translation>Пошук людзей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents naming this person (double-click to open)</source>
        <translation>Выпадкі, дзе згаданы гэты чалавек (падвойны пстрык — адкрыць)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents naming this person</source>
        <translation>Выпадкі, дзе згаданы гэты чалавек</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Messages from or to this person</source>
        <translation>Паведамленні ад гэтага чалавека або яму</translation>
    </message>
</context>
<context>
    <name>PerDayChart</name>
    <message>
        <location filename="../safeplan/ui/workspace/per_day_chart.py" line="+79"/>
        <source>No messages with a date yet.</source>
        <translation>Пакуль няма паведамленняў з датай.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{total} messages over {days} days. Most in one day: {most} on {day}.</source>
        <translation>Паведамленняў: {total} за {days} дз. Найбольш за дзень: {most} ({day}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+43"/>
        <source>Messages per day</source>
        <translation>Паведамленні па днях</translation>
    </message>
</context>
<context>
    <name>PlainJournalPage</name>
    <message numerus="yes">
        <location filename="../safeplan/ui/shell/journal_host.py" line="-57"/>
        <source>Your journal is open. Entries in it: %n.</source>
        <translation>
            <numerusform>Ваш дзённік адкрыты. Запісаў у ім: %n.</numerusform>
            <numerusform>Ваш дзённік адкрыты. Запісаў у ім: %n.</numerusform>
            <numerusform>Ваш дзённік адкрыты. Запісаў у ім: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanArea</name>
    <message>
        <location filename="../safeplan/ui/workspace/workspace.py" line="+40"/>
        <source>My safety plan</source>
        <translation>Мой план бяспекі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Danger signs</source>
        <translation>Прыкметы небяспекі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court and police dates</source>
        <translation>Даты суда і міліцыі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where to get help</source>
        <translation>Куды звярнуцца па дапамогу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guides</source>
        <translation>Памяткі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volunteer hand-over</source>
        <translation>Перадача ад валанцёра</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../safeplan/ui/shell/privacy_dialog.py" line="+212"/>
        <source>That passphrase did not open it. Try again.</source>
        <translation>Гэты пароль не падышоў. Паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The code must be 4 to 12 digits.</source>
        <translation>У кодзе павінна быць ад 4 да 12 лічбаў.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two codes are not the same yet.</source>
        <translation>Коды пакуль не супадаюць.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Паролі пакуль не супадаюць.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the second passphrase (at least 4 characters).</source>
        <translation>Увядзіце другі пароль (не карацей за 4 знакі).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Privacy</source>
        <translation>Абарона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To change privacy settings, type your passphrase again.</source>
        <translation>Каб змяніць налады абароны, увядзіце пароль яшчэ раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Выйсці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit now</source>
        <translation>Выйсці зараз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Працягнуць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock &amp;after no use for:</source>
        <translation>&amp;Блакаваць, калі не карыстацца:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ordinary screen:</source>
        <translation>&amp;Звычайны экран:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New secret &amp;code:</source>
        <translation>Новы сакрэтны &amp;код:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New secret code a&amp;gain:</source>
        <translation>Новы сакрэтны код яшчэ &amp;раз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also lock when the window is minimised</source>
        <translation>Блакаваць і пры згортванні акна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit and Shift ×3 close the program (not the ordinary screen)</source>
        <translation>«Выйсці» і Shift ×3 зачыняюць праграму (а не паказваюць звычайны экран)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4 to 12 digits; leave empty to keep</source>
        <translation>Ад 4 да 12 лічбаў; пакіньце пустым, каб не мяняць</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only when minimised</source>
        <translation>толькі пры згортванні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 minute</source>
        <translation>1 хвіліну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes</source>
        <translation>5 хвілін</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15 minutes</source>
        <translation>15 хвілін</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 hour</source>
        <translation>1 гадзіну</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A calculator</source>
        <translation>Калькулятар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plain notes page</source>
        <translation>Простыя нататкі</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Second passphrase</source>
        <translation>Другі пароль</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A second passphrase opens a separate journal with ordinary entries. Type a new one twice to set or replace it.</source>
        <translation>Другі пароль адкрывае асобны дзённік са звычайнымі запісамі. Каб задаць або замяніць яго, увядзіце новы пароль два разы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New second passphrase</source>
        <translation>Новы другі пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the second passphrase again</source>
        <translation>Увядзіце другі пароль яшчэ раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it again</source>
        <translation>Увядзіце яшчэ раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the second passphrase</source>
        <translation>Прыбраць другі пароль</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="-255"/>
        <source>Protection order</source>
        <translation>Ахоўнае прадпісанне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court hearing</source>
        <translation>Судовае пасяджэнне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Тэрмін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence to collect</source>
        <translation>Сабраць доказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other date</source>
        <translation>Іншая дата</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your protection order{ref} ends today. Think about what you need for the days after it.</source>
        <translation>Ваша ахоўнае прадпісанне{ref} заканчваецца сёння. Падумайце, што вам трэба на дні пасля яго.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your protection order{ref} ends in %n day(s), on {on}. You can ask about extending it.</source>
        <translation>
            <numerusform>Ваша ахоўнае прадпісанне{ref} заканчваецца праз %n дзень, {on}. Можна спытаць пра падаўжэнне.</numerusform>
            <numerusform>Ваша ахоўнае прадпісанне{ref} заканчваецца праз %n дні, {on}. Можна спытаць пра падаўжэнне.</numerusform>
            <numerusform>Ваша ахоўнае прадпісанне{ref} заканчваецца праз %n дзён, {on}. Можна спытаць пра падаўжэнне.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your protection order{ref} ended on {on}. The days after it can be risky — look at your safety plan.</source>
        <translation>Ваша ахоўнае прадпісанне{ref} скончылася {on}. Дні пасля яго могуць быць небяспечнымі — зазірніце ў свой план бяспекі.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Court hearing{ref} today.</source>
        <translation>Судовае пасяджэнне{ref} сёння.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Court hearing{ref} in %n day(s), on {on}.</source>
        <translation>
            <numerusform>Судовае пасяджэнне{ref} праз %n дзень, {on}.</numerusform>
            <numerusform>Судовае пасяджэнне{ref} праз %n дні, {on}.</numerusform>
            <numerusform>Судовае пасяджэнне{ref} праз %n дзён, {on}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}{ref}: the date {on} has passed and it is not marked done.</source>
        <translation>{what}{ref}: дата {on} мінула, а адзнакі «зроблена» няма.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence to collect{ref}, by {on}.</source>
        <translation>Сабраць доказ{ref} да {on}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence still to collect{ref}.</source>
        <translation>Яшчэ трэба сабраць доказ{ref}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}{ref} on {on}.</source>
        <translation>{what}{ref}: {on}.</translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <location filename="../safeplan/ui/plan/risk_page.py" line="+164"/>
        <location line="+1"/>
        <source>Notes (optional)</source>
        <translation>Нататкі (па жаданні)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save today&apos;s answers</source>
        <translation>Захаваць сённяшнія адказы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Earlier answers</source>
        <translation>Ранейшыя адказы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign</source>
        <translation>Прыкмета</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No answers saved yet. When you save, the date is kept so you can see changes over time.</source>
        <translation>Адказаў пакуль няма. Пры захаванні запамінаецца дата, каб вы бачылі змены з часам.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved once, on {date}.</source>
        <translation>Захавана адзін раз, {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No change since the time before.</source>
        <translation>З мінулага разу нічога не змянілася.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now ticked: </source>
        <translation>цяпер адзначана: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no longer ticked: </source>
        <translation>больш не адзначана: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since the time before:</source>
        <translation>З мінулага разу:</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="+163"/>
        <source>Your safety plan</source>
        <translation>Ваш план бяспекі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have looked over my plan today</source>
        <translation>Я сёння прагледзела свой план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your own step…</source>
        <translation>Дадайце свой крок…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own step</source>
        <translation>Ваш крок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Дадаць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove my step</source>
        <translation>Выдаліць мой крок</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Your notes for this part</source>
        <translation>Вашы нататкі да гэтай часткі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything you want to remember. It is saved as you type.</source>
        <translation>Усё, што хочаце запомніць. Захоўваецца падчас уводу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps to tick</source>
        <translation>Крокі, якія можна адзначыць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts of the plan</source>
        <translation>Часткі плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and go on</source>
        <translation>Захаваць і далей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print or save as PDF…</source>
        <translation>Надрукаваць або захаваць у PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the printed plan</source>
        <translation>Мова друкаванага плана</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You have started {started} of {total} parts. Take your time — you can stop at any moment and come back; everything is kept.</source>
        <translation>Вы пачалі {started} з {total} частак. Не спяшайцеся — можна спыніцца ў любы момант і вярнуцца; усё захоўваецца.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You last looked over your plan on {date}. Things change — a few minutes to check it again can help.</source>
        <translation>Апошні раз вы праглядалі план {date}. Усё мяняецца — некалькі хвілін, каб праверыць яго зноў, могуць дапамагчы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When you have a few quiet minutes, look over your plan once more. Things change, and that is fine.</source>
        <translation>Калі будзе некалькі спакойных хвілін, прагледзьце план яшчэ раз. Усё мяняецца, і гэта нармальна.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last looked over: {date}</source>
        <translation>Апошні прагляд: {date}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Part {n} of {total}</source>
        <translation>Частка {n} з {total}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Only steps you added yourself can be removed. Suggested steps can simply be left unticked.</source>
        <translation>Выдаліць можна толькі крокі, якія вы дадалі самі. Прапанаваныя крокі можна проста не адзначаць.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Before you print</source>
        <translation>Перш чым друкаваць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A printed plan can be found by someone else. Only print it if you have a safe place to keep it, and think about leaving out names and addresses he does not know.</source>
        <translation>Надрукаваны план можа знайсці нехта іншы. Друкуйце яго, толькі калі ёсць надзейнае месца для захоўвання, і падумайце, ці не прыбраць імёны і адрасы, якіх ён не ведае.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save</source>
        <translation>Выбраць, куды захаваць</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the plan as PDF</source>
        <translation>Захаваць план у PDF</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The plan was saved. Keep the file or the paper somewhere safe.</source>
        <translation>План захаваны. Захоўвайце файл або паперу ў надзейным месцы.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/settings_page.py" line="+234"/>
        <source>Choose a folder or USB stick</source>
        <translation>Выберыце папку або флэшку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the backup and checking it…</source>
        <translation>Ствараем рэзервовую копію і правяраем яе…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the passphrase of the backup first (the one you used when it was made).</source>
        <translation>Спачатку ўвядзіце пароль рэзервовай копіі (той, што быў пры яе стварэнні).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the backup (the file data.db inside the backup folder)</source>
        <translation>Выберыце рэзервовую копію (файл data.db у папцы копіі)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore this backup?</source>
        <translation>Аднавіць гэтую рэзервовую копію?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal will be replaced by the backup. The current files are kept aside in a folder named &apos;replaced-…&apos;, not deleted. SafePlan will then lock; open it again with the backup&apos;s passphrase.</source>
        <translation>Журнал будзе заменены рэзервовай копіяй. Цяперашнія файлы не выдаляюцца, а адкладваюцца ў папку «replaced-…». Потым SafePlan закрыецца; адкрыйце яго зноў з паролем копіі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Аднавіць</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the backup and restoring it…</source>
        <translation>Правяраем і аднаўляем рэзервовую копію…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>Type your current passphrase first.</source>
        <translation>Спачатку ўвядзіце цяперашні пароль.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The new passphrase is too short. Use at least a few words (8 letters or more).</source>
        <translation>Новы пароль занадта кароткі. Выкарыстоўвайце хоць бы некалькі слоў (8 літар або больш).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two new passphrases are not the same.</source>
        <translation>Два новыя паролі не супадаюць.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing the passphrase…</source>
        <translation>Мяняем пароль…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make a new recovery code?</source>
        <translation>Стварыць новы код аднаўлення?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery code opens your journal like the passphrase. Give it only to someone you trust completely. Any older code stops working.</source>
        <translation>Код аднаўлення адкрывае журнал гэтак жа, як пароль. Дайце яго толькі таму, каму цалкам давяраеце. Ранейшы код перастане працаваць.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the code</source>
        <translation>Стварыць код</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making the recovery code…</source>
        <translation>Ствараем код аднаўлення…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Backup made and checked: folder {folder}. Keep it somewhere safe; it opens with your passphrase.</source>
        <translation>Рэзервовая копія створана і праверана: папка {folder}. Захоўвайце яе ў надзейным месцы; яна адкрываецца вашым паролем.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored. SafePlan locks now.</source>
        <translation>Адноўлена. SafePlan зараз закрыецца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup was restored. Open SafePlan again with the backup&apos;s passphrase.</source>
        <translation>Рэзервовая копія адноўлена. Адкрыйце SafePlan зноў з паролем копіі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation>Пароль зменены. Цяпер выкарыстоўвайце новы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your recovery code</source>
        <translation>Ваш код аднаўлення</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write this code on paper now and give it to someone you trust. It will not be shown again.</source>
        <translation>Запішыце гэты код на паперы зараз і аддайце таму, каму давяраеце. Больш ён паказаны не будзе.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed.</source>
        <translation>Нічога не зменена.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settings</source>
        <translation>Налады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Рэзервовая копія</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup is a locked copy of your journal. Make one often and keep it on a USB stick or with someone you trust; it opens with your passphrase.</source>
        <translation>Рэзервовая копія — гэта закрытая копія вашага журнала. Рабіце яе часцей і захоўвайце на флэшцы або ў чалавека, якому давяраеце; яна адкрываецца вашым паролем.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up now…</source>
        <translation>Зрабіць копію зараз…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now to a folder or USB stick</source>
        <translation>Зрабіць копію зараз у папку або на флэшку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To go back to a backup, type the backup&apos;s passphrase, then choose the backup.</source>
        <translation>Каб вярнуцца да рэзервовай копіі, увядзіце яе пароль, потым выберыце копію.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Passphrase of the backup</source>
        <translation>Пароль рэзервовай копіі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup…</source>
        <translation>Аднавіць з копіі…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup</source>
        <translation>Аднавіць з рэзервовай копіі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase and recovery code</source>
        <translation>Пароль і код аднаўлення</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current passphrase:</source>
        <translation>Цяперашні пароль:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New passphrase:</source>
        <translation>Новы пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again:</source>
        <translation>Новы пароль яшчэ раз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current passphrase</source>
        <translation>Цяперашні пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Новы пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Новы пароль яшчэ раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>Змяніць пароль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody can recover a forgotten passphrase. A recovery code, kept by someone you trust, can open the journal instead. It needs your current passphrase above.</source>
        <translation>Забыты пароль ніхто не адновіць. Замест яго журнал можа адкрыць код аднаўлення, які захоўвае чалавек, якому вы давяраеце. Для яго патрэбны цяперашні пароль вышэй.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Make a recovery code</source>
        <translation>Стварыць код аднаўлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading and export</source>
        <translation>Чытанне і экспарт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy reading: larger text and simpler words</source>
        <translation>Лёгкае чытанне: большы тэкст і прасцейшыя словы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy reading</source>
        <translation>Лёгкае чытанне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual language of court exports:</source>
        <translation>Звычайная мова экспарту для суда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app:</source>
        <translation>Мова праграмы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app</source>
        <translation>Мова праграмы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual language of court exports</source>
        <translation>Звычайная мова экспарту для суда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../safeplan/ui/shell/main_window.py" line="+194"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calculator</source>
        <translation>Калькулятар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Абарона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy and locking settings</source>
        <translation>Налады абароны і блакавання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>За&amp;блакаваць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now</source>
        <translation>Заблакаваць зараз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xit</source>
        <translation>&amp;Выйсці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit now</source>
        <translation>Выйсці зараз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide everything at once (or press Shift three times)</source>
        <translation>Адразу ўсё схаваць (або націсніце Shift тры разы)</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message numerus="yes">
        <location filename="../safeplan/ui/workspace/timeline_page.py" line="+209"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n запіс</numerusform>
            <numerusform>%n запісы</numerusform>
            <numerusform>%n запісаў</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Incident</source>
        <translation>Выпадак</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Паведамленне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical visit</source>
        <translation>Візіт да ўрача</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal date</source>
        <translation>Юрыдычная дата</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>from {who}</source>
        <translation>ад {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private</source>
        <translation>асабістае</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no title)</source>
        <translation>(без назвы)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approximate date: {text}</source>
        <translation>Прыблізная дата: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forms of abuse: {forms}.</source>
        <translation>Віды гвалту: {forms}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Timeline</source>
        <translation>Храналогія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>Паказаць:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Выпадкі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages</source>
        <translation>Паведамленні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical visits</source>
        <translation>Візіты да ўрача</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal dates</source>
        <translation>Юрыдычныя даты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show {what}</source>
        <translation>Паказаць: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Спачатку новыя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the newest entries first</source>
        <translation>Паказваць спачатку новыя запісы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline entries</source>
        <translation>Запісы храналогіі</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/trash_page.py" line="+105"/>
        <source>Empty the trash?</source>
        <translation>Ачысціць сметніцу?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entry(ies) in the trash will be removed for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n запіс у сметніцы будзе выдалены назаўсёды. Гэта нельга адмяніць.</numerusform>
            <numerusform>%n запісы ў сметніцы будуць выдалены назаўсёды. Гэта нельга адмяніць.</numerusform>
            <numerusform>%n запісаў у сметніцы будуць выдалены назаўсёды. Гэта нельга адмяніць.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove for good</source>
        <translation>Выдаліць назаўсёды</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incident</source>
        <translation>Выпадак</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Паведамленне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical visit</source>
        <translation>Зварот да лекара</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Чалавек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo or file</source>
        <translation>Фота або файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal date</source>
        <translation>Юрыдычная дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danger check</source>
        <translation>Праверка небяспекі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safety plan</source>
        <translation>План бяспекі</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to trash</source>
        <translation>Перанесена ў сметніцу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Коратка</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Things you moved to the trash stay here until you empty it. You can bring any of them back.</source>
        <translation>Тое, што вы перанеслі ў сметніцу, застаецца тут, пакуль вы яе не ачысціце. Любы запіс можна вярнуць.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries in the trash</source>
        <translation>Запісы ў сметніцы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back</source>
        <translation>Вярнуць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the selected entry</source>
        <translation>Вярнуць выбраны запіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the trash…</source>
        <translation>Ачысціць сметніцу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove everything in the trash for good</source>
        <translation>Выдаліць усё са сметніцы назаўсёды</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message numerus="yes">
        <location filename="../safeplan/ui/shell/unlock_screen.py" line="+185"/>
        <source>After several wrong tries, each new try waits a little longer. Seconds left: %n.</source>
        <translation>
            <numerusform>Пасля некалькіх няправільных спроб кожная наступная чакае крыху даўжэй. Засталося секунд: %n.</numerusform>
            <numerusform>Пасля некалькіх няправільных спроб кожная наступная чакае крыху даўжэй. Засталося секунд: %n.</numerusform>
            <numerusform>Пасля некалькіх няправільных спроб кожная наступная чакае крыху даўжэй. Засталося секунд: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening… this takes a few seconds.</source>
        <translation>Адкрываем… гэта зойме некалькі секунд.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter your passphrase</source>
        <translation>Увядзіце пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show what I type</source>
        <translation>Па&amp;казваць, што я ўводжу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what I type</source>
        <translation>Паказваць, што я ўводжу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Адкрыць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Адкрыць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening, please wait</source>
        <translation>Адкрываем, пачакайце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery code also works here, typed with its dashes.</source>
        <translation>Тут можна ўвесці і код аднаўлення — разам з рыскамі.</translation>
    </message>
</context>
<context>
    <name>VerifyReport</name>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="+11"/>
        <source>Export {export_id}, made {created}.</source>
        <translation>Экспарт {export_id}, створана {created}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No manifest found: expected the file {name} beside the PDF. Without it nothing can be checked.</source>
        <translation>Маніфест не знойдзены: побач з PDF павінен быць файл {name}. Без яго нічога нельга праверыць.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} is not a SafePlan export manifest, or it is damaged.</source>
        <translation>Файл {name} не з’яўляецца маніфестам экспарту SafePlan або пашкоджаны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be read ({error}).</source>
        <translation>Не ўдалося прачытаць файл ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The manifest&apos;s signature is valid: it has not been changed since it was signed with the key whose fingerprint is {fingerprint}.</source>
        <translation>Подпіс маніфеста сапраўдны: ён не змяняўся з моманту подпісу ключом з адбіткам {fingerprint}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest&apos;s signature does NOT match: the manifest was changed after it was signed, or it was not signed by SafePlan.</source>
        <translation>Подпіс маніфеста НЕ супадае: маніфест зменены пасля подпісу або падпісаны не SafePlan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest&apos;s statement does not match its own recorded fingerprint: it was edited.</source>
        <translation>Заява маніфеста не супадае з запісаным у ім адбіткам: яе рэдагавалі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} was not found.</source>
        <translation>Файл {name} не знойдзены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF is exactly the file that was exported ({size} bytes, SHA-256 {sha}).</source>
        <translation>PDF — дакладна той файл, які быў выгружаны ({size} байтаў, SHA-256 {sha}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF begins with the exported file, but {extra} byte(s) were added after its end. Added bytes (an &quot;incremental update&quot;) can change what a PDF viewer shows, so treat this copy as altered.</source>
        <translation>PDF пачынаецца з выгружанага файла, але пасля яго канца дададзена байтаў: {extra}. Дададзеныя байты («інкрэментальнае абнаўленне») могуць змяніць тое, што паказвае праграма прагляду PDF, таму лічыце гэту копію зменянай.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF is NOT the file that was exported: its SHA-256 is {actual}, the manifest says {expected}.</source>
        <translation>PDF НЕ з’яўляецца выгружаным файлам: яго SHA-256 — {actual}, а ў маніфесце — {expected}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF names this manifest&apos;s statement, so the two belong together.</source>
        <translation>PDF спасылаецца на заяву гэтага маніфеста, значыць, яны адносяцца адзін да аднаго.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF does not name this manifest&apos;s statement: they do not belong to the same export.</source>
        <translation>PDF не спасылаецца на заяву гэтага маніфеста: яны адносяцца да розных выгрузак.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {count} exhibit files were not supplied (no &quot;{folder}&quot; folder beside the PDF), so only the PDF was checked.</source>
        <translation>Файлы доказаў ({count}) не прадстаўлены (побач з PDF няма папкі «{folder}»), таму правераны толькі PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exhibit {number} ({name}) matches.</source>
        <translation>Доказ {number} ({name}) супадае.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit {number} ({name}) is missing.</source>
        <translation>Доказ {number} ({name}) адсутнічае.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit {number} ({name}) could not be read from the journal when the export was made, so it is not included.</source>
        <translation>Доказ {number} ({name}) не ўдалося прачытаць з журнала пры выгрузцы, таму ён не ўключаны.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exhibit {number} ({name}) has been changed: its content does not match the manifest.</source>
        <translation>Доказ {number} ({name}) зменены: яго змесціва не супадае з маніфестам.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the key fingerprint {fingerprint} with the one printed in the PDF and with the one the person who made it gave you separately.</source>
        <translation>Параўнайце адбітак ключа {fingerprint} з надрукаваным у PDF і з тым, які аўтар перадаў вам асобна.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything matches.</source>
        <translation>Усё супадае.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification FAILED: {count} problem(s) found.</source>
        <translation>Праверка НЕ ПРОЙДЗЕНА: знойдзена праблем: {count}.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="-210"/>
        <source>Physical</source>
        <translation>Фізічны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emotional / psychological</source>
        <translation>Эмацыйны / псіхалагічны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money / economic</source>
        <translation>Грошы / эканамічны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sexual</source>
        <translation>Сэксуальны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Following / stalking</source>
        <translation>Пераслед</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threats</source>
        <translation>Пагрозы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damage to things</source>
        <translation>Псаванне рэчаў</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Involving children</source>
        <translation>Датычыць дзяцей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone / online</source>
        <translation>Тэлефон / інтэрнэт</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Other</source>
        <translation>Іншае</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The person who hurt me</source>
        <translation>Той, хто прычыніў мне шкоду</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Witness</source>
        <translation>Сведка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone I trust</source>
        <translation>Чалавек, якому я давяраю</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Professional</source>
        <translation>Спецыяліст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Дзіця</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not said</source>
        <translation>Не пазначана</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exact time</source>
        <translation>Дакладны час</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Date and time</source>
        <translation>Дата і час</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Only the day</source>
        <translation>Толькі дзень</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only the month</source>
        <translation>Толькі месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the year</source>
        <translation>Толькі год</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approximate</source>
        <translation>Прыблізна</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 — mild</source>
        <translation>1 — слаба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 — serious</source>
        <translation>3 — сур’ёзна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 — moderate</source>
        <translation>2 — умерана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 — very serious</source>
        <translation>4 — вельмі сур’ёзна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 — extreme</source>
        <translation>5 — вельмі цяжка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not rated</source>
        <translation>Без ацэнкі</translation>
    </message>
</context>
<context>
    <name>WorkspaceWidget</name>
    <message>
        <location filename="../safeplan/ui/workspace/workspace.py" line="+234"/>
        <source>Timeline</source>
        <translation>Храналогія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents</source>
        <translation>Выпадкі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Паведамленні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medical</source>
        <translation>Медыцына</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Людзі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safety plan</source>
        <translation>План бяспекі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for court</source>
        <translation>Экспарт для суда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import messages</source>
        <translation>Імпарт паведамленняў</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Налады</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trash</source>
        <translation>Сметніца</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections of your journal</source>
        <translation>Раздзелы вашага дзённіка</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../safeplan/cli.py" line="+67"/>
        <source>A file could not be read or written:</source>
        <translation>Не атрымалася прачытаць або запісаць файл:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Something unexpected went wrong. Nothing was lost; please try again.</source>
        <translation>Адбылася непрадбачаная памылка. Нічога не страчана; паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/common.py" line="+32"/>
        <source>The passphrase is not right. Nothing was changed.</source>
        <translation>Пароль няправільны. Нічога не змянілася.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault files are damaged or incomplete. Nothing was changed. If you have a backup, you can restore it.</source>
        <translation>Файлы сховішча пашкоджаныя або няпоўныя. Нічога не змянілася. Калі ёсць рэзервовая копія, з яе можна аднавіць.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is open in another window or program. Close it there and try again.</source>
        <translation>Сховішча адкрыта ў іншым акне або праграме. Зачыніце яго там і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>Файл з такой назвай ужо ёсць. Выберыце іншую назву.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no vault at that path.</source>
        <translation>Па гэтым шляху сховішча няма.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be read, so nothing was imported.</source>
        <translation>Файл не атрымалася прачытаць, таму нічога не імпартавана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Скасавана. Нічога не запісана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk refused to save (full or read-only). The previous state is kept.</source>
        <translation>Дыск не даў захаваць (ён запоўнены або толькі для чытання). Ранейшы стан захаваны.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export does not match its signed manifest.</source>
        <translation>Экспарт не супадае са сваім падпісаным маніфестам.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such entry.</source>
        <translation>Такога запісу няма.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Something went wrong.</source>
        <translation>Нешта пайшло не так.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This value is not valid:</source>
        <translation>Недапушчальнае значэнне:</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/export_cmd.py" line="+96"/>
        <location line="+39"/>
        <source>Written: {path}</source>
        <translation>Запісана: {path}</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Export ID: {export_id}</source>
        <translation>Нумар экспарту: {export_id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation>Адбітак ключа подпісу: {fingerprint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These exhibits could not be read and are shown as missing: {numbers}</source>
        <translation>Гэтыя доказы не ўдалося прачытаць, яны паказаны як адсутныя: {numbers}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Say what to write, e.g. --json OUT.json or --pdf OUT.pdf.</source>
        <translation>Пакажыце, што запісаць, напрыклад --json OUT.json або --pdf OUT.pdf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--bundle and --csv go with --pdf OUT.pdf.</source>
        <translation>--bundle і --csv пазначаюцца разам з --pdf OUT.pdf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../safeplan/commands/import_cmd.py" line="+55"/>
        <location line="+21"/>
        <location filename="../safeplan/commands/vault_cmd.py" line="+56"/>
        <location line="+12"/>
        <source>Passphrase: </source>
        <translation>Пароль: </translation>
    </message>
    <message>
        <location filename="../safeplan/commands/demo_cmd.py" line="+31"/>
        <source>Give either a vault path or --portable DIR.</source>
        <translation>Укажыце шлях да сховішча або --portable ПАПКА.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Portable folder ready. Start it with: safeplan --portable {dir}</source>
        <translation>Пераносная папка гатова. Запуск: safeplan --portable {dir}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type 1234 then = in the calculator; the passphrase is &quot;{p}&quot;.</source>
        <translation>У калькулятары набярыце 1234 і =; пароль — «{p}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo vault created: {path}</source>
        <translation>Пробнае сховішча створана: {path}</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/import_cmd.py" line="-57"/>
        <source>people</source>
        <translation>людзі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incidents</source>
        <translation>выпадкі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages</source>
        <translation>паведамленні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>medical notes</source>
        <translation>медыцынскія запісы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachments</source>
        <translation>укладанні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>legal dates</source>
        <translation>юрыдычныя даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>danger-sign checks</source>
        <translation>праверкі прыкмет небяспекі</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This file does not say which time zone its times are in. Nothing was imported. Run the command again with --tz, for example --tz Europe/Minsk.</source>
        <translation>У гэтым файле не ўказаны часавы пояс. Нічога не імпартавана. Запусціце каманду яшчэ раз з --tz, напрыклад --tz Europe/Minsk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file suggests: {zone}</source>
        <translation>Мяркуючы па файле: {zone}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported — {counts}.</source>
        <translation>Імпартавана — {counts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in the vault, skipped: {n}.</source>
        <translation>Ужо былі ў сховішчы, прапушчана: {n}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{fmt} file {name} (SHA-256 {sha})</source>
        <translation>Файл {fmt} {name} (SHA-256 {sha})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages: {n}, service events: {m}, attachments: {a}</source>
        <translation>Паведамленняў: {n}, службовых падзей: {m}, укладанняў: {a}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {first} to {last}</source>
        <translation>З {first} па {last}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time zone: {tz} ({source})</source>
        <translation>Часавы пояс: {tz} ({source})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repairs recorded: {n}</source>
        <translation>Выпраўленняў запісана: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media not in the export: {n}</source>
        <translation>Медыяфайлаў няма ў выгрузцы: {n}</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/vault_cmd.py" line="-30"/>
        <location line="+13"/>
        <source>New passphrase: </source>
        <translation>Новы пароль: </translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Repeat it: </source>
        <translation>Паўтарыце: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation>Паролі не супадаюць. Нічога не створана.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vault created.</source>
        <translation>Сховішча створана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery code (write it down for a trusted person):</source>
        <translation>Код аднаўлення (запішыце яго для чалавека, якому давяраеце):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current passphrase: </source>
        <translation>Цяперашні пароль: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase changed.</source>
        <translation>Пароль зменены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup restored.</source>
        <translation>Рэзервовая копія адноўлена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The replaced files were kept in: {folder}</source>
        <translation>Замененыя файлы захаваны ў: {folder}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup written and verified: {path}</source>
        <translation>Рэзервовая копія запісана і праверана: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault is intact.</source>
        <translation>Сховішча ў парадку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault has problems:</source>
        <translation>У сховішчы ёсць праблемы:</translation>
    </message>
</context>
</TS>
