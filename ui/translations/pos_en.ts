<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>BuyerForm</name>
        <message>
            <source>(choose)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <source>DD.MM.YYYY</source>
            <translation>DD.MM.YYYY</translation>
        </message>
        <message>
            <source>12 digits</source>
            <translation>12 digits</translation>
        </message>
    </context>
    <context>
        <name>BuyerPanel</name>
        <message>
            <source>No buyer: an anonymous sale.</source>
            <translation>No buyer: an anonymous sale.</translation>
        </message>
        <message>
            <source>Consents: {purposes}</source>
            <translation>Consents: {purposes}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Policy changed: a new consent is needed.</source>
            <translation>Policy changed: a new consent is needed.</translation>
        </message>
        <message>
            <source>Refused processing in writing: anonymous sales only.</source>
            <translation>Refused processing in writing: anonymous sales only.</translation>
        </message>
        <message>
            <source>Outstanding {kind} with {bank}</source>
            <translation>Outstanding {kind} with {bank}</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Buyer</translation>
        </message>
        <message>
            <source>New buyer (F9)</source>
            <translation>New buyer (F9)</translation>
        </message>
        <message>
            <source>New buyer</source>
            <translation>New buyer</translation>
        </message>
        <message>
            <source>No buyer</source>
            <translation>No buyer</translation>
        </message>
        <message>
            <source>Remove the buyer from the sale</source>
            <translation>Remove the buyer from the sale</translation>
        </message>
        <message>
            <source>Chosen buyer</source>
            <translation>Chosen buyer</translation>
        </message>
    </context>
    <context>
        <name>BuyerSearch</name>
        <message>
            <source>Nobody found.</source>
            <translation>Nobody found.</translation>
        </message>
        <message>
            <source>Up or Down to choose, Enter to open.</source>
            <translation>Up or Down to choose, Enter to open.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>new consent needed</source>
            <translation>new consent needed</translation>
        </message>
        <message>
            <source>IIN, phone, last 4 digits or name</source>
            <translation>IIN, phone, last 4 digits or name</translation>
        </message>
        <message>
            <source>Find a buyer</source>
            <translation>Find a buyer</translation>
        </message>
        <message>
            <source>Buyers found</source>
            <translation>Buyers found</translation>
        </message>
    </context>
    <context>
        <name>CartLines</name>
        <message>
            <source>Total: {amount}</source>
            <translation>Total: {amount}</translation>
        </message>
        <message>
            <source>Sale lines</source>
            <translation>Sale lines</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>Sum</translation>
        </message>
        <message>
            <source>Remove line (Del)</source>
            <translation>Remove line (Del)</translation>
        </message>
        <message>
            <source>Remove the chosen line</source>
            <translation>Remove the chosen line</translation>
        </message>
        <message>
            <source>Total: {amount} (discounts {discount})</source>
            <translation>Total: {amount} (discounts {discount})</translation>
        </message>
        <message>
            <source>{weight} kg</source>
            <translation>{weight} kg</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Changed: preview the slip again (F2).</source>
            <translation>Changed: preview the slip again (F2).</translation>
        </message>
        <message>
            <source>Check the marked fields.</source>
            <translation>Check the marked fields.</translation>
        </message>
        <message>
            <source>Checking...</source>
            <translation>Checking...</translation>
        </message>
        <message>
            <source>The buyer signs the pre-printed form; then press Buyer signed (F4).</source>
            <translation>The buyer signs the pre-printed form; then press Buyer signed (F4).</translation>
        </message>
        <message>
            <source>Print the slip (F3) for the buyer to sign.</source>
            <translation>Print the slip (F3) for the buyer to sign.</translation>
        </message>
        <message>
            <source>Printing the slip...</source>
            <translation>Printing the slip...</translation>
        </message>
        <message>
            <source>When the buyer has signed, press Buyer signed (F4).</source>
            <translation>When the buyer has signed, press Buyer signed (F4).</translation>
        </message>
        <message>
            <source>Print again (F3), or use a pre-printed form and type its number.</source>
            <translation>Print again (F3), or use a pre-printed form and type its number.</translation>
        </message>
        <message>
            <source>Recording the consent...</source>
            <translation>Recording the consent...</translation>
        </message>
        <message>
            <source>Consent to personal data processing</source>
            <translation>Consent to personal data processing</translation>
        </message>
        <message>
            <source>Purposes the buyer consents to</source>
            <translation>Purposes the buyer consents to</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>required for this sale</source>
            <translation>required for this sale</translation>
        </message>
        <message>
            <source>New buyer: only the fields this sale needs.</source>
            <translation>New buyer: only the fields this sale needs.</translation>
        </message>
        <message>
            <source>{name}: the data this sale needs in addition.</source>
            <translation>{name}: the data this sale needs in addition.</translation>
        </message>
        <message>
            <source>{name}: the data held covers this sale; only the consent is needed.</source>
            <translation>{name}: the data held covers this sale; only the consent is needed.</translation>
        </message>
        <message>
            <source>Slip language:</source>
            <translation>Slip language:</translation>
        </message>
        <message>
            <source>Slip language</source>
            <translation>Slip language</translation>
        </message>
        <message>
            <source>Print the slip for signing</source>
            <translation>Print the slip for signing</translation>
        </message>
        <message>
            <source>Pre-printed form No.:</source>
            <translation>Pre-printed form No.:</translation>
        </message>
        <message>
            <source>Pre-printed form number</source>
            <translation>Pre-printed form number</translation>
        </message>
        <message>
            <source>Slip preview</source>
            <translation>Slip preview</translation>
        </message>
        <message>
            <source>Preview (F2)</source>
            <translation>Preview (F2)</translation>
        </message>
        <message>
            <source>Print slip (F3)</source>
            <translation>Print slip (F3)</translation>
        </message>
        <message>
            <source>Buyer signed (F4)</source>
            <translation>Buyer signed (F4)</translation>
        </message>
        <message>
            <source>Buyer refused (F8)</source>
            <translation>Buyer refused (F8)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <source>The buyer refused? Everything typed is wiped.</source>
            <translation>The buyer refused? Everything typed is wiped.</translation>
        </message>
        <message>
            <source>Close the consent? Everything typed is wiped.</source>
            <translation>Close the consent? Everything typed is wiped.</translation>
        </message>
        <message>
            <source>Wipe and close</source>
            <translation>Wipe and close</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Go back</translation>
        </message>
    </context>
    <context>
        <name>CorrectTab</name>
        <message>
            <source>Check the marked fields.</source>
            <translation>Check the marked fields.</translation>
        </message>
        <message>
            <source>Corrected; the audit names the fields changed, not their values.</source>
            <translation>Corrected; the audit names the fields changed, not their values.</translation>
        </message>
        <message>
            <source>Correct what the buyer shows is wrong; the new values are checked like new data.</source>
            <translation>Correct what the buyer shows is wrong; the new values are checked like new data.</translation>
        </message>
        <message>
            <source>Save correction</source>
            <translation>Save correction</translation>
        </message>
    </context>
    <context>
        <name>CreditPanel</name>
        <message>
            <source>Monthly payment: {amount}</source>
            <translation>Monthly payment: {amount}</translation>
        </message>
        <message>
            <source>Credit or installment terms</source>
            <translation>Credit or installment terms</translation>
        </message>
        <message>
            <source>Partner bank:</source>
            <translation>Partner bank:</translation>
        </message>
        <message>
            <source>Bank product:</source>
            <translation>Bank product:</translation>
        </message>
        <message>
            <source>Term, months:</source>
            <translation>Term, months:</translation>
        </message>
        <message>
            <source>Down payment, ₸:</source>
            <translation>Down payment, ₸:</translation>
        </message>
        <message>
            <source>Bank form No.:</source>
            <translation>Bank form No.:</translation>
        </message>
        <message>
            <source>Partner bank</source>
            <translation>Partner bank</translation>
        </message>
        <message>
            <source>Bank product</source>
            <translation>Bank product</translation>
        </message>
        <message>
            <source>Term in months</source>
            <translation>Term in months</translation>
        </message>
        <message>
            <source>Down payment</source>
            <translation>Down payment</translation>
        </message>
        <message>
            <source>Bank form number</source>
            <translation>Bank form number</translation>
        </message>
        <message>
            <source>Payment schedule</source>
            <translation>Payment schedule</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>not in the store's list: as the bank's contract says</source>
            <translation>not in the store's list: as the bank's contract says</translation>
        </message>
        <message>
            <source>{rate} % a year</source>
            <translation>{rate} % a year</translation>
        </message>
        <message>
            <source>Interest rate:</source>
            <translation>Interest rate:</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Sale (receipts, warranty, returns)</source>
            <translation>Sale (receipts, warranty, returns)</translation>
        </message>
        <message>
            <source>Delivery (courier and postal services)</source>
            <translation>Delivery (courier and postal services)</translation>
        </message>
        <message>
            <source>Credit (partner banks, credit bureaus)</source>
            <translation>Credit (partner banks, credit bureaus)</translation>
        </message>
        <message>
            <source>Insurance (partner insurers)</source>
            <translation>Insurance (partner insurers)</translation>
        </message>
        <message>
            <source>Offers and statistics (marketing)</source>
            <translation>Offers and statistics (marketing)</translation>
        </message>
        <message>
            <source>sale</source>
            <translation>sale</translation>
        </message>
        <message>
            <source>delivery</source>
            <translation>delivery</translation>
        </message>
        <message>
            <source>credit</source>
            <translation>credit</translation>
        </message>
        <message>
            <source>insurance</source>
            <translation>insurance</translation>
        </message>
        <message>
            <source>marketing</source>
            <translation>marketing</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Credit</translation>
        </message>
        <message>
            <source>Installment</source>
            <translation>Installment</translation>
        </message>
        <message>
            <source>cashier</source>
            <translation>cashier</translation>
        </message>
        <message>
            <source>sales manager</source>
            <translation>sales manager</translation>
        </message>
        <message>
            <source>store admin</source>
            <translation>store admin</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Surname</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Given name</translation>
        </message>
        <message>
            <source>Patronymic</source>
            <translation>Patronymic</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>IIN</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Delivery address</source>
            <translation>Delivery address</translation>
        </message>
        <message>
            <source>Registration address</source>
            <translation>Registration address</translation>
        </message>
        <message>
            <source>ID document</source>
            <translation>ID document</translation>
        </message>
        <message>
            <source>Document number</source>
            <translation>Document number</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>Issue date</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>ID card</source>
            <translation>ID card</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passport</translation>
        </message>
        <message>
            <source>Residence permit</source>
            <translation>Residence permit</translation>
        </message>
        <message>
            <source>Stateless person's certificate</source>
            <translation>Stateless person's certificate</translation>
        </message>
        <message>
            <source>requested</source>
            <translation>requested</translation>
        </message>
        <message>
            <source>given</source>
            <translation>given</translation>
        </message>
        <message>
            <source>renewed</source>
            <translation>renewed</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>invalidated</source>
            <translation>invalidated</translation>
        </message>
        <message>
            <source>cash sale</source>
            <translation>cash sale</translation>
        </message>
        <message>
            <source>installment</source>
            <translation>installment</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>No one can sign in at this till yet: a store admin adds staff with a PIN (pos staff add NAME --role ROLE).</source>
            <translation>No one can sign in at this till yet: a store admin adds staff with a PIN (pos staff add NAME --role ROLE).</translation>
        </message>
        <message>
            <source>Choose your name in the list.</source>
            <translation>Choose your name in the list.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Type your PIN.</translation>
        </message>
        <message>
            <source>Checking the PIN...</source>
            <translation>Checking the PIN...</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Who are you?</translation>
        </message>
        <message>
            <source>Staff members</source>
            <translation>Staff members</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>4 to 8 digits, then Enter</source>
            <translation>4 to 8 digits, then Enter</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Nothing waits to be printed.</source>
            <translation>Nothing waits to be printed.</translation>
        </message>
        <message>
            <source>Till</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <source>&amp;Till</source>
            <translation>&amp;Till</translation>
        </message>
        <message>
            <source>&amp;Buyer</source>
            <translation>&amp;Buyer</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Print what is waiting</source>
            <translation>Print what is waiting</translation>
        </message>
        <message>
            <source>Settings...</source>
            <translation>Settings...</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Buyer's rights...</source>
            <translation>Buyer's rights...</translation>
        </message>
        <message>
            <source>Staff...</source>
            <translation>Staff...</translation>
        </message>
        <message>
            <source>Credit repayment...</source>
            <translation>Credit repayment...</translation>
        </message>
        <message>
            <source>Fiscal documents waiting...</source>
            <translation>Fiscal documents waiting...</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>not needed for this sale</source>
            <translation>not needed for this sale</translation>
        </message>
        <message>
            <source>required for this sale</source>
            <translation>required for this sale</translation>
        </message>
        <message>
            <source>give a phone or an e-mail</source>
            <translation>give a phone or an e-mail</translation>
        </message>
        <message>
            <source>too long: at most {n} characters</source>
            <translation>too long: at most {n} characters</translation>
        </message>
        <message>
            <source>only letters, spaces and hyphens</source>
            <translation>only letters, spaces and hyphens</translation>
        </message>
        <message>
            <source>not a date: type DD.MM.YYYY</source>
            <translation>not a date: type DD.MM.YYYY</translation>
        </message>
        <message>
            <source>the date is in the future</source>
            <translation>the date is in the future</translation>
        </message>
        <message>
            <source>the date is before 1900</source>
            <translation>the date is before 1900</translation>
        </message>
        <message>
            <source>issued before the date of birth</source>
            <translation>issued before the date of birth</translation>
        </message>
        <message>
            <source>choose the type of document</source>
            <translation>choose the type of document</translation>
        </message>
        <message>
            <source>5 to 20 Latin letters or digits</source>
            <translation>5 to 20 Latin letters or digits</translation>
        </message>
        <message>
            <source>an IIN has exactly 12 digits</source>
            <translation>an IIN has exactly 12 digits</translation>
        </message>
        <message>
            <source>check digit is wrong: a digit is mistyped</source>
            <translation>check digit is wrong: a digit is mistyped</translation>
        </message>
        <message>
            <source>the 7th digit (century and sex) must be 1 to 6</source>
            <translation>the 7th digit (century and sex) must be 1 to 6</translation>
        </message>
        <message>
            <source>encodes a date of birth that does not exist</source>
            <translation>encodes a date of birth that does not exist</translation>
        </message>
        <message>
            <source>the century digit does not match the date of birth</source>
            <translation>the century digit does not match the date of birth</translation>
        </message>
        <message>
            <source>does not match the date of birth</source>
            <translation>does not match the date of birth</translation>
        </message>
        <message>
            <source>give the phone number</source>
            <translation>give the phone number</translation>
        </message>
        <message>
            <source>not a phone number</source>
            <translation>not a phone number</translation>
        </message>
        <message>
            <source>not a valid phone number</source>
            <translation>not a valid phone number</translation>
        </message>
        <message>
            <source>not a Kazakhstan number</source>
            <translation>not a Kazakhstan number</translation>
        </message>
        <message>
            <source>type it as name@domain.kz</source>
            <translation>type it as name@domain.kz</translation>
        </message>
        <message>
            <source>a buyer with this IIN is registered: find them instead</source>
            <translation>a buyer with this IIN is registered: find them instead</translation>
        </message>
        <message>
            <source>another buyer has this IIN</source>
            <translation>another buyer has this IIN</translation>
        </message>
        <message>
            <source>give the form number</source>
            <translation>give the form number</translation>
        </message>
        <message>
            <source>give the reference of the buyer's document</source>
            <translation>give the reference of the buyer's document</translation>
        </message>
        <message>
            <source>too long</source>
            <translation>too long</translation>
        </message>
        <message>
            <source>a PIN has 4 to 8 digits</source>
            <translation>a PIN has 4 to 8 digits</translation>
        </message>
        <message>
            <source>not collected under the buyer's consents</source>
            <translation>not collected under the buyer's consents</translation>
        </message>
        <message>
            <source>the same as held</source>
            <translation>the same as held</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>Wrong PIN.</translation>
        </message>
        <message>
            <source>Too many wrong PINs: try again in {n} min.</source>
            <translation>Too many wrong PINs: try again in {n} min.</translation>
        </message>
        <message>
            <source>This staff member cannot sign in.</source>
            <translation>This staff member cannot sign in.</translation>
        </message>
        <message>
            <source>A PIN has 4 to 8 digits.</source>
            <translation>A PIN has 4 to 8 digits.</translation>
        </message>
        <message>
            <source>This needs the {role} role; you are signed in as {mine}.</source>
            <translation>This needs the {role} role; you are signed in as {mine}.</translation>
        </message>
        <message>
            <source>Scan or find a product first.</source>
            <translation>Scan or find a product first.</translation>
        </message>
        <message>
            <source>The cash tendered is less than the total.</source>
            <translation>The cash tendered is less than the total.</translation>
        </message>
        <message>
            <source>The down payment must be less than the total.</source>
            <translation>The down payment must be less than the total.</translation>
        </message>
        <message>
            <source>Choose the partner bank and its product.</source>
            <translation>Choose the partner bank and its product.</translation>
        </message>
        <message>
            <source>This sale needs a buyer with their consent: find or register the buyer.</source>
            <translation>This sale needs a buyer with their consent: find or register the buyer.</translation>
        </message>
        <message>
            <source>The buyer has not consented to: {purposes}. Take a consent first.</source>
            <translation>The buyer has not consented to: {purposes}. Take a consent first.</translation>
        </message>
        <message>
            <source>The buyer consented under an older policy version: a new consent to version {label} is needed.</source>
            <translation>The buyer consented under an older policy version: a new consent to version {label} is needed.</translation>
        </message>
        <message>
            <source>This buyer refused processing in writing: sell without their data.</source>
            <translation>This buyer refused processing in writing: sell without their data.</translation>
        </message>
        <message>
            <source>This sale needs more of the buyer's data ({fields}): take a consent with it.</source>
            <translation>This sale needs more of the buyer's data ({fields}): take a consent with it.</translation>
        </message>
        <message>
            <source>The buyer has no consent in force for: {purposes}.</source>
            <translation>The buyer has no consent in force for: {purposes}.</translation>
        </message>
        <message>
            <source>A written refusal is already recorded for this buyer.</source>
            <translation>A written refusal is already recorded for this buyer.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>The corrected values are the same as those held.</source>
            <translation>The corrected values are the same as those held.</translation>
        </message>
        <message>
            <source>No privacy policy version is in effect: the store admin must import one.</source>
            <translation>No privacy policy version is in effect: the store admin must import one.</translation>
        </message>
        <message>
            <source>The seller's details are not set: the store admin must set them.</source>
            <translation>The seller's details are not set: the store admin must set them.</translation>
        </message>
        <message>
            <source>No printer is set.</source>
            <translation>No printer is set.</translation>
        </message>
        <message>
            <source>{n} waiting to be printed {why}</source>
            <translation>{n} waiting to be printed {why}</translation>
        </message>
        <message>
            <source>The two keys differ; nothing was changed.</source>
            <translation>The two keys differ; nothing was changed.</translation>
        </message>
        <message>
            <source>The database key must be at least {n} characters.</source>
            <translation>The database key must be at least {n} characters.</translation>
        </message>
        <message>
            <source>The new key is the same as the current one.</source>
            <translation>The new key is the same as the current one.</translation>
        </message>
        <message>
            <source>Only the store admin can change settings.</source>
            <translation>Only the store admin can change settings.</translation>
        </message>
        <message>
            <source>consent slip</source>
            <translation>consent slip</translation>
        </message>
        <message>
            <source>receipt</source>
            <translation>receipt</translation>
        </message>
        <message>
            <source>installment summary</source>
            <translation>installment summary</translation>
        </message>
        <message>
            <source>access report</source>
            <translation>access report</translation>
        </message>
        <message>
            <source>confirmation</source>
            <translation>confirmation</translation>
        </message>
        <message>
            <source>test page</source>
            <translation>test page</translation>
        </message>
        <message>
            <source>Something went wrong; the details are in the till log.</source>
            <translation>Something went wrong; the details are in the till log.</translation>
        </message>
        <message>
            <source>{what} is not needed for this sale and is not collected.</source>
            <translation>{what} is not needed for this sale and is not collected.</translation>
        </message>
        <message>
            <source>{what} is required for this sale.</source>
            <translation>{what} is required for this sale.</translation>
        </message>
        <message>
            <source>Give at least one of: {fields}.</source>
            <translation>Give at least one of: {fields}.</translation>
        </message>
        <message>
            <source>{what} is longer than {n} characters.</source>
            <translation>{what} is longer than {n} characters.</translation>
        </message>
        <message>
            <source>{what} may hold only letters, spaces and hyphens.</source>
            <translation>{what} may hold only letters, spaces and hyphens.</translation>
        </message>
        <message>
            <source>The date of birth is not a date: type DD.MM.YYYY.</source>
            <translation>The date of birth is not a date: type DD.MM.YYYY.</translation>
        </message>
        <message>
            <source>The date of birth is in the future.</source>
            <translation>The date of birth is in the future.</translation>
        </message>
        <message>
            <source>The date of birth is before 1900.</source>
            <translation>The date of birth is before 1900.</translation>
        </message>
        <message>
            <source>The document's issue date is in the future.</source>
            <translation>The document's issue date is in the future.</translation>
        </message>
        <message>
            <source>The document was issued before the date of birth.</source>
            <translation>The document was issued before the date of birth.</translation>
        </message>
        <message>
            <source>Choose the type of ID document.</source>
            <translation>Choose the type of ID document.</translation>
        </message>
        <message>
            <source>The document number has 5 to 20 Latin letters or digits.</source>
            <translation>The document number has 5 to 20 Latin letters or digits.</translation>
        </message>
        <message>
            <source>This buyer is not in the database.</source>
            <translation>This buyer is not in the database.</translation>
        </message>
        <message>
            <source>This buyer's data was already destroyed on {day}.</source>
            <translation>This buyer's data was already destroyed on {day}.</translation>
        </message>
        <message>
            <source>A buyer with this IIN is already registered: find them and use their record.</source>
            <translation>A buyer with this IIN is already registered: find them and use their record.</translation>
        </message>
        <message>
            <source>An IIN has exactly 12 digits.</source>
            <translation>An IIN has exactly 12 digits.</translation>
        </message>
        <message>
            <source>The IIN's check digit is wrong: a digit is mistyped.</source>
            <translation>The IIN's check digit is wrong: a digit is mistyped.</translation>
        </message>
        <message>
            <source>The IIN's 7th digit (century and sex) must be 1 to 6.</source>
            <translation>The IIN's 7th digit (century and sex) must be 1 to 6.</translation>
        </message>
        <message>
            <source>The IIN encodes a date of birth that does not exist.</source>
            <translation>The IIN encodes a date of birth that does not exist.</translation>
        </message>
        <message>
            <source>The IIN's century digit does not match the date of birth.</source>
            <translation>The IIN's century digit does not match the date of birth.</translation>
        </message>
        <message>
            <source>The IIN does not match the date of birth.</source>
            <translation>The IIN does not match the date of birth.</translation>
        </message>
        <message>
            <source>Give the phone number.</source>
            <translation>Give the phone number.</translation>
        </message>
        <message>
            <source>This is not a phone number.</source>
            <translation>This is not a phone number.</translation>
        </message>
        <message>
            <source>The phone number is not valid.</source>
            <translation>The phone number is not valid.</translation>
        </message>
        <message>
            <source>The phone number is not a Kazakhstan number.</source>
            <translation>The phone number is not a Kazakhstan number.</translation>
        </message>
        <message>
            <source>Type the e-mail as name@domain.kz.</source>
            <translation>Type the e-mail as name@domain.kz.</translation>
        </message>
        <message>
            <source>The amount is not a number.</source>
            <translation>The amount is not a number.</translation>
        </message>
        <message>
            <source>The amount has more than two decimals.</source>
            <translation>The amount has more than two decimals.</translation>
        </message>
        <message>
            <source>Line {line} has no name.</source>
            <translation>Line {line} has no name.</translation>
        </message>
        <message>
            <source>Line {line}: the quantity must be 1 to {n}.</source>
            <translation>Line {line}: the quantity must be 1 to {n}.</translation>
        </message>
        <message>
            <source>Line {line}: the price is out of range.</source>
            <translation>Line {line}: the price is out of range.</translation>
        </message>
        <message>
            <source>The sale total is zero.</source>
            <translation>The sale total is zero.</translation>
        </message>
        <message>
            <source>An anonymous sale carries no consent.</source>
            <translation>An anonymous sale carries no consent.</translation>
        </message>
        <message>
            <source>Only a cash payment has an amount tendered.</source>
            <translation>Only a cash payment has an amount tendered.</translation>
        </message>
        <message>
            <source>This sale ({kind}) needs the bank, the product and the term.</source>
            <translation>This sale ({kind}) needs the bank, the product and the term.</translation>
        </message>
        <message>
            <source>Only a credit or installment sale has credit terms.</source>
            <translation>Only a credit or installment sale has credit terms.</translation>
        </message>
        <message>
            <source>This sale is not in the database.</source>
            <translation>This sale is not in the database.</translation>
        </message>
        <message>
            <source>The term must be 1 to 120 months.</source>
            <translation>The term must be 1 to 120 months.</translation>
        </message>
        <message>
            <source>Nothing is left to finance after the down payment.</source>
            <translation>Nothing is left to finance after the down payment.</translation>
        </message>
        <message>
            <source>This credit arrangement is not in the database.</source>
            <translation>This credit arrangement is not in the database.</translation>
        </message>
        <message>
            <source>This {kind} is already closed: {status}.</source>
            <translation>This {kind} is already closed: {status}.</translation>
        </message>
        <message>
            <source>The payment must be more than zero and at most what is outstanding.</source>
            <translation>The payment must be more than zero and at most what is outstanding.</translation>
        </message>
        <message>
            <source>{kind} with {bank} is outstanding ({amount}) until {until}</source>
            <translation>{kind} with {bank} is outstanding ({amount}) until {until}</translation>
        </message>
        <message>
            <source>{kind} with {bank} is outstanding ({amount})</source>
            <translation>{kind} with {bank} is outstanding ({amount})</translation>
        </message>
        <message>
            <source>A product needs a barcode, a name and a price.</source>
            <translation>A product needs a barcode, a name and a price.</translation>
        </message>
        <message>
            <source>A product with barcode {barcode} exists.</source>
            <translation>A product with barcode {barcode} exists.</translation>
        </message>
        <message>
            <source>This sale needs at least one of the buyer's {fields}: take a consent with it.</source>
            <translation>This sale needs at least one of the buyer's {fields}: take a consent with it.</translation>
        </message>
        <message>
            <source>The slip language must be one of: {languages}.</source>
            <translation>The slip language must be one of: {languages}.</translation>
        </message>
        <message>
            <source>Give the number of the pre-printed consent form.</source>
            <translation>Give the number of the pre-printed consent form.</translation>
        </message>
        <message>
            <source>This sale needs no personal data, so no consent is taken.</source>
            <translation>This sale needs no personal data, so no consent is taken.</translation>
        </message>
        <message>
            <source>This buyer refused processing in writing: no new consent is taken.</source>
            <translation>This buyer refused processing in writing: no new consent is taken.</translation>
        </message>
        <message>
            <source>This consent slip was already recorded.</source>
            <translation>This consent slip was already recorded.</translation>
        </message>
        <message>
            <source>This consent is not in the database.</source>
            <translation>This consent is not in the database.</translation>
        </message>
        <message>
            <source>The policy version in effect has no text.</source>
            <translation>The policy version in effect has no text.</translation>
        </message>
        <message>
            <source>A policy version is 1-64 Latin letters, digits, '.', '_' or '-'.</source>
            <translation>A policy version is 1-64 Latin letters, digits, '.', '_' or '-'.</translation>
        </message>
        <message>
            <source>The language must be one of: {languages}.</source>
            <translation>The language must be one of: {languages}.</translation>
        </message>
        <message>
            <source>The policy text is empty.</source>
            <translation>The policy text is empty.</translation>
        </message>
        <message>
            <source>The policy text is too long.</source>
            <translation>The policy text is too long.</translation>
        </message>
        <message>
            <source>Policy version {label} ({language}) is already imported.</source>
            <translation>Policy version {label} ({language}) is already imported.</translation>
        </message>
        <message>
            <source>Policy version {label} ({language}) was imported with a different text; give the new text a new version.</source>
            <translation>Policy version {label} ({language}) was imported with a different text; give the new text a new version.</translation>
        </message>
        <message>
            <source>Policy version {label} is already in effect from {day}.</source>
            <translation>Policy version {label} is already in effect from {day}.</translation>
        </message>
        <message>
            <source>A BIN has exactly 12 digits.</source>
            <translation>A BIN has exactly 12 digits.</translation>
        </message>
        <message>
            <source>The BIN's check digit is wrong.</source>
            <translation>The BIN's check digit is wrong.</translation>
        </message>
        <message>
            <source>Give the reference of the buyer's written document.</source>
            <translation>Give the reference of the buyer's written document.</translation>
        </message>
        <message>
            <source>The reference is longer than {n} characters.</source>
            <translation>The reference is longer than {n} characters.</translation>
        </message>
        <message>
            <source>This request is not in the database.</source>
            <translation>This request is not in the database.</translation>
        </message>
        <message>
            <source>Cannot withdraw: {obligation}; consent to credit stays until it is repaid.</source>
            <translation>Cannot withdraw: {obligation}; consent to credit stays until it is repaid.</translation>
        </message>
        <message>
            <source>The buyer has no consent in force to withdraw.</source>
            <translation>The buyer has no consent in force to withdraw.</translation>
        </message>
        <message>
            <source>Tick at least one purpose, or withdraw all.</source>
            <translation>Tick at least one purpose, or withdraw all.</translation>
        </message>
        <message>
            <source>Cannot destroy: {obligation}.</source>
            <translation>Cannot destroy: {obligation}.</translation>
        </message>
        <message>
            <source>This buyer refused processing in writing: their data is kept only for the credit.</source>
            <translation>This buyer refused processing in writing: their data is kept only for the credit.</translation>
        </message>
        <message>
            <source>Not collected under the buyer's consents: {fields}. Take a consent for a purpose that needs it.</source>
            <translation>Not collected under the buyer's consents: {fields}. Take a consent for a purpose that needs it.</translation>
        </message>
        <message>
            <source>Another buyer is registered with this IIN.</source>
            <translation>Another buyer is registered with this IIN.</translation>
        </message>
        <message>
            <source>Name the recipient.</source>
            <translation>Name the recipient.</translation>
        </message>
        <message>
            <source>Say which data is transferred.</source>
            <translation>Say which data is transferred.</translation>
        </message>
        <message>
            <source>A transfer to a government body needs the legal basis (law, article, request number).</source>
            <translation>A transfer to a government body needs the legal basis (law, article, request number).</translation>
        </message>
        <message>
            <source>No purpose allows transfers to: {recipient}.</source>
            <translation>No purpose allows transfers to: {recipient}.</translation>
        </message>
        <message>
            <source>The buyer refused processing in writing: only their outstanding credit is serviced.</source>
            <translation>The buyer refused processing in writing: only their outstanding credit is serviced.</translation>
        </message>
        <message>
            <source>The buyer has not consented to: {purpose}. No data may go to: {recipient}.</source>
            <translation>The buyer has not consented to: {purpose}. No data may go to: {recipient}.</translation>
        </message>
        <message>
            <source>The consent to {purpose} does not cover: {categories}.</source>
            <translation>The consent to {purpose} does not cover: {categories}.</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>The start date is after the end date.</translation>
        </message>
        <message>
            <source>Give the staff member's name.</source>
            <translation>Give the staff member's name.</translation>
        </message>
        <message>
            <source>No such staff member.</source>
            <translation>No such staff member.</translation>
        </message>
        <message>
            <source>The change clashes with data already stored (it may have been saved already); nothing was saved.</source>
            <translation>The change clashes with data already stored (it may have been saved already); nothing was saved.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation>The disk is full: nothing was saved. Free some space and try again.</translation>
        </message>
        <message>
            <source>The database is busy in another program: nothing was saved. Try again.</source>
            <translation>The database is busy in another program: nothing was saved. Try again.</translation>
        </message>
        <message>
            <source>The database file is read-only: nothing was saved.</source>
            <translation>The database file is read-only: nothing was saved.</translation>
        </message>
        <message>
            <source>The database could not save the change: nothing was saved.</source>
            <translation>The database could not save the change: nothing was saved.</translation>
        </message>
        <message>
            <source>There is no till database at {path}: create it with pos init first.</source>
            <translation>There is no till database at {path}: create it with pos init first.</translation>
        </message>
        <message>
            <source>A till database already exists at {path}; it was not touched.</source>
            <translation>A till database already exists at {path}; it was not touched.</translation>
        </message>
        <message>
            <source>{file} is empty, not a till database.</source>
            <translation>{file} is empty, not a till database.</translation>
        </message>
        <message>
            <source>{file} is a plain, unencrypted SQLite file; the till opens only encrypted databases.</source>
            <translation>{file} is a plain, unencrypted SQLite file; the till opens only encrypted databases.</translation>
        </message>
        <message>
            <source>{file} is truncated or damaged ({size} bytes is not a whole number of pages).</source>
            <translation>{file} is truncated or damaged ({size} bytes is not a whole number of pages).</translation>
        </message>
        <message>
            <source>The database was written by a newer version of the app: update the app.</source>
            <translation>The database was written by a newer version of the app: update the app.</translation>
        </message>
        <message>
            <source>The database holds tables the app did not create; it was not touched.</source>
            <translation>The database holds tables the app did not create; it was not touched.</translation>
        </message>
        <message>
            <source>cannot open {file}: wrong key, or the file is not a till database</source>
            <translation>cannot open {file}: wrong key, or the file is not a till database</translation>
        </message>
        <message>
            <source>No database key: set POS_DB_KEY, keep it in the OS keyring, or type it.</source>
            <translation>No database key: set POS_DB_KEY, keep it in the OS keyring, or type it.</translation>
        </message>
        <message>
            <source>The disk is full: the key was not changed.</source>
            <translation>The disk is full: the key was not changed.</translation>
        </message>
        <message>
            <source>The key could not be changed.</source>
            <translation>The key could not be changed.</translation>
        </message>
        <message>
            <source>The re-encrypted copy did not verify; the key was not changed.</source>
            <translation>The re-encrypted copy did not verify; the key was not changed.</translation>
        </message>
        <message>
            <source>A code is 1-64 Latin letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
            <translation>A code is 1-64 Latin letters, digits, '.', '_' or '-', starting with a letter or digit.</translation>
        </message>
        <message>
            <source>Give the store's name.</source>
            <translation>Give the store's name.</translation>
        </message>
        <message>
            <source>This database has no till identity; was it made by pos init?</source>
            <translation>This database has no till identity; was it made by pos init?</translation>
        </message>
        <message>
            <source>This till's store or register is missing from the database.</source>
            <translation>This till's store or register is missing from the database.</translation>
        </message>
        <message>
            <source>Set POS_DB_KEY for the demo till.</source>
            <translation>Set POS_DB_KEY for the demo till.</translation>
        </message>
        <message>
            <source>Printed: {what}.</source>
            <translation>Printed: {what}.</translation>
        </message>
        <message>
            <source>Printed: {what}. Paper is running low.</source>
            <translation>Printed: {what}. Paper is running low.</translation>
        </message>
        <message>
            <source>Not printed: {what} ({reason}).</source>
            <translation>Not printed: {what} ({reason}).</translation>
        </message>
        <message>
            <source>Not printed: {what} ({reason}). It stays in the print queue.</source>
            <translation>Not printed: {what} ({reason}). It stays in the print queue.</translation>
        </message>
        <message>
            <source>Dropped from the print queue: {what} ({reason}).</source>
            <translation>Dropped from the print queue: {what} ({reason}).</translation>
        </message>
        <message>
            <source>The print queue could not be read ({reason}).</source>
            <translation>The print queue could not be read ({reason}).</translation>
        </message>
        <message>
            <source>The document could not be laid out; the details are in the till log.</source>
            <translation>The document could not be laid out; the details are in the till log.</translation>
        </message>
        <message>
            <source>This sale has no credit or installment to summarise.</source>
            <translation>This sale has no credit or installment to summarise.</translation>
        </message>
        <message>
            <source>Documents are printed in: {languages}.</source>
            <translation>Documents are printed in: {languages}.</translation>
        </message>
        <message>
            <source>The document language is not valid.</source>
            <translation>The document language is not valid.</translation>
        </message>
        <message>
            <source>This print job is not in the queue.</source>
            <translation>This print job is not in the queue.</translation>
        </message>
        <message>
            <source>The print job names no record.</source>
            <translation>The print job names no record.</translation>
        </message>
        <message>
            <source>This print job is no longer waiting.</source>
            <translation>This print job is no longer waiting.</translation>
        </message>
        <message>
            <source>Unknown printer profile '{profile}'.</source>
            <translation>Unknown printer profile '{profile}'.</translation>
        </message>
        <message>
            <source>The paper width must be 58 or 80 mm.</source>
            <translation>The paper width must be 58 or 80 mm.</translation>
        </message>
        <message>
            <source>Code page '{name}' is not one the till can encode.</source>
            <translation>Code page '{name}' is not one the till can encode.</translation>
        </message>
        <message>
            <source>The paper width and the timeout must be numbers.</source>
            <translation>The paper width and the timeout must be numbers.</translation>
        </message>
        <message>
            <source>The printer timeout must be between 0 and 120 seconds.</source>
            <translation>The printer timeout must be between 0 and 120 seconds.</translation>
        </message>
        <message>
            <source>The printer address {url} has no host (use tcp://HOST:9100).</source>
            <translation>The printer address {url} has no host (use tcp://HOST:9100).</translation>
        </message>
        <message>
            <source>The printer address {url} has a port that is not a number.</source>
            <translation>The printer address {url} has a port that is not a number.</translation>
        </message>
        <message>
            <source>The printer address {url} needs the vendor and product ids in hex (usb://04b8:0202).</source>
            <translation>The printer address {url} needs the vendor and product ids in hex (usb://04b8:0202).</translation>
        </message>
        <message>
            <source>The printer address {url} names no serial device (serial:///dev/ttyUSB0?baudrate=9600).</source>
            <translation>The printer address {url} names no serial device (serial:///dev/ttyUSB0?baudrate=9600).</translation>
        </message>
        <message>
            <source>The printer address {url} has a baudrate or stopbits that is not a number.</source>
            <translation>The printer address {url} has a baudrate or stopbits that is not a number.</translation>
        </message>
        <message>
            <source>The printer address {url} names no printer ({scheme}://NAME).</source>
            <translation>The printer address {url} names no printer ({scheme}://NAME).</translation>
        </message>
        <message>
            <source>The printer address {url} names no file (file:///path/out.bin).</source>
            <translation>The printer address {url} names no file (file:///path/out.bin).</translation>
        </message>
        <message>
            <source>The printer address {url} must start with one of: {schemes}.</source>
            <translation>The printer address {url} must start with one of: {schemes}.</translation>
        </message>
        <message>
            <source>Printing over {scheme} needs the {package} package, which is not installed.</source>
            <translation>Printing over {scheme} needs the {package} package, which is not installed.</translation>
        </message>
        <message>
            <source>The printer closed the connection.</source>
            <translation>The printer closed the connection.</translation>
        </message>
        <message>
            <source>Paper ran out during the job.</source>
            <translation>Paper ran out during the job.</translation>
        </message>
        <message>
            <source>The printer is out of paper.</source>
            <translation>The printer is out of paper.</translation>
        </message>
        <message>
            <source>The printer is offline (cover open or an error).</source>
            <translation>The printer is offline (cover open or an error).</translation>
        </message>
        <message>
            <source>The printer refused the connection.</source>
            <translation>The printer refused the connection.</translation>
        </message>
        <message>
            <source>The printer did not answer within {seconds} s.</source>
            <translation>The printer did not answer within {seconds} s.</translation>
        </message>
        <message>
            <source>The connection was closed during the job.</source>
            <translation>The connection was closed during the job.</translation>
        </message>
        <message>
            <source>Unknown printer host.</source>
            <translation>Unknown printer host.</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>Printer not found.</source>
            <translation>Printer not found.</translation>
        </message>
        <message>
            <source>Printing failed ({error}).</source>
            <translation>Printing failed ({error}).</translation>
        </message>
        <message>
            <source>Head office is not set up on this till: the store admin must give its address and the store's credential.</source>
            <translation>Head office is not set up on this till: the store admin must give its address and the store's credential.</translation>
        </message>
        <message>
            <source>The head-office address must look like https://host[:port].</source>
            <translation>The head-office address must look like https://host[:port].</translation>
        </message>
        <message>
            <source>The head-office address must use https:// (plain http only to this machine).</source>
            <translation>The head-office address must use https:// (plain http only to this machine).</translation>
        </message>
        <message>
            <source>The secure connection to head office failed ({reason}).</source>
            <translation>The secure connection to head office failed ({reason}).</translation>
        </message>
        <message>
            <source>Head office did not answer the connection in time.</source>
            <translation>Head office did not answer the connection in time.</translation>
        </message>
        <message>
            <source>Head office did not answer in time.</source>
            <translation>Head office did not answer in time.</translation>
        </message>
        <message>
            <source>Head office dropped the connection mid-answer.</source>
            <translation>Head office dropped the connection mid-answer.</translation>
        </message>
        <message>
            <source>Head office cannot be reached.</source>
            <translation>Head office cannot be reached.</translation>
        </message>
        <message>
            <source>The request to head office failed ({error}).</source>
            <translation>The request to head office failed ({error}).</translation>
        </message>
        <message>
            <source>Head office sent an answer the till does not understand.</source>
            <translation>Head office sent an answer the till does not understand.</translation>
        </message>
        <message>
            <source>Head office answered {answer}: {reason}.</source>
            <translation>Head office answered {answer}: {reason}.</translation>
        </message>
        <message>
            <source>Head office refused this till's credential: check the token.</source>
            <translation>Head office refused this till's credential: check the token.</translation>
        </message>
        <message>
            <source>Head office refused: {reason}.</source>
            <translation>Head office refused: {reason}.</translation>
        </message>
        <message>
            <source>Sync failed ({reason}); {n} events wait to be sent.</source>
            <translation>Sync failed ({reason}); {n} events wait to be sent.</translation>
        </message>
        <message>
            <source>'{text}' is not an id (a UUID).</source>
            <translation>'{text}' is not an id (a UUID).</translation>
        </message>
        <message>
            <source>Give the head-office address and the token together.</source>
            <translation>Give the head-office address and the token together.</translation>
        </message>
        <message>
            <source>No such file: {path}.</source>
            <translation>No such file: {path}.</translation>
        </message>
        <message>
            <source>{path} is not UTF-8 text.</source>
            <translation>{path} is not UTF-8 text.</translation>
        </message>
        <message>
            <source>Give at least one of: {options}.</source>
            <translation>Give at least one of: {options}.</translation>
        </message>
        <message>
            <source>Give at least one field to correct.</source>
            <translation>Give at least one field to correct.</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name.</source>
            <translation>{path} is a folder; give a file name.</translation>
        </message>
        <message>
            <source>The numbers of buyers and sales must not be negative.</source>
            <translation>The numbers of buyers and sales must not be negative.</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>not a number</translation>
        </message>
        <message>
            <source>at most two decimals</source>
            <translation>at most two decimals</translation>
        </message>
        <message>
            <source>a BIN has exactly 12 digits</source>
            <translation>a BIN has exactly 12 digits</translation>
        </message>
        <message>
            <source>the two keys differ</source>
            <translation>the two keys differ</translation>
        </message>
        <message>
            <source>the same as the current key</source>
            <translation>the same as the current key</translation>
        </message>
        <message>
            <source>the layout failed; see the till log</source>
            <translation>the layout failed; see the till log</translation>
        </message>
        <message>
            <source>58 or 80 mm</source>
            <translation>58 or 80 mm</translation>
        </message>
        <message>
            <source>0 to 120 seconds</source>
            <translation>0 to 120 seconds</translation>
        </message>
        <message>
            <source>the printer setting is not valid ({reason})</source>
            <translation>the printer setting is not valid ({reason})</translation>
        </message>
        <message>
            <source>Sent: {pushed}; directives received: {pulled}; waiting: {backlog}.</source>
            <translation>Sent: {pushed}; directives received: {pulled}; waiting: {backlog}.</translation>
        </message>
        <message>
            <source>Head office refused {n} of them.</source>
            <translation>Head office refused {n} of them.</translation>
        </message>
        <message>
            <source>Head office is missing {n} earlier events.</source>
            <translation>Head office is missing {n} earlier events.</translation>
        </message>
        <message>
            <source>(and {n} more)</source>
            <translation>(and {n} more)</translation>
        </message>
        <message>
            <source>A retention run is already under way on this till; try again when it has finished.</source>
            <translation>A retention run is already under way on this till; try again when it has finished.</translation>
        </message>
        <message>
            <source>The printer address {url} is outside the print folder {folder}. The store admin can name another print folder.</source>
            <translation>The printer address {url} is outside the print folder {folder}. The store admin can name another print folder.</translation>
        </message>
        <message>
            <source>The printer address {url} names a file that is not a print output; it was not touched.</source>
            <translation>The printer address {url} names a file that is not a print output; it was not touched.</translation>
        </message>
        <message>
            <source>The print folder {folder} does not exist.</source>
            <translation>The print folder {folder} does not exist.</translation>
        </message>
        <message>
            <source>The print folder {folder} holds the till's own files; name a folder of its own.</source>
            <translation>The print folder {folder} holds the till's own files; name a folder of its own.</translation>
        </message>
        <message>
            <source>The database is open in another program (the window or pos sync): close it, then change the key. Nothing was changed.</source>
            <translation>The database is open in another program (the window or pos sync): close it, then change the key. Nothing was changed.</translation>
        </message>
        <message>
            <source>{file} is damaged: {count} page(s) fail their checks ({pages}). The key is right: {good} page(s) open with it. Restore the file from a backup.</source>
            <translation>{file} is damaged: {count} page(s) fail their checks ({pages}). The key is right: {good} page(s) open with it. Restore the file from a backup.</translation>
        </message>
        <message>
            <source>{file} is damaged: pages the database needs are missing. The key is right. Restore the file from a backup.</source>
            <translation>{file} is damaged: pages the database needs are missing. The key is right. Restore the file from a backup.</translation>
        </message>
        <message>
            <source>The disk is full; nothing was changed.</source>
            <translation>The disk is full; nothing was changed.</translation>
        </message>
        <message>
            <source>The database key is being changed by another program; try again when it is done.</source>
            <translation>The database key is being changed by another program; try again when it is done.</translation>
        </message>
        <message>
            <source>No database key was typed; nothing was opened.</source>
            <translation>No database key was typed; nothing was opened.</translation>
        </message>
        <message>
            <source>The database key is too easy to guess: use {n} or more characters, not a usual password, a number or a keyboard run.</source>
            <translation>The database key is too easy to guess: use {n} or more characters, not a usual password, a number or a keyboard run.</translation>
        </message>
        <message>
            <source>Too many wrong PINs: sign-in is locked until a store admin unlocks it.</source>
            <translation>Too many wrong PINs: sign-in is locked until a store admin unlocks it.</translation>
        </message>
        <message>
            <source>This PIN is among the first anyone would try (repeated digits, a run, a year). Choose another.</source>
            <translation>This PIN is among the first anyone would try (repeated digits, a run, a year). Choose another.</translation>
        </message>
        <message>
            <source>A PIN is needed.</source>
            <translation>A PIN is needed.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>The two PINs differ.</translation>
        </message>
        <message>
            <source>More than one staff member has that name: use their id.</source>
            <translation>More than one staff member has that name: use their id.</translation>
        </message>
        <message>
            <source>The store would be left without a store admin who can sign in.</source>
            <translation>The store would be left without a store admin who can sign in.</translation>
        </message>
        <message>
            <source>A store admin cannot deactivate their own account.</source>
            <translation>A store admin cannot deactivate their own account.</translation>
        </message>
        <message>
            <source>Say who runs this: a staff member's name and PIN.</source>
            <translation>Say who runs this: a staff member's name and PIN.</translation>
        </message>
        <message>
            <source>The upgraded database failed its checks ({check}). The copy made before the upgrade is kept as backups/{file}: restore it or call support.</source>
            <translation>The upgraded database failed its checks ({check}). The copy made before the upgrade is kept as backups/{file}: restore it or call support.</translation>
        </message>
        <message>
            <source>A reference takes a document number and date, not personal data: remove what looks like an IIN or a phone number.</source>
            <translation>A reference takes a document number and date, not personal data: remove what looks like an IIN or a phone number.</translation>
        </message>
        <message>
            <source>a document reference, not an IIN or a phone number</source>
            <translation>a document reference, not an IIN or a phone number</translation>
        </message>
        <message>
            <source>destruction act</source>
            <translation>destruction act</translation>
        </message>
        <message>
            <source>Personal data may go only to: {allowed}.</source>
            <translation>Personal data may go only to: {allowed}.</translation>
        </message>
        <message>
            <source>Type a company name or a document reference, not an IIN, a phone number or an e-mail.</source>
            <translation>Type a company name or a document reference, not an IIN, a phone number or an e-mail.</translation>
        </message>
        <message>
            <source>Too long: at most {n} characters.</source>
            <translation>Too long: at most {n} characters.</translation>
        </message>
        <message>
            <source>Receipt {receipt} is not a delivery sale.</source>
            <translation>Receipt {receipt} is not a delivery sale.</translation>
        </message>
        <message>
            <source>A delivery is handed over only to: {allowed}.</source>
            <translation>A delivery is handed over only to: {allowed}.</translation>
        </message>
        <message>
            <source>The buyer of receipt {receipt} is no longer held; nothing can be handed over.</source>
            <translation>The buyer of receipt {receipt} is no longer held; nothing can be handed over.</translation>
        </message>
        <message>
            <source>Receipt {receipt} was already handed over to {recipient} on {date}.</source>
            <translation>Receipt {receipt} was already handed over to {recipient} on {date}.</translation>
        </message>
        <message>
            <source>No receipt {receipt} at this till.</source>
            <translation>No receipt {receipt} at this till.</translation>
        </message>
        <message>
            <source>{text} is not a receipt number (e.g. 42 or ALM-01/1/42).</source>
            <translation>{text} is not a receipt number (e.g. 42 or ALM-01/1/42).</translation>
        </message>
        <message>
            <source>a company or document reference, not personal data</source>
            <translation>a company or document reference, not personal data</translation>
        </message>
        <message>
            <source>at most {n} characters</source>
            <translation>at most {n} characters</translation>
        </message>
        <message>
            <source>{text} is not a period: give a month as YYYY-MM or an ISO week as YYYY-Www (e.g. 2026-10, 2026-W42).</source>
            <translation>{text} is not a period: give a month as YYYY-MM or an ISO week as YYYY-Www (e.g. 2026-10, 2026-W42).</translation>
        </message>
        <message>
            <source>Statistics are exported for a whole month or ISO week only; {first} to {last} is not one.</source>
            <translation>Statistics are exported for a whole month or ISO week only; {first} to {last} is not one.</translation>
        </message>
        <message>
            <source>{period} is not over yet (it ends on {last}): its figures would still change.</source>
            <translation>{period} is not over yet (it ends on {last}): its figures would still change.</translation>
        </message>
        <message>
            <source>{period} partly overlaps {other}, already exported; export periods of the kind already used.</source>
            <translation>{period} partly overlaps {other}, already exported; export periods of the kind already used.</translation>
        </message>
        <message>
            <source>The recipient is too long: at most {n} characters.</source>
            <translation>The recipient is too long: at most {n} characters.</translation>
        </message>
        <message>
            <source>Name the recipient organisation; a long number does not belong here.</source>
            <translation>Name the recipient organisation; a long number does not belong here.</translation>
        </message>
        <message>
            <source>Receipt {receipt} is another buyer's sale.</source>
            <translation>Receipt {receipt} is another buyer's sale.</translation>
        </message>
        <message>
            <source>staff access list</source>
            <translation>staff access list</translation>
        </message>
        <message>
            <source>There is no incident {incident}.</source>
            <translation>There is no incident {incident}.</translation>
        </message>
        <message>
            <source>Incident {incident} is closed; nothing more can be recorded on it.</source>
            <translation>Incident {incident} is closed; nothing more can be recorded on it.</translation>
        </message>
        <message>
            <source>Fill in {name}.</source>
            <translation>Fill in {name}.</translation>
        </message>
        <message>
            <source>{name} is longer than {limit} characters.</source>
            <translation>{name} is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>{text} is not a time; type it as 2026-11-27 15:30.</source>
            <translation>{text} is not a time; type it as 2026-11-27 15:30.</translation>
        </message>
        <message>
            <source>The {name} time is in the future.</source>
            <translation>The {name} time is in the future.</translation>
        </message>
        <message>
            <source>No person responsible for personal data is set; the store admin sets one in settings.</source>
            <translation>No person responsible for personal data is set; the store admin sets one in settings.</translation>
        </message>
        <message>
            <source>Fill in the responsible person's {name}.</source>
            <translation>Fill in the responsible person's {name}.</translation>
        </message>
        <message>
            <source>{path} already exists; choose a new file name.</source>
            <translation>{path} already exists; choose a new file name.</translation>
        </message>
        <message>
            <source>Sign in first: only a staff member may see buyers' data.</source>
            <translation>Sign in first: only a staff member may see buyers' data.</translation>
        </message>
        <message>
            <source>Head office's directives are applied only by the till's sync.</source>
            <translation>Head office's directives are applied only by the till's sync.</translation>
        </message>
        <message>
            <source>Head office holds {n} of them with other content: they stay unsent; tell head office.</source>
            <translation>Head office holds {n} of them with other content: they stay unsent; tell head office.</translation>
        </message>
        <message>
            <source>Head office says this till's audit log lost entries it had recorded: run `pos check` and tell head office.</source>
            <translation>Head office says this till's audit log lost entries it had recorded: run `pos check` and tell head office.</translation>
        </message>
        <message>
            <source>Printed: {what}. This printer does not report its status, so running out of paper cannot be detected.</source>
            <translation>Printed: {what}. This printer does not report its status, so running out of paper cannot be detected.</translation>
        </message>
        <message>
            <source>The printer did not answer the status query within {seconds} s. If it never answers status queries, add ?status=0 to its address to print without asking.</source>
            <translation>The printer did not answer the status query within {seconds} s. If it never answers status queries, add ?status=0 to its address to print without asking.</translation>
        </message>
        <message>
            <source>The printer's network cannot be reached: check its cable or Wi-Fi.</source>
            <translation>The printer's network cannot be reached: check its cable or Wi-Fi.</translation>
        </message>
        <message>
            <source>The till is not allowed to use the printer's device.</source>
            <translation>The till is not allowed to use the printer's device.</translation>
        </message>
        <message>
            <source>The printer's device is not there: is it plugged in, on the right port?</source>
            <translation>The printer's device is not there: is it plugged in, on the right port?</translation>
        </message>
        <message>
            <source>The printer's device is busy with another program.</source>
            <translation>The printer's device is busy with another program.</translation>
        </message>
        <message>
            <source>Line {line}: the weight must be in kilograms to the gram, more than 0 and at most {n}.</source>
            <translation>Line {line}: the weight must be in kilograms to the gram, more than 0 and at most {n}.</translation>
        </message>
        <message>
            <source>The discount must be a percent from 0 to 100 (e.g. 10%) or an amount in tenge above zero.</source>
            <translation>The discount must be a percent from 0 to 100 (e.g. 10%) or an amount in tenge above zero.</translation>
        </message>
        <message>
            <source>The discount {amount} is more than line {line} costs ({base}); a discount never takes a line below zero.</source>
            <translation>The discount {amount} is more than line {line} costs ({base}); a discount never takes a line below zero.</translation>
        </message>
        <message>
            <source>The receipt discount {amount} is more than the receipt costs ({base}).</source>
            <translation>The receipt discount {amount} is more than the receipt costs ({base}).</translation>
        </message>
        <message>
            <source>A discount of {share} is above this store's limit of {limit}: a sales manager's PIN approves it.</source>
            <translation>A discount of {share} is above this store's limit of {limit}: a sales manager's PIN approves it.</translation>
        </message>
        <message>
            <source>That PIN is not an active sales manager's of this store.</source>
            <translation>That PIN is not an active sales manager's of this store.</translation>
        </message>
        <message>
            <source>A discount needs a reason.</source>
            <translation>A discount needs a reason.</translation>
        </message>
        <message>
            <source>The reason is too long (at most {n} characters) or holds a number that looks like an IIN or a phone.</source>
            <translation>The reason is too long (at most {n} characters) or holds a number that looks like an IIN or a phone.</translation>
        </message>
        <message>
            <source>The discount limit must be a percent from 0 to 100.</source>
            <translation>The discount limit must be a percent from 0 to 100.</translation>
        </message>
        <message>
            <source>Nothing imported: {count} bad rows: {rows}</source>
            <translation>Nothing imported: {count} bad rows: {rows}</translation>
        </message>
        <message>
            <source>Cannot read the price list {path}.</source>
            <translation>Cannot read the price list {path}.</translation>
        </message>
        <message>
            <source>No product on sale with barcode or code {barcode}.</source>
            <translation>No product on sale with barcode or code {barcode}.</translation>
        </message>
        <message>
            <source>Product {barcode} goes on sale at {at}.</source>
            <translation>Product {barcode} goes on sale at {at}.</translation>
        </message>
        <message>
            <source>Give at least one bank and one product.</source>
            <translation>Give at least one bank and one product.</translation>
        </message>
        <message>
            <source>A line of the list is empty.</source>
            <translation>A line of the list is empty.</translation>
        </message>
        <message>
            <source>A name in the list is longer than {n} characters.</source>
            <translation>A name in the list is longer than {n} characters.</translation>
        </message>
        <message>
            <source>credit summary</source>
            <translation>credit summary</translation>
        </message>
        <message>
            <source>The rate of {product} must be a percent from 0 to 100, e.g. 24.9.</source>
            <translation>The rate of {product} must be a percent from 0 to 100, e.g. 24.9.</translation>
        </message>
        <message>
            <source>A weighed-goods label layout needs 2-digit prefixes, and code and weight digits adding up to 10.</source>
            <translation>A weighed-goods label layout needs 2-digit prefixes, and code and weight digits adding up to 10.</translation>
        </message>
        <message>
            <source>repayment receipt</source>
            <translation>repayment receipt</translation>
        </message>
        <message>
            <source>Give a payment: cash, card or both.</source>
            <translation>Give a payment: cash, card or both.</translation>
        </message>
        <message>
            <source>{kind} is not paid at the till: only cash and card make up a sale.</source>
            <translation>{kind} is not paid at the till: only cash and card make up a sale.</translation>
        </message>
        <message>
            <source>{method} is given twice: a sale takes at most one cash and one card payment.</source>
            <translation>{method} is given twice: a sale takes at most one cash and one card payment.</translation>
        </message>
        <message>
            <source>The card amount must be more than zero and no more than the total; cash pays the rest.</source>
            <translation>The card amount must be more than zero and no more than the total; cash pays the rest.</translation>
        </message>
        <message>
            <source>A card-only payment pays the whole total; add cash for the rest.</source>
            <translation>A card-only payment pays the whole total; add cash for the rest.</translation>
        </message>
        <message>
            <source>The card pays the whole total: leave the cash empty.</source>
            <translation>The card pays the whole total: leave the cash empty.</translation>
        </message>
        <message>
            <source>The card reference is the terminal's approval code (6 letters or digits) or RRN (12 digits).</source>
            <translation>The card reference is the terminal's approval code (6 letters or digits) or RRN (12 digits).</translation>
        </message>
        <message>
            <source>{text} is not BARCODE or BARCODE:QTY.</source>
            <translation>{text} is not BARCODE or BARCODE:QTY.</translation>
        </message>
        <message>
            <source>{text} is not cash[:T] or card[:T[:RRN]].</source>
            <translation>{text} is not cash[:T] or card[:T[:RRN]].</translation>
        </message>
        <message>
            <source>No product with barcode {barcode}.</source>
            <translation>No product with barcode {barcode}.</translation>
        </message>
        <message>
            <source>That held sale is no longer there (resumed or removed).</source>
            <translation>That held sale is no longer there (resumed or removed).</translation>
        </message>
        <message>
            <source>An empty sale cannot be held.</source>
            <translation>An empty sale cannot be held.</translation>
        </message>
        <message>
            <source>Pick at least one line and a quantity to return.</source>
            <translation>Pick at least one line and a quantity to return.</translation>
        </message>
        <message>
            <source>Receipt {receipt} has no line {line}.</source>
            <translation>Receipt {receipt} has no line {line}.</translation>
        </message>
        <message>
            <source>Line {line}: at most {n} can still be returned.</source>
            <translation>Line {line}: at most {n} can still be returned.</translation>
        </message>
        <message>
            <source>Give the reason for the return.</source>
            <translation>Give the reason for the return.</translation>
        </message>
        <message>
            <source>The reason is longer than {n} characters.</source>
            <translation>The reason is longer than {n} characters.</translation>
        </message>
        <message>
            <source>The sale was {days} days ago: after {limit} days a sales manager's PIN and a reason are needed.</source>
            <translation>The sale was {days} days ago: after {limit} days a sales manager's PIN and a reason are needed.</translation>
        </message>
        <message>
            <source>A late return is approved by a sales manager or a store admin.</source>
            <translation>A late return is approved by a sales manager or a store admin.</translation>
        </message>
        <message>
            <source>Give the reason for accepting a late return.</source>
            <translation>Give the reason for accepting a late return.</translation>
        </message>
        <message>
            <source>No such return.</source>
            <translation>No such return.</translation>
        </message>
        <message>
            <source>Receipt {receipt} is not from this shift.</source>
            <translation>Receipt {receipt} is not from this shift.</translation>
        </message>
        <message>
            <source>return receipt</source>
            <translation>return receipt</translation>
        </message>
        <message>
            <source>return act</source>
            <translation>return act</translation>
        </message>
        <message>
            <source>No sales manager of this store has that PIN.</source>
            <translation>No sales manager of this store has that PIN.</translation>
        </message>
        <message>
            <source>delivery slip</source>
            <translation>delivery slip</translation>
        </message>
        <message>
            <source>No shift is open on this register: open the shift first (Shift menu, Shift+F1).</source>
            <translation>No shift is open on this register: open the shift first (Shift menu, Shift+F1).</translation>
        </message>
        <message>
            <source>Shift {number} is already open on this register.</source>
            <translation>Shift {number} is already open on this register.</translation>
        </message>
        <message>
            <source>Shift {number} has been open {hours} hours: no more sales in it. Close the shift (Z report) and open a new one.</source>
            <translation>Shift {number} has been open {hours} hours: no more sales in it. Close the shift (Z report) and open a new one.</translation>
        </message>
        <message>
            <source>The amount must be between 0 and 100 000 000 tenge.</source>
            <translation>The amount must be between 0 and 100 000 000 tenge.</translation>
        </message>
        <message>
            <source>The amount must be above zero.</source>
            <translation>The amount must be above zero.</translation>
        </message>
        <message>
            <source>Give the reason.</source>
            <translation>Give the reason.</translation>
        </message>
        <message>
            <source>That is more cash than the drawer should hold.</source>
            <translation>That is more cash than the drawer should hold.</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>X report</translation>
        </message>
        <message>
            <source>Z report</source>
            <translation>Z report</translation>
        </message>
        <message>
            <source>cash slip</source>
            <translation>cash slip</translation>
        </message>
        <message>
            <source>The cash register service refused the till's login (error {kkm}); the store admin checks the fiscal settings.</source>
            <translation>The cash register service refused the till's login (error {kkm}); the store admin checks the fiscal settings.</translation>
        </message>
        <message>
            <source>The cash register is not found, blocked or not activated (error {kkm}).</source>
            <translation>The cash register is not found, blocked or not activated (error {kkm}).</translation>
        </message>
        <message>
            <source>The cash register has not that much cash (error {kkm}).</source>
            <translation>The cash register has not that much cash (error {kkm}).</translation>
        </message>
        <message>
            <source>The cash register refused the document (error {kkm}); it waits for a fix.</source>
            <translation>The cash register refused the document (error {kkm}); it waits for a fix.</translation>
        </message>
        <message>
            <source>The shift is open for more than 24 hours (error {kkm}): close it first.</source>
            <translation>The shift is open for more than 24 hours (error {kkm}): close it first.</translation>
        </message>
        <message>
            <source>The cash register has no open shift (error {kkm}): open a shift.</source>
            <translation>The cash register has no open shift (error {kkm}): open a shift.</translation>
        </message>
        <message>
            <source>The cash register already has this document (error {kkm}).</source>
            <translation>The cash register already has this document (error {kkm}).</translation>
        </message>
        <message>
            <source>The cash register has been offline for more than 72 hours (error {kkm}).</source>
            <translation>The cash register has been offline for more than 72 hours (error {kkm}).</translation>
        </message>
        <message>
            <source>The cash register has no such document (error {kkm}).</source>
            <translation>The cash register has no such document (error {kkm}).</translation>
        </message>
        <message>
            <source>The cash register refused the document (error {kkm}).</source>
            <translation>The cash register refused the document (error {kkm}).</translation>
        </message>
        <message>
            <source>{name} is not a fiscal provider; use {allowed}.</source>
            <translation>{name} is not a fiscal provider; use {allowed}.</translation>
        </message>
        <message>
            <source>The fiscal {name} is not set; the store admin sets it.</source>
            <translation>The fiscal {name} is not set; the store admin sets it.</translation>
        </message>
        <message>
            <source>The fiscal {name} is not in the keyring or the environment ({variable}).</source>
            <translation>The fiscal {name} is not in the keyring or the environment ({variable}).</translation>
        </message>
        <message>
            <source>Too many wrong manager PINs: approvals by PIN are locked until {until}. A store admin can unlock them.</source>
            <translation>Too many wrong manager PINs: approvals by PIN are locked until {until}. A store admin can unlock them.</translation>
        </message>
        <message>
            <source>Too many wrong manager PINs: approvals by PIN are locked until a store admin unlocks them.</source>
            <translation>Too many wrong manager PINs: approvals by PIN are locked until a store admin unlocks them.</translation>
        </message>
        <message>
            <source>A repayment is paid in cash or by card, not {method}.</source>
            <translation>A repayment is paid in cash or by card, not {method}.</translation>
        </message>
        <message>
            <source>The cash register service cannot be reached; documents wait.</source>
            <translation>The cash register service cannot be reached; documents wait.</translation>
        </message>
        <message>
            <source>The cash register refused the cash out: only {in_box} in the box. The cash out is not counted.</source>
            <translation>The cash register refused the cash out: only {in_box} in the box. The cash out is not counted.</translation>
        </message>
        <message>
            <source>The cash register refused the cash out: not enough cash in the box. The cash out is not counted.</source>
            <translation>The cash register refused the cash out: not enough cash in the box. The cash out is not counted.</translation>
        </message>
        <message>
            <source>The cash register refused: only {in_box} in the box.</source>
            <translation>The cash register refused: only {in_box} in the box.</translation>
        </message>
        <message>
            <source>The cash register refused: not enough cash in the box.</source>
            <translation>The cash register refused: not enough cash in the box.</translation>
        </message>
        <message>
            <source>{text} is not a number of pieces: this product is sold by the piece, type a whole number from 1 to {n}.</source>
            <translation>{text} is not a number of pieces: this product is sold by the piece, type a whole number from 1 to {n}.</translation>
        </message>
        <message>
            <source>{text} is not a weight: type kilograms to the gram, e.g. 0,750 or 1.25 (more than 0, at most {n}).</source>
            <translation>{text} is not a weight: type kilograms to the gram, e.g. 0,750 or 1.25 (more than 0, at most {n}).</translation>
        </message>
    </context>
    <context>
        <name>ProductEntry</name>
        <message>
            <source>No product with barcode {code}.</source>
            <translation>No product with barcode {code}.</translation>
        </message>
        <message>
            <source>No product found by that name.</source>
            <translation>No product found by that name.</translation>
        </message>
        <message>
            <source>Down to choose, Enter to add.</source>
            <translation>Down to choose, Enter to add.</translation>
        </message>
        <message>
            <source>&amp;Barcode or name (F2):</source>
            <translation>&amp;Barcode or name (F2):</translation>
        </message>
        <message>
            <source>scan, or a name + Enter</source>
            <translation>scan, or a name + Enter</translation>
        </message>
        <message>
            <source>Barcode or product name</source>
            <translation>Barcode or product name</translation>
        </message>
        <message>
            <source>&amp;Qty (F4):</source>
            <translation>&amp;Qty (F4):</translation>
        </message>
        <message>
            <source>Quantity of the chosen line</source>
            <translation>Quantity of the chosen line</translation>
        </message>
        <message>
            <source>Products found</source>
            <translation>Products found</translation>
        </message>
    </context>
    <context>
        <name>RefusalTab</name>
        <message>
            <source>Written refusal recorded. Print the confirmation for the buyer.</source>
            <translation>Written refusal recorded. Print the confirmation for the buyer.</translation>
        </message>
        <message>
            <source>The buyer refuses processing in writing: their data is destroyed, or kept only for an outstanding credit until it is repaid.</source>
            <translation>The buyer refuses processing in writing: their data is destroyed, or kept only for an outstanding credit until it is repaid.</translation>
        </message>
        <message>
            <source>Reference of the written refusal:</source>
            <translation>Reference of the written refusal:</translation>
        </message>
        <message>
            <source>Written refusal reference</source>
            <translation>Written refusal reference</translation>
        </message>
        <message>
            <source>Record written refusal</source>
            <translation>Record written refusal</translation>
        </message>
        <message>
            <source>Refusal confirmation</source>
            <translation>Refusal confirmation</translation>
        </message>
        <message>
            <source>Print confirmation</source>
            <translation>Print confirmation</translation>
        </message>
        <message>
            <source>Personal data destroyed. Destroy {n} signed paper slip(s) numbered as in the confirmation, and print the destruction act.</source>
            <translation>Personal data destroyed. Destroy {n} signed paper slip(s) numbered as in the confirmation, and print the destruction act.</translation>
        </message>
        <message>
            <source>Document number and date, e.g. No. 15 of 01.03.2026 (no name, IIN or phone)</source>
            <translation>Document number and date, e.g. No. 15 of 01.03.2026 (no name, IIN or phone)</translation>
        </message>
        <message>
            <source>Print destruction act</source>
            <translation>Print destruction act</translation>
        </message>
    </context>
    <context>
        <name>ReportTab</name>
        <message>
            <source>Building the report...</source>
            <translation>Building the report...</translation>
        </message>
        <message>
            <source>Access report ready; the request is recorded as answered.</source>
            <translation>Access report ready; the request is recorded as answered.</translation>
        </message>
        <message>
            <source>Show everything held</source>
            <translation>Show everything held</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>Print report</translation>
        </message>
        <message>
            <source>Access report</source>
            <translation>Access report</translation>
        </message>
    </context>
    <context>
        <name>RightsDialog</name>
        <message>
            <source>Find the buyer first (their IIN, phone or name).</source>
            <translation>Find the buyer first (their IIN, phone or name).</translation>
        </message>
        <message>
            <source>Outstanding {kind} with {bank}</source>
            <translation>Outstanding {kind} with {bank}</translation>
        </message>
        <message>
            <source>Printing...</source>
            <translation>Printing...</translation>
        </message>
        <message>
            <source>Buyer's rights</source>
            <translation>Buyer's rights</translation>
        </message>
        <message>
            <source>Papers in:</source>
            <translation>Papers in:</translation>
        </message>
        <message>
            <source>Language of the papers</source>
            <translation>Language of the papers</translation>
        </message>
        <message>
            <source>Access report</source>
            <translation>Access report</translation>
        </message>
        <message>
            <source>Correct data</source>
            <translation>Correct data</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <source>Written refusal</source>
            <translation>Written refusal</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Transfers</translation>
        </message>
    </context>
    <context>
        <name>SaleScreen</name>
        <message>
            <source>Added: {name}</source>
            <translation>Added: {name}</translation>
        </message>
        <message>
            <source>Change: {amount}</source>
            <translation>Change: {amount}</translation>
        </message>
        <message>
            <source>Buyer chosen.</source>
            <translation>Buyer chosen.</translation>
        </message>
        <message>
            <source>The buyer refused: nothing they gave was kept. The sale can go on as an anonymous cash sale.</source>
            <translation>The buyer refused: nothing they gave was kept. The sale can go on as an anonymous cash sale.</translation>
        </message>
        <message>
            <source>Consent recorded.</source>
            <translation>Consent recorded.</translation>
        </message>
        <message>
            <source>Consent cancelled: nothing was stored.</source>
            <translation>Consent cancelled: nothing was stored.</translation>
        </message>
        <message>
            <source>This sale needs the buyer: find them (F3) or register a new buyer (F9).</source>
            <translation>This sale needs the buyer: find them (F3) or register a new buyer (F9).</translation>
        </message>
        <message>
            <source>Recording the sale...</source>
            <translation>Recording the sale...</translation>
        </message>
        <message>
            <source>Sale No. {number} recorded: {total}, {payment}.</source>
            <translation>Sale No. {number} recorded: {total}, {payment}.</translation>
        </message>
        <message>
            <source>Open sale</source>
            <translation>Open sale</translation>
        </message>
        <message>
            <source>A sale is open. Hold it to finish later, or cancel it?</source>
            <translation>A sale is open. Hold it to finish later, or cancel it?</translation>
        </message>
        <message>
            <source>Hold it</source>
            <translation>Hold it</translation>
        </message>
        <message>
            <source>Cancel the sale</source>
            <translation>Cancel the sale</translation>
        </message>
        <message>
            <source>Go back to it</source>
            <translation>Go back to it</translation>
        </message>
        <message>
            <source>Cancel the open sale? Its lines are dropped; nothing was recorded.</source>
            <translation>Cancel the open sale? Its lines are dropped; nothing was recorded.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Keep it</translation>
        </message>
        <message>
            <source>The sale was cancelled.</source>
            <translation>The sale was cancelled.</translation>
        </message>
        <message>
            <source>The sale is held: Ctrl+Shift+H brings it back.</source>
            <translation>The sale is held: Ctrl+Shift+H brings it back.</translation>
        </message>
        <message>
            <source>The held sale is back.</source>
            <translation>The held sale is back.</translation>
        </message>
        <message>
            <source>Return No. {number} recorded.</source>
            <translation>Return No. {number} recorded.</translation>
        </message>
        <message>
            <source>Choose a line first: the quantity is the chosen line's.</source>
            <translation>Choose a line first: the quantity is the chosen line's.</translation>
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
            <translation>Nothing changed.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>No printing in this window.</source>
            <translation>No printing in this window.</translation>
        </message>
        <message>
            <source>Sync with head office</source>
            <translation>Sync with head office</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>not available</translation>
        </message>
        <message>
            <source>Re-encrypting the database; keep the till on.</source>
            <translation>Re-encrypting the database; keep the till on.</translation>
        </message>
        <message>
            <source>Database key changed; use the new key from now on.</source>
            <translation>Database key changed; use the new key from now on.</translation>
        </message>
        <message>
            <source>The OS keyring entry was updated.</source>
            <translation>The OS keyring entry was updated.</translation>
        </message>
        <message>
            <source>Exporting statistics</source>
            <translation>Exporting statistics</translation>
        </message>
        <message>
            <source>The export runs in the background; the file goes to the exports folder.</source>
            <translation>The export runs in the background; the file goes to the exports folder.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>Head office</source>
            <translation>Head office</translation>
        </message>
        <message>
            <source>Database key</source>
            <translation>Database key</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Jobs</translation>
        </message>
        <message>
            <source>Window language:</source>
            <translation>Window language:</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Window language</translation>
        </message>
        <message>
            <source>Printer address:</source>
            <translation>Printer address:</translation>
        </message>
        <message>
            <source>Paper width:</source>
            <translation>Paper width:</translation>
        </message>
        <message>
            <source>Printed in:</source>
            <translation>Printed in:</translation>
        </message>
        <message>
            <source>Printer address</source>
            <translation>Printer address</translation>
        </message>
        <message>
            <source>Paper width</source>
            <translation>Paper width</translation>
        </message>
        <message>
            <source>Language of printed papers</source>
            <translation>Language of printed papers</translation>
        </message>
        <message>
            <source>Test print</source>
            <translation>Test print</translation>
        </message>
        <message>
            <source>Head office address:</source>
            <translation>Head office address:</translation>
        </message>
        <message>
            <source>Store credential:</source>
            <translation>Store credential:</translation>
        </message>
        <message>
            <source>Head office address</source>
            <translation>Head office address</translation>
        </message>
        <message>
            <source>Store credential</source>
            <translation>Store credential</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>The database is re-encrypted under the new key; the old file stays until the new one is checked.</source>
            <translation>The database is re-encrypted under the new key; the old file stays until the new one is checked.</translation>
        </message>
        <message>
            <source>New key:</source>
            <translation>New key:</translation>
        </message>
        <message>
            <source>Repeat:</source>
            <translation>Repeat:</translation>
        </message>
        <message>
            <source>New database key</source>
            <translation>New database key</translation>
        </message>
        <message>
            <source>Repeat the new key</source>
            <translation>Repeat the new key</translation>
        </message>
        <message>
            <source>Change the key</source>
            <translation>Change the key</translation>
        </message>
        <message>
            <source>Key change progress</source>
            <translation>Key change progress</translation>
        </message>
        <message>
            <source>Long jobs run in the background and show their progress in the status bar.</source>
            <translation>Long jobs run in the background and show their progress in the status bar.</translation>
        </message>
        <message>
            <source>Export statistics (CSV)</source>
            <translation>Export statistics (CSV)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <source>Type the printer address first.</source>
            <translation>Type the printer address first.</translation>
        </message>
        <message>
            <source>Printing the test page on {url}...</source>
            <translation>Printing the test page on {url}...</translation>
        </message>
        <message>
            <source>80 mm</source>
            <translation>80 mm</translation>
        </message>
        <message>
            <source>58 mm</source>
            <translation>58 mm</translation>
        </message>
        <message>
            <source>POS_PRINTER is set: the till prints on {url}, whatever the address below says. The test print uses the address below.</source>
            <translation>POS_PRINTER is set: the till prints on {url}, whatever the address below says. The test print uses the address below.</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Credit</translation>
        </message>
        <message>
            <source>The partner banks and bank products a credit or installment sale offers. One bank per line; one product per line with its annual interest rate in percent after a colon (0 for an installment plan), e.g. standard: 24.9</source>
            <translation>The partner banks and bank products a credit or installment sale offers. One bank per line; one product per line with its annual interest rate in percent after a colon (0 for an installment plan), e.g. standard: 24.9</translation>
        </message>
        <message>
            <source>Partner banks:</source>
            <translation>Partner banks:</translation>
        </message>
        <message>
            <source>Bank products:</source>
            <translation>Bank products:</translation>
        </message>
        <message>
            <source>Partner banks, one per line</source>
            <translation>Partner banks, one per line</translation>
        </message>
        <message>
            <source>Bank products with their rates</source>
            <translation>Bank products with their rates</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Database key</source>
            <translation>Database key</translation>
        </message>
        <message>
            <source>The till's database key:</source>
            <translation>The till's database key:</translation>
        </message>
        <message>
            <source>Till</source>
            <translation>Till</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>{store} ({code}), register {register}</source>
            <translation>{store} ({code}), register {register}</translation>
        </message>
        <message>
            <source>Sync: not set up ({n} waiting)</source>
            <translation>Sync: not set up ({n} waiting)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Sync: {n} waiting, last success {last}</source>
            <translation>Sync: {n} waiting, last success {last}</translation>
        </message>
        <message>
            <source>({n} refused)</source>
            <translation>({n} refused)</translation>
        </message>
        <message>
            <source>Signed in: {name}, {role}</source>
            <translation>Signed in: {name}, {role}</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Nobody signed in</translation>
        </message>
        <message>
            <source>Printer: ready</source>
            <translation>Printer: ready</translation>
        </message>
        <message>
            <source>Printer: ready, paper running low</source>
            <translation>Printer: ready, paper running low</translation>
        </message>
        <message>
            <source>Printer: {state}</source>
            <translation>Printer: {state}</translation>
        </message>
        <message>
            <source>Retention: running</source>
            <translation>Retention: running</translation>
        </message>
        <message>
            <source>Retention: never run</source>
            <translation>Retention: never run</translation>
        </message>
        <message>
            <source>Retention: today {time}</source>
            <translation>Retention: today {time}</translation>
        </message>
        <message>
            <source>Retention: {when}</source>
            <translation>Retention: {when}</translation>
        </message>
        <message>
            <source>{text}, overdue</source>
            <translation>{text}, overdue</translation>
        </message>
        <message>
            <source>Last run {when}: {expired} purposes expired, {destroyed} buyers destroyed, {errors} errors</source>
            <translation>Last run {when}: {expired} purposes expired, {destroyed} buyers destroyed, {errors} errors</translation>
        </message>
        <message>
            <source>It stopped early: {reason}</source>
            <translation>It stopped early: {reason}</translation>
        </message>
        <message>
            <source>No printer set</source>
            <translation>No printer set</translation>
        </message>
        <message>
            <source>Fiscal: training mode, receipts are not fiscal</source>
            <translation>Fiscal: training mode, receipts are not fiscal</translation>
        </message>
        <message>
            <source>Fiscal: {n} waiting, oldest {minutes} min</source>
            <translation>Fiscal: {n} waiting, oldest {minutes} min</translation>
        </message>
        <message>
            <source>Fiscal: all sent</source>
            <translation>Fiscal: all sent</translation>
        </message>
        <message>
            <source>shift open {hours} h of 24: close it (Z)</source>
            <translation>shift open {hours} h of 24: close it (Z)</translation>
        </message>
        <message>
            <source>offline {hours} h of 72</source>
            <translation>offline {hours} h of 72</translation>
        </message>
    </context>
    <context>
        <name>TenderPanel</name>
        <message>
            <source>Credit and installment sales are for sales managers.</source>
            <translation>Credit and installment sales are for sales managers.</translation>
        </message>
        <message>
            <source>Type the cash received, e.g. 20000</source>
            <translation>Type the cash received, e.g. 20000</translation>
        </message>
        <message>
            <source>Change: {amount}</source>
            <translation>Change: {amount}</translation>
        </message>
        <message>
            <source>Short by {amount}</source>
            <translation>Short by {amount}</translation>
        </message>
        <message>
            <source>Delivery (F11)</source>
            <translation>Delivery (F11)</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Buyer wants offers</source>
            <translation>Buyer wants offers</translation>
        </message>
        <message>
            <source>Cash received:</source>
            <translation>Cash received:</translation>
        </message>
        <message>
            <source>exact amount</source>
            <translation>exact amount</translation>
        </message>
        <message>
            <source>Cash received</source>
            <translation>Cash received</translation>
        </message>
        <message>
            <source>Finish sale (F12)</source>
            <translation>Finish sale (F12)</translation>
        </message>
        <message>
            <source>Finish sale</source>
            <translation>Finish sale</translation>
        </message>
        <message>
            <source>Cancel sale (Ctrl+Del)</source>
            <translation>Cancel sale (Ctrl+Del)</translation>
        </message>
        <message>
            <source>Cancel the open sale</source>
            <translation>Cancel the open sale</translation>
        </message>
        <message>
            <source>Card part:</source>
            <translation>Card part:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Amount paid by card</source>
            <translation>Amount paid by card</translation>
        </message>
        <message>
            <source>Terminal code / RRN:</source>
            <translation>Terminal code / RRN:</translation>
        </message>
        <message>
            <source>Card terminal approval code or RRN</source>
            <translation>Card terminal approval code or RRN</translation>
        </message>
    </context>
    <context>
        <name>WithdrawTab</name>
        <message>
            <source>Withdrawing...</source>
            <translation>Withdrawing...</translation>
        </message>
        <message>
            <source>Consent withdrawn. Print the confirmation for the buyer.</source>
            <translation>Consent withdrawn. Print the confirmation for the buyer.</translation>
        </message>
        <message>
            <source>Tick the purposes the buyer withdraws. Data no remaining purpose needs is erased.</source>
            <translation>Tick the purposes the buyer withdraws. Data no remaining purpose needs is erased.</translation>
        </message>
        <message>
            <source>All purposes (full withdrawal)</source>
            <translation>All purposes (full withdrawal)</translation>
        </message>
        <message>
            <source>Withdraw all purposes</source>
            <translation>Withdraw all purposes</translation>
        </message>
        <message>
            <source>Reference of the buyer's request (optional):</source>
            <translation>Reference of the buyer's request (optional):</translation>
        </message>
        <message>
            <source>Request reference</source>
            <translation>Request reference</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>Withdrawal confirmation</source>
            <translation>Withdrawal confirmation</translation>
        </message>
        <message>
            <source>Print confirmation</source>
            <translation>Print confirmation</translation>
        </message>
        <message>
            <source>Personal data destroyed. Destroy {n} signed paper slip(s) numbered as in the confirmation, and print the destruction act.</source>
            <translation>Personal data destroyed. Destroy {n} signed paper slip(s) numbered as in the confirmation, and print the destruction act.</translation>
        </message>
        <message>
            <source>Document number and date, e.g. No. 15 of 01.03.2026 (no name, IIN or phone)</source>
            <translation>Document number and date, e.g. No. 15 of 01.03.2026 (no name, IIN or phone)</translation>
        </message>
        <message>
            <source>Print destruction act</source>
            <translation>Print destruction act</translation>
        </message>
        <message>
            <source>Print the refusal for the buyer (reason and until when).</source>
            <translation>Print the refusal for the buyer (reason and until when).</translation>
        </message>
    </context>
    <context>
        <name>TransfersTab</name>
        <message>
            <source>legal basis: {basis}</source>
            <translation>legal basis: {basis}</translation>
        </message>
        <message>
            <source>No transfers recorded.</source>
            <translation>No transfers recorded.</translation>
        </message>
        <message>
            <source>Recording the hand-over...</source>
            <translation>Recording the hand-over...</translation>
        </message>
        <message>
            <source>Legal basis (law, article, request number):</source>
            <translation>Legal basis (law, article, request number):</translation>
        </message>
        <message>
            <source>Contract or request reference (optional):</source>
            <translation>Contract or request reference (optional):</translation>
        </message>
        <message>
            <source>Recording the transfer...</source>
            <translation>Recording the transfer...</translation>
        </message>
        <message>
            <source>Recorded in the disclosure register: {recipient}, {name}.</source>
            <translation>Recorded in the disclosure register: {recipient}, {name}.</translation>
        </message>
        <message>
            <source>Personal data leaves the store only to couriers and postal services, partner banks, insurers, counterparties under contract and authorized government bodies. Each transfer is recorded here and shown in the buyer's access report.</source>
            <translation>Personal data leaves the store only to couriers and postal services, partner banks, insurers, counterparties under contract and authorized government bodies. Each transfer is recorded here and shown in the buyer's access report.</translation>
        </message>
        <message>
            <source>Deliveries waiting for a carrier:</source>
            <translation>Deliveries waiting for a carrier:</translation>
        </message>
        <message>
            <source>Deliveries waiting for a carrier</source>
            <translation>Deliveries waiting for a carrier</translation>
        </message>
        <message>
            <source>Carrier:</source>
            <translation>Carrier:</translation>
        </message>
        <message>
            <source>Company name, e.g. Kazpost</source>
            <translation>Company name, e.g. Kazpost</translation>
        </message>
        <message>
            <source>Carrier company</source>
            <translation>Carrier company</translation>
        </message>
        <message>
            <source>Postal service</source>
            <translation>Postal service</translation>
        </message>
        <message>
            <source>The carrier is a postal service</source>
            <translation>The carrier is a postal service</translation>
        </message>
        <message>
            <source>Hand over to carrier</source>
            <translation>Hand over to carrier</translation>
        </message>
        <message>
            <source>Record another transfer:</source>
            <translation>Record another transfer:</translation>
        </message>
        <message>
            <source>Recipient:</source>
            <translation>Recipient:</translation>
        </message>
        <message>
            <source>Recipient category</source>
            <translation>Recipient category</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Company or authority</source>
            <translation>Company or authority</translation>
        </message>
        <message>
            <source>Recipient name</source>
            <translation>Recipient name</translation>
        </message>
        <message>
            <source>A document reference, not personal data (no IIN or phone)</source>
            <translation>A document reference, not personal data (no IIN or phone)</translation>
        </message>
        <message>
            <source>Legal basis reference</source>
            <translation>Legal basis reference</translation>
        </message>
        <message>
            <source>Data transferred:</source>
            <translation>Data transferred:</translation>
        </message>
        <message>
            <source>Record transfer</source>
            <translation>Record transfer</translation>
        </message>
        <message>
            <source>Transfers recorded for this buyer:</source>
            <translation>Transfers recorded for this buyer:</translation>
        </message>
        <message>
            <source>Transfers recorded for this buyer</source>
            <translation>Transfers recorded for this buyer</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>deactivated</translation>
        </message>
        <message>
            <source>locked until a store admin unlocks</source>
            <translation>locked until a store admin unlocks</translation>
        </message>
        <message>
            <source>locked until {time}</source>
            <translation>locked until {time}</translation>
        </message>
        <message>
            <source>no PIN: cannot sign in</source>
            <translation>no PIN: cannot sign in</translation>
        </message>
        <message>
            <source>can sign in</source>
            <translation>can sign in</translation>
        </message>
        <message>
            <source>Choose a staff member in the list.</source>
            <translation>Choose a staff member in the list.</translation>
        </message>
        <message>
            <source>Adding...</source>
            <translation>Adding...</translation>
        </message>
        <message>
            <source>{name} added as {role}; they can sign in with their PIN now.</source>
            <translation>{name} added as {role}; they can sign in with their PIN now.</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Nothing changed.</translation>
        </message>
        <message>
            <source>{name} is now {role}.</source>
            <translation>{name} is now {role}.</translation>
        </message>
        <message>
            <source>New PIN set for {name}.</source>
            <translation>New PIN set for {name}.</translation>
        </message>
        <message>
            <source>{name} can sign in again.</source>
            <translation>{name} can sign in again.</translation>
        </message>
        <message>
            <source>Deactivate a staff member</source>
            <translation>Deactivate a staff member</translation>
        </message>
        <message>
            <source>Deactivate {name}? They will no longer be able to sign in.</source>
            <translation>Deactivate {name}? They will no longer be able to sign in.</translation>
        </message>
        <message>
            <source>This cannot be undone; the history is kept.</source>
            <translation>This cannot be undone; the history is kept.</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>{name} was deactivated.</source>
            <translation>{name} was deactivated.</translation>
        </message>
        <message>
            <source>No printing in this window.</source>
            <translation>No printing in this window.</translation>
        </message>
        <message>
            <source>Printing the staff access list...</source>
            <translation>Printing the staff access list...</translation>
        </message>
        <message>
            <source>The staff access list was saved to {file} in the exports folder.</source>
            <translation>The staff access list was saved to {file} in the exports folder.</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Sign-in</translation>
        </message>
        <message>
            <source>Staff members</source>
            <translation>Staff members</translation>
        </message>
        <message>
            <source>Chosen staff member</source>
            <translation>Chosen staff member</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <source>New PIN:</source>
            <translation>New PIN:</translation>
        </message>
        <message>
            <source>Repeat the PIN:</source>
            <translation>Repeat the PIN:</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>New PIN</translation>
        </message>
        <message>
            <source>Repeat the new PIN</source>
            <translation>Repeat the new PIN</translation>
        </message>
        <message>
            <source>Change the role</source>
            <translation>Change the role</translation>
        </message>
        <message>
            <source>Set the new PIN</source>
            <translation>Set the new PIN</translation>
        </message>
        <message>
            <source>Unlock sign-in</source>
            <translation>Unlock sign-in</translation>
        </message>
        <message>
            <source>Deactivate...</source>
            <translation>Deactivate...</translation>
        </message>
        <message>
            <source>Add a staff member</source>
            <translation>Add a staff member</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>R&amp;ole:</translation>
        </message>
        <message>
            <source>PI&amp;N:</source>
            <translation>PI&amp;N:</translation>
        </message>
        <message>
            <source>Repea&amp;t the PIN:</source>
            <translation>Repea&amp;t the PIN:</translation>
        </message>
        <message>
            <source>Role of the new staff member</source>
            <translation>Role of the new staff member</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Repeat the PIN</source>
            <translation>Repeat the PIN</translation>
        </message>
        <message>
            <source>4 to 8 digits</source>
            <translation>4 to 8 digits</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Print the access list</source>
            <translation>Print the access list</translation>
        </message>
        <message>
            <source>Export the access list (CSV)</source>
            <translation>Export the access list (CSV)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <source>Your own role and account are changed by another store admin.</source>
            <translation>Your own role and account are changed by another store admin.</translation>
        </message>
        <message>
            <source>Sales managers can approve by PIN again.</source>
            <translation>Sales managers can approve by PIN again.</translation>
        </message>
        <message>
            <source>Unlock manager PIN approvals</source>
            <translation>Unlock manager PIN approvals</translation>
        </message>
    </context>
    <context>
        <name>CreditPaymentDialog</name>
        <message>
            <source>A receipt number has only digits.</source>
            <translation>A receipt number has only digits.</translation>
        </message>
        <message>
            <source>Reading...</source>
            <translation>Reading...</translation>
        </message>
        <message>
            <source>Nothing outstanding for receipt No. {n}.</source>
            <translation>Nothing outstanding for receipt No. {n}.</translation>
        </message>
        <message>
            <source>No credit or installment is outstanding.</source>
            <translation>No credit or installment is outstanding.</translation>
        </message>
        <message>
            <source>Choose the credit or installment first.</source>
            <translation>Choose the credit or installment first.</translation>
        </message>
        <message>
            <source>Recording the repayment...</source>
            <translation>Recording the repayment...</translation>
        </message>
        <message>
            <source>Repayment of {amount} recorded; outstanding {left}.</source>
            <translation>Repayment of {amount} recorded; outstanding {left}.</translation>
        </message>
        <message>
            <source>Credit repayment</source>
            <translation>Credit repayment</translation>
        </message>
        <message>
            <source>Receipt No.:</source>
            <translation>Receipt No.:</translation>
        </message>
        <message>
            <source>Receipt number of the sale</source>
            <translation>Receipt number of the sale</translation>
        </message>
        <message>
            <source>all outstanding</source>
            <translation>all outstanding</translation>
        </message>
        <message>
            <source>Find (Enter)</source>
            <translation>Find (Enter)</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Sold on</source>
            <translation>Sold on</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Bank and product</source>
            <translation>Bank and product</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Monthly</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>Outstanding</translation>
        </message>
        <message>
            <source>Outstanding credits and installments</source>
            <translation>Outstanding credits and installments</translation>
        </message>
        <message>
            <source>Amount paid, ₸:</source>
            <translation>Amount paid, ₸:</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Amount paid</translation>
        </message>
        <message>
            <source>Whole outstanding (F6)</source>
            <translation>Whole outstanding (F6)</translation>
        </message>
        <message>
            <source>Take the payment (Enter)</source>
            <translation>Take the payment (Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <source>Paid in:</source>
            <translation>Paid in:</translation>
        </message>
        <message>
            <source>How the repayment is paid</source>
            <translation>How the repayment is paid</translation>
        </message>
    </context>
    <context>
        <name>AmountDisplay</name>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Tendered</source>
            <translation>Tendered</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
    </context>
    <context>
        <name>HeldSalesDialog</name>
        <message>
            <source>{time}: {n} lines, {total}</source>
            <translation>{time}: {n} lines, {total}</translation>
        </message>
        <message>
            <source>No sale is held.</source>
            <translation>No sale is held.</translation>
        </message>
        <message>
            <source>Held sales</source>
            <translation>Held sales</translation>
        </message>
        <message>
            <source>&amp;Held sales (Enter resumes):</source>
            <translation>&amp;Held sales (Enter resumes):</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
    </context>
    <context>
        <name>ReprintDialog</name>
        <message>
            <source>No. {number}, {time}: {total}, {payment}</source>
            <translation>No. {number}, {time}: {total}, {payment}</translation>
        </message>
        <message>
            <source>No receipt in this shift yet.</source>
            <translation>No receipt in this shift yet.</translation>
        </message>
        <message>
            <source>No printer is set.</source>
            <translation>No printer is set.</translation>
        </message>
        <message>
            <source>Printing a copy...</source>
            <translation>Printing a copy...</translation>
        </message>
        <message>
            <source>Reprint a receipt</source>
            <translation>Reprint a receipt</translation>
        </message>
        <message>
            <source>&amp;Receipts of this shift (Enter prints a COPY):</source>
            <translation>&amp;Receipts of this shift (Enter prints a COPY):</translation>
        </message>
        <message>
            <source>Print copy</source>
            <translation>Print copy</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Looking for the receipt...</source>
            <translation>Looking for the receipt...</translation>
        </message>
        <message>
            <source>Receipt {ref}: {total}, {payments}; sold {days} days ago.</source>
            <translation>Receipt {ref}: {total}, {payments}; sold {days} days ago.</translation>
        </message>
        <message>
            <source>Quantity to return, line {n}</source>
            <translation>Quantity to return, line {n}</translation>
        </message>
        <message>
            <source>{n}. {name}: sold {sold}, can return {left}</source>
            <translation>{n}. {name}: sold {sold}, can return {left}</translation>
        </message>
        <message>
            <source>Type the quantities to return and the reason.</source>
            <translation>Type the quantities to return and the reason.</translation>
        </message>
        <message>
            <source>Recording the return...</source>
            <translation>Recording the return...</translation>
        </message>
        <message>
            <source>Return No. {number} recorded: {total} ({refunds}).</source>
            <translation>Return No. {number} recorded: {total} ({refunds}).</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>&amp;Receipt (scan or type its number):</source>
            <translation>&amp;Receipt (scan or type its number):</translation>
        </message>
        <message>
            <source>Receipt number or code</source>
            <translation>Receipt number or code</translation>
        </message>
        <message>
            <source>42 or ALM-01/1/42</source>
            <translation>42 or ALM-01/1/42</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>Lines of the receipt</source>
            <translation>Lines of the receipt</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation>Rea&amp;son:</translation>
        </message>
        <message>
            <source>Reason for the return</source>
            <translation>Reason for the return</translation>
        </message>
        <message>
            <source>Card refund code / RRN:</source>
            <translation>Card refund code / RRN:</translation>
        </message>
        <message>
            <source>Card terminal code of the refund</source>
            <translation>Card terminal code of the refund</translation>
        </message>
        <message>
            <source>Late return: sales manager's approval</source>
            <translation>Late return: sales manager's approval</translation>
        </message>
        <message>
            <source>Sales manager's name</source>
            <translation>Sales manager's name</translation>
        </message>
        <message>
            <source>PIN:</source>
            <translation>PIN:</translation>
        </message>
        <message>
            <source>Sales manager's PIN</source>
            <translation>Sales manager's PIN</translation>
        </message>
        <message>
            <source>Why it is accepted:</source>
            <translation>Why it is accepted:</translation>
        </message>
        <message>
            <source>Reason for accepting a late return</source>
            <translation>Reason for accepting a late return</translation>
        </message>
        <message>
            <source>Record return (Ctrl+Enter)</source>
            <translation>Record return (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <source>Sales manager (name, if asked):</source>
            <translation>Sales manager (name, if asked):</translation>
        </message>
        <message>
            <source>Sold more than %1 days ago: a sales manager types their PIN and the reason.</source>
            <translation>Sold more than %1 days ago: a sales manager types their PIN and the reason.</translation>
        </message>
    </context>
    <context>
        <name>_PickDialog</name>
        <message>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
    </context>
    <context>
        <name>DiscountDialog</name>
        <message>
            <source>Above {limit} a sales manager's PIN approves the discount.</source>
            <translation>Above {limit} a sales manager's PIN approves the discount.</translation>
        </message>
        <message>
            <source>The discount is more than the line costs ({amount}).</source>
            <translation>The discount is more than the line costs ({amount}).</translation>
        </message>
        <message>
            <source>The discount is more than the receipt costs ({amount}).</source>
            <translation>The discount is more than the receipt costs ({amount}).</translation>
        </message>
        <message>
            <source>This discount is above the store's limit: a sales manager types their PIN.</source>
            <translation>This discount is above the store's limit: a sales manager types their PIN.</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Promotion</translation>
        </message>
        <message>
            <source>Damaged packaging</source>
            <translation>Damaged packaging</translation>
        </message>
        <message>
            <source>Price match</source>
            <translation>Price match</translation>
        </message>
        <message>
            <source>Regular customer</source>
            <translation>Regular customer</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Discount</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;For:</translation>
        </message>
        <message>
            <source>&amp;Discount:</source>
            <translation>&amp;Discount:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Manager's &amp;PIN:</source>
            <translation>Manager's &amp;PIN:</translation>
        </message>
        <message>
            <source>The whole receipt</source>
            <translation>The whole receipt</translation>
        </message>
        <message>
            <source>Line {n}: {name}</source>
            <translation>Line {n}: {name}</translation>
        </message>
        <message>
            <source>10% or 500</source>
            <translation>10% or 500</translation>
        </message>
        <message>
            <source>Discount, a percent or an amount in tenge</source>
            <translation>Discount, a percent or an amount in tenge</translation>
        </message>
        <message>
            <source>Sales manager's PIN</source>
            <translation>Sales manager's PIN</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Remove discount</source>
            <translation>Remove discount</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>AmountDialog</name>
        <message>
            <source>Change float top-up</source>
            <translation>Change float top-up</translation>
        </message>
        <message>
            <source>Cash returned from the bank</source>
            <translation>Cash returned from the bank</translation>
        </message>
        <message>
            <source>Bank collection</source>
            <translation>Bank collection</translation>
        </message>
        <message>
            <source>Store expenses</source>
            <translation>Store expenses</translation>
        </message>
        <message>
            <source>Change for another register</source>
            <translation>Change for another register</translation>
        </message>
        <message>
            <source>Open shift</source>
            <translation>Open shift</translation>
        </message>
        <message>
            <source>Count the cash in the drawer (the float) and type the amount.</source>
            <translation>Count the cash in the drawer (the float) and type the amount.</translation>
        </message>
        <message>
            <source>Float, tenge</source>
            <translation>Float, tenge</translation>
        </message>
        <message>
            <source>Cash in</source>
            <translation>Cash in</translation>
        </message>
        <message>
            <source>Cash put into the drawer, and why.</source>
            <translation>Cash put into the drawer, and why.</translation>
        </message>
        <message>
            <source>Amount, tenge</source>
            <translation>Amount, tenge</translation>
        </message>
        <message>
            <source>Put in</source>
            <translation>Put in</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>Cash out</translation>
        </message>
        <message>
            <source>Cash taken from the drawer, and why.</source>
            <translation>Cash taken from the drawer, and why.</translation>
        </message>
        <message>
            <source>Take out</source>
            <translation>Take out</translation>
        </message>
        <message>
            <source>Close shift</source>
            <translation>Close shift</translation>
        </message>
        <message>
            <source>Count all the cash in the drawer and type the amount. The expected amount and any difference are shown on the Z report after closing.</source>
            <translation>Count all the cash in the drawer and type the amount. The expected amount and any difference are shown on the Z report after closing.</translation>
        </message>
        <message>
            <source>Counted cash, tenge</source>
            <translation>Counted cash, tenge</translation>
        </message>
        <message>
            <source>Close shift (Z)</source>
            <translation>Close shift (Z)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ShiftMenu</name>
        <message>
            <source>S&amp;hift</source>
            <translation>S&amp;hift</translation>
        </message>
        <message>
            <source>Open shift...</source>
            <translation>Open shift...</translation>
        </message>
        <message>
            <source>Cash in...</source>
            <translation>Cash in...</translation>
        </message>
        <message>
            <source>Cash out...</source>
            <translation>Cash out...</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>X report</translation>
        </message>
        <message>
            <source>Close shift (Z report)...</source>
            <translation>Close shift (Z report)...</translation>
        </message>
        <message>
            <source>Cash in: {amount} (shift {n}).</source>
            <translation>Cash in: {amount} (shift {n}).</translation>
        </message>
        <message>
            <source>Cash out: {amount} (shift {n}).</source>
            <translation>Cash out: {amount} (shift {n}).</translation>
        </message>
        <message>
            <source>Shift {n} opened with a float of {amount}.</source>
            <translation>Shift {n} opened with a float of {amount}.</translation>
        </message>
        <message>
            <source>Shift {n} closed.</source>
            <translation>Shift {n} closed.</translation>
        </message>
    </context>
    <context>
        <name>ShiftReportDialog</name>
        <message>
            <source>Z report</source>
            <translation>Z report</translation>
        </message>
        <message>
            <source>Shift {n} closed. Counted {counted}: no difference.</source>
            <translation>Shift {n} closed. Counted {counted}: no difference.</translation>
        </message>
        <message>
            <source>Shift {n} closed. Counted {counted}: short by {diff}.</source>
            <translation>Shift {n} closed. Counted {counted}: short by {diff}.</translation>
        </message>
        <message>
            <source>Shift {n} closed. Counted {counted}: over by {diff}.</source>
            <translation>Shift {n} closed. Counted {counted}: over by {diff}.</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>X report</translation>
        </message>
        <message>
            <source>Shift {n}: expected in the drawer {expected}.</source>
            <translation>Shift {n}: expected in the drawer {expected}.</translation>
        </message>
        <message>
            <source>Print again</source>
            <translation>Print again</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>No printer is set up.</source>
            <translation>No printer is set up.</translation>
        </message>
    </context>
    <context>
        <name>ShiftStatus</name>
        <message>
            <source>No shift open</source>
            <translation>No shift open</translation>
        </message>
        <message>
            <source>Shift {n} open {h} h {m:02d} min: no more sales, close it (Z)</source>
            <translation>Shift {n} open {h} h {m:02d} min: no more sales, close it (Z)</translation>
        </message>
        <message>
            <source>Shift {n} open {h} h {m:02d} min: close it before 24 h</source>
            <translation>Shift {n} open {h} h {m:02d} min: close it before 24 h</translation>
        </message>
        <message>
            <source>Shift {n} open {h} h {m:02d} min</source>
            <translation>Shift {n} open {h} h {m:02d} min</translation>
        </message>
    </context>
    <context>
        <name>FiscalDialog</name>
        <message>
            <source>{n} documents wait for the cash register.</source>
            <translation>{n} documents wait for the cash register.</translation>
        </message>
        <message>
            <source>Nothing waits: every document is fiscalized.</source>
            <translation>Nothing waits: every document is fiscalized.</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Sale</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Cash in</source>
            <translation>Cash in</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>Cash out</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>X report</translation>
        </message>
        <message>
            <source>Z report</source>
            <translation>Z report</translation>
        </message>
        <message>
            <source>Shift status</source>
            <translation>Shift status</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Held for a fix: {reason}</source>
            <translation>Held for a fix: {reason}</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Not sent yet</translation>
        </message>
        <message>
            <source>The cash register gave no reason.</source>
            <translation>The cash register gave no reason.</translation>
        </message>
        <message>
            <source>The cash register said: {reason}</source>
            <translation>The cash register said: {reason}</translation>
        </message>
        <message>
            <source>Sending to the cash register...</source>
            <translation>Sending to the cash register...</translation>
        </message>
        <message>
            <source>The documents could not be sent; they wait.</source>
            <translation>The documents could not be sent; they wait.</translation>
        </message>
        <message>
            <source>Sent: {n}. A document held for a fix stops the queue.</source>
            <translation>Sent: {n}. A document held for a fix stops the queue.</translation>
        </message>
        <message>
            <source>Sent: {n}.</source>
            <translation>Sent: {n}.</translation>
        </message>
        <message>
            <source>Back in the queue; it is sent with the next send.</source>
            <translation>Back in the queue; it is sent with the next send.</translation>
        </message>
        <message>
            <source>Fiscal documents waiting</source>
            <translation>Fiscal documents waiting</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Last error</translation>
        </message>
        <message>
            <source>Send now</source>
            <translation>Send now</translation>
        </message>
        <message>
            <source>Retry after fix</source>
            <translation>Retry after fix</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
</TS>
