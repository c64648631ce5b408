<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY">
<context>
    <name>AccessNotice</name>
    <message>
        <location filename="../safeplan/ui/shell/journal_host.py" line="+178"/>
        <source>Since you last opened SafePlan, someone deleted or replaced the record of wrong passphrases. Someone may have tried to get in and hide it.</source>
        <translation>З таго часу, як вы апошні раз адкрывалі SafePlan, нехта выдаліў або падмяніў звесткі пра няўдалыя спробы ўваходу. Магчыма, нехта спрабаваў увайсці і схаваць гэта.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Failed attempts to open SafePlan since you last opened it: %n.</source>
        <translation>
            <numerusform>Няўдалых спроб адкрыць SafePlan з вашага мінулага ўваходу: %n.</numerusform>
            <numerusform>Няўдалых спроб адкрыць SafePlan з вашага мінулага ўваходу: %n.</numerusform>
            <numerusform>Няўдалых спроб адкрыць SafePlan з вашага мінулага ўваходу: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody has tried to open SafePlan with a wrong passphrase.</source>
        <translation>Ніхто не спрабаваў адкрыць SafePlan з няправільнай парольнай фразай.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody tried to open SafePlan with a wrong passphrase since your last visit.</source>
        <translation>З вашага мінулага ўваходу ніхто не спрабаваў адкрыць SafePlan з няправільнай парольнай фразай.</translation>
    </message>
    <message>
        <location line="+21"/>
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
    <name>AnswerBox</name>
    <message>
        <location filename="../safeplan/ui/workspace/answer_box.py" line="+35"/>
        <source>Not answered</source>
        <translation>Няма адказу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Не</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../safeplan/ui/workspace/attachment_viewer.py" line="+33"/>
        <source>Preview</source>
        <translation>Прагляд</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <translation>Такі файл нельга паказаць тут. Ён надзейна захоўваецца ў вашым журнале.

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
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="+152"/>
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
        <translation>Каб адкрыць файл у іншай праграме, трэба захаваць копію па-за абароненым журналам. Кожны, хто карыстаецца гэтым камп’ютарам, можа знайсці гэтую копію. Выдаліце яе, калі скончыце.</translation>
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
        <location line="+4"/>
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
        <location filename="../safeplan/ui/workspace/body_map.py" line="+187"/>
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
        <translation>Націсніце на тое месца цела, дзе ў вас траўма. З’явіцца пазнака з нумарам; побач напішыце, што гэта. З клавіятуры: стрэлкі рухаюць, Page Up/Page Down пераключаюць «спераду» і «ззаду», прабел ставіць пазнаку.</translation>
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
        <location line="+83"/>
        <source>Front</source>
        <translation>Спераду</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Ззаду</translation>
    </message>
    <message>
        <location line="-54"/>
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
        <location filename="../safeplan/ui/shell/calculator.py" line="+162"/>
        <source>Error</source>
        <translation>Памылка</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location filename="../safeplan/core/export/check_text.py" line="+59"/>
        <source>Evidence bundle {export_id}</source>
        <translation>Пакет доказаў {export_id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle contains:
- {pdf}: the chronology (open it with any PDF viewer);
- {manifest}: the check file (manifest) — the SHA-256 of the PDF and of every exhibit, readable;
- {signed}: the same data exactly as it was signed, and {sig}: its signature;
- {key}: the public key that made the signature;
- {verifier}: a checker that runs in your web browser, offline;
- the folder &quot;exhibits&quot;: the files, named by exhibit number (E-0001, E-0002 …). Photos are copies without the place where they were taken and without phone details (their names end in &quot;-without-location&quot;) unless the originals were chosen; the PDF says which, with the SHA-256 of both.</source>
        <translation>Пакет змяшчае:
- {pdf}: храналогія (адкрываецца любой праграмай для прагляду PDF);
- {manifest}: кантрольны файл — SHA-256 файла PDF і кожнага доказу ў чытэльным выглядзе;
- {signed}: тыя самыя даныя дакладна ў тым выглядзе, у якім яны падпісаны, і {sig}: іх подпіс;
- {key}: адкрыты ключ, якім зроблены подпіс;
- {verifier}: праграма праверкі, якая працуе ў браўзеры без інтэрнэту;
- тэчка «exhibits»: файлы доказаў пад іх нумарамі (E-0001, E-0002 …). Фотаздымкі — копіі без месца здымкі і без звестак пра тэлефон (імёны файлаў заканчваюцца на «-without-location»), калі не былі выбраны арыгіналы; у PDF пазначана, што менавіта ўкладзена, з SHA-256 абодвух файлаў.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Important: a SHA-256 compared with the check file alone proves nothing, because whoever changes a file can change the check file too. Only the signature proves it, and only if the key&apos;s fingerprint is the one the person who made the export gave you separately (in person, on paper or in a separate message) — not only the one printed in the PDF or in this bundle, which a forger would replace with their own.</source>
        <translation>Важна: параўнанне SHA-256 толькі з кантрольным файлам нічога не даказвае — той, хто змяніў файл, можа змяніць і кантрольны файл. Даказвае толькі подпіс, і толькі калі адбітак ключа супадае з тым, які аўтар дакумента перадаў вам асобна (асабіста, на паперы або асобным паведамленнем), а не толькі з надрукаваным у PDF ці ў гэтым пакеце: той, хто падрабляе дакумент, заменіць яго сваім.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How to check that nothing was changed</source>
        <translation>Як праверыць, што нічога не зменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a web browser, with nothing to install: unpack the bundle, open {verifier} ({browsers}) and drop the unpacked folder, or all its files, onto the page. Type the key fingerprint you received. The page reads the files on this computer only and sends nothing.</source>
        <translation>У браўзеры, нічога не ўсталёўваючы: распакуйце пакет, адкрыйце {verifier} ({browsers}) і перацягніце на старонку распакаваную тэчку або ўсе яе файлы. Увядзіце атрыманы вамі адбітак ключа. Старонка чытае файлы толькі на гэтым камп’ютары і нічога не адпраўляе.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With SafePlan: safeplan verify --key &quot;FINGERPRINT&quot; {target} (no passphrase is needed). It checks the signature, the PDF and every exhibit and says in words what matches.</source>
        <translation>З праграмай SafePlan: safeplan verify --key &quot;АДБІТАК&quot; {target} (парольная фраза не патрэбна). Праграма правярае подпіс, PDF і кожны доказ і словамі паведамляе, што супадае.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By hand with OpenSSL 3.0 or newer, in the unpacked folder (Linux and macOS terminal):</source>
        <translation>Уручную з OpenSSL 3.0 або навейшай версіяй, у распакаванай тэчцы (тэрмінал Linux або macOS):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a) Check the signature; it must print &quot;Signature Verified Successfully&quot;:</source>
        <translation>а) Праверце подпіс; павінна быць выведзена «Signature Verified Successfully»:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>b) Compute the key&apos;s fingerprint: the first 32 characters after &quot;=&quot; (read in groups of four; capital or small letters are the same) must be the fingerprint you received separately:</source>
        <translation>б) Вылічыце адбітак ключа: першыя 32 знакі пасля «=» (чытайце групамі па чатыры; вялікія і малыя літары раўназначныя) павінны супасці з адбіткам, атрыманым вамі асобна:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>c) Compute the SHA-256 of the PDF and of each exhibit, and find each value in {signed} (the search of any text editor). A value that is not there means the file was changed.</source>
        <translation>в) Вылічыце SHA-256 файла PDF і кожнага доказу і знайдзіце кожнае значэнне ў {signed} (пошукам у любым тэкставым рэдактары). Калі значэння там няма, файл зменены.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The files named here are in the evidence bundle (the zip made with this PDF); without the bundle, use safeplan verify with {pdf} and {manifest}.</source>
        <translation>Названыя тут файлы знаходзяцца ў пакеце доказаў (ZIP-архіве, створаным разам з гэтым PDF); без пакета выкарыстоўвайце safeplan verify з {pdf} і {manifest}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the evidence bundle: a copy without location and device data (SHA-256 {sha}); the pixels are the original&apos;s, whose SHA-256 is given above.</source>
        <translation>У пакеце доказаў: копія без даных пра месцазнаходжанне і прыладу (SHA-256 {sha}); выява тая ж, што ў арыгінале, SHA-256 якога пазначаны вышэй.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the evidence bundle: the original file, with any location and device data it holds.</source>
        <translation>У пакеце доказаў: арыгінальны файл з усімі данымі пра месцазнаходжанне і прыладу, якія ў ім ёсць.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the evidence bundle: a copy without location data could not be made, and the original was not chosen.</source>
        <translation>Не ўключана ў пакет доказаў: копію без даных пра месцазнаходжанне зрабіць не ўдалося, а арыгінал не быў выбраны.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="+22"/>
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
        <location line="+3"/>
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
        <translation>Запісы ў храналогіі</translation>
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
        <location line="+71"/>
        <source>Medical notes</source>
        <translation>Медыцынскія запісы</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+26"/>
        <location line="+48"/>
        <location line="+45"/>
        <source>Exhibits</source>
        <translation>Доказы</translation>
    </message>
    <message>
        <location line="-112"/>
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
        <source>One incident can be of several forms, so these numbers can add up to more than the number of incidents ({n}).</source>
        <translation>Адно здарэнне можа адносіцца да некалькіх формаў гвалту, таму сума гэтых лікаў можа быць большая за колькасць здарэнняў ({n}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages per day</source>
        <translation>Паведамленні па днях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dated entries to show.</source>
        <translation>Няма датаваных запісаў.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../safeplan/ui/workspace/entry_numbers.py" line="+26"/>
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
        <location filename="../safeplan/ui/workspace/entry_numbers.py" line="-2"/>
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
        <location line="-70"/>
        <source>Document reference</source>
        <translation>Нумар дакумента</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Legal steps</source>
        <translation>Прававыя дзеянні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each entry shows when the event happened (as exactly as it is known) and, separately, when it was written down by the computer clock. Approximate dates are marked as such. Exhibits are numbered {example} … and their SHA-256 fingerprints are listed so that any change to a file can be detected.</source>
        <translation>У кожным запісе пазначана, калі адбылася падзея (настолькі дакладна, наколькі гэта вядома), і асобна — калі запіс быў зроблены, па гадзінніку камп’ютара. Прыблізныя даты адзначаны як прыблізныя. Доказы пранумараваны ({example} …), для кожнага пазначаны адбітак SHA-256, па якім можна выявіць любую змену файла.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incidents per month, by how serious they felt (1 to 5)</source>
        <translation>Здарэнні па месяцах і па тым, наколькі сур’ёзнымі яны адчуваліся (ад 1 да 5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How serious it felt (1 to 5)</source>
        <translation>Наколькі сур’ёзным гэта адчувалася (ад 1 да 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rating</source>
        <translation>без ацэнкі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../safeplan/core/export/labels_legal.py" line="+87"/>
        <source>Summary table of events</source>
        <translation>Зводная табліца падзей</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+2"/>
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
        <location line="+4"/>
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
        <location line="+2"/>
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
        <location line="+9"/>
        <source>Message transcripts</source>
        <translation>Тэксты паведамленняў</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../safeplan/ui/workspace/entry_numbers.py" line="+1"/>
        <source>Exhibit {number}</source>
        <translation>Доказ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken on</source>
        <translation>Знята</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../safeplan/core/export/labels_legal.py" line="+7"/>
        <source>Integrity and how to check this document</source>
        <translation>Цэласнасць і як праверыць гэты дакумент</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing key fingerprint</source>
        <translation>Адбітак ключа подпісу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How to check</source>
        <translation>Як праверыць</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By hand: compute the SHA-256 of this PDF (for example “sha256sum {pdf}” or “certutil -hashfile {pdf} SHA256”) and compare it with the value “pdf.sha256” in {manifest}. Do the same for each exhibit file and the list of exhibits.</source>
        <translation>Уручную: вылічыце SHA-256 гэтага PDF (напрыклад, «sha256sum {pdf}» або «certutil -hashfile {pdf} SHA256») і параўнайце са значэннем «pdf.sha256» у {manifest}. Тое ж самае зрабіце для кожнага файла доказу і спіса доказаў.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare the signing key fingerprint above with the one the person who made this document gave you separately. A document changed after export, or bytes added to its end, will not match.</source>
        <translation>Параўнайце адбітак ключа подпісу вышэй з тым, які аўтар дакумента перадаў вам асобна. Дакумент, зменены пасля экспарту, або з байтамі, дададзенымі ў канец, не супадзе.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I certify that the entries in this chronology were recorded by me at the recorded times shown, that they describe events as I experienced or witnessed them, and that the exhibits are true copies of the files I collected.</source>
        <translation>Пацвярджаю, што запісы ў гэтай храналогіі зроблены мной у пазначаны час запісу, што падзеі апісаны ў іх так, як яны былі перажыты або ўбачаны мной, і што доказы з’яўляюцца сапраўднымі копіямі сабраных мной файлаў.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signature</source>
        <translation>Подпіс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incident</source>
        <translation>Здарэнне</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>How it affected me</source>
        <translation>Як гэта на мяне паўплывала</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the police were not contacted</source>
        <translation>у міліцыю не звярталіся</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What I did afterwards</source>
        <translation>Мае дзеянні пасля гэтага</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Number or name</source>
        <translation>Нумар або назва</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>right side</source>
        <translation>правы бок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left side</source>
        <translation>левы бок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Right side” and “left side” are the sides of the person’s own body: on the front view the right side is on the left of the drawing, as on a medical chart.</source>
        <translation>«Правы бок» і «левы бок» — бакі цела самога чалавека: на выглядзе спераду правы бок знаходзіцца на малюнку злева, як у медыцынскай карце.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages are grouped by conversation. Cite a message by its number (for example {example}) and the page number. Times are the original times from the source file.</source>
        <translation>Паведамленні згрупаваны па перапісках. Спасылайцеся на паведамленне па яго нумары (напрыклад, {example}) і нумары старонкі. Час пазначаны так, як ён запісаны ў зыходным файле.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversation {ref}: {title}</source>
        <translation>Перапіска {ref}: {title}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Description of the picture</source>
        <translation>Апісанне выявы</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hash of the journal when this document was made (last link of the chain)</source>
        <translation>Хэш-значэнне журнала на момант складання дакумента (апошняе звяно ланцужка запісаў)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 of the signed part of the check file</source>
        <translation>SHA-256 падпісанай часткі кантрольнага файла</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check file (signed)</source>
        <translation>Кантрольны файл (падпісаны)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change to an entry is kept as a new revision in a hash chain; the hash of the journal above identifies the exact state of the journal this document was made from. A check file is written beside this PDF. It lists the SHA-256 of this PDF and of every exhibit and is signed with a key kept inside the journal. A document cannot contain its own fingerprint, so this page prints the fingerprint of the signed part of the check file and of the signing key; the check file in turn holds the fingerprint of this PDF.</source>
        <translation>Кожная змена запісу захоўваецца як новая рэдакцыя ў ланцужку хэш-значэнняў; пазначанае вышэй хэш-значэнне журнала дакладна вызначае стан журнала, з якога складзены гэты дакумент. Побач з гэтым PDF-файлам запісваецца кантрольны файл. У ім пазначаны SHA-256 гэтага PDF-файла і кожнага доказу, і ён падпісаны ключом, які захоўваецца ў журнале. Дакумент не можа змяшчаць уласны адбітак, таму на гэтай старонцы прыведзены адбітак падпісанай часткі кантрольнага файла і адбітак ключа подпісу; кантрольны файл, у сваю чаргу, змяшчае адбітак гэтага PDF-файла.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With SafePlan: run “safeplan verify {pdf}”. It checks the signature, this PDF and any exhibit files beside it and says in plain words what matches and what does not. No passphrase is needed.</source>
        <translation>З дапамогай SafePlan: выканайце «safeplan verify {pdf}». Праграма праверыць подпіс, гэты PDF і файлы доказаў побач з ім і простымі словамі паведаміць, што супадае, а што не. Парольная фраза не патрэбна.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Statement of truth</source>
        <translation>Заява аб дакладнасці звестак</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name or initials</source>
        <translation>Прозвішча і ініцыялы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Medical visit</source>
        <translation>Зварот па медыцынскую дапамогу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal step</source>
        <translation>Прававое дзеянне</translation>
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
        <source>1 of 5</source>
        <translation>1 з 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 of 5</source>
        <translation>2 з 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 of 5</source>
        <translation>3 з 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 of 5</source>
        <translation>4 з 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 of 5</source>
        <translation>5 з 5</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels_fidelity.py" line="+15"/>
        <source>Imported into the journal on</source>
        <translation>Дата пераносу ў журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the file</source>
        <translation>з файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of recording stated in the file</source>
        <translation>Час запісу, пазначаны ў файле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not stated</source>
        <translation>не пазначана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>working notes included (evidence still needed, tags, private entries)</source>
        <translation>працоўныя нататкі ўключаны (доказы, якіх не хапае, пазнакі, запісы «Толькі для мяне і майго юрыста»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>working notes left out</source>
        <translation>працоўныя нататкі не ўключаны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} — working copy with working notes, not for filing</source>
        <translation>{title} — рабочая копія з рабочымі нататкамі, не для падачы ў суд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amendments</source>
        <translation>Змены запісаў</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change made to an entry after it was first recorded, field by field, with the time the change was saved. Earlier versions are kept in the journal and bound by its hash chain.</source>
        <translation>Кожная змена запісу пасля яго першага захавання — па кожным полі, з часам захавання змены. Ранейшыя рэдакцыі захоўваюцца ў журнале і звязаны яго ланцужком хэш-значэнняў.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amended on {when}</source>
        <translation>Зменена {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Стала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(пуста)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change concerns only details that this document leaves out (working notes, or what the chosen options leave out).</source>
        <translation>Гэтая змена датычыцца толькі звестак, не ўключаных у гэты дакумент (працоўных нататак або таго, што выключана выбранымі наладамі).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted entries</source>
        <translation>Выдаленыя запісы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries of this period that were moved to the trash. They are not printed above; the journal keeps them and their history.</source>
        <translation>Запісы гэтага перыяду, перамешчаныя ў сметніцу. Вышэй яны не надрукаваны; журнал захоўвае іх і іх гісторыю.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No. {number} ({kind}): deleted on {when}</source>
        <translation>№ {number} ({kind}): выдалена {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to the second</source>
        <translation>да секунды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the minute</source>
        <translation>да хвіліны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>дзень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approximate</source>
        <translation>прыблізна</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels_legal.py" line="-75"/>
        <location filename="../safeplan/ui/workspace/entry_numbers.py" line="-3"/>
        <source>E</source>
        <translation>Е</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../safeplan/ui/workspace/entry_numbers.py" line="+1"/>
        <location filename="../safeplan/ui/workspace/messages_page.py" line="+49"/>
        <source>C</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ref.</source>
        <translation>Нумар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Што адбылося</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Доказы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Стар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per entry, in the order the events happened. “Page” is the page of this document where the full entry begins.</source>
        <translation>Адзін радок на запіс, у парадку падзей. «Стар.» — старонка гэтага дакумента, на якой пачынаецца поўны запіс.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How serious (1–5)</source>
        <translation>Наколькі сур’ёзна (1–5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>выканана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet completed</source>
        <translation>яшчэ не выканана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Дакумент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of pages</source>
        <translation>Колькасць аркушаў</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pages}, including the pages of this statement</source>
        <translation>{pages}, уключаючы аркушы гэтай заявы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents</source>
        <translation>Змест</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I, the undersigned, confirm the following about the document described above.</source>
        <translation>Пацвярджаю наступнае ў дачыненні да названага вышэй дакумента.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1. What I saw or heard myself. I wrote the entries listed below myself. In them I describe what I saw or heard myself. Where an entry describes something I learned from another person or from a document, the entry names that person or document.</source>
        <translation>1. Звесткі, вядомыя мне асабіста. Пералічаныя ніжэй запісы складзены мной асабіста. У іх апісана ўбачанае і пачутае мной асабіста. Калі ў запісе апісана тое, што мне стала вядома ад іншай асобы або з дакумента, у запісе названа гэтая асоба або гэты дакумент.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2. What comes from other sources. I did not write the entries and messages listed below: they were copied without change from the files named here (for example message exports from a phone). Their times are the times stated in those files.</source>
        <translation>2. Звесткі з іншых крыніц. Пералічаныя ніжэй запісы і паведамленні складзены не мной: яны перанесены без змен з названых тут файлаў (напрыклад, экспарту перапіскі з тэлефона). Час для іх пазначаны так, як ён запісаны ў гэтых файлах.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3. The exhibits are copies of files I collected. Each is identified by its SHA-256 fingerprint, so any later change to a file can be detected.</source>
        <translation>3. Доказы з’яўляюцца копіямі файлаў, сабраных мной. Кожны з іх пазначаны адбіткам SHA-256, таму любую наступную змену файла можна выявіць.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4. To the best of my knowledge, what I recorded in this document is true.</source>
        <translation>4. Наколькі мне вядома, выкладзенае мной у гэтым дакуменце адпавядае рэчаіснасці.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am aware that knowingly making a false report of a crime and knowingly giving false statements are criminal offences (in the Republic of Belarus: Articles 400 and 401 of the Criminal Code).</source>
        <translation>Аб крымінальнай адказнасці за заведама ілжывы данос і заведама ілжывыя паказанні (артыкулы 400 і 401 Крымінальнага кодэкса Рэспублікі Беларусь) мне вядома.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none in this document</source>
        <translation>у гэтым дакуменце такіх няма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{refs} (entered by hand)</source>
        <translation>{refs} (уведзена ўручную)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{refs}: from the file “{file}”, imported on {date}</source>
        <translation>{refs}: з файла «{file}», дата пераносу {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{refs}: from the file “{file}”</source>
        <translation>{refs}: з файла «{file}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{refs}: entered from another program; file name not recorded</source>
        <translation>{refs}: крыніца — іншая праграма; імя файла не захавалася</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entries {first} to {last}</source>
        <translation>запісы з {first} па {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry {first}</source>
        <translation>запіс {first}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages {first} to {last}</source>
        <translation>паведамленні з {first} па {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message {first}</source>
        <translation>паведамленне {first}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Месца складання</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appendices</source>
        <translation>Дадаткі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts of this document and the files that go with it. Page counts are for one-sided printing.</source>
        <translation>Часткі гэтага дакумента і файлы да яго. Колькасць аркушаў пазначана для аднабаковага друку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 page (page {first})</source>
        <translation>на 1 арк. (с. {first})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} pages (pages {first} to {last})</source>
        <translation>на {n} арк. (с. {first}–{last})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in electronic form</source>
        <translation>у электронным выглядзе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full entries ({count})</source>
        <translation>Поўныя запісы ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message transcripts ({count})</source>
        <translation>Тэксты паведамленняў ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of exhibits with their SHA-256 fingerprints</source>
        <translation>Спіс доказаў з адбіткамі SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture {ref}, file “{file}”</source>
        <translation>Выява {ref}, файл «{file}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File {ref} “{file}” (cannot be printed)</source>
        <translation>Файл {ref} «{file}» (немагчыма раздрукаваць)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check file “{name}”, signed, for checking this document</source>
        <translation>Кантрольны файл «{name}» з электронным подпісам для праверкі гэтага дакумента</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be shown on paper. The original is kept unchanged in the journal and can be identified by its SHA-256.</source>
        <translation>Гэты файл немагчыма паказаць на паперы. Арыгінал захоўваецца ў журнале без змен, яго можна апазнаць па SHA-256.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Witnesses I ask the court to summon</source>
        <translation>Прашу выклікаць у суд сведак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named in entries {refs}</source>
        <translation>згадваецца ў запісах: {refs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how to reach: {contact}</source>
        <translation>кантактныя даныя: {contact}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact details of witnesses included</source>
        <translation>кантактныя даныя сведак уключаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details are not included in this document.</source>
        <translation>Кантактныя даныя ў гэты дакумент не ўключаны.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entered by hand</source>
        <translation>уведзена ўручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported file</source>
        <translation>перанесена з файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice from the messaging app</source>
        <translation>Службовае апавяшчэнне мэсенджара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type in the file: {token}</source>
        <translation>тып у файле: {token}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration {minutes} min {seconds} s</source>
        <translation>працягласць {minutes} хв {seconds} с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration not stated</source>
        <translation>працягласць не пазначана</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telegram export file</source>
        <translation>файл экспарту Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp export file</source>
        <translation>файл экспарту WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS backup file</source>
        <translation>файл рэзервовай копіі SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail file</source>
        <translation>файл электроннага ліста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picture file</source>
        <translation>файл выявы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone call</source>
        <translation>Тэлефонны званок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group call</source>
        <translation>Групавы званок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined Telegram</source>
        <translation>Рэгістрацыя ў Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created the group</source>
        <translation>Створана група</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added members</source>
        <translation>Дададзены ўдзельнікі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed members</source>
        <translation>Выдалены ўдзельнікі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned a message</source>
        <translation>Замацавана паведамленне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the group name</source>
        <translation>Зменена назва групы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the group picture</source>
        <translation>Зменена выява групы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed the group picture</source>
        <translation>Выдалена выява групы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared the chat history</source>
        <translation>Ачышчана гісторыя перапіскі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took a screenshot</source>
        <translation>Зроблены здымак экрана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set messages to disappear</source>
        <translation>Уключана аўтавыдаленне паведамленняў</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined the messaging app</source>
        <translation>Рэгістрацыя ў мэсенджары</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missed</source>
        <translation>прапушчаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined (busy)</source>
        <translation>адхілены (занята)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>завершаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>перарваны</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/missing_glyphs.py" line="+23"/>
        <source>Characters that could not be printed</source>
        <translation>Сімвалы, якія не ўдалося надрукаваць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every character of the recorded text and of the imported messages is printed in this document.</source>
        <translation>Усе сімвалы запісанага тэксту і імпартаваных паведамленняў надрукаваны ў гэтым дакуменце.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fonts of this document have no picture for the characters below. Each one is printed in its place as [U+code]; the original files and the CSV table keep the character itself.</source>
        <translation>У шрыфтах гэтага дакумента няма накрэслення для пералічаных ніжэй сімвалаў. Кожны з іх надрукаваны на сваім месцы як [U+code]; зыходныя файлы і табліца CSV утрымліваюць сам сімвал.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/sections_check.py" line="+19"/>
        <source>Dated receipts</source>
        <translation>Датаваныя квітанцыі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the times below, the person who kept this journal made a short receipt code of the journal&apos;s state and sent it to someone outside. The message it was sent in carries its own date; the code fits only the journal as it was then, so the entries listed beside it existed by that date. Check a code with safeplan verify --receipt CODE or in verify.html.</source>
        <translation>У пазначаны ніжэй час аўтар журнала ствараў кароткі код квітанцыі пра стан журнала і адпраўляў яго іншай асобе. Паведамленне з кодам мае ўласную дату; код адпавядае толькі тагачаснаму стану журнала, таму пералічаныя побач запісы існавалі на гэтую дату. Праверыць код можна камандай safeplan verify --receipt КОД або ў verify.html.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt code</source>
        <translation>Код квітанцыі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>Дата стварэння</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries that existed then</source>
        <translation>Запісы, якія існавалі на той момант</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/sections_messages.py" line="+25"/>
        <source>dates read as {order} ({how})</source>
        <translation>даты прачытаны як {order} ({how})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year</source>
        <translation>дзень/месяц/год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month/day/year</source>
        <translation>месяц/дзень/год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year/month/day</source>
        <translation>год/месяц/дзень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chosen by the person importing</source>
        <translation>выбрана пры імпарце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shown by the file</source>
        <translation>пазначана ў файле</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message numbers are permanent: every export of this journal, whole or filtered, gives a message the same number. They follow the order in which the messages were imported, so a message imported later has a higher number even when it was sent earlier.</source>
        <translation>Нумары паведамленняў пастаянныя: у кожным экспарце гэтага журнала, поўным або з адборам, паведамленне мае адзін і той жа нумар. Нумары ідуць у тым парадку, у якім паведамленні былі перанесены ў журнал, таму паведамленне, перанесенае пазней, мае большы нумар, нават калі яно было адпраўлена раней.</translation>
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
        <location filename="../safeplan/ui/dialogs.py" line="+71"/>
        <location line="+21"/>
        <location line="+146"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+49"/>
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
        <location line="+88"/>
        <source>Exit</source>
        <translation>Выйсці</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit now</source>
        <translation>Выйсці зараз</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a file</source>
        <translation>Выбар файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look in:</source>
        <translation>Тэчка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name:</source>
        <translation>Назва файла:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Тып файлаў:</translation>
    </message>
</context>
<context>
    <name>DiaryAccessNotice</name>
    <message>
        <location filename="../safeplan/ui/shell/diary_notice.py" line="+20"/>
        <source>Since you last opened the diary, someone deleted or replaced the record of wrong passphrases. Someone may have tried to get in and hide it.</source>
        <translation>З таго часу, як вы апошні раз адкрывалі дзённік, нехта выдаліў або падмяніў звесткі пра няўдалыя спробы ўваходу. Магчыма, нехта спрабаваў увайсці і схаваць гэта.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Failed attempts to open the diary since you last opened it: %n.</source>
        <translation>
            <numerusform>Няўдалых спроб адкрыць дзённік з вашага мінулага ўваходу: %n.</numerusform>
            <numerusform>Няўдалых спроб адкрыць дзённік з вашага мінулага ўваходу: %n.</numerusform>
            <numerusform>Няўдалых спроб адкрыць дзённік з вашага мінулага ўваходу: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody has tried to open the diary with a wrong passphrase.</source>
        <translation>Ніхто не спрабаваў адкрыць дзённік з няправільнай парольнай фразай.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody tried to open the diary with a wrong passphrase since your last visit.</source>
        <translation>З вашага мінулага ўваходу ніхто не спрабаваў адкрыць дзённік з няправільнай парольнай фразай.</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <location filename="../safeplan/ui/shell/diary_window.py" line="+231"/>
        <source>Saved.</source>
        <translation>Захавана.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete this note?</source>
        <translation>Выдаліць гэты запіс?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note will be deleted from the diary.</source>
        <translation>Запіс будзе выдалены з дзённіка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The note was deleted.</source>
        <translation>Запіс выдалены.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(empty note)</source>
        <translation>(пусты запіс)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notes with these words.</source>
        <translation>Няма запісаў з гэтымі словамі.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The disk is full, so the note was not saved. Your text is still here: free some space, then press Save again.</source>
        <translation>Дыск запоўнены, таму запіс не захаваны. Ваш тэкст застаўся тут: вызваліце месца і зноў націсніце «Захаваць».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note could not be saved. Your text is still here: press Save again.</source>
        <translation>Не атрымалася захаваць запіс. Ваш тэкст застаўся тут: націсніце «Захаваць» яшчэ раз.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>My diary</source>
        <translation>Мой дзённік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New note</source>
        <translation>&amp;Новы запіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New note</source>
        <translation>Новы запіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>&amp;Сёння</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s note</source>
        <translation>Запіс за сёння</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lar&amp;ger text</source>
        <translation>Буйны &amp;шрыфт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>Буйны шрыфт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words from a note</source>
        <translation>Словы з запісу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search notes</source>
        <translation>Пошук па запісах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>&amp;Запісы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes, newest first</source>
        <translation>Запісы, спачатку новыя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>&amp;Дзень:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of this note</source>
        <translation>Дзень гэтага запісу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Запіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write here. The first line is the note&apos;s title.</source>
        <translation>Пішыце тут. Першы радок — загаловак запісу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>За&amp;хаваць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the note</source>
        <translation>Захаваць запіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note</source>
        <translation>Выдаліць запіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this note</source>
        <translation>Выдаліць гэты запіс</translation>
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
        <location line="+104"/>
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
        <source>Search: city, country or name</source>
        <translation>Пошук: горад, краіна або назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search help services by city, country or name</source>
        <translation>Шукаць службы дапамогі па горадзе, краіне або назве</translation>
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
        <location line="+23"/>
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
        <location line="+2"/>
        <source>City: {city}</source>
        <translation>Горад: {city}</translation>
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
        <translation>Ваш код аднаўлення. Запішыце яго на паперы адразу і аддайце чалавеку, якому давяраеце. Ён адкрые SafePlan, калі вы забудзеце парольную фразу. Код паказваецца толькі адзін раз.</translation>
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
        <translation>Увядзіце другую парольную фразу (не карацей за 4 знакі).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Парольныя фразы пакуль не супадаюць.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The second passphrase must be different from your real one.</source>
        <translation>Другая парольная фраза павінна адрознівацца ад сапраўднай.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If someone forces you</source>
        <translation>Калі вас прымусяць</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You can set a second passphrase. If someone forces you to open SafePlan, type it instead: a separate journal opens, with a few ordinary entries you can change. Nothing in it mentions your real journal. This step is optional.</source>
        <translation>Можна задаць другую парольную фразу. Калі вас прымусяць адкрыць SafePlan, увядзіце яе замест сапраўднай: адкрыецца асобны журнал з некалькімі звычайнымі запісамі, якія можна мяняць. У ім няма ні слова пра ваш сапраўдны журнал. Гэты крок можна прапусціць.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set a second passphrase</source>
        <translation>Задаць другую парольную фразу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second &amp;passphrase:</source>
        <translation>Другая &amp;парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second passphrase</source>
        <translation>Другая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it &amp;again:</source>
        <translation>Увядзіце &amp;яшчэ раз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the second passphrase again</source>
        <translation>Увядзіце другую парольную фразу яшчэ раз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limits: someone who copies the computer&apos;s disk several times could notice that saved files change in size when you use your real journal.</source>
        <translation>Абмежаванне: калі нехта некалькі разоў скапіруе дыск камп’ютара, ён можа заўважыць, што захаваныя файлы мяняюцца ў памеры, калі вы карыстаецеся сапраўдным журналам.</translation>
    </message>
</context>
<context>
    <name>DuressSample</name>
    <message>
        <location filename="../safeplan/ui/shell/duress_sample.py" line="+34"/>
        <source>Mum</source>
        <translation>Мама</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mother</source>
        <translation>мама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call on Sundays.</source>
        <translation>Тэлефанаваць па нядзелях.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandma</source>
        <translation>Бабуля</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>grandmother</source>
        <translation>бабуля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring her medicine on Thursdays.</source>
        <translation>Завозіць ёй лекі па чацвяргах.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sveta</source>
        <translation>Света</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>friend from school</source>
        <translation>школьная сяброўка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday in spring.</source>
        <translation>Дзень нараджэння вясной.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aunt Valya</source>
        <translation>Цётка Валя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aunt</source>
        <translation>цётка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dr. Novak</source>
        <translation>Доктар Новак</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>family doctor</source>
        <translation>сямейны ўрач</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Olga Petrovna</source>
        <translation>Вольга Пятроўна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dentist</source>
        <translation>стаматолаг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-up every six months.</source>
        <translation>Агляд раз на паўгода.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>City clinic</source>
        <translation>Гарадская паліклініка</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Routine check-up. Blood pressure normal.</source>
        <translation>Планавы агляд. Ціск у норме.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vitamin D in winter.</source>
        <translation>Зімой вітамін D.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dental clinic</source>
        <translation>Стаматалогія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One small filling.</source>
        <translation>Адна маленькая пламба.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Come back in six months.</source>
        <translation>Прыйсці зноў праз паўгода.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cold. No fever.</source>
        <translation>Прастуда, без тэмпературы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tea, rest, three days at home.</source>
        <translation>Гарбата, адпачынак, тры дні дома.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optician</source>
        <translation>Оптыка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyesight slightly worse.</source>
        <translation>Зрок крыху пагоршыўся.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New glasses.</source>
        <translation>Новыя акуляры.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neighbour and the parking space</source>
        <translation>Сусед і месца на паркоўцы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yard</source>
        <translation>Двор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The neighbour from the third floor parked in our space again and shouted when I asked him to move the car.</source>
        <translation>Сусед з трэцяга паверха зноў паставіў машыну на наша месца і накрычаў, калі яго папрасілі яе пераставіць.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annoying. I will ask the building manager.</source>
        <translation>Непрыемна. Спытаю ў ЖЭСе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renovation noise upstairs</source>
        <translation>Рамонт у суседзяў зверху</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home</source>
        <translation>Дома</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drilling upstairs again after ten in the evening.</source>
        <translation>Зверху зноў свідравалі пасля дзесяці вечара.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not sleep. Will write to the housing office.</source>
        <translation>Не спалася. Напішу ў ЖЭС.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overcharged at the shop</source>
        <translation>Аблічылі ў краме</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shop near the stop</source>
        <translation>Крама каля прыпынку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receipt had the milk twice. The cashier argued first, then gave the money back.</source>
        <translation>У чэку малако двойчы. Касір спачатку спрачаўся, потым вярнуў грошы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the receipt every time.</source>
        <translation>Заўсёды правяраць чэк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bus did not come</source>
        <translation>Аўтобус не прыйшоў</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bus stop</source>
        <translation>Прыпынак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited forty minutes in the cold, then took a taxi.</source>
        <translation>Сорак хвілін чакання на холадзе, потым таксі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late for work. Ask about the new timetable.</source>
        <translation>Спазненне на працу. Даведацца пра новы расклад.</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../safeplan/ui/workspace/entry_list_model.py" line="+57"/>
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
    <name>EntryNumbers</name>
    <message>
        <location filename="../safeplan/ui/workspace/entry_numbers.py" line="+7"/>
        <source>Number {number}.</source>
        <translation>Нумар {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message number {number}.</source>
        <translation>Паведамленне № {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The court document (PDF) cites this entry as {number}.</source>
        <translation>Дакумент для суда (PDF) называе гэты запіс {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The court document (PDF) cites this file as {number}.</source>
        <translation>Дакумент для суда (PDF) называе гэты файл {number}.</translation>
    </message>
</context>
<context>
    <name>EntryPicker</name>
    <message>
        <location filename="../safeplan/ui/workspace/entry_picker.py" line="+132"/>
        <source>Choose from the list…</source>
        <translation>Выберыце са спіса…</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+20"/>
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
        <location line="+16"/>
        <source>(removed)</source>
        <translation>(выдалена)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../safeplan/ui/strings.py" line="+22"/>
        <source>That passphrase did not open it. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Гэтая парольная фраза не падышла. Праверце мову клавіятуры і Caps Lock і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved data could not be read; it may be damaged. If you have a backup, you can restore it from there.</source>
        <translation>Захаваныя даныя не атрымалася прачытаць: магчыма, яны пашкоджаныя. Калі ў вас ёсць рэзервовая копія, можна аднавіць усё з яе.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is already open in another window. Close that window first.</source>
        <translation>Журнал ужо адкрыты ў іншым акне. Спачатку зачыніце тое акно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already saved data in that place. Choose another folder.</source>
        <translation>У гэтым месцы ўжо ёсць захаваныя даныя. Выберыце іншую тэчку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved data was not found. If it is on a USB stick, plug the stick in and try again.</source>
        <translation>Захаваныя даныя не знойдзены. Калі яны на флэшцы, устаўце яе і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was locked. Open it again to continue.</source>
        <translation>Журнал заблакаваны. Каб працягнуць, адкрыйце яго зноў.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file was not imported: it goes far beyond what a real export holds ({limit}). Nothing was changed.</source>
        <translation>Гэты файл не імпартаваны: ён значна большы, чым бывае сапраўдны файл экспарту ({limit}). Нічога не зменена.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <translation>Не атрымалася адкрыць файл або тэчку. Праверце, што яны на месцы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{found} MB in one e-mail; at most {maximum} MB</source>
        <translation>{found} МБ у адным лісце; не больш за {maximum} МБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{found} parts in one e-mail; at most {maximum}</source>
        <translation>частак у адным лісце: {found}; не больш за {maximum}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forwarded e-mails {found} levels deep; at most {maximum}</source>
        <translation>перасланыя лісты ўкладзены адзін у адзін на {found} узроўняў; не больш за {maximum}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e-mail parts {found} levels deep; at most {maximum}</source>
        <translation>часткі ліста ўкладзены адна ў адну на {found} узроўняў; не больш за {maximum}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file in the zip expands {found} times; real export files at most {maximum} times</source>
        <translation>файл у архіве пры распакаванні павялічваецца ў {found} разоў; у сапраўдных файлаў экспарту — не больш чым у {maximum} разоў</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the zip expands to {found} MB; at most {maximum} MB</source>
        <translation>архіў распакоўваецца ў {found} МБ; дапушчальна не больш за {maximum} МБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{found} files in the zip; at most {maximum}</source>
        <translation>файлаў у архіве: {found}; дапушчальна не больш за {maximum}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{found} MB of chat text; at most {maximum} MB</source>
        <translation>{found} МБ тэксту чата; дапушчальна не больш за {maximum} МБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{found} messages in one chat; at most {maximum}</source>
        <translation>паведамленняў у адным чаце: {found}; дапушчальна не больш за {maximum}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{found} lines of chat text; at most {maximum}</source>
        <translation>радкоў тэксту чата: {found}; дапушчальна не больш за {maximum}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nested more than {maximum} levels deep; real exports fewer than 10</source>
        <translation>укладзенасць больш за {maximum} узроўняў; у сапраўдных файлах экспарту — менш за 10</translation>
    </message>
</context>
<context>
    <name>EscalationChart</name>
    <message>
        <location filename="../safeplan/ui/workspace/escalation_chart.py" line="+131"/>
        <source>not rated</source>
        <translation>без ацэнкі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severity {n}</source>
        <translation>сур’ёзнасць {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No incidents with a date yet.</source>
        <translation>Пакуль няма здарэнняў з датай.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} incidents over {months} months. Most in {month}: {most}.</source>
        <translation>Здарэнняў: {n} за {months} мес. Найбольш у {month}: {most}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chart shows the last {n} months, from {first}; earlier incidents are in the list below.</source>
        <translation>Графік паказвае апошнія {n} мес., з {first}; больш раннія здарэнні — у спісе ніжэй.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+75"/>
        <source>Incidents per month, by severity</source>
        <translation>Здарэнні па месяцах і па сур’ёзнасці</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Incidents per year, by severity</source>
        <translation>Здарэнні па гадах і па сур’ёзнасці</translation>
    </message>
</context>
<context>
    <name>ExportOptionsForm</name>
    <message>
        <location filename="../safeplan/ui/workspace/export_options.py" line="+201"/>
        <source>(no name)</source>
        <translation>(без імя)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Warning: original photos often hold the place where they were taken (GPS) and the phone that took them. The other side receives the bundle and could learn where you live. Tick this only if your lawyer asks for the originals.</source>
        <translation>Увага: у арыгіналах фотаздымкаў часта запісаны месца здымкі (GPS) і тэлефон, якім яны зроблены. Іншы бок атрымае пакет і можа даведацца, дзе вы жывяце. Адзначайце, толькі калі юрыст просіць арыгіналы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photos go into the bundle as copies without the place where they were taken and without phone details; the PDF says so and lists both fingerprints.</source>
        <translation>Фотаздымкі трапляюць у пакет як копіі без месца здымкі і без звестак пра тэлефон; у PDF гэта пазначана разам з адбіткамі абодвух файлаў.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working copy: for you and your lawyer only. It shows the gaps in your case (evidence still needed), your tags and the entries marked “Only for me and my lawyer”. Do not give this copy to the court or to the other side.</source>
        <translation>Працоўны асобнік: толькі для вас і вашага юрыста. У ім відаць прабелы ў вашай справе (доказы, якіх не хапае), вашы пазнакі і запісы з адзнакай «Толькі для мяне і майго юрыста». Не перадавайце гэты асобнік у суд або іншаму боку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Court copy: your working notes (evidence still needed, tags, entries marked “Only for me and my lawyer”) are left out.</source>
        <translation>Асобнік для суда: вашы працоўныя нататкі (доказы, якіх не хапае, пазнакі, запісы з адзнакай «Толькі для мяне і майго юрыста») не ўключаюцца.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The start date is after the end date. Change one of them.</source>
        <translation>Пачатковая дата пазней за канчатковую. Змяніце адну з іх.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These choices cannot be used together. Check the dates and try again.</source>
        <translation>Гэтыя налады нельга выкарыстоўваць разам. Праверце даты і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+1"/>
        <source>Your name or initials for the signature (optional):</source>
        <translation>Вашы прозвішча і ініцыялы для подпісу (неабавязкова):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place where you sign (optional):</source>
        <translation>Месца складання (неабавязкова):</translation>
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
        <location line="+3"/>
        <source>Working copy: include my working notes</source>
        <translation>Працоўны асобнік: уключыць мае працоўныя нататкі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working copy: include my working notes (not for the court)</source>
        <translation>Працоўны асобнік: уключыць мае працоўныя нататкі (не для суда)</translation>
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
        <source>Your name or initials</source>
        <translation>Вашы прозвішча і ініцыялы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place where you sign</source>
        <translation>Месца складання</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Print how to reach the witnesses</source>
        <translation>Пазначыць кантактныя даныя сведак</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF lists the people you marked as witnesses, so the court can call them. Their phone numbers and addresses are left out unless you tick this: the other side will read the document too.</source>
        <translation>У PDF пералічаны людзі, якіх вы адзначылі як сведак, каб суд мог іх выклікаць. Іх тэлефоны і адрасы не пазначаюцца, калі вы не адзначыце гэты пункт: дакумент прачытае і іншы бок.</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Put the original photos in the bundle</source>
        <translation>Уключыць у пакет арыгіналы фотаздымкаў</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/export_page.py" line="+197"/>
        <source>Stopping…</source>
        <translation>Спыняем…</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+32"/>
        <source>Preparing the preview…</source>
        <translation>Рыхтуем папярэдні прагляд…</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Saved {name}. Entries: {entries}; messages: {messages}; files of evidence: {exhibits}. The check file {manifest} is beside it; keep both together.</source>
        <translation>Захавана: {name}. Запісаў: {entries}; паведамленняў: {messages}; файлаў-доказаў: {exhibits}. Побач ляжыць кантрольны файл {manifest}; захоўвайце іх разам.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>In the PDF: entries: {entries}; messages: {messages}; files of evidence: {exhibits}.</source>
        <translation>У PDF: запісаў: {entries}; паведамленняў: {messages}; файлаў-доказаў: {exhibits}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first pages are shown below, made from the first entries only (the numbers on them are not final yet); the whole document is being laid out.</source>
        <translation>Ніжэй паказаны першыя старонкі, складзеныя толькі з першых запісаў (нумары на іх яшчэ не канчатковыя); ідзе вёрстка ўсяго дакумента.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
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
        <translation>(На гэтым камп’ютары нельга паказаць выявы старонак.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of page {n}</source>
        <translation>Папярэдні прагляд старонкі {n}</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Preview ready.</source>
        <translation>Папярэдні прагляд гатовы.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The first pages are shown. The whole document is being laid out; press Cancel to stop.</source>
        <translation>Паказаны першыя старонкі. Ідзе вёрстка ўсяго дакумента; каб спыніць, націсніце «Скасаваць».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first pages are shown. Laying out the whole document: page {n}… Press Cancel to stop.</source>
        <translation>Паказаны першыя старонкі. Вёрстка ўсяго дакумента: старонка {n}… Каб спыніць, націсніце «Скасаваць».</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Preview stopped.</source>
        <translation>Папярэдні прагляд спынены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped. No file was written.</source>
        <translation>Спынена. Файл не запісаны.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+2"/>
        <source>Export the PDF to a folder you choose</source>
        <translation>Захаваць PDF у выбраную тэчку</translation>
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
    <message>
        <location filename="../safeplan/ui/workspace/export_safety.py" line="+19"/>
        <source>No USB stick was found. Plug one in, wait a moment, then try again.</source>
        <translation>USB-флэшка не знойдзена. Устаўце яе, пачакайце крыху і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the USB stick</source>
        <translation>Выберыце флэшку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing could be written to the USB stick. Check that it is not full or write-protected, then try again.</source>
        <translation>На флэшку не ўдалося нічога запісаць. Праверце, што яна не запоўнена і не абаронена ад запісу, і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before you export</source>
        <translation>Перад экспартам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I understand, continue</source>
        <translation>Зразумела, працягнуць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF and the other exported files are NOT protected by your passphrase. Anyone who opens the folder can read them, and they stay where you saved them after you press Exit or close the program.

Save them on a USB stick you keep with you, not on a computer someone else uses. When you have given them to your lawyer, you can remove them from this computer with the button on this page.</source>
        <translation>PDF і іншыя экспартаваныя файлы НЕ абаронены вашай парольнай фразай. Іх можа прачытаць кожны, хто адкрые тэчку, і яны застаюцца там, дзе вы іх захавалі, пасля націскання «Выйсці» або закрыцця праграмы.

Захоўвайце іх на флэшку, якую трымаеце пры сабе, а не на камп’ютар, якім карыстаецца хтосьці яшчэ. Калі перададзіце іх юрысту, іх можна выдаліць з гэтага камп’ютара кнопкай на гэтай старонцы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the exported files?</source>
        <translation>Выдаліць экспартаваныя файлы?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite and delete</source>
        <translation>Перазапісаць і выдаліць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These files will be overwritten and then deleted:
{files}

Be aware: on SSDs, USB sticks and memory cards (most computers today) the drive itself may keep old copies of the data where no program can reach them, and backups or cloud sync may have copied the files. The files will be gone from the folder, but this cannot promise that nothing can ever be recovered.</source>
        <translation>Гэтыя файлы будуць перазапісаны, а потым выдалены:
{files}

Важна: на SSD-дысках, флэшках і картах памяці (а яны ў большасці сучасных камп’ютараў) сам назапашвальнік можа захоўваць старыя копіі даных там, куды не дабіраецца ніводная праграма, а рэзервовыя копіі або воблачная сінхранізацыя маглі скапіраваць файлы. З тэчкі файлы знікнуць, але гарантаваць, што іх ніколі нельга будзе аднавіць, немагчыма.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing the exported files…</source>
        <translation>Выдаленне экспартаваных файлаў…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{removed} file(s) overwritten and deleted.</source>
        <translation>Перазапісана і выдалена файлаў: {removed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{removed} file(s) removed. These could not be removed: {names}</source>
        <translation>Выдалена файлаў: {removed}. Не ўдалося выдаліць: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not all be removed.</source>
        <translation>Не ўсе файлы ўдалося выдаліць.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save on a USB stick…</source>
        <translation>Захаваць на флэшку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the PDF and a bundle with the original files in a new folder on a USB stick</source>
        <translation>Захаваць PDF і архіў з зыходнымі файламі ў новую тэчку на флэшцы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the exported files from this computer…</source>
        <translation>Выдаліць экспартаваныя файлы з гэтага камп’ютара…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite and delete the files the last export wrote</source>
        <translation>Перазапісаць і выдаліць файлы апошняга экспарту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exported files are not encrypted and stay after you press Exit. Save them on a USB stick you keep safe.</source>
        <translation>Экспартаваныя файлы не зашыфраваны і застаюцца пасля націскання «Выйсці». Захоўвайце іх на флэшку, якую трымаеце ў надзейным месцы.</translation>
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
        <translation>Пошук па словах у журнале…</translation>
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
    <name>GuidedEntryPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/guided_entry.py" line="+161"/>
        <source>Who was there: {who}</source>
        <translation>Хто быў побач: {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident (step by step)</source>
        <translation>Здарэнне (па кроках)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whom I told: {told}</source>
        <translation>Каму расказана: {told}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing written yet: answer at least one question.</source>
        <translation>Пакуль нічога не запісана: адкажыце хаця б на адно пытанне.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Далей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip and save</source>
        <translation>Прапусціць і захаваць</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Прапусціць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this question</source>
        <translation>Прапусціць гэтае пытанне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question {n} of {total}</source>
        <translation>Пытанне {n} з {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened?</source>
        <translation>Што здарылася?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In your own words, as you remember it. Short is fine.</source>
        <translation>Сваімі словамі, як памятаеце. Можна коратка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did it happen?</source>
        <translation>Калі гэта здарылася?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you are not sure, tick the box and write what you remember.</source>
        <translation>Калі не ўпэўнены, пастаўце адзнаку і напішыце, што памятаеце.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where did it happen?</source>
        <translation>Дзе гэта здарылася?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which room, street or place. Courts ask where.</source>
        <translation>Які пакой, вуліца ці месца. Суд абавязкова спытае, дзе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was there?</source>
        <translation>Хто быў побач?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children, neighbours, anyone who saw or heard it.</source>
        <translation>Дзеці, суседзі — усе, хто бачыў або чуў.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said?</source>
        <translation>Што было сказана?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the exact words if you can — courts give weight to them.</source>
        <translation>Запішыце дакладныя словы, калі можаце, — суд надае ім вагу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Were you hurt?</source>
        <translation>Вы пацярпелі?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bruises, cuts, pain — where on the body. Photos help later.</source>
        <translation>Сінякі, парэзы, боль — дзе на целе. Фота дапамогуць потым.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom did you tell?</source>
        <translation>Каму вы расказалі?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A friend, a doctor, the police — and when.</source>
        <translation>Сябру ці сяброўцы, урачу, у міліцыю — і калі.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I am not sure of the exact date</source>
        <translation>Не памятаю дакладную дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: around New Year</source>
        <translation>Напрыклад: каля Новага года</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date in your own words</source>
        <translation>Дата сваімі словамі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous question</source>
        <translation>Папярэдняе пытанне</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <location filename="../safeplan/ui/plan/guides_page.py" line="+151"/>
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
        <location line="+48"/>
        <source>Save outside the vault</source>
        <translation>Захаваць па-за сховішчам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text file is not encrypted: anyone with this computer or the file can read it. Save it only where it is safe, for example on your own USB stick to give to a lawyer.</source>
        <translation>Тэкставы файл не зашыфраваны: яго можа прачытаць любы, у каго ёсць гэты камп’ютар або файл. Захоўвайце яго толькі ў надзейным месцы, напрыклад на сваёй флэшцы, каб перадаць юрысту.</translation>
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
        <location filename="../safeplan/ui/plan/handover_wizard.py" line="+188"/>
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
        <location line="+14"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
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
        <location line="+115"/>
        <source>These are all the files SafePlan wrote on this laptop. They will be deleted. They were encrypted, but the disk may keep traces the app cannot erase; on a high-risk laptop use a clean device next time.</source>
        <translation>Гэта ўсе файлы, якія SafePlan запісаў на гэты ноўтбук. Яны будуць выдалены. Яны былі зашыфраваныя, але на дыску могуць застацца сляды, якія праграма сцерці не можа; калі рызыка высокая, наступным разам выкарыстоўвайце чыстую прыладу.</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+106"/>
        <location line="+9"/>
        <source>Remove from this laptop</source>
        <translation>Выдаліць з гэтага ноўтбука</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>5. Done</source>
        <translation>5. Гатова</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Hand-over to the owner&apos;s USB stick</source>
        <translation>Перадача на флэшку ўладальніка журнала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. Choose the owner&apos;s USB stick</source>
        <translation>1. Выберыце флэшку ўладальніка журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plug in the USB stick of the journal&apos;s owner (the person you are helping) and choose a folder on it. An encrypted copy of everything goes there. Only the owner&apos;s passphrase opens it.</source>
        <translation>Устаўце флэшку ўладальніка журнала (чалавека, якому вы дапамагаеце) і выберыце на ёй тэчку. Туды трапіць зашыфраваная копія ўсяго. Адкрыць яе можна толькі парольнай фразай уладальніка.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The owner types their passphrase. SafePlan opens the copy on the stick, counts the entries and checks their history. Nothing is removed unless this works.</source>
        <translation>Уладальнік журнала ўводзіць сваю парольную фразу. SafePlan адкрывае копію на флэшцы, лічыць запісы і правярае іх гісторыю. Пакуль гэта не атрымалася, нічога не выдаляецца.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Choose a folder on the owner&apos;s USB stick</source>
        <translation>Выберыце тэчку на флэшцы ўладальніка журнала</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That folder cannot be used: choose a folder on the owner&apos;s USB stick, not on this laptop.</source>
        <translation>Гэтую тэчку нельга выкарыстаць: выберыце тэчку на флэшцы ўладальніка журнала, а не на гэтым ноўтбуку.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The copy opens with the owner&apos;s passphrase and holds all {n} entries.</source>
        <translation>Копія адкрываецца парольнай фразай уладальніка, і ў ёй усе запісы ({n}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SafePlan ran from the owner&apos;s stick and wrote no files on this laptop, so there is nothing to delete here. The disk may still keep traces the app cannot erase; on a high-risk laptop use a clean device next time.</source>
        <translation>SafePlan працаваў з флэшкі ўладальніка журнала і не запісаў файлаў на гэты ноўтбук, таму выдаляць тут няма чаго. На дыску ўсё ж могуць застацца сляды, якія праграма не можа сцерці; на ноўтбуку з высокай рызыкай у наступны раз карыстайцеся чыстай прыладай.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The owner&apos;s vault is not in this folder (it is in {folder}); it is left as it is.</source>
        <translation>Сховішча ўладальніка журнала не ў гэтай тэчцы (яно ў {folder}); яго не чапаем.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Encrypted copy saved on the owner&apos;s USB stick</source>
        <translation>Зашыфраваная копія захавана на флэшцы ўладальніка журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy opens with the owner&apos;s passphrase</source>
        <translation>Копія адкрываецца парольнай фразай уладальніка</translation>
    </message>
    <message>
        <location line="-96"/>
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
        <location line="+12"/>
        <source>Folder on this laptop: {folder}</source>
        <translation>Тэчка на гэтым ноўтбуку: {folder}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SafePlan wrote nothing on this laptop.</source>
        <translation>SafePlan нічога не запісаў на гэты ноўтбук.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next: the checklist</source>
        <translation>Далей: кантрольны спіс</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete SafePlan&apos;s files from this laptop now? The copy on the stick stays. SafePlan will lock.</source>
        <translation>Выдаліць файлы SafePlan з гэтага ноўтбука зараз? Копія на флэшцы застанецца. SafePlan заблакуецца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Выдаліць</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
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
        <location filename="../safeplan/ui/workspace/history_dialog.py" line="+45"/>
        <source>History of this entry</source>
        <translation>Гісторыя гэтага запісу</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+23"/>
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
        <translation>Мае дзеянні пасля гэтага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked earlier incidents</source>
        <translation>Звязаныя ранейшыя здарэнні</translation>
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
        <translation>звярталіся</translation>
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
        <location line="+28"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
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
        <location filename="../safeplan/ui/workspace/import_page.py" line="+150"/>
        <source>Stopping…</source>
        <translation>Спыняем…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the exported chat, SMS backup, e-mail or photo</source>
        <translation>Выберыце экспартаваны чат, рэзервовую копію SMS, ліст або фота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports (*.json *.txt *.zip *.xml *.eml *.jpg *.jpeg *.png *.heic);;All files (*)</source>
        <translation>Экспартаваныя файлы (*.json *.txt *.zip *.xml *.eml *.jpg *.jpeg *.png *.heic);;Усе файлы (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading {name}…</source>
        <translation>Чытаем {name}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a time zone from the list, for example Europe/Minsk.</source>
        <translation>Выберыце часавы пояс са спіса, напрыклад Europe/Minsk.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing is saved yet. Check the summary, then press Import to save it all.</source>
        <translation>Пакуль нічога не захавана. Праверце зводку, потым націсніце «Імпартаваць», каб захаваць усё.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saving into your journal… Cancel leaves it as it was.</source>
        <translation>Захоўваем у журнал… «Скасаваць» пакіне яго як было.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Tick at least one chat to import.</source>
        <translation>Адзначце хоць бы адзін чат для імпарту.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing can be imported until you say how the dates are written. Choose the file again to answer.</source>
        <translation>Нічога нельга імпартаваць, пакуль вы не скажаце, як запісаны даты. Выберыце файл яшчэ раз, каб адказаць.</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <translation>здарэнняў</translation>
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
        <translation>Дадайце чат, экспартаваны з Telegram або WhatsApp, рэзервовую копію SMS, ліст, фота або файл журнала SafePlan. Вы ўбачыце, што ў ім, да захавання, і ён захаваецца цалкам або не захаваецца зусім.</translation>
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
        <translation>У гэтым файле не пазначаны часавы пояс. Выберыце пояс, які быў усталяваны на тэлефоне або камп’ютары, калі адпраўляліся паведамленні:</translation>
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
        <location filename="../safeplan/ui/workspace/import_preview.py" line="+114"/>
        <source>A SafePlan journal file. It holds: {counts}.</source>
        <translation>Файл журнала SafePlan. У ім: {counts}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>from the zip</source>
        <translation>з архіва</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from the folder</source>
        <translation>з тэчкі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} — {size} KB, {where}</source>
        <translation>{name} — {size} КБ, {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>older than the chat: you will be asked</source>
        <translation>старэйшы за чат: вас спытаюць</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n file(s) will be attached to the messages:</source>
        <translation>
            <numerusform>Будзе далучаны %n файл да паведамленняў:</numerusform>
            <numerusform>Будуць далучаны %n файлы да паведамленняў:</numerusform>
            <numerusform>Будуць далучаны %n файлаў да паведамленняў:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+3"/>
        <source>day, month, year</source>
        <translation>дзень, месяц, год</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month, day, year</source>
        <translation>месяц, дзень, год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year, month, day</source>
        <translation>год, месяц, дзень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you chose this</source>
        <translation>вы выбралі гэта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file shows it</source>
        <translation>так пазначана ў файле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates read as {order} ({how}).</source>
        <translation>Даты прачытаны як {order} ({how}).</translation>
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
        <location line="+4"/>
        <source>%n item(s) could not be read. Each is imported as an entry that says what it was; its original bytes are kept.</source>
        <translation>
            <numerusform>Не ўдалося прачытаць элементаў: %n. Кожны імпартаваны як запіс, у якім сказана, што гэта было; яго зыходныя байты захаваны.</numerusform>
            <numerusform>Не ўдалося прачытаць элементаў: %n. Кожны імпартаваны як запіс, у якім сказана, што гэта было; яго зыходныя байты захаваны.</numerusform>
            <numerusform>Не ўдалося прачытаць элементаў: %n. Кожны імпартаваны як запіс, у якім сказана, што гэта было; яго зыходныя байты захаваны.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
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
        <translation>У гэтым экспарце некалькі чатаў. Адзначце патрэбныя і націсніце «Прачытаць адзначаныя чаты» (астатнія можна імпартаваць пазней):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chats in this export</source>
        <translation>Чаты ў гэтым экспарце</translation>
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
    <name>ImportQuestions</name>
    <message>
        <location filename="../safeplan/ui/workspace/import_questions.py" line="+24"/>
        <source>no such date</source>
        <translation>такой даты няма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every date in this chat could be read in two ways: day first or month first. Look at these messages and choose the reading that matches when they were sent.</source>
        <translation>Кожную дату ў гэтым чаце можна прачытаць двума спосабамі: спачатку дзень або спачатку месяц. Паглядзіце на гэтыя паведамленні і выберыце варыянт, які супадае з тым, калі яны былі адпраўлены.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day first: {day}</source>
        <translation>Спачатку дзень: {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first: {month}</source>
        <translation>Спачатку месяц: {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first ({date})</source>
        <translation>Спачатку дзень ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first ({date})</source>
        <translation>Спачатку месяц ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are the dates written?</source>
        <translation>Як запісаны даты?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {n} more</source>
        <translation>і яшчэ {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These files are older than the first message of the chat, so they may not have come with it. A chat line can name any file that lies beside it, including your own documents.

{names}

Attach them to the chat anyway?</source>
        <translation>Гэтыя файлы старэйшыя за першае паведамленне чата, таму яны маглі трапіць сюды не з яго. Радок чата можа назваць любы файл, які ляжыць побач, у тым ліку вашы ўласныя дакументы.

{names}

Усё роўна далучыць іх да чата?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach older files?</source>
        <translation>Далучыць старыя файлы?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach them</source>
        <translation>Далучыць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave them out</source>
        <translation>Не далучаць</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="+212"/>
        <source>We brought back what you were writing.</source>
        <translation>Мы вярнулі тое, што вы пісалі.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change an incident</source>
        <translation>Змяніць запіс пра здарэнне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what happened</source>
        <translation>Запісаць, што здарылася</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Some of this could not be saved. Please check the date and try again.</source>
        <translation>Не ўсё атрымалася захаваць. Праверце дату і паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Saved.</source>
        <translation>Захавана.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft kept safe {time}</source>
        <translation>Чарнавік надзейна захаваны {time}</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Throw away the changes?</source>
        <translation>Не захоўваць змены?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you wrote since the last save will be lost.</source>
        <translation>Тое, што вы напісалі пасля апошняга захавання, прападзе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away</source>
        <translation>Не захоўваць</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+118"/>
        <source>Leave the box empty if you do not know.</source>
        <translation>Пакіньце птушку пустой, калі не ведаеце.</translation>
    </message>
    <message>
        <location line="-85"/>
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
        <location line="+7"/>
        <source>What kind of harm</source>
        <translation>Якую шкоду вам прычынілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done to you</source>
        <translation>Што з вамі зрабілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said, word for word</source>
        <translation>Што было сказана, слова ў слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it affected you</source>
        <translation>Як гэта на вас паўплывала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who saw or heard it</source>
        <translation>Хто бачыў або чуў</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number on the police paper</source>
        <translation>Нумар на паперы з міліцыі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did this happen before?</source>
        <translation>Такое было раней?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof you still need to get</source>
        <translation>Якія доказы яшчэ трэба сабраць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own words to find it</source>
        <translation>Вашы словы, каб знайсці запіс</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Short title</source>
        <translation>Кароткая назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few words so you can find it again.</source>
        <translation>Некалькі слоў, каб потым лёгка знайсці.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time</source>
        <translation>Дата і час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened. If you are not sure, choose “Approximate” — it will be shown as approximate, never as an exact date.</source>
        <translation>Калі гэта здарылася. Калі не ўпэўненыя, выберыце «Прыблізна» — дата будзе паказана як прыблізная і ніколі не стане дакладнай.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date in your words</source>
        <translation>Дата сваімі словамі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: around New Year, the old flat.</source>
        <translation>Напрыклад: каля Новага года, старая кватэра.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Дзе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which room, street or place. Courts ask where it happened.</source>
        <translation>Які пакой, вуліца ці месца. Суд пытаецца, дзе гэта адбылося.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forms of abuse</source>
        <translation>Віды гвалту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose all that fit. This shows the pattern over time.</source>
        <translation>Адзначце ўсё, што падыходзіць. Так відаць, што гэта паўтараецца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened (facts)</source>
        <translation>Што здарылася (факты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done, step by step, as you saw and heard it.</source>
        <translation>Што адбывалася, крок за крокам, як вы гэта бачылі і чулі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the exact words, even rude ones — courts give weight to them.</source>
        <translation>Запішыце дакладныя словы, нават грубыя, — суд надае ім значэнне.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Exact words said</source>
        <translation>Дакладныя словы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How it affected me</source>
        <translation>Як гэта на мяне паўплывала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept apart from the facts: fear, sleep, work, health. This shows the harm done.</source>
        <translation>Асобна ад фактаў: страх, сон, праца, здароўе. Гэта паказвае прычыненую шкоду.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injuries</source>
        <translation>Траўмы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every mark, even small. Take photos again as bruises change.</source>
        <translation>Кожны след, нават маленькі. Фатаграфуйце зноў, калі сінякі мяняюцца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How serious</source>
        <translation>Наколькі сур’ёзна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own sense of it, from 1 to 5. It helps show if things are getting worse.</source>
        <translation>Ваша ўласная ацэнка ад 1 да 5. Яна дапамагае паказаць, што становіцца горш.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damage to things</source>
        <translation>Псаванне рэчаў</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was broken or taken.</source>
        <translation>Што было зламана або адабрана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weapons or objects used</source>
        <translation>Зброя або прадметы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything used to hurt or threaten you.</source>
        <translation>Усё, чым вам прычынялі боль або пагражалі.</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="+105"/>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+2"/>
        <source>Who did it</source>
        <translation>Хто гэта зрабіў</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+1"/>
        <source>Name the person. A nickname is fine.</source>
        <translation>Назавіце чалавека. Можна мянушку.</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="+1"/>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+2"/>
        <source>Witnesses</source>
        <translation>Сведкі</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+1"/>
        <source>Anyone who saw or heard it, even through a wall. Courts can call them.</source>
        <translation>Усе, хто бачыў або чуў, нават праз сцяну. Суд можа іх выклікаць.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Children were there</source>
        <translation>Дзеці былі побач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courts take children seeing abuse very seriously.</source>
        <translation>Суд вельмі сур’ёзна ставіцца да таго, што дзеці бачылі гвалт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the children reacted</source>
        <translation>Як адрэагавалі дзеці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they did or said.</source>
        <translation>Што яны рабілі або казалі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I contacted the police</source>
        <translation>Быў зварот у міліцыю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even a phone call counts.</source>
        <translation>Званок таксама лічыцца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="+2"/>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+21"/>
        <source>Linked earlier incidents</source>
        <translation>Звязаныя ранейшыя здарэнні</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+1"/>
        <source>Did this happen before? Courts look at the pattern, not only one day.</source>
        <translation>Такое ўжо было раней? Суд глядзіць на паўтаральнасць, а не толькі на адзін дзень.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: collect the medical certificate, ask the neighbours to write down what they heard.</source>
        <translation>Напрыклад: забраць медыцынскую даведку, папрасіць суседзяў запісаць, што яны чулі.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only for me and my lawyer</source>
        <translation>Толькі для мяне і майго юрыста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick this to leave the whole entry out of the copy for the court. Evidence still needed and tags are left out of that copy anyway.</source>
        <translation>Адзначце, каб увесь запіс не трапіў у асобнік для суда. Доказы, якіх не хапае, і пазнакі ў яго і так не трапляюць.</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="-6"/>
        <source>I know when</source>
        <translation>Я ведаю калі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I know when I contacted the police</source>
        <translation>Вядома дата звароту ў міліцыю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When I contacted the police</source>
        <translation>Дата звароту ў міліцыю</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave out of the court copy</source>
        <translation>Не ўключаць у асобнік для суда</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="-30"/>
        <source>Police station</source>
        <translation>Аддзел міліцыі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report number</source>
        <translation>Нумар заявы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number lets a lawyer ask for the police file.</source>
        <translation>Па нумары юрыст зможа запытаць матэрыялы міліцыі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer</source>
        <translation>Супрацоўнік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or badge number, if you know it.</source>
        <translation>Прозвішча або нумар жэтона, калі ведаеце.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the police did</source>
        <translation>Што зрабіла міліцыя</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="-2"/>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+3"/>
        <source>Doctor or hospital visit</source>
        <translation>Зварот да лекара або ў бальніцу</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+1"/>
        <source>Link the visit where your injuries were recorded.</source>
        <translation>Прывяжыце зварот, дзе запісалі вашы траўмы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What I did afterwards</source>
        <translation>Мае дзеянні пасля гэтага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you went, whom you told, which services you called.</source>
        <translation>Куды вы пайшлі, каму расказалі, у якія службы тэлефанавалі.</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="+9"/>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+6"/>
        <source>Evidence still needed</source>
        <translation>Якіх доказаў яшчэ не хапае</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+4"/>
        <source>Tags</source>
        <translation>Пазнакі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own words to group entries, separated by commas.</source>
        <translation>Вашы словы для групоўкі запісаў, праз коску.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photos and files</source>
        <translation>Фота і файлы</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="-19"/>
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
        <source>How sure are you of the date</source>
        <translation>Наколькі вы ўпэўненыя ў даце</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How exact the date is</source>
        <translation>Наколькі дакладная дата</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <translation>Захаваць запіс пра здарэнне</translation>
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
        <location line="+2"/>
        <source>History</source>
        <translation>Гісторыя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier versions</source>
        <translation>Ранейшыя версіі</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <translation>Не захоўваць змены</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/incidents_page.py" line="+282"/>
        <source>Move to trash?</source>
        <translation>Перанесці ў сметніцу?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident moves to the trash. You can bring it back from there.</source>
        <translation>Запіс пра здарэнне пяройдзе ў сметніцу. Адтуль яго можна вярнуць.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Move to trash</source>
        <translation>У сметніцу</translation>
    </message>
    <message numerus="yes">
        <location line="-74"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n здарэнне</numerusform>
            <numerusform>%n здарэнні</numerusform>
            <numerusform>%n здарэнняў</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing matches this search. Press “Show all” to see every incident.</source>
        <translation>Нічога не знойдзена. Націсніце «Паказаць усё», каб убачыць усе здарэнні.</translation>
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
        <location line="+5"/>
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
        <location line="+18"/>
        <source>Incidents, newest first</source>
        <translation>Здарэнні, спачатку новыя</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+ Write down what happened</source>
        <translation>+ Запісаць, што здарылася</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down a new incident</source>
        <translation>Запісаць новае здарэнне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step by step</source>
        <translation>Па кроках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what happened, one question at a time</source>
        <translation>Запісаць, што здарылася, па адным пытанні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Адкрыць</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read or change</source>
        <translation>Прачытаць або змяніць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected incident</source>
        <translation>Адкрыць выбранае здарэнне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Гісторыя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier versions</source>
        <translation>Ранейшыя версіі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every version of the selected incident</source>
        <translation>Паказаць усе версіі выбранага здарэння</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete (you can bring it back)</source>
        <translation>Выдаліць (можна вярнуць)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected incident to the trash</source>
        <translation>Перанесці выбранае здарэнне ў сметніцу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue writing</source>
        <translation>Працягнуць запіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the unsaved incident</source>
        <translation>Працягнуць незахаваны запіс пра здарэнне</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have an incident you started but did not save. It is kept safe.</source>
        <translation>У вас ёсць пачаты, але не захаваны запіс пра здарэнне. Ён надзейна захаваны.</translation>
    </message>
</context>
<context>
    <name>KeyCardBox</name>
    <message>
        <location filename="../safeplan/ui/workspace/key_card.py" line="+68"/>
        <source>Your key card (for your lawyer)</source>
        <translation>Ваша картка ключа (для юрыста)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every court document you make is signed with a key kept in this journal. Give your lawyer this key&apos;s fingerprint yourself — on paper, in person or by your own message. With it they can tell your documents from a copy someone changed and signed again.</source>
        <translation>Кожны дакумент для суда, які вы ствараеце, падпісваецца ключом, які захоўваецца ў гэтым журнале. Перадайце юрысту адбітак гэтага ключа самі — на паперы, асабіста або сваім паведамленнем. Па ім можна адрозніць вашы дакументы ад копіі, якую нехта змяніў і падпісаў нанова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key fingerprint (letters and digits):</source>
        <translation>Адбітак ключа (літары і лічбы):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same in digits (easier to read aloud):</source>
        <translation>Тое ж лічбамі (прасцей прачытаць уголас):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the card as PDF to print…</source>
        <translation>Захаваць картку ў PDF для друку…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key card</source>
        <translation>Картка ключа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To check a document: safeplan verify --key &quot;{fingerprint}&quot; FILE, or type the fingerprint into verify.html in the evidence bundle. It must match this card exactly.</source>
        <translation>Каб праверыць дакумент: safeplan verify --key &quot;{fingerprint}&quot; ФАЙЛ або ўвядзіце адбітак у verify.html з пакета доказаў. Ён павінен дакладна супасці з гэтай карткай.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the key card</source>
        <translation>Захаваць картку ключа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The card could not be saved there. Try another place.</source>
        <translation>Не ўдалося захаваць картку ў гэтае месца. Паспрабуйце іншае.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card was saved. It holds only the key fingerprint.</source>
        <translation>Картка захавана. У ёй толькі адбітак ключа.</translation>
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
        <location filename="../safeplan/ui/plan/legal_page.py" line="+213"/>
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
        <location line="+13"/>
        <source>End</source>
        <translation>Заканчэнне</translation>
    </message>
    <message>
        <location line="-12"/>
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
        <location line="+7"/>
        <source>Done</source>
        <translation>Зроблена</translation>
    </message>
    <message>
        <location line="-6"/>
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
        <location line="+109"/>
        <source>Move to trash</source>
        <translation>У кошык</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Saved dates</source>
        <translation>Захаваныя даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="+82"/>
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
        <translation>SafePlan — гэта вашы асабістыя запісы пра тое, што з вамі здарылася: здарэнні, паведамленні, звароты да лекараў і людзі, датычныя да гэтага, з датамі і фотаздымкамі. Усё абаронена вашай парольнай фразай. Пакуль вы не набярэце сакрэтны код, праграма выглядае як калькулятар. Калі спатрэбіцца, яна зробіць PDF для юрыста або суда.

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
• Любы, хто ўбачыць экран, пакуль журнал адкрыты, зможа яго прачытаць.
• Той, хто добра ведае гэту праграму, можа яе пазнаць.
• Сам камп’ютар можа захоўваць сляды, якія мы не можам сцерці.

Калі вы думаеце, што за гэтым камп’ютарам або тэлефонам сочаць, карыстайцеся больш бяспечнай прыладай — напрыклад, камп’ютарам сябра ці сяброўкі, у бібліятэцы або ў службе дапамогі.</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location line="+69"/>
        <source>Choose a folder</source>
        <translation>Выберыце тэчку</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a folder first.</source>
        <translation>Спачатку выберыце тэчку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to keep it</source>
        <translation>Дзе захоўваць</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where should your locked data be kept? A USB stick lets you take it with you and leaves less on this computer.</source>
        <translation>Дзе захоўваць вашы абароненыя запісы? На флэшцы іх можна насіць з сабой, і на гэтым камп’ютары застанецца менш слядоў.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the folder this program runs from</source>
        <translation>У тэчцы, адкуль запушчана праграма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this computer, in my user folder</source>
        <translation>На гэтым камп’ютары, у маёй тэчцы карыстальніка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a folder I choose (for example a USB stick)</source>
        <translation>У тэчцы, якую я выберу (напрыклад, на флэшцы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;folder…</source>
        <translation>Выбраць &amp;тэчку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder</source>
        <translation>Выбраць тэчку</translation>
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
        <location filename="../safeplan/ui/workspace/medical_page.py" line="+190"/>
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
        <location line="+11"/>
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
        <location line="+6"/>
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
        <translation>Да якіх здарэнняў адносіцца візіт:</translation>
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
        <translation>Да якіх здарэнняў адносіцца візіт</translation>
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
        <location filename="../safeplan/ui/workspace/message_editor.py" line="+172"/>
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
        <location line="+9"/>
        <source>He/they wrote to me</source>
        <translation>Яго/іх паведамленне мне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I wrote to him/them</source>
        <translation>Маё паведамленне яму/ім</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who wrote:</source>
        <translation>Хто напісаў:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>When it was sent (as the phone shows it):</source>
        <translation>Калі адпраўлена (як паказвае тэлефон):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was sent:</source>
        <translation>Як адпраўлена:</translation>
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
        <source>Sender&apos;s name</source>
        <translation>Імя адпраўніка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who wrote</source>
        <translation>Хто напісаў</translation>
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
        <location filename="../safeplan/ui/workspace/messages_page.py" line="+105"/>
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
    <message>
        <location line="+7"/>
        <source>Conversation {ref}: {text}</source>
        <translation>Перапіска {ref}: {text}</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
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
        <location line="+55"/>
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
        <location line="+4"/>
        <source>Message number {ref}.</source>
        <translation>Паведамленне № {ref}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message number {ref}: the court document (PDF) cites this message by it.</source>
        <translation>Паведамленне № {ref}: пад гэтым нумарам яго называе дакумент для суда (PDF).</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+2"/>
        <source>Search words or a message number ({example}), then press Enter</source>
        <translation>Пошук слоў або нумара паведамлення ({example}), потым націсніце Enter</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="+98"/>
        <source>Type a passphrase.</source>
        <translation>Увядзіце парольную фразу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase is too easy to guess. Add more words.</source>
        <translation>Гэтую парольную фразу занадта лёгка адгадаць. Дадайце яшчэ словы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Парольныя фразы пакуль не супадаюць.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passphrase</source>
        <translation>Ваша парольная фраза</translation>
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
        <translation>Прыдумайце парольную фразу з некалькіх слоў: вы іх запомніце, а іншыя не адгадаюць. Напрыклад, чатыры не звязаныя паміж сабой словы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type it again:</source>
        <translation>Увядзіце &amp;яшчэ раз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase again</source>
        <translation>Увядзіце парольную фразу яшчэ раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show what I type</source>
        <translation>Па&amp;казваць, што я ўводжу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase strength</source>
        <translation>Надзейнасць парольнай фразы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Important: nobody can recover a forgotten passphrase — not us, not the police, not a technician. Without it, what you saved cannot be opened.</source>
        <translation>Важна: забытую парольную фразу не адновіць ніхто — ні мы, ні міліцыя, ні камп’ютарны майстар. Без яе захаванае адкрыць немагчыма.</translation>
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
        <location filename="../safeplan/ui/workspace/people_page.py" line="+213"/>
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
            <numerusform>Звязана з гэтым чалавекам: %n здарэнне</numerusform>
            <numerusform>Звязана з гэтым чалавекам: %n здарэнні</numerusform>
            <numerusform>Звязана з гэтым чалавекам: %n здарэнняў</numerusform>
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
        <translation>Здарэнні, дзе згаданы гэты чалавек (падвойны пстрык — адкрыць)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents naming this person</source>
        <translation>Здарэнні, дзе згаданы гэты чалавек</translation>
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
        <location filename="../safeplan/ui/workspace/per_day_chart.py" line="+81"/>
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
        <location filename="../safeplan/ui/shell/journal_host.py" line="-89"/>
        <source>Your journal is open. Entries in it: %n.</source>
        <translation>
            <numerusform>Ваш журнал адкрыты. Запісаў у ім: %n.</numerusform>
            <numerusform>Ваш журнал адкрыты. Запісаў у ім: %n.</numerusform>
            <numerusform>Ваш журнал адкрыты. Запісаў у ім: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../safeplan/ui/shell/privacy_dialog.py" line="+212"/>
        <source>That passphrase did not open it. Try again.</source>
        <translation>Гэтая парольная фраза не падышла. Паспрабуйце яшчэ раз.</translation>
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
        <translation>Парольныя фразы пакуль не супадаюць.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the second passphrase (at least 4 characters).</source>
        <translation>Увядзіце другую парольную фразу (не карацей за 4 знакі).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Privacy</source>
        <translation>Абарона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To change privacy settings, type your passphrase again.</source>
        <translation>Каб змяніць налады абароны, увядзіце парольную фразу яшчэ раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
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
        <location line="+7"/>
        <source>Second passphrase</source>
        <translation>Другая парольная фраза</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A second passphrase opens a separate, harmless journal with ordinary entries instead of yours — for a moment when someone forces you to open SafePlan. Your real journal stays hidden and unchanged. Type a new one twice to set or replace it.</source>
        <translation>Другая парольная фраза адкрывае асобны бяскрыўдны журнал са звычайнымі запісамі замест вашага — на выпадак, калі хтосьці прымусіць вас адкрыць SafePlan. Ваш сапраўдны журнал застаецца схаваным і не мяняецца. Увядзіце новую двойчы, каб задаць або замяніць яе.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New second passphrase</source>
        <translation>Новая другая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the second passphrase again</source>
        <translation>Увядзіце другую парольную фразу яшчэ раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it again</source>
        <translation>Увядзіце яшчэ раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the second passphrase</source>
        <translation>Прыбраць другую парольную фразу</translation>
    </message>
</context>
<context>
    <name>QuickNotePage</name>
    <message>
        <location filename="../safeplan/ui/workspace/quick_note.py" line="+121"/>
        <source>Write a few words first, or add a photo.</source>
        <translation>Спачатку напішыце некалькі слоў або дадайце фота.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quick note: {what}</source>
        <translation>Хуткі запіс: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick note (photo)</source>
        <translation>Хуткі запіс (фота)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Quick note</source>
        <translation>Хуткі запіс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down what happened in a few words. It is saved at once as an incident; you can complete it later in Incidents.</source>
        <translation>Запішыце некалькімі словамі, што здарылася. Запіс адразу захаваецца як здарэнне; дапоўніць яго можна пазней у раздзеле «Здарэнні».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What happened?</source>
        <translation>&amp;Што здарылася?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Што здарылася</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: he shouted and threw my phone.</source>
        <translation>Напрыклад: ён крычаў і кінуў мой тэлефон.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hen? (now, or change it)</source>
        <translation>&amp;Калі? (зараз або змяніце)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened</source>
        <translation>Калі гэта здарылася</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo, if you have one (you can skip this):</source>
        <translation>Фота, калі ёсць (можна прапусціць):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save now</source>
        <translation>&amp;Захаваць зараз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the quick note now</source>
        <translation>Захаваць хуткі запіс зараз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back without a note</source>
        <translation>Назад без запісу</translation>
    </message>
</context>
<context>
    <name>ReceiptSuggestion</name>
    <message>
        <location filename="../safeplan/ui/workspace/receipts_box.py" line="+172"/>
        <source>Saved. To be able to show later that this was written today, make a receipt and send the code to someone you trust.</source>
        <translation>Захавана. Каб потым можна было паказаць, што гэта запісана сёння, стварыце квітанцыю і адпраўце код чалавеку, якому давяраеце.</translation>
    </message>
</context>
<context>
    <name>ReceiptsBox</name>
    <message>
        <location line="-107"/>
        <source>Make a receipt now</source>
        <translation>Стварыць квітанцыю зараз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Капіраваць</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this code yourself to someone you trust — your lawyer, a friend, or your own e-mail. Their message keeps the date. SafePlan sends nothing.</source>
        <translation>Адпраўце гэты код самі чалавеку, якому давяраеце, — юрысту, сябру або сабе на электронную пошту. Паведамленне захавае дату. SafePlan нічога не адпраўляе.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Dated receipts</source>
        <translation>Квітанцыі з датай</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A receipt is a short code of your journal as it is right now. If you send it to someone outside, their message shows the date, and later anyone can check that the entries you had then were not written afterwards.</source>
        <translation>Квітанцыя — гэта кароткі код вашага журнала ў цяперашнім выглядзе. Калі адправіць яго каму-небудзь па-за гэтым камп’ютарам, паведамленне захавае дату, і потым кожны зможа праверыць, што запісы, якія былі ў вас тады, не напісаны пазней.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No receipts made yet.</source>
        <translation>Квітанцый пакуль няма.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipts made:</source>
        <translation>Створаныя квітанцыі:</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="-283"/>
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
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="+71"/>
        <source>Your safety plan</source>
        <translation>Ваш план бяспекі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have looked over my plan today</source>
        <translation>План сёння прагледжаны</translation>
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
        <location line="+38"/>
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
    <name>Session</name>
    <message>
        <location filename="../safeplan/ui/shell/unlock_flow.py" line="+100"/>
        <source>Check the letters ё and е: they count as different letters, so type them exactly as when you made the passphrase.</source>
        <translation>Праверце літары ё і е: гэта розныя літары, таму ўводзьце іх так, як пры стварэнні парольнай фразы.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/settings_page.py" line="+107"/>
        <source>Choose a folder or USB stick</source>
        <translation>Выберыце тэчку або флэшку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the backup and checking it…</source>
        <translation>Ствараем рэзервовую копію і правяраем яе…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the passphrase of the backup first (the one you used when it was made).</source>
        <translation>Спачатку ўвядзіце парольную фразу рэзервовай копіі (тую, што была пры яе стварэнні).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the backup (the file data.db inside the backup folder)</source>
        <translation>Выберыце рэзервовую копію (файл data.db у тэчцы копіі)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore this backup?</source>
        <translation>Аднавіць гэтую рэзервовую копію?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal will be replaced by the backup. The current files are kept aside in a folder named &apos;replaced-…&apos;, not deleted. SafePlan will then lock; open it again with the backup&apos;s passphrase.</source>
        <translation>Журнал будзе заменены рэзервовай копіяй. Цяперашнія файлы не выдаляюцца, а адкладваюцца ў тэчку «replaced-…». Потым SafePlan заблакуецца; адкрыйце яго зноў парольнай фразай копіі.</translation>
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
        <location line="+20"/>
        <source>Type your current passphrase first.</source>
        <translation>Спачатку ўвядзіце цяперашнюю парольную фразу.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The new passphrase is too short. Use at least a few words (8 letters or more).</source>
        <translation>Новая парольная фраза занадта кароткая. Выкарыстоўвайце хаця б некалькі слоў (8 літар або больш).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This passphrase is too easy to guess. Add more words.</source>
        <translation>Гэтую парольную фразу занадта лёгка адгадаць. Дадайце яшчэ словы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two new passphrases are not the same.</source>
        <translation>Дзве новыя парольныя фразы не супадаюць.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing the passphrase…</source>
        <translation>Парольная фраза мяняецца…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make a new recovery code?</source>
        <translation>Стварыць новы код аднаўлення?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery code opens your journal like the passphrase. Give it only to someone you trust completely. Any older code stops working.</source>
        <translation>Код аднаўлення адкрывае журнал гэтак жа, як парольная фраза. Дайце яго толькі таму, каму цалкам давяраеце. Ранейшы код перастане працаваць.</translation>
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
        <translation>Рэзервовая копія створана і праверана: тэчка {folder}. Захоўвайце яе ў надзейным месцы; яна адкрываецца вашай парольнай фразай.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored. SafePlan locks now.</source>
        <translation>Адноўлена. SafePlan зараз закрыецца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup was restored. Open SafePlan again with the backup&apos;s passphrase.</source>
        <translation>Рэзервовая копія адноўлена. Адкрыйце SafePlan зноў парольнай фразай копіі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation>Парольная фраза зменена. Цяпер выкарыстоўвайце новую.</translation>
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
        <translation>Рэзервовая копія — гэта абароненая копія вашага журнала. Рабіце яе часцей і захоўвайце на флэшцы або ў чалавека, якому давяраеце; яна адкрываецца вашай парольнай фразай.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up now…</source>
        <translation>Зрабіць копію зараз…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now to a folder or USB stick</source>
        <translation>Зрабіць копію зараз у тэчку або на флэшку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To go back to a backup, type the backup&apos;s passphrase, then choose the backup.</source>
        <translation>Каб вярнуцца да рэзервовай копіі, увядзіце яе парольную фразу, потым выберыце копію.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Passphrase of the backup</source>
        <translation>Парольная фраза рэзервовай копіі</translation>
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
        <translation>Парольная фраза і код аднаўлення</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second passphrase (if you chose one): it opens a separate, harmless journal with ordinary entries instead of yours — for a moment when someone forces you to open SafePlan. Your real journal stays hidden and unchanged. Set, change or remove it under Privacy, at the top right.</source>
        <translation>Другая парольная фраза (калі вы яе задалі) адкрывае асобны бяскрыўдны журнал са звычайнымі запісамі замест вашага — на выпадак, калі нехта прымусіць вас адкрыць SafePlan. Ваш сапраўдны журнал застаецца схаваным і не мяняецца. Задаць, змяніць або прыбраць яе можна ў раздзеле «Абарона» ўверсе справа.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current passphrase:</source>
        <translation>Цяперашняя парольная фраза:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again:</source>
        <translation>Новая парольная фраза яшчэ раз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current passphrase</source>
        <translation>Цяперашняя парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Новая парольная фраза яшчэ раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>Змяніць парольную фразу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody can recover a forgotten passphrase. A recovery code, kept by someone you trust, can open the journal instead. It needs your current passphrase above.</source>
        <translation>Забытую парольную фразу ніхто не адновіць. Замест яе журнал можа адкрыць код аднаўлення, які захоўвае чалавек, якому вы давяраеце. Каб яго стварыць, увядзіце вышэй цяперашнюю парольную фразу.</translation>
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
    <message numerus="yes">
        <location filename="../safeplan/ui/shell/main_window.py" line="+329"/>
        <source>Shift: press %n more time(s) to exit</source>
        <extracomment>The decoy&apos;s first frame is on screen (or another page is about to show): what waited for it may come now (complete_start; the composition root&apos;s application-wide filters).</extracomment>
        <translation>
            <numerusform>Shift: націсніце яшчэ %n раз, каб выйсці</numerusform>
            <numerusform>Shift: націсніце яшчэ %n разы, каб выйсці</numerusform>
            <numerusform>Shift: націсніце яшчэ %n разоў, каб выйсці</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calculator</source>
        <translation>Калькулятар</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../safeplan/ui/workspace/timeline_page.py" line="+237"/>
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
        <translation>Здарэнне</translation>
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
        <location line="+12"/>
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
        <translation>Здарэнні</translation>
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
        <location filename="../safeplan/ui/workspace/trash_page.py" line="+143"/>
        <source>Brought back: {entry}.</source>
        <translation>Вернута са сметніцы: {entry}.</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <translation>Здарэнне</translation>
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
        <location line="+13"/>
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
        <location line="+22"/>
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
        <source>&amp;Find by number or words:</source>
        <translation>&amp;Знайсці па нумары або словах:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: 2026-0009</source>
        <translation>Напрыклад: 2026-0009</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the trash by number or words</source>
        <translation>Знайсці ў сметніцы па нумары або словах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in the trash has this number or these words. An entry brought back is in its list again; an entry removed when the trash was emptied is gone for good.</source>
        <translation>У сметніцы няма запісу з такім нумарам або такімі словамі. Вернуты запіс зноў у сваім спісе; запіс, выдалены пры ачыстцы сметніцы, выдалены назаўсёды.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../safeplan/ui/shell/unlock_screen.py" line="+189"/>
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
        <location line="+23"/>
        <source>Enter your passphrase</source>
        <translation>Увядзіце парольную фразу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
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
        <translation>Экспарт {export_id}, створаны {created}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No manifest found: expected the file {name} beside the PDF. Without it nothing can be checked.</source>
        <translation>Кантрольны файл не знойдзены: побач з PDF павінен быць файл {name}. Без яго нічога нельга праверыць.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} is not a SafePlan export manifest, or it is damaged.</source>
        <translation>Файл {name} не з’яўляецца кантрольным файлам экспарту SafePlan або пашкоджаны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be read ({error}).</source>
        <translation>Не ўдалося прачытаць файл ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The manifest&apos;s signature is valid: it has not been changed since it was signed with the key whose fingerprint is {fingerprint}.</source>
        <translation>Подпіс кантрольнага файла сапраўдны: ён не змяняўся з моманту подпісу ключом з адбіткам {fingerprint}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest&apos;s signature does NOT match: the manifest was changed after it was signed, or it was not signed by SafePlan.</source>
        <translation>Подпіс кантрольнага файла НЕ супадае: кантрольны файл зменены пасля подпісу або падпісаны не SafePlan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} (the signed data or the signature) does not match the manifest: one of them was changed.</source>
        <translation>Файл {name} (падпісаныя даныя або подпіс) не адпавядае кантрольнаму файлу: адзін з іх зменены.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest&apos;s statement does not match its own recorded fingerprint: it was edited.</source>
        <translation>Падпісаная частка кантрольнага файла не супадае з запісаным у ім адбіткам: яе рэдагавалі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} was not found.</source>
        <translation>Файл {name} не знойдзены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF is exactly the file that was exported ({size} bytes, SHA-256 {sha}).</source>
        <translation>PDF — дакладна той файл, які быў экспартаваны ({size} байтаў, SHA-256 {sha}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF begins with the exported file, but {extra} byte(s) were added after its end. Added bytes (an &quot;incremental update&quot;) can change what a PDF viewer shows, so treat this copy as altered.</source>
        <translation>PDF пачынаецца з экспартаванага файла, але пасля яго канца дададзена байтаў: {extra}. Дададзеныя байты («інкрэментальнае абнаўленне») могуць змяніць тое, што паказвае праграма прагляду PDF, таму лічыце гэтую копію змененай.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF is NOT the file that was exported: its SHA-256 is {actual}, the manifest says {expected}.</source>
        <translation>PDF НЕ з’яўляецца экспартаваным файлам: яго SHA-256 — {actual}, а ў кантрольным файле — {expected}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF names this manifest&apos;s statement, so the two belong together.</source>
        <translation>PDF спасылаецца на падпісаную частку гэтага кантрольнага файла, значыць, яны адносяцца адзін да аднаго.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF does not name this manifest&apos;s statement: they do not belong to the same export.</source>
        <translation>PDF не спасылаецца на падпісаную частку гэтага кантрольнага файла: яны адносяцца да розных экспартаў.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {count} exhibit files were not supplied (no &quot;{folder}&quot; folder beside the PDF), so only the PDF was checked.</source>
        <translation>Файлы доказаў ({count}) не прадстаўлены (побач з PDF няма тэчкі «{folder}»), таму правераны толькі PDF.</translation>
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
        <translation>Доказ {number} ({name}) не ўдалося прачытаць з журнала пры экспарце, таму ён не ўключаны.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exhibit {number} ({name}) has been changed: its content does not match the manifest.</source>
        <translation>Доказ {number} ({name}) зменены: яго змесціва не супадае з кантрольным файлам.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the key fingerprint {fingerprint} with the one printed in the PDF and with the one the person who made it gave you separately.</source>
        <translation>Параўнайце адбітак ключа {fingerprint} з надрукаваным у PDF і з тым, які аўтар перадаў вам асобна.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed by key {fingerprint} — compare it with the one you received from the person who made the export. Every check below only shows that nothing changed since this key signed it.</source>
        <translation>Падпісана ключом {fingerprint} — параўнайце яго з тым, які вы атрымалі ад аўтара дакумента. Усе праверкі ніжэй паказваюць толькі, што нічога не змянілася з таго часу, як гэтым ключом быў пастаўлены подпіс.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signing key is the one you were given ({fingerprint}).</source>
        <translation>Ключ подпісу — той, які вам перадалі ({fingerprint}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing key {fingerprint} is NOT the key you were given ({expected}): this copy was signed by someone else, so treat it as not made by the person who kept this journal.</source>
        <translation>Ключ подпісу {fingerprint} — НЕ той, які вам перадалі ({expected}): гэтую копію падпісаў нехта іншы, таму лічыце, што аўтар журнала яе не ствараў.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Receipt {code} (made {made}) fits the journal as it was after {count} recorded change(s). Ask to see the message the code was sent in: its date shows those entries existed by then.</source>
        <translation>Квітанцыя {code} (створана {made}) адпавядае стану журнала пасля запісаных змен: {count}. Папрасіце паказаць паведамленне, у якім яна была адпраўлена: яго дата паказвае, што гэтыя запісы на той час ужо існавалі.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&quot;{typed}&quot; could not be read as a key fingerprint: type the 32 letters and digits (or the 40 digits) from the key card.</source>
        <translation>«{typed}» не падобна на адбітак ключа: увядзіце 32 літары і лічбы (або 40 лічбаў) з карткі ключа.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exhibit {number} ({name}) is a photo that was left out of the bundle: a copy without its location data could not be made, and the original was not chosen.</source>
        <translation>Доказ {number} ({name}) — фотаздымак, не ўключаны ў пакет: копію без даных пра месцазнаходжанне зрабіць не ўдалося, а арыгінал не быў выбраны.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exhibit {number}: the manifest names a file outside the bundle ({name}); it was not opened. A genuine export never does this.</source>
        <translation>Доказ {number}: кантрольны файл паказвае на файл па-за пакетам ({name}); ён не адкрываўся. Сапраўдны экспарт так ніколі не робіць.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal&apos;s record hashes in the manifest do not lead to its chain head: the dated receipts cannot be checked against this export.</source>
        <translation>Хэш-значэнні запісаў журнала ў кантрольным файле не прыводзяць да выніковага хэш-значэння журнала: датаваныя квітанцыі нельга праверыць па гэтым экспарце.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt {code} (made {made}) does NOT fit this journal after {count} change(s).</source>
        <translation>Квітанцыя {code} (створана {made}) НЕ адпавядае гэтаму журналу пасля змен: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt {code} matches the journal as it was after {count} recorded change(s): {entries} already existed when it was made.</source>
        <translation>Квітанцыя {code} супадае са станам журнала пасля запісаных змен ({count}): на момант яе стварэння ўжо існавалі {entries}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt {code} matches the journal as it was after {count} recorded change(s), before any entry of this export.</source>
        <translation>Квітанцыя {code} супадае са станам журнала пасля запісаных змен ({count}), да першага запісу гэтага экспарту.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt {code} does NOT match any state of this journal.</source>
        <translation>Квітанцыя {code} НЕ супадае ні з адным станам гэтага журнала.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{typed}&quot; could not be read as a receipt code.</source>
        <translation>«{typed}» не падобна на код квітанцыі.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <translation>5 — надзвычай сур’ёзна</translation>
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
        <location filename="../safeplan/ui/workspace/workspace.py" line="+271"/>
        <source>Timeline</source>
        <translation>Храналогія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents</source>
        <translation>Здарэнні</translation>
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
        <location line="-9"/>
        <location line="+10"/>
        <source>People</source>
        <translation>Людзі</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Everything by date</source>
        <translation>Усё па датах</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Што здарылася</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctors and injuries</source>
        <translation>Урачы і траўмы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages to and from you</source>
        <translation>Паведамленні вам і ад вас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My safety plan</source>
        <translation>Мой план бяспекі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Where to get help</source>
        <translation>Куды звярнуцца па дапамогу</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Am I in danger?</source>
        <translation>Ці пагражае мне небяспека?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Court and police dates</source>
        <translation>Даты суда і міліцыі</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Guides</source>
        <translation>Памяткі</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Volunteer hand-over</source>
        <translation>Перадача ад валанцёра</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>File for the court</source>
        <translation>Файл для суда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages from the phone</source>
        <translation>Паведамленні з тэлефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted things</source>
        <translation>Выдаленае</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safety plan</source>
        <translation>План бяспекі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danger signs</source>
        <translation>Прыкметы небяспекі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export for court</source>
        <translation>Экспарт для суда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import messages</source>
        <translation>Імпарт паведамленняў</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>+ Quick note</source>
        <translation>+ Хуткі запіс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+ Note</source>
        <translation>+ Запіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick note: write down what happened now</source>
        <translation>Хуткі запіс: запішыце, што здарылася, зараз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys: Ctrl+1 to Ctrl+9 open the first nine sections; Ctrl+N opens a quick note.</source>
        <translation>Клавішы: Ctrl+1 … Ctrl+9 адкрываюць першыя дзевяць раздзелаў; Ctrl+N — хуткі запіс.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+10"/>
        <source>Settings</source>
        <translation>Налады</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trash</source>
        <translation>Сметніца</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections of your journal</source>
        <translation>Раздзелы вашага журнала</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../safeplan/cli.py" line="+107"/>
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
        <translation>Парольная фраза няправільная. Нічога не зменена.</translation>
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
        <translation>Экспарт не супадае са сваім падпісаным кантрольным файлам.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such entry.</source>
        <translation>Такога запісу няма.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file goes far beyond what a real export holds, so nothing was imported (a safety limit against files made to fill the memory or the disk).</source>
        <translation>Файл значна большы, чым бывае сапраўдны файл экспарту, таму нічога не імпартавана (гэта ахоўная мяжа супраць файлаў, зробленых, каб запоўніць памяць або дыск).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail size: {found} bytes; at most {maximum}.</source>
        <translation>Памер ліста ў байтах: {found}; не больш за {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts in one e-mail: {found}; at most {maximum}.</source>
        <translation>Частак у адным лісце: {found}; не больш за {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded e-mails inside each other: {found} levels; at most {maximum}.</source>
        <translation>Узроўняў укладзенасці перасланых лістоў: {found}; не больш за {maximum}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts of the e-mail nested inside each other: {found} levels; at most {maximum}.</source>
        <translation>Узроўняў укладзенасці частак ліста: {found}; не больш за {maximum}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file in the zip expands {found} times; real export files at most {maximum}.</source>
        <translation>Файл у архіве пры распакаванні павялічваецца ў {found} разоў; у сапраўдных файлаў экспарту — не больш чым у {maximum}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The zip expands to {found} bytes; at most {maximum}.</source>
        <translation>Памер архіва пасля распакавання ў байтах: {found}; дапушчальна не больш за {maximum}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files in the zip: {found}; at most {maximum}.</source>
        <translation>Файлаў у архіве: {found}; дапушчальна не больш за {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat text: {found} bytes; at most {maximum}.</source>
        <translation>Тэкст чата ў байтах: {found}; дапушчальна не больш за {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages in one chat: {found}; at most {maximum}.</source>
        <translation>Паведамленняў у адным чаце: {found}; дапушчальна не больш за {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines of chat text: {found}; at most {maximum}.</source>
        <translation>Радкоў тэксту чата: {found}; дапушчальна не больш за {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON nested more than {maximum} levels deep (real exports: fewer than 10).</source>
        <translation>Укладзенасць JSON больш за {maximum} узроўняў (у сапраўдных файлах экспарту — менш за 10).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Something went wrong.</source>
        <translation>Нешта пайшло не так.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This value is not valid:</source>
        <translation>Недапушчальнае значэнне:</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/export_cmd.py" line="+108"/>
        <source>{percent} % · page {pages}</source>
        <translation>{percent} % · старонка {pages}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+40"/>
        <source>Written: {path}</source>
        <translation>Запісана: {path}</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Export ID: {export_id}</source>
        <translation>Нумар экспарту: {export_id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages: {pages}</source>
        <translation>Старонак: {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../safeplan/commands/import_cmd.py" line="+60"/>
        <location line="+27"/>
        <location filename="../safeplan/commands/vault_cmd.py" line="+68"/>
        <location line="+12"/>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <location filename="../safeplan/commands/demo_cmd.py" line="+31"/>
        <source>Give either a vault path or --portable DIR.</source>
        <translation>Укажыце шлях да сховішча або --portable ТЭЧКА.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Portable folder ready. Start it with: safeplan --portable {dir}</source>
        <translation>Пераносная тэчка гатова. Запуск: safeplan --portable {dir}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type 1234 then = in the calculator; the passphrase is &quot;{p}&quot;.</source>
        <translation>У калькулятары набярыце 1234 і =; парольная фраза — «{p}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo vault created: {path}</source>
        <translation>Пробнае сховішча створана: {path}</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/import_cmd.py" line="-67"/>
        <source>people</source>
        <translation>людзі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incidents</source>
        <translation>здарэнні</translation>
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
        <location line="+50"/>
        <source>This file does not say which time zone its times are in. Nothing was imported. Run the command again with --tz, for example --tz Europe/Minsk.</source>
        <translation>У гэтым файле не ўказаны часавы пояс. Нічога не імпартавана. Запусціце каманду яшчэ раз з --tz, напрыклад --tz Europe/Minsk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file suggests: {zone}</source>
        <translation>Мяркуючы па файле: {zone}</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+4"/>
        <source>Repairs recorded: {n}</source>
        <translation>Выпраўленняў запісана: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media not in the export: {n}</source>
        <translation>Медыяфайлаў няма ў экспарце: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not be read (each imported as an entry saying so, original bytes kept): {n}</source>
        <translation>Не ўдалося прачытаць (кожны імпартаваны як запіс пра гэта, зыходныя байты захаваны): {n}</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/vault_cmd.py" line="-36"/>
        <location line="+17"/>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Repeat it: </source>
        <translation>Паўтарыце: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation>Парольныя фразы не супадаюць. Нічога не створана.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault created.</source>
        <translation>Сховішча створана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery code (write it down for a trusted person):</source>
        <translation>Код аднаўлення (запішыце яго для чалавека, якому давяраеце):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current passphrase: </source>
        <translation>Цяперашняя парольная фраза: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase changed.</source>
        <translation>Парольная фраза зменена.</translation>
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
    <message>
        <location line="+8"/>
        <source>This passphrase is too easy to guess (common words, names, keyboard patterns and short passphrases are refused). Use several words. Nothing was changed.</source>
        <translation>Гэтую парольную фразу занадта лёгка адгадаць (распаўсюджаныя словы, імёны, спалучэнні суседніх клавіш і кароткія фразы не прымаюцца). Выкарыстоўвайце некалькі слоў. Нічога не зменена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A script that must use it anyway can add --allow-weak-passphrase.</source>
        <translation>Калі сцэнарыю яна ўсё ж патрэбна, дадайце --allow-weak-passphrase.</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/import_checks.py" line="+25"/>
        <source>day/month/year</source>
        <translation>дзень/месяц/год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month/day/year</source>
        <translation>месяц/дзень/год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year/month/day</source>
        <translation>год/месяц/дзень</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file shows it</source>
        <translation>так пазначана ў файле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chosen with --date-order</source>
        <translation>выбрана праз --date-order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not decided</source>
        <translation>не вырашана</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every date in this chat could be read day-first or month-first. Nothing was imported. Look at these messages and run the command again with --date-order dmy (day first) or --date-order mdy (month first):</source>
        <translation>Кожную дату ў гэтым чаце можна прачытаць двума спосабамі: спачатку дзень або спачатку месяц. Нічога не імпартавана. Паглядзіце на гэтыя паведамленні і запусціце каманду зноў з --date-order dmy (спачатку дзень) або --date-order mdy (спачатку месяц):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  “{text}”: day first = {dmy}, month first = {mdy}</source>
        <translation>  «{text}»: спачатку дзень = {dmy}, спачатку месяц = {mdy}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates read as {order} ({how})</source>
        <translation>Даты прачытаны як {order} ({how})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not attached, older than the chat&apos;s first message (add --attach-older-files if they really belong to it): {names}</source>
        <translation>Не далучаны, бо старэйшыя за першае паведамленне чата (дадайце --attach-older-files, калі яны сапраўды з яго): {names}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files to attach: {n}</source>
        <translation>Файлаў для далучэння: {n}</translation>
    </message>
</context>
<context>
    <name>importers</name>
    <message>
        <location filename="../safeplan/core/importers/_builder.py" line="+43"/>
        <source>{item}{who}{when}: could not be read ({reason}). The original bytes are kept unchanged as the attachment “{file}” (SHA-256 {sha}).</source>
        <translation>{item}{who}{when}: не ўдалося прачытаць ({reason}). Зыходныя байты захаваны без змен ва ўкладанні «{file}» (SHA-256 {sha}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}{who}{when}: could not be read ({reason}). It stays in the original export file, which is kept unchanged ({where}).</source>
        <translation>{item}{who}{when}: не ўдалося прачытаць ({reason}). Гэта застаецца ў зыходным файле экспарту, які захаваны без змен ({where}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> from {sender}</source>
        <translation> ад {sender}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original bytes of an item that could not be read ({where}), kept as found</source>
        <translation>Зыходныя байты элемента, які не ўдалося прачытаць ({where}), захаваны як ёсць</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original export file, kept byte for byte</source>
        <translation>Зыходны файл экспарту, захаваны байт у байт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {n}</source>
        <translation>радок {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines {first}-{last}</source>
        <translation>радкі {first}–{last}</translation>
    </message>
    <message>
        <location filename="../safeplan/core/importers/telegram.py" line="+41"/>
        <location filename="../safeplan/core/importers/whatsapp.py" line="+30"/>
        <source>The message at {where}</source>
        <translation>Паведамленне ({where})</translation>
    </message>
    <message>
        <location filename="../safeplan/core/importers/whatsapp.py" line="+1"/>
        <source>Text before the first dated line ({where})</source>
        <translation>Тэкст перад першым радком з датай ({where})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>most of its bytes are not valid UTF-8 text</source>
        <translation>большая частка яго байтаў — не тэкст UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no date and no sender</source>
        <translation>у яго няма ні даты, ні адпраўніка</translation>
    </message>
</context>
</TS>
