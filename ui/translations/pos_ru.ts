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
        <name>CartLines</name>
        <message>
            <source>Total: {amount}</source>
            <translation>Итого: {amount}</translation>
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
            <source>Total: {amount} (discounts {discount})</source>
            <translation>Итого: {amount} (скидки {discount})</translation>
        </message>
        <message>
            <source>{weight} kg</source>
            <translation>{weight} кг</translation>
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
        <message>
            <source>The buyer refused? Everything typed is wiped.</source>
            <translation>Покупатель отказался? Всё введённое будет стёрто.</translation>
        </message>
        <message>
            <source>Close the consent? Everything typed is wiped.</source>
            <translation>Закрыть согласие? Всё введённое будет стёрто.</translation>
        </message>
        <message>
            <source>Wipe and close</source>
            <translation>Стереть и закрыть</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Вернуться</translation>
        </message>
    </context>
    <context>
        <name>CorrectTab</name>
        <message>
            <source>Check the marked fields.</source>
            <translation>Проверьте отмеченные поля.</translation>
        </message>
        <message>
            <source>Corrected; the audit names the fields changed, not their values.</source>
            <translation>Исправлено; в журнале — названия полей, без значений.</translation>
        </message>
        <message>
            <source>Correct what the buyer shows is wrong; the new values are checked like new data.</source>
            <translation>Исправьте то, что покупатель указал как неверное; новые значения проверяются как новые данные.</translation>
        </message>
        <message>
            <source>Save correction</source>
            <translation>Сохранить исправление</translation>
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
        <message>
            <source>not in the store's list: as the bank's contract says</source>
            <translation>нет в списке магазина: по договору банка</translation>
        </message>
        <message>
            <source>{rate} % a year</source>
            <translation>{rate} % годовых</translation>
        </message>
        <message>
            <source>Interest rate:</source>
            <translation>Ставка:</translation>
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
        <message>
            <source>Staff...</source>
            <translation>Сотрудники...</translation>
        </message>
        <message>
            <source>Credit repayment...</source>
            <translation>Погашение кредита...</translation>
        </message>
        <message>
            <source>Fiscal documents waiting...</source>
            <translation>Документы, ожидающие ККМ...</translation>
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
            <source>Something went wrong; the details are in the till log.</source>
            <translation>Что-то пошло не так; подробности в журнале кассы.</translation>
        </message>
        <message>
            <source>{what} is not needed for this sale and is not collected.</source>
            <translation>{what}: не нужно для этой продажи и не собирается.</translation>
        </message>
        <message>
            <source>{what} is required for this sale.</source>
            <translation>{what}: обязательно для этой продажи.</translation>
        </message>
        <message>
            <source>Give at least one of: {fields}.</source>
            <translation>Укажите хотя бы одно из: {fields}.</translation>
        </message>
        <message>
            <source>{what} is longer than {n} characters.</source>
            <translation>{what}: длиннее {n} символов.</translation>
        </message>
        <message>
            <source>{what} may hold only letters, spaces and hyphens.</source>
            <translation>{what}: допускаются только буквы, пробелы и дефисы.</translation>
        </message>
        <message>
            <source>The date of birth is not a date: type DD.MM.YYYY.</source>
            <translation>Дата рождения — не дата: введите ДД.ММ.ГГГГ.</translation>
        </message>
        <message>
            <source>The date of birth is in the future.</source>
            <translation>Дата рождения в будущем.</translation>
        </message>
        <message>
            <source>The date of birth is before 1900.</source>
            <translation>Дата рождения раньше 1900 года.</translation>
        </message>
        <message>
            <source>The document's issue date is in the future.</source>
            <translation>Дата выдачи документа в будущем.</translation>
        </message>
        <message>
            <source>The document was issued before the date of birth.</source>
            <translation>Документ выдан раньше даты рождения.</translation>
        </message>
        <message>
            <source>Choose the type of ID document.</source>
            <translation>Выберите вид документа, удостоверяющего личность.</translation>
        </message>
        <message>
            <source>The document number has 5 to 20 Latin letters or digits.</source>
            <translation>В номере документа от 5 до 20 латинских букв или цифр.</translation>
        </message>
        <message>
            <source>This buyer is not in the database.</source>
            <translation>Этого покупателя нет в базе.</translation>
        </message>
        <message>
            <source>This buyer's data was already destroyed on {day}.</source>
            <translation>Данные этого покупателя уже уничтожены {day}.</translation>
        </message>
        <message>
            <source>A buyer with this IIN is already registered: find them and use their record.</source>
            <translation>Покупатель с этим ИИН уже зарегистрирован: найдите его и используйте его запись.</translation>
        </message>
        <message>
            <source>An IIN has exactly 12 digits.</source>
            <translation>В ИИН ровно 12 цифр.</translation>
        </message>
        <message>
            <source>The IIN's check digit is wrong: a digit is mistyped.</source>
            <translation>Неверная контрольная цифра ИИН: где-то опечатка.</translation>
        </message>
        <message>
            <source>The IIN's 7th digit (century and sex) must be 1 to 6.</source>
            <translation>7-я цифра ИИН (век и пол) должна быть от 1 до 6.</translation>
        </message>
        <message>
            <source>The IIN encodes a date of birth that does not exist.</source>
            <translation>ИИН содержит несуществующую дату рождения.</translation>
        </message>
        <message>
            <source>The IIN's century digit does not match the date of birth.</source>
            <translation>Цифра века в ИИН не совпадает с датой рождения.</translation>
        </message>
        <message>
            <source>The IIN does not match the date of birth.</source>
            <translation>ИИН не совпадает с датой рождения.</translation>
        </message>
        <message>
            <source>Give the phone number.</source>
            <translation>Укажите номер телефона.</translation>
        </message>
        <message>
            <source>This is not a phone number.</source>
            <translation>Это не номер телефона.</translation>
        </message>
        <message>
            <source>The phone number is not valid.</source>
            <translation>Неверный номер телефона.</translation>
        </message>
        <message>
            <source>The phone number is not a Kazakhstan number.</source>
            <translation>Номер телефона не казахстанский.</translation>
        </message>
        <message>
            <source>Type the e-mail as name@domain.kz.</source>
            <translation>Введите эл. почту в виде имя@домен.kz.</translation>
        </message>
        <message>
            <source>The amount is not a number.</source>
            <translation>Сумма — не число.</translation>
        </message>
        <message>
            <source>The amount has more than two decimals.</source>
            <translation>В сумме больше двух знаков после запятой.</translation>
        </message>
        <message>
            <source>Line {line} has no name.</source>
            <translation>У строки {line} нет названия.</translation>
        </message>
        <message>
            <source>Line {line}: the quantity must be 1 to {n}.</source>
            <translation>Строка {line}: количество должно быть от 1 до {n}.</translation>
        </message>
        <message>
            <source>Line {line}: the price is out of range.</source>
            <translation>Строка {line}: цена вне допустимых пределов.</translation>
        </message>
        <message>
            <source>The sale total is zero.</source>
            <translation>Итог продажи равен нулю.</translation>
        </message>
        <message>
            <source>An anonymous sale carries no consent.</source>
            <translation>У анонимной продажи нет согласия.</translation>
        </message>
        <message>
            <source>Only a cash payment has an amount tendered.</source>
            <translation>Полученная сумма бывает только при оплате наличными.</translation>
        </message>
        <message>
            <source>This sale ({kind}) needs the bank, the product and the term.</source>
            <translation>Для этой продажи ({kind}) нужны банк, продукт и срок.</translation>
        </message>
        <message>
            <source>Only a credit or installment sale has credit terms.</source>
            <translation>Условия кредита бывают только у продажи в кредит или рассрочку.</translation>
        </message>
        <message>
            <source>This sale is not in the database.</source>
            <translation>Этой продажи нет в базе.</translation>
        </message>
        <message>
            <source>The term must be 1 to 120 months.</source>
            <translation>Срок должен быть от 1 до 120 месяцев.</translation>
        </message>
        <message>
            <source>Nothing is left to finance after the down payment.</source>
            <translation>После первого взноса финансировать нечего.</translation>
        </message>
        <message>
            <source>This credit arrangement is not in the database.</source>
            <translation>Этого кредитного договора нет в базе.</translation>
        </message>
        <message>
            <source>This {kind} is already closed: {status}.</source>
            <translation>Уже закрыто ({kind}): {status}.</translation>
        </message>
        <message>
            <source>The payment must be more than zero and at most what is outstanding.</source>
            <translation>Платёж должен быть больше нуля и не больше остатка долга.</translation>
        </message>
        <message>
            <source>{kind} with {bank} is outstanding ({amount}) until {until}</source>
            <translation>не погашен долг ({kind}, {bank}) — {amount}, до {until}</translation>
        </message>
        <message>
            <source>{kind} with {bank} is outstanding ({amount})</source>
            <translation>не погашен долг ({kind}, {bank}) — {amount}</translation>
        </message>
        <message>
            <source>A product needs a barcode, a name and a price.</source>
            <translation>У товара должны быть штрихкод, название и цена.</translation>
        </message>
        <message>
            <source>A product with barcode {barcode} exists.</source>
            <translation>Товар со штрихкодом {barcode} уже есть.</translation>
        </message>
        <message>
            <source>This sale needs at least one of the buyer's {fields}: take a consent with it.</source>
            <translation>Для продажи нужно хотя бы одно из данных покупателя ({fields}): оформите согласие с ним.</translation>
        </message>
        <message>
            <source>The slip language must be one of: {languages}.</source>
            <translation>Язык бланка — один из: {languages}.</translation>
        </message>
        <message>
            <source>Give the number of the pre-printed consent form.</source>
            <translation>Укажите номер типографского бланка согласия.</translation>
        </message>
        <message>
            <source>This sale needs no personal data, so no consent is taken.</source>
            <translation>Этой продаже не нужны персональные данные, поэтому согласие не оформляется.</translation>
        </message>
        <message>
            <source>This buyer refused processing in writing: no new consent is taken.</source>
            <translation>Покупатель письменно отказался от обработки: новое согласие не оформляется.</translation>
        </message>
        <message>
            <source>This consent slip was already recorded.</source>
            <translation>Этот бланк согласия уже записан.</translation>
        </message>
        <message>
            <source>This consent is not in the database.</source>
            <translation>Этого согласия нет в базе.</translation>
        </message>
        <message>
            <source>The policy version in effect has no text.</source>
            <translation>У действующей версии политики нет текста.</translation>
        </message>
        <message>
            <source>A policy version is 1-64 Latin letters, digits, '.', '_' or '-'.</source>
            <translation>Версия политики — от 1 до 64 латинских букв, цифр, '.', '_' или '-'.</translation>
        </message>
        <message>
            <source>The language must be one of: {languages}.</source>
            <translation>Язык — один из: {languages}.</translation>
        </message>
        <message>
            <source>The policy text is empty.</source>
            <translation>Текст политики пуст.</translation>
        </message>
        <message>
            <source>The policy text is too long.</source>
            <translation>Текст политики слишком длинный.</translation>
        </message>
        <message>
            <source>Policy version {label} ({language}) is already imported.</source>
            <translation>Версия политики {label} ({language}) уже загружена.</translation>
        </message>
        <message>
            <source>Policy version {label} ({language}) was imported with a different text; give the new text a new version.</source>
            <translation>Версия политики {label} ({language}) загружена с другим текстом; дайте новому тексту новую версию.</translation>
        </message>
        <message>
            <source>Policy version {label} is already in effect from {day}.</source>
            <translation>Версия политики {label} уже действует с {day}.</translation>
        </message>
        <message>
            <source>A BIN has exactly 12 digits.</source>
            <translation>В БИН ровно 12 цифр.</translation>
        </message>
        <message>
            <source>The BIN's check digit is wrong.</source>
            <translation>Неверная контрольная цифра БИН.</translation>
        </message>
        <message>
            <source>Give the reference of the buyer's written document.</source>
            <translation>Укажите номер письменного документа покупателя.</translation>
        </message>
        <message>
            <source>The reference is longer than {n} characters.</source>
            <translation>Номер длиннее {n} символов.</translation>
        </message>
        <message>
            <source>This request is not in the database.</source>
            <translation>Этого обращения нет в базе.</translation>
        </message>
        <message>
            <source>Cannot withdraw: {obligation}; consent to credit stays until it is repaid.</source>
            <translation>Отозвать нельзя: {obligation}; согласие на кредит действует до погашения.</translation>
        </message>
        <message>
            <source>The buyer has no consent in force to withdraw.</source>
            <translation>У покупателя нет действующего согласия для отзыва.</translation>
        </message>
        <message>
            <source>Tick at least one purpose, or withdraw all.</source>
            <translation>Отметьте хотя бы одну цель или отзовите все.</translation>
        </message>
        <message>
            <source>Cannot destroy: {obligation}.</source>
            <translation>Уничтожить нельзя: {obligation}.</translation>
        </message>
        <message>
            <source>This buyer refused processing in writing: their data is kept only for the credit.</source>
            <translation>Покупатель письменно отказался от обработки: его данные хранятся только для кредита.</translation>
        </message>
        <message>
            <source>Not collected under the buyer's consents: {fields}. Take a consent for a purpose that needs it.</source>
            <translation>Не собирается по согласиям покупателя: {fields}. Оформите согласие на цель, которой это нужно.</translation>
        </message>
        <message>
            <source>Another buyer is registered with this IIN.</source>
            <translation>С этим ИИН зарегистрирован другой покупатель.</translation>
        </message>
        <message>
            <source>Name the recipient.</source>
            <translation>Укажите получателя.</translation>
        </message>
        <message>
            <source>Say which data is transferred.</source>
            <translation>Укажите, какие данные передаются.</translation>
        </message>
        <message>
            <source>A transfer to a government body needs the legal basis (law, article, request number).</source>
            <translation>Для передачи госоргану нужно правовое основание (закон, статья, номер запроса).</translation>
        </message>
        <message>
            <source>No purpose allows transfers to: {recipient}.</source>
            <translation>Ни одна цель не разрешает передачу: {recipient}.</translation>
        </message>
        <message>
            <source>The buyer refused processing in writing: only their outstanding credit is serviced.</source>
            <translation>Покупатель письменно отказался от обработки: обслуживается только непогашенный кредит.</translation>
        </message>
        <message>
            <source>The buyer has not consented to: {purpose}. No data may go to: {recipient}.</source>
            <translation>Покупатель не дал согласия на: {purpose}. Данные нельзя передавать: {recipient}.</translation>
        </message>
        <message>
            <source>The consent to {purpose} does not cover: {categories}.</source>
            <translation>Согласие на цель «{purpose}» не охватывает: {categories}.</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>Начальная дата позже конечной.</translation>
        </message>
        <message>
            <source>Give the staff member's name.</source>
            <translation>Укажите имя сотрудника.</translation>
        </message>
        <message>
            <source>No such staff member.</source>
            <translation>Такого сотрудника нет.</translation>
        </message>
        <message>
            <source>The change clashes with data already stored (it may have been saved already); nothing was saved.</source>
            <translation>Изменение противоречит уже сохранённым данным (возможно, оно уже сохранено); ничего не сохранено.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation>Диск заполнен: ничего не сохранено. Освободите место и повторите.</translation>
        </message>
        <message>
            <source>The database is busy in another program: nothing was saved. Try again.</source>
            <translation>База данных занята другой программой: ничего не сохранено. Повторите.</translation>
        </message>
        <message>
            <source>The database file is read-only: nothing was saved.</source>
            <translation>Файл базы данных только для чтения: ничего не сохранено.</translation>
        </message>
        <message>
            <source>The database could not save the change: nothing was saved.</source>
            <translation>База данных не смогла сохранить изменение: ничего не сохранено.</translation>
        </message>
        <message>
            <source>There is no till database at {path}: create it with pos init first.</source>
            <translation>По пути {path} нет базы кассы: сначала создайте её командой pos init.</translation>
        </message>
        <message>
            <source>A till database already exists at {path}; it was not touched.</source>
            <translation>По пути {path} уже есть база кассы; она не тронута.</translation>
        </message>
        <message>
            <source>{file} is empty, not a till database.</source>
            <translation>{file} пуст, это не база кассы.</translation>
        </message>
        <message>
            <source>{file} is a plain, unencrypted SQLite file; the till opens only encrypted databases.</source>
            <translation>{file} — обычный незашифрованный файл SQLite; касса открывает только зашифрованные базы.</translation>
        </message>
        <message>
            <source>{file} is truncated or damaged ({size} bytes is not a whole number of pages).</source>
            <translation>{file} обрезан или повреждён ({size} байт — не целое число страниц).</translation>
        </message>
        <message>
            <source>The database was written by a newer version of the app: update the app.</source>
            <translation>База данных записана более новой версией программы: обновите программу.</translation>
        </message>
        <message>
            <source>The database holds tables the app did not create; it was not touched.</source>
            <translation>В базе есть таблицы, созданные не программой; она не тронута.</translation>
        </message>
        <message>
            <source>cannot open {file}: wrong key, or the file is not a till database</source>
            <translation>не удаётся открыть {file}: неверный ключ, или файл не является базой кассы</translation>
        </message>
        <message>
            <source>No database key: set POS_DB_KEY, keep it in the OS keyring, or type it.</source>
            <translation>Нет ключа базы данных: задайте POS_DB_KEY, сохраните его в хранилище ключей ОС или введите.</translation>
        </message>
        <message>
            <source>The disk is full: the key was not changed.</source>
            <translation>Диск заполнен: ключ не изменён.</translation>
        </message>
        <message>
            <source>The key could not be changed.</source>
            <translation>Не удалось изменить ключ.</translation>
        </message>
        <message>
            <source>The re-encrypted copy did not verify; the key was not changed.</source>
            <translation>Перешифрованная копия не прошла проверку; ключ не изменён.</translation>
        </message>
        <message>
            <source>A code is 1-64 Latin letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
            <translation>Код — от 1 до 64 латинских букв, цифр, '.', '_' или '-', начиная с буквы или цифры.</translation>
        </message>
        <message>
            <source>Give the store's name.</source>
            <translation>Укажите название магазина.</translation>
        </message>
        <message>
            <source>This database has no till identity; was it made by pos init?</source>
            <translation>В этой базе нет данных кассы; она создана командой pos init?</translation>
        </message>
        <message>
            <source>This till's store or register is missing from the database.</source>
            <translation>В базе нет магазина или кассового места этой кассы.</translation>
        </message>
        <message>
            <source>Set POS_DB_KEY for the demo till.</source>
            <translation>Задайте POS_DB_KEY для демо-кассы.</translation>
        </message>
        <message>
            <source>Printed: {what}.</source>
            <translation>Напечатано: {what}.</translation>
        </message>
        <message>
            <source>Printed: {what}. Paper is running low.</source>
            <translation>Напечатано: {what}. Бумага заканчивается.</translation>
        </message>
        <message>
            <source>Not printed: {what} ({reason}).</source>
            <translation>Не напечатано: {what} ({reason}).</translation>
        </message>
        <message>
            <source>Not printed: {what} ({reason}). It stays in the print queue.</source>
            <translation>Не напечатано: {what} ({reason}). Документ остаётся в очереди печати.</translation>
        </message>
        <message>
            <source>Dropped from the print queue: {what} ({reason}).</source>
            <translation>Убрано из очереди печати: {what} ({reason}).</translation>
        </message>
        <message>
            <source>The print queue could not be read ({reason}).</source>
            <translation>Не удалось прочитать очередь печати ({reason}).</translation>
        </message>
        <message>
            <source>The document could not be laid out; the details are in the till log.</source>
            <translation>Не удалось сверстать документ; подробности в журнале кассы.</translation>
        </message>
        <message>
            <source>This sale has no credit or installment to summarise.</source>
            <translation>У этой продажи нет кредита или рассрочки для сведений.</translation>
        </message>
        <message>
            <source>Documents are printed in: {languages}.</source>
            <translation>Документы печатаются на языках: {languages}.</translation>
        </message>
        <message>
            <source>The document language is not valid.</source>
            <translation>Недопустимый язык документа.</translation>
        </message>
        <message>
            <source>This print job is not in the queue.</source>
            <translation>Этого задания нет в очереди печати.</translation>
        </message>
        <message>
            <source>The print job names no record.</source>
            <translation>Задание печати не ссылается ни на одну запись.</translation>
        </message>
        <message>
            <source>This print job is no longer waiting.</source>
            <translation>Это задание печати больше не ожидает.</translation>
        </message>
        <message>
            <source>Unknown printer profile '{profile}'.</source>
            <translation>Неизвестный профиль принтера «{profile}».</translation>
        </message>
        <message>
            <source>The paper width must be 58 or 80 mm.</source>
            <translation>Ширина бумаги — 58 или 80 мм.</translation>
        </message>
        <message>
            <source>Code page '{name}' is not one the till can encode.</source>
            <translation>Кодовую страницу «{name}» касса не поддерживает.</translation>
        </message>
        <message>
            <source>The paper width and the timeout must be numbers.</source>
            <translation>Ширина бумаги и тайм-аут должны быть числами.</translation>
        </message>
        <message>
            <source>The printer timeout must be between 0 and 120 seconds.</source>
            <translation>Тайм-аут принтера — от 0 до 120 секунд.</translation>
        </message>
        <message>
            <source>The printer address {url} has no host (use tcp://HOST:9100).</source>
            <translation>В адресе принтера {url} нет хоста (используйте tcp://HOST:9100).</translation>
        </message>
        <message>
            <source>The printer address {url} has a port that is not a number.</source>
            <translation>В адресе принтера {url} порт — не число.</translation>
        </message>
        <message>
            <source>The printer address {url} needs the vendor and product ids in hex (usb://04b8:0202).</source>
            <translation>В адресе принтера {url} нужны коды производителя и модели в шестнадцатеричном виде (usb://04b8:0202).</translation>
        </message>
        <message>
            <source>The printer address {url} names no serial device (serial:///dev/ttyUSB0?baudrate=9600).</source>
            <translation>В адресе принтера {url} не указан последовательный порт (serial:///dev/ttyUSB0?baudrate=9600).</translation>
        </message>
        <message>
            <source>The printer address {url} has a baudrate or stopbits that is not a number.</source>
            <translation>В адресе принтера {url} скорость или стоп-биты — не число.</translation>
        </message>
        <message>
            <source>The printer address {url} names no printer ({scheme}://NAME).</source>
            <translation>В адресе принтера {url} не указан принтер ({scheme}://NAME).</translation>
        </message>
        <message>
            <source>The printer address {url} names no file (file:///path/out.bin).</source>
            <translation>В адресе принтера {url} не указан файл (file:///path/out.bin).</translation>
        </message>
        <message>
            <source>The printer address {url} must start with one of: {schemes}.</source>
            <translation>Адрес принтера {url} должен начинаться с одного из: {schemes}.</translation>
        </message>
        <message>
            <source>Printing over {scheme} needs the {package} package, which is not installed.</source>
            <translation>Для печати через {scheme} нужен пакет {package}, он не установлен.</translation>
        </message>
        <message>
            <source>The printer closed the connection.</source>
            <translation>Принтер закрыл соединение.</translation>
        </message>
        <message>
            <source>Paper ran out during the job.</source>
            <translation>Бумага закончилась во время печати.</translation>
        </message>
        <message>
            <source>The printer is out of paper.</source>
            <translation>В принтере нет бумаги.</translation>
        </message>
        <message>
            <source>The printer is offline (cover open or an error).</source>
            <translation>Принтер не в сети (открыта крышка или ошибка).</translation>
        </message>
        <message>
            <source>The printer refused the connection.</source>
            <translation>Принтер отклонил соединение.</translation>
        </message>
        <message>
            <source>The printer did not answer within {seconds} s.</source>
            <translation>Принтер не ответил за {seconds} с.</translation>
        </message>
        <message>
            <source>The connection was closed during the job.</source>
            <translation>Соединение прервалось во время печати.</translation>
        </message>
        <message>
            <source>Unknown printer host.</source>
            <translation>Неизвестный хост принтера.</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>Printer not found.</source>
            <translation>Принтер не найден.</translation>
        </message>
        <message>
            <source>Printing failed ({error}).</source>
            <translation>Печать не удалась ({error}).</translation>
        </message>
        <message>
            <source>Head office is not set up on this till: the store admin must give its address and the store's credential.</source>
            <translation>Головной офис на этой кассе не настроен: администратор должен указать его адрес и учётные данные магазина.</translation>
        </message>
        <message>
            <source>The head-office address must look like https://host[:port].</source>
            <translation>Адрес головного офиса должен иметь вид https://host[:port].</translation>
        </message>
        <message>
            <source>The head-office address must use https:// (plain http only to this machine).</source>
            <translation>Адрес головного офиса должен использовать https:// (простой http — только к этому компьютеру).</translation>
        </message>
        <message>
            <source>The secure connection to head office failed ({reason}).</source>
            <translation>Не удалось установить защищённое соединение с головным офисом ({reason}).</translation>
        </message>
        <message>
            <source>Head office did not answer the connection in time.</source>
            <translation>Головной офис вовремя не ответил на подключение.</translation>
        </message>
        <message>
            <source>Head office did not answer in time.</source>
            <translation>Головной офис вовремя не ответил.</translation>
        </message>
        <message>
            <source>Head office dropped the connection mid-answer.</source>
            <translation>Головной офис оборвал соединение посреди ответа.</translation>
        </message>
        <message>
            <source>Head office cannot be reached.</source>
            <translation>Головной офис недоступен.</translation>
        </message>
        <message>
            <source>The request to head office failed ({error}).</source>
            <translation>Запрос к головному офису не удался ({error}).</translation>
        </message>
        <message>
            <source>Head office sent an answer the till does not understand.</source>
            <translation>Головной офис прислал ответ, непонятный кассе.</translation>
        </message>
        <message>
            <source>Head office answered {answer}: {reason}.</source>
            <translation>Головной офис ответил {answer}: {reason}.</translation>
        </message>
        <message>
            <source>Head office refused this till's credential: check the token.</source>
            <translation>Головной офис отклонил учётные данные кассы: проверьте токен.</translation>
        </message>
        <message>
            <source>Head office refused: {reason}.</source>
            <translation>Головной офис отказал: {reason}.</translation>
        </message>
        <message>
            <source>Sync failed ({reason}); {n} events wait to be sent.</source>
            <translation>Обмен не удался ({reason}); ожидают отправки: {n}.</translation>
        </message>
        <message>
            <source>'{text}' is not an id (a UUID).</source>
            <translation>«{text}» — не идентификатор (UUID).</translation>
        </message>
        <message>
            <source>Give the head-office address and the token together.</source>
            <translation>Укажите адрес головного офиса вместе с токеном.</translation>
        </message>
        <message>
            <source>No such file: {path}.</source>
            <translation>Нет такого файла: {path}.</translation>
        </message>
        <message>
            <source>{path} is not UTF-8 text.</source>
            <translation>{path} — не текст в UTF-8.</translation>
        </message>
        <message>
            <source>Give at least one of: {options}.</source>
            <translation>Укажите хотя бы один из параметров: {options}.</translation>
        </message>
        <message>
            <source>Give at least one field to correct.</source>
            <translation>Укажите хотя бы одно поле для исправления.</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name.</source>
            <translation>{path} — папка; укажите имя файла.</translation>
        </message>
        <message>
            <source>The numbers of buyers and sales must not be negative.</source>
            <translation>Число покупателей и продаж не может быть отрицательным.</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>не число</translation>
        </message>
        <message>
            <source>at most two decimals</source>
            <translation>не более двух знаков после запятой</translation>
        </message>
        <message>
            <source>a BIN has exactly 12 digits</source>
            <translation>в БИН ровно 12 цифр</translation>
        </message>
        <message>
            <source>the two keys differ</source>
            <translation>ключи не совпадают</translation>
        </message>
        <message>
            <source>the same as the current key</source>
            <translation>совпадает с текущим ключом</translation>
        </message>
        <message>
            <source>the layout failed; see the till log</source>
            <translation>вёрстка не удалась; см. журнал кассы</translation>
        </message>
        <message>
            <source>58 or 80 mm</source>
            <translation>58 или 80 мм</translation>
        </message>
        <message>
            <source>0 to 120 seconds</source>
            <translation>от 0 до 120 секунд</translation>
        </message>
        <message>
            <source>the printer setting is not valid ({reason})</source>
            <translation>настройка принтера неверна ({reason})</translation>
        </message>
        <message>
            <source>Sent: {pushed}; directives received: {pulled}; waiting: {backlog}.</source>
            <translation>Отправлено: {pushed}; получено указаний: {pulled}; ожидает: {backlog}.</translation>
        </message>
        <message>
            <source>Head office refused {n} of them.</source>
            <translation>Головной офис отклонил из них: {n}.</translation>
        </message>
        <message>
            <source>Head office is missing {n} earlier events.</source>
            <translation>В головном офисе не хватает более ранних событий: {n}.</translation>
        </message>
        <message>
            <source>(and {n} more)</source>
            <translation>(и ещё {n})</translation>
        </message>
        <message>
            <source>A retention run is already under way on this till; try again when it has finished.</source>
            <translation>На этой кассе уже идёт проверка сроков хранения; повторите, когда она закончится.</translation>
        </message>
        <message>
            <source>The printer address {url} is outside the print folder {folder}. The store admin can name another print folder.</source>
            <translation>Адрес принтера {url} находится вне папки печати {folder}. Администратор магазина может указать другую папку печати.</translation>
        </message>
        <message>
            <source>The printer address {url} names a file that is not a print output; it was not touched.</source>
            <translation>Адрес принтера {url} указывает на файл, который не является результатом печати; он не изменён.</translation>
        </message>
        <message>
            <source>The print folder {folder} does not exist.</source>
            <translation>Папка печати {folder} не существует.</translation>
        </message>
        <message>
            <source>The print folder {folder} holds the till's own files; name a folder of its own.</source>
            <translation>В папке печати {folder} лежат файлы самой кассы; укажите отдельную папку.</translation>
        </message>
        <message>
            <source>The database is open in another program (the window or pos sync): close it, then change the key. Nothing was changed.</source>
            <translation>База данных открыта в другой программе (окно кассы или pos sync): закройте её, затем смените ключ. Ничего не изменено.</translation>
        </message>
        <message>
            <source>{file} is damaged: {count} page(s) fail their checks ({pages}). The key is right: {good} page(s) open with it. Restore the file from a backup.</source>
            <translation>Файл {file} повреждён: страниц с ошибкой проверки: {count} ({pages}). Ключ верный: он открывает страниц: {good}. Восстановите файл из резервной копии.</translation>
        </message>
        <message>
            <source>{file} is damaged: pages the database needs are missing. The key is right. Restore the file from a backup.</source>
            <translation>Файл {file} повреждён: не хватает нужных базе страниц. Ключ верный. Восстановите файл из резервной копии.</translation>
        </message>
        <message>
            <source>The disk is full; nothing was changed.</source>
            <translation>Диск заполнен; ничего не изменено.</translation>
        </message>
        <message>
            <source>The database key is being changed by another program; try again when it is done.</source>
            <translation>Ключ базы данных сейчас меняет другая программа; повторите, когда она закончит.</translation>
        </message>
        <message>
            <source>No database key was typed; nothing was opened.</source>
            <translation>Ключ базы данных не введён; ничего не открыто.</translation>
        </message>
        <message>
            <source>The database key is too easy to guess: use {n} or more characters, not a usual password, a number or a keyboard run.</source>
            <translation>Ключ базы данных слишком легко угадать: используйте не меньше {n} символов, не обычный пароль, не число и не ряд клавиш подряд.</translation>
        </message>
        <message>
            <source>Too many wrong PINs: sign-in is locked until a store admin unlocks it.</source>
            <translation>Слишком много неверных PIN: вход заблокирован, пока администратор магазина его не разблокирует.</translation>
        </message>
        <message>
            <source>This PIN is among the first anyone would try (repeated digits, a run, a year). Choose another.</source>
            <translation>Такой PIN подбирают первым (одинаковые цифры, цифры подряд, год). Выберите другой.</translation>
        </message>
        <message>
            <source>A PIN is needed.</source>
            <translation>Нужен PIN.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>PIN-коды не совпадают.</translation>
        </message>
        <message>
            <source>More than one staff member has that name: use their id.</source>
            <translation>Это имя у нескольких сотрудников: укажите идентификатор.</translation>
        </message>
        <message>
            <source>The store would be left without a store admin who can sign in.</source>
            <translation>В магазине не останется администратора, который может войти.</translation>
        </message>
        <message>
            <source>A store admin cannot deactivate their own account.</source>
            <translation>Администратор магазина не может отключить собственную учётную запись.</translation>
        </message>
        <message>
            <source>Say who runs this: a staff member's name and PIN.</source>
            <translation>Укажите, кто выполняет действие: имя сотрудника и PIN.</translation>
        </message>
        <message>
            <source>The upgraded database failed its checks ({check}). The copy made before the upgrade is kept as backups/{file}: restore it or call support.</source>
            <translation>Обновлённая база данных не прошла проверку ({check}). Копия, сделанная до обновления, сохранена как backups/{file}: восстановите её или обратитесь в поддержку.</translation>
        </message>
        <message>
            <source>A reference takes a document number and date, not personal data: remove what looks like an IIN or a phone number.</source>
            <translation>Реквизиты — это номер и дата документа, а не персональные данные: уберите то, что похоже на ИИН или номер телефона.</translation>
        </message>
        <message>
            <source>a document reference, not an IIN or a phone number</source>
            <translation>номер и дата документа, а не ИИН или телефон</translation>
        </message>
        <message>
            <source>destruction act</source>
            <translation>акт об уничтожении</translation>
        </message>
        <message>
            <source>Personal data may go only to: {allowed}.</source>
            <translation>Персональные данные можно передавать только: {allowed}.</translation>
        </message>
        <message>
            <source>Type a company name or a document reference, not an IIN, a phone number or an e-mail.</source>
            <translation>Укажите название организации или реквизиты документа, а не ИИН, телефон или эл. почту.</translation>
        </message>
        <message>
            <source>Too long: at most {n} characters.</source>
            <translation>Слишком длинно: не более {n} символов.</translation>
        </message>
        <message>
            <source>Receipt {receipt} is not a delivery sale.</source>
            <translation>Чек {receipt} — не продажа с доставкой.</translation>
        </message>
        <message>
            <source>A delivery is handed over only to: {allowed}.</source>
            <translation>Доставка передаётся только: {allowed}.</translation>
        </message>
        <message>
            <source>The buyer of receipt {receipt} is no longer held; nothing can be handed over.</source>
            <translation>Данные покупателя по чеку {receipt} уже не хранятся; передавать нечего.</translation>
        </message>
        <message>
            <source>Receipt {receipt} was already handed over to {recipient} on {date}.</source>
            <translation>Чек {receipt} уже передан в {recipient} {date}.</translation>
        </message>
        <message>
            <source>No receipt {receipt} at this till.</source>
            <translation>На этой кассе нет чека {receipt}.</translation>
        </message>
        <message>
            <source>{text} is not a receipt number (e.g. 42 or ALM-01/1/42).</source>
            <translation>{text} — не номер чека (например, 42 или ALM-01/1/42).</translation>
        </message>
        <message>
            <source>a company or document reference, not personal data</source>
            <translation>организация или реквизиты документа, не персональные данные</translation>
        </message>
        <message>
            <source>at most {n} characters</source>
            <translation>не более {n} символов</translation>
        </message>
        <message>
            <source>{text} is not a period: give a month as YYYY-MM or an ISO week as YYYY-Www (e.g. 2026-10, 2026-W42).</source>
            <translation>{text} — не период: укажите месяц как ГГГГ-ММ или неделю ISO как ГГГГ-Wнн (например, 2026-10, 2026-W42).</translation>
        </message>
        <message>
            <source>Statistics are exported for a whole month or ISO week only; {first} to {last} is not one.</source>
            <translation>Статистика выгружается только за целый месяц или неделю ISO; период с {first} по {last} не таков.</translation>
        </message>
        <message>
            <source>{period} is not over yet (it ends on {last}): its figures would still change.</source>
            <translation>Период {period} ещё не закончился (он заканчивается {last}): его показатели ещё изменятся.</translation>
        </message>
        <message>
            <source>{period} partly overlaps {other}, already exported; export periods of the kind already used.</source>
            <translation>Период {period} частично пересекается с уже выгруженным {other}; выгружайте периоды того вида, что уже используется.</translation>
        </message>
        <message>
            <source>The recipient is too long: at most {n} characters.</source>
            <translation>Получатель слишком длинный: не более {n} символов.</translation>
        </message>
        <message>
            <source>Name the recipient organisation; a long number does not belong here.</source>
            <translation>Укажите организацию-получателя; длинному номеру здесь не место.</translation>
        </message>
        <message>
            <source>Receipt {receipt} is another buyer's sale.</source>
            <translation>Чек {receipt} — продажа другому покупателю.</translation>
        </message>
        <message>
            <source>staff access list</source>
            <translation>список доступа сотрудников</translation>
        </message>
        <message>
            <source>There is no incident {incident}.</source>
            <translation>Инцидента {incident} нет.</translation>
        </message>
        <message>
            <source>Incident {incident} is closed; nothing more can be recorded on it.</source>
            <translation>Инцидент {incident} закрыт; в него больше ничего нельзя записать.</translation>
        </message>
        <message>
            <source>Fill in {name}.</source>
            <translation>Заполните поле {name}.</translation>
        </message>
        <message>
            <source>{name} is longer than {limit} characters.</source>
            <translation>Поле {name} длиннее {limit} символов.</translation>
        </message>
        <message>
            <source>{text} is not a time; type it as 2026-11-27 15:30.</source>
            <translation>{text} — не время; введите его как 2026-11-27 15:30.</translation>
        </message>
        <message>
            <source>The {name} time is in the future.</source>
            <translation>Время {name} ещё не наступило.</translation>
        </message>
        <message>
            <source>No person responsible for personal data is set; the store admin sets one in settings.</source>
            <translation>Ответственный за обработку персональных данных не назначен; администратор магазина указывает его в настройках.</translation>
        </message>
        <message>
            <source>Fill in the responsible person's {name}.</source>
            <translation>Заполните у ответственного лица поле {name}.</translation>
        </message>
        <message>
            <source>{path} already exists; choose a new file name.</source>
            <translation>{path} уже существует; выберите другое имя файла.</translation>
        </message>
        <message>
            <source>Sign in first: only a staff member may see buyers' data.</source>
            <translation>Сначала войдите: данные покупателей видит только сотрудник.</translation>
        </message>
        <message>
            <source>Head office's directives are applied only by the till's sync.</source>
            <translation>Распоряжения головного офиса применяет только синхронизация кассы.</translation>
        </message>
        <message>
            <source>Head office holds {n} of them with other content: they stay unsent; tell head office.</source>
            <translation>Головной офис хранит {n} из них с другим содержимым: они остаются неотправленными; сообщите в головной офис.</translation>
        </message>
        <message>
            <source>Head office says this till's audit log lost entries it had recorded: run `pos check` and tell head office.</source>
            <translation>Головной офис сообщает, что из журнала аудита этой кассы пропали записи, которые он уже зафиксировал: выполните `pos check` и сообщите в головной офис.</translation>
        </message>
        <message>
            <source>Printed: {what}. This printer does not report its status, so running out of paper cannot be detected.</source>
            <translation>Напечатано: {what}. Этот принтер не сообщает своё состояние, поэтому окончание бумаги не будет замечено.</translation>
        </message>
        <message>
            <source>The printer did not answer the status query within {seconds} s. If it never answers status queries, add ?status=0 to its address to print without asking.</source>
            <translation>Принтер не ответил на запрос состояния за {seconds} с. Если он никогда не отвечает на такие запросы, добавьте ?status=0 к его адресу, чтобы печатать без запроса.</translation>
        </message>
        <message>
            <source>The printer's network cannot be reached: check its cable or Wi-Fi.</source>
            <translation>Сеть принтера недоступна: проверьте кабель или Wi-Fi.</translation>
        </message>
        <message>
            <source>The till is not allowed to use the printer's device.</source>
            <translation>У кассы нет доступа к устройству принтера.</translation>
        </message>
        <message>
            <source>The printer's device is not there: is it plugged in, on the right port?</source>
            <translation>Устройство принтера не найдено: подключено ли оно и к тому ли порту?</translation>
        </message>
        <message>
            <source>The printer's device is busy with another program.</source>
            <translation>Устройство принтера занято другой программой.</translation>
        </message>
        <message>
            <source>Line {line}: the weight must be in kilograms to the gram, more than 0 and at most {n}.</source>
            <translation>Строка {line}: вес указывается в килограммах с точностью до грамма, больше 0 и не более {n}.</translation>
        </message>
        <message>
            <source>The discount must be a percent from 0 to 100 (e.g. 10%) or an amount in tenge above zero.</source>
            <translation>Скидка — это процент от 0 до 100 (например, 10%) или сумма в тенге больше нуля.</translation>
        </message>
        <message>
            <source>The discount {amount} is more than line {line} costs ({base}); a discount never takes a line below zero.</source>
            <translation>Скидка {amount} больше стоимости строки {line} ({base}); скидка не может сделать строку отрицательной.</translation>
        </message>
        <message>
            <source>The receipt discount {amount} is more than the receipt costs ({base}).</source>
            <translation>Скидка на чек {amount} больше суммы чека ({base}).</translation>
        </message>
        <message>
            <source>A discount of {share} is above this store's limit of {limit}: a sales manager's PIN approves it.</source>
            <translation>Скидка {share} выше лимита магазина {limit}: нужен PIN менеджера по продажам.</translation>
        </message>
        <message>
            <source>That PIN is not an active sales manager's of this store.</source>
            <translation>Этот PIN не принадлежит действующему менеджеру по продажам этого магазина.</translation>
        </message>
        <message>
            <source>A discount needs a reason.</source>
            <translation>Укажите причину скидки.</translation>
        </message>
        <message>
            <source>The reason is too long (at most {n} characters) or holds a number that looks like an IIN or a phone.</source>
            <translation>Причина слишком длинная (не более {n} символов) или содержит номер, похожий на ИИН или телефон.</translation>
        </message>
        <message>
            <source>The discount limit must be a percent from 0 to 100.</source>
            <translation>Лимит скидки — процент от 0 до 100.</translation>
        </message>
        <message>
            <source>Nothing imported: {count} bad rows: {rows}</source>
            <translation>Ничего не загружено: ошибочных строк — {count}: {rows}</translation>
        </message>
        <message>
            <source>Cannot read the price list {path}.</source>
            <translation>Не удалось прочитать прайс-лист {path}.</translation>
        </message>
        <message>
            <source>No product on sale with barcode or code {barcode}.</source>
            <translation>Нет товара в продаже со штрихкодом или кодом {barcode}.</translation>
        </message>
        <message>
            <source>Product {barcode} goes on sale at {at}.</source>
            <translation>Товар {barcode} поступит в продажу {at}.</translation>
        </message>
        <message>
            <source>Give at least one bank and one product.</source>
            <translation>Укажите хотя бы один банк и один продукт.</translation>
        </message>
        <message>
            <source>A line of the list is empty.</source>
            <translation>Строка списка пуста.</translation>
        </message>
        <message>
            <source>A name in the list is longer than {n} characters.</source>
            <translation>Название в списке длиннее {n} символов.</translation>
        </message>
        <message>
            <source>credit summary</source>
            <translation>сведения о кредите</translation>
        </message>
        <message>
            <source>The rate of {product} must be a percent from 0 to 100, e.g. 24.9.</source>
            <translation>Ставка продукта {product} должна быть в процентах от 0 до 100, например 24,9.</translation>
        </message>
        <message>
            <source>A weighed-goods label layout needs 2-digit prefixes, and code and weight digits adding up to 10.</source>
            <translation>Формат весовой этикетки: префиксы из 2 цифр, а цифры кода и веса в сумме дают 10.</translation>
        </message>
        <message>
            <source>repayment receipt</source>
            <translation>квитанция о погашении</translation>
        </message>
        <message>
            <source>Give a payment: cash, card or both.</source>
            <translation>Укажите оплату: наличные, карта или обе.</translation>
        </message>
        <message>
            <source>{kind} is not paid at the till: only cash and card make up a sale.</source>
            <translation>{kind} не оплачивается на кассе: продажу составляют только наличные и карта.</translation>
        </message>
        <message>
            <source>{method} is given twice: a sale takes at most one cash and one card payment.</source>
            <translation>{method} указано дважды: в продаже не больше одной оплаты наличными и одной картой.</translation>
        </message>
        <message>
            <source>The card amount must be more than zero and no more than the total; cash pays the rest.</source>
            <translation>Сумма по карте должна быть больше нуля и не больше итога; остаток — наличными.</translation>
        </message>
        <message>
            <source>A card-only payment pays the whole total; add cash for the rest.</source>
            <translation>Оплата только картой покрывает весь итог; остаток добавьте наличными.</translation>
        </message>
        <message>
            <source>The card pays the whole total: leave the cash empty.</source>
            <translation>Карта оплачивает весь итог: оставьте наличные пустыми.</translation>
        </message>
        <message>
            <source>The card reference is the terminal's approval code (6 letters or digits) or RRN (12 digits).</source>
            <translation>Код операции — код авторизации терминала (6 букв или цифр) или RRN (12 цифр).</translation>
        </message>
        <message>
            <source>{text} is not BARCODE or BARCODE:QTY.</source>
            <translation>{text} — не ШТРИХКОД или ШТРИХКОД:КОЛ-ВО.</translation>
        </message>
        <message>
            <source>{text} is not cash[:T] or card[:T[:RRN]].</source>
            <translation>{text} — не cash[:T] или card[:T[:RRN]].</translation>
        </message>
        <message>
            <source>No product with barcode {barcode}.</source>
            <translation>Нет товара со штрихкодом {barcode}.</translation>
        </message>
        <message>
            <source>That held sale is no longer there (resumed or removed).</source>
            <translation>Этой отложенной продажи больше нет (её продолжили или удалили).</translation>
        </message>
        <message>
            <source>An empty sale cannot be held.</source>
            <translation>Пустую продажу нельзя отложить.</translation>
        </message>
        <message>
            <source>Pick at least one line and a quantity to return.</source>
            <translation>Выберите хотя бы одну строку и количество для возврата.</translation>
        </message>
        <message>
            <source>Receipt {receipt} has no line {line}.</source>
            <translation>В чеке {receipt} нет строки {line}.</translation>
        </message>
        <message>
            <source>Line {line}: at most {n} can still be returned.</source>
            <translation>Строка {line}: можно вернуть не больше {n}.</translation>
        </message>
        <message>
            <source>Give the reason for the return.</source>
            <translation>Укажите причину возврата.</translation>
        </message>
        <message>
            <source>The reason is longer than {n} characters.</source>
            <translation>Причина длиннее {n} символов.</translation>
        </message>
        <message>
            <source>The sale was {days} days ago: after {limit} days a sales manager's PIN and a reason are needed.</source>
            <translation>Продажа была {days} дн. назад: после {limit} дней нужны PIN менеджера по продажам и причина.</translation>
        </message>
        <message>
            <source>A late return is approved by a sales manager or a store admin.</source>
            <translation>Поздний возврат разрешает менеджер по продажам или администратор магазина.</translation>
        </message>
        <message>
            <source>Give the reason for accepting a late return.</source>
            <translation>Укажите причину, по которой принимается поздний возврат.</translation>
        </message>
        <message>
            <source>No such return.</source>
            <translation>Такого возврата нет.</translation>
        </message>
        <message>
            <source>Receipt {receipt} is not from this shift.</source>
            <translation>Чек {receipt} не из этой смены.</translation>
        </message>
        <message>
            <source>return receipt</source>
            <translation>чек возврата</translation>
        </message>
        <message>
            <source>return act</source>
            <translation>акт возврата</translation>
        </message>
        <message>
            <source>No sales manager of this store has that PIN.</source>
            <translation>Ни у одного менеджера по продажам этого магазина нет такого PIN.</translation>
        </message>
        <message>
            <source>delivery slip</source>
            <translation>лист доставки</translation>
        </message>
        <message>
            <source>No shift is open on this register: open the shift first (Shift menu, Shift+F1).</source>
            <translation>На этой кассе нет открытой смены: сначала откройте смену (меню «Смена», Shift+F1).</translation>
        </message>
        <message>
            <source>Shift {number} is already open on this register.</source>
            <translation>Смена {number} на этой кассе уже открыта.</translation>
        </message>
        <message>
            <source>Shift {number} has been open {hours} hours: no more sales in it. Close the shift (Z report) and open a new one.</source>
            <translation>Смена {number} открыта уже {hours} часа: продажи в ней больше невозможны. Закройте смену (Z-отчёт) и откройте новую.</translation>
        </message>
        <message>
            <source>The amount must be between 0 and 100 000 000 tenge.</source>
            <translation>Сумма должна быть от 0 до 100 000 000 тенге.</translation>
        </message>
        <message>
            <source>The amount must be above zero.</source>
            <translation>Сумма должна быть больше нуля.</translation>
        </message>
        <message>
            <source>Give the reason.</source>
            <translation>Укажите основание.</translation>
        </message>
        <message>
            <source>That is more cash than the drawer should hold.</source>
            <translation>Это больше наличных, чем должно быть в кассе.</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>X-отчёт</translation>
        </message>
        <message>
            <source>Z report</source>
            <translation>Z-отчёт</translation>
        </message>
        <message>
            <source>cash slip</source>
            <translation>чек внесения/изъятия</translation>
        </message>
        <message>
            <source>The cash register service refused the till's login (error {kkm}); the store admin checks the fiscal settings.</source>
            <translation>Сервис кассы отклонил вход кассы (ошибка {kkm}); администратор магазина проверяет фискальные настройки.</translation>
        </message>
        <message>
            <source>The cash register is not found, blocked or not activated (error {kkm}).</source>
            <translation>Касса не найдена, заблокирована или не активирована (ошибка {kkm}).</translation>
        </message>
        <message>
            <source>The cash register has not that much cash (error {kkm}).</source>
            <translation>В кассе нет такой суммы наличных (ошибка {kkm}).</translation>
        </message>
        <message>
            <source>The cash register refused the document (error {kkm}); it waits for a fix.</source>
            <translation>Касса отклонила документ (ошибка {kkm}); он ждёт исправления.</translation>
        </message>
        <message>
            <source>The shift is open for more than 24 hours (error {kkm}): close it first.</source>
            <translation>Смена открыта больше 24 часов (ошибка {kkm}): сначала закройте её.</translation>
        </message>
        <message>
            <source>The cash register has no open shift (error {kkm}): open a shift.</source>
            <translation>В кассе нет открытой смены (ошибка {kkm}): откройте смену.</translation>
        </message>
        <message>
            <source>The cash register already has this document (error {kkm}).</source>
            <translation>Этот документ уже есть в кассе (ошибка {kkm}).</translation>
        </message>
        <message>
            <source>The cash register has been offline for more than 72 hours (error {kkm}).</source>
            <translation>Касса работает без связи больше 72 часов (ошибка {kkm}).</translation>
        </message>
        <message>
            <source>The cash register has no such document (error {kkm}).</source>
            <translation>В кассе нет такого документа (ошибка {kkm}).</translation>
        </message>
        <message>
            <source>The cash register refused the document (error {kkm}).</source>
            <translation>Касса отклонила документ (ошибка {kkm}).</translation>
        </message>
        <message>
            <source>{name} is not a fiscal provider; use {allowed}.</source>
            <translation>{name} — не фискальный провайдер; используйте {allowed}.</translation>
        </message>
        <message>
            <source>The fiscal {name} is not set; the store admin sets it.</source>
            <translation>Фискальный параметр {name} не задан; его задаёт администратор магазина.</translation>
        </message>
        <message>
            <source>The fiscal {name} is not in the keyring or the environment ({variable}).</source>
            <translation>Фискальный {name} не найден ни в хранилище ключей, ни в окружении ({variable}).</translation>
        </message>
        <message>
            <source>Too many wrong manager PINs: approvals by PIN are locked until {until}. A store admin can unlock them.</source>
            <translation>Слишком много неверных PIN-кодов менеджера: подтверждение по PIN-коду заблокировано до {until}. Администратор магазина может снять блокировку.</translation>
        </message>
        <message>
            <source>Too many wrong manager PINs: approvals by PIN are locked until a store admin unlocks them.</source>
            <translation>Слишком много неверных PIN-кодов менеджера: подтверждение по PIN-коду заблокировано, пока администратор магазина не снимет блокировку.</translation>
        </message>
        <message>
            <source>A repayment is paid in cash or by card, not {method}.</source>
            <translation>Погашение принимается наличными или картой, а не «{method}».</translation>
        </message>
        <message>
            <source>The cash register service cannot be reached; documents wait.</source>
            <translation>Сервис кассы недоступен; документы ждут отправки.</translation>
        </message>
        <message>
            <source>The cash register refused the cash out: only {in_box} in the box. The cash out is not counted.</source>
            <translation>Касса отказала в изъятии: в кассе только {in_box}. Изъятие не учтено.</translation>
        </message>
        <message>
            <source>The cash register refused the cash out: not enough cash in the box. The cash out is not counted.</source>
            <translation>Касса отказала в изъятии: в кассе недостаточно наличных. Изъятие не учтено.</translation>
        </message>
        <message>
            <source>The cash register refused: only {in_box} in the box.</source>
            <translation>Касса отказала: в кассе только {in_box}.</translation>
        </message>
        <message>
            <source>The cash register refused: not enough cash in the box.</source>
            <translation>Касса отказала: в кассе недостаточно наличных.</translation>
        </message>
        <message>
            <source>{text} is not a number of pieces: this product is sold by the piece, type a whole number from 1 to {n}.</source>
            <translation>{text} — не число штук: этот товар продаётся поштучно, введите целое число от 1 до {n}.</translation>
        </message>
        <message>
            <source>{text} is not a weight: type kilograms to the gram, e.g. 0,750 or 1.25 (more than 0, at most {n}).</source>
            <translation>{text} — не вес: введите килограммы с точностью до грамма, например 0,750 или 1,25 (больше 0, не более {n}).</translation>
        </message>
    </context>
    <context>
        <name>ProductEntry</name>
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
    </context>
    <context>
        <name>RefusalTab</name>
        <message>
            <source>Written refusal recorded. Print the confirmation for the buyer.</source>
            <translation>Письменный отказ записан. Напечатайте подтверждение для покупателя.</translation>
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
            <source>Print confirmation</source>
            <translation>Печать подтверждения</translation>
        </message>
        <message>
            <source>Personal data destroyed. Destroy {n} signed paper slip(s) numbered as in the confirmation, and print the destruction act.</source>
            <translation>Персональные данные уничтожены. Уничтожьте подписанные бумажные согласия ({n}) с номерами из подтверждения и распечатайте акт об уничтожении.</translation>
        </message>
        <message>
            <source>Document number and date, e.g. No. 15 of 01.03.2026 (no name, IIN or phone)</source>
            <translation>Номер и дата документа, напр. № 15 от 01.03.2026 (без имени, ИИН и телефона)</translation>
        </message>
        <message>
            <source>Print destruction act</source>
            <translation>Печать акта об уничтожении</translation>
        </message>
    </context>
    <context>
        <name>ReportTab</name>
        <message>
            <source>Building the report...</source>
            <translation>Отчёт формируется...</translation>
        </message>
        <message>
            <source>Access report ready; the request is recorded as answered.</source>
            <translation>Отчёт готов; обращение записано как исполненное.</translation>
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
            <source>Access report</source>
            <translation>Отчёт о данных</translation>
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
            <source>Printing...</source>
            <translation>Печать...</translation>
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
            <source>Close (Esc)</source>
            <translation>Закрыть (Esc)</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Передачи данных</translation>
        </message>
    </context>
    <context>
        <name>SaleScreen</name>
        <message>
            <source>Added: {name}</source>
            <translation>Добавлено: {name}</translation>
        </message>
        <message>
            <source>Change: {amount}</source>
            <translation>Сдача: {amount}</translation>
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
            <source>Open sale</source>
            <translation>Открытая продажа</translation>
        </message>
        <message>
            <source>A sale is open. Hold it to finish later, or cancel it?</source>
            <translation>Продажа не завершена. Отложить её, чтобы закончить позже, или отменить?</translation>
        </message>
        <message>
            <source>Hold it</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <source>Cancel the sale</source>
            <translation>Отменить продажу</translation>
        </message>
        <message>
            <source>Go back to it</source>
            <translation>Вернуться к ней</translation>
        </message>
        <message>
            <source>Cancel the open sale? Its lines are dropped; nothing was recorded.</source>
            <translation>Отменить открытую продажу? Её строки будут удалены; ничего не записано.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Оставить</translation>
        </message>
        <message>
            <source>The sale was cancelled.</source>
            <translation>Продажа отменена.</translation>
        </message>
        <message>
            <source>The sale is held: Ctrl+Shift+H brings it back.</source>
            <translation>Продажа отложена: Ctrl+Shift+H вернёт её.</translation>
        </message>
        <message>
            <source>The held sale is back.</source>
            <translation>Отложенная продажа возвращена.</translation>
        </message>
        <message>
            <source>Return No. {number} recorded.</source>
            <translation>Возврат № {number} записан.</translation>
        </message>
        <message>
            <source>Choose a line first: the quantity is the chosen line's.</source>
            <translation>Сначала выберите строку: количество меняется у выбранной строки.</translation>
        </message>
        <message>
            <source>{name}: {quantity}</source>
            <translation>{name}: {quantity}</translation>
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
        <message>
            <source>Type the printer address first.</source>
            <translation>Сначала введите адрес принтера.</translation>
        </message>
        <message>
            <source>Printing the test page on {url}...</source>
            <translation>Печать тестовой страницы на {url}...</translation>
        </message>
        <message>
            <source>80 mm</source>
            <translation>80 мм</translation>
        </message>
        <message>
            <source>58 mm</source>
            <translation>58 мм</translation>
        </message>
        <message>
            <source>POS_PRINTER is set: the till prints on {url}, whatever the address below says. The test print uses the address below.</source>
            <translation>Задана переменная POS_PRINTER: касса печатает на {url}, независимо от адреса ниже. Тестовая печать идёт на адрес ниже.</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Кредит</translation>
        </message>
        <message>
            <source>The partner banks and bank products a credit or installment sale offers. One bank per line; one product per line with its annual interest rate in percent after a colon (0 for an installment plan), e.g. standard: 24.9</source>
            <translation>Банки-партнёры и банковские продукты для продаж в кредит и рассрочку. Один банк в строке; один продукт в строке с годовой ставкой в процентах после двоеточия (0 для рассрочки), например standard: 24,9</translation>
        </message>
        <message>
            <source>Partner banks:</source>
            <translation>Банки-партнёры:</translation>
        </message>
        <message>
            <source>Bank products:</source>
            <translation>Банковские продукты:</translation>
        </message>
        <message>
            <source>Partner banks, one per line</source>
            <translation>Банки-партнёры, по одному в строке</translation>
        </message>
        <message>
            <source>Bank products with their rates</source>
            <translation>Банковские продукты со ставками</translation>
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
            <source>Printer: ready, paper running low</source>
            <translation>Принтер: готов, бумага заканчивается</translation>
        </message>
        <message>
            <source>Printer: {state}</source>
            <translation>Принтер: {state}</translation>
        </message>
        <message>
            <source>Retention: running</source>
            <translation>Сроки хранения: идёт проверка</translation>
        </message>
        <message>
            <source>Retention: never run</source>
            <translation>Сроки хранения: ни разу не проверялись</translation>
        </message>
        <message>
            <source>Retention: today {time}</source>
            <translation>Сроки хранения: сегодня {time}</translation>
        </message>
        <message>
            <source>Retention: {when}</source>
            <translation>Сроки хранения: {when}</translation>
        </message>
        <message>
            <source>{text}, overdue</source>
            <translation>{text}, просрочено</translation>
        </message>
        <message>
            <source>Last run {when}: {expired} purposes expired, {destroyed} buyers destroyed, {errors} errors</source>
            <translation>Последняя проверка {when}: истекло целей: {expired}, уничтожено покупателей: {destroyed}, ошибок: {errors}</translation>
        </message>
        <message>
            <source>It stopped early: {reason}</source>
            <translation>Прервана: {reason}</translation>
        </message>
        <message>
            <source>No printer set</source>
            <translation>Принтер не задан</translation>
        </message>
        <message>
            <source>Fiscal: training mode, receipts are not fiscal</source>
            <translation>ККМ: учебный режим, чеки не фискальные</translation>
        </message>
        <message>
            <source>Fiscal: {n} waiting, oldest {minutes} min</source>
            <translation>ККМ: ждут отправки {n}, старейший {minutes} мин</translation>
        </message>
        <message>
            <source>Fiscal: all sent</source>
            <translation>ККМ: всё отправлено</translation>
        </message>
        <message>
            <source>shift open {hours} h of 24: close it (Z)</source>
            <translation>смена открыта {hours} ч из 24: закройте её (Z)</translation>
        </message>
        <message>
            <source>offline {hours} h of 72</source>
            <translation>без связи {hours} ч из 72</translation>
        </message>
    </context>
    <context>
        <name>TenderPanel</name>
        <message>
            <source>Credit and installment sales are for sales managers.</source>
            <translation>Кредит и рассрочку оформляет менеджер по продажам.</translation>
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
            <source>Cancel sale (Ctrl+Del)</source>
            <translation>Отменить продажу (Ctrl+Del)</translation>
        </message>
        <message>
            <source>Cancel the open sale</source>
            <translation>Отменить открытую продажу</translation>
        </message>
        <message>
            <source>Card part:</source>
            <translation>Картой:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Amount paid by card</source>
            <translation>Сумма, оплаченная картой</translation>
        </message>
        <message>
            <source>Terminal code / RRN:</source>
            <translation>Код терминала / RRN:</translation>
        </message>
        <message>
            <source>Card terminal approval code or RRN</source>
            <translation>Код авторизации терминала или RRN</translation>
        </message>
    </context>
    <context>
        <name>WithdrawTab</name>
        <message>
            <source>Withdrawing...</source>
            <translation>Отзыв согласия...</translation>
        </message>
        <message>
            <source>Consent withdrawn. Print the confirmation for the buyer.</source>
            <translation>Согласие отозвано. Напечатайте подтверждение для покупателя.</translation>
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
            <source>Personal data destroyed. Destroy {n} signed paper slip(s) numbered as in the confirmation, and print the destruction act.</source>
            <translation>Персональные данные уничтожены. Уничтожьте подписанные бумажные согласия ({n}) с номерами из подтверждения и распечатайте акт об уничтожении.</translation>
        </message>
        <message>
            <source>Document number and date, e.g. No. 15 of 01.03.2026 (no name, IIN or phone)</source>
            <translation>Номер и дата документа, напр. № 15 от 01.03.2026 (без имени, ИИН и телефона)</translation>
        </message>
        <message>
            <source>Print destruction act</source>
            <translation>Печать акта об уничтожении</translation>
        </message>
        <message>
            <source>Print the refusal for the buyer (reason and until when).</source>
            <translation>Распечатайте отказ для покупателя (причина и срок).</translation>
        </message>
    </context>
    <context>
        <name>TransfersTab</name>
        <message>
            <source>legal basis: {basis}</source>
            <translation>правовое основание: {basis}</translation>
        </message>
        <message>
            <source>No transfers recorded.</source>
            <translation>Передач не зарегистрировано.</translation>
        </message>
        <message>
            <source>Recording the hand-over...</source>
            <translation>Регистрируем передачу...</translation>
        </message>
        <message>
            <source>Legal basis (law, article, request number):</source>
            <translation>Правовое основание (закон, статья, номер запроса):</translation>
        </message>
        <message>
            <source>Contract or request reference (optional):</source>
            <translation>Номер договора или запроса (необязательно):</translation>
        </message>
        <message>
            <source>Recording the transfer...</source>
            <translation>Регистрируем передачу данных...</translation>
        </message>
        <message>
            <source>Recorded in the disclosure register: {recipient}, {name}.</source>
            <translation>Записано в реестр передач: {recipient}, {name}.</translation>
        </message>
        <message>
            <source>Personal data leaves the store only to couriers and postal services, partner banks, insurers, counterparties under contract and authorized government bodies. Each transfer is recorded here and shown in the buyer's access report.</source>
            <translation>Персональные данные передаются только курьерским и почтовым службам, банкам-партнёрам, страховым компаниям, контрагентам по договору и уполномоченным государственным органам. Каждая передача регистрируется здесь и показывается в отчёте покупателю.</translation>
        </message>
        <message>
            <source>Deliveries waiting for a carrier:</source>
            <translation>Доставки, ожидающие перевозчика:</translation>
        </message>
        <message>
            <source>Deliveries waiting for a carrier</source>
            <translation>Доставки, ожидающие перевозчика</translation>
        </message>
        <message>
            <source>Carrier:</source>
            <translation>Перевозчик:</translation>
        </message>
        <message>
            <source>Company name, e.g. Kazpost</source>
            <translation>Название компании, например Казпочта</translation>
        </message>
        <message>
            <source>Carrier company</source>
            <translation>Компания-перевозчик</translation>
        </message>
        <message>
            <source>Postal service</source>
            <translation>Почтовая служба</translation>
        </message>
        <message>
            <source>The carrier is a postal service</source>
            <translation>Перевозчик — почтовая служба</translation>
        </message>
        <message>
            <source>Hand over to carrier</source>
            <translation>Передать перевозчику</translation>
        </message>
        <message>
            <source>Record another transfer:</source>
            <translation>Зарегистрировать другую передачу:</translation>
        </message>
        <message>
            <source>Recipient:</source>
            <translation>Получатель:</translation>
        </message>
        <message>
            <source>Recipient category</source>
            <translation>Категория получателя</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>Company or authority</source>
            <translation>Организация или орган</translation>
        </message>
        <message>
            <source>Recipient name</source>
            <translation>Название получателя</translation>
        </message>
        <message>
            <source>A document reference, not personal data (no IIN or phone)</source>
            <translation>Реквизиты документа, не персональные данные (без ИИН и телефона)</translation>
        </message>
        <message>
            <source>Legal basis reference</source>
            <translation>Правовое основание</translation>
        </message>
        <message>
            <source>Data transferred:</source>
            <translation>Передаваемые данные:</translation>
        </message>
        <message>
            <source>Record transfer</source>
            <translation>Зарегистрировать передачу</translation>
        </message>
        <message>
            <source>Transfers recorded for this buyer:</source>
            <translation>Передачи данных этого покупателя:</translation>
        </message>
        <message>
            <source>Transfers recorded for this buyer</source>
            <translation>Передачи данных этого покупателя</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>active</source>
            <translation>действует</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>отключён</translation>
        </message>
        <message>
            <source>locked until a store admin unlocks</source>
            <translation>заблокирован до разблокировки администратором</translation>
        </message>
        <message>
            <source>locked until {time}</source>
            <translation>заблокирован до {time}</translation>
        </message>
        <message>
            <source>no PIN: cannot sign in</source>
            <translation>нет PIN-кода: войти нельзя</translation>
        </message>
        <message>
            <source>can sign in</source>
            <translation>может войти</translation>
        </message>
        <message>
            <source>Choose a staff member in the list.</source>
            <translation>Выберите сотрудника в списке.</translation>
        </message>
        <message>
            <source>Adding...</source>
            <translation>Добавление...</translation>
        </message>
        <message>
            <source>{name} added as {role}; they can sign in with their PIN now.</source>
            <translation>{name}: добавлен(а), роль: {role}; теперь можно войти со своим PIN-кодом.</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Ничего не изменилось.</translation>
        </message>
        <message>
            <source>{name} is now {role}.</source>
            <translation>{name}: новая роль: {role}.</translation>
        </message>
        <message>
            <source>New PIN set for {name}.</source>
            <translation>{name}: новый PIN-код установлен.</translation>
        </message>
        <message>
            <source>{name} can sign in again.</source>
            <translation>{name}: снова может войти.</translation>
        </message>
        <message>
            <source>Deactivate a staff member</source>
            <translation>Отключение сотрудника</translation>
        </message>
        <message>
            <source>Deactivate {name}? They will no longer be able to sign in.</source>
            <translation>Отключить сотрудника {name}? Войти в кассу он(а) больше не сможет.</translation>
        </message>
        <message>
            <source>This cannot be undone; the history is kept.</source>
            <translation>Это нельзя отменить; история сохраняется.</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Отключить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>{name} was deactivated.</source>
            <translation>{name}: сотрудник отключён.</translation>
        </message>
        <message>
            <source>No printing in this window.</source>
            <translation>В этом окне печать недоступна.</translation>
        </message>
        <message>
            <source>Printing the staff access list...</source>
            <translation>Печать списка доступа сотрудников...</translation>
        </message>
        <message>
            <source>The staff access list was saved to {file} in the exports folder.</source>
            <translation>Список доступа сотрудников сохранён в файл {file} в папке exports.</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Сотрудники</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Учётная запись</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Вход</translation>
        </message>
        <message>
            <source>Staff members</source>
            <translation>Сотрудники</translation>
        </message>
        <message>
            <source>Chosen staff member</source>
            <translation>Выбранный сотрудник</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Роль:</translation>
        </message>
        <message>
            <source>New PIN:</source>
            <translation>Новый PIN-код:</translation>
        </message>
        <message>
            <source>Repeat the PIN:</source>
            <translation>Повторите PIN-код:</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Новый PIN-код</translation>
        </message>
        <message>
            <source>Repeat the new PIN</source>
            <translation>Повторите новый PIN-код</translation>
        </message>
        <message>
            <source>Change the role</source>
            <translation>Сменить роль</translation>
        </message>
        <message>
            <source>Set the new PIN</source>
            <translation>Установить новый PIN-код</translation>
        </message>
        <message>
            <source>Unlock sign-in</source>
            <translation>Разблокировать вход</translation>
        </message>
        <message>
            <source>Deactivate...</source>
            <translation>Отключить...</translation>
        </message>
        <message>
            <source>Add a staff member</source>
            <translation>Добавить сотрудника</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Имя:</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>&amp;Роль:</translation>
        </message>
        <message>
            <source>PI&amp;N:</source>
            <translation>PIN-&amp;код:</translation>
        </message>
        <message>
            <source>Repea&amp;t the PIN:</source>
            <translation>По&amp;вторите PIN-код:</translation>
        </message>
        <message>
            <source>Role of the new staff member</source>
            <translation>Роль нового сотрудника</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-код</translation>
        </message>
        <message>
            <source>Repeat the PIN</source>
            <translation>Повторите PIN-код</translation>
        </message>
        <message>
            <source>4 to 8 digits</source>
            <translation>4–8 цифр</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Print the access list</source>
            <translation>Печать списка доступа</translation>
        </message>
        <message>
            <source>Export the access list (CSV)</source>
            <translation>Выгрузить список доступа (CSV)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Закрыть (Esc)</translation>
        </message>
        <message>
            <source>Your own role and account are changed by another store admin.</source>
            <translation>Свою роль и учётную запись меняет другой администратор магазина.</translation>
        </message>
        <message>
            <source>Sales managers can approve by PIN again.</source>
            <translation>Менеджеры по продажам снова могут подтверждать по PIN-коду.</translation>
        </message>
        <message>
            <source>Unlock manager PIN approvals</source>
            <translation>Разблокировать подтверждение PIN-кодом менеджера</translation>
        </message>
    </context>
    <context>
        <name>CreditPaymentDialog</name>
        <message>
            <source>A receipt number has only digits.</source>
            <translation>Номер чека состоит только из цифр.</translation>
        </message>
        <message>
            <source>Reading...</source>
            <translation>Загрузка...</translation>
        </message>
        <message>
            <source>Nothing outstanding for receipt No. {n}.</source>
            <translation>По чеку № {n} нет непогашенного долга.</translation>
        </message>
        <message>
            <source>No credit or installment is outstanding.</source>
            <translation>Непогашенных кредитов и рассрочек нет.</translation>
        </message>
        <message>
            <source>Choose the credit or installment first.</source>
            <translation>Сначала выберите кредит или рассрочку.</translation>
        </message>
        <message>
            <source>Recording the repayment...</source>
            <translation>Погашение записывается...</translation>
        </message>
        <message>
            <source>Repayment of {amount} recorded; outstanding {left}.</source>
            <translation>Погашение на {amount} записано; остаток долга {left}.</translation>
        </message>
        <message>
            <source>Credit repayment</source>
            <translation>Погашение кредита</translation>
        </message>
        <message>
            <source>Receipt No.:</source>
            <translation>Чек №:</translation>
        </message>
        <message>
            <source>Receipt number of the sale</source>
            <translation>Номер чека продажи</translation>
        </message>
        <message>
            <source>all outstanding</source>
            <translation>все непогашенные</translation>
        </message>
        <message>
            <source>Find (Enter)</source>
            <translation>Найти (Enter)</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Чек</translation>
        </message>
        <message>
            <source>Sold on</source>
            <translation>Дата продажи</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Bank and product</source>
            <translation>Банк и продукт</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Ежемесячно</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>Остаток</translation>
        </message>
        <message>
            <source>Outstanding credits and installments</source>
            <translation>Непогашенные кредиты и рассрочки</translation>
        </message>
        <message>
            <source>Amount paid, ₸:</source>
            <translation>Внесённая сумма, ₸:</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Внесённая сумма</translation>
        </message>
        <message>
            <source>Whole outstanding (F6)</source>
            <translation>Весь остаток (F6)</translation>
        </message>
        <message>
            <source>Take the payment (Enter)</source>
            <translation>Принять платёж (Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Закрыть (Esc)</translation>
        </message>
        <message>
            <source>Paid in:</source>
            <translation>Способ оплаты:</translation>
        </message>
        <message>
            <source>How the repayment is paid</source>
            <translation>Как оплачено погашение</translation>
        </message>
    </context>
    <context>
        <name>AmountDisplay</name>
        <message>
            <source>Due</source>
            <translation>К оплате</translation>
        </message>
        <message>
            <source>Tendered</source>
            <translation>Получено</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Сдача</translation>
        </message>
    </context>
    <context>
        <name>HeldSalesDialog</name>
        <message>
            <source>{time}: {n} lines, {total}</source>
            <translation>{time}: строк {n}, {total}</translation>
        </message>
        <message>
            <source>No sale is held.</source>
            <translation>Отложенных продаж нет.</translation>
        </message>
        <message>
            <source>Held sales</source>
            <translation>Отложенные продажи</translation>
        </message>
        <message>
            <source>&amp;Held sales (Enter resumes):</source>
            <translation>&amp;Отложенные продажи (Enter — продолжить):</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Продолжить</translation>
        </message>
    </context>
    <context>
        <name>ReprintDialog</name>
        <message>
            <source>No. {number}, {time}: {total}, {payment}</source>
            <translation>№ {number}, {time}: {total}, {payment}</translation>
        </message>
        <message>
            <source>No receipt in this shift yet.</source>
            <translation>В этой смене ещё нет чеков.</translation>
        </message>
        <message>
            <source>No printer is set.</source>
            <translation>Принтер не настроен.</translation>
        </message>
        <message>
            <source>Printing a copy...</source>
            <translation>Печать копии...</translation>
        </message>
        <message>
            <source>Reprint a receipt</source>
            <translation>Повторная печать чека</translation>
        </message>
        <message>
            <source>&amp;Receipts of this shift (Enter prints a COPY):</source>
            <translation>&amp;Чеки этой смены (Enter печатает КОПИЮ):</translation>
        </message>
        <message>
            <source>Print copy</source>
            <translation>Печать копии</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Looking for the receipt...</source>
            <translation>Поиск чека...</translation>
        </message>
        <message>
            <source>Receipt {ref}: {total}, {payments}; sold {days} days ago.</source>
            <translation>Чек {ref}: {total}, {payments}; продан {days} дн. назад.</translation>
        </message>
        <message>
            <source>Quantity to return, line {n}</source>
            <translation>Количество к возврату, строка {n}</translation>
        </message>
        <message>
            <source>{n}. {name}: sold {sold}, can return {left}</source>
            <translation>{n}. {name}: продано {sold}, можно вернуть {left}</translation>
        </message>
        <message>
            <source>Type the quantities to return and the reason.</source>
            <translation>Введите количество к возврату и причину.</translation>
        </message>
        <message>
            <source>Recording the return...</source>
            <translation>Запись возврата...</translation>
        </message>
        <message>
            <source>Return No. {number} recorded: {total} ({refunds}).</source>
            <translation>Возврат № {number} записан: {total} ({refunds}).</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Возврат</translation>
        </message>
        <message>
            <source>&amp;Receipt (scan or type its number):</source>
            <translation>&amp;Чек (отсканируйте или введите номер):</translation>
        </message>
        <message>
            <source>Receipt number or code</source>
            <translation>Номер или код чека</translation>
        </message>
        <message>
            <source>42 or ALM-01/1/42</source>
            <translation>42 или ALM-01/1/42</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Найти</translation>
        </message>
        <message>
            <source>Lines of the receipt</source>
            <translation>Строки чека</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation>&amp;Причина:</translation>
        </message>
        <message>
            <source>Reason for the return</source>
            <translation>Причина возврата</translation>
        </message>
        <message>
            <source>Card refund code / RRN:</source>
            <translation>Код возврата на карту / RRN:</translation>
        </message>
        <message>
            <source>Card terminal code of the refund</source>
            <translation>Код терминала для возврата на карту</translation>
        </message>
        <message>
            <source>Late return: sales manager's approval</source>
            <translation>Поздний возврат: разрешение менеджера по продажам</translation>
        </message>
        <message>
            <source>Sales manager's name</source>
            <translation>Имя менеджера по продажам</translation>
        </message>
        <message>
            <source>PIN:</source>
            <translation>PIN:</translation>
        </message>
        <message>
            <source>Sales manager's PIN</source>
            <translation>PIN менеджера по продажам</translation>
        </message>
        <message>
            <source>Why it is accepted:</source>
            <translation>Почему принимается:</translation>
        </message>
        <message>
            <source>Reason for accepting a late return</source>
            <translation>Причина принятия позднего возврата</translation>
        </message>
        <message>
            <source>Record return (Ctrl+Enter)</source>
            <translation>Записать возврат (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Закрыть (Esc)</translation>
        </message>
        <message>
            <source>Sales manager (name, if asked):</source>
            <translation>Менеджер по продажам (имя, если нужно):</translation>
        </message>
        <message>
            <source>Sold more than %1 days ago: a sales manager types their PIN and the reason.</source>
            <translation>Продано более %1 дн. назад: менеджер по продажам вводит свой PIN и причину.</translation>
        </message>
    </context>
    <context>
        <name>_PickDialog</name>
        <message>
            <source>Close (Esc)</source>
            <translation>Закрыть (Esc)</translation>
        </message>
    </context>
    <context>
        <name>DiscountDialog</name>
        <message>
            <source>Above {limit} a sales manager's PIN approves the discount.</source>
            <translation>Скидку выше {limit} подтверждает PIN менеджера по продажам.</translation>
        </message>
        <message>
            <source>The discount is more than the line costs ({amount}).</source>
            <translation>Скидка больше стоимости строки ({amount}).</translation>
        </message>
        <message>
            <source>The discount is more than the receipt costs ({amount}).</source>
            <translation>Скидка больше суммы чека ({amount}).</translation>
        </message>
        <message>
            <source>This discount is above the store's limit: a sales manager types their PIN.</source>
            <translation>Скидка выше лимита магазина: менеджер по продажам вводит свой PIN.</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Акция</translation>
        </message>
        <message>
            <source>Damaged packaging</source>
            <translation>Повреждённая упаковка</translation>
        </message>
        <message>
            <source>Price match</source>
            <translation>Цена конкурента</translation>
        </message>
        <message>
            <source>Regular customer</source>
            <translation>Постоянный покупатель</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Скидка</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;На что:</translation>
        </message>
        <message>
            <source>&amp;Discount:</source>
            <translation>&amp;Скидка:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Причина:</translation>
        </message>
        <message>
            <source>Manager's &amp;PIN:</source>
            <translation>&amp;PIN менеджера:</translation>
        </message>
        <message>
            <source>The whole receipt</source>
            <translation>Весь чек</translation>
        </message>
        <message>
            <source>Line {n}: {name}</source>
            <translation>Строка {n}: {name}</translation>
        </message>
        <message>
            <source>10% or 500</source>
            <translation>10% или 500</translation>
        </message>
        <message>
            <source>Discount, a percent or an amount in tenge</source>
            <translation>Скидка: процент или сумма в тенге</translation>
        </message>
        <message>
            <source>Sales manager's PIN</source>
            <translation>PIN менеджера по продажам</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <source>Remove discount</source>
            <translation>Убрать скидку</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>AmountDialog</name>
        <message>
            <source>Change float top-up</source>
            <translation>Пополнение размена</translation>
        </message>
        <message>
            <source>Cash returned from the bank</source>
            <translation>Возврат наличных из банка</translation>
        </message>
        <message>
            <source>Bank collection</source>
            <translation>Инкассация</translation>
        </message>
        <message>
            <source>Store expenses</source>
            <translation>Хозяйственные расходы</translation>
        </message>
        <message>
            <source>Change for another register</source>
            <translation>Размен для другой кассы</translation>
        </message>
        <message>
            <source>Open shift</source>
            <translation>Открыть смену</translation>
        </message>
        <message>
            <source>Count the cash in the drawer (the float) and type the amount.</source>
            <translation>Пересчитайте наличные в кассе (размен) и введите сумму.</translation>
        </message>
        <message>
            <source>Float, tenge</source>
            <translation>Размен, тенге</translation>
        </message>
        <message>
            <source>Cash in</source>
            <translation>Внесение наличных</translation>
        </message>
        <message>
            <source>Cash put into the drawer, and why.</source>
            <translation>Наличные, вносимые в кассу, и основание.</translation>
        </message>
        <message>
            <source>Amount, tenge</source>
            <translation>Сумма, тенге</translation>
        </message>
        <message>
            <source>Put in</source>
            <translation>Внести</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>Изъятие наличных</translation>
        </message>
        <message>
            <source>Cash taken from the drawer, and why.</source>
            <translation>Наличные, изымаемые из кассы, и основание.</translation>
        </message>
        <message>
            <source>Take out</source>
            <translation>Изъять</translation>
        </message>
        <message>
            <source>Close shift</source>
            <translation>Закрыть смену</translation>
        </message>
        <message>
            <source>Count all the cash in the drawer and type the amount. The expected amount and any difference are shown on the Z report after closing.</source>
            <translation>Пересчитайте все наличные в кассе и введите сумму. Ожидаемая сумма и расхождение будут показаны в Z-отчёте после закрытия.</translation>
        </message>
        <message>
            <source>Counted cash, tenge</source>
            <translation>Пересчитано наличных, тенге</translation>
        </message>
        <message>
            <source>Close shift (Z)</source>
            <translation>Закрыть смену (Z)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Основание</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>ShiftMenu</name>
        <message>
            <source>S&amp;hift</source>
            <translation>С&amp;мена</translation>
        </message>
        <message>
            <source>Open shift...</source>
            <translation>Открыть смену...</translation>
        </message>
        <message>
            <source>Cash in...</source>
            <translation>Внесение...</translation>
        </message>
        <message>
            <source>Cash out...</source>
            <translation>Изъятие...</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>X-отчёт</translation>
        </message>
        <message>
            <source>Close shift (Z report)...</source>
            <translation>Закрыть смену (Z-отчёт)...</translation>
        </message>
        <message>
            <source>Cash in: {amount} (shift {n}).</source>
            <translation>Внесено: {amount} (смена {n}).</translation>
        </message>
        <message>
            <source>Cash out: {amount} (shift {n}).</source>
            <translation>Изъято: {amount} (смена {n}).</translation>
        </message>
        <message>
            <source>Shift {n} opened with a float of {amount}.</source>
            <translation>Смена {n} открыта, размен {amount}.</translation>
        </message>
        <message>
            <source>Shift {n} closed.</source>
            <translation>Смена {n} закрыта.</translation>
        </message>
    </context>
    <context>
        <name>ShiftReportDialog</name>
        <message>
            <source>Z report</source>
            <translation>Z-отчёт</translation>
        </message>
        <message>
            <source>Shift {n} closed. Counted {counted}: no difference.</source>
            <translation>Смена {n} закрыта. Пересчитано {counted}: расхождений нет.</translation>
        </message>
        <message>
            <source>Shift {n} closed. Counted {counted}: short by {diff}.</source>
            <translation>Смена {n} закрыта. Пересчитано {counted}: недостача {diff}.</translation>
        </message>
        <message>
            <source>Shift {n} closed. Counted {counted}: over by {diff}.</source>
            <translation>Смена {n} закрыта. Пересчитано {counted}: излишек {diff}.</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>X-отчёт</translation>
        </message>
        <message>
            <source>Shift {n}: expected in the drawer {expected}.</source>
            <translation>Смена {n}: должно быть в кассе {expected}.</translation>
        </message>
        <message>
            <source>Print again</source>
            <translation>Напечатать ещё раз</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>No printer is set up.</source>
            <translation>Принтер не настроен.</translation>
        </message>
    </context>
    <context>
        <name>ShiftStatus</name>
        <message>
            <source>No shift open</source>
            <translation>Смена не открыта</translation>
        </message>
        <message>
            <source>Shift {n} open {h} h {m:02d} min: no more sales, close it (Z)</source>
            <translation>Смена {n} открыта {h} ч {m:02d} мин: продажи запрещены, закройте её (Z)</translation>
        </message>
        <message>
            <source>Shift {n} open {h} h {m:02d} min: close it before 24 h</source>
            <translation>Смена {n} открыта {h} ч {m:02d} мин: закройте до 24 ч</translation>
        </message>
        <message>
            <source>Shift {n} open {h} h {m:02d} min</source>
            <translation>Смена {n} открыта {h} ч {m:02d} мин</translation>
        </message>
    </context>
    <context>
        <name>FiscalDialog</name>
        <message>
            <source>{n} documents wait for the cash register.</source>
            <translation>Документов, ожидающих ККМ: {n}.</translation>
        </message>
        <message>
            <source>Nothing waits: every document is fiscalized.</source>
            <translation>Ничего не ожидает: все документы фискализированы.</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Продажа</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Возврат</translation>
        </message>
        <message>
            <source>Cash in</source>
            <translation>Внесение</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>Изъятие</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>X-отчёт</translation>
        </message>
        <message>
            <source>Z report</source>
            <translation>Z-отчёт</translation>
        </message>
        <message>
            <source>Shift status</source>
            <translation>Состояние смены</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} ч {minutes} мин</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} мин</translation>
        </message>
        <message>
            <source>Held for a fix: {reason}</source>
            <translation>Ждёт исправления: {reason}</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Ещё не отправлен</translation>
        </message>
        <message>
            <source>The cash register gave no reason.</source>
            <translation>ККМ не указала причину.</translation>
        </message>
        <message>
            <source>The cash register said: {reason}</source>
            <translation>Ответ ККМ: {reason}</translation>
        </message>
        <message>
            <source>Sending to the cash register...</source>
            <translation>Отправка в ККМ...</translation>
        </message>
        <message>
            <source>The documents could not be sent; they wait.</source>
            <translation>Документы не удалось отправить; они ожидают.</translation>
        </message>
        <message>
            <source>Sent: {n}. A document held for a fix stops the queue.</source>
            <translation>Отправлено: {n}. Документ, ждущий исправления, останавливает очередь.</translation>
        </message>
        <message>
            <source>Sent: {n}.</source>
            <translation>Отправлено: {n}.</translation>
        </message>
        <message>
            <source>Back in the queue; it is sent with the next send.</source>
            <translation>Документ снова в очереди; он уйдёт со следующей отправкой.</translation>
        </message>
        <message>
            <source>Fiscal documents waiting</source>
            <translation>Документы, ожидающие ККМ</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Создан</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Ожидает</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Попытки</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Последняя ошибка</translation>
        </message>
        <message>
            <source>Send now</source>
            <translation>Отправить сейчас</translation>
        </message>
        <message>
            <source>Retry after fix</source>
            <translation>Повторить после исправления</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
</TS>
