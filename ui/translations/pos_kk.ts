<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en_US">
    <context>
        <name>BuyerForm</name>
        <message>
            <source>(choose)</source>
            <translation>(таңдаңыз)</translation>
        </message>
        <message>
            <source>DD.MM.YYYY</source>
            <translation>КК.АА.ЖЖЖЖ</translation>
        </message>
        <message>
            <source>12 digits</source>
            <translation>12 сан</translation>
        </message>
    </context>
    <context>
        <name>BuyerPanel</name>
        <message>
            <source>No buyer: an anonymous sale.</source>
            <translation>Сатып алушысыз: анонимді сату.</translation>
        </message>
        <message>
            <source>Consents: {purposes}</source>
            <translation>Келісімдер: {purposes}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <source>Policy changed: a new consent is needed.</source>
            <translation>Саясат өзгерді: жаңа келісім қажет.</translation>
        </message>
        <message>
            <source>Refused processing in writing: anonymous sales only.</source>
            <translation>Өңдеуден жазбаша бас тартқан: тек анонимді сату.</translation>
        </message>
        <message>
            <source>Outstanding {kind} with {bank}</source>
            <translation>Өтелмеген: {kind}, {bank}</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Сатып алушы</translation>
        </message>
        <message>
            <source>New buyer (F9)</source>
            <translation>Жаңа сатып алушы (F9)</translation>
        </message>
        <message>
            <source>New buyer</source>
            <translation>Жаңа сатып алушы</translation>
        </message>
        <message>
            <source>No buyer</source>
            <translation>Сатып алушысыз</translation>
        </message>
        <message>
            <source>Remove the buyer from the sale</source>
            <translation>Сатып алушыны сатудан алып тастау</translation>
        </message>
        <message>
            <source>Chosen buyer</source>
            <translation>Таңдалған сатып алушы</translation>
        </message>
    </context>
    <context>
        <name>BuyerSearch</name>
        <message>
            <source>Nobody found.</source>
            <translation>Ешкім табылмады.</translation>
        </message>
        <message>
            <source>Up or Down to choose, Enter to open.</source>
            <translation>Көрсеткілермен таңдаңыз, Enter — ашу.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(атысыз)</translation>
        </message>
        <message>
            <source>new consent needed</source>
            <translation>жаңа келісім қажет</translation>
        </message>
        <message>
            <source>IIN, phone, last 4 digits or name</source>
            <translation>ЖСН, телефон, соңғы 4 сан немесе аты</translation>
        </message>
        <message>
            <source>Find a buyer</source>
            <translation>Сатып алушыны табу</translation>
        </message>
        <message>
            <source>Buyers found</source>
            <translation>Табылған сатып алушылар</translation>
        </message>
    </context>
    <context>
        <name>CartLines</name>
        <message>
            <source>Total: {amount}</source>
            <translation>Барлығы: {amount}</translation>
        </message>
        <message>
            <source>Sale lines</source>
            <translation>Сату жолдары</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Тауар</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Саны</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Бағасы</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>Сомасы</translation>
        </message>
        <message>
            <source>Remove line (Del)</source>
            <translation>Жолды өшіру (Del)</translation>
        </message>
        <message>
            <source>Remove the chosen line</source>
            <translation>Таңдалған жолды өшіру</translation>
        </message>
        <message>
            <source>Total: {amount} (discounts {discount})</source>
            <translation>Барлығы: {amount} (жеңілдіктер {discount})</translation>
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
            <translation>Өзгертілді: бланкті қайта қараңыз (F2).</translation>
        </message>
        <message>
            <source>Check the marked fields.</source>
            <translation>Белгіленген өрістерді тексеріңіз.</translation>
        </message>
        <message>
            <source>Checking...</source>
            <translation>Тексерілуде...</translation>
        </message>
        <message>
            <source>The buyer signs the pre-printed form; then press Buyer signed (F4).</source>
            <translation>Сатып алушы бланкке қол қояды; содан соң «Сатып алушы қол қойды» (F4) басыңыз.</translation>
        </message>
        <message>
            <source>Print the slip (F3) for the buyer to sign.</source>
            <translation>Сатып алушы қол қоюы үшін бланкті басып шығарыңыз (F3).</translation>
        </message>
        <message>
            <source>Printing the slip...</source>
            <translation>Бланк басылуда...</translation>
        </message>
        <message>
            <source>When the buyer has signed, press Buyer signed (F4).</source>
            <translation>Сатып алушы қол қойғанда, «Сатып алушы қол қойды» (F4) басыңыз.</translation>
        </message>
        <message>
            <source>Print again (F3), or use a pre-printed form and type its number.</source>
            <translation>Қайта басыңыз (F3) немесе қағаз бланкті алып, нөмірін енгізіңіз.</translation>
        </message>
        <message>
            <source>Recording the consent...</source>
            <translation>Келісім жазылуда...</translation>
        </message>
        <message>
            <source>Consent to personal data processing</source>
            <translation>Дербес деректерді өңдеуге келісім</translation>
        </message>
        <message>
            <source>Purposes the buyer consents to</source>
            <translation>Сатып алушы келісім беретін мақсаттар</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>қалау бойынша</translation>
        </message>
        <message>
            <source>required for this sale</source>
            <translation>осы сату үшін міндетті</translation>
        </message>
        <message>
            <source>New buyer: only the fields this sale needs.</source>
            <translation>Жаңа сатып алушы: тек осы сатуға қажет өрістер.</translation>
        </message>
        <message>
            <source>{name}: the data this sale needs in addition.</source>
            <translation>{name}: осы сатуға қосымша қажет деректер.</translation>
        </message>
        <message>
            <source>{name}: the data held covers this sale; only the consent is needed.</source>
            <translation>{name}: деректер жеткілікті, тек келісім қажет.</translation>
        </message>
        <message>
            <source>Slip language:</source>
            <translation>Бланк тілі:</translation>
        </message>
        <message>
            <source>Slip language</source>
            <translation>Бланк тілі</translation>
        </message>
        <message>
            <source>Print the slip for signing</source>
            <translation>Қол қоюға бланк басып шығару</translation>
        </message>
        <message>
            <source>Pre-printed form No.:</source>
            <translation>Қағаз бланк №:</translation>
        </message>
        <message>
            <source>Pre-printed form number</source>
            <translation>Қағаз бланктің нөмірі</translation>
        </message>
        <message>
            <source>Slip preview</source>
            <translation>Келісім бланкі</translation>
        </message>
        <message>
            <source>Preview (F2)</source>
            <translation>Қарау (F2)</translation>
        </message>
        <message>
            <source>Print slip (F3)</source>
            <translation>Басып шығару (F3)</translation>
        </message>
        <message>
            <source>Buyer signed (F4)</source>
            <translation>Қол қойды (F4)</translation>
        </message>
        <message>
            <source>Buyer refused (F8)</source>
            <translation>Бас тартты (F8)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Болдырмау (Esc)</translation>
        </message>
        <message>
            <source>The buyer refused? Everything typed is wiped.</source>
            <translation>Сатып алушы бас тартты ма? Енгізілгеннің бәрі өшіріледі.</translation>
        </message>
        <message>
            <source>Close the consent? Everything typed is wiped.</source>
            <translation>Келісімді жабу керек пе? Енгізілгеннің бәрі өшіріледі.</translation>
        </message>
        <message>
            <source>Wipe and close</source>
            <translation>Өшіріп, жабу</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Артқа қайту</translation>
        </message>
    </context>
    <context>
        <name>CorrectTab</name>
        <message>
            <source>Check the marked fields.</source>
            <translation>Белгіленген өрістерді тексеріңіз.</translation>
        </message>
        <message>
            <source>Corrected; the audit names the fields changed, not their values.</source>
            <translation>Түзетілді; журналда өрістердің атаулары ғана, мәндерсіз.</translation>
        </message>
        <message>
            <source>Correct what the buyer shows is wrong; the new values are checked like new data.</source>
            <translation>Сатып алушы қате деп көрсеткенді түзетіңіз; жаңа мәндер жаңа деректер сияқты тексеріледі.</translation>
        </message>
        <message>
            <source>Save correction</source>
            <translation>Түзетуді сақтау</translation>
        </message>
    </context>
    <context>
        <name>CreditPanel</name>
        <message>
            <source>Monthly payment: {amount}</source>
            <translation>Ай сайынғы төлем: {amount}</translation>
        </message>
        <message>
            <source>Credit or installment terms</source>
            <translation>Несие немесе бөліп төлеу шарттары</translation>
        </message>
        <message>
            <source>Partner bank:</source>
            <translation>Серіктес банк:</translation>
        </message>
        <message>
            <source>Bank product:</source>
            <translation>Банк өнімі:</translation>
        </message>
        <message>
            <source>Term, months:</source>
            <translation>Мерзімі, ай:</translation>
        </message>
        <message>
            <source>Down payment, ₸:</source>
            <translation>Бастапқы жарна, ₸:</translation>
        </message>
        <message>
            <source>Bank form No.:</source>
            <translation>Банк өтінішінің №:</translation>
        </message>
        <message>
            <source>Partner bank</source>
            <translation>Серіктес банк</translation>
        </message>
        <message>
            <source>Bank product</source>
            <translation>Банк өнімі</translation>
        </message>
        <message>
            <source>Term in months</source>
            <translation>Мерзімі, айлармен</translation>
        </message>
        <message>
            <source>Down payment</source>
            <translation>Бастапқы жарна</translation>
        </message>
        <message>
            <source>Bank form number</source>
            <translation>Банк өтінішінің нөмірі</translation>
        </message>
        <message>
            <source>Payment schedule</source>
            <translation>Төлем кестесі</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сомасы</translation>
        </message>
        <message>
            <source>not in the store's list: as the bank's contract says</source>
            <translation>дүкен тізімінде жоқ: банк шарты бойынша</translation>
        </message>
        <message>
            <source>{rate} % a year</source>
            <translation>жылдық {rate} %</translation>
        </message>
        <message>
            <source>Interest rate:</source>
            <translation>Мөлшерлеме:</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Sale (receipts, warranty, returns)</source>
            <translation>Сату (чектер, кепілдік, қайтару)</translation>
        </message>
        <message>
            <source>Delivery (courier and postal services)</source>
            <translation>Жеткізу (курьерлер мен пошта)</translation>
        </message>
        <message>
            <source>Credit (partner banks, credit bureaus)</source>
            <translation>Несие (серіктес банктер, кредиттік бюро)</translation>
        </message>
        <message>
            <source>Insurance (partner insurers)</source>
            <translation>Сақтандыру (серіктес сақтандырушылар)</translation>
        </message>
        <message>
            <source>Offers and statistics (marketing)</source>
            <translation>Ұсыныстар мен статистика (маркетинг)</translation>
        </message>
        <message>
            <source>sale</source>
            <translation>сату</translation>
        </message>
        <message>
            <source>delivery</source>
            <translation>жеткізу</translation>
        </message>
        <message>
            <source>credit</source>
            <translation>несие</translation>
        </message>
        <message>
            <source>insurance</source>
            <translation>сақтандыру</translation>
        </message>
        <message>
            <source>marketing</source>
            <translation>маркетинг</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Қолма-қол</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Карта</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Несие</translation>
        </message>
        <message>
            <source>Installment</source>
            <translation>Бөліп төлеу</translation>
        </message>
        <message>
            <source>cashier</source>
            <translation>кассир</translation>
        </message>
        <message>
            <source>sales manager</source>
            <translation>сату менеджері</translation>
        </message>
        <message>
            <source>store admin</source>
            <translation>дүкен әкімшісі</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Тегі</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Аты</translation>
        </message>
        <message>
            <source>Patronymic</source>
            <translation>Әкесінің аты</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Эл. пошта</translation>
        </message>
        <message>
            <source>Delivery address</source>
            <translation>Жеткізу мекенжайы</translation>
        </message>
        <message>
            <source>Registration address</source>
            <translation>Тіркелген мекенжайы</translation>
        </message>
        <message>
            <source>ID document</source>
            <translation>Құжат</translation>
        </message>
        <message>
            <source>Document number</source>
            <translation>Құжат нөмірі</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Кім берген</translation>
        </message>
        <message>
            <source>ID card</source>
            <translation>Жеке куәлік</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Төлқұжат</translation>
        </message>
        <message>
            <source>Residence permit</source>
            <translation>Тұруға ықтиярхат</translation>
        </message>
        <message>
            <source>Stateless person's certificate</source>
            <translation>Азаматтығы жоқ адамның куәлігі</translation>
        </message>
        <message>
            <source>requested</source>
            <translation>сұралды</translation>
        </message>
        <message>
            <source>given</source>
            <translation>берілді</translation>
        </message>
        <message>
            <source>renewed</source>
            <translation>жаңартылды</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>бас тартылды</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>кері қайтарылды</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>мерзімі өтті</translation>
        </message>
        <message>
            <source>invalidated</source>
            <translation>жарамсыз</translation>
        </message>
        <message>
            <source>cash sale</source>
            <translation>қолма-қол сату</translation>
        </message>
        <message>
            <source>installment</source>
            <translation>бөліп төлеу</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>No one can sign in at this till yet: a store admin adds staff with a PIN (pos staff add NAME --role ROLE).</source>
            <translation>Бұл кассаға әзірге ешкім кіре алмайды: дүкен әкімшісі қызметкерлерді PIN-кодпен қосады (pos staff add NAME --role ROLE).</translation>
        </message>
        <message>
            <source>Choose your name in the list.</source>
            <translation>Тізімнен өзіңізді таңдаңыз.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>PIN-кодты енгізіңіз.</translation>
        </message>
        <message>
            <source>Checking the PIN...</source>
            <translation>PIN-код тексерілуде...</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Кіру</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Сіз кімсіз?</translation>
        </message>
        <message>
            <source>Staff members</source>
            <translation>Қызметкерлер</translation>
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
            <translation>4–8 сан, содан соң Enter</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Тіл:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Тіл</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Nothing waits to be printed.</source>
            <translation>Басып шығару кезегі бос.</translation>
        </message>
        <message>
            <source>Till</source>
            <translation>Касса</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Мәзір</translation>
        </message>
        <message>
            <source>&amp;Till</source>
            <translation>&amp;Касса</translation>
        </message>
        <message>
            <source>&amp;Buyer</source>
            <translation>&amp;Сатып алушы</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Тіл</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Шығу</translation>
        </message>
        <message>
            <source>Print what is waiting</source>
            <translation>Кезекті басып шығару</translation>
        </message>
        <message>
            <source>Settings...</source>
            <translation>Баптаулар...</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Бағдарламаны жабу</translation>
        </message>
        <message>
            <source>Buyer's rights...</source>
            <translation>Сатып алушы құқықтары...</translation>
        </message>
        <message>
            <source>Staff...</source>
            <translation>Қызметкерлер...</translation>
        </message>
        <message>
            <source>Credit repayment...</source>
            <translation>Несиені өтеу...</translation>
        </message>
        <message>
            <source>Fiscal documents waiting...</source>
            <translation>ККМ-ді күтіп тұрған құжаттар...</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>not needed for this sale</source>
            <translation>осы сатуға қажет емес</translation>
        </message>
        <message>
            <source>required for this sale</source>
            <translation>осы сату үшін міндетті</translation>
        </message>
        <message>
            <source>give a phone or an e-mail</source>
            <translation>телефон немесе эл. поштаны көрсетіңіз</translation>
        </message>
        <message>
            <source>too long: at most {n} characters</source>
            <translation>тым ұзын: {n} таңбадан аспауы керек</translation>
        </message>
        <message>
            <source>only letters, spaces and hyphens</source>
            <translation>тек әріптер, бос орындар және сызықшалар</translation>
        </message>
        <message>
            <source>not a date: type DD.MM.YYYY</source>
            <translation>бұл күн емес: КК.АА.ЖЖЖЖ енгізіңіз</translation>
        </message>
        <message>
            <source>the date is in the future</source>
            <translation>күні болашақта</translation>
        </message>
        <message>
            <source>the date is before 1900</source>
            <translation>күні 1900 жылдан ерте</translation>
        </message>
        <message>
            <source>issued before the date of birth</source>
            <translation>туған күнінен бұрын берілген</translation>
        </message>
        <message>
            <source>choose the type of document</source>
            <translation>құжат түрін таңдаңыз</translation>
        </message>
        <message>
            <source>5 to 20 Latin letters or digits</source>
            <translation>5-тен 20-ға дейін латын әрпі немесе сан</translation>
        </message>
        <message>
            <source>an IIN has exactly 12 digits</source>
            <translation>ЖСН-да дәл 12 сан болады</translation>
        </message>
        <message>
            <source>check digit is wrong: a digit is mistyped</source>
            <translation>бақылау саны қате: бір сан қате терілген</translation>
        </message>
        <message>
            <source>the 7th digit (century and sex) must be 1 to 6</source>
            <translation>7-ші сан (ғасыр мен жыныс) 1-ден 6-ға дейін болуы керек</translation>
        </message>
        <message>
            <source>encodes a date of birth that does not exist</source>
            <translation>жоқ туған күнді білдіреді</translation>
        </message>
        <message>
            <source>the century digit does not match the date of birth</source>
            <translation>ғасыр саны туған күнмен сәйкес емес</translation>
        </message>
        <message>
            <source>does not match the date of birth</source>
            <translation>туған күнмен сәйкес емес</translation>
        </message>
        <message>
            <source>give the phone number</source>
            <translation>телефон нөмірін көрсетіңіз</translation>
        </message>
        <message>
            <source>not a phone number</source>
            <translation>бұл телефон нөмірі емес</translation>
        </message>
        <message>
            <source>not a valid phone number</source>
            <translation>телефон нөмірі қате</translation>
        </message>
        <message>
            <source>not a Kazakhstan number</source>
            <translation>Қазақстан нөмірі емес</translation>
        </message>
        <message>
            <source>type it as name@domain.kz</source>
            <translation>аты@домен.kz түрінде енгізіңіз</translation>
        </message>
        <message>
            <source>a buyer with this IIN is registered: find them instead</source>
            <translation>бұл ЖСН-мен сатып алушы тіркелген: оны табыңыз</translation>
        </message>
        <message>
            <source>another buyer has this IIN</source>
            <translation>бұл ЖСН басқа сатып алушыда</translation>
        </message>
        <message>
            <source>give the form number</source>
            <translation>бланк нөмірін көрсетіңіз</translation>
        </message>
        <message>
            <source>give the reference of the buyer's document</source>
            <translation>сатып алушы құжатының нөмірін көрсетіңіз</translation>
        </message>
        <message>
            <source>too long</source>
            <translation>тым ұзын</translation>
        </message>
        <message>
            <source>a PIN has 4 to 8 digits</source>
            <translation>PIN-кодта 4–8 сан</translation>
        </message>
        <message>
            <source>not collected under the buyer's consents</source>
            <translation>сатып алушының келісімдері бойынша жиналмайды</translation>
        </message>
        <message>
            <source>the same as held</source>
            <translation>сақталғанмен бірдей</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>PIN-код қате.</translation>
        </message>
        <message>
            <source>Too many wrong PINs: try again in {n} min.</source>
            <translation>Қате PIN-код тым көп: {n} мин. кейін қайталаңыз.</translation>
        </message>
        <message>
            <source>This staff member cannot sign in.</source>
            <translation>Бұл қызметкер кіре алмайды.</translation>
        </message>
        <message>
            <source>A PIN has 4 to 8 digits.</source>
            <translation>PIN-кодта 4–8 сан.</translation>
        </message>
        <message>
            <source>This needs the {role} role; you are signed in as {mine}.</source>
            <translation>«{role}» рөлі қажет; сіз «{mine}» ретінде кірдіңіз.</translation>
        </message>
        <message>
            <source>Scan or find a product first.</source>
            <translation>Алдымен тауарды сканерлеңіз немесе табыңыз.</translation>
        </message>
        <message>
            <source>The cash tendered is less than the total.</source>
            <translation>Алынған сома жалпы сомадан аз.</translation>
        </message>
        <message>
            <source>The down payment must be less than the total.</source>
            <translation>Бастапқы жарна жалпы сомадан аз болуы керек.</translation>
        </message>
        <message>
            <source>Choose the partner bank and its product.</source>
            <translation>Серіктес банк пен оның өнімін таңдаңыз.</translation>
        </message>
        <message>
            <source>This sale needs a buyer with their consent: find or register the buyer.</source>
            <translation>Бұл сатуға келісімі бар сатып алушы қажет: оны табыңыз немесе тіркеңіз.</translation>
        </message>
        <message>
            <source>The buyer has not consented to: {purposes}. Take a consent first.</source>
            <translation>Сатып алушы келісім бермеген: {purposes}. Алдымен келісім рәсімдеңіз.</translation>
        </message>
        <message>
            <source>The buyer consented under an older policy version: a new consent to version {label} is needed.</source>
            <translation>Келісім саясаттың ескі нұсқасы бойынша берілген: {label} нұсқасына жаңа келісім қажет.</translation>
        </message>
        <message>
            <source>This buyer refused processing in writing: sell without their data.</source>
            <translation>Сатып алушы өңдеуден жазбаша бас тартқан: оның деректерінсіз сатыңыз.</translation>
        </message>
        <message>
            <source>This sale needs more of the buyer's data ({fields}): take a consent with it.</source>
            <translation>Сатуға сатып алушының қосымша деректері қажет ({fields}): солармен келісім рәсімдеңіз.</translation>
        </message>
        <message>
            <source>The buyer has no consent in force for: {purposes}.</source>
            <translation>Сатып алушының күшіндегі келісімі жоқ: {purposes}.</translation>
        </message>
        <message>
            <source>A written refusal is already recorded for this buyer.</source>
            <translation>Бұл сатып алушының жазбаша бас тартуы бұрын жазылған.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <source>The corrected values are the same as those held.</source>
            <translation>Түзетілген мәндер сақталғандармен бірдей.</translation>
        </message>
        <message>
            <source>No privacy policy version is in effect: the store admin must import one.</source>
            <translation>Саясаттың күшіндегі нұсқасы жоқ: әкімші оны жүктеуі керек.</translation>
        </message>
        <message>
            <source>The seller's details are not set: the store admin must set them.</source>
            <translation>Сатушының деректемелері көрсетілмеген: оларды әкімші көрсетеді.</translation>
        </message>
        <message>
            <source>No printer is set.</source>
            <translation>Принтер бапталмаған.</translation>
        </message>
        <message>
            <source>{n} waiting to be printed {why}</source>
            <translation>басып шығару кезегінде: {n} {why}</translation>
        </message>
        <message>
            <source>The two keys differ; nothing was changed.</source>
            <translation>Кілттер сәйкес емес; ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <source>The database key must be at least {n} characters.</source>
            <translation>Дерекқор кілті кемінде {n} таңба болуы керек.</translation>
        </message>
        <message>
            <source>The new key is the same as the current one.</source>
            <translation>Жаңа кілт қазіргімен бірдей.</translation>
        </message>
        <message>
            <source>Only the store admin can change settings.</source>
            <translation>Баптауларды тек дүкен әкімшісі өзгертеді.</translation>
        </message>
        <message>
            <source>consent slip</source>
            <translation>келісім бланкі</translation>
        </message>
        <message>
            <source>receipt</source>
            <translation>чек</translation>
        </message>
        <message>
            <source>installment summary</source>
            <translation>бөліп төлеу туралы мәлімет</translation>
        </message>
        <message>
            <source>access report</source>
            <translation>деректер туралы есеп</translation>
        </message>
        <message>
            <source>confirmation</source>
            <translation>растау</translation>
        </message>
        <message>
            <source>test page</source>
            <translation>сынақ беті</translation>
        </message>
        <message>
            <source>Something went wrong; the details are in the till log.</source>
            <translation>Бірдеңе дұрыс болмады; толығырақ касса журналында.</translation>
        </message>
        <message>
            <source>{what} is not needed for this sale and is not collected.</source>
            <translation>{what}: осы сатуға қажет емес және жиналмайды.</translation>
        </message>
        <message>
            <source>{what} is required for this sale.</source>
            <translation>{what}: осы сату үшін міндетті.</translation>
        </message>
        <message>
            <source>Give at least one of: {fields}.</source>
            <translation>Кемінде біреуін көрсетіңіз: {fields}.</translation>
        </message>
        <message>
            <source>{what} is longer than {n} characters.</source>
            <translation>{what}: {n} таңбадан ұзын.</translation>
        </message>
        <message>
            <source>{what} may hold only letters, spaces and hyphens.</source>
            <translation>{what}: тек әріптер, бос орындар және сызықшалар рұқсат етіледі.</translation>
        </message>
        <message>
            <source>The date of birth is not a date: type DD.MM.YYYY.</source>
            <translation>Туған күні күн емес: КК.АА.ЖЖЖЖ түрінде енгізіңіз.</translation>
        </message>
        <message>
            <source>The date of birth is in the future.</source>
            <translation>Туған күні болашақта.</translation>
        </message>
        <message>
            <source>The date of birth is before 1900.</source>
            <translation>Туған күні 1900 жылдан ерте.</translation>
        </message>
        <message>
            <source>The document's issue date is in the future.</source>
            <translation>Құжаттың берілген күні болашақта.</translation>
        </message>
        <message>
            <source>The document was issued before the date of birth.</source>
            <translation>Құжат туған күнінен бұрын берілген.</translation>
        </message>
        <message>
            <source>Choose the type of ID document.</source>
            <translation>Жеке басты куәландыратын құжат түрін таңдаңыз.</translation>
        </message>
        <message>
            <source>The document number has 5 to 20 Latin letters or digits.</source>
            <translation>Құжат нөмірінде 5-тен 20-ға дейін латын әрпі немесе сан болады.</translation>
        </message>
        <message>
            <source>This buyer is not in the database.</source>
            <translation>Бұл сатып алушы дерекқорда жоқ.</translation>
        </message>
        <message>
            <source>This buyer's data was already destroyed on {day}.</source>
            <translation>Бұл сатып алушының деректері {day} жойылған.</translation>
        </message>
        <message>
            <source>A buyer with this IIN is already registered: find them and use their record.</source>
            <translation>Бұл ЖСН-мен сатып алушы бұрын тіркелген: оны тауып, оның жазбасын пайдаланыңыз.</translation>
        </message>
        <message>
            <source>An IIN has exactly 12 digits.</source>
            <translation>ЖСН-да дәл 12 сан болады.</translation>
        </message>
        <message>
            <source>The IIN's check digit is wrong: a digit is mistyped.</source>
            <translation>ЖСН-ның бақылау саны қате: бір сан қате терілген.</translation>
        </message>
        <message>
            <source>The IIN's 7th digit (century and sex) must be 1 to 6.</source>
            <translation>ЖСН-ның 7-ші саны (ғасыр мен жыныс) 1-ден 6-ға дейін болуы керек.</translation>
        </message>
        <message>
            <source>The IIN encodes a date of birth that does not exist.</source>
            <translation>ЖСН жоқ туған күнді білдіреді.</translation>
        </message>
        <message>
            <source>The IIN's century digit does not match the date of birth.</source>
            <translation>ЖСН-дағы ғасыр саны туған күнмен сәйкес емес.</translation>
        </message>
        <message>
            <source>The IIN does not match the date of birth.</source>
            <translation>ЖСН туған күнмен сәйкес емес.</translation>
        </message>
        <message>
            <source>Give the phone number.</source>
            <translation>Телефон нөмірін көрсетіңіз.</translation>
        </message>
        <message>
            <source>This is not a phone number.</source>
            <translation>Бұл телефон нөмірі емес.</translation>
        </message>
        <message>
            <source>The phone number is not valid.</source>
            <translation>Телефон нөмірі жарамсыз.</translation>
        </message>
        <message>
            <source>The phone number is not a Kazakhstan number.</source>
            <translation>Телефон нөмірі Қазақстандікі емес.</translation>
        </message>
        <message>
            <source>Type the e-mail as name@domain.kz.</source>
            <translation>Эл. поштаны аты@домен.kz түрінде енгізіңіз.</translation>
        </message>
        <message>
            <source>The amount is not a number.</source>
            <translation>Сома сан емес.</translation>
        </message>
        <message>
            <source>The amount has more than two decimals.</source>
            <translation>Сомада үтірден кейін екі таңбадан көп.</translation>
        </message>
        <message>
            <source>Line {line} has no name.</source>
            <translation>{line}-жолдың атауы жоқ.</translation>
        </message>
        <message>
            <source>Line {line}: the quantity must be 1 to {n}.</source>
            <translation>{line}-жол: саны 1 мен {n} аралығында болуы керек.</translation>
        </message>
        <message>
            <source>Line {line}: the price is out of range.</source>
            <translation>{line}-жол: баға рұқсат етілген шектен тыс.</translation>
        </message>
        <message>
            <source>The sale total is zero.</source>
            <translation>Сатудың жалпы сомасы нөлге тең.</translation>
        </message>
        <message>
            <source>An anonymous sale carries no consent.</source>
            <translation>Анонимді сатуда келісім болмайды.</translation>
        </message>
        <message>
            <source>Only a cash payment has an amount tendered.</source>
            <translation>Алынған сома тек қолма-қол төлемде болады.</translation>
        </message>
        <message>
            <source>This sale ({kind}) needs the bank, the product and the term.</source>
            <translation>Бұл сатуға ({kind}) банк, өнім және мерзім қажет.</translation>
        </message>
        <message>
            <source>Only a credit or installment sale has credit terms.</source>
            <translation>Несие шарттары тек несиеге немесе бөліп төлеуге сатуда болады.</translation>
        </message>
        <message>
            <source>This sale is not in the database.</source>
            <translation>Бұл сату дерекқорда жоқ.</translation>
        </message>
        <message>
            <source>The term must be 1 to 120 months.</source>
            <translation>Мерзім 1 айдан 120 айға дейін болуы керек.</translation>
        </message>
        <message>
            <source>Nothing is left to finance after the down payment.</source>
            <translation>Бастапқы жарнадан кейін қаржыландыратын ештеңе қалмайды.</translation>
        </message>
        <message>
            <source>This credit arrangement is not in the database.</source>
            <translation>Бұл несие шарты дерекқорда жоқ.</translation>
        </message>
        <message>
            <source>This {kind} is already closed: {status}.</source>
            <translation>Бұл {kind} жабылған: {status}.</translation>
        </message>
        <message>
            <source>The payment must be more than zero and at most what is outstanding.</source>
            <translation>Төлем нөлден көп және қалған қарыздан аспауы керек.</translation>
        </message>
        <message>
            <source>{kind} with {bank} is outstanding ({amount}) until {until}</source>
            <translation>{bank} банкіндегі {kind} өтелмеген ({amount}), {until} дейін</translation>
        </message>
        <message>
            <source>{kind} with {bank} is outstanding ({amount})</source>
            <translation>{bank} банкіндегі {kind} өтелмеген ({amount})</translation>
        </message>
        <message>
            <source>A product needs a barcode, a name and a price.</source>
            <translation>Тауарда штрихкод, атау және баға болуы керек.</translation>
        </message>
        <message>
            <source>A product with barcode {barcode} exists.</source>
            <translation>{barcode} штрихкоды бар тауар бұрыннан бар.</translation>
        </message>
        <message>
            <source>This sale needs at least one of the buyer's {fields}: take a consent with it.</source>
            <translation>Сатуға сатып алушының деректерінің кемінде біреуі қажет ({fields}): онымен келісім рәсімдеңіз.</translation>
        </message>
        <message>
            <source>The slip language must be one of: {languages}.</source>
            <translation>Бланк тілі мыналардың бірі болуы керек: {languages}.</translation>
        </message>
        <message>
            <source>Give the number of the pre-printed consent form.</source>
            <translation>Баспаханалық келісім бланкінің нөмірін көрсетіңіз.</translation>
        </message>
        <message>
            <source>This sale needs no personal data, so no consent is taken.</source>
            <translation>Бұл сатуға дербес деректер қажет емес, сондықтан келісім алынбайды.</translation>
        </message>
        <message>
            <source>This buyer refused processing in writing: no new consent is taken.</source>
            <translation>Сатып алушы өңдеуден жазбаша бас тартқан: жаңа келісім алынбайды.</translation>
        </message>
        <message>
            <source>This consent slip was already recorded.</source>
            <translation>Бұл келісім бланкі бұрын жазылған.</translation>
        </message>
        <message>
            <source>This consent is not in the database.</source>
            <translation>Бұл келісім дерекқорда жоқ.</translation>
        </message>
        <message>
            <source>The policy version in effect has no text.</source>
            <translation>Күшіндегі саясат нұсқасының мәтіні жоқ.</translation>
        </message>
        <message>
            <source>A policy version is 1-64 Latin letters, digits, '.', '_' or '-'.</source>
            <translation>Саясат нұсқасы — 1-ден 64-ке дейін латын әрпі, сан, '.', '_' немесе '-'.</translation>
        </message>
        <message>
            <source>The language must be one of: {languages}.</source>
            <translation>Тіл мыналардың бірі болуы керек: {languages}.</translation>
        </message>
        <message>
            <source>The policy text is empty.</source>
            <translation>Саясат мәтіні бос.</translation>
        </message>
        <message>
            <source>The policy text is too long.</source>
            <translation>Саясат мәтіні тым ұзын.</translation>
        </message>
        <message>
            <source>Policy version {label} ({language}) is already imported.</source>
            <translation>{label} ({language}) саясат нұсқасы бұрын жүктелген.</translation>
        </message>
        <message>
            <source>Policy version {label} ({language}) was imported with a different text; give the new text a new version.</source>
            <translation>{label} ({language}) саясат нұсқасы басқа мәтінмен жүктелген; жаңа мәтінге жаңа нұсқа беріңіз.</translation>
        </message>
        <message>
            <source>Policy version {label} is already in effect from {day}.</source>
            <translation>{label} саясат нұсқасы {day} бастап күшінде.</translation>
        </message>
        <message>
            <source>A BIN has exactly 12 digits.</source>
            <translation>БСН-да дәл 12 сан болады.</translation>
        </message>
        <message>
            <source>The BIN's check digit is wrong.</source>
            <translation>БСН-ның бақылау саны қате.</translation>
        </message>
        <message>
            <source>Give the reference of the buyer's written document.</source>
            <translation>Сатып алушының жазбаша құжатының нөмірін көрсетіңіз.</translation>
        </message>
        <message>
            <source>The reference is longer than {n} characters.</source>
            <translation>Нөмір {n} таңбадан ұзын.</translation>
        </message>
        <message>
            <source>This request is not in the database.</source>
            <translation>Бұл өтініш дерекқорда жоқ.</translation>
        </message>
        <message>
            <source>Cannot withdraw: {obligation}; consent to credit stays until it is repaid.</source>
            <translation>Кері қайтаруға болмайды: {obligation}; несиеге келісім өтелгенге дейін күшінде.</translation>
        </message>
        <message>
            <source>The buyer has no consent in force to withdraw.</source>
            <translation>Сатып алушының кері қайтаратын күшіндегі келісімі жоқ.</translation>
        </message>
        <message>
            <source>Tick at least one purpose, or withdraw all.</source>
            <translation>Кемінде бір мақсатты белгілеңіз немесе барлығын кері қайтарыңыз.</translation>
        </message>
        <message>
            <source>Cannot destroy: {obligation}.</source>
            <translation>Жоюға болмайды: {obligation}.</translation>
        </message>
        <message>
            <source>This buyer refused processing in writing: their data is kept only for the credit.</source>
            <translation>Сатып алушы өңдеуден жазбаша бас тартқан: оның деректері тек несие үшін сақталады.</translation>
        </message>
        <message>
            <source>Not collected under the buyer's consents: {fields}. Take a consent for a purpose that needs it.</source>
            <translation>Сатып алушының келісімдері бойынша жиналмайды: {fields}. Бұл қажет мақсатқа келісім рәсімдеңіз.</translation>
        </message>
        <message>
            <source>Another buyer is registered with this IIN.</source>
            <translation>Бұл ЖСН-мен басқа сатып алушы тіркелген.</translation>
        </message>
        <message>
            <source>Name the recipient.</source>
            <translation>Алушыны көрсетіңіз.</translation>
        </message>
        <message>
            <source>Say which data is transferred.</source>
            <translation>Қандай деректер берілетінін көрсетіңіз.</translation>
        </message>
        <message>
            <source>A transfer to a government body needs the legal basis (law, article, request number).</source>
            <translation>Мемлекеттік органға беру үшін құқықтық негіз қажет (заң, бап, сұрау нөмірі).</translation>
        </message>
        <message>
            <source>No purpose allows transfers to: {recipient}.</source>
            <translation>Ешбір мақсат беруге рұқсат етпейді: {recipient}.</translation>
        </message>
        <message>
            <source>The buyer refused processing in writing: only their outstanding credit is serviced.</source>
            <translation>Сатып алушы өңдеуден жазбаша бас тартқан: тек өтелмеген несиеге қызмет көрсетіледі.</translation>
        </message>
        <message>
            <source>The buyer has not consented to: {purpose}. No data may go to: {recipient}.</source>
            <translation>Сатып алушы келісім бермеген: {purpose}. Деректерді беруге болмайды: {recipient}.</translation>
        </message>
        <message>
            <source>The consent to {purpose} does not cover: {categories}.</source>
            <translation>«{purpose}» мақсатына келісім мыналарды қамтымайды: {categories}.</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>Бастапқы күн соңғы күннен кейін.</translation>
        </message>
        <message>
            <source>Give the staff member's name.</source>
            <translation>Қызметкердің атын көрсетіңіз.</translation>
        </message>
        <message>
            <source>No such staff member.</source>
            <translation>Мұндай қызметкер жоқ.</translation>
        </message>
        <message>
            <source>The change clashes with data already stored (it may have been saved already); nothing was saved.</source>
            <translation>Өзгеріс бұрын сақталған деректермен қайшы келеді (мүмкін, ол бұрын сақталған); ештеңе сақталмады.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation>Диск толы: ештеңе сақталмады. Орын босатып, қайталаңыз.</translation>
        </message>
        <message>
            <source>The database is busy in another program: nothing was saved. Try again.</source>
            <translation>Дерекқорды басқа бағдарлама пайдалануда: ештеңе сақталмады. Қайталаңыз.</translation>
        </message>
        <message>
            <source>The database file is read-only: nothing was saved.</source>
            <translation>Дерекқор файлы тек оқуға арналған: ештеңе сақталмады.</translation>
        </message>
        <message>
            <source>The database could not save the change: nothing was saved.</source>
            <translation>Дерекқор өзгерісті сақтай алмады: ештеңе сақталмады.</translation>
        </message>
        <message>
            <source>There is no till database at {path}: create it with pos init first.</source>
            <translation>{path} жолында касса дерекқоры жоқ: алдымен оны pos init командасымен жасаңыз.</translation>
        </message>
        <message>
            <source>A till database already exists at {path}; it was not touched.</source>
            <translation>{path} жолында касса дерекқоры бұрыннан бар; ол өзгертілмеді.</translation>
        </message>
        <message>
            <source>{file} is empty, not a till database.</source>
            <translation>{file} бос, бұл касса дерекқоры емес.</translation>
        </message>
        <message>
            <source>{file} is a plain, unencrypted SQLite file; the till opens only encrypted databases.</source>
            <translation>{file} — шифрланбаған қарапайым SQLite файлы; касса тек шифрланған дерекқорларды ашады.</translation>
        </message>
        <message>
            <source>{file} is truncated or damaged ({size} bytes is not a whole number of pages).</source>
            <translation>{file} қысқартылған немесе бүлінген ({size} байт — беттердің бүтін саны емес).</translation>
        </message>
        <message>
            <source>The database was written by a newer version of the app: update the app.</source>
            <translation>Дерекқорды бағдарламаның жаңарақ нұсқасы жазған: бағдарламаны жаңартыңыз.</translation>
        </message>
        <message>
            <source>The database holds tables the app did not create; it was not touched.</source>
            <translation>Дерекқорда бағдарлама жасамаған кестелер бар; ол өзгертілмеді.</translation>
        </message>
        <message>
            <source>cannot open {file}: wrong key, or the file is not a till database</source>
            <translation>{file} ашылмады: кілт қате немесе файл касса дерекқоры емес</translation>
        </message>
        <message>
            <source>No database key: set POS_DB_KEY, keep it in the OS keyring, or type it.</source>
            <translation>Дерекқор кілті жоқ: POS_DB_KEY орнатыңыз, оны ОЖ кілттер қоймасында сақтаңыз немесе енгізіңіз.</translation>
        </message>
        <message>
            <source>The disk is full: the key was not changed.</source>
            <translation>Диск толы: кілт өзгертілмеді.</translation>
        </message>
        <message>
            <source>The key could not be changed.</source>
            <translation>Кілтті өзгерту мүмкін болмады.</translation>
        </message>
        <message>
            <source>The re-encrypted copy did not verify; the key was not changed.</source>
            <translation>Қайта шифрланған көшірме тексеруден өтпеді; кілт өзгертілмеді.</translation>
        </message>
        <message>
            <source>A code is 1-64 Latin letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
            <translation>Код — әріптен немесе саннан басталатын 1-ден 64-ке дейін латын әрпі, сан, '.', '_' немесе '-'.</translation>
        </message>
        <message>
            <source>Give the store's name.</source>
            <translation>Дүкеннің атауын көрсетіңіз.</translation>
        </message>
        <message>
            <source>This database has no till identity; was it made by pos init?</source>
            <translation>Бұл дерекқорда касса деректері жоқ; ол pos init командасымен жасалды ма?</translation>
        </message>
        <message>
            <source>This till's store or register is missing from the database.</source>
            <translation>Дерекқорда осы кассаның дүкені немесе кассалық орны жоқ.</translation>
        </message>
        <message>
            <source>Set POS_DB_KEY for the demo till.</source>
            <translation>Демо-касса үшін POS_DB_KEY орнатыңыз.</translation>
        </message>
        <message>
            <source>Printed: {what}.</source>
            <translation>Басылды: {what}.</translation>
        </message>
        <message>
            <source>Printed: {what}. Paper is running low.</source>
            <translation>Басылды: {what}. Қағаз таусылып барады.</translation>
        </message>
        <message>
            <source>Not printed: {what} ({reason}).</source>
            <translation>Басылмады: {what} ({reason}).</translation>
        </message>
        <message>
            <source>Not printed: {what} ({reason}). It stays in the print queue.</source>
            <translation>Басылмады: {what} ({reason}). Құжат басып шығару кезегінде қалады.</translation>
        </message>
        <message>
            <source>Dropped from the print queue: {what} ({reason}).</source>
            <translation>Басып шығару кезегінен алынды: {what} ({reason}).</translation>
        </message>
        <message>
            <source>The print queue could not be read ({reason}).</source>
            <translation>Басып шығару кезегін оқу мүмкін болмады ({reason}).</translation>
        </message>
        <message>
            <source>The document could not be laid out; the details are in the till log.</source>
            <translation>Құжатты беттеу мүмкін болмады; толығырақ касса журналында.</translation>
        </message>
        <message>
            <source>This sale has no credit or installment to summarise.</source>
            <translation>Бұл сатуда мәлімет беретін несие немесе бөліп төлеу жоқ.</translation>
        </message>
        <message>
            <source>Documents are printed in: {languages}.</source>
            <translation>Құжаттар мына тілдерде басылады: {languages}.</translation>
        </message>
        <message>
            <source>The document language is not valid.</source>
            <translation>Құжат тілі жарамсыз.</translation>
        </message>
        <message>
            <source>This print job is not in the queue.</source>
            <translation>Бұл тапсырма басып шығару кезегінде жоқ.</translation>
        </message>
        <message>
            <source>The print job names no record.</source>
            <translation>Басып шығару тапсырмасы ешбір жазбаны көрсетпейді.</translation>
        </message>
        <message>
            <source>This print job is no longer waiting.</source>
            <translation>Бұл басып шығару тапсырмасы енді күтпейді.</translation>
        </message>
        <message>
            <source>Unknown printer profile '{profile}'.</source>
            <translation>Белгісіз принтер профилі: «{profile}».</translation>
        </message>
        <message>
            <source>The paper width must be 58 or 80 mm.</source>
            <translation>Қағаз ені 58 немесе 80 мм болуы керек.</translation>
        </message>
        <message>
            <source>Code page '{name}' is not one the till can encode.</source>
            <translation>Касса «{name}» кодтық бетін қолдамайды.</translation>
        </message>
        <message>
            <source>The paper width and the timeout must be numbers.</source>
            <translation>Қағаз ені мен күту уақыты сан болуы керек.</translation>
        </message>
        <message>
            <source>The printer timeout must be between 0 and 120 seconds.</source>
            <translation>Принтердің күту уақыты 0 мен 120 секунд аралығында болуы керек.</translation>
        </message>
        <message>
            <source>The printer address {url} has no host (use tcp://HOST:9100).</source>
            <translation>{url} принтер мекенжайында хост жоқ (tcp://HOST:9100 пайдаланыңыз).</translation>
        </message>
        <message>
            <source>The printer address {url} has a port that is not a number.</source>
            <translation>{url} принтер мекенжайындағы порт сан емес.</translation>
        </message>
        <message>
            <source>The printer address {url} needs the vendor and product ids in hex (usb://04b8:0202).</source>
            <translation>{url} принтер мекенжайына өндіруші мен өнім кодтары он алтылық түрде қажет (usb://04b8:0202).</translation>
        </message>
        <message>
            <source>The printer address {url} names no serial device (serial:///dev/ttyUSB0?baudrate=9600).</source>
            <translation>{url} принтер мекенжайында тізбекті порт көрсетілмеген (serial:///dev/ttyUSB0?baudrate=9600).</translation>
        </message>
        <message>
            <source>The printer address {url} has a baudrate or stopbits that is not a number.</source>
            <translation>{url} принтер мекенжайындағы жылдамдық немесе стоп-биттер сан емес.</translation>
        </message>
        <message>
            <source>The printer address {url} names no printer ({scheme}://NAME).</source>
            <translation>{url} принтер мекенжайында принтер көрсетілмеген ({scheme}://NAME).</translation>
        </message>
        <message>
            <source>The printer address {url} names no file (file:///path/out.bin).</source>
            <translation>{url} принтер мекенжайында файл көрсетілмеген (file:///path/out.bin).</translation>
        </message>
        <message>
            <source>The printer address {url} must start with one of: {schemes}.</source>
            <translation>{url} принтер мекенжайы мыналардың бірінен басталуы керек: {schemes}.</translation>
        </message>
        <message>
            <source>Printing over {scheme} needs the {package} package, which is not installed.</source>
            <translation>{scheme} арқылы басып шығару үшін {package} пакеті қажет, ол орнатылмаған.</translation>
        </message>
        <message>
            <source>The printer closed the connection.</source>
            <translation>Принтер байланысты жапты.</translation>
        </message>
        <message>
            <source>Paper ran out during the job.</source>
            <translation>Басып шығару кезінде қағаз таусылды.</translation>
        </message>
        <message>
            <source>The printer is out of paper.</source>
            <translation>Принтерде қағаз жоқ.</translation>
        </message>
        <message>
            <source>The printer is offline (cover open or an error).</source>
            <translation>Принтер желіден тыс (қақпағы ашық немесе қате).</translation>
        </message>
        <message>
            <source>The printer refused the connection.</source>
            <translation>Принтер байланысты қабылдамады.</translation>
        </message>
        <message>
            <source>The printer did not answer within {seconds} s.</source>
            <translation>Принтер {seconds} с ішінде жауап бермеді.</translation>
        </message>
        <message>
            <source>The connection was closed during the job.</source>
            <translation>Басып шығару кезінде байланыс үзілді.</translation>
        </message>
        <message>
            <source>Unknown printer host.</source>
            <translation>Принтердің хосты белгісіз.</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>Printer not found.</source>
            <translation>Принтер табылмады.</translation>
        </message>
        <message>
            <source>Printing failed ({error}).</source>
            <translation>Басып шығару сәтсіз аяқталды ({error}).</translation>
        </message>
        <message>
            <source>Head office is not set up on this till: the store admin must give its address and the store's credential.</source>
            <translation>Бұл кассада бас кеңсе бапталмаған: әкімші оның мекенжайын және дүкеннің тіркелгі деректерін көрсетуі керек.</translation>
        </message>
        <message>
            <source>The head-office address must look like https://host[:port].</source>
            <translation>Бас кеңсе мекенжайы https://host[:port] түрінде болуы керек.</translation>
        </message>
        <message>
            <source>The head-office address must use https:// (plain http only to this machine).</source>
            <translation>Бас кеңсе мекенжайы https:// пайдалануы керек (қарапайым http — тек осы компьютерге).</translation>
        </message>
        <message>
            <source>The secure connection to head office failed ({reason}).</source>
            <translation>Бас кеңсемен қорғалған байланыс орнатылмады ({reason}).</translation>
        </message>
        <message>
            <source>Head office did not answer the connection in time.</source>
            <translation>Бас кеңсе қосылуға уақытында жауап бермеді.</translation>
        </message>
        <message>
            <source>Head office did not answer in time.</source>
            <translation>Бас кеңсе уақытында жауап бермеді.</translation>
        </message>
        <message>
            <source>Head office dropped the connection mid-answer.</source>
            <translation>Бас кеңсе жауап ортасында байланысты үзді.</translation>
        </message>
        <message>
            <source>Head office cannot be reached.</source>
            <translation>Бас кеңсеге қосылу мүмкін емес.</translation>
        </message>
        <message>
            <source>The request to head office failed ({error}).</source>
            <translation>Бас кеңсеге сұрау сәтсіз аяқталды ({error}).</translation>
        </message>
        <message>
            <source>Head office sent an answer the till does not understand.</source>
            <translation>Бас кеңсе кассаға түсініксіз жауап жіберді.</translation>
        </message>
        <message>
            <source>Head office answered {answer}: {reason}.</source>
            <translation>Бас кеңсе {answer} деп жауап берді: {reason}.</translation>
        </message>
        <message>
            <source>Head office refused this till's credential: check the token.</source>
            <translation>Бас кеңсе кассаның тіркелгі деректерін қабылдамады: токенді тексеріңіз.</translation>
        </message>
        <message>
            <source>Head office refused: {reason}.</source>
            <translation>Бас кеңсе бас тартты: {reason}.</translation>
        </message>
        <message>
            <source>Sync failed ({reason}); {n} events wait to be sent.</source>
            <translation>Алмасу сәтсіз аяқталды ({reason}); жіберуді күтуде: {n}.</translation>
        </message>
        <message>
            <source>'{text}' is not an id (a UUID).</source>
            <translation>«{text}» — идентификатор емес (UUID).</translation>
        </message>
        <message>
            <source>Give the head-office address and the token together.</source>
            <translation>Бас кеңсе мекенжайын токенмен бірге көрсетіңіз.</translation>
        </message>
        <message>
            <source>No such file: {path}.</source>
            <translation>Мұндай файл жоқ: {path}.</translation>
        </message>
        <message>
            <source>{path} is not UTF-8 text.</source>
            <translation>{path} — UTF-8 мәтіні емес.</translation>
        </message>
        <message>
            <source>Give at least one of: {options}.</source>
            <translation>Кемінде бір параметрді көрсетіңіз: {options}.</translation>
        </message>
        <message>
            <source>Give at least one field to correct.</source>
            <translation>Түзетуге кемінде бір өрісті көрсетіңіз.</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name.</source>
            <translation>{path} — қалта; файл атын көрсетіңіз.</translation>
        </message>
        <message>
            <source>The numbers of buyers and sales must not be negative.</source>
            <translation>Сатып алушылар мен сатулар саны теріс болмауы керек.</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>сан емес</translation>
        </message>
        <message>
            <source>at most two decimals</source>
            <translation>үтірден кейін екі таңбадан аспайды</translation>
        </message>
        <message>
            <source>a BIN has exactly 12 digits</source>
            <translation>БСН-да дәл 12 сан болады</translation>
        </message>
        <message>
            <source>the two keys differ</source>
            <translation>кілттер сәйкес емес</translation>
        </message>
        <message>
            <source>the same as the current key</source>
            <translation>қазіргі кілтпен бірдей</translation>
        </message>
        <message>
            <source>the layout failed; see the till log</source>
            <translation>беттеу сәтсіз; касса журналын қараңыз</translation>
        </message>
        <message>
            <source>58 or 80 mm</source>
            <translation>58 немесе 80 мм</translation>
        </message>
        <message>
            <source>0 to 120 seconds</source>
            <translation>0-ден 120 секундқа дейін</translation>
        </message>
        <message>
            <source>the printer setting is not valid ({reason})</source>
            <translation>принтер баптауы жарамсыз ({reason})</translation>
        </message>
        <message>
            <source>Sent: {pushed}; directives received: {pulled}; waiting: {backlog}.</source>
            <translation>Жіберілді: {pushed}; алынған нұсқаулар: {pulled}; күтуде: {backlog}.</translation>
        </message>
        <message>
            <source>Head office refused {n} of them.</source>
            <translation>Бас кеңсе олардың ішінен {n} қабылдамады.</translation>
        </message>
        <message>
            <source>Head office is missing {n} earlier events.</source>
            <translation>Бас кеңседе бұрынғы {n} оқиға жетіспейді.</translation>
        </message>
        <message>
            <source>(and {n} more)</source>
            <translation>(тағы {n})</translation>
        </message>
        <message>
            <source>A retention run is already under way on this till; try again when it has finished.</source>
            <translation>Бұл кассада сақтау мерзімдерін тексеру жүріп жатыр; ол аяқталғанда қайталаңыз.</translation>
        </message>
        <message>
            <source>The printer address {url} is outside the print folder {folder}. The store admin can name another print folder.</source>
            <translation>{url} принтер мекенжайы {folder} басып шығару қалтасынан тыс. Дүкен әкімшісі басқа басып шығару қалтасын көрсете алады.</translation>
        </message>
        <message>
            <source>The printer address {url} names a file that is not a print output; it was not touched.</source>
            <translation>{url} принтер мекенжайы басып шығару нәтижесі емес файлды көрсетеді; ол өзгертілмеді.</translation>
        </message>
        <message>
            <source>The print folder {folder} does not exist.</source>
            <translation>{folder} басып шығару қалтасы жоқ.</translation>
        </message>
        <message>
            <source>The print folder {folder} holds the till's own files; name a folder of its own.</source>
            <translation>{folder} басып шығару қалтасында кассаның өз файлдары бар; бөлек қалта көрсетіңіз.</translation>
        </message>
        <message>
            <source>The database is open in another program (the window or pos sync): close it, then change the key. Nothing was changed.</source>
            <translation>Дерекқор басқа бағдарламада ашық (касса терезесі немесе pos sync): оны жабыңыз, содан кейін кілтті ауыстырыңыз. Ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <source>{file} is damaged: {count} page(s) fail their checks ({pages}). The key is right: {good} page(s) open with it. Restore the file from a backup.</source>
            <translation>{file} файлы зақымдалған: тексеруден өтпеген беттер саны: {count} ({pages}). Кілт дұрыс: ол {good} бетті ашады. Файлды сақтық көшірмеден қалпына келтіріңіз.</translation>
        </message>
        <message>
            <source>{file} is damaged: pages the database needs are missing. The key is right. Restore the file from a backup.</source>
            <translation>{file} файлы зақымдалған: дерекқорға қажетті беттер жоқ. Кілт дұрыс. Файлды сақтық көшірмеден қалпына келтіріңіз.</translation>
        </message>
        <message>
            <source>The disk is full; nothing was changed.</source>
            <translation>Диск толы; ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <source>The database key is being changed by another program; try again when it is done.</source>
            <translation>Дерекқор кілтін қазір басқа бағдарлама ауыстыруда; ол аяқталғанда қайталаңыз.</translation>
        </message>
        <message>
            <source>No database key was typed; nothing was opened.</source>
            <translation>Дерекқор кілті енгізілмеді; ештеңе ашылмады.</translation>
        </message>
        <message>
            <source>The database key is too easy to guess: use {n} or more characters, not a usual password, a number or a keyboard run.</source>
            <translation>Дерекқор кілтін табу тым оңай: кемінде {n} таңба пайдаланыңыз, кәдімгі құпиясөз, сан немесе пернетақтадағы қатар пернелер болмасын.</translation>
        </message>
        <message>
            <source>Too many wrong PINs: sign-in is locked until a store admin unlocks it.</source>
            <translation>Қате PIN тым көп: дүкен әкімшісі ашпайынша кіру бұғатталған.</translation>
        </message>
        <message>
            <source>This PIN is among the first anyone would try (repeated digits, a run, a year). Choose another.</source>
            <translation>Мұндай PIN-ді бірінші болып тереді (бірдей цифрлар, қатарынан цифрлар, жыл). Басқасын таңдаңыз.</translation>
        </message>
        <message>
            <source>A PIN is needed.</source>
            <translation>PIN қажет.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>PIN кодтары сәйкес емес.</translation>
        </message>
        <message>
            <source>More than one staff member has that name: use their id.</source>
            <translation>Бұл есім бірнеше қызметкерде бар: идентификаторын көрсетіңіз.</translation>
        </message>
        <message>
            <source>The store would be left without a store admin who can sign in.</source>
            <translation>Дүкенде кіре алатын әкімші қалмайды.</translation>
        </message>
        <message>
            <source>A store admin cannot deactivate their own account.</source>
            <translation>Дүкен әкімшісі өз есептік жазбасын өшіре алмайды.</translation>
        </message>
        <message>
            <source>Say who runs this: a staff member's name and PIN.</source>
            <translation>Әрекетті кім орындайтынын көрсетіңіз: қызметкердің аты және PIN.</translation>
        </message>
        <message>
            <source>The upgraded database failed its checks ({check}). The copy made before the upgrade is kept as backups/{file}: restore it or call support.</source>
            <translation>Жаңартылған дерекқор тексеруден өтпеді ({check}). Жаңартуға дейін жасалған көшірме backups/{file} ретінде сақталды: оны қалпына келтіріңіз немесе қолдау қызметіне хабарласыңыз.</translation>
        </message>
        <message>
            <source>A reference takes a document number and date, not personal data: remove what looks like an IIN or a phone number.</source>
            <translation>Деректемелер — бұл құжаттың нөмірі мен күні, дербес деректер емес: ЖСН-ге немесе телефон нөміріне ұқсайтынын алып тастаңыз.</translation>
        </message>
        <message>
            <source>a document reference, not an IIN or a phone number</source>
            <translation>құжаттың нөмірі мен күні, ЖСН немесе телефон емес</translation>
        </message>
        <message>
            <source>destruction act</source>
            <translation>жою туралы акт</translation>
        </message>
        <message>
            <source>Personal data may go only to: {allowed}.</source>
            <translation>Дербес деректерді тек мыналарға беруге болады: {allowed}.</translation>
        </message>
        <message>
            <source>Type a company name or a document reference, not an IIN, a phone number or an e-mail.</source>
            <translation>Ұйымның атауын немесе құжат деректемелерін жазыңыз, ЖСН, телефон немесе эл. пошта емес.</translation>
        </message>
        <message>
            <source>Too long: at most {n} characters.</source>
            <translation>Тым ұзын: {n} таңбадан аспауы керек.</translation>
        </message>
        <message>
            <source>Receipt {receipt} is not a delivery sale.</source>
            <translation>{receipt} чегі жеткізумен сату емес.</translation>
        </message>
        <message>
            <source>A delivery is handed over only to: {allowed}.</source>
            <translation>Жеткізу тек мыналарға беріледі: {allowed}.</translation>
        </message>
        <message>
            <source>The buyer of receipt {receipt} is no longer held; nothing can be handed over.</source>
            <translation>{receipt} чегі бойынша сатып алушының деректері енді сақталмайды; беретін ештеңе жоқ.</translation>
        </message>
        <message>
            <source>Receipt {receipt} was already handed over to {recipient} on {date}.</source>
            <translation>{receipt} чегі {date} күні {recipient} ұйымына берілген.</translation>
        </message>
        <message>
            <source>No receipt {receipt} at this till.</source>
            <translation>Бұл кассада {receipt} чегі жоқ.</translation>
        </message>
        <message>
            <source>{text} is not a receipt number (e.g. 42 or ALM-01/1/42).</source>
            <translation>{text} — чек нөмірі емес (мысалы, 42 немесе ALM-01/1/42).</translation>
        </message>
        <message>
            <source>a company or document reference, not personal data</source>
            <translation>ұйым немесе құжат деректемелері, дербес деректер емес</translation>
        </message>
        <message>
            <source>at most {n} characters</source>
            <translation>{n} таңбадан аспайды</translation>
        </message>
        <message>
            <source>{text} is not a period: give a month as YYYY-MM or an ISO week as YYYY-Www (e.g. 2026-10, 2026-W42).</source>
            <translation>{text} кезең емес: айды ЖЖЖЖ-АА түрінде, ISO аптасын ЖЖЖЖ-Wнн түрінде көрсетіңіз (мысалы, 2026-10, 2026-W42).</translation>
        </message>
        <message>
            <source>Statistics are exported for a whole month or ISO week only; {first} to {last} is not one.</source>
            <translation>Статистика тек толық ай немесе ISO аптасы үшін шығарылады; {first} — {last} аралығы ондай емес.</translation>
        </message>
        <message>
            <source>{period} is not over yet (it ends on {last}): its figures would still change.</source>
            <translation>{period} кезеңі әлі аяқталған жоқ ({last} күні аяқталады): оның көрсеткіштері әлі өзгереді.</translation>
        </message>
        <message>
            <source>{period} partly overlaps {other}, already exported; export periods of the kind already used.</source>
            <translation>{period} кезеңі бұрын шығарылған {other} кезеңімен ішінара қиылысады; бұрын қолданылған түрдегі кезеңдерді шығарыңыз.</translation>
        </message>
        <message>
            <source>The recipient is too long: at most {n} characters.</source>
            <translation>Алушы тым ұзын: ең көбі {n} таңба.</translation>
        </message>
        <message>
            <source>Name the recipient organisation; a long number does not belong here.</source>
            <translation>Алушы ұйымның атауын көрсетіңіз; ұзын нөмірдің мұнда орны жоқ.</translation>
        </message>
        <message>
            <source>Receipt {receipt} is another buyer's sale.</source>
            <translation>{receipt} чегі — басқа сатып алушыға сату.</translation>
        </message>
        <message>
            <source>staff access list</source>
            <translation>қызметкерлердің қолжетімділік тізімі</translation>
        </message>
        <message>
            <source>There is no incident {incident}.</source>
            <translation>{incident} инциденті жоқ.</translation>
        </message>
        <message>
            <source>Incident {incident} is closed; nothing more can be recorded on it.</source>
            <translation>{incident} инциденті жабылған; оған енді ештеңе жазуға болмайды.</translation>
        </message>
        <message>
            <source>Fill in {name}.</source>
            <translation>{name} өрісін толтырыңыз.</translation>
        </message>
        <message>
            <source>{name} is longer than {limit} characters.</source>
            <translation>{name} өрісі {limit} таңбадан ұзын.</translation>
        </message>
        <message>
            <source>{text} is not a time; type it as 2026-11-27 15:30.</source>
            <translation>{text} уақыт емес; оны 2026-11-27 15:30 түрінде жазыңыз.</translation>
        </message>
        <message>
            <source>The {name} time is in the future.</source>
            <translation>{name} уақыты әлі келмеген.</translation>
        </message>
        <message>
            <source>No person responsible for personal data is set; the store admin sets one in settings.</source>
            <translation>Дербес деректерді өңдеуге жауапты адам тағайындалмаған; дүкен әкімшісі оны баптауларда көрсетеді.</translation>
        </message>
        <message>
            <source>Fill in the responsible person's {name}.</source>
            <translation>Жауапты адамның {name} өрісін толтырыңыз.</translation>
        </message>
        <message>
            <source>{path} already exists; choose a new file name.</source>
            <translation>{path} бар; басқа файл атауын таңдаңыз.</translation>
        </message>
        <message>
            <source>Sign in first: only a staff member may see buyers' data.</source>
            <translation>Алдымен кіріңіз: сатып алушылардың деректерін тек қызметкер көреді.</translation>
        </message>
        <message>
            <source>Head office's directives are applied only by the till's sync.</source>
            <translation>Бас кеңсенің нұсқауларын тек кассаның синхрондауы қолданады.</translation>
        </message>
        <message>
            <source>Head office holds {n} of them with other content: they stay unsent; tell head office.</source>
            <translation>Бас кеңседе олардың {n} басқа мазмұнмен сақталған: олар жіберілмеген күйде қалады; бас кеңсеге хабарлаңыз.</translation>
        </message>
        <message>
            <source>Head office says this till's audit log lost entries it had recorded: run `pos check` and tell head office.</source>
            <translation>Бас кеңсе бұл кассаның аудит журналынан ол бұрын тіркеген жазбалар жоғалғанын хабарлайды: `pos check` орындап, бас кеңсеге хабарлаңыз.</translation>
        </message>
        <message>
            <source>Printed: {what}. This printer does not report its status, so running out of paper cannot be detected.</source>
            <translation>Басылды: {what}. Бұл принтер өз күйін хабарламайды, сондықтан қағаздың таусылғаны байқалмайды.</translation>
        </message>
        <message>
            <source>The printer did not answer the status query within {seconds} s. If it never answers status queries, add ?status=0 to its address to print without asking.</source>
            <translation>Принтер күй сұрауына {seconds} с ішінде жауап бермеді. Егер ол мұндай сұрауларға ешқашан жауап бермесе, сұраусыз басу үшін оның мекенжайына ?status=0 қосыңыз.</translation>
        </message>
        <message>
            <source>The printer's network cannot be reached: check its cable or Wi-Fi.</source>
            <translation>Принтер желісі қолжетімсіз: кабельді немесе Wi-Fi-ды тексеріңіз.</translation>
        </message>
        <message>
            <source>The till is not allowed to use the printer's device.</source>
            <translation>Кассаның принтер құрылғысына рұқсаты жоқ.</translation>
        </message>
        <message>
            <source>The printer's device is not there: is it plugged in, on the right port?</source>
            <translation>Принтер құрылғысы табылмады: ол қосылған ба, дұрыс портқа ма?</translation>
        </message>
        <message>
            <source>The printer's device is busy with another program.</source>
            <translation>Принтер құрылғысын басқа бағдарлама пайдаланып тұр.</translation>
        </message>
        <message>
            <source>Line {line}: the weight must be in kilograms to the gram, more than 0 and at most {n}.</source>
            <translation>{line}-жол: салмақ килограммен грамға дейінгі дәлдікпен, 0-ден көп және {n}-нан аспайтын болуы керек.</translation>
        </message>
        <message>
            <source>The discount must be a percent from 0 to 100 (e.g. 10%) or an amount in tenge above zero.</source>
            <translation>Жеңілдік — 0-ден 100-ге дейінгі пайыз (мысалы, 10%) немесе нөлден жоғары теңгедегі сома.</translation>
        </message>
        <message>
            <source>The discount {amount} is more than line {line} costs ({base}); a discount never takes a line below zero.</source>
            <translation>{amount} жеңілдігі {line}-жолдың құнынан ({base}) көп; жеңілдік жолды нөлден төмен түсірмейді.</translation>
        </message>
        <message>
            <source>The receipt discount {amount} is more than the receipt costs ({base}).</source>
            <translation>Чекке {amount} жеңілдігі чек сомасынан ({base}) көп.</translation>
        </message>
        <message>
            <source>A discount of {share} is above this store's limit of {limit}: a sales manager's PIN approves it.</source>
            <translation>{share} жеңілдігі дүкеннің {limit} шегінен жоғары: сату менеджерінің PIN-коды қажет.</translation>
        </message>
        <message>
            <source>That PIN is not an active sales manager's of this store.</source>
            <translation>Бұл PIN осы дүкеннің белсенді сату менеджеріне тиесілі емес.</translation>
        </message>
        <message>
            <source>A discount needs a reason.</source>
            <translation>Жеңілдіктің себебін көрсетіңіз.</translation>
        </message>
        <message>
            <source>The reason is too long (at most {n} characters) or holds a number that looks like an IIN or a phone.</source>
            <translation>Себеп тым ұзын (ең көбі {n} таңба) немесе ЖСН не телефонға ұқсас нөмірі бар.</translation>
        </message>
        <message>
            <source>The discount limit must be a percent from 0 to 100.</source>
            <translation>Жеңілдік шегі — 0-ден 100-ге дейінгі пайыз.</translation>
        </message>
        <message>
            <source>Nothing imported: {count} bad rows: {rows}</source>
            <translation>Ештеңе жүктелмеді: қате жолдар саны {count}: {rows}</translation>
        </message>
        <message>
            <source>Cannot read the price list {path}.</source>
            <translation>{path} баға тізімін оқу мүмкін болмады.</translation>
        </message>
        <message>
            <source>No product on sale with barcode or code {barcode}.</source>
            <translation>{barcode} штрихкоды немесе коды бар сатылымдағы тауар жоқ.</translation>
        </message>
        <message>
            <source>Product {barcode} goes on sale at {at}.</source>
            <translation>{barcode} тауары {at} сатылымға шығады.</translation>
        </message>
        <message>
            <source>Give at least one bank and one product.</source>
            <translation>Кемінде бір банк пен бір өнімді көрсетіңіз.</translation>
        </message>
        <message>
            <source>A line of the list is empty.</source>
            <translation>Тізім жолы бос.</translation>
        </message>
        <message>
            <source>A name in the list is longer than {n} characters.</source>
            <translation>Тізімдегі атау {n} таңбадан ұзын.</translation>
        </message>
        <message>
            <source>credit summary</source>
            <translation>несие туралы мәлімет</translation>
        </message>
        <message>
            <source>The rate of {product} must be a percent from 0 to 100, e.g. 24.9.</source>
            <translation>{product} өнімінің мөлшерлемесі 0-ден 100-ге дейінгі пайыз болуы керек, мысалы 24,9.</translation>
        </message>
        <message>
            <source>A weighed-goods label layout needs 2-digit prefixes, and code and weight digits adding up to 10.</source>
            <translation>Салмақ заттаңбасының пішімі: 2 цифрлы префикстер, код пен салмақ цифрларының қосындысы 10.</translation>
        </message>
        <message>
            <source>repayment receipt</source>
            <translation>өтеу түбіртегі</translation>
        </message>
        <message>
            <source>Give a payment: cash, card or both.</source>
            <translation>Төлемді көрсетіңіз: қолма-қол, карта немесе екеуі де.</translation>
        </message>
        <message>
            <source>{kind} is not paid at the till: only cash and card make up a sale.</source>
            <translation>{kind} кассада төленбейді: сатуды тек қолма-қол мен карта құрайды.</translation>
        </message>
        <message>
            <source>{method} is given twice: a sale takes at most one cash and one card payment.</source>
            <translation>{method} екі рет көрсетілді: сатуда бір қолма-қол және бір карта төлемінен артық болмайды.</translation>
        </message>
        <message>
            <source>The card amount must be more than zero and no more than the total; cash pays the rest.</source>
            <translation>Карта сомасы нөлден үлкен және жалпы сомадан аспауы керек; қалғаны қолма-қол.</translation>
        </message>
        <message>
            <source>A card-only payment pays the whole total; add cash for the rest.</source>
            <translation>Тек картамен төлем бүкіл соманы жабады; қалғанына қолма-қол қосыңыз.</translation>
        </message>
        <message>
            <source>The card pays the whole total: leave the cash empty.</source>
            <translation>Карта бүкіл соманы төлейді: қолма-қолды бос қалдырыңыз.</translation>
        </message>
        <message>
            <source>The card reference is the terminal's approval code (6 letters or digits) or RRN (12 digits).</source>
            <translation>Операция коды — терминалдың авторизация коды (6 әріп не сан) немесе RRN (12 сан).</translation>
        </message>
        <message>
            <source>{text} is not BARCODE or BARCODE:QTY.</source>
            <translation>{text} — ШТРИХКОД немесе ШТРИХКОД:САНЫ емес.</translation>
        </message>
        <message>
            <source>{text} is not cash[:T] or card[:T[:RRN]].</source>
            <translation>{text} — cash[:T] немесе card[:T[:RRN]] емес.</translation>
        </message>
        <message>
            <source>No product with barcode {barcode}.</source>
            <translation>{barcode} штрихкоды бар тауар жоқ.</translation>
        </message>
        <message>
            <source>That held sale is no longer there (resumed or removed).</source>
            <translation>Бұл кейінге қалдырылған сату енді жоқ (жалғастырылған немесе жойылған).</translation>
        </message>
        <message>
            <source>An empty sale cannot be held.</source>
            <translation>Бос сатуды кейінге қалдыруға болмайды.</translation>
        </message>
        <message>
            <source>Pick at least one line and a quantity to return.</source>
            <translation>Қайтару үшін кемінде бір жол мен санын таңдаңыз.</translation>
        </message>
        <message>
            <source>Receipt {receipt} has no line {line}.</source>
            <translation>{receipt} чегінде {line} жолы жоқ.</translation>
        </message>
        <message>
            <source>Line {line}: at most {n} can still be returned.</source>
            <translation>{line} жол: ең көбі {n} қайтаруға болады.</translation>
        </message>
        <message>
            <source>Give the reason for the return.</source>
            <translation>Қайтару себебін көрсетіңіз.</translation>
        </message>
        <message>
            <source>The reason is longer than {n} characters.</source>
            <translation>Себеп {n} таңбадан ұзын.</translation>
        </message>
        <message>
            <source>The sale was {days} days ago: after {limit} days a sales manager's PIN and a reason are needed.</source>
            <translation>Сату {days} күн бұрын болды: {limit} күннен кейін сату менеджерінің PIN-і мен себеп қажет.</translation>
        </message>
        <message>
            <source>A late return is approved by a sales manager or a store admin.</source>
            <translation>Кешіккен қайтаруға сату менеджері немесе дүкен әкімшісі рұқсат береді.</translation>
        </message>
        <message>
            <source>Give the reason for accepting a late return.</source>
            <translation>Кешіккен қайтаруды қабылдау себебін көрсетіңіз.</translation>
        </message>
        <message>
            <source>No such return.</source>
            <translation>Мұндай қайтару жоқ.</translation>
        </message>
        <message>
            <source>Receipt {receipt} is not from this shift.</source>
            <translation>{receipt} чегі бұл ауысымнан емес.</translation>
        </message>
        <message>
            <source>return receipt</source>
            <translation>қайтару чегі</translation>
        </message>
        <message>
            <source>return act</source>
            <translation>қайтару актісі</translation>
        </message>
        <message>
            <source>No sales manager of this store has that PIN.</source>
            <translation>Бұл дүкеннің бірде-бір сату менеджерінде мұндай PIN жоқ.</translation>
        </message>
        <message>
            <source>delivery slip</source>
            <translation>жеткізу парағы</translation>
        </message>
        <message>
            <source>No shift is open on this register: open the shift first (Shift menu, Shift+F1).</source>
            <translation>Бұл кассада ашық ауысым жоқ: алдымен ауысымды ашыңыз («Ауысым» мәзірі, Shift+F1).</translation>
        </message>
        <message>
            <source>Shift {number} is already open on this register.</source>
            <translation>Бұл кассада {number} ауысым ашық тұр.</translation>
        </message>
        <message>
            <source>Shift {number} has been open {hours} hours: no more sales in it. Close the shift (Z report) and open a new one.</source>
            <translation>{number} ауысым {hours} сағаттан бері ашық: онда енді сатуға болмайды. Ауысымды жабыңыз (Z-есеп) және жаңасын ашыңыз.</translation>
        </message>
        <message>
            <source>The amount must be between 0 and 100 000 000 tenge.</source>
            <translation>Сома 0-ден 100 000 000 теңгеге дейін болуы керек.</translation>
        </message>
        <message>
            <source>The amount must be above zero.</source>
            <translation>Сома нөлден үлкен болуы керек.</translation>
        </message>
        <message>
            <source>Give the reason.</source>
            <translation>Негіздемені көрсетіңіз.</translation>
        </message>
        <message>
            <source>That is more cash than the drawer should hold.</source>
            <translation>Бұл кассада болуы керек қолма-қол ақшадан көп.</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>X-есеп</translation>
        </message>
        <message>
            <source>Z report</source>
            <translation>Z-есеп</translation>
        </message>
        <message>
            <source>cash slip</source>
            <translation>салу/алу чегі</translation>
        </message>
        <message>
            <source>The cash register service refused the till's login (error {kkm}); the store admin checks the fiscal settings.</source>
            <translation>Касса сервисі кассаның кіруін қабылдамады (қате {kkm}); дүкен әкімшісі фискалдық баптауларды тексереді.</translation>
        </message>
        <message>
            <source>The cash register is not found, blocked or not activated (error {kkm}).</source>
            <translation>Касса табылмады, бұғатталған немесе белсендірілмеген (қате {kkm}).</translation>
        </message>
        <message>
            <source>The cash register has not that much cash (error {kkm}).</source>
            <translation>Кассада мұндай қолма-қол ақша жоқ (қате {kkm}).</translation>
        </message>
        <message>
            <source>The cash register refused the document (error {kkm}); it waits for a fix.</source>
            <translation>Касса құжатты қабылдамады (қате {kkm}); ол түзетуді күтеді.</translation>
        </message>
        <message>
            <source>The shift is open for more than 24 hours (error {kkm}): close it first.</source>
            <translation>Ауысым 24 сағаттан артық ашық (қате {kkm}): алдымен оны жабыңыз.</translation>
        </message>
        <message>
            <source>The cash register has no open shift (error {kkm}): open a shift.</source>
            <translation>Кассада ашық ауысым жоқ (қате {kkm}): ауысым ашыңыз.</translation>
        </message>
        <message>
            <source>The cash register already has this document (error {kkm}).</source>
            <translation>Бұл құжат кассада бар (қате {kkm}).</translation>
        </message>
        <message>
            <source>The cash register has been offline for more than 72 hours (error {kkm}).</source>
            <translation>Касса 72 сағаттан артық байланыссыз жұмыс істейді (қате {kkm}).</translation>
        </message>
        <message>
            <source>The cash register has no such document (error {kkm}).</source>
            <translation>Кассада мұндай құжат жоқ (қате {kkm}).</translation>
        </message>
        <message>
            <source>The cash register refused the document (error {kkm}).</source>
            <translation>Касса құжатты қабылдамады (қате {kkm}).</translation>
        </message>
        <message>
            <source>{name} is not a fiscal provider; use {allowed}.</source>
            <translation>{name} фискалдық провайдер емес; {allowed} пайдаланыңыз.</translation>
        </message>
        <message>
            <source>The fiscal {name} is not set; the store admin sets it.</source>
            <translation>Фискалдық {name} орнатылмаған; оны дүкен әкімшісі орнатады.</translation>
        </message>
        <message>
            <source>The fiscal {name} is not in the keyring or the environment ({variable}).</source>
            <translation>Фискалдық {name} кілттер қоймасында да, ортада да ({variable}) жоқ.</translation>
        </message>
        <message>
            <source>Too many wrong manager PINs: approvals by PIN are locked until {until}. A store admin can unlock them.</source>
            <translation>Менеджердің қате PIN-кодтары тым көп: PIN-код арқылы растау {until} дейін бұғатталды. Дүкен әкімшісі бұғатты ала алады.</translation>
        </message>
        <message>
            <source>Too many wrong manager PINs: approvals by PIN are locked until a store admin unlocks them.</source>
            <translation>Менеджердің қате PIN-кодтары тым көп: дүкен әкімшісі бұғатты алғанша PIN-код арқылы растау бұғатталды.</translation>
        </message>
        <message>
            <source>A repayment is paid in cash or by card, not {method}.</source>
            <translation>Өтеу қолма-қол ақшамен немесе картамен төленеді, «{method}» емес.</translation>
        </message>
        <message>
            <source>The cash register service cannot be reached; documents wait.</source>
            <translation>Касса сервисіне қосылу мүмкін емес; құжаттар күтуде.</translation>
        </message>
        <message>
            <source>The cash register refused the cash out: only {in_box} in the box. The cash out is not counted.</source>
            <translation>Касса ақша алуды қабылдамады: кассада тек {in_box} бар. Ақша алу есепке алынбады.</translation>
        </message>
        <message>
            <source>The cash register refused the cash out: not enough cash in the box. The cash out is not counted.</source>
            <translation>Касса ақша алуды қабылдамады: кассада қолма-қол ақша жеткіліксіз. Ақша алу есепке алынбады.</translation>
        </message>
        <message>
            <source>The cash register refused: only {in_box} in the box.</source>
            <translation>Касса қабылдамады: кассада тек {in_box} бар.</translation>
        </message>
        <message>
            <source>The cash register refused: not enough cash in the box.</source>
            <translation>Касса қабылдамады: кассада қолма-қол ақша жеткіліксіз.</translation>
        </message>
        <message>
            <source>{text} is not a number of pieces: this product is sold by the piece, type a whole number from 1 to {n}.</source>
            <translation>{text} — дана саны емес: бұл тауар данамен сатылады, 1-ден {n}-ге дейінгі бүтін сан енгізіңіз.</translation>
        </message>
        <message>
            <source>{text} is not a weight: type kilograms to the gram, e.g. 0,750 or 1.25 (more than 0, at most {n}).</source>
            <translation>{text} — салмақ емес: килограмды грамға дейін енгізіңіз, мысалы 0,750 немесе 1,25 (0-ден артық, {n}-ден аспайды).</translation>
        </message>
    </context>
    <context>
        <name>ProductEntry</name>
        <message>
            <source>No product with barcode {code}.</source>
            <translation>{code} штрихкоды бар тауар жоқ.</translation>
        </message>
        <message>
            <source>No product found by that name.</source>
            <translation>Мұндай атаулы тауар табылмады.</translation>
        </message>
        <message>
            <source>Down to choose, Enter to add.</source>
            <translation>Төмен көрсеткі — таңдау, Enter — қосу.</translation>
        </message>
        <message>
            <source>&amp;Barcode or name (F2):</source>
            <translation>&amp;Штрихкод немесе атауы (F2):</translation>
        </message>
        <message>
            <source>scan, or a name + Enter</source>
            <translation>скан немесе атауы + Enter</translation>
        </message>
        <message>
            <source>Barcode or product name</source>
            <translation>Штрихкод немесе тауар атауы</translation>
        </message>
        <message>
            <source>&amp;Qty (F4):</source>
            <translation>&amp;Саны (F4):</translation>
        </message>
        <message>
            <source>Quantity of the chosen line</source>
            <translation>Таңдалған жолдағы саны</translation>
        </message>
        <message>
            <source>Products found</source>
            <translation>Табылған тауарлар</translation>
        </message>
    </context>
    <context>
        <name>RefusalTab</name>
        <message>
            <source>Written refusal recorded. Print the confirmation for the buyer.</source>
            <translation>Жазбаша бас тарту жазылды. Сатып алушыға растауды басып беріңіз.</translation>
        </message>
        <message>
            <source>The buyer refuses processing in writing: their data is destroyed, or kept only for an outstanding credit until it is repaid.</source>
            <translation>Сатып алушы өңдеуден жазбаша бас тартады: деректер жойылады немесе тек өтелмеген несие үшін ол өтелгенге дейін сақталады.</translation>
        </message>
        <message>
            <source>Reference of the written refusal:</source>
            <translation>Жазбаша бас тартудың нөмірі:</translation>
        </message>
        <message>
            <source>Written refusal reference</source>
            <translation>Жазбаша бас тарту нөмірі</translation>
        </message>
        <message>
            <source>Record written refusal</source>
            <translation>Жазбаша бас тартуды жазу</translation>
        </message>
        <message>
            <source>Refusal confirmation</source>
            <translation>Бас тартуды растау</translation>
        </message>
        <message>
            <source>Print confirmation</source>
            <translation>Растауды басып шығару</translation>
        </message>
        <message>
            <source>Personal data destroyed. Destroy {n} signed paper slip(s) numbered as in the confirmation, and print the destruction act.</source>
            <translation>Дербес деректер жойылды. Растаудағы нөмірлері бар қол қойылған қағаз келісімдерді ({n}) жойып, жою туралы актіні басып шығарыңыз.</translation>
        </message>
        <message>
            <source>Document number and date, e.g. No. 15 of 01.03.2026 (no name, IIN or phone)</source>
            <translation>Құжаттың нөмірі мен күні, мысалы, 01.03.2026 ж. № 15 (атсыз, ЖСН-сіз және телефонсыз)</translation>
        </message>
        <message>
            <source>Print destruction act</source>
            <translation>Жою туралы актіні басып шығару</translation>
        </message>
    </context>
    <context>
        <name>ReportTab</name>
        <message>
            <source>Building the report...</source>
            <translation>Есеп құрылуда...</translation>
        </message>
        <message>
            <source>Access report ready; the request is recorded as answered.</source>
            <translation>Есеп дайын; өтініш орындалды деп жазылды.</translation>
        </message>
        <message>
            <source>Show everything held</source>
            <translation>Барлық деректерді көрсету</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>Есепті басып шығару</translation>
        </message>
        <message>
            <source>Access report</source>
            <translation>Деректер туралы есеп</translation>
        </message>
    </context>
    <context>
        <name>RightsDialog</name>
        <message>
            <source>Find the buyer first (their IIN, phone or name).</source>
            <translation>Алдымен сатып алушыны табыңыз (ЖСН, телефон немесе аты).</translation>
        </message>
        <message>
            <source>Outstanding {kind} with {bank}</source>
            <translation>Өтелмеген: {kind}, {bank}</translation>
        </message>
        <message>
            <source>Printing...</source>
            <translation>Басылуда...</translation>
        </message>
        <message>
            <source>Buyer's rights</source>
            <translation>Сатып алушы құқықтары</translation>
        </message>
        <message>
            <source>Papers in:</source>
            <translation>Құжаттар тілі:</translation>
        </message>
        <message>
            <source>Language of the papers</source>
            <translation>Құжаттар тілі</translation>
        </message>
        <message>
            <source>Access report</source>
            <translation>Деректер туралы есеп</translation>
        </message>
        <message>
            <source>Correct data</source>
            <translation>Деректерді түзету</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Келісімді кері қайтару</translation>
        </message>
        <message>
            <source>Written refusal</source>
            <translation>Жазбаша бас тарту</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Жабу (Esc)</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Деректерді беру</translation>
        </message>
    </context>
    <context>
        <name>SaleScreen</name>
        <message>
            <source>Added: {name}</source>
            <translation>Қосылды: {name}</translation>
        </message>
        <message>
            <source>Change: {amount}</source>
            <translation>Қайтарым: {amount}</translation>
        </message>
        <message>
            <source>Buyer chosen.</source>
            <translation>Сатып алушы таңдалды.</translation>
        </message>
        <message>
            <source>The buyer refused: nothing they gave was kept. The sale can go on as an anonymous cash sale.</source>
            <translation>Сатып алушы бас тартты: деректері сақталмады. Сатуды анонимді қолма-қол жалғастыруға болады.</translation>
        </message>
        <message>
            <source>Consent recorded.</source>
            <translation>Келісім жазылды.</translation>
        </message>
        <message>
            <source>Consent cancelled: nothing was stored.</source>
            <translation>Келісім болдырылмады: ештеңе сақталмады.</translation>
        </message>
        <message>
            <source>This sale needs the buyer: find them (F3) or register a new buyer (F9).</source>
            <translation>Бұл сатуға сатып алушы қажет: табыңыз (F3) немесе жаңасын тіркеңіз (F9).</translation>
        </message>
        <message>
            <source>Recording the sale...</source>
            <translation>Сату жазылуда...</translation>
        </message>
        <message>
            <source>Sale No. {number} recorded: {total}, {payment}.</source>
            <translation>№ {number} сату жазылды: {total}, {payment}.</translation>
        </message>
        <message>
            <source>Open sale</source>
            <translation>Ашық сату</translation>
        </message>
        <message>
            <source>A sale is open. Hold it to finish later, or cancel it?</source>
            <translation>Сату аяқталмаған. Кейін аяқтау үшін кейінге қалдыру ма, әлде болдырмау ма?</translation>
        </message>
        <message>
            <source>Hold it</source>
            <translation>Кейінге қалдыру</translation>
        </message>
        <message>
            <source>Cancel the sale</source>
            <translation>Сатуды болдырмау</translation>
        </message>
        <message>
            <source>Go back to it</source>
            <translation>Оған оралу</translation>
        </message>
        <message>
            <source>Cancel the open sale? Its lines are dropped; nothing was recorded.</source>
            <translation>Ашық сатуды болдырмау ма? Оның жолдары өшіріледі; ештеңе жазылған жоқ.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Қалдыру</translation>
        </message>
        <message>
            <source>The sale was cancelled.</source>
            <translation>Сату болдырылмады.</translation>
        </message>
        <message>
            <source>The sale is held: Ctrl+Shift+H brings it back.</source>
            <translation>Сату кейінге қалдырылды: Ctrl+Shift+H оны қайтарады.</translation>
        </message>
        <message>
            <source>The held sale is back.</source>
            <translation>Кейінге қалдырылған сату қайтарылды.</translation>
        </message>
        <message>
            <source>Return No. {number} recorded.</source>
            <translation>№ {number} қайтару жазылды.</translation>
        </message>
        <message>
            <source>Choose a line first: the quantity is the chosen line's.</source>
            <translation>Алдымен жолды таңдаңыз: саны таңдалған жолға қолданылады.</translation>
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
            <translation>Ештеңе өзгерген жоқ.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Сақталды.</translation>
        </message>
        <message>
            <source>No printing in this window.</source>
            <translation>Бұл терезеде басып шығару жоқ.</translation>
        </message>
        <message>
            <source>Sync with head office</source>
            <translation>Бас кеңсемен алмасу</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>қолжетімсіз</translation>
        </message>
        <message>
            <source>Re-encrypting the database; keep the till on.</source>
            <translation>Дерекқор қайта шифрлануда; кассаны өшірмеңіз.</translation>
        </message>
        <message>
            <source>Database key changed; use the new key from now on.</source>
            <translation>Дерекқор кілті өзгертілді; енді жаңа кілтті қолданыңыз.</translation>
        </message>
        <message>
            <source>The OS keyring entry was updated.</source>
            <translation>ОЖ кілттер қоймасындағы жазба жаңартылды.</translation>
        </message>
        <message>
            <source>Exporting statistics</source>
            <translation>Статистиканы түсіру</translation>
        </message>
        <message>
            <source>The export runs in the background; the file goes to the exports folder.</source>
            <translation>Түсіру фонда жүреді; файл exports қалтасына түседі.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Баптаулар</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Тіл</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Принтер</translation>
        </message>
        <message>
            <source>Head office</source>
            <translation>Бас кеңсе</translation>
        </message>
        <message>
            <source>Database key</source>
            <translation>Дерекқор кілті</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Тапсырмалар</translation>
        </message>
        <message>
            <source>Window language:</source>
            <translation>Терезе тілі:</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Терезе тілі</translation>
        </message>
        <message>
            <source>Printer address:</source>
            <translation>Принтер мекенжайы:</translation>
        </message>
        <message>
            <source>Paper width:</source>
            <translation>Қағаз ені:</translation>
        </message>
        <message>
            <source>Printed in:</source>
            <translation>Басып шығару тілі:</translation>
        </message>
        <message>
            <source>Printer address</source>
            <translation>Принтер мекенжайы</translation>
        </message>
        <message>
            <source>Paper width</source>
            <translation>Қағаз ені</translation>
        </message>
        <message>
            <source>Language of printed papers</source>
            <translation>Басылған құжаттар тілі</translation>
        </message>
        <message>
            <source>Test print</source>
            <translation>Сынақ басу</translation>
        </message>
        <message>
            <source>Head office address:</source>
            <translation>Бас кеңсе мекенжайы:</translation>
        </message>
        <message>
            <source>Store credential:</source>
            <translation>Дүкеннің қол жеткізу кілті:</translation>
        </message>
        <message>
            <source>Head office address</source>
            <translation>Бас кеңсе мекенжайы</translation>
        </message>
        <message>
            <source>Store credential</source>
            <translation>Дүкеннің қол жеткізу кілті</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Қазір алмасу</translation>
        </message>
        <message>
            <source>The database is re-encrypted under the new key; the old file stays until the new one is checked.</source>
            <translation>Дерекқор жаңа кілтпен қайта шифрланады; жаңасы тексерілгенше ескі файл сақталады.</translation>
        </message>
        <message>
            <source>New key:</source>
            <translation>Жаңа кілт:</translation>
        </message>
        <message>
            <source>Repeat:</source>
            <translation>Қайталаңыз:</translation>
        </message>
        <message>
            <source>New database key</source>
            <translation>Дерекқордың жаңа кілті</translation>
        </message>
        <message>
            <source>Repeat the new key</source>
            <translation>Жаңа кілтті қайталаңыз</translation>
        </message>
        <message>
            <source>Change the key</source>
            <translation>Кілтті ауыстыру</translation>
        </message>
        <message>
            <source>Key change progress</source>
            <translation>Кілтті ауыстыру барысы</translation>
        </message>
        <message>
            <source>Long jobs run in the background and show their progress in the status bar.</source>
            <translation>Ұзақ тапсырмалар фонда орындалады, барысы күй жолында көрінеді.</translation>
        </message>
        <message>
            <source>Export statistics (CSV)</source>
            <translation>Статистиканы түсіру (CSV)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Жабу (Esc)</translation>
        </message>
        <message>
            <source>Type the printer address first.</source>
            <translation>Алдымен принтер мекенжайын енгізіңіз.</translation>
        </message>
        <message>
            <source>Printing the test page on {url}...</source>
            <translation>{url} принтерінде сынақ беті басылуда...</translation>
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
            <translation>POS_PRINTER айнымалысы берілген: касса төмендегі мекенжайға қарамастан {url} принтерінде басады. Сынақ басу төмендегі мекенжайға жіберіледі.</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Несие</translation>
        </message>
        <message>
            <source>The partner banks and bank products a credit or installment sale offers. One bank per line; one product per line with its annual interest rate in percent after a colon (0 for an installment plan), e.g. standard: 24.9</source>
            <translation>Несиеге және бөліп төлеуге сатуда ұсынылатын серіктес банктер мен банк өнімдері. Әр жолда бір банк; әр жолда бір өнім, қос нүктеден кейін жылдық мөлшерлемесі пайызбен (бөліп төлеу үшін 0), мысалы standard: 24,9</translation>
        </message>
        <message>
            <source>Partner banks:</source>
            <translation>Серіктес банктер:</translation>
        </message>
        <message>
            <source>Bank products:</source>
            <translation>Банк өнімдері:</translation>
        </message>
        <message>
            <source>Partner banks, one per line</source>
            <translation>Серіктес банктер, әр жолда біреуден</translation>
        </message>
        <message>
            <source>Bank products with their rates</source>
            <translation>Банк өнімдері мөлшерлемелерімен</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Database key</source>
            <translation>Дерекқор кілті</translation>
        </message>
        <message>
            <source>The till's database key:</source>
            <translation>Касса дерекқорының кілті:</translation>
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
            <translation>Алмасу: бапталмаған ({n} күтуде)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>болмаған</translation>
        </message>
        <message>
            <source>Sync: {n} waiting, last success {last}</source>
            <translation>Алмасу: {n} күтуде, соңғы сәтті {last}</translation>
        </message>
        <message>
            <source>({n} refused)</source>
            <translation>(қабылданбады: {n})</translation>
        </message>
        <message>
            <source>Signed in: {name}, {role}</source>
            <translation>Кірген: {name}, {role}</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Ешкім кірмеген</translation>
        </message>
        <message>
            <source>Printer: ready</source>
            <translation>Принтер: дайын</translation>
        </message>
        <message>
            <source>Printer: ready, paper running low</source>
            <translation>Принтер: дайын, қағаз таусылып барады</translation>
        </message>
        <message>
            <source>Printer: {state}</source>
            <translation>Принтер: {state}</translation>
        </message>
        <message>
            <source>Retention: running</source>
            <translation>Сақтау мерзімдері: тексеру жүріп жатыр</translation>
        </message>
        <message>
            <source>Retention: never run</source>
            <translation>Сақтау мерзімдері: әлі тексерілмеген</translation>
        </message>
        <message>
            <source>Retention: today {time}</source>
            <translation>Сақтау мерзімдері: бүгін {time}</translation>
        </message>
        <message>
            <source>Retention: {when}</source>
            <translation>Сақтау мерзімдері: {when}</translation>
        </message>
        <message>
            <source>{text}, overdue</source>
            <translation>{text}, мерзімі өтті</translation>
        </message>
        <message>
            <source>Last run {when}: {expired} purposes expired, {destroyed} buyers destroyed, {errors} errors</source>
            <translation>Соңғы тексеру {when}: мерзімі өткен мақсаттар: {expired}, жойылған сатып алушылар: {destroyed}, қателер: {errors}</translation>
        </message>
        <message>
            <source>It stopped early: {reason}</source>
            <translation>Тоқтатылды: {reason}</translation>
        </message>
        <message>
            <source>No printer set</source>
            <translation>Принтер берілмеген</translation>
        </message>
        <message>
            <source>Fiscal: training mode, receipts are not fiscal</source>
            <translation>ККМ: оқу режимі, чектер фискалдық емес</translation>
        </message>
        <message>
            <source>Fiscal: {n} waiting, oldest {minutes} min</source>
            <translation>ККМ: жіберуді күтуде {n}, ең ескісі {minutes} мин</translation>
        </message>
        <message>
            <source>Fiscal: all sent</source>
            <translation>ККМ: бәрі жіберілді</translation>
        </message>
        <message>
            <source>shift open {hours} h of 24: close it (Z)</source>
            <translation>ауысым {hours} сағ ашық (24-тен): оны жабыңыз (Z)</translation>
        </message>
        <message>
            <source>offline {hours} h of 72</source>
            <translation>байланыссыз {hours} сағ (72-ден)</translation>
        </message>
    </context>
    <context>
        <name>TenderPanel</name>
        <message>
            <source>Credit and installment sales are for sales managers.</source>
            <translation>Несие мен бөліп төлеуді сату менеджері рәсімдейді.</translation>
        </message>
        <message>
            <source>Type the cash received, e.g. 20000</source>
            <translation>Алынған соманы енгізіңіз, мысалы 20000</translation>
        </message>
        <message>
            <source>Change: {amount}</source>
            <translation>Қайтарым: {amount}</translation>
        </message>
        <message>
            <source>Short by {amount}</source>
            <translation>{amount} жетпейді</translation>
        </message>
        <message>
            <source>Delivery (F11)</source>
            <translation>Жеткізу (F11)</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Жеткізу</translation>
        </message>
        <message>
            <source>Buyer wants offers</source>
            <translation>Сатып алушы ұсыныстар алғысы келеді</translation>
        </message>
        <message>
            <source>Cash received:</source>
            <translation>Алынды:</translation>
        </message>
        <message>
            <source>exact amount</source>
            <translation>қайтарымсыз</translation>
        </message>
        <message>
            <source>Cash received</source>
            <translation>Қолма-қол алынды</translation>
        </message>
        <message>
            <source>Finish sale (F12)</source>
            <translation>Сатуды аяқтау (F12)</translation>
        </message>
        <message>
            <source>Finish sale</source>
            <translation>Сатуды аяқтау</translation>
        </message>
        <message>
            <source>Cancel sale (Ctrl+Del)</source>
            <translation>Сатуды болдырмау (Ctrl+Del)</translation>
        </message>
        <message>
            <source>Cancel the open sale</source>
            <translation>Ашық сатуды болдырмау</translation>
        </message>
        <message>
            <source>Card part:</source>
            <translation>Картамен:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <source>Amount paid by card</source>
            <translation>Картамен төленген сома</translation>
        </message>
        <message>
            <source>Terminal code / RRN:</source>
            <translation>Терминал коды / RRN:</translation>
        </message>
        <message>
            <source>Card terminal approval code or RRN</source>
            <translation>Терминалдың авторизация коды немесе RRN</translation>
        </message>
    </context>
    <context>
        <name>WithdrawTab</name>
        <message>
            <source>Withdrawing...</source>
            <translation>Келісім кері қайтарылуда...</translation>
        </message>
        <message>
            <source>Consent withdrawn. Print the confirmation for the buyer.</source>
            <translation>Келісім кері қайтарылды. Сатып алушыға растауды басып беріңіз.</translation>
        </message>
        <message>
            <source>Tick the purposes the buyer withdraws. Data no remaining purpose needs is erased.</source>
            <translation>Сатып алушы келісімін қайтаратын мақсаттарды белгілеңіз. Басқа мақсатқа қажет емес деректер өшіріледі.</translation>
        </message>
        <message>
            <source>All purposes (full withdrawal)</source>
            <translation>Барлық мақсаттар (толық қайтару)</translation>
        </message>
        <message>
            <source>Withdraw all purposes</source>
            <translation>Барлық мақсаттар бойынша қайтару</translation>
        </message>
        <message>
            <source>Reference of the buyer's request (optional):</source>
            <translation>Сатып алушы өтінішінің нөмірі (міндетті емес):</translation>
        </message>
        <message>
            <source>Request reference</source>
            <translation>Өтініш нөмірі</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Кері қайтару</translation>
        </message>
        <message>
            <source>Withdrawal confirmation</source>
            <translation>Қайтаруды растау</translation>
        </message>
        <message>
            <source>Print confirmation</source>
            <translation>Растауды басып шығару</translation>
        </message>
        <message>
            <source>Personal data destroyed. Destroy {n} signed paper slip(s) numbered as in the confirmation, and print the destruction act.</source>
            <translation>Дербес деректер жойылды. Растаудағы нөмірлері бар қол қойылған қағаз келісімдерді ({n}) жойып, жою туралы актіні басып шығарыңыз.</translation>
        </message>
        <message>
            <source>Document number and date, e.g. No. 15 of 01.03.2026 (no name, IIN or phone)</source>
            <translation>Құжаттың нөмірі мен күні, мысалы, 01.03.2026 ж. № 15 (атсыз, ЖСН-сіз және телефонсыз)</translation>
        </message>
        <message>
            <source>Print destruction act</source>
            <translation>Жою туралы актіні басып шығару</translation>
        </message>
        <message>
            <source>Print the refusal for the buyer (reason and until when).</source>
            <translation>Сатып алушыға бас тартуды басып шығарыңыз (себебі және мерзімі).</translation>
        </message>
    </context>
    <context>
        <name>TransfersTab</name>
        <message>
            <source>legal basis: {basis}</source>
            <translation>құқықтық негіз: {basis}</translation>
        </message>
        <message>
            <source>No transfers recorded.</source>
            <translation>Берулер тіркелмеген.</translation>
        </message>
        <message>
            <source>Recording the hand-over...</source>
            <translation>Беруді тіркеп жатырмыз...</translation>
        </message>
        <message>
            <source>Legal basis (law, article, request number):</source>
            <translation>Құқықтық негіз (заң, бап, сұрау нөмірі):</translation>
        </message>
        <message>
            <source>Contract or request reference (optional):</source>
            <translation>Шарт немесе сұрау нөмірі (міндетті емес):</translation>
        </message>
        <message>
            <source>Recording the transfer...</source>
            <translation>Деректерді беруді тіркеп жатырмыз...</translation>
        </message>
        <message>
            <source>Recorded in the disclosure register: {recipient}, {name}.</source>
            <translation>Беру тізіліміне жазылды: {recipient}, {name}.</translation>
        </message>
        <message>
            <source>Personal data leaves the store only to couriers and postal services, partner banks, insurers, counterparties under contract and authorized government bodies. Each transfer is recorded here and shown in the buyer's access report.</source>
            <translation>Дербес деректер тек курьерлік және пошта қызметтеріне, серіктес банктерге, сақтандыру компанияларына, шарт бойынша контрагенттерге және уәкілетті мемлекеттік органдарға беріледі. Әр беру осында тіркеледі және сатып алушыға арналған есепте көрсетіледі.</translation>
        </message>
        <message>
            <source>Deliveries waiting for a carrier:</source>
            <translation>Тасымалдаушыны күтіп тұрған жеткізулер:</translation>
        </message>
        <message>
            <source>Deliveries waiting for a carrier</source>
            <translation>Тасымалдаушыны күтіп тұрған жеткізулер</translation>
        </message>
        <message>
            <source>Carrier:</source>
            <translation>Тасымалдаушы:</translation>
        </message>
        <message>
            <source>Company name, e.g. Kazpost</source>
            <translation>Компания атауы, мысалы Қазпошта</translation>
        </message>
        <message>
            <source>Carrier company</source>
            <translation>Тасымалдаушы компания</translation>
        </message>
        <message>
            <source>Postal service</source>
            <translation>Пошта қызметі</translation>
        </message>
        <message>
            <source>The carrier is a postal service</source>
            <translation>Тасымалдаушы — пошта қызметі</translation>
        </message>
        <message>
            <source>Hand over to carrier</source>
            <translation>Тасымалдаушыға беру</translation>
        </message>
        <message>
            <source>Record another transfer:</source>
            <translation>Басқа беруді тіркеу:</translation>
        </message>
        <message>
            <source>Recipient:</source>
            <translation>Алушы:</translation>
        </message>
        <message>
            <source>Recipient category</source>
            <translation>Алушы санаты</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Атауы:</translation>
        </message>
        <message>
            <source>Company or authority</source>
            <translation>Ұйым немесе орган</translation>
        </message>
        <message>
            <source>Recipient name</source>
            <translation>Алушының атауы</translation>
        </message>
        <message>
            <source>A document reference, not personal data (no IIN or phone)</source>
            <translation>Құжат деректемелері, дербес деректер емес (ЖСН мен телефонсыз)</translation>
        </message>
        <message>
            <source>Legal basis reference</source>
            <translation>Құқықтық негіз</translation>
        </message>
        <message>
            <source>Data transferred:</source>
            <translation>Берілетін деректер:</translation>
        </message>
        <message>
            <source>Record transfer</source>
            <translation>Беруді тіркеу</translation>
        </message>
        <message>
            <source>Transfers recorded for this buyer:</source>
            <translation>Осы сатып алушы деректерінің берілуі:</translation>
        </message>
        <message>
            <source>Transfers recorded for this buyer</source>
            <translation>Осы сатып алушы деректерінің берілуі</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>active</source>
            <translation>белсенді</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>өшірілген</translation>
        </message>
        <message>
            <source>locked until a store admin unlocks</source>
            <translation>әкімші ашқанша бұғатталған</translation>
        </message>
        <message>
            <source>locked until {time}</source>
            <translation>{time} дейін бұғатталған</translation>
        </message>
        <message>
            <source>no PIN: cannot sign in</source>
            <translation>PIN-код жоқ: кіре алмайды</translation>
        </message>
        <message>
            <source>can sign in</source>
            <translation>кіре алады</translation>
        </message>
        <message>
            <source>Choose a staff member in the list.</source>
            <translation>Тізімнен қызметкерді таңдаңыз.</translation>
        </message>
        <message>
            <source>Adding...</source>
            <translation>Қосылуда...</translation>
        </message>
        <message>
            <source>{name} added as {role}; they can sign in with their PIN now.</source>
            <translation>{name}: қосылды, рөлі: {role}; енді өз PIN-кодымен кіре алады.</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Ештеңе өзгерген жоқ.</translation>
        </message>
        <message>
            <source>{name} is now {role}.</source>
            <translation>{name}: жаңа рөлі: {role}.</translation>
        </message>
        <message>
            <source>New PIN set for {name}.</source>
            <translation>{name}: жаңа PIN-код орнатылды.</translation>
        </message>
        <message>
            <source>{name} can sign in again.</source>
            <translation>{name}: қайтадан кіре алады.</translation>
        </message>
        <message>
            <source>Deactivate a staff member</source>
            <translation>Қызметкерді өшіру</translation>
        </message>
        <message>
            <source>Deactivate {name}? They will no longer be able to sign in.</source>
            <translation>{name} қызметкерін өшіру керек пе? Ол енді кассаға кіре алмайды.</translation>
        </message>
        <message>
            <source>This cannot be undone; the history is kept.</source>
            <translation>Мұны қайтару мүмкін емес; тарих сақталады.</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Өшіру</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <source>{name} was deactivated.</source>
            <translation>{name}: қызметкер өшірілді.</translation>
        </message>
        <message>
            <source>No printing in this window.</source>
            <translation>Бұл терезеде басып шығару жоқ.</translation>
        </message>
        <message>
            <source>Printing the staff access list...</source>
            <translation>Қызметкерлердің қолжетімділік тізімі басылуда...</translation>
        </message>
        <message>
            <source>The staff access list was saved to {file} in the exports folder.</source>
            <translation>Қызметкерлердің қолжетімділік тізімі exports қалтасындағы {file} файлына сақталды.</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Қызметкерлер</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Аты</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Рөлі</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Есептік жазба</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Кіру</translation>
        </message>
        <message>
            <source>Staff members</source>
            <translation>Қызметкерлер</translation>
        </message>
        <message>
            <source>Chosen staff member</source>
            <translation>Таңдалған қызметкер</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Рөлі:</translation>
        </message>
        <message>
            <source>New PIN:</source>
            <translation>Жаңа PIN-код:</translation>
        </message>
        <message>
            <source>Repeat the PIN:</source>
            <translation>PIN-кодты қайталаңыз:</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Жаңа PIN-код</translation>
        </message>
        <message>
            <source>Repeat the new PIN</source>
            <translation>Жаңа PIN-кодты қайталаңыз</translation>
        </message>
        <message>
            <source>Change the role</source>
            <translation>Рөлді өзгерту</translation>
        </message>
        <message>
            <source>Set the new PIN</source>
            <translation>Жаңа PIN-кодты орнату</translation>
        </message>
        <message>
            <source>Unlock sign-in</source>
            <translation>Кіруді бұғаттан шығару</translation>
        </message>
        <message>
            <source>Deactivate...</source>
            <translation>Өшіру...</translation>
        </message>
        <message>
            <source>Add a staff member</source>
            <translation>Қызметкер қосу</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Аты:</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>&amp;Рөлі:</translation>
        </message>
        <message>
            <source>PI&amp;N:</source>
            <translation>PIN-&amp;код:</translation>
        </message>
        <message>
            <source>Repea&amp;t the PIN:</source>
            <translation>PIN-кодты &amp;қайталаңыз:</translation>
        </message>
        <message>
            <source>Role of the new staff member</source>
            <translation>Жаңа қызметкердің рөлі</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-код</translation>
        </message>
        <message>
            <source>Repeat the PIN</source>
            <translation>PIN-кодты қайталаңыз</translation>
        </message>
        <message>
            <source>4 to 8 digits</source>
            <translation>4–8 сан</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Қосу</translation>
        </message>
        <message>
            <source>Print the access list</source>
            <translation>Қолжетімділік тізімін басып шығару</translation>
        </message>
        <message>
            <source>Export the access list (CSV)</source>
            <translation>Қолжетімділік тізімін түсіру (CSV)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Жабу (Esc)</translation>
        </message>
        <message>
            <source>Your own role and account are changed by another store admin.</source>
            <translation>Өз рөліңізді және есептік жазбаңызды басқа дүкен әкімшісі өзгертеді.</translation>
        </message>
        <message>
            <source>Sales managers can approve by PIN again.</source>
            <translation>Сату менеджерлері қайтадан PIN-кодпен растай алады.</translation>
        </message>
        <message>
            <source>Unlock manager PIN approvals</source>
            <translation>Менеджердің PIN-кодымен растауды бұғаттан шығару</translation>
        </message>
    </context>
    <context>
        <name>CreditPaymentDialog</name>
        <message>
            <source>A receipt number has only digits.</source>
            <translation>Чек нөмірі тек сандардан тұрады.</translation>
        </message>
        <message>
            <source>Reading...</source>
            <translation>Жүктелуде...</translation>
        </message>
        <message>
            <source>Nothing outstanding for receipt No. {n}.</source>
            <translation>№ {n} чек бойынша өтелмеген қарыз жоқ.</translation>
        </message>
        <message>
            <source>No credit or installment is outstanding.</source>
            <translation>Өтелмеген несие немесе бөліп төлеу жоқ.</translation>
        </message>
        <message>
            <source>Choose the credit or installment first.</source>
            <translation>Алдымен несиені немесе бөліп төлеуді таңдаңыз.</translation>
        </message>
        <message>
            <source>Recording the repayment...</source>
            <translation>Өтеу жазылуда...</translation>
        </message>
        <message>
            <source>Repayment of {amount} recorded; outstanding {left}.</source>
            <translation>{amount} өтеу жазылды; қарыз қалдығы {left}.</translation>
        </message>
        <message>
            <source>Credit repayment</source>
            <translation>Несиені өтеу</translation>
        </message>
        <message>
            <source>Receipt No.:</source>
            <translation>Чек №:</translation>
        </message>
        <message>
            <source>Receipt number of the sale</source>
            <translation>Сатудың чек нөмірі</translation>
        </message>
        <message>
            <source>all outstanding</source>
            <translation>барлық өтелмегендер</translation>
        </message>
        <message>
            <source>Find (Enter)</source>
            <translation>Табу (Enter)</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Чек</translation>
        </message>
        <message>
            <source>Sold on</source>
            <translation>Сатылған күні</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Bank and product</source>
            <translation>Банк және өнім</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Ай сайын</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>Қалдық</translation>
        </message>
        <message>
            <source>Outstanding credits and installments</source>
            <translation>Өтелмеген несиелер мен бөліп төлеулер</translation>
        </message>
        <message>
            <source>Amount paid, ₸:</source>
            <translation>Енгізілген сома, ₸:</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Енгізілген сома</translation>
        </message>
        <message>
            <source>Whole outstanding (F6)</source>
            <translation>Бүкіл қалдық (F6)</translation>
        </message>
        <message>
            <source>Take the payment (Enter)</source>
            <translation>Төлемді қабылдау (Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Жабу (Esc)</translation>
        </message>
        <message>
            <source>Paid in:</source>
            <translation>Төлем тәсілі:</translation>
        </message>
        <message>
            <source>How the repayment is paid</source>
            <translation>Өтеу қалай төленді</translation>
        </message>
    </context>
    <context>
        <name>AmountDisplay</name>
        <message>
            <source>Due</source>
            <translation>Төлеуге</translation>
        </message>
        <message>
            <source>Tendered</source>
            <translation>Алынды</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Қайтарым</translation>
        </message>
    </context>
    <context>
        <name>HeldSalesDialog</name>
        <message>
            <source>{time}: {n} lines, {total}</source>
            <translation>{time}: {n} жол, {total}</translation>
        </message>
        <message>
            <source>No sale is held.</source>
            <translation>Кейінге қалдырылған сату жоқ.</translation>
        </message>
        <message>
            <source>Held sales</source>
            <translation>Кейінге қалдырылған сатулар</translation>
        </message>
        <message>
            <source>&amp;Held sales (Enter resumes):</source>
            <translation>&amp;Кейінге қалдырылған сатулар (Enter — жалғастыру):</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Жалғастыру</translation>
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
            <translation>Бұл ауысымда әлі чек жоқ.</translation>
        </message>
        <message>
            <source>No printer is set.</source>
            <translation>Принтер бапталмаған.</translation>
        </message>
        <message>
            <source>Printing a copy...</source>
            <translation>Көшірме басылуда...</translation>
        </message>
        <message>
            <source>Reprint a receipt</source>
            <translation>Чекті қайта басу</translation>
        </message>
        <message>
            <source>&amp;Receipts of this shift (Enter prints a COPY):</source>
            <translation>&amp;Осы ауысымның чектері (Enter КӨШІРМЕ басады):</translation>
        </message>
        <message>
            <source>Print copy</source>
            <translation>Көшірмені басу</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Looking for the receipt...</source>
            <translation>Чек ізделуде...</translation>
        </message>
        <message>
            <source>Receipt {ref}: {total}, {payments}; sold {days} days ago.</source>
            <translation>{ref} чегі: {total}, {payments}; {days} күн бұрын сатылды.</translation>
        </message>
        <message>
            <source>Quantity to return, line {n}</source>
            <translation>Қайтарылатын саны, {n} жол</translation>
        </message>
        <message>
            <source>{n}. {name}: sold {sold}, can return {left}</source>
            <translation>{n}. {name}: сатылды {sold}, қайтаруға болады {left}</translation>
        </message>
        <message>
            <source>Type the quantities to return and the reason.</source>
            <translation>Қайтарылатын санды және себебін енгізіңіз.</translation>
        </message>
        <message>
            <source>Recording the return...</source>
            <translation>Қайтару жазылуда...</translation>
        </message>
        <message>
            <source>Return No. {number} recorded: {total} ({refunds}).</source>
            <translation>№ {number} қайтару жазылды: {total} ({refunds}).</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Қайтару</translation>
        </message>
        <message>
            <source>&amp;Receipt (scan or type its number):</source>
            <translation>&amp;Чек (сканерлеңіз немесе нөмірін енгізіңіз):</translation>
        </message>
        <message>
            <source>Receipt number or code</source>
            <translation>Чектің нөмірі немесе коды</translation>
        </message>
        <message>
            <source>42 or ALM-01/1/42</source>
            <translation>42 немесе ALM-01/1/42</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Табу</translation>
        </message>
        <message>
            <source>Lines of the receipt</source>
            <translation>Чек жолдары</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation>&amp;Себебі:</translation>
        </message>
        <message>
            <source>Reason for the return</source>
            <translation>Қайтару себебі</translation>
        </message>
        <message>
            <source>Card refund code / RRN:</source>
            <translation>Картаға қайтару коды / RRN:</translation>
        </message>
        <message>
            <source>Card terminal code of the refund</source>
            <translation>Картаға қайтарудың терминал коды</translation>
        </message>
        <message>
            <source>Late return: sales manager's approval</source>
            <translation>Кешіккен қайтару: сату менеджерінің рұқсаты</translation>
        </message>
        <message>
            <source>Sales manager's name</source>
            <translation>Сату менеджерінің аты</translation>
        </message>
        <message>
            <source>PIN:</source>
            <translation>PIN:</translation>
        </message>
        <message>
            <source>Sales manager's PIN</source>
            <translation>Сату менеджерінің PIN-і</translation>
        </message>
        <message>
            <source>Why it is accepted:</source>
            <translation>Неге қабылданады:</translation>
        </message>
        <message>
            <source>Reason for accepting a late return</source>
            <translation>Кешіккен қайтаруды қабылдау себебі</translation>
        </message>
        <message>
            <source>Record return (Ctrl+Enter)</source>
            <translation>Қайтаруды жазу (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Жабу (Esc)</translation>
        </message>
        <message>
            <source>Sales manager (name, if asked):</source>
            <translation>Сату менеджері (қажет болса, аты):</translation>
        </message>
        <message>
            <source>Sold more than %1 days ago: a sales manager types their PIN and the reason.</source>
            <translation>%1 күннен бұрын сатылған: сату менеджері өз PIN-ін және себебін енгізеді.</translation>
        </message>
    </context>
    <context>
        <name>_PickDialog</name>
        <message>
            <source>Close (Esc)</source>
            <translation>Жабу (Esc)</translation>
        </message>
    </context>
    <context>
        <name>DiscountDialog</name>
        <message>
            <source>Above {limit} a sales manager's PIN approves the discount.</source>
            <translation>{limit}-дан жоғары жеңілдікті сату менеджерінің PIN-коды растайды.</translation>
        </message>
        <message>
            <source>The discount is more than the line costs ({amount}).</source>
            <translation>Жеңілдік жол құнынан ({amount}) көп.</translation>
        </message>
        <message>
            <source>The discount is more than the receipt costs ({amount}).</source>
            <translation>Жеңілдік чек сомасынан ({amount}) көп.</translation>
        </message>
        <message>
            <source>This discount is above the store's limit: a sales manager types their PIN.</source>
            <translation>Жеңілдік дүкен шегінен жоғары: сату менеджері өз PIN-кодын енгізеді.</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Акция</translation>
        </message>
        <message>
            <source>Damaged packaging</source>
            <translation>Зақымдалған қаптама</translation>
        </message>
        <message>
            <source>Price match</source>
            <translation>Бәсекелес бағасы</translation>
        </message>
        <message>
            <source>Regular customer</source>
            <translation>Тұрақты сатып алушы</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Жеңілдік</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Неге:</translation>
        </message>
        <message>
            <source>&amp;Discount:</source>
            <translation>&amp;Жеңілдік:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Себебі:</translation>
        </message>
        <message>
            <source>Manager's &amp;PIN:</source>
            <translation>Менеджердің &amp;PIN-коды:</translation>
        </message>
        <message>
            <source>The whole receipt</source>
            <translation>Бүкіл чек</translation>
        </message>
        <message>
            <source>Line {n}: {name}</source>
            <translation>{n}-жол: {name}</translation>
        </message>
        <message>
            <source>10% or 500</source>
            <translation>10% немесе 500</translation>
        </message>
        <message>
            <source>Discount, a percent or an amount in tenge</source>
            <translation>Жеңілдік: пайыз немесе теңгедегі сома</translation>
        </message>
        <message>
            <source>Sales manager's PIN</source>
            <translation>Сату менеджерінің PIN-коды</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Қолдану</translation>
        </message>
        <message>
            <source>Remove discount</source>
            <translation>Жеңілдікті алып тастау</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
    </context>
    <context>
        <name>AmountDialog</name>
        <message>
            <source>Change float top-up</source>
            <translation>Майда ақшаны толықтыру</translation>
        </message>
        <message>
            <source>Cash returned from the bank</source>
            <translation>Банктен қайтарылған қолма-қол ақша</translation>
        </message>
        <message>
            <source>Bank collection</source>
            <translation>Инкассация</translation>
        </message>
        <message>
            <source>Store expenses</source>
            <translation>Шаруашылық шығыстары</translation>
        </message>
        <message>
            <source>Change for another register</source>
            <translation>Басқа кассаға майда ақша</translation>
        </message>
        <message>
            <source>Open shift</source>
            <translation>Ауысымды ашу</translation>
        </message>
        <message>
            <source>Count the cash in the drawer (the float) and type the amount.</source>
            <translation>Кассадағы қолма-қол ақшаны (майда ақшаны) санап, соманы енгізіңіз.</translation>
        </message>
        <message>
            <source>Float, tenge</source>
            <translation>Майда ақша, теңге</translation>
        </message>
        <message>
            <source>Cash in</source>
            <translation>Қолма-қол ақша салу</translation>
        </message>
        <message>
            <source>Cash put into the drawer, and why.</source>
            <translation>Кассаға салынатын қолма-қол ақша және негіздеме.</translation>
        </message>
        <message>
            <source>Amount, tenge</source>
            <translation>Сома, теңге</translation>
        </message>
        <message>
            <source>Put in</source>
            <translation>Салу</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>Қолма-қол ақшаны алу</translation>
        </message>
        <message>
            <source>Cash taken from the drawer, and why.</source>
            <translation>Кассадан алынатын қолма-қол ақша және негіздеме.</translation>
        </message>
        <message>
            <source>Take out</source>
            <translation>Алу</translation>
        </message>
        <message>
            <source>Close shift</source>
            <translation>Ауысымды жабу</translation>
        </message>
        <message>
            <source>Count all the cash in the drawer and type the amount. The expected amount and any difference are shown on the Z report after closing.</source>
            <translation>Кассадағы барлық қолма-қол ақшаны санап, соманы енгізіңіз. Күтілетін сома мен айырма жабылғаннан кейін Z-есепте көрсетіледі.</translation>
        </message>
        <message>
            <source>Counted cash, tenge</source>
            <translation>Саналған қолма-қол ақша, теңге</translation>
        </message>
        <message>
            <source>Close shift (Z)</source>
            <translation>Ауысымды жабу (Z)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Негіздеме</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
    </context>
    <context>
        <name>ShiftMenu</name>
        <message>
            <source>S&amp;hift</source>
            <translation>&amp;Ауысым</translation>
        </message>
        <message>
            <source>Open shift...</source>
            <translation>Ауысымды ашу...</translation>
        </message>
        <message>
            <source>Cash in...</source>
            <translation>Ақша салу...</translation>
        </message>
        <message>
            <source>Cash out...</source>
            <translation>Ақша алу...</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>X-есеп</translation>
        </message>
        <message>
            <source>Close shift (Z report)...</source>
            <translation>Ауысымды жабу (Z-есеп)...</translation>
        </message>
        <message>
            <source>Cash in: {amount} (shift {n}).</source>
            <translation>Салынды: {amount} ({n} ауысым).</translation>
        </message>
        <message>
            <source>Cash out: {amount} (shift {n}).</source>
            <translation>Алынды: {amount} ({n} ауысым).</translation>
        </message>
        <message>
            <source>Shift {n} opened with a float of {amount}.</source>
            <translation>{n} ауысым ашылды, майда ақша {amount}.</translation>
        </message>
        <message>
            <source>Shift {n} closed.</source>
            <translation>{n} ауысым жабылды.</translation>
        </message>
    </context>
    <context>
        <name>ShiftReportDialog</name>
        <message>
            <source>Z report</source>
            <translation>Z-есеп</translation>
        </message>
        <message>
            <source>Shift {n} closed. Counted {counted}: no difference.</source>
            <translation>{n} ауысым жабылды. Саналды {counted}: айырма жоқ.</translation>
        </message>
        <message>
            <source>Shift {n} closed. Counted {counted}: short by {diff}.</source>
            <translation>{n} ауысым жабылды. Саналды {counted}: жетіспеушілік {diff}.</translation>
        </message>
        <message>
            <source>Shift {n} closed. Counted {counted}: over by {diff}.</source>
            <translation>{n} ауысым жабылды. Саналды {counted}: артық {diff}.</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>X-есеп</translation>
        </message>
        <message>
            <source>Shift {n}: expected in the drawer {expected}.</source>
            <translation>{n} ауысым: кассада болуы керек {expected}.</translation>
        </message>
        <message>
            <source>Print again</source>
            <translation>Қайта басып шығару</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>No printer is set up.</source>
            <translation>Принтер бапталмаған.</translation>
        </message>
    </context>
    <context>
        <name>ShiftStatus</name>
        <message>
            <source>No shift open</source>
            <translation>Ауысым ашылмаған</translation>
        </message>
        <message>
            <source>Shift {n} open {h} h {m:02d} min: no more sales, close it (Z)</source>
            <translation>{n} ауысым {h} сағ {m:02d} мин ашық: сатуға болмайды, оны жабыңыз (Z)</translation>
        </message>
        <message>
            <source>Shift {n} open {h} h {m:02d} min: close it before 24 h</source>
            <translation>{n} ауысым {h} сағ {m:02d} мин ашық: 24 сағ дейін жабыңыз</translation>
        </message>
        <message>
            <source>Shift {n} open {h} h {m:02d} min</source>
            <translation>{n} ауысым {h} сағ {m:02d} мин ашық</translation>
        </message>
    </context>
    <context>
        <name>FiscalDialog</name>
        <message>
            <source>{n} documents wait for the cash register.</source>
            <translation>ККМ-ді күтіп тұрған құжаттар: {n}.</translation>
        </message>
        <message>
            <source>Nothing waits: every document is fiscalized.</source>
            <translation>Ештеңе күтпейді: барлық құжат фискалдандырылды.</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Сату</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Қайтару</translation>
        </message>
        <message>
            <source>Cash in</source>
            <translation>Ақша салу</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>Ақша алу</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>X-есеп</translation>
        </message>
        <message>
            <source>Z report</source>
            <translation>Z-есеп</translation>
        </message>
        <message>
            <source>Shift status</source>
            <translation>Ауысым күйі</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} сағ {minutes} мин</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} мин</translation>
        </message>
        <message>
            <source>Held for a fix: {reason}</source>
            <translation>Түзетуді күтуде: {reason}</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Әлі жіберілмеді</translation>
        </message>
        <message>
            <source>The cash register gave no reason.</source>
            <translation>ККМ себебін көрсетпеді.</translation>
        </message>
        <message>
            <source>The cash register said: {reason}</source>
            <translation>ККМ жауабы: {reason}</translation>
        </message>
        <message>
            <source>Sending to the cash register...</source>
            <translation>ККМ-ге жіберілуде...</translation>
        </message>
        <message>
            <source>The documents could not be sent; they wait.</source>
            <translation>Құжаттар жіберілмеді; олар күтуде.</translation>
        </message>
        <message>
            <source>Sent: {n}. A document held for a fix stops the queue.</source>
            <translation>Жіберілді: {n}. Түзетуді күтіп тұрған құжат кезекті тоқтатады.</translation>
        </message>
        <message>
            <source>Sent: {n}.</source>
            <translation>Жіберілді: {n}.</translation>
        </message>
        <message>
            <source>Back in the queue; it is sent with the next send.</source>
            <translation>Құжат қайта кезекте; келесі жіберуде кетеді.</translation>
        </message>
        <message>
            <source>Fiscal documents waiting</source>
            <translation>ККМ-ді күтіп тұрған құжаттар</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Құжат</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Нөмір</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Құрылды</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Күтуде</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Әрекеттер</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Соңғы қате</translation>
        </message>
        <message>
            <source>Send now</source>
            <translation>Қазір жіберу</translation>
        </message>
        <message>
            <source>Retry after fix</source>
            <translation>Түзетуден кейін қайталау</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
    </context>
</TS>
