<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccessNotice</name>
    <message>
        <location filename="../safeplan/ui/shell/journal_host.py" line="+178"/>
        <source>Since you last opened SafePlan, someone deleted or replaced the record of wrong passphrases. Someone may have tried to get in and hide it.</source>
        <translation>С тех пор как вы в последний раз открывали SafePlan, кто-то удалил или подменил сведения о неудачных попытках входа. Возможно, кто-то пытался войти и скрыть это.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Failed attempts to open SafePlan since you last opened it: %n.</source>
        <translation>
            <numerusform>С прошлого раза кто-то %n раз пытался открыть SafePlan с неверной парольной фразой.</numerusform>
            <numerusform>С прошлого раза кто-то %n раза пытался открыть SafePlan с неверной парольной фразой.</numerusform>
            <numerusform>С прошлого раза кто-то %n раз пытался открыть SafePlan с неверной парольной фразой.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody has tried to open SafePlan with a wrong passphrase.</source>
        <translation>Никто не пытался открыть SafePlan с неверной парольной фразой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody tried to open SafePlan with a wrong passphrase since your last visit.</source>
        <translation>С вашего прошлого входа никто не пытался открыть SafePlan с неверной парольной фразой.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this notice</source>
        <translation>Скрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>AnswerBox</name>
    <message>
        <location filename="../safeplan/ui/workspace/answer_box.py" line="+35"/>
        <source>Not answered</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../safeplan/ui/workspace/attachment_viewer.py" line="+33"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Picture: {name}</source>
        <translation>Изображение: {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text of {name}</source>
        <translation>Текст файла {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind of file cannot be shown here. It is kept safely in your journal.

Size: {size} bytes
SHA-256: {sha}</source>
        <translation>Такой файл нельзя показать здесь. Он надёжно хранится в вашем журнале.

Размер: {size} байт
SHA-256: {sha}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the viewer</source>
        <translation>Закрыть просмотр</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <location filename="../safeplan/ui/workspace/attachments_widget.py" line="+152"/>
        <source>That file could not be read. Nothing was added.</source>
        <translation>Этот файл не удалось прочитать. Ничего не добавлено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a photo or file</source>
        <translation>Выберите фото или файл</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no picture to paste. Take a screenshot first, then press Paste.</source>
        <translation>Нет картинки для вставки. Сначала сделайте снимок экрана, потом нажмите «Вставить».</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A copy will leave the vault</source>
        <translation>Копия окажется вне защищённого хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To open this file in another program, a copy must be saved outside your protected journal. Anyone using this computer could find that copy. Delete it when you are done.</source>
        <translation>Чтобы открыть файл в другой программе, нужно сохранить копию вне защищённого журнала. Любой, кто пользуется этим компьютером, может найти эту копию. Удалите её, когда закончите.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to save the copy</source>
        <translation>Куда сохранить копию</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy could not be saved there.</source>
        <translation>Не удалось сохранить копию в это место.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Photos of injuries or damage, screenshots of messages. Drag files here, or paste a screenshot. The original is kept unchanged with its fingerprint, so a court can check it.</source>
        <translation>Фото травм или повреждений, снимки экрана с сообщениями. Перетащите файлы сюда или вставьте снимок экрана. Оригинал хранится без изменений вместе с отпечатком (хешем), поэтому суд может его проверить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos and files</source>
        <translation>Фото и файлы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add photo or file…</source>
        <translation>Добавить фото или файл…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a photo or file</source>
        <translation>Добавить фото или файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste screenshot</source>
        <translation>Вставить снимок экрана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a screenshot from the clipboard</source>
        <translation>Вставить снимок экрана из буфера обмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Посмотреть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View the selected file</source>
        <translation>Посмотреть выбранный файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from entry</source>
        <translation>Убрать из записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected file from this entry</source>
        <translation>Убрать выбранный файл из этой записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in another program…</source>
        <translation>Открыть в другой программе…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy outside the vault and open it</source>
        <translation>Сохранить копию вне хранилища и открыть её</translation>
    </message>
</context>
<context>
    <name>BodyMapWidget</name>
    <message>
        <location filename="../safeplan/ui/workspace/body_map.py" line="+187"/>
        <source>front</source>
        <translation>спереди</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>back</source>
        <translation>сзади</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no note yet)</source>
        <translation>(пока без описания)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Click on the body where you were hurt. A numbered mark appears; write what it is beside it. Keyboard: arrows move, Page Up/Down switches front and back, Space places a mark.</source>
        <translation>Нажмите на то место тела, где у вас травма. Появится метка с номером; рядом напишите, что это. С клавиатуры: стрелки двигают, Page Up/Page Down переключают «спереди» и «сзади», пробел ставит метку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body map, front and back</source>
        <translation>Схема тела, спереди и сзади</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrow keys move the cross, Page Up or Page Down switches front and back, Space places a mark, Delete removes the selected mark.</source>
        <translation>Стрелки двигают крестик, Page Up или Page Down переключают «спереди» и «сзади», пробел ставит метку, Delete удаляет выбранную метку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marks on the body map</source>
        <translation>Метки на схеме тела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is at this mark (e.g. bruise, 3 cm):</source>
        <translation>Что в этом месте (например, синяк, 3 см):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the selected mark</source>
        <translation>Описание выбранной метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this mark</source>
        <translation>Удалить эту метку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected mark</source>
        <translation>Удалить выбранную метку</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Front</source>
        <translation>Спереди</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Сзади</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>your right</source>
        <translation>ваша правая сторона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your left</source>
        <translation>ваша левая сторона</translation>
    </message>
</context>
<context>
    <name>CalculatorDecoy</name>
    <message>
        <location filename="../safeplan/ui/shell/calculator.py" line="+162"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete last digit</source>
        <translation>Стереть последнюю цифру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divide</source>
        <translation>Разделить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiply</source>
        <translation>Умножить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtract</source>
        <translation>Вычесть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Сложить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change sign</source>
        <translation>Сменить знак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal point</source>
        <translation>Десятичная точка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equals</source>
        <translation>Равно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calculator</source>
        <translation>Калькулятор</translation>
    </message>
</context>
<context>
    <name>ChronologyPdf</name>
    <message>
        <location filename="../safeplan/core/export/check_text.py" line="+59"/>
        <source>Evidence bundle {export_id}</source>
        <translation>Пакет доказательств {export_id}</translation>
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
        <translation>Пакет содержит:
- {pdf}: хронология (открывается любой программой для просмотра PDF);
- {manifest}: контрольный файл — SHA-256 файла PDF и каждого доказательства в читаемом виде;
- {signed}: те же данные точно в том виде, в каком они подписаны, и {sig}: их подпись;
- {key}: открытый ключ, которым сделана подпись;
- {verifier}: программа проверки, которая работает в браузере без интернета;
- папка «exhibits»: файлы доказательств под их номерами (E-0001, E-0002 …). Фотографии — копии без места съёмки и без сведений о телефоне (имена файлов оканчиваются на «-without-location»), если не были выбраны оригиналы; в PDF указано, что именно вложено, с SHA-256 обоих файлов.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Important: a SHA-256 compared with the check file alone proves nothing, because whoever changes a file can change the check file too. Only the signature proves it, and only if the key&apos;s fingerprint is the one the person who made the export gave you separately (in person, on paper or in a separate message) — not only the one printed in the PDF or in this bundle, which a forger would replace with their own.</source>
        <translation>Важно: сравнение SHA-256 только с контрольным файлом ничего не доказывает — тот, кто изменил файл, может изменить и контрольный файл. Доказывает только подпись, и только если отпечаток ключа совпадает с тем, который автор документа передал вам отдельно (лично, на бумаге или отдельным сообщением), а не только с напечатанным в PDF или в этом пакете: тот, кто подделывает документ, заменит его своим.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How to check that nothing was changed</source>
        <translation>Как проверить, что ничего не изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a web browser, with nothing to install: unpack the bundle, open {verifier} ({browsers}) and drop the unpacked folder, or all its files, onto the page. Type the key fingerprint you received. The page reads the files on this computer only and sends nothing.</source>
        <translation>В браузере, ничего не устанавливая: распакуйте пакет, откройте {verifier} ({browsers}) и перетащите на страницу распакованную папку или все её файлы. Введите полученный вами отпечаток ключа. Страница читает файлы только на этом компьютере и ничего не отправляет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With SafePlan: safeplan verify --key &quot;FINGERPRINT&quot; {target} (no passphrase is needed). It checks the signature, the PDF and every exhibit and says in words what matches.</source>
        <translation>С программой SafePlan: safeplan verify --key &quot;ОТПЕЧАТОК&quot; {target} (парольная фраза не нужна). Программа проверяет подпись, PDF и каждое доказательство и словами сообщает, что совпадает.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By hand with OpenSSL 3.0 or newer, in the unpacked folder (Linux and macOS terminal):</source>
        <translation>Вручную с OpenSSL 3.0 или новее, в распакованной папке (терминал Linux или macOS):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a) Check the signature; it must print &quot;Signature Verified Successfully&quot;:</source>
        <translation>а) Проверьте подпись; должно быть выведено «Signature Verified Successfully»:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>b) Compute the key&apos;s fingerprint: the first 32 characters after &quot;=&quot; (read in groups of four; capital or small letters are the same) must be the fingerprint you received separately:</source>
        <translation>б) Вычислите отпечаток ключа: первые 32 знака после «=» (читайте группами по четыре; заглавные и строчные буквы равнозначны) должны совпасть с отпечатком, полученным вами отдельно:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>c) Compute the SHA-256 of the PDF and of each exhibit, and find each value in {signed} (the search of any text editor). A value that is not there means the file was changed.</source>
        <translation>в) Вычислите SHA-256 файла PDF и каждого доказательства и найдите каждое значение в {signed} (поиском в любом текстовом редакторе). Если значения там нет, файл изменён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The files named here are in the evidence bundle (the zip made with this PDF); without the bundle, use safeplan verify with {pdf} and {manifest}.</source>
        <translation>Названные здесь файлы находятся в пакете доказательств (ZIP-архиве, созданном вместе с этим PDF); без пакета используйте safeplan verify с {pdf} и {manifest}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the evidence bundle: a copy without location and device data (SHA-256 {sha}); the pixels are the original&apos;s, whose SHA-256 is given above.</source>
        <translation>В пакете доказательств: копия без данных о местоположении и устройстве (SHA-256 {sha}); изображение то же, что в оригинале, SHA-256 которого указан выше.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the evidence bundle: the original file, with any location and device data it holds.</source>
        <translation>В пакете доказательств: оригинальный файл со всеми содержащимися в нём данными о местоположении и устройстве.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the evidence bundle: a copy without location data could not be made, and the original was not chosen.</source>
        <translation>Не включено в пакет доказательств: копию без данных о местоположении сделать не удалось, а оригинал не был выбран.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels.py" line="+22"/>
        <source>Chronology of events</source>
        <translation>Хронология событий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronology of recorded incidents and evidence</source>
        <translation>Хронология зафиксированных происшествий и доказательств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerning</source>
        <translation>В отношении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all recorded dates</source>
        <translation>все записанные даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared on</source>
        <translation>Дата составления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>Отбор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all forms of abuse</source>
        <translation>все формы насилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all people</source>
        <translation>все лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensitive medical notes included</source>
        <translation>конфиденциальные медицинские записи включены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensitive medical notes left out</source>
        <translation>конфиденциальные медицинские записи не включены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>addresses left out</source>
        <translation>адреса не указаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some names replaced by initials</source>
        <translation>некоторые имена заменены инициалами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries in the chronology</source>
        <translation>Записи в хронологии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Происшествия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Medical notes</source>
        <translation>Медицинские записи</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+26"/>
        <location line="+48"/>
        <location line="+45"/>
        <source>Exhibits</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents by form of abuse</source>
        <translation>Происшествия по формам насилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form of abuse</source>
        <translation>Форма насилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One incident can be of several forms, so these numbers can add up to more than the number of incidents ({n}).</source>
        <translation>Одно происшествие может относиться к нескольким формам насилия, поэтому сумма этих чисел может быть больше числа происшествий ({n}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages per day</source>
        <translation>Сообщения по дням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dated entries to show.</source>
        <translation>Нет датированных записей.</translation>
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
        <translation>Дата и время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full entries</source>
        <translation>Полные записи</translation>
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
        <translation>Записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amended on</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never amended</source>
        <translation>не изменялось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision of the date</source>
        <translation>Точность даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approximately</source>
        <translation>приблизительно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date not known</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone assumed</source>
        <translation>часовой пояс предположен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as remembered</source>
        <translation>как запомнилось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{quote}”</source>
        <translation>«{quote}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[{count} more characters of this field are not printed here; the full text is in the CSV file and in the journal.]</source>
        <translation>[ещё {count} знаков этого поля здесь не напечатаны; полный текст есть в файле CSV и в журнале.]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>сделано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still needed</source>
        <translation>ещё нужно</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+25"/>
        <source>Short summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Document reference</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Legal steps</source>
        <translation>Правовые действия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each entry shows when the event happened (as exactly as it is known) and, separately, when it was written down by the computer clock. Approximate dates are marked as such. Exhibits are numbered {example} … and their SHA-256 fingerprints are listed so that any change to a file can be detected.</source>
        <translation>В каждой записи указано, когда произошло событие (настолько точно, насколько это известно), и отдельно — когда запись была сделана, по часам компьютера. Приблизительные даты отмечены как приблизительные. Доказательства пронумерованы ({example} …), для каждого указан отпечаток SHA-256, по которому можно обнаружить любое изменение файла.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incidents per month, by how serious they felt (1 to 5)</source>
        <translation>Происшествия по месяцам и по тому, насколько серьёзными они ощущались (от 1 до 5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How serious it felt (1 to 5)</source>
        <translation>Насколько серьёзным это ощущалось (от 1 до 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rating</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../safeplan/core/export/labels_legal.py" line="+87"/>
        <source>Summary table of events</source>
        <translation>Сводная таблица событий</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who did it</source>
        <translation>Кто это сделал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms of abuse</source>
        <translation>Формы насилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened (facts)</source>
        <translation>Что произошло (факты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words said, word for word</source>
        <translation>Сказанные слова, дословно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Injuries</source>
        <translation>Телесные повреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property damage</source>
        <translation>Повреждение имущества</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weapons</source>
        <translation>Оружие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children present</source>
        <translation>Присутствовали дети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the children reacted</source>
        <translation>Как отреагировали дети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police</source>
        <translation>Милиция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacted on</source>
        <translation>обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station</source>
        <translation>отдел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report number</source>
        <translation>номер заявления (КУСП)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>officer</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked to earlier entries</source>
        <translation>Связано с более ранними записями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence still needed</source>
        <translation>Каких доказательств ещё не хватает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practitioner</source>
        <translation>Врач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of visit</source>
        <translation>Вид обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Выявлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment</source>
        <translation>Лечение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (certificate numbers)</source>
        <translation>Документы (номера справок)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related incidents</source>
        <translation>Связанные происшествия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body map</source>
        <translation>Схема тела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>front</source>
        <translation>спереди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back</source>
        <translation>сзади</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message transcripts</source>
        <translation>Тексты сообщений</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>кому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forwarded from</source>
        <translation>переслано от</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply to</source>
        <translation>ответ на</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no text)</source>
        <translation>(без текста)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List of exhibits</source>
        <translation>Список доказательств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprints are of the original files as they were added to the journal; spaces are added only for readability.</source>
        <translation>Отпечатки SHA-256 относятся к исходным файлам в том виде, в каком они были добавлены в журнал; пробелы добавлены только для удобства чтения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../safeplan/ui/workspace/entry_numbers.py" line="+1"/>
        <source>Exhibit {number}</source>
        <translation>Доказательство {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken on</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referred to by</source>
        <translation>Упоминается в</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is scaled to fit the page and turned upright; the original file is unchanged and identified by the SHA-256 above.</source>
        <translation>Изображение уменьшено по размеру страницы и повёрнуто правильно; исходный файл не изменён и определяется по SHA-256, указанному выше.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file cannot be shown on paper. The original is provided with the evidence bundle and can be identified by its SHA-256.</source>
        <translation>Этот файл нельзя показать на бумаге. Оригинал приложен к пакету доказательств и определяется по его SHA-256.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This picture could not be displayed (the file is damaged or in an unknown format). The original file is kept unchanged and can be identified by its SHA-256.</source>
        <translation>Это изображение не удалось показать (файл повреждён или в неизвестном формате). Исходный файл сохранён без изменений и определяется по его SHA-256.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The content of this file could not be read from the journal.</source>
        <translation>Содержимое этого файла не удалось прочитать из журнала.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} bytes</source>
        <translation>{size} байт</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../safeplan/core/export/labels_legal.py" line="+7"/>
        <source>Integrity and how to check this document</source>
        <translation>Целостность и как проверить этот документ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing key fingerprint</source>
        <translation>Отпечаток ключа подписи</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How to check</source>
        <translation>Как проверить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By hand: compute the SHA-256 of this PDF (for example “sha256sum {pdf}” or “certutil -hashfile {pdf} SHA256”) and compare it with the value “pdf.sha256” in {manifest}. Do the same for each exhibit file and the list of exhibits.</source>
        <translation>Вручную: вычислите SHA-256 этого PDF (например, «sha256sum {pdf}» или «certutil -hashfile {pdf} SHA256») и сравните со значением «pdf.sha256» в {manifest}. То же самое сделайте для каждого файла доказательства и списка доказательств.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare the signing key fingerprint above with the one the person who made this document gave you separately. A document changed after export, or bytes added to its end, will not match.</source>
        <translation>Сравните отпечаток ключа подписи выше с тем, который автор документа передал вам отдельно. Документ, изменённый после экспорта, или документ с байтами, добавленными в конец, не совпадёт.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I certify that the entries in this chronology were recorded by me at the recorded times shown, that they describe events as I experienced or witnessed them, and that the exhibits are true copies of the files I collected.</source>
        <translation>Подтверждаю, что записи в этой хронологии сделаны мной в указанное время записи, что события описаны в них так, как они были пережиты или увидены мной, и что доказательства являются подлинными копиями собранных мной файлов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>How it affected me</source>
        <translation>Как это на меня повлияло</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the police were not contacted</source>
        <translation>в милицию не обращались</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What I did afterwards</source>
        <translation>Мои действия после этого</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Number or name</source>
        <translation>Номер или название</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>right side</source>
        <translation>правая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left side</source>
        <translation>левая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Right side” and “left side” are the sides of the person’s own body: on the front view the right side is on the left of the drawing, as on a medical chart.</source>
        <translation>«Правая» и «левая» — стороны тела самого человека: на виде спереди правая сторона находится на рисунке слева, как в медицинской карте.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages are grouped by conversation. Cite a message by its number (for example {example}) and the page number. Times are the original times from the source file.</source>
        <translation>Сообщения сгруппированы по перепискам. Ссылайтесь на сообщение по его номеру (например, {example}) и номеру страницы. Время указано так, как оно записано в исходном файле.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversation {ref}: {title}</source>
        <translation>Переписка {ref}: {title}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Description of the picture</source>
        <translation>Описание изображения</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hash of the journal when this document was made (last link of the chain)</source>
        <translation>Хеш-значение журнала на момент составления документа (последнее звено цепочки записей)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 of the signed part of the check file</source>
        <translation>SHA-256 подписанной части контрольного файла</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check file (signed)</source>
        <translation>Контрольный файл (подписанный)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change to an entry is kept as a new revision in a hash chain; the hash of the journal above identifies the exact state of the journal this document was made from. A check file is written beside this PDF. It lists the SHA-256 of this PDF and of every exhibit and is signed with a key kept inside the journal. A document cannot contain its own fingerprint, so this page prints the fingerprint of the signed part of the check file and of the signing key; the check file in turn holds the fingerprint of this PDF.</source>
        <translation>Каждое изменение записи сохраняется как новая редакция в цепочке хеш-значений; указанное выше хеш-значение журнала точно определяет состояние журнала, по которому составлен этот документ. Рядом с этим PDF-файлом записывается контрольный файл. В нём указаны SHA-256 этого PDF-файла и каждого доказательства, и он подписан ключом, который хранится в журнале. Документ не может содержать собственный отпечаток, поэтому на этой странице приведены отпечаток подписанной части контрольного файла и отпечаток ключа подписи; контрольный файл, в свою очередь, содержит отпечаток этого PDF-файла.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With SafePlan: run “safeplan verify {pdf}”. It checks the signature, this PDF and any exhibit files beside it and says in plain words what matches and what does not. No passphrase is needed.</source>
        <translation>С помощью SafePlan: выполните «safeplan verify {pdf}». Программа проверит подпись, этот PDF и файлы доказательств рядом с ним и простыми словами сообщит, что совпадает, а что нет. Парольная фраза не нужна.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Statement of truth</source>
        <translation>Заявление о достоверности сведений</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name or initials</source>
        <translation>Фамилия и инициалы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Medical visit</source>
        <translation>Обращение за медицинской помощью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal step</source>
        <translation>Правовое действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>physical</source>
        <translation>физическое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>psychological</source>
        <translation>психологическое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>economic</source>
        <translation>экономическое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sexual</source>
        <translation>сексуальное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stalking</source>
        <translation>преследование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threats</source>
        <translation>угрозы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>property</source>
        <translation>имущество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>involving children</source>
        <translation>с участием детей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digital</source>
        <translation>цифровое</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+11"/>
        <location line="+7"/>
        <source>other</source>
        <translation>другое</translation>
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
        <translation>эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social network</source>
        <translation>соцсеть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person</source>
        <translation>лично</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>incoming</source>
        <translation>входящее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outgoing</source>
        <translation>исходящее</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>emergency</source>
        <translation>скорая / приёмный покой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>general practitioner</source>
        <translation>участковый врач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forensic examination</source>
        <translation>судебно-медицинская экспертиза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mental health</source>
        <translation>психическое здоровье</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>protection order</source>
        <translation>защитное предписание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>court hearing</source>
        <translation>судебное заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence to collect</source>
        <translation>доказательства, которые нужно собрать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 of 5</source>
        <translation>1 из 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 of 5</source>
        <translation>2 из 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 of 5</source>
        <translation>3 из 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 of 5</source>
        <translation>4 из 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 of 5</source>
        <translation>5 из 5</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/labels_fidelity.py" line="+15"/>
        <source>Imported into the journal on</source>
        <translation>Дата переноса в журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the file</source>
        <translation>из файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of recording stated in the file</source>
        <translation>Время записи, указанное в файле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>working notes included (evidence still needed, tags, private entries)</source>
        <translation>рабочие заметки включены (недостающие доказательства, метки, записи «Только для меня и моего юриста»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>working notes left out</source>
        <translation>рабочие заметки не включены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} — working copy with working notes, not for filing</source>
        <translation>{title} — рабочая копия с рабочими заметками, не для подачи в суд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amendments</source>
        <translation>Изменения записей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change made to an entry after it was first recorded, field by field, with the time the change was saved. Earlier versions are kept in the journal and bound by its hash chain.</source>
        <translation>Каждое изменение записи после её первого сохранения — по каждому полю, со временем сохранения изменения. Прежние редакции хранятся в журнале и связаны его цепочкой хеш-значений.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amended on {when}</source>
        <translation>Изменено {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change concerns only details that this document leaves out (working notes, or what the chosen options leave out).</source>
        <translation>Это изменение касается только сведений, не включённых в этот документ (рабочих заметок или того, что исключено выбранными настройками).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted entries</source>
        <translation>Удалённые записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries of this period that were moved to the trash. They are not printed above; the journal keeps them and their history.</source>
        <translation>Записи этого периода, перемещённые в корзину. Выше они не напечатаны; журнал хранит их и их историю.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No. {number} ({kind}): deleted on {when}</source>
        <translation>№ {number} ({kind}): удалено {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to the second</source>
        <translation>до секунды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the minute</source>
        <translation>до минуты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>день</translation>
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
        <translation>приблизительно</translation>
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
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Стр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per entry, in the order the events happened. “Page” is the page of this document where the full entry begins.</source>
        <translation>Одна строка на запись, в порядке событий. «Стр.» — страница этого документа, на которой начинается полная запись.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How serious (1–5)</source>
        <translation>Насколько серьёзно (1–5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>исполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet completed</source>
        <translation>ещё не исполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of pages</source>
        <translation>Количество листов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pages}, including the pages of this statement</source>
        <translation>{pages}, включая листы настоящего заявления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I, the undersigned, confirm the following about the document described above.</source>
        <translation>Подтверждаю следующее в отношении указанного выше документа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1. What I saw or heard myself. I wrote the entries listed below myself. In them I describe what I saw or heard myself. Where an entry describes something I learned from another person or from a document, the entry names that person or document.</source>
        <translation>1. Сведения, известные мне лично. Перечисленные ниже записи составлены мной лично. В них описано увиденное и услышанное мной лично. Если в записи описано то, что мне стало известно от другого лица или из документа, в записи указано это лицо или этот документ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2. What comes from other sources. I did not write the entries and messages listed below: they were copied without change from the files named here (for example message exports from a phone). Their times are the times stated in those files.</source>
        <translation>2. Сведения из других источников. Перечисленные ниже записи и сообщения составлены не мной: они перенесены без изменений из указанных здесь файлов (например, экспорта переписки из телефона). Время для них указано так, как оно записано в этих файлах.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3. The exhibits are copies of files I collected. Each is identified by its SHA-256 fingerprint, so any later change to a file can be detected.</source>
        <translation>3. Доказательства являются копиями файлов, собранных мной. Каждый из них обозначен отпечатком SHA-256, поэтому любое последующее изменение файла можно обнаружить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4. To the best of my knowledge, what I recorded in this document is true.</source>
        <translation>4. Насколько мне известно, изложенное мной в этом документе соответствует действительности.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I am aware that knowingly making a false report of a crime and knowingly giving false statements are criminal offences (in the Republic of Belarus: Articles 400 and 401 of the Criminal Code).</source>
        <translation>Об уголовной ответственности за заведомо ложный донос и заведомо ложные показания (статьи 400 и 401 Уголовного кодекса Республики Беларусь) мне известно.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none in this document</source>
        <translation>в этом документе таких нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{refs} (entered by hand)</source>
        <translation>{refs} (введено вручную)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{refs}: from the file “{file}”, imported on {date}</source>
        <translation>{refs}: из файла «{file}», дата переноса {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{refs}: from the file “{file}”</source>
        <translation>{refs}: из файла «{file}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{refs}: entered from another program; file name not recorded</source>
        <translation>{refs}: источник — другая программа; имя файла не сохранилось</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entries {first} to {last}</source>
        <translation>записи с {first} по {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry {first}</source>
        <translation>запись {first}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages {first} to {last}</source>
        <translation>сообщения с {first} по {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message {first}</source>
        <translation>сообщение {first}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место составления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appendices</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts of this document and the files that go with it. Page counts are for one-sided printing.</source>
        <translation>Части этого документа и файлы к нему. Количество листов указано для односторонней печати.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 page (page {first})</source>
        <translation>на 1 л. (с. {first})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} pages (pages {first} to {last})</source>
        <translation>на {n} л. (с. {first}–{last})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in electronic form</source>
        <translation>в электронном виде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full entries ({count})</source>
        <translation>Полные записи ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message transcripts ({count})</source>
        <translation>Тексты сообщений ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of exhibits with their SHA-256 fingerprints</source>
        <translation>Список доказательств с отпечатками SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture {ref}, file “{file}”</source>
        <translation>Изображение {ref}, файл «{file}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File {ref} “{file}” (cannot be printed)</source>
        <translation>Файл {ref} «{file}» (не может быть распечатан)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check file “{name}”, signed, for checking this document</source>
        <translation>Контрольный файл «{name}» с электронной подписью для проверки этого документа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be shown on paper. The original is kept unchanged in the journal and can be identified by its SHA-256.</source>
        <translation>Этот файл нельзя показать на бумаге. Оригинал хранится в журнале без изменений, его можно опознать по SHA-256.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Witnesses I ask the court to summon</source>
        <translation>Прошу вызвать в суд свидетелей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named in entries {refs}</source>
        <translation>упоминается в записях: {refs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how to reach: {contact}</source>
        <translation>контактные данные: {contact}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact details of witnesses included</source>
        <translation>контактные данные свидетелей включены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details are not included in this document.</source>
        <translation>Контактные данные в этот документ не включены.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entered by hand</source>
        <translation>введено вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported file</source>
        <translation>перенесено из файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice from the messaging app</source>
        <translation>Служебное уведомление мессенджера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type in the file: {token}</source>
        <translation>тип в файле: {token}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration {minutes} min {seconds} s</source>
        <translation>продолжительность {minutes} мин {seconds} с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration not stated</source>
        <translation>продолжительность не указана</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telegram export file</source>
        <translation>файл экспорта Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp export file</source>
        <translation>файл экспорта WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS backup file</source>
        <translation>файл резервной копии SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail file</source>
        <translation>файл электронного письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picture file</source>
        <translation>файл изображения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group call</source>
        <translation>Групповой звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined Telegram</source>
        <translation>Регистрация в Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created the group</source>
        <translation>Создана группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added members</source>
        <translation>Добавлены участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed members</source>
        <translation>Удалены участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned a message</source>
        <translation>Закреплено сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the group name</source>
        <translation>Изменено название группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the group picture</source>
        <translation>Изменено изображение группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed the group picture</source>
        <translation>Удалено изображение группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared the chat history</source>
        <translation>Очищена история переписки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took a screenshot</source>
        <translation>Сделан снимок экрана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set messages to disappear</source>
        <translation>Включено автоудаление сообщений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined the messaging app</source>
        <translation>Регистрация в мессенджере</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missed</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined (busy)</source>
        <translation>отклонён (занято)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>прерван</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/missing_glyphs.py" line="+23"/>
        <source>Characters that could not be printed</source>
        <translation>Символы, которые не удалось напечатать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every character of the recorded text and of the imported messages is printed in this document.</source>
        <translation>Все символы записанного текста и импортированных сообщений напечатаны в этом документе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fonts of this document have no picture for the characters below. Each one is printed in its place as [U+code]; the original files and the CSV table keep the character itself.</source>
        <translation>В шрифтах этого документа нет начертания для перечисленных ниже символов. Каждый из них напечатан на своём месте как [U+code]; исходные файлы и таблица CSV содержат сам символ.</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/sections_check.py" line="+19"/>
        <source>Dated receipts</source>
        <translation>Датированные квитанции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the times below, the person who kept this journal made a short receipt code of the journal&apos;s state and sent it to someone outside. The message it was sent in carries its own date; the code fits only the journal as it was then, so the entries listed beside it existed by that date. Check a code with safeplan verify --receipt CODE or in verify.html.</source>
        <translation>В указанное ниже время автор журнала создавал короткий код квитанции о состоянии журнала и отправлял его другому лицу. Сообщение с кодом имеет собственную дату; код соответствует только тогдашнему состоянию журнала, поэтому перечисленные рядом записи существовали к этой дате. Проверить код можно командой safeplan verify --receipt КОД или в verify.html.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt code</source>
        <translation>Код квитанции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries that existed then</source>
        <translation>Записи, существовавшие на тот момент</translation>
    </message>
    <message>
        <location filename="../safeplan/core/export/sections_messages.py" line="+25"/>
        <source>dates read as {order} ({how})</source>
        <translation>даты прочитаны как {order} ({how})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year</source>
        <translation>день/месяц/год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month/day/year</source>
        <translation>месяц/день/год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year/month/day</source>
        <translation>год/месяц/день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chosen by the person importing</source>
        <translation>выбрано при импорте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shown by the file</source>
        <translation>указано в файле</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message numbers are permanent: every export of this journal, whole or filtered, gives a message the same number. They follow the order in which the messages were imported, so a message imported later has a higher number even when it was sent earlier.</source>
        <translation>Номера сообщений постоянные: в любом экспорте этого журнала, полном или с отбором, у сообщения один и тот же номер. Номера идут в том порядке, в котором сообщения были перенесены в журнал, поэтому у сообщения, перенесённого позже, номер больше, даже если оно было отправлено раньше.</translation>
    </message>
</context>
<context>
    <name>DecoyPage</name>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="+87"/>
        <source>The code must be 4 to 12 digits.</source>
        <translation>Код — от 4 до 12 цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two codes are not the same yet.</source>
        <translation>Два кода пока не совпадают.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How it hides</source>
        <translation>Как программа прячется</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To open SafePlan, type your code on a new line followed by = (for example {code}=). Anything else is just a note.</source>
        <translation>Чтобы открыть SafePlan, наберите код с новой строки и знак = (например, {code}=). Всё остальное — обычные заметки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To open SafePlan, type your code on the calculator and press = (for example {code} =). Any other number is just a sum.</source>
        <translation>Чтобы открыть SafePlan, наберите код на калькуляторе и нажмите = (например, {code} =). Любое другое число — просто вычисление.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When SafePlan starts, and whenever you leave it, it shows an ordinary screen. Which one would you like?</source>
        <translation>При запуске и каждый раз, когда вы выходите, SafePlan показывает обычный экран. Какой вы хотите?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A calculator</source>
        <translation>Калькулятор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plain notes page</source>
        <translation>Простые заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret &amp;code (4 to 12 digits):</source>
        <translation>Секретный &amp;код (от 4 до 12 цифр):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret code</source>
        <translation>Секретный код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the code &amp;again:</source>
        <translation>Наберите код &amp;ещё раз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the secret code again</source>
        <translation>Наберите секретный код ещё раз</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../safeplan/ui/dialogs.py" line="+71"/>
        <location line="+21"/>
        <location line="+146"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Exit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit now</source>
        <translation>Выйти сейчас</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name:</source>
        <translation>Имя файла:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Тип файлов:</translation>
    </message>
</context>
<context>
    <name>DiaryAccessNotice</name>
    <message>
        <location filename="../safeplan/ui/shell/diary_notice.py" line="+20"/>
        <source>Since you last opened the diary, someone deleted or replaced the record of wrong passphrases. Someone may have tried to get in and hide it.</source>
        <translation>С тех пор как вы в последний раз открывали дневник, кто-то удалил или подменил сведения о неудачных попытках входа. Возможно, кто-то пытался войти и скрыть это.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Failed attempts to open the diary since you last opened it: %n.</source>
        <translation>
            <numerusform>Неудачных попыток открыть дневник с вашего прошлого входа: %n.</numerusform>
            <numerusform>Неудачных попыток открыть дневник с вашего прошлого входа: %n.</numerusform>
            <numerusform>Неудачных попыток открыть дневник с вашего прошлого входа: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody has tried to open the diary with a wrong passphrase.</source>
        <translation>Никто не пытался открыть дневник с неверной парольной фразой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody tried to open the diary with a wrong passphrase since your last visit.</source>
        <translation>С вашего прошлого входа никто не пытался открыть дневник с неверной парольной фразой.</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <location filename="../safeplan/ui/shell/diary_window.py" line="+231"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete this note?</source>
        <translation>Удалить эту запись?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note will be deleted from the diary.</source>
        <translation>Запись будет удалена из дневника.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The note was deleted.</source>
        <translation>Запись удалена.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(empty note)</source>
        <translation>(пустая запись)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notes with these words.</source>
        <translation>Нет записей с этими словами.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The disk is full, so the note was not saved. Your text is still here: free some space, then press Save again.</source>
        <translation>Диск заполнен, поэтому запись не сохранена. Ваш текст остался здесь: освободите место и снова нажмите «Сохранить».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note could not be saved. Your text is still here: press Save again.</source>
        <translation>Не удалось сохранить запись. Ваш текст остался здесь: нажмите «Сохранить» ещё раз.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>My diary</source>
        <translation>Мой дневник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New note</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New note</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s note</source>
        <translation>Запись за сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lar&amp;ger text</source>
        <translation>&amp;Буквы крупнее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>Буквы крупнее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words from a note</source>
        <translation>Слова из записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search notes</source>
        <translation>Поиск по записям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>Зап&amp;иси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes, newest first</source>
        <translation>Записи, сначала новые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of this note</source>
        <translation>День этой записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write here. The first line is the note&apos;s title.</source>
        <translation>Пишите здесь. Первая строка — заголовок записи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the note</source>
        <translation>Сохранить запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this note</source>
        <translation>Удалить эту запись</translation>
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
        <translation>Польша</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International</source>
        <translation>Международные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency</source>
        <translation>Экстренная помощь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hotline</source>
        <translation>Горячая линия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis room</source>
        <translation>Кризисная комната</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shelter</source>
        <translation>Убежище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Online help</source>
        <translation>Помощь онлайн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Where to get help</source>
        <translation>Куда обратиться за помощью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This list works without internet. Numbers change: each entry says when it was last checked and where it comes from. You can correct, add or hide entries.</source>
        <translation>Этот список работает без интернета. Номера меняются: у каждой записи указано, когда её проверяли и откуда она взята. Вы можете исправлять, добавлять и скрывать записи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show hidden entries</source>
        <translation>Показать скрытые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search: city, country or name</source>
        <translation>Поиск: город, страна или название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search help services by city, country or name</source>
        <translation>Искать службы помощи по городу, стране или названию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a list from an organisation…</source>
        <translation>Загрузить список от организации…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Help services</source>
        <translation>Службы помощи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the chosen service</source>
        <translation>Подробности о выбранной службе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Вид помощи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country code</source>
        <translation>Код страны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add new</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo my changes</source>
        <translation>Отменить мои изменения</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} (hidden)</source>
        <translation>{name} (скрыто)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Phone: {phone}</source>
        <translation>Телефон: {phone}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours: {hours}</source>
        <translation>Часы работы: {hours}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website: {url}</source>
        <translation>Сайт: {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City: {city}</source>
        <translation>Город: {city}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last checked: {date}</source>
        <translation>Последняя проверка: {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked against a source.</source>
        <translation>Не сверено с источником.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: {title} — {url}</source>
        <translation>Источник: {title} — {url}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed this entry.</source>
        <translation>Вы изменили эту запись.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show again</source>
        <translation>Показать снова</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fill in the fields below, then Save.</source>
        <translation>Заполните поля ниже и нажмите «Сохранить».</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the directory file</source>
        <translation>Выберите файл справочника</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entry(ies) imported.</source>
        <translation>
            <numerusform>Загружена %n запись.</numerusform>
            <numerusform>Загружено %n записи.</numerusform>
            <numerusform>Загружено %n записей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../safeplan/ui/shell/decoy_page.py" line="+134"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your recovery code. Write it on paper now and give it to someone you trust. It opens SafePlan if you forget your passphrase. It is shown only once.</source>
        <translation>Ваш код восстановления. Запишите его на бумаге сейчас и отдайте человеку, которому доверяете. Он откроет SafePlan, если вы забудете парольную фразу. Код показывается только один раз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A short tour:
• To leave at once: press Shift three times, or the red Exit button. The ordinary screen comes back and your unfinished writing is kept.
• After some minutes without use, SafePlan locks itself.
• To come back: {door}
• Everything you write is saved as you go; old versions are kept.</source>
        <translation>Коротко о главном:
• Чтобы сразу уйти: трижды нажмите Shift или красную кнопку «Выход». Вернётся обычный экран, а недописанное сохранится.
• Если несколько минут ничего не делать, SafePlan закроется сам.
• Чтобы вернуться: {door}
• Всё, что вы пишете, сохраняется сразу; прежние версии тоже остаются.</translation>
    </message>
</context>
<context>
    <name>DuressPage</name>
    <message>
        <location line="-89"/>
        <source>Type the second passphrase (at least 4 characters).</source>
        <translation>Введите вторую парольную фразу (не меньше 4 знаков).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Две парольные фразы пока не совпадают.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The second passphrase must be different from your real one.</source>
        <translation>Вторая парольная фраза должна отличаться от настоящей.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If someone forces you</source>
        <translation>Если вас заставят</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You can set a second passphrase. If someone forces you to open SafePlan, type it instead: a separate journal opens, with a few ordinary entries you can change. Nothing in it mentions your real journal. This step is optional.</source>
        <translation>Можно задать вторую парольную фразу. Если вас заставят открыть SafePlan, введите её: откроется отдельный журнал с несколькими обычными записями, которые можно менять. В нём ничего не говорит о настоящем журнале. Этот шаг необязателен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set a second passphrase</source>
        <translation>Задать вторую парольную фразу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second &amp;passphrase:</source>
        <translation>Вторая &amp;парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second passphrase</source>
        <translation>Вторая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it &amp;again:</source>
        <translation>Введите её &amp;ещё раз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the second passphrase again</source>
        <translation>Введите вторую парольную фразу ещё раз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limits: someone who copies the computer&apos;s disk several times could notice that saved files change in size when you use your real journal.</source>
        <translation>Ограничение: тот, кто несколько раз копирует диск компьютера, может заметить, что сохранённые файлы меняют размер, когда вы пользуетесь настоящим журналом.</translation>
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
        <translation>Звонить по воскресеньям.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandma</source>
        <translation>Бабушка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>grandmother</source>
        <translation>бабушка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring her medicine on Thursdays.</source>
        <translation>Отвозить ей лекарства по четвергам.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sveta</source>
        <translation>Света</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>friend from school</source>
        <translation>школьная подруга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday in spring.</source>
        <translation>День рождения весной.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aunt Valya</source>
        <translation>Тётя Валя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aunt</source>
        <translation>тётя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dr. Novak</source>
        <translation>Доктор Новак</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>family doctor</source>
        <translation>семейный врач</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Olga Petrovna</source>
        <translation>Ольга Петровна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dentist</source>
        <translation>стоматолог</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-up every six months.</source>
        <translation>Осмотр раз в полгода.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>City clinic</source>
        <translation>Городская поликлиника</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Routine check-up. Blood pressure normal.</source>
        <translation>Плановый осмотр. Давление в норме.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vitamin D in winter.</source>
        <translation>Зимой витамин D.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dental clinic</source>
        <translation>Стоматология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One small filling.</source>
        <translation>Одна маленькая пломба.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Come back in six months.</source>
        <translation>Прийти снова через полгода.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cold. No fever.</source>
        <translation>Простуда, без температуры.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tea, rest, three days at home.</source>
        <translation>Чай, отдых, три дня дома.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optician</source>
        <translation>Оптика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyesight slightly worse.</source>
        <translation>Зрение немного ухудшилось.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New glasses.</source>
        <translation>Новые очки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neighbour and the parking space</source>
        <translation>Сосед и место на парковке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yard</source>
        <translation>Двор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The neighbour from the third floor parked in our space again and shouted when I asked him to move the car.</source>
        <translation>Сосед с третьего этажа опять поставил машину на наше место и накричал, когда его попросили её переставить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annoying. I will ask the building manager.</source>
        <translation>Неприятно. Спрошу в ЖЭСе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renovation noise upstairs</source>
        <translation>Ремонт у соседей сверху</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home</source>
        <translation>Дома</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drilling upstairs again after ten in the evening.</source>
        <translation>Сверху опять сверлили после десяти вечера.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not sleep. Will write to the housing office.</source>
        <translation>Не спалось. Напишу в ЖЭС.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overcharged at the shop</source>
        <translation>Обсчитали в магазине</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shop near the stop</source>
        <translation>Магазин у остановки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receipt had the milk twice. The cashier argued first, then gave the money back.</source>
        <translation>В чеке молоко два раза. Кассир сначала спорил, потом вернул деньги.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the receipt every time.</source>
        <translation>Всегда проверять чек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bus did not come</source>
        <translation>Автобус не пришёл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bus stop</source>
        <translation>Остановка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited forty minutes in the cold, then took a taxi.</source>
        <translation>Сорок минут ожидания на холоде, потом такси.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late for work. Ask about the new timetable.</source>
        <translation>Опоздание на работу. Узнать про новое расписание.</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../safeplan/ui/workspace/entry_list_model.py" line="+57"/>
        <source>around {date}</source>
        <translation>примерно {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date not known</source>
        <translation>дата неизвестна</translation>
    </message>
</context>
<context>
    <name>EntryNumbers</name>
    <message>
        <location filename="../safeplan/ui/workspace/entry_numbers.py" line="+7"/>
        <source>Number {number}.</source>
        <translation>Номер {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message number {number}.</source>
        <translation>Сообщение № {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The court document (PDF) cites this entry as {number}.</source>
        <translation>Документ для суда (PDF) называет эту запись {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The court document (PDF) cites this file as {number}.</source>
        <translation>Документ для суда (PDF) называет этот файл {number}.</translation>
    </message>
</context>
<context>
    <name>EntryPicker</name>
    <message>
        <location filename="../safeplan/ui/workspace/entry_picker.py" line="+132"/>
        <source>Choose from the list…</source>
        <translation>Выберите из списка…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{what}: chosen</source>
        <translation>{what}: выбрано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: choose from the list</source>
        <translation>{what}: выбор из списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: new name</source>
        <translation>{what}: новое имя</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the chosen one</source>
        <translation>Добавить выбранного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected one</source>
        <translation>Убрать выделенного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type a new name</source>
        <translation>Или впишите новое имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add new person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new person with this name</source>
        <translation>Добавить нового человека с этим именем</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(removed)</source>
        <translation>(удалено)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../safeplan/ui/strings.py" line="+22"/>
        <source>That passphrase did not open it. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Эта парольная фраза не подошла. Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved data could not be read; it may be damaged. If you have a backup, you can restore it from there.</source>
        <translation>Сохранённые данные не читаются — возможно, они повреждены. Если есть резервная копия, их можно восстановить из неё.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is already open in another window. Close that window first.</source>
        <translation>Уже открыто в другом окне. Сначала закройте то окно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already saved data in that place. Choose another folder.</source>
        <translation>В этом месте уже есть сохранённые данные. Выберите другую папку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved data was not found. If it is on a USB stick, plug the stick in and try again.</source>
        <translation>Сохранённые данные не найдены. Если они на флешке, вставьте её и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was locked. Open it again to continue.</source>
        <translation>Журнал заблокирован. Откройте его снова, чтобы продолжить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file was not imported: it goes far beyond what a real export holds ({limit}). Nothing was changed.</source>
        <translation>Этот файл не импортирован: он намного больше, чем бывает настоящий файл экспорта ({limit}). Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file could not be read (problem at {where}).</source>
        <translation>Этот файл не читается (ошибка в {where}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be read.</source>
        <translation>Этот файл не читается.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Остановлено. Ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full or cannot be written to. Nothing was lost; free some space and try again.</source>
        <translation>Диск заполнен или закрыт для записи. Ничего не потеряно; освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That entry no longer exists.</source>
        <translation>Этой записи больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check failed: the files do not match what was signed.</source>
        <translation>Проверка не прошла: файлы не совпадают с подписанными.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Что-то пошло не так. Ничего не изменилось.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The file or folder could not be used. Check that it is still there.</source>
        <translation>Файл или папку не удалось открыть. Проверьте, что они на месте.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{found} MB in one e-mail; at most {maximum} MB</source>
        <translation>{found} МБ в одном письме; не больше {maximum} МБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{found} parts in one e-mail; at most {maximum}</source>
        <translation>частей в одном письме: {found}; не больше {maximum}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forwarded e-mails {found} levels deep; at most {maximum}</source>
        <translation>пересланные письма вложены друг в друга на {found} уровней; не больше {maximum}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e-mail parts {found} levels deep; at most {maximum}</source>
        <translation>части письма вложены друг в друга на {found} уровней; не больше {maximum}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file in the zip expands {found} times; real export files at most {maximum} times</source>
        <translation>файл в архиве при распаковке увеличивается в {found} раз; у настоящих файлов экспорта — не более чем в {maximum} раз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the zip expands to {found} MB; at most {maximum} MB</source>
        <translation>архив распаковывается в {found} МБ; допустимо не более {maximum} МБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{found} files in the zip; at most {maximum}</source>
        <translation>файлов в архиве: {found}; допустимо не более {maximum}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{found} MB of chat text; at most {maximum} MB</source>
        <translation>{found} МБ текста чата; допустимо не более {maximum} МБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{found} messages in one chat; at most {maximum}</source>
        <translation>сообщений в одном чате: {found}; допустимо не более {maximum}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{found} lines of chat text; at most {maximum}</source>
        <translation>строк текста чата: {found}; допустимо не более {maximum}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nested more than {maximum} levels deep; real exports fewer than 10</source>
        <translation>вложенность больше {maximum} уровней; в настоящих файлах экспорта — меньше 10</translation>
    </message>
</context>
<context>
    <name>EscalationChart</name>
    <message>
        <location filename="../safeplan/ui/workspace/escalation_chart.py" line="+131"/>
        <source>not rated</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severity {n}</source>
        <translation>серьёзность {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No incidents with a date yet.</source>
        <translation>Пока нет происшествий с датой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} incidents over {months} months. Most in {month}: {most}.</source>
        <translation>Происшествий: {n} за {months} мес. Больше всего в {month}: {most}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chart shows the last {n} months, from {first}; earlier incidents are in the list below.</source>
        <translation>График показывает последние {n} мес., с {first}; более ранние происшествия — в списке ниже.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+75"/>
        <source>Incidents per month, by severity</source>
        <translation>Происшествия по месяцам и по серьёзности</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Incidents per year, by severity</source>
        <translation>Происшествия по годам и по серьёзности</translation>
    </message>
</context>
<context>
    <name>ExportOptionsForm</name>
    <message>
        <location filename="../safeplan/ui/workspace/export_options.py" line="+201"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Warning: original photos often hold the place where they were taken (GPS) and the phone that took them. The other side receives the bundle and could learn where you live. Tick this only if your lawyer asks for the originals.</source>
        <translation>Внимание: в оригиналах фотографий часто записаны место съёмки (GPS) и телефон, которым они сделаны. Другая сторона получит пакет и может узнать, где вы живёте. Отмечайте, только если юрист просит оригиналы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photos go into the bundle as copies without the place where they were taken and without phone details; the PDF says so and lists both fingerprints.</source>
        <translation>Фотографии попадают в пакет как копии без места съёмки и без сведений о телефоне; в PDF это указано вместе с отпечатками обоих файлов.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working copy: for you and your lawyer only. It shows the gaps in your case (evidence still needed), your tags and the entries marked “Only for me and my lawyer”. Do not give this copy to the court or to the other side.</source>
        <translation>Рабочий экземпляр: только для вас и вашего юриста. В нём видны пробелы в вашем деле (недостающие доказательства), ваши метки и записи с отметкой «Только для меня и моего юриста». Не передавайте этот экземпляр в суд или другой стороне.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Court copy: your working notes (evidence still needed, tags, entries marked “Only for me and my lawyer”) are left out.</source>
        <translation>Экземпляр для суда: ваши рабочие заметки (недостающие доказательства, метки, записи с отметкой «Только для меня и моего юриста») не включаются.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The start date is after the end date. Change one of them.</source>
        <translation>Начальная дата позже конечной. Измените одну из них.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These choices cannot be used together. Check the dates and try again.</source>
        <translation>Эти настройки нельзя использовать вместе. Проверьте даты и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A4 (Europe)</source>
        <translation>A4 (Европа)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter (USA, Canada)</source>
        <translation>Letter (США, Канада)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the PDF:</source>
        <translation>Язык PDF:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paper size:</source>
        <translation>Размер бумаги:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only from this date:</source>
        <translation>Только начиная с даты:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only up to this date:</source>
        <translation>Только до даты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number (optional):</source>
        <translation>Номер дела (необязательно):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom it concerns (optional):</source>
        <translation>Кого касается (необязательно):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name or initials for the signature (optional):</source>
        <translation>Ваши фамилия и инициалы для подписи (необязательно):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place where you sign (optional):</source>
        <translation>Место составления (необязательно):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit the start date</source>
        <translation>Ограничить начальную дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the end date</source>
        <translation>Ограничить конечную дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the PDF</source>
        <translation>Язык PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom it concerns</source>
        <translation>Кого касается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forms of abuse to include (none ticked = all):</source>
        <translation>Какие виды насилия включить (ничего не отмечено = все):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include {form}</source>
        <translation>Включить: {form}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only entries about these people (none ticked = all):</source>
        <translation>Только записи об этих людях (никто не отмечен = все):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People to include</source>
        <translation>Кого включить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Include private notes</source>
        <translation>Включить личные записи</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Private notes (e.g. mental-health visits) are left out unless you tick this.</source>
        <translation>Личные записи (например, визиты к психологу) не попадут в PDF, если не поставить эту отметку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working copy: include my working notes</source>
        <translation>Рабочий экземпляр: включить мои рабочие заметки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working copy: include my working notes (not for the court)</source>
        <translation>Рабочий экземпляр: включить мои рабочие заметки (не для суда)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Leave out addresses and places</source>
        <translation>Не указывать адреса и места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print only the initials of these people:</source>
        <translation>Печатать только инициалы этих людей:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People shown by initials only</source>
        <translation>Люди, указанные только инициалами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name or initials</source>
        <translation>Ваши фамилия и инициалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place where you sign</source>
        <translation>Место составления</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Print how to reach the witnesses</source>
        <translation>Указать контактные данные свидетелей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF lists the people you marked as witnesses, so the court can call them. Their phone numbers and addresses are left out unless you tick this: the other side will read the document too.</source>
        <translation>В PDF перечислены люди, которых вы отметили как свидетелей, чтобы суд мог их вызвать. Их телефоны и адреса не указываются, если вы не отметите этот пункт: документ прочитает и другая сторона.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra files</source>
        <translation>Дополнительные файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also a spreadsheet (CSV) for the lawyer</source>
        <translation>Ещё таблица (CSV) для юриста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write a spreadsheet</source>
        <translation>Также сохранить таблицу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also a ZIP bundle with the original files</source>
        <translation>Ещё ZIP-архив с исходными файлами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write a ZIP bundle with the original files</source>
        <translation>Также сохранить ZIP-архив с исходными файлами</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Put the original photos in the bundle</source>
        <translation>Включить в пакет оригиналы фотографий</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/export_page.py" line="+197"/>
        <source>Stopping…</source>
        <translation>Останавливаем…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where to save the PDF</source>
        <translation>Куда сохранить PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file with this name is already there. Replace it?</source>
        <translation>Файл с таким именем уже есть. Заменить его?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making the PDF… You can press Cancel at any time.</source>
        <translation>Создаём PDF… Можно в любой момент нажать «Отмена».</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preparing the preview…</source>
        <translation>Готовим предпросмотр…</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Saved {name}. Entries: {entries}; messages: {messages}; files of evidence: {exhibits}. The check file {manifest} is beside it; keep both together.</source>
        <translation>Сохранено: {name}. Записей: {entries}; сообщений: {messages}; файлов-доказательств: {exhibits}. Рядом лежит контрольный файл {manifest}; храните их вместе.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>In the PDF: entries: {entries}; messages: {messages}; files of evidence: {exhibits}.</source>
        <translation>В PDF: записей: {entries}; сообщений: {messages}; файлов-доказательств: {exhibits}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first pages are shown below, made from the first entries only (the numbers on them are not final yet); the whole document is being laid out.</source>
        <translation>Ниже показаны первые страницы, составленные только из первых записей (номера на них ещё не окончательные); идёт вёрстка всего документа.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n page(s). The first pages are shown below.</source>
        <translation>
            <numerusform>%n страница. Первые страницы показаны ниже.</numerusform>
            <numerusform>%n страницы. Первые страницы показаны ниже.</numerusform>
            <numerusform>%n страниц. Первые страницы показаны ниже.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Pictures of the pages cannot be shown on this computer.)</source>
        <translation>(На этом компьютере нельзя показать изображения страниц.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of page {n}</source>
        <translation>Предпросмотр страницы {n}</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Preview ready.</source>
        <translation>Предпросмотр готов.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The first pages are shown. The whole document is being laid out; press Cancel to stop.</source>
        <translation>Показаны первые страницы. Идёт вёрстка всего документа; чтобы остановить, нажмите «Отмена».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first pages are shown. Laying out the whole document: page {n}… Press Cancel to stop.</source>
        <translation>Показаны первые страницы. Вёрстка всего документа: страница {n}… Чтобы остановить, нажмите «Отмена».</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Preview stopped.</source>
        <translation>Предварительный просмотр остановлен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped. No file was written.</source>
        <translation>Остановлено. Файл не записан.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export did not finish. No file was written.</source>
        <translation>Экспорт не завершён. Файл не записан.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export for a lawyer or court</source>
        <translation>Экспорт для юриста или суда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a PDF of your journal that a lawyer or judge can read and check, with a check file beside it. Choose what goes in, look at the preview, then export.</source>
        <translation>Создаёт PDF вашего журнала, который юрист или судья может прочитать и проверить, и рядом файл проверки. Выберите, что включить, посмотрите предпросмотр, затем экспортируйте.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a preview</source>
        <translation>Показать предпросмотр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a preview of the first pages</source>
        <translation>Показать предпросмотр первых страниц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the PDF to a folder you choose</source>
        <translation>Сохранить PDF в выбранную папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview pages</source>
        <translation>Страницы предпросмотра</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/export_safety.py" line="+19"/>
        <source>No USB stick was found. Plug one in, wait a moment, then try again.</source>
        <translation>USB-флешка не найдена. Вставьте её, подождите немного и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the USB stick</source>
        <translation>Выберите флешку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing could be written to the USB stick. Check that it is not full or write-protected, then try again.</source>
        <translation>На флешку не удалось ничего записать. Проверьте, что она не заполнена и не защищена от записи, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before you export</source>
        <translation>Перед экспортом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I understand, continue</source>
        <translation>Понятно, продолжить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF and the other exported files are NOT protected by your passphrase. Anyone who opens the folder can read them, and they stay where you saved them after you press Exit or close the program.

Save them on a USB stick you keep with you, not on a computer someone else uses. When you have given them to your lawyer, you can remove them from this computer with the button on this page.</source>
        <translation>PDF и другие экспортированные файлы НЕ защищены вашей парольной фразой. Их может прочитать любой, кто откроет папку, и они остаются там, где вы их сохранили, после нажатия «Выход» или закрытия программы.

Сохраняйте их на флешку, которую держите при себе, а не на компьютер, которым пользуется кто-то ещё. Когда передадите их юристу, их можно удалить с этого компьютера кнопкой на этой странице.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the exported files?</source>
        <translation>Удалить экспортированные файлы?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite and delete</source>
        <translation>Перезаписать и удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These files will be overwritten and then deleted:
{files}

Be aware: on SSDs, USB sticks and memory cards (most computers today) the drive itself may keep old copies of the data where no program can reach them, and backups or cloud sync may have copied the files. The files will be gone from the folder, but this cannot promise that nothing can ever be recovered.</source>
        <translation>Эти файлы будут перезаписаны, а затем удалены:
{files}

Важно: на SSD-дисках, флешках и картах памяти (а они в большинстве современных компьютеров) сам накопитель может хранить старые копии данных там, куда не добирается ни одна программа, а резервные копии или облачная синхронизация могли скопировать файлы. Из папки файлы исчезнут, но гарантировать, что их никогда нельзя будет восстановить, невозможно.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing the exported files…</source>
        <translation>Удаление экспортированных файлов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{removed} file(s) overwritten and deleted.</source>
        <translation>Перезаписано и удалено файлов: {removed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{removed} file(s) removed. These could not be removed: {names}</source>
        <translation>Удалено файлов: {removed}. Не удалось удалить: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not all be removed.</source>
        <translation>Не все файлы удалось удалить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save on a USB stick…</source>
        <translation>Сохранить на флешку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the PDF and a bundle with the original files in a new folder on a USB stick</source>
        <translation>Сохранить PDF и архив с исходными файлами в новую папку на флешке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the exported files from this computer…</source>
        <translation>Удалить экспортированные файлы с этого компьютера…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite and delete the files the last export wrote</source>
        <translation>Перезаписать и удалить файлы последнего экспорта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exported files are not encrypted and stay after you press Exit. Save them on a USB stick you keep safe.</source>
        <translation>Экспортированные файлы не зашифрованы и остаются после нажатия «Выход». Сохраняйте их на флешку, которую храните в надёжном месте.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="+184"/>
        <source>Any person</source>
        <translation>Любой человек</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Search words in your journal…</source>
        <translation>Поиск по словам в журнале…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Only from a date</source>
        <translation>Только начиная с даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only until a date</source>
        <translation>Только до даты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any form of abuse</source>
        <translation>Любой вид насилия</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Form of abuse</source>
        <translation>Вид насилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only with photos or files</source>
        <translation>Только с фото или файлами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entries with photos or files</source>
        <translation>Только записи с фото или файлами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and filters</source>
        <translation>Сбросить поиск и фильтры</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../safeplan/ui/shell/first_run.py" line="+213"/>
        <source>Step {number} of {total}</source>
        <translation>Шаг {number} из {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>type your code on a new line and then =.</source>
        <translation>наберите код с новой строки и затем =.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type your code on the calculator and press =.</source>
        <translation>наберите код на калькуляторе и нажмите =.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>Setting up… this takes a few seconds.</source>
        <translation>Настраиваем… это займёт несколько секунд.</translation>
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
        <translation>Кто был рядом: {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident (step by step)</source>
        <translation>Происшествие (по шагам)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whom I told: {told}</source>
        <translation>Кому рассказано: {told}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing written yet: answer at least one question.</source>
        <translation>Пока ничего не записано: ответьте хотя бы на один вопрос.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Дальше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip and save</source>
        <translation>Пропустить и сохранить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this question</source>
        <translation>Пропустить этот вопрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question {n} of {total}</source>
        <translation>Вопрос {n} из {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened?</source>
        <translation>Что случилось?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In your own words, as you remember it. Short is fine.</source>
        <translation>Своими словами, как помните. Можно коротко.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did it happen?</source>
        <translation>Когда это случилось?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you are not sure, tick the box and write what you remember.</source>
        <translation>Если не уверены, поставьте отметку и напишите, что помните.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where did it happen?</source>
        <translation>Где это случилось?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which room, street or place. Courts ask where.</source>
        <translation>Какая комната, улица или место. Суд обязательно спросит, где.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was there?</source>
        <translation>Кто был рядом?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children, neighbours, anyone who saw or heard it.</source>
        <translation>Дети, соседи — все, кто видел или слышал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said?</source>
        <translation>Что было сказано?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the exact words if you can — courts give weight to them.</source>
        <translation>Запишите точные слова, если можете, — суд придаёт им вес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Were you hurt?</source>
        <translation>Вы пострадали?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bruises, cuts, pain — where on the body. Photos help later.</source>
        <translation>Синяки, порезы, боль — где на теле. Фото помогут потом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom did you tell?</source>
        <translation>Кому вы рассказали?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A friend, a doctor, the police — and when.</source>
        <translation>Другу или подруге, врачу, в милицию — и когда.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I am not sure of the exact date</source>
        <translation>Не помню точную дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: around New Year</source>
        <translation>Например: около Нового года</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date in your own words</source>
        <translation>Дата своими словами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous question</source>
        <translation>Предыдущий вопрос</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <location filename="../safeplan/ui/plan/guides_page.py" line="+151"/>
        <source>Know your options</source>
        <translation>Ваши возможности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft application</source>
        <translation>Черновик заявления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guides</source>
        <translation>Памятки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the guide</source>
        <translation>Текст памятки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft outline</source>
        <translation>Черновик плана заявления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft outline of a private-prosecution application</source>
        <translation>Черновик плана заявления по делу частного обвинения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the incidents, witnesses and evidence to include. SafePlan puts them in the usual order of such an application. It is a DRAFT to check with a lawyer.</source>
        <translation>Отметьте происшествия, свидетелей и доказательства, которые нужно включить. SafePlan расположит их в обычном порядке такого заявления. Это ЧЕРНОВИК для проверки юристом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents</source>
        <translation>Происшествия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence (files)</source>
        <translation>Доказательства (файлы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the outline</source>
        <translation>Язык черновика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the outline</source>
        <translation>Составить черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as a text file…</source>
        <translation>Сохранить как текстовый файл…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last checked: {date}</source>
        <translation>Последняя проверка: {date}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Save outside the vault</source>
        <translation>Сохранить вне хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text file is not encrypted: anyone with this computer or the file can read it. Save it only where it is safe, for example on your own USB stick to give to a lawyer.</source>
        <translation>Текстовый файл не зашифрован: его может прочитать любой, у кого есть этот компьютер или файл. Сохраняйте его только в надёжном месте, например на своей флешке, чтобы передать юристу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save</source>
        <translation>Выбрать, куда сохранить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the draft outline</source>
        <translation>Сохранить черновик</translation>
    </message>
</context>
<context>
    <name>HandoverWizard</name>
    <message>
        <location filename="../safeplan/ui/plan/handover_wizard.py" line="+188"/>
        <source>Choose the folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>2. Save the copy</source>
        <translation>2. Сохраните копию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This saves an encrypted copy on the stick and checks every file after writing. It can take a minute.</source>
        <translation>Сохраняется зашифрованная копия на флешку, и каждый файл проверяется после записи. Это может занять минуту.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save to the stick</source>
        <translation>Сохранить на флешку</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>3. Check that the copy opens</source>
        <translation>3. Проверьте, что копия открывается</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the copy</source>
        <translation>Проверить копию</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>4. Remove SafePlan&apos;s files from this laptop</source>
        <translation>4. Удалите файлы SafePlan с этого ноутбука</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>These are all the files SafePlan wrote on this laptop. They will be deleted. They were encrypted, but the disk may keep traces the app cannot erase; on a high-risk laptop use a clean device next time.</source>
        <translation>Это все файлы, которые SafePlan записал на этот ноутбук. Они будут удалены. Они были зашифрованы, но на диске могут остаться следы, которые приложение стереть не может; если риск высок, в следующий раз используйте чистое устройство.</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+106"/>
        <location line="+9"/>
        <source>Remove from this laptop</source>
        <translation>Удалить с этого ноутбука</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>5. Done</source>
        <translation>5. Готово</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Hand-over to the owner&apos;s USB stick</source>
        <translation>Передача на флешку владельца журнала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. Choose the owner&apos;s USB stick</source>
        <translation>1. Выберите флешку владельца журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plug in the USB stick of the journal&apos;s owner (the person you are helping) and choose a folder on it. An encrypted copy of everything goes there. Only the owner&apos;s passphrase opens it.</source>
        <translation>Вставьте флешку владельца журнала (человека, которому вы помогаете) и выберите на ней папку. Туда попадёт зашифрованная копия всего. Открыть её можно только парольной фразой владельца.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The owner types their passphrase. SafePlan opens the copy on the stick, counts the entries and checks their history. Nothing is removed unless this works.</source>
        <translation>Владелец журнала вводит свою парольную фразу. SafePlan открывает копию на флешке, считает записи и проверяет их историю. Пока это не получилось, ничего не удаляется.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Checklist before you give the stick back:</source>
        <translation>Проверьте, прежде чем отдать флешку:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Files to remove from this laptop</source>
        <translation>Файлы, которые будут удалены с этого ноутбука</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close SafePlan</source>
        <translation>Закрыть SafePlan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a folder on the owner&apos;s USB stick</source>
        <translation>Выберите папку на флешке владельца журнала</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That folder cannot be used: choose a folder on the owner&apos;s USB stick, not on this laptop.</source>
        <translation>Эту папку нельзя использовать: выберите папку на флешке владельца журнала, а не на этом ноутбуке.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The copy opens with the owner&apos;s passphrase and holds all {n} entries.</source>
        <translation>Копия открывается парольной фразой владельца, и в ней все записи ({n}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SafePlan ran from the owner&apos;s stick and wrote no files on this laptop, so there is nothing to delete here. The disk may still keep traces the app cannot erase; on a high-risk laptop use a clean device next time.</source>
        <translation>SafePlan работал с флешки владельца журнала и не записал файлов на этот ноутбук, поэтому удалять здесь нечего. На диске всё же могут остаться следы, которые программа не может стереть; на ноутбуке с высоким риском в следующий раз используйте чистое устройство.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The owner&apos;s vault is not in this folder (it is in {folder}); it is left as it is.</source>
        <translation>Хранилище владельца журнала не в этой папке (оно в {folder}); его не трогаем.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Encrypted copy saved on the owner&apos;s USB stick</source>
        <translation>Зашифрованная копия сохранена на флешке владельца журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy opens with the owner&apos;s passphrase</source>
        <translation>Копия открывается парольной фразой владельца</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Working… please wait.</source>
        <translation>Идёт работа… подождите, пожалуйста.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The copy is saved on the stick.</source>
        <translation>Копия сохранена на флешке.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The copy opened, but it does not match (it holds {n} of {m} entries). Save the copy again before removing anything.</source>
        <translation>Копия открылась, но не совпадает (в ней {n} из {m} записей). Сохраните копию ещё раз, прежде чем что-то удалять.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder on this laptop: {folder}</source>
        <translation>Папка на этом ноутбуке: {folder}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SafePlan wrote nothing on this laptop.</source>
        <translation>SafePlan ничего не записал на этот ноутбук.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next: the checklist</source>
        <translation>Дальше: контрольный список</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete SafePlan&apos;s files from this laptop now? The copy on the stick stays. SafePlan will lock.</source>
        <translation>Удалить файлы SafePlan с этого ноутбука сейчас? Копия на флешке останется. SafePlan заблокируется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n file(s) and folder(s) removed from this laptop</source>
        <translation>
            <numerusform>С этого ноутбука удалён %n файл или папка</numerusform>
            <numerusform>С этого ноутбука удалено %n файла или папки</numerusform>
            <numerusform>С этого ноутбука удалено %n файлов и папок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still on this laptop:</source>
        <translation>Ещё осталось на ноутбуке:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing of SafePlan is left in {folder}</source>
        <translation>В {folder} ничего от SafePlan не осталось</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now close SafePlan and take the stick out.</source>
        <translation>Теперь закройте SafePlan и выньте флешку.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../safeplan/ui/workspace/history_dialog.py" line="+45"/>
        <source>History of this entry</source>
        <translation>История этой записи</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every change is kept. The time shown is when it was written down on this computer — courts give more weight to notes written soon after the events.</source>
        <translation>Каждое изменение сохраняется. Показано время, когда запись сделана на этом компьютере, — суды больше доверяют записям, сделанным вскоре после событий.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed in this version</source>
        <translation>Что изменилось в этой версии</translation>
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
        <translation>Стало</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bring back this version</source>
        <translation>Вернуть эту версию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring back the selected version as a new version</source>
        <translation>Вернуть выбранную версию как новую версию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the history</source>
        <translation>Закрыть историю</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Version {n} · {action}
{when}</source>
        <translation>Версия {n} · {action}
{when}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>first written</source>
        <translation>первая запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to trash</source>
        <translation>перемещено в корзину</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>taken back from trash</source>
        <translation>возвращено из корзины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed for good</source>
        <translation>удалено навсегда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How exact the date is</source>
        <translation>Насколько точна дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date as remembered</source>
        <translation>Дата, как вы её помните</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short title</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exact words said</source>
        <translation>Точные слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it affected me</source>
        <translation>Как это на меня повлияло</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms of abuse</source>
        <translation>Виды насилия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How serious</source>
        <translation>Насколько серьёзно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injuries</source>
        <translation>Травмы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damage to things</source>
        <translation>Порча вещей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weapons or objects used</source>
        <translation>Оружие или предметы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who did it</source>
        <translation>Кто это сделал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children present</source>
        <translation>Дети были рядом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the children reacted</source>
        <translation>Как отреагировали дети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police</source>
        <translation>Милиция</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medical visits</source>
        <translation>Обращения к врачу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I did afterwards</source>
        <translation>Мои действия после этого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked earlier incidents</source>
        <translation>Связанные прежние происшествия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence still needed</source>
        <translation>Каких доказательств ещё не хватает</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and files</source>
        <translation>Фото и файлы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who they are</source>
        <translation>Кто это</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contacted</source>
        <translation>обращались</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>when</source>
        <translation>когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station</source>
        <translation>отдел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>report number</source>
        <translation>номер заявления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>officer</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>what they did</source>
        <translation>что сделали</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(removed)</source>
        <translation>(удалено)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/import_page.py" line="+150"/>
        <source>Stopping…</source>
        <translation>Останавливаем…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the exported chat, SMS backup, e-mail or photo</source>
        <translation>Выберите экспортированный чат, резервную копию SMS, письмо или фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports (*.json *.txt *.zip *.xml *.eml *.jpg *.jpeg *.png *.heic);;All files (*)</source>
        <translation>Файлы экспорта (*.json *.txt *.zip *.xml *.eml *.jpg *.jpeg *.png *.heic);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading {name}…</source>
        <translation>Читаем {name}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a time zone from the list, for example Europe/Minsk.</source>
        <translation>Выберите часовой пояс из списка, например Europe/Minsk.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing is saved yet. Check the summary, then press Import to save it all.</source>
        <translation>Пока ничего не сохранено. Проверьте сводку, затем нажмите «Импортировать», чтобы сохранить всё.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saving into your journal… Cancel leaves it as it was.</source>
        <translation>Сохраняем в журнал… «Отмена» оставит его как было.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Tick at least one chat to import.</source>
        <translation>Отметьте хотя бы один чат для импорта.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing can be imported until you say how the dates are written. Choose the file again to answer.</source>
        <translation>Ничего нельзя импортировать, пока вы не скажете, как записаны даты. Выберите файл ещё раз, чтобы ответить.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>messages</source>
        <translation>сообщ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>people</source>
        <translation>чел.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files</source>
        <translation>файлов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incidents</source>
        <translation>происшествий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medical visits</source>
        <translation>визитов к врачу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>legal dates</source>
        <translation>юридических дат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>danger checks</source>
        <translation>проверок опасности</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing new: all {n} item(s) in this file are already in your journal.</source>
        <translation>Ничего нового: все записи из этого файла ({n}) уже есть в журнале.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved in your journal: {parts}. Already there and skipped: {skipped}.</source>
        <translation>Сохранено в журнал: {parts}. Уже были и пропущены: {skipped}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stopped. Nothing was added to your journal.</source>
        <translation>Остановлено. В журнал ничего не добавлено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was added to your journal.</source>
        <translation>В журнал ничего не добавлено.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} could not be read (problem at {where}). Nothing was added to your journal.</source>
        <translation>Не удалось прочитать {file} (ошибка: {where}). В журнал ничего не добавлено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} could not be read. Nothing was added to your journal.</source>
        <translation>Не удалось прочитать {file}. В журнал ничего не добавлено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the time zone, then press Read again.</source>
        <translation>Выберите часовой пояс и нажмите «Прочитать снова».</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import messages and files</source>
        <translation>Импорт сообщений и файлов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in a chat exported from Telegram or WhatsApp, an SMS backup, an e-mail, a photo, or a SafePlan journal file. You will see what is in it before anything is saved, and it is saved all at once or not at all.</source>
        <translation>Добавьте чат, экспортированный из Telegram или WhatsApp, резервную копию SMS, письмо, фото или файл журнала SafePlan. Вы увидите, что в нём, до сохранения, и он сохранится целиком или не сохранится совсем.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file to import</source>
        <translation>Выбрать файл для импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep where photos were taken (GPS)</source>
        <translation>Сохранить, где сделаны фото (GPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the GPS location of photos</source>
        <translation>Сохранить GPS-координаты фото</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file does not say which time zone its times are in. Choose the zone the phone or computer was set to when the messages were sent:</source>
        <translation>В этом файле не указан часовой пояс. Выберите пояс, который был установлен на телефоне или компьютере, когда отправлялись сообщения:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone of the file</source>
        <translation>Часовой пояс файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read again</source>
        <translation>Прочитать снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the file again with this time zone</source>
        <translation>Прочитать файл снова с этим часовым поясом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import everything shown into the journal</source>
        <translation>Импортировать всё показанное в журнал</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../safeplan/ui/workspace/import_preview.py" line="+114"/>
        <source>A SafePlan journal file. It holds: {counts}.</source>
        <translation>Файл журнала SafePlan. В нём: {counts}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>from the zip</source>
        <translation>из архива</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from the folder</source>
        <translation>из папки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} — {size} KB, {where}</source>
        <translation>{name} — {size} КБ, {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>older than the chat: you will be asked</source>
        <translation>старше чата: вас спросят</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n file(s) will be attached to the messages:</source>
        <translation>
            <numerusform>Будет прикреплён %n файл к сообщениям:</numerusform>
            <numerusform>Будут прикреплены %n файла к сообщениям:</numerusform>
            <numerusform>Будут прикреплены %n файлов к сообщениям:</numerusform>
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
        <translation>Сообщений: {n}, из них звонков и других событий: {e}. Файлов: {f}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {first} to {last}</source>
        <translation>С {first} по {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversations: {names}</source>
        <translation>Переписки: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your side looks like: {who}. Change it below if that is wrong.</source>
        <translation>Похоже, вы — это {who}. Если это не так, измените ниже.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone used: {zone}</source>
        <translation>Часовой пояс: {zone}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day, month, year</source>
        <translation>день, месяц, год</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month, day, year</source>
        <translation>месяц, день, год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year, month, day</source>
        <translation>год, месяц, день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you chose this</source>
        <translation>вы выбрали это</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file shows it</source>
        <translation>так указано в файле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates read as {order} ({how}).</source>
        <translation>Даты прочитаны как {order} ({how}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file had no time zone; the one you chose is recorded.</source>
        <translation>В файле не было часового пояса; записан выбранный вами.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) were left out of the export by the phone (recorded as missing).</source>
        <translation>
            <numerusform>%n файл телефон не включил в экспорт (записано как отсутствующий).</numerusform>
            <numerusform>%n файла телефон не включил в экспорт (записано как отсутствующие).</numerusform>
            <numerusform>%n файлов телефон не включил в экспорт (записано как отсутствующие).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s) could not be read. Each is imported as an entry that says what it was; its original bytes are kept.</source>
        <translation>
            <numerusform>Не удалось прочитать элементов: %n. Каждый импортирован как запись, в которой сказано, что это было; его исходные байты сохранены.</numerusform>
            <numerusform>Не удалось прочитать элементов: %n. Каждый импортирован как запись, в которой сказано, что это было; его исходные байты сохранены.</numerusform>
            <numerusform>Не удалось прочитать элементов: %n. Каждый импортирован как запись, в которой сказано, что это было; его исходные байты сохранены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n small repair(s) were needed to read the file (recorded).</source>
        <translation>
            <numerusform>Чтобы прочитать файл, понадобилось %n небольшое исправление (записано).</numerusform>
            <numerusform>Чтобы прочитать файл, понадобилось %n небольших исправления (записано).</numerusform>
            <numerusform>Чтобы прочитать файл, понадобилось %n небольших исправлений (записано).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{name} (%n message(s))</source>
        <translation>
            <numerusform>{name} (%n сообщение)</numerusform>
            <numerusform>{name} (%n сообщения)</numerusform>
            <numerusform>{name} (%n сообщений)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unnamed chat)</source>
        <translation>(чат без названия)</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{id} — %n message(s)</source>
        <translation>
            <numerusform>{id} — %n сообщение</numerusform>
            <numerusform>{id} — %n сообщения</numerusform>
            <numerusform>{id} — %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no number in the file</source>
        <translation>в файле нет номера</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is me</source>
        <translation>Это я</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is me</source>
        <translation>{name} — это я</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link {name} to a person in your journal</source>
        <translation>Связать {name} с человеком в журнале</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not link</source>
        <translation>Не связывать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as a new person</source>
        <translation>Добавить как нового человека</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This export holds several chats. Tick the ones that matter, then press Read the ticked chats (you can import others later):</source>
        <translation>В этом экспорте несколько чатов. Отметьте нужные и нажмите «Прочитать отмеченные чаты» (остальные можно импортировать позже):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chats in this export</source>
        <translation>Чаты в этом экспорте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the ticked chats</source>
        <translation>Прочитать отмеченные чаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only the ticked chats again</source>
        <translation>Прочитать снова только отмеченные чаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who wrote</source>
        <translation>Кто писал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number or account</source>
        <translation>Номер или аккаунт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which side is you</source>
        <translation>Где вы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person in your journal</source>
        <translation>Человек в журнале</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in the file</source>
        <translation>Люди в файле</translation>
    </message>
</context>
<context>
    <name>ImportQuestions</name>
    <message>
        <location filename="../safeplan/ui/workspace/import_questions.py" line="+24"/>
        <source>no such date</source>
        <translation>такой даты нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every date in this chat could be read in two ways: day first or month first. Look at these messages and choose the reading that matches when they were sent.</source>
        <translation>Каждую дату в этом чате можно прочитать двумя способами: сначала день или сначала месяц. Посмотрите на эти сообщения и выберите вариант, который совпадает с тем, когда они были отправлены.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day first: {day}</source>
        <translation>Сначала день: {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first: {month}</source>
        <translation>Сначала месяц: {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first ({date})</source>
        <translation>Сначала день ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first ({date})</source>
        <translation>Сначала месяц ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are the dates written?</source>
        <translation>Как записаны даты?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {n} more</source>
        <translation>и ещё {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These files are older than the first message of the chat, so they may not have come with it. A chat line can name any file that lies beside it, including your own documents.

{names}

Attach them to the chat anyway?</source>
        <translation>Эти файлы старше первого сообщения чата, поэтому они могли попасть сюда не из него. Строка чата может назвать любой файл, лежащий рядом, в том числе ваши собственные документы.

{names}

Всё равно прикрепить их к чату?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach older files?</source>
        <translation>Прикрепить старые файлы?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach them</source>
        <translation>Прикрепить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave them out</source>
        <translation>Не прикреплять</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="+212"/>
        <source>We brought back what you were writing.</source>
        <translation>Мы вернули то, что вы писали.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change an incident</source>
        <translation>Изменить запись о происшествии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what happened</source>
        <translation>Записать, что случилось</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Some of this could not be saved. Please check the date and try again.</source>
        <translation>Не всё удалось сохранить. Проверьте дату и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft kept safe {time}</source>
        <translation>Черновик надёжно сохранён {time}</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Throw away the changes?</source>
        <translation>Не сохранять изменения?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you wrote since the last save will be lost.</source>
        <translation>То, что вы написали после последнего сохранения, пропадёт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+118"/>
        <source>Leave the box empty if you do not know.</source>
        <translation>Оставьте галочку пустой, если не знаете.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>When and where</source>
        <translation>Когда и где</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injuries and damage</source>
        <translation>Травмы и ущерб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was there</source>
        <translation>Кто был рядом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police, doctors and what you did</source>
        <translation>Милиция, врачи и что вы сделали</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What kind of harm</source>
        <translation>Какой вред вам причинили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done to you</source>
        <translation>Что с вами сделали</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said, word for word</source>
        <translation>Что было сказано, слово в слово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it affected you</source>
        <translation>Как это на вас повлияло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who saw or heard it</source>
        <translation>Кто видел или слышал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number on the police paper</source>
        <translation>Номер на бумаге из милиции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did this happen before?</source>
        <translation>Такое было раньше?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof you still need to get</source>
        <translation>Какие доказательства ещё нужно собрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own words to find it</source>
        <translation>Ваши слова, чтобы найти запись</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Short title</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few words so you can find it again.</source>
        <translation>Пара слов, чтобы потом легко найти.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened. If you are not sure, choose “Approximate” — it will be shown as approximate, never as an exact date.</source>
        <translation>Когда это случилось. Если не уверены, выберите «Примерно» — дата будет показана как примерная и никогда не станет точной.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date in your words</source>
        <translation>Дата своими словами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: around New Year, the old flat.</source>
        <translation>Например: около Нового года, старая квартира.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which room, street or place. Courts ask where it happened.</source>
        <translation>Какая комната, улица или место. Суд спрашивает, где это произошло.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forms of abuse</source>
        <translation>Виды насилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose all that fit. This shows the pattern over time.</source>
        <translation>Отметьте всё, что подходит. Так видно, что это повторяется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened (facts)</source>
        <translation>Что случилось (факты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done, step by step, as you saw and heard it.</source>
        <translation>Что происходило, шаг за шагом, как вы это видели и слышали.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the exact words, even rude ones — courts give weight to them.</source>
        <translation>Запишите точные слова, даже грубые, — суд придаёт им значение.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Exact words said</source>
        <translation>Точные слова</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How it affected me</source>
        <translation>Как это на меня повлияло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept apart from the facts: fear, sleep, work, health. This shows the harm done.</source>
        <translation>Отдельно от фактов: страх, сон, работа, здоровье. Это показывает причинённый вред.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injuries</source>
        <translation>Травмы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every mark, even small. Take photos again as bruises change.</source>
        <translation>Каждый след, даже маленький. Фотографируйте снова, когда синяки меняются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How serious</source>
        <translation>Насколько серьёзно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own sense of it, from 1 to 5. It helps show if things are getting worse.</source>
        <translation>Ваша собственная оценка от 1 до 5. Она помогает показать, что становится хуже.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damage to things</source>
        <translation>Порча вещей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was broken or taken.</source>
        <translation>Что было сломано или отнято.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weapons or objects used</source>
        <translation>Оружие или предметы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything used to hurt or threaten you.</source>
        <translation>Всё, чем вам причиняли боль или угрожали.</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="+105"/>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+2"/>
        <source>Who did it</source>
        <translation>Кто это сделал</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+1"/>
        <source>Name the person. A nickname is fine.</source>
        <translation>Назовите человека. Можно прозвище.</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="+1"/>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+2"/>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+1"/>
        <source>Anyone who saw or heard it, even through a wall. Courts can call them.</source>
        <translation>Все, кто видел или слышал, даже через стену. Суд может их вызвать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Children were there</source>
        <translation>Дети были рядом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courts take children seeing abuse very seriously.</source>
        <translation>Суд очень серьёзно относится к тому, что дети видели насилие.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the children reacted</source>
        <translation>Как отреагировали дети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they did or said.</source>
        <translation>Что они делали или говорили.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I contacted the police</source>
        <translation>Было обращение в милицию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even a phone call counts.</source>
        <translation>Звонок тоже считается.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="+2"/>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+21"/>
        <source>Linked earlier incidents</source>
        <translation>Связанные прежние происшествия</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+1"/>
        <source>Did this happen before? Courts look at the pattern, not only one day.</source>
        <translation>Такое уже было раньше? Суд смотрит на повторяемость, а не только на один день.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: collect the medical certificate, ask the neighbours to write down what they heard.</source>
        <translation>Например: забрать медицинскую справку, попросить соседей записать, что они слышали.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only for me and my lawyer</source>
        <translation>Только для меня и моего юриста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick this to leave the whole entry out of the copy for the court. Evidence still needed and tags are left out of that copy anyway.</source>
        <translation>Отметьте, чтобы вся запись не попала в экземпляр для суда. Недостающие доказательства и метки в него и так не попадают.</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="-6"/>
        <source>I know when</source>
        <translation>Я знаю когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I know when I contacted the police</source>
        <translation>Известна дата обращения в милицию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When I contacted the police</source>
        <translation>Дата обращения в милицию</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave out of the court copy</source>
        <translation>Не включать в экземпляр для суда</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="-30"/>
        <source>Police station</source>
        <translation>Отдел милиции</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report number</source>
        <translation>Номер заявления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number lets a lawyer ask for the police file.</source>
        <translation>По номеру юрист сможет запросить материалы милиции.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or badge number, if you know it.</source>
        <translation>Фамилия или номер жетона, если знаете.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the police did</source>
        <translation>Что сделала милиция</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="-2"/>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+3"/>
        <source>Doctor or hospital visit</source>
        <translation>Обращение к врачу или в больницу</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+1"/>
        <source>Link the visit where your injuries were recorded.</source>
        <translation>Привяжите обращение, где записали ваши травмы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What I did afterwards</source>
        <translation>Мои действия после этого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you went, whom you told, which services you called.</source>
        <translation>Куда вы пошли, кому рассказали, в какие службы звонили.</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="+9"/>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+6"/>
        <source>Evidence still needed</source>
        <translation>Каких доказательств ещё не хватает</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_words.py" line="+4"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own words to group entries, separated by commas.</source>
        <translation>Ваши слова для группировки записей, через запятую.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photos and files</source>
        <translation>Фото и файлы</translation>
    </message>
    <message>
        <location filename="../safeplan/ui/workspace/incident_editor.py" line="-19"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How sure are you of the date</source>
        <translation>Насколько вы уверены в дате</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How exact the date is</source>
        <translation>Насколько точна дата</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Something you still need to get</source>
        <translation>Что ещё нужно получить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New evidence item</source>
        <translation>Новый пункт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this evidence item</source>
        <translation>Добавить этот пункт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected evidence item</source>
        <translation>Убрать выбранный пункт</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this incident</source>
        <translation>Сохранить запись о происшествии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list</source>
        <translation>Назад к списку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list; changes are kept as a draft</source>
        <translation>Назад к списку; изменения сохранятся как черновик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier versions</source>
        <translation>Прежние версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every earlier version</source>
        <translation>Показать все прежние версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away unsaved changes</source>
        <translation>Не сохранять изменения</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/incidents_page.py" line="+282"/>
        <source>Move to trash?</source>
        <translation>Переместить в корзину?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident moves to the trash. You can bring it back from there.</source>
        <translation>Запись о происшествии переместится в корзину. Оттуда её можно вернуть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Move to trash</source>
        <translation>В корзину</translation>
    </message>
    <message numerus="yes">
        <location line="-74"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n происшествие</numerusform>
            <numerusform>%n происшествия</numerusform>
            <numerusform>%n происшествий</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing matches this search. Press “Show all” to see every incident.</source>
        <translation>Ничего не найдено. Нажмите «Показать всё», чтобы увидеть все происшествия.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is written down yet. Press “Write down what happened” to start — what you type is kept safe as you go, even if you have to leave suddenly.</source>
        <translation>Пока ничего не записано. Нажмите «Записать, что случилось», чтобы начать, — всё, что вы пишете, сохраняется по ходу, даже если придётся внезапно уйти.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source> · %n file(s)</source>
        <translation>
            <numerusform> · %n файл</numerusform>
            <numerusform> · %n файла</numerusform>
            <numerusform> · %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form of abuse</source>
        <translation>Вид насилия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How serious</source>
        <translation>Насколько серьёзно</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Incidents, newest first</source>
        <translation>Происшествия, сначала новые</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+ Write down what happened</source>
        <translation>+ Записать, что случилось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down a new incident</source>
        <translation>Записать новое происшествие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step by step</source>
        <translation>По шагам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what happened, one question at a time</source>
        <translation>Записать, что случилось, по одному вопросу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read or change</source>
        <translation>Прочитать или изменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected incident</source>
        <translation>Открыть выбранное происшествие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier versions</source>
        <translation>Прежние версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every version of the selected incident</source>
        <translation>Показать все версии выбранного происшествия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete (you can bring it back)</source>
        <translation>Удалить (можно вернуть)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected incident to the trash</source>
        <translation>Переместить выбранное происшествие в корзину</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue writing</source>
        <translation>Продолжить запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the unsaved incident</source>
        <translation>Продолжить несохранённую запись о происшествии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have an incident you started but did not save. It is kept safe.</source>
        <translation>У вас есть начатая, но не сохранённая запись о происшествии. Она надёжно сохранена.</translation>
    </message>
</context>
<context>
    <name>KeyCardBox</name>
    <message>
        <location filename="../safeplan/ui/workspace/key_card.py" line="+68"/>
        <source>Your key card (for your lawyer)</source>
        <translation>Ваша карточка ключа (для юриста)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every court document you make is signed with a key kept in this journal. Give your lawyer this key&apos;s fingerprint yourself — on paper, in person or by your own message. With it they can tell your documents from a copy someone changed and signed again.</source>
        <translation>Каждый документ для суда, который вы создаёте, подписывается ключом, хранящимся в этом журнале. Передайте юристу отпечаток этого ключа сами — на бумаге, лично или своим сообщением. По нему можно отличить ваши документы от копии, которую кто-то изменил и подписал заново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key fingerprint (letters and digits):</source>
        <translation>Отпечаток ключа (буквы и цифры):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same in digits (easier to read aloud):</source>
        <translation>То же цифрами (проще прочитать вслух):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the card as PDF to print…</source>
        <translation>Сохранить карточку в PDF для печати…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key card</source>
        <translation>Карточка ключа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To check a document: safeplan verify --key &quot;{fingerprint}&quot; FILE, or type the fingerprint into verify.html in the evidence bundle. It must match this card exactly.</source>
        <translation>Чтобы проверить документ: safeplan verify --key &quot;{fingerprint}&quot; ФАЙЛ или введите отпечаток в verify.html из пакета доказательств. Он должен в точности совпасть с этой карточкой.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the key card</source>
        <translation>Сохранить карточку ключа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The card could not be saved there. Try another place.</source>
        <translation>Не удалось сохранить карточку в это место. Попробуйте другое.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card was saved. It holds only the key fingerprint.</source>
        <translation>Карточка сохранена. В ней только отпечаток ключа.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="+112"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the language for the screens. You can change it later.</source>
        <translation>Выберите язык. Его можно поменять потом.</translation>
    </message>
</context>
<context>
    <name>LegalPage</name>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="+213"/>
        <source>Legal dates</source>
        <translation>Юридические даты</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Date (or start)</source>
        <translation>Дата (или начало)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>Number or name</source>
        <translation>Номер или название</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an end date</source>
        <translation>есть дата окончания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order: 15 days</source>
        <translation>Предписание: 15 суток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended: 30 days</source>
        <translation>Продлено: 30 суток</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New date</source>
        <translation>Новая дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>Move to trash</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Saved dates</source>
        <translation>Сохранённые даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Move this date to the trash? You can restore it from the trash later.</source>
        <translation>Переместить эту дату в корзину? Позже её можно восстановить из корзины.</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <location filename="../safeplan/ui/shell/wizard_pages.py" line="+22"/>
        <source>What SafePlan does</source>
        <translation>Что делает SafePlan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What it does</source>
        <translation>Что он делает</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SafePlan keeps a private record of what happened to you: incidents, messages, medical visits and the people involved, with dates and photos. Everything is locked with your passphrase. It looks like a calculator until you type your secret code. When you need it, it makes a PDF for a lawyer or a court.

Press Shift three times, or the red Exit button, and the screen goes back to the calculator at once. Your unfinished writing is kept.</source>
        <translation>SafePlan хранит ваши личные записи о том, что с вами произошло: происшествия, сообщения, визиты к врачу и людей, которые с этим связаны, — с датами и фотографиями. Всё закрыто вашей парольной фразой. Пока вы не наберёте секретный код, программа выглядит как калькулятор. Когда понадобится, она сделает PDF для юриста или суда.

Трижды нажмите Shift или красную кнопку «Выход» — и на экране сразу снова калькулятор. Недописанное сохранится.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What it cannot protect against</source>
        <translation>От чего он не защитит</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• Spying programs already on this computer can see what you type.
• Anyone who sees the screen while it is open can read it.
• Someone who knows this program well may recognise it.
• The computer itself may keep traces we cannot remove.

If you think this computer or phone is being watched, use a safer device — for example a friend&apos;s computer, a library computer, or a computer at a support service.</source>
        <translation>• Шпионские программы, уже стоящие на компьютере, видят всё, что вы набираете.
• Кто видит открытый экран, может его прочитать.
• Кто хорошо знает эту программу, может её узнать.
• Сам компьютер может хранить следы, которые мы не в силах убрать.

Если вы думаете, что за этим компьютером или телефоном следят, возьмите более безопасное устройство — например, компьютер друга или подруги, в библиотеке или в службе помощи.</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location line="+69"/>
        <source>Choose a folder</source>
        <translation>Выберите папку</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a folder first.</source>
        <translation>Сначала выберите папку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to keep it</source>
        <translation>Где хранить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where should your locked data be kept? A USB stick lets you take it with you and leaves less on this computer.</source>
        <translation>Где хранить ваши закрытые данные? Флешку можно носить с собой, и на компьютере остаётся меньше следов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the folder this program runs from</source>
        <translation>В папке, откуда запущена программа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this computer, in my user folder</source>
        <translation>На этом компьютере, в моей папке пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a folder I choose (for example a USB stick)</source>
        <translation>В папке, которую я выберу (например, на флешке)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;folder…</source>
        <translation>Выбрать &amp;папку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will be kept in: {folder}</source>
        <translation>Место хранения: {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved data was found there. It will be used; nothing new is created.</source>
        <translation>Там уже есть сохранённые данные. Будут использованы они; новое не создаётся.</translation>
    </message>
</context>
<context>
    <name>MedicalPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/medical_page.py" line="+190"/>
        <source>Write at least where you were seen or what the doctor found.</source>
        <translation>Напишите хотя бы, где вас осматривали или что нашёл врач.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Emergency / ambulance</source>
        <translation>Скорая / приёмный покой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family doctor</source>
        <translation>Участковый врач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forensic examination</source>
        <translation>Судебно-медицинская экспертиза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health / psychologist</source>
        <translation>Психолог / психиатр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>(%n mark(s) on the body map)</source>
        <translation>
            <numerusform>(%n метка на схеме тела)</numerusform>
            <numerusform>(%n метки на схеме тела)</numerusform>
            <numerusform>(%n меток на схеме тела)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[private]</source>
        <translation>[личное]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Medical visits</source>
        <translation>Визиты к врачу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change this visit</source>
        <translation>Изменить этот визит</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>New visit</source>
        <translation>Новый визит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new medical visit</source>
        <translation>Начать запись о новом визите к врачу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save visit</source>
        <translation>Сохранить визит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this medical visit</source>
        <translation>Сохранить этот визит к врачу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical visits, newest first</source>
        <translation>Визиты к врачу, сначала новые</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only the day</source>
        <translation>Только день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the month</source>
        <translation>Только месяц</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approximate</source>
        <translation>Примерно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of visit:</source>
        <translation>Вид визита:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital or clinic:</source>
        <translation>Больница или поликлиника:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doctor:</source>
        <translation>Врач:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the doctor found:</source>
        <translation>Что обнаружил врач:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment given:</source>
        <translation>Какое лечение назначили:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate or examination numbers:</source>
        <translation>Номера справок или экспертиз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents this visit is about:</source>
        <translation>К каким происшествиям относится визит:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos or scans (certificate, injuries):</source>
        <translation>Фото или сканы (справка, травмы):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date and time of the visit</source>
        <translation>Дата и время визита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How exact the date is</source>
        <translation>Насколько точна дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of visit</source>
        <translation>Вид визита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital or clinic</source>
        <translation>Больница или поликлиника</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doctor</source>
        <translation>Врач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the doctor found</source>
        <translation>Что обнаружил врач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment given</source>
        <translation>Какое лечение назначили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate or examination numbers</source>
        <translation>Номера справок или экспертиз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents this visit is about</source>
        <translation>К каким происшествиям относится визит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note: leave out of court exports unless I ask</source>
        <translation>Личная запись: не включать в экспорт для суда, если я не попрошу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. certificate No. 1182</source>
        <translation>например, справка № 1182</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A court can ask the hospital for the record by this number.</source>
        <translation>По этому номеру суд может запросить запись в больнице.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private (e.g. mental-health notes): leave out of court exports unless I ask</source>
        <translation>Личное (например, записи психолога): не включать в экспорт для суда, если я не попрошу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body map of injuries</source>
        <translation>Схема травм на теле</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <location filename="../safeplan/ui/workspace/message_editor.py" line="+172"/>
        <source>Not linked to a person</source>
        <translation>Не связано с человеком</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Write what the message said, or add a screenshot of it.</source>
        <translation>Напишите, что было в сообщении, или добавьте его снимок экрана.</translation>
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
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Social network</source>
        <translation>Соцсеть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Said in person</source>
        <translation>Сказано лично</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change this message</source>
        <translation>Изменить это сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a message by hand</source>
        <translation>Добавить сообщение вручную</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>He/they wrote to me</source>
        <translation>Его/их сообщение мне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I wrote to him/them</source>
        <translation>Моё сообщение ему/им</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who wrote:</source>
        <translation>Кто написал:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>When it was sent (as the phone shows it):</source>
        <translation>Когда отправлено (как показывает телефон):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was sent:</source>
        <translation>Как отправлено:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s name:</source>
        <translation>Имя отправителя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s number or address:</source>
        <translation>Номер или адрес отправителя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person in your journal:</source>
        <translation>Этот человек в журнале:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation:</source>
        <translation>Переписка:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exact words of the message:</source>
        <translation>Точный текст сообщения:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the phone number, e-mail or account exactly as it appears. Courts give more weight to a number than to a contact name, which anyone can change.</source>
        <translation>Запишите номер телефона, почту или аккаунт точно так, как они показаны. Суд больше доверяет номеру, чем имени контакта, которое любой может изменить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshots of the message:</source>
        <translation>Снимки экрана сообщения:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When it was sent</source>
        <translation>Когда отправлено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it was sent</source>
        <translation>Как отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s name</source>
        <translation>Имя отправителя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who wrote</source>
        <translation>Кто написал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s number or address</source>
        <translation>Номер или адрес отправителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person in your journal</source>
        <translation>Человек в журнале</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact words of the message</source>
        <translation>Точный текст сообщения</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Save message</source>
        <translation>Сохранить сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel and forget what was typed</source>
        <translation>Отменить и не сохранять введённое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. +375 29 123-45-67</source>
        <translation>например, +375 29 123-45-67</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/messages_page.py" line="+105"/>
        <source>All messages ({n})</source>
        <translation>Все сообщения ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} — {channel} ({n})</source>
        <translation>{name} — {channel} ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conversation {ref}: {text}</source>
        <translation>Переписка {ref}: {text}</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>%n message(s) shown, oldest first.</source>
        <translation>
            <numerusform>Показано %n сообщение, сначала старые.</numerusform>
            <numerusform>Показано %n сообщения, сначала старые.</numerusform>
            <numerusform>Показано %n сообщений, сначала старые.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In very long conversations days are counted in world time (UTC).</source>
        <translation>В очень длинных переписках дни считаются по всемирному времени (UTC).</translation>
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
            <numerusform>📎 приложен %n файл</numerusform>
            <numerusform>📎 приложено %n файла</numerusform>
            <numerusform>📎 приложено %n файлов</numerusform>
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
        <translation>часовой пояс неизвестен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From {who}: {text}. {when}</source>
        <translation>От {who}: {text}. {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message number {ref}.</source>
        <translation>Сообщение № {ref}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message number {ref}: the court document (PDF) cites this message by it.</source>
        <translation>Сообщение № {ref}: под этим номером его называет документ для суда (PDF).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add a message by hand</source>
        <translation>Добавить сообщение вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change selected message</source>
        <translation>Изменить выбранное сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected message</source>
        <translation>Изменить выбранное сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations:</source>
        <translation>Переписки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Переписки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search words or a message number ({example}), then press Enter</source>
        <translation>Поиск слов или номера сообщения ({example}), затем нажмите Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search messages</source>
        <translation>Поиск по сообщениям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages in this conversation</source>
        <translation>Сообщения этой переписки</translation>
    </message>
</context>
<context>
    <name>NotesDecoy</name>
    <message>
        <location filename="../safeplan/ui/shell/notes_decoy.py" line="+79"/>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Write a note…</source>
        <translation>Напишите заметку…</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../safeplan/ui/shell/passphrase_page.py" line="+98"/>
        <source>Type a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase is too easy to guess. Add more words.</source>
        <translation>Эту парольную фразу легко угадать. Добавьте ещё слов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Две парольные фразы пока не совпадают.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passphrase</source>
        <translation>Ваша парольная фраза</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Strength: very weak — easy to guess.</source>
        <translation>Надёжность: очень слабая — легко угадать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: weak — add more words.</source>
        <translation>Надёжность: слабая — добавьте ещё слов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: fair — good enough; more words make it better.</source>
        <translation>Надёжность: средняя — годится; с ещё несколькими словами будет лучше.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong.</source>
        <translation>Надёжность: высокая.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: very strong.</source>
        <translation>Надёжность: очень высокая.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a passphrase: several words that you will remember and others will not guess, for example four unrelated words.</source>
        <translation>Придумайте парольную фразу: несколько слов, которые вы запомните, а другие не угадают, — например, четыре несвязанных слова.</translation>
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
        <translation>&amp;Введите её ещё раз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase again</source>
        <translation>Введите парольную фразу ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show what I type</source>
        <translation>&amp;Показывать, что я набираю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Important: nobody can recover a forgotten passphrase — not us, not the police, not a technician. Without it, what you saved cannot be opened.</source>
        <translation>Важно: забытую парольную фразу не восстановит никто — ни мы, ни милиция, ни мастер. Без неё сохранённое не открыть.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a recovery code that I can write down and give to someone I trust</source>
        <translation>Сделать код восстановления, чтобы записать его и отдать человеку, которому я доверяю</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a recovery code</source>
        <translation>Сделать код восстановления</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../safeplan/ui/workspace/people_page.py" line="+213"/>
        <source>Please write a name first (a nickname is fine).</source>
        <translation>Сначала напишите имя (можно прозвище).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move to trash?</source>
        <translation>Переместить в корзину?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person moves to the trash. You can bring them back from the trash later.</source>
        <translation>Этот человек переместится в корзину. Позже его можно вернуть из корзины.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+141"/>
        <source>Move to trash</source>
        <translation>В корзину</translation>
    </message>
    <message numerus="yes">
        <location line="-104"/>
        <source>Linked to this person: %n incident(s)</source>
        <translation>
            <numerusform>Связано с этим человеком: %n происшествие</numerusform>
            <numerusform>Связано с этим человеком: %n происшествия</numerusform>
            <numerusform>Связано с этим человеком: %n происшествий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+54"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+53"/>
        <source>Who they are</source>
        <translation>Кто это</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Relationship</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add a person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new person</source>
        <translation>Добавить нового человека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relationship to you</source>
        <translation>Кем вам приходится</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone, e-mail or address</source>
        <translation>Телефон, e-mail или адрес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their phone number helps match messages to them</source>
        <translation>Номер телефона помогает связать сообщения с человеком</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this person</source>
        <translation>Сохранить этого человека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every earlier version</source>
        <translation>Показать все прежние версии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move this person to the trash</source>
        <translation>Переместить этого человека в корзину</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search people…</source>
        <translation>Поиск людей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents naming this person (double-click to open)</source>
        <translation>Происшествия, где упомянут этот человек (двойной щелчок — открыть)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents naming this person</source>
        <translation>Происшествия, где упомянут этот человек</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Messages from or to this person</source>
        <translation>Сообщения от этого человека или ему</translation>
    </message>
</context>
<context>
    <name>PerDayChart</name>
    <message>
        <location filename="../safeplan/ui/workspace/per_day_chart.py" line="+81"/>
        <source>No messages with a date yet.</source>
        <translation>Пока нет сообщений с датой.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{total} messages over {days} days. Most in one day: {most} on {day}.</source>
        <translation>Сообщений: {total} за {days} дн. Больше всего за день: {most} ({day}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+43"/>
        <source>Messages per day</source>
        <translation>Сообщения по дням</translation>
    </message>
</context>
<context>
    <name>PlainJournalPage</name>
    <message numerus="yes">
        <location filename="../safeplan/ui/shell/journal_host.py" line="-89"/>
        <source>Your journal is open. Entries in it: %n.</source>
        <translation>
            <numerusform>Ваш журнал открыт. Записей в нём: %n.</numerusform>
            <numerusform>Ваш журнал открыт. Записей в нём: %n.</numerusform>
            <numerusform>Ваш журнал открыт. Записей в нём: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../safeplan/ui/shell/privacy_dialog.py" line="+212"/>
        <source>That passphrase did not open it. Try again.</source>
        <translation>Эта парольная фраза не подошла. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The code must be 4 to 12 digits.</source>
        <translation>Код — от 4 до 12 цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two codes are not the same yet.</source>
        <translation>Два кода пока не совпадают.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Две парольные фразы пока не совпадают.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the second passphrase (at least 4 characters).</source>
        <translation>Введите вторую парольную фразу (не меньше 4 знаков).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To change privacy settings, type your passphrase again.</source>
        <translation>Чтобы изменить настройки конфиденциальности, введите парольную фразу ещё раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit now</source>
        <translation>Выйти сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock &amp;after no use for:</source>
        <translation>&amp;Блокировать, если не пользоваться:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ordinary screen:</source>
        <translation>&amp;Обычный экран:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New secret &amp;code:</source>
        <translation>Новый секретный &amp;код:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New secret code a&amp;gain:</source>
        <translation>Новый секретный код &amp;ещё раз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also lock when the window is minimised</source>
        <translation>Блокировать и при сворачивании окна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit and Shift ×3 close the program (not the ordinary screen)</source>
        <translation>«Выход» и Shift ×3 закрывают программу (а не показывают обычный экран)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4 to 12 digits; leave empty to keep</source>
        <translation>от 4 до 12 цифр; пусто — оставить прежний</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only when minimised</source>
        <translation>только при сворачивании</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 minute</source>
        <translation>1 минуту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes</source>
        <translation>5 минут</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15 minutes</source>
        <translation>15 минут</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A calculator</source>
        <translation>Калькулятор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plain notes page</source>
        <translation>Простые заметки</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Second passphrase</source>
        <translation>Вторая парольная фраза</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A second passphrase opens a separate, harmless journal with ordinary entries instead of yours — for a moment when someone forces you to open SafePlan. Your real journal stays hidden and unchanged. Type a new one twice to set or replace it.</source>
        <translation>Вторая парольная фраза открывает отдельный безобидный журнал с обычными записями вместо вашего — на случай, если кто-то заставит вас открыть SafePlan. Ваш настоящий журнал остаётся скрытым и не меняется. Введите новую дважды, чтобы задать или заменить её.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New second passphrase</source>
        <translation>Новая вторая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the second passphrase again</source>
        <translation>Введите вторую парольную фразу ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the second passphrase</source>
        <translation>Убрать вторую парольную фразу</translation>
    </message>
</context>
<context>
    <name>QuickNotePage</name>
    <message>
        <location filename="../safeplan/ui/workspace/quick_note.py" line="+121"/>
        <source>Write a few words first, or add a photo.</source>
        <translation>Сначала напишите несколько слов или добавьте фото.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quick note: {what}</source>
        <translation>Быстрая запись: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick note (photo)</source>
        <translation>Быстрая запись (фото)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Quick note</source>
        <translation>Быстрая запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down what happened in a few words. It is saved at once as an incident; you can complete it later in Incidents.</source>
        <translation>Запишите в нескольких словах, что случилось. Запись сразу сохранится как происшествие; дополнить её можно позже в разделе «Происшествия».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What happened?</source>
        <translation>&amp;Что случилось?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: he shouted and threw my phone.</source>
        <translation>Например: он кричал и бросил мой телефон.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hen? (now, or change it)</source>
        <translation>&amp;Когда? (сейчас или измените)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened</source>
        <translation>Когда это случилось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo, if you have one (you can skip this):</source>
        <translation>Фото, если есть (можно пропустить):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save now</source>
        <translation>&amp;Сохранить сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the quick note now</source>
        <translation>Сохранить быструю запись сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back without a note</source>
        <translation>Назад без записи</translation>
    </message>
</context>
<context>
    <name>ReceiptSuggestion</name>
    <message>
        <location filename="../safeplan/ui/workspace/receipts_box.py" line="+172"/>
        <source>Saved. To be able to show later that this was written today, make a receipt and send the code to someone you trust.</source>
        <translation>Сохранено. Чтобы потом можно было показать, что это записано сегодня, создайте квитанцию и отправьте код человеку, которому доверяете.</translation>
    </message>
</context>
<context>
    <name>ReceiptsBox</name>
    <message>
        <location line="-107"/>
        <source>Make a receipt now</source>
        <translation>Создать квитанцию сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this code yourself to someone you trust — your lawyer, a friend, or your own e-mail. Their message keeps the date. SafePlan sends nothing.</source>
        <translation>Отправьте этот код сами человеку, которому доверяете, — юристу, другу или себе на электронную почту. Сообщение сохранит дату. SafePlan ничего не отправляет.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Dated receipts</source>
        <translation>Квитанции с датой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A receipt is a short code of your journal as it is right now. If you send it to someone outside, their message shows the date, and later anyone can check that the entries you had then were not written afterwards.</source>
        <translation>Квитанция — это короткий код вашего журнала в его нынешнем виде. Если отправить его кому-нибудь вне этого компьютера, сообщение сохранит дату, и потом любой сможет проверить, что записи, которые были у вас тогда, не написаны позже.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No receipts made yet.</source>
        <translation>Квитанций пока нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipts made:</source>
        <translation>Созданные квитанции:</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <location filename="../safeplan/ui/plan/legal_page.py" line="-283"/>
        <source>Protection order</source>
        <translation>Защитное предписание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court hearing</source>
        <translation>Судебное заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence to collect</source>
        <translation>Собрать доказательство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other date</source>
        <translation>Другая дата</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your protection order{ref} ends today. Think about what you need for the days after it.</source>
        <translation>Ваше защитное предписание{ref} заканчивается сегодня. Подумайте, что вам нужно на дни после него.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your protection order{ref} ends in %n day(s), on {on}. You can ask about extending it.</source>
        <translation>
            <numerusform>Ваше защитное предписание{ref} заканчивается через %n день, {on}. Можно спросить о продлении.</numerusform>
            <numerusform>Ваше защитное предписание{ref} заканчивается через %n дня, {on}. Можно спросить о продлении.</numerusform>
            <numerusform>Ваше защитное предписание{ref} заканчивается через %n дней, {on}. Можно спросить о продлении.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your protection order{ref} ended on {on}. The days after it can be risky — look at your safety plan.</source>
        <translation>Ваше защитное предписание{ref} закончилось {on}. Дни после него могут быть опасными — загляните в свой план безопасности.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Court hearing{ref} today.</source>
        <translation>Судебное заседание{ref} сегодня.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Court hearing{ref} in %n day(s), on {on}.</source>
        <translation>
            <numerusform>Судебное заседание{ref} через %n день, {on}.</numerusform>
            <numerusform>Судебное заседание{ref} через %n дня, {on}.</numerusform>
            <numerusform>Судебное заседание{ref} через %n дней, {on}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}{ref}: the date {on} has passed and it is not marked done.</source>
        <translation>{what}{ref}: дата {on} прошла, а отметки «сделано» нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence to collect{ref}, by {on}.</source>
        <translation>Собрать доказательство{ref} до {on}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence still to collect{ref}.</source>
        <translation>Ещё нужно собрать доказательство{ref}.</translation>
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
        <translation>Заметки (по желанию)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save today&apos;s answers</source>
        <translation>Сохранить сегодняшние ответы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Earlier answers</source>
        <translation>Прежние ответы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign</source>
        <translation>Признак</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No answers saved yet. When you save, the date is kept so you can see changes over time.</source>
        <translation>Ответов пока нет. При сохранении запоминается дата, чтобы вы видели изменения со временем.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved once, on {date}.</source>
        <translation>Сохранено один раз, {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No change since the time before.</source>
        <translation>С прошлого раза ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now ticked: </source>
        <translation>теперь отмечено: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no longer ticked: </source>
        <translation>больше не отмечено: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since the time before:</source>
        <translation>С прошлого раза:</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <location filename="../safeplan/ui/plan/safety_plan_page.py" line="+71"/>
        <source>Your safety plan</source>
        <translation>Ваш план безопасности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have looked over my plan today</source>
        <translation>План сегодня просмотрен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your own step…</source>
        <translation>Добавьте свой шаг…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own step</source>
        <translation>Ваш шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove my step</source>
        <translation>Удалить мой шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Your notes for this part</source>
        <translation>Ваши заметки к этой части</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything you want to remember. It is saved as you type.</source>
        <translation>Всё, что хотите запомнить. Сохраняется по мере ввода.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps to tick</source>
        <translation>Шаги, которые можно отметить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts of the plan</source>
        <translation>Части плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and go on</source>
        <translation>Сохранить и дальше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print or save as PDF…</source>
        <translation>Напечатать или сохранить в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the printed plan</source>
        <translation>Язык печатного плана</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>You have started {started} of {total} parts. Take your time — you can stop at any moment and come back; everything is kept.</source>
        <translation>Вы начали {started} из {total} частей. Не торопитесь — можно остановиться в любой момент и вернуться; всё сохраняется.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You last looked over your plan on {date}. Things change — a few minutes to check it again can help.</source>
        <translation>В последний раз вы просматривали план {date}. Всё меняется — несколько минут, чтобы проверить его снова, могут помочь.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When you have a few quiet minutes, look over your plan once more. Things change, and that is fine.</source>
        <translation>Когда будет несколько спокойных минут, просмотрите план ещё раз. Всё меняется, и это нормально.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last looked over: {date}</source>
        <translation>Последний просмотр: {date}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Part {n} of {total}</source>
        <translation>Часть {n} из {total}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Only steps you added yourself can be removed. Suggested steps can simply be left unticked.</source>
        <translation>Удалить можно только шаги, которые вы добавили сами. Предложенные шаги можно просто не отмечать.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Before you print</source>
        <translation>Прежде чем печатать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A printed plan can be found by someone else. Only print it if you have a safe place to keep it, and think about leaving out names and addresses he does not know.</source>
        <translation>Напечатанный план может найти кто-то другой. Печатайте его, только если есть надёжное место для хранения, и подумайте, не убрать ли имена и адреса, которых он не знает.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save</source>
        <translation>Выбрать, куда сохранить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the plan as PDF</source>
        <translation>Сохранить план в PDF</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The plan was saved. Keep the file or the paper somewhere safe.</source>
        <translation>План сохранён. Храните файл или бумагу в надёжном месте.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../safeplan/ui/shell/unlock_flow.py" line="+100"/>
        <source>Check the letters ё and е: they count as different letters, so type them exactly as when you made the passphrase.</source>
        <translation>Проверьте буквы ё и е: это разные буквы, поэтому вводите их так же, как при создании парольной фразы.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/settings_page.py" line="+107"/>
        <source>Choose a folder or USB stick</source>
        <translation>Выберите папку или флешку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the backup and checking it…</source>
        <translation>Создаём резервную копию и проверяем её…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the passphrase of the backup first (the one you used when it was made).</source>
        <translation>Сначала введите парольную фразу резервной копии (ту, что была при её создании).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the backup (the file data.db inside the backup folder)</source>
        <translation>Выберите резервную копию (файл data.db в папке копии)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore this backup?</source>
        <translation>Восстановить эту резервную копию?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal will be replaced by the backup. The current files are kept aside in a folder named &apos;replaced-…&apos;, not deleted. SafePlan will then lock; open it again with the backup&apos;s passphrase.</source>
        <translation>Журнал будет заменён резервной копией. Текущие файлы не удаляются, а откладываются в папку «replaced-…». Затем SafePlan заблокируется; откройте его снова парольной фразой копии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the backup and restoring it…</source>
        <translation>Проверяем и восстанавливаем резервную копию…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <source>Type your current passphrase first.</source>
        <translation>Сначала введите текущую парольную фразу.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The new passphrase is too short. Use at least a few words (8 letters or more).</source>
        <translation>Новая парольная фраза слишком короткая. Используйте хотя бы несколько слов (8 букв или больше).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This passphrase is too easy to guess. Add more words.</source>
        <translation>Эту парольную фразу слишком легко угадать. Добавьте ещё слова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two new passphrases are not the same.</source>
        <translation>Две новые парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing the passphrase…</source>
        <translation>Парольная фраза меняется…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make a new recovery code?</source>
        <translation>Создать новый код восстановления?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery code opens your journal like the passphrase. Give it only to someone you trust completely. Any older code stops working.</source>
        <translation>Код восстановления открывает журнал так же, как парольная фраза. Дайте его только тому, кому полностью доверяете. Прежний код перестанет работать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the code</source>
        <translation>Создать код</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making the recovery code…</source>
        <translation>Создаём код восстановления…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Backup made and checked: folder {folder}. Keep it somewhere safe; it opens with your passphrase.</source>
        <translation>Резервная копия создана и проверена: папка {folder}. Храните её в надёжном месте; она открывается вашей парольной фразой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored. SafePlan locks now.</source>
        <translation>Восстановлено. SafePlan сейчас закроется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup was restored. Open SafePlan again with the backup&apos;s passphrase.</source>
        <translation>Резервная копия восстановлена. Откройте SafePlan снова парольной фразой копии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation>Парольная фраза изменена. Теперь используйте новую.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write this code on paper now and give it to someone you trust. It will not be shown again.</source>
        <translation>Запишите этот код на бумаге сейчас и отдайте тому, кому доверяете. Больше он показан не будет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup is a locked copy of your journal. Make one often and keep it on a USB stick or with someone you trust; it opens with your passphrase.</source>
        <translation>Резервная копия — это защищённая копия вашего журнала. Делайте её почаще и храните на флешке или у человека, которому доверяете; она открывается вашей парольной фразой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up now…</source>
        <translation>Сделать копию сейчас…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now to a folder or USB stick</source>
        <translation>Сделать копию сейчас в папку или на флешку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To go back to a backup, type the backup&apos;s passphrase, then choose the backup.</source>
        <translation>Чтобы вернуться к резервной копии, введите её парольную фразу, затем выберите копию.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Passphrase of the backup</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup…</source>
        <translation>Восстановить из копии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase and recovery code</source>
        <translation>Парольная фраза и код восстановления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second passphrase (if you chose one): it opens a separate, harmless journal with ordinary entries instead of yours — for a moment when someone forces you to open SafePlan. Your real journal stays hidden and unchanged. Set, change or remove it under Privacy, at the top right.</source>
        <translation>Вторая парольная фраза (если вы её задали) открывает отдельный безобидный журнал с обычными записями вместо вашего — на случай, если кто-то заставит вас открыть SafePlan. Ваш настоящий журнал остаётся скрытым и не меняется. Задать, изменить или убрать её можно в разделе «Конфиденциальность» вверху справа.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current passphrase:</source>
        <translation>Текущая парольная фраза:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again:</source>
        <translation>Новая парольная фраза ещё раз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Новая парольная фраза ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody can recover a forgotten passphrase. A recovery code, kept by someone you trust, can open the journal instead. It needs your current passphrase above.</source>
        <translation>Забытую парольную фразу никто не восстановит. Вместо неё журнал может открыть код восстановления, который хранит человек, которому вы доверяете. Чтобы его создать, введите выше текущую парольную фразу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Make a recovery code</source>
        <translation>Создать код восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading and export</source>
        <translation>Чтение и экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy reading: larger text and simpler words</source>
        <translation>Лёгкое чтение: крупнее текст и проще слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy reading</source>
        <translation>Лёгкое чтение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual language of court exports:</source>
        <translation>Обычный язык экспорта для суда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app:</source>
        <translation>Язык программы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app</source>
        <translation>Язык программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual language of court exports</source>
        <translation>Обычный язык экспорта для суда</translation>
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
            <numerusform>Shift: нажмите ещё %n раз, чтобы выйти</numerusform>
            <numerusform>Shift: нажмите ещё %n раза, чтобы выйти</numerusform>
            <numerusform>Shift: нажмите ещё %n раз, чтобы выйти</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calculator</source>
        <translation>Калькулятор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Конфиденциальность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy and locking settings</source>
        <translation>Настройки конфиденциальности и блокировки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now</source>
        <translation>Заблокировать сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit now</source>
        <translation>Выйти сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide everything at once (or press Shift three times)</source>
        <translation>Сразу всё спрятать (или трижды нажать Shift)</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message numerus="yes">
        <location filename="../safeplan/ui/workspace/timeline_page.py" line="+237"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical visit</source>
        <translation>Визит к врачу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal date</source>
        <translation>Юридическая дата</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>from {who}</source>
        <translation>от {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private</source>
        <translation>личное</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approximate date: {text}</source>
        <translation>Примерная дата: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forms of abuse: {forms}.</source>
        <translation>Виды насилия: {forms}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Происшествия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical visits</source>
        <translation>Визиты к врачу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal dates</source>
        <translation>Юридические даты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show {what}</source>
        <translation>Показать: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the newest entries first</source>
        <translation>Показывать сначала новые записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline entries</source>
        <translation>Записи хронологии</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../safeplan/ui/workspace/trash_page.py" line="+143"/>
        <source>Brought back: {entry}.</source>
        <translation>Возвращено из корзины: {entry}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Empty the trash?</source>
        <translation>Очистить корзину?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entry(ies) in the trash will be removed for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n запись в корзине будет удалена навсегда. Это нельзя отменить.</numerusform>
            <numerusform>%n записи в корзине будут удалены навсегда. Это нельзя отменить.</numerusform>
            <numerusform>%n записей в корзине будут удалены навсегда. Это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove for good</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical visit</source>
        <translation>Обращение к врачу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo or file</source>
        <translation>Фото или файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal date</source>
        <translation>Юридическая дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danger check</source>
        <translation>Проверка опасности</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safety plan</source>
        <translation>План безопасности</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to trash</source>
        <translation>Перемещено в корзину</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Things you moved to the trash stay here until you empty it. You can bring any of them back.</source>
        <translation>То, что вы переместили в корзину, остаётся здесь, пока вы её не очистите. Любую запись можно вернуть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries in the trash</source>
        <translation>Записи в корзине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find by number or words:</source>
        <translation>&amp;Найти по номеру или словам:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: 2026-0009</source>
        <translation>Например: 2026-0009</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the trash by number or words</source>
        <translation>Найти в корзине по номеру или словам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in the trash has this number or these words. An entry brought back is in its list again; an entry removed when the trash was emptied is gone for good.</source>
        <translation>В корзине нет записи с таким номером или такими словами. Возвращённая запись снова в своём списке; запись, удалённая при очистке корзины, удалена навсегда.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the selected entry</source>
        <translation>Вернуть выбранную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the trash…</source>
        <translation>Очистить корзину…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove everything in the trash for good</source>
        <translation>Удалить всё из корзины навсегда</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message numerus="yes">
        <location filename="../safeplan/ui/shell/unlock_screen.py" line="+189"/>
        <source>After several wrong tries, each new try waits a little longer. Seconds left: %n.</source>
        <translation>
            <numerusform>После нескольких неверных попыток каждая следующая ждёт немного дольше. Осталось секунд: %n.</numerusform>
            <numerusform>После нескольких неверных попыток каждая следующая ждёт немного дольше. Осталось секунд: %n.</numerusform>
            <numerusform>После нескольких неверных попыток каждая следующая ждёт немного дольше. Осталось секунд: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening… this takes a few seconds.</source>
        <translation>Открываем… это займёт несколько секунд.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter your passphrase</source>
        <translation>Введите парольную фразу</translation>
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
        <translation>&amp;Показывать, что я набираю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what I type</source>
        <translation>Показывать, что я набираю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening, please wait</source>
        <translation>Открывается, подождите</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery code also works here, typed with its dashes.</source>
        <translation>Здесь подойдёт и код восстановления — набирайте его с дефисами.</translation>
    </message>
</context>
<context>
    <name>VerifyReport</name>
    <message>
        <location filename="../safeplan/core/export/verify_texts.py" line="+11"/>
        <source>Export {export_id}, made {created}.</source>
        <translation>Экспорт {export_id}, создан {created}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No manifest found: expected the file {name} beside the PDF. Without it nothing can be checked.</source>
        <translation>Контрольный файл не найден: рядом с PDF должен быть файл {name}. Без него ничего нельзя проверить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} is not a SafePlan export manifest, or it is damaged.</source>
        <translation>Файл {name} не является контрольным файлом экспорта SafePlan или повреждён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be read ({error}).</source>
        <translation>Не удалось прочитать файл ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The manifest&apos;s signature is valid: it has not been changed since it was signed with the key whose fingerprint is {fingerprint}.</source>
        <translation>Подпись контрольного файла действительна: он не изменялся с момента подписания ключом с отпечатком {fingerprint}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest&apos;s signature does NOT match: the manifest was changed after it was signed, or it was not signed by SafePlan.</source>
        <translation>Подпись контрольного файла НЕ совпадает: контрольный файл изменён после подписания или подписан не SafePlan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} (the signed data or the signature) does not match the manifest: one of them was changed.</source>
        <translation>Файл {name} (подписанные данные или подпись) не соответствует контрольному файлу: один из них изменён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest&apos;s statement does not match its own recorded fingerprint: it was edited.</source>
        <translation>Подписанная часть контрольного файла не совпадает с записанным в нём отпечатком: её редактировали.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} was not found.</source>
        <translation>Файл {name} не найден.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF is exactly the file that was exported ({size} bytes, SHA-256 {sha}).</source>
        <translation>PDF — в точности тот файл, который был экспортирован ({size} байт, SHA-256 {sha}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF begins with the exported file, but {extra} byte(s) were added after its end. Added bytes (an &quot;incremental update&quot;) can change what a PDF viewer shows, so treat this copy as altered.</source>
        <translation>PDF начинается с экспортированного файла, но после его конца добавлено байт: {extra}. Добавленные байты («инкрементальное обновление») могут изменить то, что показывает программа просмотра PDF, поэтому считайте эту копию изменённой.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF is NOT the file that was exported: its SHA-256 is {actual}, the manifest says {expected}.</source>
        <translation>PDF НЕ является экспортированным файлом: его SHA-256 — {actual}, а в контрольном файле — {expected}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF names this manifest&apos;s statement, so the two belong together.</source>
        <translation>PDF ссылается на подписанную часть этого контрольного файла, значит, они относятся друг к другу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF does not name this manifest&apos;s statement: they do not belong to the same export.</source>
        <translation>PDF не ссылается на подписанную часть этого контрольного файла: они относятся к разным экспортам.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {count} exhibit files were not supplied (no &quot;{folder}&quot; folder beside the PDF), so only the PDF was checked.</source>
        <translation>Файлы доказательств ({count}) не предоставлены (рядом с PDF нет папки «{folder}»), поэтому проверен только PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exhibit {number} ({name}) matches.</source>
        <translation>Доказательство {number} ({name}) совпадает.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit {number} ({name}) is missing.</source>
        <translation>Доказательство {number} ({name}) отсутствует.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit {number} ({name}) could not be read from the journal when the export was made, so it is not included.</source>
        <translation>Доказательство {number} ({name}) не удалось прочитать из журнала при экспорте, поэтому оно не включено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exhibit {number} ({name}) has been changed: its content does not match the manifest.</source>
        <translation>Доказательство {number} ({name}) изменено: его содержимое не совпадает с контрольным файлом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the key fingerprint {fingerprint} with the one printed in the PDF and with the one the person who made it gave you separately.</source>
        <translation>Сравните отпечаток ключа {fingerprint} с напечатанным в PDF и с тем, который автор передал вам отдельно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed by key {fingerprint} — compare it with the one you received from the person who made the export. Every check below only shows that nothing changed since this key signed it.</source>
        <translation>Подписано ключом {fingerprint} — сравните его с тем, который вы получили от автора документа. Все проверки ниже показывают лишь, что ничего не изменилось с тех пор, как этим ключом была поставлена подпись.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signing key is the one you were given ({fingerprint}).</source>
        <translation>Ключ подписи — тот, который вам передали ({fingerprint}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing key {fingerprint} is NOT the key you were given ({expected}): this copy was signed by someone else, so treat it as not made by the person who kept this journal.</source>
        <translation>Ключ подписи {fingerprint} — НЕ тот, который вам передали ({expected}): эту копию подписал кто-то другой, поэтому считайте, что автор журнала её не создавал.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Receipt {code} (made {made}) fits the journal as it was after {count} recorded change(s). Ask to see the message the code was sent in: its date shows those entries existed by then.</source>
        <translation>Квитанция {code} (создана {made}) соответствует состоянию журнала после записанных изменений: {count}. Попросите показать сообщение, в котором она была отправлена: его дата показывает, что эти записи к тому времени уже существовали.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&quot;{typed}&quot; could not be read as a key fingerprint: type the 32 letters and digits (or the 40 digits) from the key card.</source>
        <translation>«{typed}» не похоже на отпечаток ключа: введите 32 буквы и цифры (или 40 цифр) с карточки ключа.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exhibit {number} ({name}) is a photo that was left out of the bundle: a copy without its location data could not be made, and the original was not chosen.</source>
        <translation>Доказательство {number} ({name}) — фотография, не включённая в пакет: копию без данных о местоположении сделать не удалось, а оригинал не был выбран.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exhibit {number}: the manifest names a file outside the bundle ({name}); it was not opened. A genuine export never does this.</source>
        <translation>Доказательство {number}: контрольный файл указывает на файл вне пакета ({name}); он не открывался. Настоящий экспорт так никогда не делает.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal&apos;s record hashes in the manifest do not lead to its chain head: the dated receipts cannot be checked against this export.</source>
        <translation>Хеш-значения записей журнала в контрольном файле не приводят к итоговому хеш-значению журнала: датированные квитанции нельзя проверить по этому экспорту.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt {code} (made {made}) does NOT fit this journal after {count} change(s).</source>
        <translation>Квитанция {code} (создана {made}) НЕ соответствует этому журналу после изменений: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt {code} matches the journal as it was after {count} recorded change(s): {entries} already existed when it was made.</source>
        <translation>Квитанция {code} совпадает с состоянием журнала после записанных изменений ({count}): к моменту её создания уже существовали {entries}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt {code} matches the journal as it was after {count} recorded change(s), before any entry of this export.</source>
        <translation>Квитанция {code} совпадает с состоянием журнала после записанных изменений ({count}), до первой записи этого экспорта.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt {code} does NOT match any state of this journal.</source>
        <translation>Квитанция {code} НЕ совпадает ни с одним состоянием этого журнала.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{typed}&quot; could not be read as a receipt code.</source>
        <translation>«{typed}» не похоже на код квитанции.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything matches.</source>
        <translation>Всё совпадает.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification FAILED: {count} problem(s) found.</source>
        <translation>Проверка НЕ ПРОЙДЕНА: найдено проблем: {count}.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../safeplan/ui/workspace/filter_bar.py" line="-210"/>
        <source>Physical</source>
        <translation>Физическое</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emotional / psychological</source>
        <translation>Эмоциональное / психологическое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money / economic</source>
        <translation>Деньги / экономическое</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sexual</source>
        <translation>Сексуальное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Following / stalking</source>
        <translation>Преследование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damage to things</source>
        <translation>Порча вещей</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Involving children</source>
        <translation>Касается детей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone / online</source>
        <translation>Телефон / интернет</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The person who hurt me</source>
        <translation>Тот, кто причинил мне вред</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone I trust</source>
        <translation>Человек, которому я доверяю</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Professional</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not said</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exact time</source>
        <translation>Точное время</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Only the day</source>
        <translation>Только день</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only the month</source>
        <translation>Только месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the year</source>
        <translation>Только год</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approximate</source>
        <translation>Примерно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 — mild</source>
        <translation>1 — слабо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 — serious</source>
        <translation>3 — серьёзно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 — moderate</source>
        <translation>2 — умеренно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 — very serious</source>
        <translation>4 — очень серьёзно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 — extreme</source>
        <translation>5 — крайне серьёзно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not rated</source>
        <translation>Без оценки</translation>
    </message>
</context>
<context>
    <name>WorkspaceWidget</name>
    <message>
        <location filename="../safeplan/ui/workspace/workspace.py" line="+271"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents</source>
        <translation>Происшествия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medical</source>
        <translation>Медицина</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Everything by date</source>
        <translation>Всё по датам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctors and injuries</source>
        <translation>Врачи и травмы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages to and from you</source>
        <translation>Сообщения вам и от вас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My safety plan</source>
        <translation>Мой план безопасности</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Where to get help</source>
        <translation>Куда обратиться за помощью</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Am I in danger?</source>
        <translation>Мне грозит опасность?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Court and police dates</source>
        <translation>Даты суда и милиции</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Guides</source>
        <translation>Памятки</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Volunteer hand-over</source>
        <translation>Передача от волонтёра</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>File for the court</source>
        <translation>Файл для суда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages from the phone</source>
        <translation>Сообщения с телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted things</source>
        <translation>Удалённое</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safety plan</source>
        <translation>План безопасности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danger signs</source>
        <translation>Признаки опасности</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export for court</source>
        <translation>Экспорт для суда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import messages</source>
        <translation>Импорт сообщений</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>+ Quick note</source>
        <translation>+ Быстрая запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+ Note</source>
        <translation>+ Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick note: write down what happened now</source>
        <translation>Быстрая запись: запишите, что случилось, сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys: Ctrl+1 to Ctrl+9 open the first nine sections; Ctrl+N opens a quick note.</source>
        <translation>Клавиши: Ctrl+1 … Ctrl+9 открывают первые девять разделов; Ctrl+N — быстрая запись.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+10"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections of your journal</source>
        <translation>Разделы вашего журнала</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../safeplan/cli.py" line="+107"/>
        <source>A file could not be read or written:</source>
        <translation>Не удалось прочитать или записать файл:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Something unexpected went wrong. Nothing was lost; please try again.</source>
        <translation>Произошла непредвиденная ошибка. Ничего не потеряно; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/common.py" line="+32"/>
        <source>The passphrase is not right. Nothing was changed.</source>
        <translation>Парольная фраза неверна. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault files are damaged or incomplete. Nothing was changed. If you have a backup, you can restore it.</source>
        <translation>Файлы хранилища повреждены или неполные. Ничего не изменилось. Если есть резервная копия, из неё можно восстановить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is open in another window or program. Close it there and try again.</source>
        <translation>Хранилище открыто в другом окне или программе. Закройте его там и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>Файл с таким именем уже есть. Выберите другое имя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no vault at that path.</source>
        <translation>По этому пути хранилища нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be read, so nothing was imported.</source>
        <translation>Файл не удалось прочитать, поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Отменено. Ничего не записано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk refused to save (full or read-only). The previous state is kept.</source>
        <translation>Диск не дал сохранить (он заполнен или только для чтения). Прежнее состояние сохранено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export does not match its signed manifest.</source>
        <translation>Экспорт не совпадает со своим подписанным контрольным файлом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such entry.</source>
        <translation>Такой записи нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file goes far beyond what a real export holds, so nothing was imported (a safety limit against files made to fill the memory or the disk).</source>
        <translation>Файл намного больше, чем бывает настоящий файл экспорта, поэтому ничего не импортировано (это защитный предел против файлов, созданных, чтобы заполнить память или диск).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail size: {found} bytes; at most {maximum}.</source>
        <translation>Размер письма в байтах: {found}; не больше {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts in one e-mail: {found}; at most {maximum}.</source>
        <translation>Частей в одном письме: {found}; не больше {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded e-mails inside each other: {found} levels; at most {maximum}.</source>
        <translation>Уровней вложенности пересланных писем: {found}; не больше {maximum}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts of the e-mail nested inside each other: {found} levels; at most {maximum}.</source>
        <translation>Уровней вложенности частей письма: {found}; не больше {maximum}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file in the zip expands {found} times; real export files at most {maximum}.</source>
        <translation>Файл в архиве при распаковке увеличивается в {found} раз; у настоящих файлов экспорта — не более чем в {maximum}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The zip expands to {found} bytes; at most {maximum}.</source>
        <translation>Размер архива после распаковки в байтах: {found}; допустимо не более {maximum}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files in the zip: {found}; at most {maximum}.</source>
        <translation>Файлов в архиве: {found}; допустимо не более {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat text: {found} bytes; at most {maximum}.</source>
        <translation>Текст чата в байтах: {found}; допустимо не более {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages in one chat: {found}; at most {maximum}.</source>
        <translation>Сообщений в одном чате: {found}; допустимо не более {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines of chat text: {found}; at most {maximum}.</source>
        <translation>Строк текста чата: {found}; допустимо не более {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON nested more than {maximum} levels deep (real exports: fewer than 10).</source>
        <translation>Вложенность JSON больше {maximum} уровней (в настоящих файлах экспорта — меньше 10).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Something went wrong.</source>
        <translation>Что-то пошло не так.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This value is not valid:</source>
        <translation>Недопустимое значение:</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/export_cmd.py" line="+108"/>
        <source>{percent} % · page {pages}</source>
        <translation>{percent} % · страница {pages}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+40"/>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Export ID: {export_id}</source>
        <translation>Номер документа: {export_id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages: {pages}</source>
        <translation>Страниц: {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation>Отпечаток ключа подписи: {fingerprint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These exhibits could not be read and are shown as missing: {numbers}</source>
        <translation>Эти доказательства не удалось прочитать, они показаны как отсутствующие: {numbers}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Say what to write, e.g. --json OUT.json or --pdf OUT.pdf.</source>
        <translation>Укажите, что записать, например --json OUT.json или --pdf OUT.pdf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--bundle and --csv go with --pdf OUT.pdf.</source>
        <translation>--bundle и --csv указываются вместе с --pdf OUT.pdf.</translation>
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
        <translation>Укажите путь к хранилищу или --portable ПАПКА.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Portable folder ready. Start it with: safeplan --portable {dir}</source>
        <translation>Переносная папка готова. Запуск: safeplan --portable {dir}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type 1234 then = in the calculator; the passphrase is &quot;{p}&quot;.</source>
        <translation>В калькуляторе наберите 1234 и =; парольная фраза — «{p}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo vault created: {path}</source>
        <translation>Пробное хранилище создано: {path}</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/import_cmd.py" line="-67"/>
        <source>people</source>
        <translation>люди</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incidents</source>
        <translation>происшествия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages</source>
        <translation>сообщения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>medical notes</source>
        <translation>медицинские записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachments</source>
        <translation>вложения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>legal dates</source>
        <translation>юридические даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>danger-sign checks</source>
        <translation>проверки признаков опасности</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This file does not say which time zone its times are in. Nothing was imported. Run the command again with --tz, for example --tz Europe/Minsk.</source>
        <translation>В этом файле не указан часовой пояс. Ничего не импортировано. Запустите команду ещё раз с --tz, например --tz Europe/Minsk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file suggests: {zone}</source>
        <translation>Судя по файлу: {zone}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported — {counts}.</source>
        <translation>Импортировано — {counts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in the vault, skipped: {n}.</source>
        <translation>Уже были в хранилище, пропущено: {n}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{fmt} file {name} (SHA-256 {sha})</source>
        <translation>Файл {fmt} {name} (SHA-256 {sha})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages: {n}, service events: {m}, attachments: {a}</source>
        <translation>Сообщений: {n}, служебных событий: {m}, вложений: {a}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {first} to {last}</source>
        <translation>С {first} по {last}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time zone: {tz} ({source})</source>
        <translation>Часовой пояс: {tz} ({source})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repairs recorded: {n}</source>
        <translation>Исправлений записано: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media not in the export: {n}</source>
        <translation>Медиафайлов нет в экспорте: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not be read (each imported as an entry saying so, original bytes kept): {n}</source>
        <translation>Не удалось прочитать (каждый импортирован как запись об этом, исходные байты сохранены): {n}</translation>
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
        <translation>Повторите: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation>Парольные фразы не совпадают. Ничего не создано.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault created.</source>
        <translation>Хранилище создано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery code (write it down for a trusted person):</source>
        <translation>Код восстановления (запишите его для человека, которому доверяете):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current passphrase: </source>
        <translation>Текущая парольная фраза: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The replaced files were kept in: {folder}</source>
        <translation>Заменённые файлы сохранены в: {folder}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup written and verified: {path}</source>
        <translation>Резервная копия записана и проверена: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault is intact.</source>
        <translation>Хранилище в порядке.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault has problems:</source>
        <translation>В хранилище есть проблемы:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This passphrase is too easy to guess (common words, names, keyboard patterns and short passphrases are refused). Use several words. Nothing was changed.</source>
        <translation>Эту парольную фразу слишком легко угадать (распространённые слова, имена, сочетания соседних клавиш и короткие фразы не принимаются). Используйте несколько слов. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A script that must use it anyway can add --allow-weak-passphrase.</source>
        <translation>Если сценарию она всё же нужна, добавьте --allow-weak-passphrase.</translation>
    </message>
    <message>
        <location filename="../safeplan/commands/import_checks.py" line="+25"/>
        <source>day/month/year</source>
        <translation>день/месяц/год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month/day/year</source>
        <translation>месяц/день/год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year/month/day</source>
        <translation>год/месяц/день</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file shows it</source>
        <translation>так указано в файле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chosen with --date-order</source>
        <translation>выбрано через --date-order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not decided</source>
        <translation>не решено</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every date in this chat could be read day-first or month-first. Nothing was imported. Look at these messages and run the command again with --date-order dmy (day first) or --date-order mdy (month first):</source>
        <translation>Каждую дату в этом чате можно прочитать двумя способами: сначала день или сначала месяц. Ничего не импортировано. Посмотрите на эти сообщения и запустите команду снова с --date-order dmy (сначала день) или --date-order mdy (сначала месяц):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  “{text}”: day first = {dmy}, month first = {mdy}</source>
        <translation>  «{text}»: сначала день = {dmy}, сначала месяц = {mdy}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates read as {order} ({how})</source>
        <translation>Даты прочитаны как {order} ({how})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not attached, older than the chat&apos;s first message (add --attach-older-files if they really belong to it): {names}</source>
        <translation>Не прикреплены, так как старше первого сообщения чата (добавьте --attach-older-files, если они действительно из него): {names}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files to attach: {n}</source>
        <translation>Файлов для прикрепления: {n}</translation>
    </message>
</context>
<context>
    <name>importers</name>
    <message>
        <location filename="../safeplan/core/importers/_builder.py" line="+43"/>
        <source>{item}{who}{when}: could not be read ({reason}). The original bytes are kept unchanged as the attachment “{file}” (SHA-256 {sha}).</source>
        <translation>{item}{who}{when}: не удалось прочитать ({reason}). Исходные байты сохранены без изменений во вложении «{file}» (SHA-256 {sha}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}{who}{when}: could not be read ({reason}). It stays in the original export file, which is kept unchanged ({where}).</source>
        <translation>{item}{who}{when}: не удалось прочитать ({reason}). Это остаётся в исходном файле экспорта, который сохранён без изменений ({where}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> from {sender}</source>
        <translation> от {sender}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original bytes of an item that could not be read ({where}), kept as found</source>
        <translation>Исходные байты элемента, который не удалось прочитать ({where}), сохранены как есть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original export file, kept byte for byte</source>
        <translation>Исходный файл экспорта, сохранён байт в байт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {n}</source>
        <translation>строка {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines {first}-{last}</source>
        <translation>строки {first}–{last}</translation>
    </message>
    <message>
        <location filename="../safeplan/core/importers/telegram.py" line="+41"/>
        <location filename="../safeplan/core/importers/whatsapp.py" line="+30"/>
        <source>The message at {where}</source>
        <translation>Сообщение ({where})</translation>
    </message>
    <message>
        <location filename="../safeplan/core/importers/whatsapp.py" line="+1"/>
        <source>Text before the first dated line ({where})</source>
        <translation>Текст перед первой строкой с датой ({where})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>most of its bytes are not valid UTF-8 text</source>
        <translation>большая часть его байтов — не текст UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no date and no sender</source>
        <translation>у него нет ни даты, ни отправителя</translation>
    </message>
</context>
</TS>
