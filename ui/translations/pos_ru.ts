<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
    <context>
        <name>BuyerForm</name>
        <message>
            <source>(choose)</source>
            <translation>(выберите)</translation>
        </message>
        <message>
            <source>DD.MM.YYYY</source>
            <translation>ДД.ММ.ГГГГ</translation>
        </message>
        <message>
            <source>12 digits</source>
            <translation>12 цифр</translation>
        </message>
    </context>
    <context>
        <name>BuyerPanel</name>
        <message>
            <source>No buyer: an anonymous sale.</source>
            <translation>Без покупателя: анонимная продажа.</translation>
        </message>
        <message>
            <source>Consents: {purposes}</source>
            <translation>Согласия: {purposes}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Policy changed: a new consent is needed.</source>
            <translation>Политика изменилась: нужно новое согласие.</translation>
        </message>
        <message>
            <source>Refused processing in writing: anonymous sales only.</source>
            <translation>Письменно отказался от обработки: только анонимные продажи.</translation>
        </message>
        <message>
            <source>Outstanding {kind} with {bank}</source>
            <translation>Не погашено: {kind}, {bank}</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Покупатель</translation>
        </message>
        <message>
            <source>New buyer (F9)</source>
            <translation>Новый покупатель (F9)</translation>
        </message>
        <message>
            <source>New buyer</source>
            <translation>Новый покупатель</translation>
        </message>
        <message>
            <source>No buyer</source>
            <translation>Без покупателя</translation>
        </message>
        <message>
            <source>Remove the buyer from the sale</source>
            <translation>Убрать покупателя из продажи</translation>
        </message>
        <message>
            <source>Chosen buyer</source>
            <translation>Выбранный покупатель</translation>
        </message>
    </context>
    <context>
        <name>BuyerSearch</name>
        <message>
            <source>Nobody found.</source>
            <translation>Никого не найдено.</translation>
        </message>
        <message>
            <source>Up or Down to choose, Enter to open.</source>
            <translation>Стрелками выберите, Enter — открыть.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(без имени)</translation>
        </message>
        <message>
            <source>new consent needed</source>
            <translation>нужно новое согласие</translation>
        </message>
        <message>
            <source>IIN, phone, last 4 digits or name</source>
            <translation>ИИН, телефон, 4 последние цифры или имя</translation>
        </message>
        <message>
            <source>Find a buyer</source>
            <translation>Найти покупателя</translation>
        </message>
        <message>
            <source>Buyers found</source>
            <translation>Найденные покупатели</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Changed: preview the slip again (F2).</source>
            <translation>Изменено: снова покажите бланк (F2).</translation>
        </message>
        <message>
            <source>Check the marked fields.</source>
            <translation>Проверьте отмеченные поля.</translation>
        </message>
        <message>
            <source>Checking...</source>
            <translation>Проверка...</translation>
        </message>
        <message>
            <source>The buyer signs the pre-printed form; then press Buyer signed (F4).</source>
            <translation>Покупатель подписывает бланк; затем нажмите «Покупатель подписал» (F4).</translation>
        </message>
        <message>
            <source>Print the slip (F3) for the buyer to sign.</source>
            <translation>Напечатайте бланк (F3) на подпись покупателю.</translation>
        </message>
        <message>
            <source>Printing the slip...</source>
            <translation>Печать бланка...</translation>
        </message>
        <message>
            <source>When the buyer has signed, press Buyer signed (F4).</source>
            <translation>Когда покупатель подпишет, нажмите «Покупатель подписал» (F4).</translation>
        </message>
        <message>
            <source>Print again (F3), or use a pre-printed form and type its number.</source>
            <translation>Напечатайте снова (F3) или возьмите бумажный бланк и введите его номер.</translation>
        </message>
        <message>
            <source>Recording the consent...</source>
            <translation>Согласие записывается...</translation>
        </message>
        <message>
            <source>Consent to personal data processing</source>
            <translation>Согласие на обработку персональных данных</translation>
        </message>
        <message>
            <source>Purposes the buyer consents to</source>
            <translation>Цели, на которые покупатель даёт согласие</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>по желанию</translation>
        </message>
        <message>
            <source>required for this sale</source>
            <translation>обязательно для этой продажи</translation>
        </message>
        <message>
            <source>New buyer: only the fields this sale needs.</source>
            <translation>Новый покупатель: только поля, нужные для этой продажи.</translation>
        </message>
        <message>
            <source>{name}: the data this sale needs in addition.</source>
            <translation>{name}: данные, которых не хватает для этой продажи.</translation>
        </message>
        <message>
            <source>{name}: the data held covers this sale; only the consent is needed.</source>
            <translation>{name}: данных достаточно, нужно только согласие.</translation>
        </message>
        <message>
            <source>Slip language:</source>
            <translation>Язык бланка:</translation>
        </message>
        <message>
            <source>Slip language</source>
            <translation>Язык бланка</translation>
        </message>
        <message>
            <source>Print the slip for signing</source>
            <translation>Напечатать бланк на подпись</translation>
        </message>
        <message>
            <source>Pre-printed form No.:</source>
            <translation>Бумажный бланк №:</translation>
        </message>
        <message>
            <source>Pre-printed form number</source>
            <translation>Номер бумажного бланка</translation>
        </message>
        <message>
            <source>Slip preview</source>
            <translation>Бланк согласия</translation>
        </message>
        <message>
            <source>Preview (F2)</source>
            <translation>Показать (F2)</translation>
        </message>
        <message>
            <source>Print slip (F3)</source>
            <translation>Печать (F3)</translation>
        </message>
        <message>
            <source>Buyer signed (F4)</source>
            <translation>Покупатель подписал (F4)</translation>
        </message>
        <message>
            <source>Buyer refused (F8)</source>
            <translation>Покупатель отказался (F8)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Отмена (Esc)</translation>
        </message>
    </context>
    <context>
        <name>CreditPanel</name>
        <message>
            <source>Monthly payment: {amount}</source>
            <translation>Ежемесячный платёж: {amount}</translation>
        </message>
        <message>
            <source>Credit or installment terms</source>
            <translation>Условия кредита или рассрочки</translation>
        </message>
        <message>
            <source>Partner bank:</source>
            <translation>Банк-партнёр:</translation>
        </message>
        <message>
            <source>Bank product:</source>
            <translation>Продукт банка:</translation>
        </message>
        <message>
            <source>Term, months:</source>
            <translation>Срок, мес.:</translation>
        </message>
        <message>
            <source>Down payment, ₸:</source>
            <translation>Первый взнос, ₸:</translation>
        </message>
        <message>
            <source>Bank form No.:</source>
            <translation>№ анкеты банка:</translation>
        </message>
        <message>
            <source>Partner bank</source>
            <translation>Банк-партнёр</translation>
        </message>
        <message>
            <source>Bank product</source>
            <translation>Продукт банка</translation>
        </message>
        <message>
            <source>Term in months</source>
            <translation>Срок в месяцах</translation>
        </message>
        <message>
            <source>Down payment</source>
            <translation>Первый взнос</translation>
        </message>
        <message>
            <source>Bank form number</source>
            <translation>Номер анкеты банка</translation>
        </message>
        <message>
            <source>Payment schedule</source>
            <translation>График платежей</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Sale (receipts, warranty, returns)</source>
            <translation>Продажа (чеки, гарантия, возврат)</translation>
        </message>
        <message>
            <source>Delivery (courier and postal services)</source>
            <translation>Доставка (курьеры и почта)</translation>
        </message>
        <message>
            <source>Credit (partner banks, credit bureaus)</source>
            <translation>Кредит (банки-партнёры, кредитные бюро)</translation>
        </message>
        <message>
            <source>Insurance (partner insurers)</source>
            <translation>Страхование (страховщики-партнёры)</translation>
        </message>
        <message>
            <source>Offers and statistics (marketing)</source>
            <translation>Предложения и статистика (маркетинг)</translation>
        </message>
        <message>
            <source>sale</source>
            <translation>продажа</translation>
        </message>
        <message>
            <source>delivery</source>
            <translation>доставка</translation>
        </message>
        <message>
            <source>credit</source>
            <translation>кредит</translation>
        </message>
        <message>
            <source>insurance</source>
            <translation>страхование</translation>
        </message>
        <message>
            <source>marketing</source>
            <translation>маркетинг</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Наличные</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Карта</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Кредит</translation>
        </message>
        <message>
            <source>Installment</source>
            <translation>Рассрочка</translation>
        </message>
        <message>
            <source>cashier</source>
            <translation>кассир</translation>
        </message>
        <message>
            <source>sales manager</source>
            <translation>менеджер по продажам</translation>
        </message>
        <message>
            <source>store admin</source>
            <translation>администратор магазина</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Patronymic</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Delivery address</source>
            <translation>Адрес доставки</translation>
        </message>
        <message>
            <source>Registration address</source>
            <translation>Адрес регистрации</translation>
        </message>
        <message>
            <source>ID document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Document number</source>
            <translation>Номер документа</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>Дата выдачи</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Кем выдан</translation>
        </message>
        <message>
            <source>ID card</source>
            <translation>Удостоверение личности</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Паспорт</translation>
        </message>
        <message>
            <source>Residence permit</source>
            <translation>Вид на жительство</translation>
        </message>
        <message>
            <source>Stateless person's certificate</source>
            <translation>Удостоверение лица без гражданства</translation>
        </message>
        <message>
            <source>requested</source>
            <translation>запрошено</translation>
        </message>
        <message>
            <source>given</source>
            <translation>дано</translation>
        </message>
        <message>
            <source>renewed</source>
            <translation>обновлено</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>отказано</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>отозвано</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>истекло</translation>
        </message>
        <message>
            <source>invalidated</source>
            <translation>недействительно</translation>
        </message>
        <message>
            <source>cash sale</source>
            <translation>продажа за наличные</translation>
        </message>
        <message>
            <source>installment</source>
            <translation>рассрочка</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>No one can sign in at this till yet: a store admin adds staff with a PIN (pos staff add NAME --role ROLE).</source>
            <translation>На этой кассе пока никто не может войти: администратор магазина добавляет сотрудников с PIN-кодом (pos staff add NAME --role ROLE).</translation>
        </message>
        <message>
            <source>Choose your name in the list.</source>
            <translation>Выберите себя в списке.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Введите PIN-код.</translation>
        </message>
        <message>
            <source>Checking the PIN...</source>
            <translation>Проверка PIN-кода...</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Вход</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Кто вы?</translation>
        </message>
        <message>
            <source>Staff members</source>
            <translation>Сотрудники</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN-код:</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-код</translation>
        </message>
        <message>
            <source>4 to 8 digits, then Enter</source>
            <translation>4–8 цифр, затем Enter</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Язык:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Nothing waits to be printed.</source>
            <translation>Очередь печати пуста.</translation>
        </message>
        <message>
            <source>Till</source>
            <translation>Касса</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Меню</translation>
        </message>
        <message>
            <source>&amp;Till</source>
            <translation>&amp;Касса</translation>
        </message>
        <message>
            <source>&amp;Buyer</source>
            <translation>&amp;Покупатель</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <source>Print what is waiting</source>
            <translation>Допечатать очередь</translation>
        </message>
        <message>
            <source>Settings...</source>
            <translation>Настройки...</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Закрыть программу</translation>
        </message>
        <message>
            <source>Buyer's rights...</source>
            <translation>Права покупателя...</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>not needed for this sale</source>
            <translation>не нужно для этой продажи</translation>
        </message>
        <message>
            <source>required for this sale</source>
            <translation>обязательно для этой продажи</translation>
        </message>
        <message>
            <source>give a phone or an e-mail</source>
            <translation>укажите телефон или эл. почту</translation>
        </message>
        <message>
            <source>too long: at most {n} characters</source>
            <translation>слишком длинно: не более {n} символов</translation>
        </message>
        <message>
            <source>only letters, spaces and hyphens</source>
            <translation>только буквы, пробелы и дефисы</translation>
        </message>
        <message>
            <source>not a date: type DD.MM.YYYY</source>
            <translation>это не дата: введите ДД.ММ.ГГГГ</translation>
        </message>
        <message>
            <source>the date is in the future</source>
            <translation>дата в будущем</translation>
        </message>
        <message>
            <source>the date is before 1900</source>
            <translation>дата раньше 1900 года</translation>
        </message>
        <message>
            <source>issued before the date of birth</source>
            <translation>выдан раньше даты рождения</translation>
        </message>
        <message>
            <source>choose the type of document</source>
            <translation>выберите вид документа</translation>
        </message>
        <message>
            <source>5 to 20 Latin letters or digits</source>
            <translation>от 5 до 20 латинских букв или цифр</translation>
        </message>
        <message>
            <source>an IIN has exactly 12 digits</source>
            <translation>в ИИН ровно 12 цифр</translation>
        </message>
        <message>
            <source>check digit is wrong: a digit is mistyped</source>
            <translation>неверная контрольная цифра: где-то опечатка</translation>
        </message>
        <message>
            <source>the 7th digit (century and sex) must be 1 to 6</source>
            <translation>7-я цифра (век и пол) должна быть от 1 до 6</translation>
        </message>
        <message>
            <source>encodes a date of birth that does not exist</source>
            <translation>содержит несуществующую дату рождения</translation>
        </message>
        <message>
            <source>the century digit does not match the date of birth</source>
            <translation>цифра века не совпадает с датой рождения</translation>
        </message>
        <message>
            <source>does not match the date of birth</source>
            <translation>не совпадает с датой рождения</translation>
        </message>
        <message>
            <source>give the phone number</source>
            <translation>укажите номер телефона</translation>
        </message>
        <message>
            <source>not a phone number</source>
            <translation>это не номер телефона</translation>
        </message>
        <message>
            <source>not a valid phone number</source>
            <translation>неверный номер телефона</translation>
        </message>
        <message>
            <source>not a Kazakhstan number</source>
            <translation>номер не казахстанский</translation>
        </message>
        <message>
            <source>type it as name@domain.kz</source>
            <translation>введите в виде имя@домен.kz</translation>
        </message>
        <message>
            <source>a buyer with this IIN is registered: find them instead</source>
            <translation>покупатель с этим ИИН уже есть: найдите его</translation>
        </message>
        <message>
            <source>another buyer has this IIN</source>
            <translation>этот ИИН у другого покупателя</translation>
        </message>
        <message>
            <source>give the form number</source>
            <translation>укажите номер бланка</translation>
        </message>
        <message>
            <source>give the reference of the buyer's document</source>
            <translation>укажите номер документа покупателя</translation>
        </message>
        <message>
            <source>too long</source>
            <translation>слишком длинно</translation>
        </message>
        <message>
            <source>a PIN has 4 to 8 digits</source>
            <translation>в PIN-коде 4–8 цифр</translation>
        </message>
        <message>
            <source>not collected under the buyer's consents</source>
            <translation>не собирается по согласиям покупателя</translation>
        </message>
        <message>
            <source>the same as held</source>
            <translation>то же, что хранится</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>Неверный PIN-код.</translation>
        </message>
        <message>
            <source>Too many wrong PINs: try again in {n} min.</source>
            <translation>Слишком много неверных PIN-кодов: попробуйте через {n} мин.</translation>
        </message>
        <message>
            <source>Too many wrong PINs: sign-in is locked for 5 minutes.</source>
            <translation>Слишком много неверных PIN-кодов: вход заблокирован на 5 минут.</translation>
        </message>
        <message>
            <source>This staff member cannot sign in.</source>
            <translation>Этот сотрудник не может войти.</translation>
        </message>
        <message>
            <source>A PIN has 4 to 8 digits.</source>
            <translation>В PIN-коде 4–8 цифр.</translation>
        </message>
        <message>
            <source>This needs the {role} role; you are signed in as {mine}.</source>
            <translation>Нужна роль «{role}»; вы вошли как «{mine}».</translation>
        </message>
        <message>
            <source>Scan or find a product first.</source>
            <translation>Сначала отсканируйте или найдите товар.</translation>
        </message>
        <message>
            <source>The cash tendered is less than the total.</source>
            <translation>Полученная сумма меньше итога.</translation>
        </message>
        <message>
            <source>The down payment must be less than the total.</source>
            <translation>Первый взнос должен быть меньше итога.</translation>
        </message>
        <message>
            <source>Choose the partner bank and its product.</source>
            <translation>Выберите банк-партнёр и его продукт.</translation>
        </message>
        <message>
            <source>This sale needs a buyer with their consent: find or register the buyer.</source>
            <translation>Для этой продажи нужен покупатель с согласием: найдите или зарегистрируйте его.</translation>
        </message>
        <message>
            <source>The buyer has not consented to: {purposes}. Take a consent first.</source>
            <translation>Покупатель не дал согласия на: {purposes}. Сначала оформите согласие.</translation>
        </message>
        <message>
            <source>The buyer consented under an older policy version: a new consent to version {label} is needed.</source>
            <translation>Согласие дано по старой версии политики: нужно новое согласие по версии {label}.</translation>
        </message>
        <message>
            <source>This buyer refused processing in writing: sell without their data.</source>
            <translation>Покупатель письменно отказался от обработки: продавайте без его данных.</translation>
        </message>
        <message>
            <source>This sale needs more of the buyer's data ({fields}): take a consent with it.</source>
            <translation>Для продажи нужны ещё данные покупателя ({fields}): оформите согласие с ними.</translation>
        </message>
        <message>
            <source>Cannot withdraw: {kind} with {bank} is outstanding ({amount}) until {until}; consent to credit stays until it is repaid.</source>
            <translation>Отозвать нельзя: не погашен долг ({kind}, {bank}) — {amount}, до {until}; согласие на кредит действует до погашения.</translation>
        </message>
        <message>
            <source>Cannot destroy: {kind} with {bank} is outstanding ({amount}) until {until}.</source>
            <translation>Уничтожить нельзя: не погашен долг ({kind}, {bank}) — {amount}, до {until}.</translation>
        </message>
        <message>
            <source>The buyer has no consent in force for: {purposes}.</source>
            <translation>У покупателя нет действующего согласия на: {purposes}.</translation>
        </message>
        <message>
            <source>A written refusal is already recorded for this buyer.</source>
            <translation>Письменный отказ этого покупателя уже записан.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Ничего не изменено.</translation>
        </message>
        <message>
            <source>The corrected values are the same as those held.</source>
            <translation>Исправленные значения совпадают с хранимыми.</translation>
        </message>
        <message>
            <source>No privacy policy version is in effect: the store admin must import one.</source>
            <translation>Нет действующей версии политики: администратор должен её загрузить.</translation>
        </message>
        <message>
            <source>The seller's details are not set: the store admin must set them.</source>
            <translation>Не заданы реквизиты продавца: их задаёт администратор.</translation>
        </message>
        <message>
            <source>No printer is set.</source>
            <translation>Принтер не настроен.</translation>
        </message>
        <message>
            <source>Printed: {what}.{low}</source>
            <translation>Напечатано: {what}.{low}</translation>
        </message>
        <message>
            <source>Not printed: {what} ({reason}).{queued}</source>
            <translation>Не напечатано: {what} ({reason}).{queued}</translation>
        </message>
        <message>
            <source>{n} waiting to be printed {why}</source>
            <translation>в очереди печати: {n} {why}</translation>
        </message>
        <message>
            <source>The two keys differ; nothing was changed.</source>
            <translation>Ключи не совпадают; ничего не изменено.</translation>
        </message>
        <message>
            <source>The database key must be at least {n} characters.</source>
            <translation>Ключ базы данных — не короче {n} символов.</translation>
        </message>
        <message>
            <source>The new key is the same as the current one.</source>
            <translation>Новый ключ совпадает с текущим.</translation>
        </message>
        <message>
            <source>Only the store admin can change settings.</source>
            <translation>Настройки меняет только администратор магазина.</translation>
        </message>
        <message>
            <source>consent slip</source>
            <translation>бланк согласия</translation>
        </message>
        <message>
            <source>receipt</source>
            <translation>чек</translation>
        </message>
        <message>
            <source>installment summary</source>
            <translation>сведения о рассрочке</translation>
        </message>
        <message>
            <source>access report</source>
            <translation>отчёт о данных</translation>
        </message>
        <message>
            <source>confirmation</source>
            <translation>подтверждение</translation>
        </message>
        <message>
            <source>test page</source>
            <translation>пробная страница</translation>
        </message>
        <message>
            <source> Paper is running low.</source>
            <translation> Бумага заканчивается.</translation>
        </message>
        <message>
            <source> It stays in the print queue.</source>
            <translation> Документ остаётся в очереди печати.</translation>
        </message>
        <message>
            <source>Something went wrong; the details are in the till log.</source>
            <translation>Что-то пошло не так; подробности в журнале кассы.</translation>
        </message>
    </context>
    <context>
        <name>RightsDialog</name>
        <message>
            <source>Find the buyer first (their IIN, phone or name).</source>
            <translation>Сначала найдите покупателя (ИИН, телефон или имя).</translation>
        </message>
        <message>
            <source>Outstanding {kind} with {bank}</source>
            <translation>Не погашено: {kind}, {bank}</translation>
        </message>
        <message>
            <source>Building the report...</source>
            <translation>Отчёт формируется...</translation>
        </message>
        <message>
            <source>Access report ready; the request is recorded as answered.</source>
            <translation>Отчёт готов; обращение записано как исполненное.</translation>
        </message>
        <message>
            <source>Printing...</source>
            <translation>Печать...</translation>
        </message>
        <message>
            <source>Check the marked fields.</source>
            <translation>Проверьте отмеченные поля.</translation>
        </message>
        <message>
            <source>Corrected; the audit names the fields changed, not their values.</source>
            <translation>Исправлено; в журнале — названия полей, без значений.</translation>
        </message>
        <message>
            <source>Withdrawing...</source>
            <translation>Отзыв согласия...</translation>
        </message>
        <message>
            <source>Consent withdrawn. Print the confirmation for the buyer.</source>
            <translation>Согласие отозвано. Напечатайте подтверждение для покупателя.</translation>
        </message>
        <message>
            <source>Written refusal recorded. Print the confirmation for the buyer.</source>
            <translation>Письменный отказ записан. Напечатайте подтверждение для покупателя.</translation>
        </message>
        <message>
            <source>Buyer's rights</source>
            <translation>Права покупателя</translation>
        </message>
        <message>
            <source>Papers in:</source>
            <translation>Документы на:</translation>
        </message>
        <message>
            <source>Language of the papers</source>
            <translation>Язык документов</translation>
        </message>
        <message>
            <source>Access report</source>
            <translation>Отчёт о данных</translation>
        </message>
        <message>
            <source>Correct data</source>
            <translation>Исправить данные</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Отозвать согласие</translation>
        </message>
        <message>
            <source>Written refusal</source>
            <translation>Письменный отказ</translation>
        </message>
        <message>
            <source>Show everything held</source>
            <translation>Показать все данные</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>Печать отчёта</translation>
        </message>
        <message>
            <source>Correct what the buyer shows is wrong; the new values are checked like new data.</source>
            <translation>Исправьте то, что покупатель указал как неверное; новые значения проверяются как новые данные.</translation>
        </message>
        <message>
            <source>Save correction</source>
            <translation>Сохранить исправление</translation>
        </message>
        <message>
            <source>Tick the purposes the buyer withdraws. Data no remaining purpose needs is erased.</source>
            <translation>Отметьте цели, по которым покупатель отзывает согласие. Данные, не нужные другим целям, стираются.</translation>
        </message>
        <message>
            <source>All purposes (full withdrawal)</source>
            <translation>Все цели (полный отзыв)</translation>
        </message>
        <message>
            <source>Withdraw all purposes</source>
            <translation>Отозвать по всем целям</translation>
        </message>
        <message>
            <source>Reference of the buyer's request (optional):</source>
            <translation>Номер заявления покупателя (необязательно):</translation>
        </message>
        <message>
            <source>Request reference</source>
            <translation>Номер заявления</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Отозвать</translation>
        </message>
        <message>
            <source>Withdrawal confirmation</source>
            <translation>Подтверждение отзыва</translation>
        </message>
        <message>
            <source>Print confirmation</source>
            <translation>Печать подтверждения</translation>
        </message>
        <message>
            <source>The buyer refuses processing in writing: their data is destroyed, or kept only for an outstanding credit until it is repaid.</source>
            <translation>Покупатель письменно отказывается от обработки: данные уничтожаются или хранятся только для непогашенного кредита до его погашения.</translation>
        </message>
        <message>
            <source>Reference of the written refusal:</source>
            <translation>Номер письменного отказа:</translation>
        </message>
        <message>
            <source>Written refusal reference</source>
            <translation>Номер письменного отказа</translation>
        </message>
        <message>
            <source>Record written refusal</source>
            <translation>Записать письменный отказ</translation>
        </message>
        <message>
            <source>Refusal confirmation</source>
            <translation>Подтверждение отказа</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Закрыть (Esc)</translation>
        </message>
    </context>
    <context>
        <name>SaleScreen</name>
        <message>
            <source>No product with barcode {code}.</source>
            <translation>Нет товара со штрихкодом {code}.</translation>
        </message>
        <message>
            <source>No product found by that name.</source>
            <translation>Товар с таким названием не найден.</translation>
        </message>
        <message>
            <source>Down to choose, Enter to add.</source>
            <translation>Стрелкой вниз — выбрать, Enter — добавить.</translation>
        </message>
        <message>
            <source>Added: {name}</source>
            <translation>Добавлено: {name}</translation>
        </message>
        <message>
            <source>Total: {amount}</source>
            <translation>Итого: {amount}</translation>
        </message>
        <message>
            <source>Type the cash received, e.g. 20000</source>
            <translation>Введите полученную сумму, например 20000</translation>
        </message>
        <message>
            <source>Change: {amount}</source>
            <translation>Сдача: {amount}</translation>
        </message>
        <message>
            <source>Short by {amount}</source>
            <translation>Не хватает {amount}</translation>
        </message>
        <message>
            <source>Credit and installment sales are for sales managers.</source>
            <translation>Кредит и рассрочку оформляет менеджер по продажам.</translation>
        </message>
        <message>
            <source>Buyer chosen.</source>
            <translation>Покупатель выбран.</translation>
        </message>
        <message>
            <source>The buyer refused: nothing they gave was kept. The sale can go on as an anonymous cash sale.</source>
            <translation>Покупатель отказался: его данные не сохранены. Продажу можно продолжить анонимно за наличные.</translation>
        </message>
        <message>
            <source>Consent recorded.</source>
            <translation>Согласие записано.</translation>
        </message>
        <message>
            <source>Consent cancelled: nothing was stored.</source>
            <translation>Согласие отменено: ничего не сохранено.</translation>
        </message>
        <message>
            <source>This sale needs the buyer: find them (F3) or register a new buyer (F9).</source>
            <translation>Для этой продажи нужен покупатель: найдите (F3) или зарегистрируйте нового (F9).</translation>
        </message>
        <message>
            <source>Recording the sale...</source>
            <translation>Продажа записывается...</translation>
        </message>
        <message>
            <source>Sale No. {number} recorded: {total}, {payment}.</source>
            <translation>Продажа № {number} записана: {total}, {payment}.</translation>
        </message>
        <message>
            <source>&amp;Barcode or name (F2):</source>
            <translation>&amp;Штрихкод или название (F2):</translation>
        </message>
        <message>
            <source>scan, or a name + Enter</source>
            <translation>скан или название + Enter</translation>
        </message>
        <message>
            <source>Barcode or product name</source>
            <translation>Штрихкод или название товара</translation>
        </message>
        <message>
            <source>&amp;Qty (F4):</source>
            <translation>&amp;Кол-во (F4):</translation>
        </message>
        <message>
            <source>Quantity of the chosen line</source>
            <translation>Количество в выбранной строке</translation>
        </message>
        <message>
            <source>Products found</source>
            <translation>Найденные товары</translation>
        </message>
        <message>
            <source>Sale lines</source>
            <translation>Строки продажи</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Кол-во</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Цена</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Remove line (Del)</source>
            <translation>Удалить строку (Del)</translation>
        </message>
        <message>
            <source>Remove the chosen line</source>
            <translation>Удалить выбранную строку</translation>
        </message>
        <message>
            <source>Delivery (F11)</source>
            <translation>Доставка (F11)</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Доставка</translation>
        </message>
        <message>
            <source>Buyer wants offers</source>
            <translation>Покупатель хочет получать предложения</translation>
        </message>
        <message>
            <source>Cash received:</source>
            <translation>Получено:</translation>
        </message>
        <message>
            <source>exact amount</source>
            <translation>без сдачи</translation>
        </message>
        <message>
            <source>Cash received</source>
            <translation>Получено наличными</translation>
        </message>
        <message>
            <source>Finish sale (F12)</source>
            <translation>Завершить продажу (F12)</translation>
        </message>
        <message>
            <source>Finish sale</source>
            <translation>Завершить продажу</translation>
        </message>
        <message>
            <source>New sale</source>
            <translation>Новая продажа</translation>
        </message>
        <message>
            <source>Start a new sale</source>
            <translation>Начать новую продажу</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Nothing changed.</source>
            <translation>Ничего не изменилось.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Сохранено.</translation>
        </message>
        <message>
            <source>No printing in this window.</source>
            <translation>В этом окне печать недоступна.</translation>
        </message>
        <message>
            <source>Save the printer settings first.</source>
            <translation>Сначала сохраните настройки принтера.</translation>
        </message>
        <message>
            <source>Printing the test page...</source>
            <translation>Печать пробной страницы...</translation>
        </message>
        <message>
            <source>Sync with head office</source>
            <translation>Обмен с головным офисом</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>недоступно</translation>
        </message>
        <message>
            <source>Re-encrypting the database; keep the till on.</source>
            <translation>База данных перешифровывается; не выключайте кассу.</translation>
        </message>
        <message>
            <source>Database key changed; use the new key from now on.</source>
            <translation>Ключ базы данных изменён; теперь используйте новый ключ.</translation>
        </message>
        <message>
            <source>The OS keyring entry was updated.</source>
            <translation>Запись в хранилище ключей ОС обновлена.</translation>
        </message>
        <message>
            <source>Exporting statistics</source>
            <translation>Выгрузка статистики</translation>
        </message>
        <message>
            <source>The export runs in the background; the file goes to the exports folder.</source>
            <translation>Выгрузка идёт в фоне; файл появится в папке exports.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Принтер</translation>
        </message>
        <message>
            <source>Head office</source>
            <translation>Головной офис</translation>
        </message>
        <message>
            <source>Database key</source>
            <translation>Ключ базы данных</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <source>Window language:</source>
            <translation>Язык окна:</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Язык окна</translation>
        </message>
        <message>
            <source>Printer address:</source>
            <translation>Адрес принтера:</translation>
        </message>
        <message>
            <source>Paper width:</source>
            <translation>Ширина бумаги:</translation>
        </message>
        <message>
            <source>Printed in:</source>
            <translation>Язык печати:</translation>
        </message>
        <message>
            <source>Printer address</source>
            <translation>Адрес принтера</translation>
        </message>
        <message>
            <source>Paper width</source>
            <translation>Ширина бумаги</translation>
        </message>
        <message>
            <source>Language of printed papers</source>
            <translation>Язык печатных документов</translation>
        </message>
        <message>
            <source>Test print</source>
            <translation>Пробная печать</translation>
        </message>
        <message>
            <source>Head office address:</source>
            <translation>Адрес головного офиса:</translation>
        </message>
        <message>
            <source>Store credential:</source>
            <translation>Ключ доступа магазина:</translation>
        </message>
        <message>
            <source>Head office address</source>
            <translation>Адрес головного офиса</translation>
        </message>
        <message>
            <source>Store credential</source>
            <translation>Ключ доступа магазина</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Обменяться сейчас</translation>
        </message>
        <message>
            <source>The database is re-encrypted under the new key; the old file stays until the new one is checked.</source>
            <translation>База данных перешифровывается новым ключом; старый файл остаётся, пока новый не проверен.</translation>
        </message>
        <message>
            <source>New key:</source>
            <translation>Новый ключ:</translation>
        </message>
        <message>
            <source>Repeat:</source>
            <translation>Повторите:</translation>
        </message>
        <message>
            <source>New database key</source>
            <translation>Новый ключ базы данных</translation>
        </message>
        <message>
            <source>Repeat the new key</source>
            <translation>Повторите новый ключ</translation>
        </message>
        <message>
            <source>Change the key</source>
            <translation>Сменить ключ</translation>
        </message>
        <message>
            <source>Key change progress</source>
            <translation>Ход смены ключа</translation>
        </message>
        <message>
            <source>Long jobs run in the background and show their progress in the status bar.</source>
            <translation>Долгие задачи идут в фоне, их ход виден в строке состояния.</translation>
        </message>
        <message>
            <source>Export statistics (CSV)</source>
            <translation>Выгрузить статистику (CSV)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Закрыть (Esc)</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Database key</source>
            <translation>Ключ базы данных</translation>
        </message>
        <message>
            <source>The till's database key:</source>
            <translation>Ключ базы данных кассы:</translation>
        </message>
        <message>
            <source>Till</source>
            <translation>Касса</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>{store} ({code}), register {register}</source>
            <translation>{store} ({code}), касса {register}</translation>
        </message>
        <message>
            <source>Sync: not set up ({n} waiting)</source>
            <translation>Обмен: не настроен (ожидает {n})</translation>
        </message>
        <message>
            <source>never</source>
            <translation>не было</translation>
        </message>
        <message>
            <source>Sync: {n} waiting, last success {last}</source>
            <translation>Обмен: ожидает {n}, последний успешный {last}</translation>
        </message>
        <message>
            <source>({n} refused)</source>
            <translation>(отклонено: {n})</translation>
        </message>
        <message>
            <source>Signed in: {name}, {role}</source>
            <translation>Вошёл: {name}, {role}</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Никто не вошёл</translation>
        </message>
        <message>
            <source>Printer: ready</source>
            <translation>Принтер: готов</translation>
        </message>
        <message>
            <source>Printer: not set</source>
            <translation>Принтер: не настроен</translation>
        </message>
        <message>
            <source>Printer: ready, paper running low</source>
            <translation>Принтер: готов, бумага заканчивается</translation>
        </message>
        <message>
            <source>Printer: {state}</source>
            <translation>Принтер: {state}</translation>
        </message>
    </context>
</TS>
