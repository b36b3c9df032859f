"""Every fixed string of the printed documents, in Russian, Kazakh and English.

Each entry is a (ru, kk, en) triple, so a missing translation is a type error, not a
blank line on paper. Values from the records (names, addresses, product names) are
printed as they are; only the words around them come from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import Enum
from zoneinfo import ZoneInfo

from pos.domain.errors import Code, ValidationError
from pos.domain.quantity import Unit, format_quantity

LANGUAGES = ("ru", "kk", "en")
_INDEX = {lang: i for i, lang in enumerate(LANGUAGES)}

_M: dict[str, tuple[str, str, str]] = {
    # --- shared -----------------------------------------------------------------------
    "store": ("Магазин", "Дүкен", "Store"),
    "register": ("Касса", "Касса", "Register"),
    "staff": ("Сотрудник", "Қызметкер", "Staff"),
    "cashier": ("Кассир", "Кассир", "Cashier"),
    "date_time": ("Дата и время", "Күні мен уақыты", "Date and time"),
    "yes": ("да", "иә", "yes"),
    "no": ("нет", "жоқ", "no"),
    "none": ("нет записей", "жазбалар жоқ", "none"),
    "operator": ("Оператор (продавец)", "Оператор (сатушы)", "Operator (seller)"),
    "bin": ("БИН", "БСН", "BIN"),
    "iin": ("ИИН", "ЖСН", "IIN"),
    "email": ("Эл. почта", "Эл. пошта", "E-mail"),
    "address": ("Адрес", "Мекенжай", "Address"),
    "buyer": ("Покупатель", "Сатып алушы", "Buyer"),
    "until_date": ("до {date}", "{date} дейін", "until {date}"),
    "months": ("{n} мес.", "{n} ай", "{n} months"),
    "sample": ("ОБРАЗЕЦ - НЕ ДЕЙСТВИТЕЛЕН", "ҮЛГІ - ЖАРАМСЫЗ", "SAMPLE - NOT VALID"),
    "slip.copy": (
        "КОПИЯ ПОДПИСАННОГО СОГЛАСИЯ",
        "ҚОЛ ҚОЙЫЛҒАН КЕЛІСІМНІҢ КӨШІРМЕСІ",
        "COPY OF THE SIGNED CONSENT",
    ),
    # --- consent slip -----------------------------------------------------------------
    "slip.title": (
        "СОГЛАСИЕ НА СБОР И ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ",
        "ДЕРБЕС ДЕРЕКТЕРДІ ЖИНАУҒА ЖӘНЕ ӨҢДЕУГЕ КЕЛІСІМ",
        "CONSENT TO THE COLLECTION AND PROCESSING OF PERSONAL DATA",
    ),
    "slip.policy": (
        "Политика конфиденциальности: версия {label} от {date}",
        "Құпиялылық саясаты: {label} нұсқасы, {date} бастап күшінде",
        "Privacy policy: version {label} of {date}",
    ),
    "slip.hash": (
        "Хеш текста политики (SHA-256): {hash}",
        "Саясат мәтінінің хэші (SHA-256): {hash}",
        "Policy text hash (SHA-256): {hash}",
    ),
    "slip.contract": ("Договор: {sale_type}", "Шарт: {sale_type}", "Contract: {sale_type}"),
    "slip.purposes": ("Цели обработки:", "Өңдеу мақсаттары:", "Purposes of processing:"),
    "slip.required": ("обязательно", "міндетті", "required"),
    "slip.optional": ("по желанию", "өз қалауы бойынша", "optional"),
    "slip.not_given": ("не дано", "берілмеген", "not given"),
    "slip.data": ("Данные: {items}", "Деректер: {items}", "Data: {items}"),
    "slip.recipients": ("Получатели: {items}", "Алушылар: {items}", "Recipients: {items}"),
    "slip.no_recipients": ("не передаются", "берілмейді", "not transferred"),
    "slip.valid_until": ("Срок: до {date}", "Мерзімі: {date} дейін", "Valid until: {date}"),
    "slip.valid_purpose": (
        "Срок: до достижения цели",
        "Мерзімі: мақсатқа қол жеткізілгенге дейін",
        "Valid: until the purpose is achieved",
    ),
    "slip.collected": (
        "Собираемые данные: {items}",
        "Жиналатын деректер: {items}",
        "Data collected: {items}",
    ),
    "slip.recipients_all": (
        "Получатели по категориям: {items}",
        "Алушылар санаттары: {items}",
        "Recipients by category: {items}",
    ),
    "slip.cross_border": (
        "Трансграничная передача: {yesno}",
        "Трансшекаралық беру: {yesno}",
        "Cross-border transfer: {yesno}",
    ),
    "slip.published": (
        "Публикация в общедоступных источниках: {yesno}",
        "Жалпыға қолжетімді дереккөздерде жариялау: {yesno}",
        "Published in public sources: {yesno}",
    ),
    "slip.storage": (
        "Хранение: в Республике Казахстан",
        "Сақталатын жері: Қазақстан Республикасы",
        "Stored in: the Republic of Kazakhstan",
    ),
    "slip.withdraw_heading": (
        "Как отозвать согласие:",
        "Келісімді қалай кері қайтарып алуға болады:",
        "How to withdraw consent:",
    ),
    "slip.withdraw": (
        "полностью или по отдельной цели, письменным заявлением в любом магазине продавца "
        "или по эл. почте {email}. Отзыв невозможен, если он противоречит закону или "
        "обязательство (кредит, рассрочка) не исполнено.",
        "толықтай немесе жекелеген мақсат бойынша, сатушының кез келген дүкеніне жазбаша "
        "өтініш беру арқылы немесе {email} эл. поштасы арқылы. Бұл заңға қайшы келсе "
        "немесе міндеттеме (несие, бөліп төлеу) орындалмаған болса, кері қайтарып алуға "
        "болмайды.",
        "fully or per purpose, by a written request at any of the seller's stores or by "
        "e-mail to {email}. Not possible where it contradicts the law or while an "
        "obligation (credit, installments) is outstanding.",
    ),
    # The responsible person (K15), under the seller's block.
    "slip.responsible": (
        "Ответственный за обработку персональных данных: {name}, {position}",
        "Дербес деректерді өңдеуге жауапты: {name}, {position}",
        "Responsible for personal data processing: {name}, {position}",
    ),
    "slip.responsible_contact": (
        "Контакт ответственного: {email}, {phone}",
        "Жауаптының байланысы: {email}, {phone}",
        "Responsible person's contact: {email}, {phone}",
    ),
    "slip.form_number": ("Бланк №: {number}", "Бланк нөмірі: {number}", "Form No.: {number}"),
    "slip.number": ("Номер согласия:", "Келісім нөмірі:", "Consent number:"),
    "slip.agreement": (
        "Я ознакомлен(а) с политикой конфиденциальности и даю согласие на обработку моих "
        "персональных данных по отмеченным целям.",
        "Мен құпиялылық саясатымен таныстым және белгіленген мақсаттар бойынша дербес "
        "деректерімді өңдеуге келісім беремін.",
        "I have read the privacy policy and consent to the processing of my personal data "
        "for the purposes ticked.",
    ),
    "slip.signature": ("Подпись покупателя:", "Сатып алушының қолы:", "Buyer's signature:"),
    "slip.template": ("Шаблон: {name}", "Үлгі: {name}", "Template: {name}"),
    # --- receipt ------------------------------------------------------------------------
    "receipt.title": (
        "ТОВАРНЫЙ ЧЕК № {number}",
        "ТАУАР ЧЕГІ № {number}",
        "SALES RECEIPT No. {number}",
    ),
    # --- shift: X and Z reports, cash slips (issue 13, branch shifts) -------------------
    "shift.x_title": ("X-ОТЧЁТ", "X-ЕСЕП", "X REPORT"),
    "shift.z_title": (
        "Z-ОТЧЁТ (ЗАКРЫТИЕ СМЕНЫ)",
        "Z-ЕСЕП (АУЫСЫМДЫ ЖАБУ)",
        "Z REPORT (SHIFT CLOSE)",
    ),
    "shift.x_note": (
        "Без гашения: смена остаётся открытой",
        "Нөлдеусіз: ауысым ашық қалады",
        "No reset: the shift stays open",
    ),
    "shift.number": ("Смена № {number}", "Ауысым № {number}", "Shift No. {number}"),
    "shift.opened": ("Открыта", "Ашылды", "Opened"),
    "shift.closed": ("Закрыта", "Жабылды", "Closed"),
    "shift.opened_by": ("Открыл(а)", "Ашқан", "Opened by"),
    "shift.closed_by": ("Закрыл(а)", "Жапқан", "Closed by"),
    "shift.sales": ("Продажи: {n}", "Сатулар: {n}", "Sales: {n}"),
    "shift.sales_total": ("Продажи, всего", "Сатулар, барлығы", "Sales, total"),
    "shift.returns": ("Возвраты: {n}", "Қайтарулар: {n}", "Returns: {n}"),
    "shift.returns_total": ("Возвраты, всего", "Қайтарулар, барлығы", "Returns, total"),
    "shift.by_method": ("  {method}", "  {method}", "  {method}"),
    "shift.discounts": ("Скидки", "Жеңілдіктер", "Discounts"),
    "shift.vat": ("НДС {rate}", "ҚҚС {rate}", "VAT {rate}"),
    "shift.turnover": (
        "Продажи с НДС {rate}",
        "ҚҚС {rate} сатулар",
        "Sales at VAT {rate}",
    ),
    "shift.turnover_exempt": ("Продажи без НДС", "ҚҚС-сыз сатулар", "Sales without VAT"),
    "shift.vat_refunded": (
        "НДС {rate} по возвратам",
        "Қайтарымдар бойынша ҚҚС {rate}",
        "VAT {rate} on returns",
    ),
    "shift.net": (
        "Выручка (продажи - возвраты)",
        "Түсім (сатулар - қайтарулар)",
        "Net (sales - returns)",
    ),
    "shift.cash_heading": ("НАЛИЧНЫЕ В КАССЕ", "КАССАДАҒЫ ҚОЛМА-ҚОЛ АҚША", "CASH IN THE DRAWER"),
    "shift.float": ("Размен на начало", "Бастапқы майда ақша", "Opening float"),
    "shift.cash_sales": ("+ продажи наличными", "+ қолма-қол сатулар", "+ cash sales"),
    "shift.cash_refunds": ("- возвраты наличными", "- қолма-қол қайтарулар", "- cash refunds"),
    "shift.repayments": (
        "Погашения кредитов: {n}",
        "Несие өтеулері: {n}",
        "Credit repayments: {n}",
    ),
    "shift.cash_repayments": (
        "+ погашения наличными",
        "+ қолма-қол өтеулер",
        "+ cash repayments",
    ),
    "shift.cash_in": ("+ внесения ({n})", "+ салымдар ({n})", "+ cash in ({n})"),
    "shift.cash_out": ("- изъятия ({n})", "- алулар ({n})", "- cash out ({n})"),
    "shift.expected": ("Должно быть в кассе", "Кассада болуы керек", "Expected in the drawer"),
    "shift.counted": ("Пересчитано", "Саналды", "Counted"),
    "shift.difference": ("Расхождение", "Айырма", "Difference"),
    "shift.shortage": ("(недостача)", "(жетіспеушілік)", "(shortage)"),
    "shift.surplus": ("(излишек)", "(артық)", "(surplus)"),
    "shift.balanced": ("(без расхождений)", "(айырмасыз)", "(balanced)"),
    "cash.in_title": ("ВНЕСЕНИЕ НАЛИЧНЫХ", "ҚОЛМА-ҚОЛ АҚША САЛУ", "CASH IN"),
    "cash.out_title": ("ИЗЪЯТИЕ НАЛИЧНЫХ", "ҚОЛМА-ҚОЛ АҚШАНЫ АЛУ", "CASH OUT"),
    "cash.amount": ("Сумма", "Сома", "Amount"),
    "cash.reason": ("Основание", "Негіздеме", "Reason"),
    "cash.signature": ("Подпись кассира", "Кассирдің қолы", "Cashier's signature"),
    "receipt.total": ("ИТОГО", "БАРЛЫҒЫ", "TOTAL"),
    "receipt.payment": ("Оплата: {method}", "Төлем: {method}", "Payment: {method}"),
    "receipt.tendered": ("Получено", "Алынды", "Tendered"),
    "receipt.change": ("Сдача", "Қайтарым", "Change"),
    "receipt.bank": ("Банк: {bank}", "Банк: {bank}", "Bank: {bank}"),
    "receipt.product": ("Продукт: {product}", "Өнім: {product}", "Product: {product}"),
    "receipt.term": ("Срок: {term}", "Мерзімі: {term}", "Term: {term}"),
    "receipt.delivery": ("Доставка: {yesno}", "Жеткізу: {yesno}", "Delivery: {yesno}"),
    # --- catalog, VAT, discounts (issue 14, branch catalog) ---
    "receipt.kg": ("кг", "кг", "kg"),
    "receipt.line_discount": ("Скидка {what}", "Жеңілдік {what}", "Discount {what}"),
    "receipt.discount": (
        "Скидка на чек {what}",
        "Чекке жеңілдік {what}",
        "Receipt discount {what}",
    ),
    "receipt.discounts": ("Сумма скидок", "Жеңілдіктер сомасы", "Discounts in total"),
    "receipt.discount_reason": (
        "Причина скидки: {reason}",
        "Жеңілдік себебі: {reason}",
        "Discount reason: {reason}",
    ),
    "receipt.discount_approved": (
        "Скидку одобрил(а): {name}",
        "Жеңілдікті мақұлдаған: {name}",
        "Discount approved by: {name}",
    ),
    "receipt.vat": ("в т.ч. НДС {rate}%", "оның ішінде ҚҚС {rate}%", "incl. VAT {rate}%"),
    "receipt.no_vat": ("Без НДС", "ҚҚС-сыз", "VAT exempt"),
    "receipt.thanks": (
        "Спасибо за покупку!",
        "Сатып алғаныңызға рахмет!",
        "Thank you for your purchase!",
    ),
    # --- split payment, copies, returns (issue 13, branch returns) ----------------------
    "receipt.copy": ("КОПИЯ", "КӨШІРМЕ", "COPY"),
    "receipt.paid_by": ("Оплачено: {method}", "Төленді: {method}", "Paid: {method}"),
    "receipt.card_ref": ("Код терминала: {ref}", "Терминал коды: {ref}", "Terminal ref: {ref}"),
    "receipt.ref": ("Чек {ref}", "Чек {ref}", "Receipt {ref}"),
    "return.title": (
        "ВОЗВРАТ № {number}",
        "ҚАЙТАРУ № {number}",
        "RETURN No. {number}",
    ),
    "return.of_receipt": (
        "по чеку {ref}",
        "{ref} чегі бойынша",
        "against receipt {ref}",
    ),
    "return.reason": ("Причина: {reason}", "Себебі: {reason}", "Reason: {reason}"),
    "return.total": ("К ВОЗВРАТУ", "ҚАЙТАРЫЛАДЫ", "REFUND TOTAL"),
    "return.refund": ("Возврат: {method}", "Қайтару: {method}", "Refund: {method}"),
    "return.override": (
        "Позднее {days} дн., разрешил(а): {name}",
        "{days} күннен кейін, рұқсат берген: {name}",
        "After {days} days, approved by: {name}",
    ),
    "return.credit_reduced": (
        "Долг по договору уменьшен на",
        "Шарт бойынша қарыз азайды",
        "Arrangement balance reduced by",
    ),
    "return.credit_left": ("Остаток долга", "Қарыз қалдығы", "Balance left"),
    "return.act_title": (
        "АКТ ВОЗВРАТА ТОВАРА ДЛЯ БАНКА",
        "БАНК ҮШІН ТАУАРДЫ ҚАЙТАРУ АКТІСІ",
        "RETURN ACT FOR THE BANK",
    ),
    "report.return": (
        "возврат № {number}, {date}",
        "қайтару № {number}, {date}",
        "return No. {number}, {date}",
    ),
    "return.signature_store": ("Подпись продавца:", "Сатушының қолы:", "Seller's signature:"),
    "return.signature_buyer": (
        "Подпись покупателя:",
        "Сатып алушының қолы:",
        "Buyer's signature:",
    ),
    # --- installment summary -----------------------------------------------------------------
    "credit.title.installment": (
        "СВЕДЕНИЯ О РАССРОЧКЕ",
        "БӨЛІП ТӨЛЕУ ТУРАЛЫ МӘЛІМЕТ",
        "INSTALLMENT SUMMARY",
    ),
    "credit.title.credit": ("СВЕДЕНИЯ О КРЕДИТЕ", "НЕСИЕ ТУРАЛЫ МӘЛІМЕТ", "CREDIT SUMMARY"),
    "credit.receipt": (
        "Чек № {number} от {date}",
        "{date} күнгі № {number} чек",
        "Receipt No. {number} of {date}",
    ),
    "credit.principal": ("Сумма", "Сомасы", "Amount"),
    "credit.down_payment": ("Первоначальный взнос", "Бастапқы жарна", "Down payment"),
    "credit.monthly": ("Ежемесячный платёж", "Ай сайынғы төлем", "Monthly payment"),
    "credit.outstanding": ("Остаток долга", "Қарыз қалдығы", "Outstanding"),
    "credit.bank_form": (
        "Форма согласия банка: {ref}",
        "Банктің келісім нысаны: {ref}",
        "Bank's consent form: {ref}",
    ),
    "credit.status": ("Статус: {status}", "Күйі: {status}", "Status: {status}"),
    "credit.schedule": ("График платежей:", "Төлем кестесі:", "Payment schedule:"),
    "payment.title.credit": (
        "ПОГАШЕНИЕ КРЕДИТА",
        "НЕСИЕНІ ӨТЕУ",
        "CREDIT REPAYMENT",
    ),
    "payment.title.installment": (
        "ПОГАШЕНИЕ РАССРОЧКИ",
        "БӨЛІП ТӨЛЕУДІ ӨТЕУ",
        "INSTALLMENT REPAYMENT",
    ),
    "payment.sale": (
        "По чеку № {number}",
        "№ {number} чек бойынша",
        "For receipt No. {number}",
    ),
    "payment.amount": ("Внесено", "Енгізілді", "Paid"),
    "payment.repaid": (
        "Долг погашен полностью.",
        "Қарыз толық өтелді.",
        "Repaid in full.",
    ),
    "delivery.title": ("ДОСТАВКА", "ЖЕТКІЗУ", "DELIVERY"),
    "delivery.receipt": (
        "К чеку № {receipt} от {date}",
        "{date} күнгі № {receipt} чекке",
        "For receipt No. {receipt} of {date}",
    ),
    "delivery.recipient": ("Получатель", "Алушы", "Recipient"),
    "delivery.items": ("Товары:", "Тауарлар:", "Items:"),
    "delivery.note": (
        "Только для доставки этого заказа. После доставки лист уничтожить.",
        "Тек осы тапсырысты жеткізу үшін. Жеткізгеннен кейін парақты жою керек.",
        "For delivering this order only. Destroy this slip after delivery.",
    ),
    "delivery.signature": ("Получил курьер:", "Курьер алды:", "Received by the courier:"),
    "credit.rate": (
        "Ставка: {rate} % годовых",
        "Мөлшерлеме: жылдық {rate} %",
        "Interest rate: {rate} % a year",
    ),
    # --- access report ------------------------------------------------------------------
    "report.title": (
        "СВЕДЕНИЯ О ВАШИХ ПЕРСОНАЛЬНЫХ ДАННЫХ",
        "СІЗДІҢ ДЕРБЕС ДЕРЕКТЕРІҢІЗ ТУРАЛЫ МӘЛІМЕТ",
        "YOUR PERSONAL DATA: ACCESS REPORT",
    ),
    "report.generated": ("Сформировано: {at}", "Құрылған уақыты: {at}", "Generated: {at}"),
    "report.data": ("Данные о вас", "Сіз туралы деректер", "Data held about you"),
    "report.policy": (
        "Текущая версия политики: {label}",
        "Саясаттың ағымдағы нұсқасы: {label}",
        "Current policy version: {label}",
    ),
    "report.reconsent": ("нужно новое согласие", "жаңа келісім қажет", "new consent needed"),
    "report.purposes": ("Согласия по целям", "Мақсаттар бойынша келісімдер", "Consent by purpose"),
    "report.purpose_status": (
        "{purpose}: {state} (с {since}, политика {policy})",
        "{purpose}: {state} ({since} бастап, саясат {policy})",
        "{purpose}: {state} (since {since}, policy {policy})",
    ),
    "report.consents": ("Записи согласий", "Келісім жазбалары", "Consent records"),
    "report.consent": (
        "{date}: {sale_type}; политика {policy} ({hash})",
        "{date}: {sale_type}; саясат {policy} ({hash})",
        "{date}: {sale_type}; policy {policy} ({hash})",
    ),
    "report.purchases": ("Покупки", "Сатып алулар", "Purchases"),
    "report.purchase": (
        "{date}, чек {ref}, {payment}",
        "{date}, чек {ref}, {payment}",
        "{date}, receipt {ref}, {payment}",
    ),
    "report.credits": (
        "Кредиты и рассрочки",
        "Несиелер мен бөліп төлеулер",
        "Credits and installments",
    ),
    "report.disclosures": (
        "Кому передавались данные",
        "Деректер кімге берілді",
        "Disclosures of your data",
    ),
    "report.legal_basis": (
        "Правовое основание: {basis}",
        "Құқықтық негіз: {basis}",
        "Legal basis: {basis}",
    ),
    "report.purpose": ("Цель: {purpose}", "Мақсат: {purpose}", "Purpose: {purpose}"),
    "report.for_receipt": ("По чеку {ref}", "{ref} чегі бойынша", "For receipt {ref}"),
    "report.requests": ("Ваши обращения", "Сіздің өтініштеріңіз", "Your requests"),
    "report.request": (
        "{date}: {kind} - {outcome}",
        "{date}: {kind} - {outcome}",
        "{date}: {kind} - {outcome}",
    ),
    # --- withdrawal / refusal confirmation -------------------------------------------------
    "conf.title.withdrawal": (
        "ПОДТВЕРЖДЕНИЕ ОТЗЫВА СОГЛАСИЯ",
        "КЕЛІСІМДІ КЕРІ ҚАЙТАРЫП АЛУДЫ РАСТАУ",
        "CONFIRMATION OF CONSENT WITHDRAWAL",
    ),
    "conf.title.written_refusal": (
        "ПОДТВЕРЖДЕНИЕ ПИСЬМЕННОГО ОТКАЗА ОТ ОБРАБОТКИ ДАННЫХ",
        "ДЕРЕКТЕРДІ ӨҢДЕУДЕН ЖАЗБАША БАС ТАРТУДЫ РАСТАУ",
        "CONFIRMATION OF WRITTEN REFUSAL OF PROCESSING",
    ),
    "conf.title.other": (
        "ПОДТВЕРЖДЕНИЕ ОБРАЩЕНИЯ",
        "ӨТІНІШТІ РАСТАУ",
        "CONFIRMATION OF YOUR REQUEST",
    ),
    "conf.title.withdrawal_refused": (
        "ОТКАЗ В ОТЗЫВЕ СОГЛАСИЯ",
        "КЕЛІСІМДІ КЕРІ ҚАЙТАРЫП АЛУДАН БАС ТАРТУ",
        "REFUSAL OF CONSENT WITHDRAWAL",
    ),
    "conf.refused.reason": (
        "Причина: не исполнено обязательство ({kind}, {bank}), остаток {amount}. Согласие "
        "на обработку для кредита нельзя отозвать, пока обязательство не исполнено.",
        "Себебі: міндеттеме орындалмаған ({kind}, {bank}), қалдығы {amount}. Міндеттеме "
        "орындалғанға дейін несие үшін өңдеуге келісімді кері қайтарып алуға болмайды.",
        "Reason: an obligation is outstanding ({kind}, {bank}): {amount}. Consent to "
        "processing for the credit cannot be withdrawn until the obligation is fulfilled.",
    ),
    "conf.refused.until": (
        "Отказ действует до погашения, ориентировочно до {date}. После этого отзыв будет принят.",
        "Бас тарту өтелгенге дейін, шамамен {date} дейін күшінде. Одан кейін кері "
        "қайтарып алу қабылданады.",
        "This lasts until it is repaid, expected until {date}. After that the "
        "withdrawal will be accepted.",
    ),
    "conf.refused.open": (
        "Отказ действует до погашения обязательства. После этого отзыв будет принят.",
        "Бас тарту міндеттеме өтелгенге дейін күшінде. Одан кейін кері қайтарып алу қабылданады.",
        "This lasts until the obligation is repaid. After that the withdrawal will be accepted.",
    ),
    "conf.outcome.restricted": (
        "Результат: принято; обработка ограничена до исполнения обязательства",
        "Нәтижесі: қабылданды; өңдеу міндеттеме орындалғанға дейін шектелді",
        "Outcome: accepted; processing restricted until the obligation is fulfilled",
    ),
    "conf.effect.written_refusal.restricted": (
        "Обработка ваших данных прекращена, кроме необходимой для исполнения обязательства; "
        "после его исполнения данные будут уничтожены или обезличены.",
        "Міндеттемені орындауға қажеттісінен басқа деректеріңізді өңдеу тоқтатылды; ол "
        "орындалғаннан кейін деректер жойылады немесе иесіздендіріледі.",
        "Processing of your data has stopped, except what the outstanding obligation needs; "
        "once it is fulfilled, your data will be destroyed or anonymised.",
    ),
    "conf.number": ("Номер обращения:", "Өтініш нөмірі:", "Request number:"),
    "conf.outcome": ("Результат: {outcome}", "Нәтижесі: {outcome}", "Outcome: {outcome}"),
    "conf.withdrawn": (
        "Отозвано по целям: {items}",
        "Кері қайтарылған мақсаттар: {items}",
        "Withdrawn for: {items}",
    ),
    "conf.kept": (
        "Сохраняется до исполнения обязательства: {items}",
        "Міндеттеме орындалғанға дейін сақталады: {items}",
        "Kept until the obligation is fulfilled: {items}",
    ),
    "conf.erased_now": (
        "Данные, нужные только для отозванных целей, уничтожены сейчас.",
        "Тек кері қайтарылған мақсаттарға қажет деректер қазір жойылды.",
        "The data only the withdrawn purposes needed is erased now.",
    ),
    "conf.blocked_until": (
        "Ориентировочно до {date}",
        "Шамамен {date} дейін",
        "Expected until {date}",
    ),
    "conf.detail": ("Пояснение: {detail}", "Түсініктеме: {detail}", "Note: {detail}"),
    # --- destruction: the paper to destroy and the act (issue 11) ------------------------
    "slips.destroy": (
        "Уничтожить бумажные согласия ({n}):",
        "Қағаз келісімдерді жою ({n}):",
        "Destroy the paper consent slips ({n}):",
    ),
    "slips.none": (
        "Бумажных согласий для уничтожения нет.",
        "Жойылатын қағаз келісімдер жоқ.",
        "No paper consent slips to destroy.",
    ),
    "act.title": (
        "АКТ ОБ УНИЧТОЖЕНИИ ПЕРСОНАЛЬНЫХ ДАННЫХ",
        "ДЕРБЕС ДЕРЕКТЕРДІ ЖОЮ ТУРАЛЫ АКТ",
        "ACT OF DESTRUCTION OF PERSONAL DATA",
    ),
    "act.number": ("Номер акта:", "Акт нөмірі:", "Act number:"),
    "act.reason": ("Основание: {reason}", "Негіздеме: {reason}", "Reason: {reason}"),
    "act.done": (
        "Персональные данные в базе кассы уничтожены; продажи сохранены без связи с лицом.",
        "Кассаның базасындағы дербес деректер жойылды; сатулар тұлғамен байланыссыз сақталды.",
        "Personal data in the till's database destroyed; sales kept without a link to the person.",
    ),
    "act.signature": (
        "Бумагу уничтожил(а), подпись",
        "Қағазды жойған, қолы",
        "Paper destroyed by, signature",
    ),
    "conf.reference": (
        "Реквизиты заявления: {reference}",
        "Өтініштің деректемелері: {reference}",
        "Request reference: {reference}",
    ),
    "conf.effect.withdrawal": (
        "Обработка ваших данных по отозванным целям прекращена.",
        "Кері қайтарылған мақсаттар бойынша деректеріңізді өңдеу тоқтатылды.",
        "Processing of your data for the withdrawn purposes has stopped.",
    ),
    "conf.effect.written_refusal": (
        "Обработка прекращена; данные будут уничтожены или обезличены, кроме необходимых "
        "для исполнения обязательства.",
        "Өңдеу тоқтатылды; міндеттемені орындауға қажеттілерінен басқа деректер жойылады "
        "немесе иесіздендіріледі.",
        "Processing has stopped; your data will be destroyed or anonymised, except what an "
        "outstanding obligation needs.",
    ),
    "conf.signature": ("Подпись сотрудника:", "Қызметкердің қолы:", "Staff signature:"),
    # --- test page ------------------------------------------------------------------------
    "test.title": ("ПРОБНАЯ ПЕЧАТЬ", "СЫНАҚ БАСЫП ШЫҒАРУ", "TEST PRINT"),
    "test.printer": ("Принтер: {url}", "Принтер: {url}", "Printer: {url}"),
    "test.paper": (
        "Бумага: {mm} мм, {columns} символов в строке",
        "Қағаз: {mm} мм, жолында {columns} таңба",
        "Paper: {mm} mm, {columns} characters a line",
    ),
    "test.kazakh_text": (
        "Казахские буквы: текстом (KZ-1048)",
        "Қазақ әріптері: мәтін түрінде (KZ-1048)",
        "Kazakh letters: as text (KZ-1048)",
    ),
    "test.kazakh_image": (
        "Казахские буквы: изображением",
        "Қазақ әріптері: сурет түрінде",
        "Kazakh letters: as an image",
    ),
    # --- staff access list (who had which role when) ----------------------------------
    "staff_access.title": (
        "СПИСОК ДОСТУПА СОТРУДНИКОВ",
        "ҚЫЗМЕТКЕРЛЕРДІҢ ҚОЛЖЕТІМДІЛІК ТІЗІМІ",
        "STAFF ACCESS LIST",
    ),
    "staff_access.note": (
        "Кто и с какого времени имел какую роль на этой кассе.",
        "Осы кассада кім қай уақыттан бастап қандай рөлде болды.",
        "Who had which role at this till, and from when.",
    ),
    "staff_access.role": ("Роль: {role}", "Рөлі: {role}", "Role: {role}"),
    "staff_access.closed": (
        "Доступ закрыт",
        "Қолжетімділік жабылды",
        "Access closed",
    ),
    "staff_access.by": ("Кем: {who}", "Кім: {who}", "By: {who}"),
    "staff_access.system": ("касса (система)", "касса (жүйе)", "the till itself"),
    "staff_access.count": ("Записей: {n}", "Жазбалар: {n}", "Entries: {n}"),
    "staff_access.printed_by": ("Распечатал", "Басып шығарған", "Printed by"),
    "staff_access.signature": (
        "Подпись администратора магазина:",
        "Дүкен әкімшісінің қолы:",
        "Store admin's signature:",
    ),
}

# Closed lists of the domain, by enum value.
_ENUMS: dict[str, dict[str, tuple[str, str, str]]] = {
    "role": {
        "cashier": ("кассир", "кассир", "cashier"),
        "sales_manager": ("менеджер по продажам", "сату менеджері", "sales manager"),
        "store_admin": ("администратор магазина", "дүкен әкімшісі", "store admin"),
    },
    "purpose": {
        "sale": (
            "Сделка купли-продажи, чеки, гарантия, возврат",
            "Сатып алу-сату мәмілесі, чектер, кепілдік, қайтару",
            "The sale: receipts, warranty, returns",
        ),
        "delivery": (
            "Доставка курьерскими и почтовыми службами",
            "Курьерлік және пошта қызметтері арқылы жеткізу",
            "Delivery by courier and postal services",
        ),
        "credit": (
            "Передача банкам-партнёрам (и через них в кредитные бюро) для кредита или рассрочки",
            "Несие немесе бөліп төлеу үшін серіктес банктерге (олар арқылы кредиттік бюроларға) беру",
            "Transfer to partner banks (and through them to credit bureaus) for a loan or installments",
        ),
        "insurance": (
            "Страховые услуги партнёров",
            "Серіктестердің сақтандыру қызметтері",
            "Partners' insurance services",
        ),
        "marketing": (
            "Статистика, оптимизация рекламы, предложения",
            "Статистика, жарнаманы оңтайландыру, ұсыныстар",
            "Statistics, advertising optimisation, offers",
        ),
    },
    "purpose_short": {
        "sale": ("продажа", "сату", "sale"),
        "delivery": ("доставка", "жеткізу", "delivery"),
        "credit": ("кредит и рассрочка", "несие және бөліп төлеу", "credit and installments"),
        "insurance": ("страхование", "сақтандыру", "insurance"),
        "marketing": ("маркетинг", "маркетинг", "marketing"),
    },
    "category": {
        "full_name": ("ФИО", "Т.А.Ә.", "full name"),
        "iin": ("ИИН", "ЖСН", "IIN"),
        "birth_date": ("дата рождения", "туған күні", "date of birth"),
        "phone": ("телефон", "телефон", "phone"),
        "email": ("эл. почта", "эл. пошта", "e-mail"),
        "delivery_address": ("адрес доставки", "жеткізу мекенжайы", "delivery address"),
        "registration_address": (
            "адрес регистрации",
            "тіркелген мекенжайы",
            "registration address",
        ),
        "id_document": (
            "данные удостоверения личности",
            "жеке басын куәландыратын құжат деректері",
            "ID document details",
        ),
        "purchase_history": ("история покупок", "сатып алу тарихы", "purchase history"),
    },
    "recipient": {
        "courier": ("курьерские службы", "курьерлік қызметтер", "courier services"),
        "postal": ("почтовые службы", "пошта қызметтері", "postal services"),
        "partner_bank": ("банки-партнёры", "серіктес банктер", "partner banks"),
        "insurer": ("страховые компании", "сақтандыру компаниялары", "insurers"),
        "counterparty": (
            "контрагенты по договору",
            "шарт бойынша контрагенттер",
            "counterparties under contract",
        ),
        "government": (
            "уполномоченные государственные органы",
            "уәкілетті мемлекеттік органдар",
            "authorised government bodies",
        ),
    },
    "sale_type": {
        "cash": (
            "обычная купля-продажа (наличные или карта)",
            "әдеттегі сатып алу-сату (қолма-қол немесе карта)",
            "ordinary sale (cash or card)",
        ),
        "credit": ("купля-продажа в кредит", "несиеге сатып алу-сату", "sale on credit"),
        "installment": (
            "купля-продажа в рассрочку",
            "бөліп төлеуге сатып алу-сату",
            "sale by installments",
        ),
    },
    "payment": {
        "cash": ("наличные", "қолма-қол", "cash"),
        "card": ("карта", "карта", "card"),
        "credit": ("кредит", "несие", "credit"),
        "installment": ("рассрочка", "бөліп төлеу", "installments"),
    },
    "state": {
        "requested": ("запрошено", "сұралған", "requested"),
        "given": ("дано", "берілген", "given"),
        "renewed": ("обновлено", "жаңартылған", "renewed"),
        "refused": ("отказано", "бас тартылған", "refused"),
        "withdrawn": ("отозвано", "кері қайтарылған", "withdrawn"),
        "expired": ("истекло", "мерзімі өткен", "expired"),
        "invalidated": ("недействительно", "жарамсыз", "invalidated"),
    },
    "kind": {
        "access": ("доступ к данным", "деректерге қол жеткізу", "access to data"),
        "rectification": ("исправление данных", "деректерді түзету", "rectification"),
        "withdrawal": ("отзыв согласия", "келісімді кері қайтарып алу", "withdrawal of consent"),
        "written_refusal": ("письменный отказ", "жазбаша бас тарту", "written refusal"),
        "destruction": ("уничтожение данных", "деректерді жою", "destruction of data"),
    },
    "destruction_cause": {
        "request": ("требование покупателя", "сатып алушының талабы", "the buyer's request"),
        "written_refusal": ("письменный отказ", "жазбаша бас тарту", "written refusal"),
        "withdrawal": ("отзыв согласия", "келісімді кері қайтарып алу", "withdrawal of consent"),
        "retention": (
            "истёк срок хранения",
            "сақтау мерзімі өтті",
            "retention period ended",
        ),
        "headoffice": (
            "распоряжение головного офиса",
            "бас кеңсенің өкімі",
            "head office directive",
        ),
    },
    "outcome": {
        "pending": ("на рассмотрении", "қаралуда", "pending"),
        "fulfilled": ("исполнено", "орындалды", "fulfilled"),
        "partly_fulfilled": ("исполнено частично", "ішінара орындалды", "partly fulfilled"),
        "refused": ("отказано", "бас тартылды", "refused"),
    },
    "credit_status": {
        "active": ("действует", "белсенді", "active"),
        "repaid": ("погашен", "өтелген", "repaid"),
        "cancelled": ("отменён", "күші жойылған", "cancelled"),
    },
    "method": {
        "paper-slip-signed": (
            "подписанный бланк согласия",
            "қол қойылған келісім парағы",
            "signed consent slip",
        ),
        "preprinted-form": ("типографский бланк", "баспаханалық бланк", "pre-printed form"),
    },
    "field": {
        "surname": ("Фамилия", "Тегі", "Surname"),
        "given_name": ("Имя", "Аты", "Given name"),
        "patronymic": ("Отчество", "Әкесінің аты", "Patronymic"),
        "iin": ("ИИН", "ЖСН", "IIN"),
        "birth_date": ("Дата рождения", "Туған күні", "Date of birth"),
        "phone": ("Телефон", "Телефон", "Phone"),
        "email": ("Эл. почта", "Эл. пошта", "E-mail"),
        "delivery_address": ("Адрес доставки", "Жеткізу мекенжайы", "Delivery address"),
        "registration_address": (
            "Адрес регистрации",
            "Тіркелген мекенжайы",
            "Registration address",
        ),
        "id_doc_type": ("Документ", "Құжат", "ID document"),
        "id_doc_number": ("Номер документа", "Құжат нөмірі", "Document number"),
        "id_doc_issue_date": ("Дата выдачи", "Берілген күні", "Issue date"),
        "id_doc_issuer": ("Кем выдан", "Кім берген", "Issued by"),
    },
    "doc_type": {
        "id_card": ("удостоверение личности", "жеке куәлік", "ID card"),
        "passport": ("паспорт", "төлқұжат", "passport"),
        "residence_permit": ("вид на жительство", "тұруға ықтиярхат", "residence permit"),
        "stateless_certificate": (
            "удостоверение лица без гражданства",
            "азаматтығы жоқ адамның куәлігі",
            "stateless person's certificate",
        ),
    },
}


def check_language(language: str) -> str:
    """The language if it is one documents are printed in, else a one-line error."""
    if language not in _INDEX:
        raise ValidationError(Code.PRINT_LANGUAGE, field="language", languages=LANGUAGES)
    return language


def t(key: str, lang: str, **values: object) -> str:
    """The string `key` in `lang`, with `{placeholders}` filled from `values`."""
    text = _M[key][_INDEX[lang]]
    return text.format(**values) if values else text


def label(group: str, value: str | Enum, lang: str) -> str:
    """The printed name of a closed-list value (purpose, category, payment method...)."""
    key = value.value if isinstance(value, Enum) else value
    entry = _ENUMS[group].get(str(key))
    return entry[_INDEX[lang]] if entry else str(key)


def labels(group: str, values: Iterable[str | Enum], lang: str) -> str:
    """Comma-separated printed names, or the word for "none"."""
    names = [label(group, v, lang) for v in values]
    return ", ".join(names) if names else t("no", lang)


def percent_text(value: float, lang: str) -> str:
    """24, 24.9 (en) or 24,9 (ru, kk): a rate without trailing zeros."""
    return _decimal_mark(f"{value:.2f}".rstrip("0").rstrip("."), lang)


def _decimal_mark(text: str, lang: str) -> str:
    """A number written with a point, in the language's decimal mark (a comma in ru, kk)."""
    return text if lang == "en" else text.replace(".", ",")


def date_text(day: dt.date) -> str:
    """31.12.2025: the form used in Kazakhstan, whatever the document language."""
    return day.strftime("%d.%m.%Y")


def datetime_text(at: dt.datetime, timezone: str) -> str:
    """A UTC time shown in the store's zone: 31.12.2025 18:05."""
    return at.astimezone(ZoneInfo(timezone)).strftime("%d.%m.%Y %H:%M")


def local_date_text(at: dt.datetime, timezone: str) -> str:
    """The date of a UTC time in the store's zone: 31.12.2025."""
    return date_text(at.astimezone(ZoneInfo(timezone)).date())


def catalogue() -> dict[str, tuple[str, str, str]]:
    """Every entry, flattened (for the completeness test)."""
    out = dict(_M)
    for group, entries in _ENUMS.items():
        for value, triple in entries.items():
            out[f"{group}.{value}"] = triple
    return out


def quantity_text(milli: int, unit: str, lang: str) -> str:
    """A line's quantity on paper: pieces whole ("2"), kilograms to the gram with the
    language's decimal mark and unit ("0,750 кг" in ru and kk, "0.750 kg" in en), as the
    window shows it."""
    text = format_quantity(milli, unit)
    if Unit(unit) is not Unit.KG:
        return text
    return f"{_decimal_mark(text, lang)} {t('receipt.kg', lang)}"
