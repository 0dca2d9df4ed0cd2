<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK" sourcelanguage="en">
    <context>
        <name>AreaPicker</name>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="82" />
            <source>Type to find a district or province</source>
            <translation>ضلع یا صوبہ تلاش کرنے کے لیے لکھیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="86" />
            <source>%1 (whole province or territory)</source>
            <translation>‏%1 (پورا صوبہ یا علاقہ)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="118" />
            <source>Find in %1</source>
            <translation>‏%1 میں تلاش کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="132" />
            <source>Serves: %1</source>
            <translation>خدمات کا علاقہ: ‎%1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="133" />
            <source>None ticked: serves the whole country.</source>
            <translation>کسی پر نشان نہیں: پورے ملک میں خدمات۔</translation>
        </message>
    </context>
    <context>
        <name>AttachmentViewer</name>
        <message>
            <location filename="../victimcare/gui/dialogs/attachment_viewer.py" line="43" />
            <source>File: %1</source>
            <translation>فائل: ‎%1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/attachment_viewer.py" line="59" />
            <source>Save a &amp;copy…</source>
            <translation>نقل محفوظ کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/attachment_viewer.py" line="90" />
            <source>This kind of file (%1) cannot be shown inside VictimCare.</source>
            <translation>اس قسم کی فائل (‎%1) VictimCare کے اندر نہیں دکھائی جا سکتی۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/attachment_viewer.py" line="156" />
            <source>Save an unencrypted copy?</source>
            <translation>بغیر انکرپشن نقل محفوظ کریں؟</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/attachment_viewer.py" line="157" />
            <source>The copy will NOT be encrypted: anyone who can open the folder you choose can read it. Saving it is recorded in the case history. Save a copy?</source>
            <translation>یہ نقل انکرپٹ نہیں ہوگی: جو بھی آپ کا منتخب کردہ فولڈر کھول سکے، وہ اسے پڑھ سکے گا۔ نقل محفوظ کرنا کیس کے تاریخچے میں درج ہوتا ہے۔ نقل محفوظ کریں؟</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/attachment_viewer.py" line="163" />
            <source>Save a copy</source>
            <translation>نقل محفوظ کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/attachment_viewer.py" line="172" />
            <source>Saved a copy to %1</source>
            <translation>نقل ‎%1 میں محفوظ ہو گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/attachment_viewer.py" line="176" />
            <source>The copy could not be saved: %1</source>
            <translation>نقل محفوظ نہیں ہو سکی: ‎%1</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsTab</name>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="660" />
            <source>File</source>
            <translation>فائل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="660" />
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="660" />
            <source>Size</source>
            <translation>سائز</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="660" />
            <source>Added</source>
            <translation>تاریخِ اندراج</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="661" />
            <source>Added by</source>
            <translation>شامل کرنے والا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="661" />
            <source>Description</source>
            <translation>تفصیل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="664" />
            <source>&amp;View</source>
            <translation>دیکھیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="665" />
            <source>&amp;Save a copy…</source>
            <translation>نقل محفوظ کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="667" />
            <source>&amp;Add file…</source>
            <translation>فائل شامل کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="692" />
            <source>Add a file to the case</source>
            <translation>کیس میں فائل شامل کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="698" />
            <source>The file could not be read: %1</source>
            <translation>فائل پڑھی نہیں جا سکی: ‎%1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="712" />
            <source>The file is larger than 25 MB and was not added.</source>
            <translation>فائل 25 MB سے بڑی ہے، اس لیے شامل نہیں کی گئی۔</translation>
        </message>
    </context>
    <context>
        <name>CaseHistory</name>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="796" />
            <source>Case opened</source>
            <translation>کیس کھولا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="797" />
            <source>Case looked at</source>
            <translation>کیس دیکھا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="798" />
            <source>Case details changed</source>
            <translation>کیس کی تفصیلات تبدیل کی گئیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="799" />
            <source>Case assigned</source>
            <translation>کیس سپرد کیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="800" />
            <source>Case transferred</source>
            <translation>کیس منتقل کیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="801" />
            <source>Needs recorded</source>
            <translation>ضروریات درج کی گئیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="802" />
            <source>A need was updated</source>
            <translation>ایک ضرورت میں تبدیلی کی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="803" />
            <source>Risk assessed</source>
            <translation>خطرے کا اندازہ لگایا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="804" />
            <source>Risk rating reviewed</source>
            <translation>خطرے کی درجہ بندی کا جائزہ لیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="805" />
            <source>Consent recorded</source>
            <translation>رضامندی درج کی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="806" />
            <source>Consent withdrawn</source>
            <translation>رضامندی واپس لی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="807" />
            <source>Note added</source>
            <translation>نوٹ شامل کیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="808" />
            <source>Follow-up planned</source>
            <translation>فالو اپ طے کیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="809" />
            <source>Follow-up done</source>
            <translation>فالو اپ مکمل ہوا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="810" />
            <source>File added</source>
            <translation>فائل شامل کی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="811" />
            <source>File looked at</source>
            <translation>فائل دیکھی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="812" />
            <source>Unencrypted copy of a file saved</source>
            <translation>فائل کی بغیر انکرپشن نقل محفوظ کی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="813" />
            <source>Referral drafted</source>
            <translation>ریفرل کا مسودہ بنایا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="814" />
            <source>Closure requested</source>
            <translation>کیس بند کرنے کی درخواست کی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="815" />
            <source>Closure approved</source>
            <translation>کیس بند کرنے کی منظوری دی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="816" />
            <source>Closure refused</source>
            <translation>کیس بند کرنے کی درخواست مسترد کی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="817" />
            <source>Case reopened</source>
            <translation>کیس دوبارہ کھولا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="818" />
            <source>Family member added</source>
            <translation>خاندان کا فرد شامل کیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="819" />
            <source>Transfer to another office asked</source>
            <translation>دوسرے دفتر کو منتقلی کی درخواست کی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="820" />
            <source>Transfer accepted</source>
            <translation>منتقلی قبول کی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="821" />
            <source>Transfer declined</source>
            <translation>منتقلی سے انکار کیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="822" />
            <source>Transfer withdrawn</source>
            <translation>منتقلی کی درخواست واپس لی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="823" />
            <source>Compensation claim started</source>
            <translation>معاوضے کا دعویٰ شروع کیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="824" />
            <source>Compensation claim changed</source>
            <translation>معاوضے کے دعوے میں تبدیلی کی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="825" />
            <source>Consent form printed</source>
            <translation>رضامندی فارم پرنٹ کیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="826" />
            <source>Consent form saved as PDF</source>
            <translation>رضامندی فارم PDF کے طور پر محفوظ کیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="827" />
            <source>Case summary printed</source>
            <translation>کیس کا خلاصہ پرنٹ کیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="828" />
            <source>Case summary saved as PDF</source>
            <translation>کیس کا خلاصہ PDF کے طور پر محفوظ کیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="829" />
            <source>Referral changed</source>
            <translation>ریفرل میں تبدیلی کی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="830" />
            <source>Referral letter looked at</source>
            <translation>ریفرل کا خط دیکھا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="831" />
            <source>Referral letter printed</source>
            <translation>ریفرل کا خط پرنٹ کیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="832" />
            <source>Referral letter saved as PDF</source>
            <translation>ریفرل کا خط PDF کے طور پر محفوظ کیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="835" />
            <source>Referral: %1</source>
            <translation>ریفرل: ‎%1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="836" />
            <source>Compensation claim: %1</source>
            <translation>معاوضے کا دعویٰ: ‎%1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="852" />
            <source>approved</source>
            <translation>منظور</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="853" />
            <source>rejected</source>
            <translation>مسترد</translation>
        </message>
    </context>
    <context>
        <name>CaseLabels</name>
        <message>
            <location filename="../victimcare/gui/models/case_table.py" line="30" />
            <source>Not assessed</source>
            <translation>اندازہ نہیں ہوا</translation>
        </message>
    </context>
    <context>
        <name>CaseListPage</name>
        <message>
            <location filename="../victimcare/gui/pages/case_list.py" line="129" />
            <location filename="../victimcare/gui/pages/case_list.py" line="142" />
            <source>Cases</source>
            <translation>کیسز</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/case_list.py" line="130" />
            <source>&amp;Search</source>
            <translation>تلاش</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/case_list.py" line="131" />
            <source>S&amp;tatus</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/case_list.py" line="132" />
            <source>&amp;Risk</source>
            <translation>خطرہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/case_list.py" line="133" />
            <source>&amp;District</source>
            <translation>ضلع</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/case_list.py" line="134" />
            <source>Case &amp;worker</source>
            <translation>کیس ورکر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/case_list.py" line="135" />
            <source>&amp;Incident</source>
            <translation>واقعہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/case_list.py" line="136" />
            <source>Name, CNIC, phone or case number</source>
            <translation>نام، CNIC، فون یا کیس نمبر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/case_list.py" line="137" />
            <source>Search in cases</source>
            <translation>کیسز میں تلاش</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/case_list.py" line="143" />
            <source>No cases match. Clear the search or set a filter back to “All” to see more.</source>
            <translation>کوئی کیس نہیں ملا۔ مزید دیکھنے کے لیے تلاش صاف کریں یا کسی فلٹر کو واپس “سب” پر کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/case_list.py" line="158" />
            <source>All</source>
            <translation>سب</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/case_list.py" line="207" />
            <source>The chosen incident</source>
            <translation>منتخب واقعہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/case_list.py" line="226" />
            <source>more than %1 cases</source>
            <translation>‏%1 سے زیادہ کیس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/case_list.py" line="229" />
            <source>1 case</source>
            <translation>1 کیس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/case_list.py" line="230" />
            <source>%1 cases</source>
            <translation>‏%1 کیس</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../victimcare/gui/models/case_table.py" line="51" />
            <source>Case number</source>
            <translation>کیس نمبر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/case_table.py" line="51" />
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/case_table.py" line="51" />
            <source>Name (Urdu)</source>
            <translation>نام (اردو)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/case_table.py" line="52" />
            <source>District</source>
            <translation>ضلع</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/case_table.py" line="52" />
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/case_table.py" line="52" />
            <source>Risk</source>
            <translation>خطرہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/case_table.py" line="53" />
            <source>Case worker</source>
            <translation>کیس ورکر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/case_table.py" line="53" />
            <source>Opened</source>
            <translation>کب کھلا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/case_table.py" line="53" />
            <source>Next review</source>
            <translation>اگلا جائزہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/case_table.py" line="93" />
            <source>Restricted case: only its case worker and supervisors see it.</source>
            <translation>محدود کیس: اسے صرف اس کا کیس ورکر اور سپروائزر دیکھ سکتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/case_table.py" line="99" />
            <source>%1, restricted</source>
            <translation>‏%1، محدود</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/case_table.py" line="102" />
            <source>Risk: %1</source>
            <translation>خطرہ: ‎%1</translation>
        </message>
    </context>
    <context>
        <name>CaseViewPage</name>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="390" />
            <source>Case &amp;summary…</source>
            <translation>کیس کا خلاصہ…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="393" />
            <source>A confidential summary of the whole case for supervision, to preview or print.</source>
            <translation>نگرانی کے لیے پورے کیس کا خفیہ خلاصہ، دیکھنے یا پرنٹ کرنے کے لیے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="396" />
            <source>&amp;Transfer…</source>
            <translation>منتقل کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="398" />
            <source>Hand this case over to another office.</source>
            <translation>یہ کیس دوسرے دفتر کے حوالے کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="401" />
            <source>&amp;Close case…</source>
            <translation>کیس بند کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="403" />
            <source>Ask a supervisor to close this case.</source>
            <translation>سپروائزر سے یہ کیس بند کرنے کی درخواست کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="406" />
            <source>&amp;Decide closure…</source>
            <translation>کیس بند کرنے کا فیصلہ کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="408" />
            <source>Approve or reject the request to close this case.</source>
            <translation>اس کیس کو بند کرنے کی درخواست منظور یا مسترد کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="461" />
            <source>Case %1</source>
            <translation>کیس ‎%1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="467" />
            <location filename="../victimcare/gui/case_view.py" line="470" />
            <source>Risk: %1</source>
            <translation>خطرہ: ‎%1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="468" />
            <location filename="../victimcare/gui/case_view.py" line="471" />
            <source>not yet rated</source>
            <translation>ابھی درجہ بندی نہیں ہوئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="469" />
            <source>(a new rating waits for review)</source>
            <translation>(نئی درجہ بندی جائزے کی منتظر ہے)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="472" />
            <source>Status: %1</source>
            <translation>حیثیت: ‎%1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="474" />
            <source>Case worker: %1</source>
            <translation>کیس ورکر: ‎%1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="475" />
            <source>nobody yet</source>
            <translation>ابھی کوئی نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="476" />
            <source>Next risk review: %1</source>
            <translation>خطرے کا اگلا جائزہ: ‎%1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="477" />
            <source>not set</source>
            <translation>مقرر نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="492" />
            <source>This case is now held by another office (%1). It can only be read here.</source>
            <translation>یہ کیس اب دوسرے دفتر (‎%1) کے پاس ہے۔ یہاں اسے صرف پڑھا جا سکتا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="503" />
            <source>%1 (%2)</source>
            <translation>‏%1 (%2)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="508" />
            <source>Overview</source>
            <translation>خلاصہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="509" />
            <source>People and family</source>
            <translation>افراد اور خاندان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="510" />
            <source>Needs</source>
            <translation>ضروریات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="511" />
            <source>Risk</source>
            <translation>خطرہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="512" />
            <source>Consent</source>
            <translation>رضامندی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="513" />
            <source>Follow-ups</source>
            <translation>فالو اپ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="514" />
            <source>Notes</source>
            <translation>نوٹس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="515" />
            <source>Referrals</source>
            <translation>ریفرلز</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="516" />
            <source>Compensation</source>
            <translation>معاوضہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="517" />
            <source>Files</source>
            <translation>فائلیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="518" />
            <source>History</source>
            <translation>تاریخچہ</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../victimcare/gui/login.py" line="499" />
            <source>VictimCare — choose a new password</source>
            <translation>‏VictimCare — نیا پاس ورڈ منتخب کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="501" />
            <source>Your password was set by an administrator. Choose your own password now; only you will know it.</source>
            <translation>آپ کا پاس ورڈ ایڈمنسٹریٹر نے بنایا تھا۔ اب اپنا پاس ورڈ منتخب کریں؛ اسے صرف آپ جانیں گے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="503" />
            <source>Choose a new password. It needs at least 10 characters.</source>
            <translation>نیا پاس ورڈ منتخب کریں۔ اس میں کم از کم 10 حروف ہونے چاہئیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="504" />
            <source>&amp;Current password</source>
            <translation>موجودہ پاس ورڈ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="505" />
            <source>Current password</source>
            <translation>موجودہ پاس ورڈ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="507" />
            <source>Change password</source>
            <translation>پاس ورڈ تبدیل کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="508" />
            <source>Sign out</source>
            <translation>سائن آؤٹ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="508" />
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="542" />
            <source>The current password is not right.</source>
            <translation>موجودہ پاس ورڈ درست نہیں۔</translation>
        </message>
    </context>
    <context>
        <name>ClaimDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="94" />
            <source>New compensation claim</source>
            <translation>معاوضے کا نیا دعویٰ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="99" />
            <source>&amp;Scheme</source>
            <translation>اسکیم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="99" />
            <source>Choose a scheme</source>
            <translation>اسکیم منتخب کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="102" />
            <source>&amp;Loss</source>
            <translation>نقصان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="103" />
            <source>Choose</source>
            <translation>منتخب کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="106" />
            <source>&amp;Claimant</source>
            <translation>دعویدار</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="106" />
            <source>Choose a person</source>
            <translation>فرد منتخب کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="109" />
            <source>Legal &amp;heirs</source>
            <translation>قانونی ورثاء</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="110" />
            <source>For a death: the people the scheme pays. Those recorded as legal heirs are ticked.</source>
            <translation>وفات کی صورت میں: وہ افراد جنہیں اسکیم ادائیگی کرتی ہے۔ جو قانونی وارث درج ہیں ان پر نشان لگا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="112" />
            <source>&amp;Amount claimed</source>
            <translation>دعوے کی رقم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="114" />
            <source>&amp;File number</source>
            <translation>فائل نمبر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="116" />
            <source>The scheme's own number, if known.</source>
            <translation>اسکیم کا اپنا نمبر، اگر معلوم ہو۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="118" />
            <source>Record claim</source>
            <translation>دعویٰ درج کریں</translation>
        </message>
    </context>
    <context>
        <name>ClaimStepDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="162" />
            <source>Claim: next step</source>
            <translation>دعویٰ: اگلا مرحلہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="166" />
            <source>Claim</source>
            <translation>دعویٰ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="170" />
            <source>Now</source>
            <translation>اس وقت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="172" />
            <source>&amp;Next step</source>
            <translation>اگلا مرحلہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="175" />
            <source>&amp;Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="176" />
            <source>&amp;File number</source>
            <translation>فائل نمبر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="179" />
            <source>Amount &amp;paid</source>
            <translation>ادا شدہ رقم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="182" />
            <source>Save step</source>
            <translation>مرحلہ محفوظ کریں</translation>
        </message>
    </context>
    <context>
        <name>ClosureDecisionDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/closure.py" line="51" />
            <source>Decide closure</source>
            <translation>کیس بند کرنے کا فیصلہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/closure.py" line="54" />
            <source>Case</source>
            <translation>کیس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/closure.py" line="55" />
            <source>Reason</source>
            <translation>وجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/closure.py" line="57" />
            <source>Asked by</source>
            <translation>درخواست کس نے کی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/closure.py" line="60" />
            <source>Their comment</source>
            <translation>ان کا تبصرہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/closure.py" line="62" />
            <source>Decision</source>
            <translation>فیصلہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/closure.py" line="62" />
            <source>&amp;Approve, close the case</source>
            <translation>منظور کریں، کیس بند کر دیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/closure.py" line="63" />
            <source>Re&amp;ject, keep it open</source>
            <translation>مسترد کریں، کیس کھلا رہے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/closure.py" line="64" />
            <source>&amp;Comment</source>
            <translation>تبصرہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/closure.py" line="66" />
            <source>Needed when you reject the request.</source>
            <translation>درخواست مسترد کرنے پر ضروری ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/closure.py" line="74" />
            <source>You asked for this closure yourself: another supervisor must decide.</source>
            <translation>کیس بند کرنے کی یہ درخواست آپ نے خود کی تھی: فیصلہ کسی دوسرے سپروائزر کو کرنا ہوگا۔</translation>
        </message>
    </context>
    <context>
        <name>ClosureRequestDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/closure.py" line="23" />
            <source>Request closure</source>
            <translation>کیس بند کرنے کی درخواست</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/closure.py" line="26" />
            <source>Case</source>
            <translation>کیس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/closure.py" line="27" />
            <source>&amp;Reason</source>
            <translation>وجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/closure.py" line="31" />
            <source>&amp;Comment</source>
            <translation>تبصرہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/closure.py" line="32" />
            <source>What was done and why the case can end. A supervisor decides.</source>
            <translation>کیا کام کیا گیا اور کیس کیوں ختم کیا جا سکتا ہے۔ فیصلہ سپروائزر کرے گا۔</translation>
        </message>
    </context>
    <context>
        <name>Compensation</name>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="26" />
            <source>Not started</source>
            <translation>شروع نہیں ہوا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="27" />
            <source>Documents collected</source>
            <translation>دستاویزات جمع ہو گئیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="28" />
            <source>Submitted</source>
            <translation>جمع کرا دیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="29" />
            <source>Under review</source>
            <translation>زیرِ غور</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="30" />
            <source>Approved</source>
            <translation>منظور</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="31" />
            <source>Paid</source>
            <translation>ادائیگی ہو گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="32" />
            <source>Rejected</source>
            <translation>مسترد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="35" />
            <source>This scheme does not pay for attacks in the incident's province.</source>
            <translation>یہ اسکیم اس صوبے میں ہونے والے حملوں کے لیے ادائیگی نہیں کرتی جہاں یہ واقعہ ہوا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="37" />
            <source>The case has no incident, so no scheme can be chosen.</source>
            <translation>اس کیس کے ساتھ کوئی واقعہ درج نہیں، اس لیے کوئی اسکیم منتخب نہیں کی جا سکتی۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="39" />
            <source>This person already has an open claim for this loss under this scheme.</source>
            <translation>اس اسکیم کے تحت اس نقصان کے لیے اس فرد کا ایک دعویٰ پہلے سے زیرِ عمل ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="41" />
            <source>The claim is closed.</source>
            <translation>یہ دعویٰ بند ہو چکا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/compensation.py" line="63" />
            <source>Rupees, e.g. 500000</source>
            <translation>روپے، مثلاً 500000</translation>
        </message>
    </context>
    <context>
        <name>CompensationTab</name>
        <message>
            <location filename="../victimcare/gui/widgets/compensation_tab.py" line="38" />
            <source>Scheme</source>
            <translation>اسکیم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/compensation_tab.py" line="38" />
            <source>Loss</source>
            <translation>نقصان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/compensation_tab.py" line="38" />
            <source>Claimant</source>
            <translation>دعویدار</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/compensation_tab.py" line="38" />
            <source>Heirs</source>
            <translation>ورثاء</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/compensation_tab.py" line="39" />
            <source>State</source>
            <translation>کیفیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/compensation_tab.py" line="39" />
            <source>Claimed</source>
            <translation>دعوے کی رقم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/compensation_tab.py" line="39" />
            <source>Paid</source>
            <translation>ادا شدہ رقم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/compensation_tab.py" line="39" />
            <source>File number</source>
            <translation>فائل نمبر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/compensation_tab.py" line="43" />
            <source>Next &amp;step…</source>
            <translation>اگلا مرحلہ…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/compensation_tab.py" line="46" />
            <source>&amp;New claim…</source>
            <translation>نیا دعویٰ…</translation>
        </message>
    </context>
    <context>
        <name>CompleteFollowUpDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/follow_up.py" line="57" />
            <source>Complete follow-up</source>
            <translation>فالو اپ مکمل کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/follow_up.py" line="60" />
            <source>Follow-up</source>
            <translation>فالو اپ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/follow_up.py" line="61" />
            <source>&amp;Outcome</source>
            <translation>نتیجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/follow_up.py" line="63" />
            <source>Done &amp;on</source>
            <translation>مکمل ہونے کی تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/follow_up.py" line="65" />
            <source>Mark done</source>
            <translation>مکمل قرار دیں</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPage</name>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="50" />
            <source>Record</source>
            <translation>ریکارڈ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="50" />
            <source>Field</source>
            <translation>خانہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="50" />
            <source>Kept value</source>
            <translation>رکھا گیا اندراج</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="51" />
            <source>Kept: who, when</source>
            <translation>رکھا گیا: کس نے، کب</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="51" />
            <source>Other value</source>
            <translation>دوسرا اندراج</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="52" />
            <source>Other: who, when</source>
            <translation>دوسرا: کس نے، کب</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="52" />
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="56" />
            <source>Why (for example: confirmed with the office by phone)</source>
            <translation>وجہ (مثلاً: دفتر سے فون پر تصدیق کی)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="58" />
            <source>&amp;Keep the kept value</source>
            <translation>رکھا گیا اندراج برقرار رکھیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="61" />
            <source>Use the &amp;other value</source>
            <translation>دوسرا اندراج استعمال کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="74" />
            <source>Conflicts</source>
            <translation>تضادات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="75" />
            <source>The same field was changed in two places before they synced. One value was kept by a fixed rule; check it, then keep it or use the other one. Your choice is sent with the next bundles.</source>
            <translation>سنک سے پہلے ایک ہی خانہ دو جگہوں پر تبدیل کیا گیا۔ ایک طے شدہ اصول کے تحت ایک اندراج رکھا گیا ہے؛ اسے جانچیں، پھر اسے برقرار رکھیں یا دوسرا استعمال کریں۔ آپ کا فیصلہ اگلے بنڈلز کے ساتھ بھیجا جائے گا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="88" />
            <source>Conflicts are reviewed by a coordinator.</source>
            <translation>تضادات کا جائزہ کوآرڈینیٹر لیتا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="99" />
            <source>both edited</source>
            <translation>دونوں جگہ تبدیلی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="99" />
            <source>edited and deleted</source>
            <translation>ایک جگہ تبدیل، دوسری جگہ حذف</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="100" />
            <source>status not reachable</source>
            <translation>حیثیت کی یہ تبدیلی ممکن نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="104" />
            <source>deleted</source>
            <translation>حذف شدہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="104" />
            <source>keep the record</source>
            <translation>ریکارڈ برقرار رکھیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="111" />
            <source>%1 open conflicts</source>
            <translation>‏%1 حل طلب تضادات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="134" />
            <source>Settled. The choice travels with the next bundles.</source>
            <translation>طے ہو گیا۔ یہ فیصلہ اگلے بنڈلز کے ساتھ جائے گا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/conflicts.py" line="95" />
            <source>unknown device</source>
            <translation>نامعلوم ڈیوائس</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="27" />
            <source>Record consent</source>
            <translation>رضامندی درج کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="30" />
            <source>&amp;Person</source>
            <translation>فرد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="32" />
            <source>&amp;Given by</source>
            <translation>کس نے دی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="35" />
            <source>&amp;Name of who gave it</source>
            <translation>دینے والے کا نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="38" />
            <source>Child's assent</source>
            <translation>بچے کی رضامندی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="38" />
            <source>The child &amp;agreed too</source>
            <translation>بچے نے بھی رضامندی دی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="40" />
            <source>&amp;Type</source>
            <translation>قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="44" />
            <source>P&amp;rovider type</source>
            <translation>ادارے کی قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="46" />
            <source>Needed for consent to share with a service provider.</source>
            <translation>خدمات فراہم کرنے والے ادارے کو معلومات دینے کی رضامندی کے لیے ضروری۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="48" />
            <source>&amp;Details that may be shared</source>
            <translation>کون سی معلومات دی جا سکتی ہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="51" />
            <source>P&amp;urpose</source>
            <translation>مقصد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="53" />
            <source>&amp;Method</source>
            <translation>طریقہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="55" />
            <source>&amp;Witness</source>
            <translation>گواہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="57" />
            <source>Given &amp;on</source>
            <translation>دینے کی تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="60" />
            <source>&amp;Expires on</source>
            <translation>ختم ہونے کی تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="64" />
            <source>Tick “Unknown” for consent without an end date.</source>
            <translation>جس رضامندی کی کوئی آخری تاریخ نہ ہو، اس کے لیے “معلوم نہیں” پر نشان لگائیں۔</translation>
        </message>
    </context>
    <context>
        <name>ConsentTab</name>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="484" />
            <source>Person</source>
            <translation>فرد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="484" />
            <source>Type</source>
            <translation>قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="484" />
            <source>Given by</source>
            <translation>کس نے دی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="484" />
            <source>Method</source>
            <translation>طریقہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="485" />
            <source>Given on</source>
            <translation>دینے کی تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="485" />
            <source>State</source>
            <translation>کیفیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="485" />
            <source>May share</source>
            <translation>دی جانے والی معلومات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="487" />
            <source>&amp;Withdraw…</source>
            <translation>واپس لیں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="489" />
            <source>&amp;Print consent form…</source>
            <translation>رضامندی فارم پرنٹ کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="492" />
            <source>The selected consent as a form to sign or thumb-print; with nothing selected, a blank form for the principal person.</source>
            <translation>منتخب رضامندی، دستخط یا انگوٹھا لگانے کے لیے فارم کی شکل میں؛ کچھ منتخب نہ ہو تو مرکزی فرد کے لیے خالی فارم۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="494" />
            <source>&amp;Record consent…</source>
            <translation>رضامندی درج کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="519" />
            <source>child assented</source>
            <translation>بچے نے رضامندی دی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="525" />
            <source>(witness: %1)</source>
            <translation>(گواہ: ‎%1)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="553" />
            <source>%1, given by %2 on %3</source>
            <translation>‏%1، %2 نے ‎%3 کو دی</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="176" />
            <source>Add contact</source>
            <translation>رابطہ شامل کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="179" />
            <source>Person</source>
            <translation>فرد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="180" />
            <source>Mobile</source>
            <translation>موبائل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="181" />
            <source>Landline</source>
            <translation>لینڈ لائن</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="182" />
            <source>Address</source>
            <translation>پتہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="183" />
            <source>&amp;Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="185" />
            <source>&amp;Mobile number</source>
            <translation>موبائل نمبر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="188" />
            <source>&amp;Number or address</source>
            <translation>نمبر یا پتہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="190" />
            <source>Yes</source>
            <translation>ہاں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="191" />
            <source>No: do not call or visit</source>
            <translation>نہیں: نہ فون کریں، نہ ملنے جائیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="192" />
            <source>Only through someone</source>
            <translation>صرف کسی کے ذریعے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="193" />
            <source>&amp;Safe to contact</source>
            <translation>رابطہ کرنا محفوظ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="196" />
            <source>Only &amp;via whom</source>
            <translation>صرف کس کے ذریعے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="198" />
            <source>Safe &amp;times</source>
            <translation>محفوظ اوقات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="200" />
            <source>For example: weekdays after 4 pm</source>
            <translation>مثلاً: کام کے دنوں میں شام 4 بجے کے بعد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="202" />
            <source>Restricted</source>
            <translation>محدود</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="202" />
            <source>&amp;Restricted: not for letters or sharing</source>
            <translation>محدود: خطوط میں لکھنے یا کسی کو دینے کے لیے نہیں</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../victimcare/gui/crash.py" line="41" />
            <source>VictimCare — something went wrong</source>
            <translation>‏VictimCare — کوئی خرابی پیش آئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/crash.py" line="44" />
            <source>Something went wrong</source>
            <translation>کوئی خرابی پیش آئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/crash.py" line="48" />
            <source>VictimCare could not finish what you asked. What you saved before is safe. If this happens again, copy the report below and send it to your administrator: it names places in the program only, never anyone's data.</source>
            <translation>‏VictimCare آپ کا کام مکمل نہیں کر سکا۔ جو آپ نے پہلے محفوظ کیا تھا وہ محفوظ ہے۔ اگر ایسا دوبارہ ہو تو نیچے دی گئی رپورٹ کاپی کر کے اپنے ایڈمنسٹریٹر کو بھیجیں: اس میں صرف پروگرام کے مقامات کا ذکر ہوتا ہے، کسی کا ڈیٹا کبھی نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/crash.py" line="56" />
            <source>Error report</source>
            <translation>خرابی کی رپورٹ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/crash.py" line="60" />
            <source>Copy report</source>
            <translation>رپورٹ کاپی کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/crash.py" line="70" />
            <source>Copied</source>
            <translation>کاپی ہو گئی</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../victimcare/gui/widgets/date_field.py" line="39" />
            <source>Unknown</source>
            <translation>معلوم نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/date_field.py" line="54" />
            <source>%1 unknown</source>
            <translation>‏%1 معلوم نہیں</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="39" />
            <source>Name or focal person</source>
            <translation>نام یا فوکل پرسن</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="41" />
            <source>Any district</source>
            <translation>کوئی بھی ضلع</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="51" />
            <source>Provider</source>
            <translation>ادارہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="51" />
            <source>Type</source>
            <translation>قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="51" />
            <source>Services</source>
            <translation>خدمات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="52" />
            <source>Focal person</source>
            <translation>فوکل پرسن</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="52" />
            <source>Phone</source>
            <translation>فون</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="53" />
            <source>Languages</source>
            <translation>زبانیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="53" />
            <source>Data sharing agreement</source>
            <translation>ڈیٹا شیئرنگ معاہدہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="54" />
            <source>Last checked</source>
            <translation>آخری تصدیق</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="55" />
            <source>Show &amp;inactive</source>
            <translation>غیر فعال بھی دکھائیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="58" />
            <source>&amp;Add provider…</source>
            <translation>ادارہ شامل کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="61" />
            <source>&amp;Edit…</source>
            <translation>ترمیم کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="67" />
            <source>&amp;Checked today</source>
            <translation>آج تصدیق کی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="69" />
            <source>You phoned the focal person and the entry is still right.</source>
            <translation>آپ نے فوکل پرسن کو فون کیا اور اندراج اب بھی درست ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="82" />
            <source>Service directory</source>
            <translation>خدمات کی ڈائریکٹری</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="83" />
            <source>Entries not checked for over a year are marked; check them before referring anyone.</source>
            <translation>جن اندراجات کی ایک سال سے زیادہ عرصے سے تصدیق نہیں ہوئی ان پر نشان لگا ہے؛ کسی کو ریفر کرنے سے پہلے ان کی تصدیق کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="111" />
            <source>until %1</source>
            <translation>‏%1 تک</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="112" />
            <source>yes</source>
            <translation>ہاں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="113" />
            <source>no</source>
            <translation>نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="114" />
            <source>%1 (inactive)</source>
            <translation>‏%1 (غیر فعال)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="124" />
            <source>Not checked for over a year.</source>
            <translation>ایک سال سے زیادہ عرصے سے تصدیق نہیں ہوئی۔</translation>
        </message>
        <message numerus="yes">
            <location filename="../victimcare/gui/pages/directory.py" line="134" />
            <source>%n provider(s)</source>
            <translation>
                <numerusform>‏%n ادارہ</numerusform>
                <numerusform>‏%n ادارے</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/directory.py" line="157" />
            <source>Saved.</source>
            <translation>محفوظ ہو گیا۔</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="48" />
            <source>Same CNIC</source>
            <translation>ایک ہی CNIC</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="49" />
            <source>Different CNICs</source>
            <translation>مختلف CNIC</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="50" />
            <source>Same ID document</source>
            <translation>ایک ہی شناختی دستاویز</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="51" />
            <source>Same phone number</source>
            <translation>ایک ہی فون نمبر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="52" />
            <source>Names alike (%1%)</source>
            <translation>ملتے جلتے نام (‎%1%)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="53" />
            <source>Father's or husband's names alike (%1%)</source>
            <translation>والد یا شوہر کے ملتے جلتے نام (‎%1%)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="55" />
            <source>Different father's or husband's names</source>
            <translation>والد یا شوہر کے نام مختلف</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="57" />
            <source>One is S/o or D/o, the other W/o</source>
            <translation>ایک ولد یا بنت، دوسرا زوجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="58" />
            <source>Same date of birth</source>
            <translation>ایک ہی تاریخ پیدائش</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="59" />
            <source>Different dates of birth</source>
            <translation>مختلف تاریخ پیدائش</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="60" />
            <source>Years of birth close (%1 apart)</source>
            <translation>پیدائش کے سال قریب (‎%1 سال کا فرق)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="61" />
            <source>Years of birth far apart (%1)</source>
            <translation>پیدائش کے سالوں میں زیادہ فرق (‎%1)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="62" />
            <source>Same district</source>
            <translation>ایک ہی ضلع</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="63" />
            <source>Different sex</source>
            <translation>مختلف جنس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="71" />
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="72" />
            <source>Name in Urdu</source>
            <translation>اردو میں نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="73" />
            <source>Father's or husband's name</source>
            <translation>والد یا شوہر کا نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="76" />
            <source>The same in Urdu</source>
            <translation>اردو میں بھی یہی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="77" />
            <source>Sex</source>
            <translation>جنس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="79" />
            <source>Date of birth or age</source>
            <translation>تاریخ پیدائش یا عمر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="80" />
            <source>CNIC</source>
            <translation>‏CNIC</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="81" />
            <source>Other ID</source>
            <translation>دوسری شناختی دستاویز</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="82" />
            <source>Phone</source>
            <translation>فون</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="84" />
            <source>District</source>
            <translation>ضلع</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="86" />
            <source>Registered by</source>
            <translation>اندراج کس نے کیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="87" />
            <source>Cases</source>
            <translation>کیسز</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="134" />
            <source>&amp;Look for duplicates again</source>
            <translation>دوبارہ دہرے اندراج تلاش کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="141" />
            <source>Score</source>
            <translation>مماثلت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="141" />
            <location filename="../victimcare/gui/pages/duplicates.py" line="313" />
            <source>First person</source>
            <translation>پہلا فرد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="142" />
            <location filename="../victimcare/gui/pages/duplicates.py" line="314" />
            <source>Second person</source>
            <translation>دوسرا فرد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="142" />
            <source>Why</source>
            <translation>وجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="144" />
            <source>Kept</source>
            <translation>رکھا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="144" />
            <source>Merged into it</source>
            <translation>اس میں ضم کیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="145" />
            <source>By</source>
            <translation>کس نے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="145" />
            <source>When</source>
            <translation>کب</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="165" />
            <source>Keep the &amp;first, merge the second into it</source>
            <translation>پہلا رکھیں، دوسرا اس میں ضم کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="171" />
            <source>Keep the &amp;second, merge the first into it</source>
            <translation>دوسرا رکھیں، پہلا اس میں ضم کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="174" />
            <source>&amp;Not the same person</source>
            <translation>یہ دو الگ افراد ہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="183" />
            <source>&amp;Undo this merge</source>
            <translation>یہ انضمام واپس لیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="189" />
            <source>An undo puts every case, relative and referral back on the person it was moved from.</source>
            <translation>واپس لینے پر ہر کیس، رشتہ دار اور ریفرل اسی فرد کے پاس واپس چلا جاتا ہے جس سے منتقل کیا گیا تھا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="216" />
            <source>To decide</source>
            <translation>فیصلہ باقی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="217" />
            <source>Merged</source>
            <translation>ضم شدہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="225" />
            <source>Duplicates</source>
            <translation>دہرے اندراج</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="227" />
            <source>People registered twice, perhaps by two offices. Compare them; merge them if they are one person (their cases, relatives and referrals move to the one you keep, and the offices get the change with their next bundle), or say they are two people. Nothing is merged without you.</source>
            <translation>وہ افراد جو دو بار درج ہوئے، شاید دو دفاتر نے۔ ان کا موازنہ کریں؛ اگر یہ ایک ہی فرد ہیں تو انہیں ضم کریں (ان کے کیس، رشتہ دار اور ریفرل اس فرد کے پاس چلے جائیں گے جسے آپ رکھیں گے، اور دفاتر کو یہ تبدیلی ان کے اگلے بنڈل کے ساتھ مل جائے گی)، یا بتائیں کہ یہ دو الگ افراد ہیں۔ آپ کے بغیر کچھ ضم نہیں ہوتا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="251" />
            <source>Duplicates are reviewed by a coordinator.</source>
            <translation>دہرے اندراج کا جائزہ کوآرڈینیٹر لیتا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="276" />
            <source>Pairs to decide: %1</source>
            <translation>فیصلہ طلب جوڑے: ‎%1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="292" />
            <source>Merged (%1)</source>
            <translation>ضم شدہ (‎%1)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="316" />
            <source>Choose a pair to compare the two people.</source>
            <translation>دونوں افراد کا موازنہ کرنے کے لیے ایک جوڑا منتخب کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="320" />
            <source>Score %1 of 100: %2</source>
            <translation>مماثلت 100 میں سے ‎%1: ‎%2</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="345" />
            <source>Merge</source>
            <translation>ضم کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="353" />
            <source>Keep %1 and merge %2 into it? Their cases, relatives and referrals follow. You can undo this from the Merged tab.</source>
            <translation>‏%1 کو رکھ کر ‎%2 کو اس میں ضم کریں؟ ان کے کیس، رشتہ دار اور ریفرل بھی منتقل ہو جائیں گے۔ آپ اسے “ضم شدہ” ٹیب سے واپس لے سکتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="363" />
            <source>Merged. %1 links moved; %2 stay with the merged person because another office holds them, and point to the person kept.</source>
            <translation>ضم ہو گیا۔ ‎%1 روابط منتقل ہوئے؛ ‎%2 ضم شدہ فرد کے پاس رہے کیونکہ وہ کسی دوسرے دفتر کے پاس ہیں، اور وہ رکھے گئے فرد کی طرف اشارہ کرتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="366" />
            <source>Merged. %1 links moved to the person kept.</source>
            <translation>ضم ہو گیا۔ ‎%1 روابط رکھے گئے فرد کو منتقل ہوئے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="377" />
            <source>Marked as two people. This pair will not be suggested again.</source>
            <translation>دو الگ افراد کے طور پر درج۔ یہ جوڑا دوبارہ تجویز نہیں کیا جائے گا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="385" />
            <source>Merge undone: %1 links moved back. The pair is waiting for a decision again.</source>
            <translation>انضمام واپس لے لیا گیا: ‎%1 روابط واپس منتقل ہوئے۔ یہ جوڑا دوبارہ فیصلے کا منتظر ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="389" />
            <source>Looking for duplicates ...</source>
            <translation>دہرے اندراج تلاش ہو رہے ہیں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="392" />
            <source>Looked at %1 people: %2 new pairs.</source>
            <translation>‏%1 افراد دیکھے گئے: ‎%2 نئے جوڑے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/duplicates.py" line="396" />
            <source>Looking for duplicates: %1 of %2 people ...</source>
            <translation>دہرے اندراج کی تلاش: ‎%2 میں سے ‎%1 افراد…</translation>
        </message>
    </context>
    <context>
        <name>FamilyMemberDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="261" />
            <source>Add family member</source>
            <translation>خاندان کا فرد شامل کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="265" />
            <source>&amp;Mobile</source>
            <translation>موبائل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="268" />
            <source>&amp;Relationship to %1</source>
            <translation>‏%1 سے رشتہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="271" />
            <source>&amp;Victim category</source>
            <translation>متاثرہ فرد کی قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="274" />
            <source>&amp;Harm</source>
            <translation>نقصان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="276" />
            <source>Dependant</source>
            <translation>زیرِ کفالت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="277" />
            <source>&amp;Dependant of the principal</source>
            <translation>مرکزی فرد کی کفالت میں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="279" />
            <source>Legal heir</source>
            <translation>قانونی وارث</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="279" />
            <source>Legal &amp;heir</source>
            <translation>قانونی وارث</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="282" />
            <source>Caregiver</source>
            <translation>نگہداشت کرنے والا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="282" />
            <source>&amp;Primary caregiver</source>
            <translation>بنیادی نگہداشت کنندہ</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../victimcare/gui/messages.py" line="190" />
            <source>Given name</source>
            <translation>پہلا نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="191" />
            <source>Family name</source>
            <translation>خاندانی نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="192" />
            <source>Name in Urdu</source>
            <translation>اردو میں نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="193" />
            <source>Father's or husband's name</source>
            <translation>والد یا شوہر کا نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="194" />
            <source>Sex</source>
            <translation>جنس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="195" />
            <source>Date of birth</source>
            <translation>تاریخ پیدائش</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="196" />
            <source>Age</source>
            <translation>عمر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="197" />
            <source>CNIC</source>
            <translation>‏CNIC</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="198" />
            <source>Mobile</source>
            <translation>موبائل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="199" />
            <source>Victim category</source>
            <translation>متاثرہ فرد کی قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="200" />
            <source>Harm</source>
            <translation>نقصان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="201" />
            <source>Relationship</source>
            <translation>رشتہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="202" />
            <source>Date of incident</source>
            <translation>واقعے کی تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="203" />
            <source>District</source>
            <translation>ضلع</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="204" />
            <source>Victims</source>
            <translation>متاثرین</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="205" />
            <source>Password</source>
            <translation>پاس ورڈ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="206" />
            <source>Username</source>
            <translation>یوزر نیم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="207" />
            <location filename="../victimcare/gui/messages.py" line="236" />
            <source>Reason</source>
            <translation>وجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="208" />
            <source>Date given</source>
            <translation>دینے کی تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="209" />
            <source>Expires on</source>
            <translation>ختم ہونے کی تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="210" />
            <source>Due on</source>
            <translation>مقررہ تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="211" />
            <source>Note</source>
            <translation>نوٹ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="212" />
            <source>Needs</source>
            <translation>ضروریات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="213" />
            <source>Outcome</source>
            <translation>نتیجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="214" />
            <source>File</source>
            <translation>فائل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="215" />
            <source>Person</source>
            <translation>فرد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="216" />
            <source>Given by</source>
            <translation>کس نے دی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="217" />
            <source>Name of the person giving consent</source>
            <translation>رضامندی دینے والے کا نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="218" />
            <source>Consent for</source>
            <translation>رضامندی برائے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="219" />
            <source>Provider</source>
            <translation>ادارہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="220" />
            <source>How it was given</source>
            <translation>کیسے دی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="221" />
            <source>Witness</source>
            <translation>گواہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="222" />
            <source>Purpose</source>
            <translation>مقصد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="223" />
            <source>Risk level</source>
            <translation>خطرے کی سطح</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="224" />
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="225" />
            <location filename="../victimcare/gui/messages.py" line="233" />
            <source>Comment</source>
            <translation>تبصرہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="226" />
            <source>Reviewer</source>
            <translation>جائزہ لینے والا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="227" />
            <source>Reason for withdrawal</source>
            <translation>واپس لینے کی وجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="228" />
            <source>Done on</source>
            <translation>مکمل ہونے کی تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="229" />
            <source>Need</source>
            <translation>ضرورت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="230" />
            <source>Severity</source>
            <translation>شدت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="231" />
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="232" />
            <source>S/o, D/o or W/o</source>
            <translation>ولد، بنت یا زوجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="234" />
            <source>E-mail</source>
            <translation>ای میل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="235" />
            <source>Details to share</source>
            <translation>دی جانے والی معلومات</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/follow_up.py" line="24" />
            <source>Add follow-up</source>
            <translation>فالو اپ شامل کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/follow_up.py" line="28" />
            <source>&amp;Due on</source>
            <translation>مقررہ تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/follow_up.py" line="31" />
            <source>&amp;Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/follow_up.py" line="34" />
            <source>&amp;With</source>
            <translation>کس کے ساتھ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/follow_up.py" line="34" />
            <source>The family</source>
            <translation>خاندان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/follow_up.py" line="36" />
            <source>&amp;Purpose</source>
            <translation>مقصد</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsTab</name>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="564" />
            <source>Due</source>
            <translation>مقررہ تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="564" />
            <source>Kind</source>
            <translation>قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="564" />
            <source>With</source>
            <translation>کس کے ساتھ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="564" />
            <source>Purpose</source>
            <translation>مقصد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="565" />
            <source>Assigned to</source>
            <translation>ذمہ دار</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="565" />
            <source>State</source>
            <translation>کیفیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="567" />
            <source>&amp;Mark done…</source>
            <translation>مکمل قرار دیں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="569" />
            <source>&amp;Add follow-up…</source>
            <translation>فالو اپ شامل کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="588" />
            <source>Done on %1</source>
            <translation>‏%1 کو مکمل ہوا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="592" />
            <source>Overdue</source>
            <translation>تاریخ گزر چکی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="594" />
            <source>Due today</source>
            <translation>آج کرنا ہے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="596" />
            <source>Planned</source>
            <translation>طے شدہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="598" />
            <source>The family</source>
            <translation>خاندان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="614" />
            <source>%1, due %2</source>
            <translation>‏%1، مقررہ تاریخ ‎%2</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/base.py" line="160" />
            <location filename="../victimcare/gui/dialogs/base.py" line="189" />
            <source>Nothing was saved. Correct the marked fields.</source>
            <translation>کچھ محفوظ نہیں ہوا۔ نشان زدہ خانے درست کریں۔</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="860" />
            <source>When</source>
            <translation>کب</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="860" />
            <source>Who</source>
            <translation>کس نے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="861" />
            <source>What</source>
            <translation>کیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="862" />
            <source>Show each time the case was looked at</source>
            <translation>ہر وہ موقع دکھائیں جب کیس دیکھا گیا</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="150" />
            <source>My work</source>
            <translation>میرا کام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="151" />
            <source>What needs doing today. Double-click a row, or select it and press Enter, to open the case.</source>
            <translation>آج کیا کرنا ہے۔ کیس کھولنے کے لیے قطار پر ڈبل کلک کریں، یا اسے منتخب کر کے Enter دبائیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="154" />
            <source>Your role does not include case files, so there is no casework to show here.</source>
            <translation>آپ کے کردار میں کیس فائلیں شامل نہیں، اس لیے یہاں دکھانے کے لیے کوئی کیس نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="156" />
            <source>Follow-ups due</source>
            <translation>زیرِ التوا فالو اپ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="156" />
            <source>When</source>
            <translation>کب</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="156" />
            <source>What</source>
            <translation>کیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="156" />
            <location filename="../victimcare/gui/pages/home.py" line="161" />
            <location filename="../victimcare/gui/pages/home.py" line="164" />
            <location filename="../victimcare/gui/pages/home.py" line="167" />
            <source>Case</source>
            <translation>کیس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="157" />
            <location filename="../victimcare/gui/pages/home.py" line="161" />
            <location filename="../victimcare/gui/pages/home.py" line="164" />
            <location filename="../victimcare/gui/pages/home.py" line="168" />
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="158" />
            <source>No follow-ups are due today or overdue.</source>
            <translation>آج کوئی فالو اپ نہیں، اور نہ کوئی رہ گیا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="160" />
            <source>Risk reviews due</source>
            <translation>خطرے کے زیرِ التوا جائزے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="160" />
            <source>Review due</source>
            <translation>جائزے کی تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="160" />
            <source>Risk</source>
            <translation>خطرہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="162" />
            <source>No risk review is due. Reviews appear here on the day they fall due.</source>
            <translation>کوئی جائزہ زیرِ التوا نہیں۔ جائزے اپنی مقررہ تاریخ کو یہاں نظر آتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="164" />
            <source>High risk</source>
            <translation>زیادہ خطرہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="164" />
            <source>Next review</source>
            <translation>اگلا جائزہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="165" />
            <source>No open case is rated high risk.</source>
            <translation>کسی جاری کیس میں خطرہ زیادہ درج نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="167" />
            <source>Recent cases</source>
            <translation>حالیہ کیسز</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="167" />
            <source>Opened</source>
            <translation>کب کھلا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="167" />
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="169" />
            <source>No cases yet. Register an incident to open the first ones (Ctrl+N).</source>
            <translation>ابھی کوئی کیس نہیں۔ پہلے کیس کھولنے کے لیے واقعہ درج کریں (Ctrl+N)۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="215" />
            <source>1 risk rating waits for a supervisor's review.</source>
            <translation>خطرے کی 1 درجہ بندی سپروائزر کے جائزے کی منتظر ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="217" />
            <source>%1 risk ratings wait for a supervisor's review.</source>
            <translation>خطرے کی ‎%1 درجہ بندیاں سپروائزر کے جائزے کی منتظر ہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="223" />
            <source>Referrals returned to you by a supervisor: %1.</source>
            <translation>سپروائزر کی طرف سے آپ کو واپس کیے گئے ریفرل: ‎%1۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="224" />
            <source>Referrals waiting for your approval: %1.</source>
            <translation>آپ کی منظوری کے منتظر ریفرل: ‎%1۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="225" />
            <source>Referrals the provider has not answered in time: %1.</source>
            <translation>ریفرل جن کا ادارے نے وقت پر جواب نہیں دیا: ‎%1۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="227" />
            <source>Clashes from imported bundles to settle: %1.</source>
            <translation>درآمد شدہ بنڈلز کے تضادات جنہیں نمٹانا ہے: ‎%1۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="228" />
            <source>Cases another office offers to yours: %1.</source>
            <translation>کیس جو کوئی دوسرا دفتر آپ کے دفتر کو منتقل کر رہا ہے: ‎%1۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="229" />
            <source>Case closures waiting for your decision: %1.</source>
            <translation>کیس بند کرنے کی درخواستیں جو آپ کے فیصلے کی منتظر ہیں: ‎%1۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="237" />
            <source>Overdue since %1</source>
            <translation>‏%1 سے تاخیر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/home.py" line="239" />
            <source>Due today</source>
            <translation>آج کرنا ہے</translation>
        </message>
    </context>
    <context>
        <name>IncidentRegistrationPage</name>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="68" />
            <source>Register an incident</source>
            <translation>واقعہ درج کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="105" />
            <source>Incident</source>
            <translation>واقعہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="120" />
            <source>How exact the date is</source>
            <translation>تاریخ کتنی درست ہے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="126" />
            <source>&amp;Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="127" />
            <source>Date of incident</source>
            <translation>واقعے کی تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="130" />
            <source>Type to search</source>
            <translation>تلاش کے لیے لکھیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="131" />
            <source>Dis&amp;trict</source>
            <translation>ضلع</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="134" />
            <source>T&amp;ehsil</source>
            <translation>تحصیل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="137" />
            <source>&amp;Place</source>
            <translation>جگہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="140" />
            <location filename="../victimcare/gui/incident_registration.py" line="144" />
            <source>Choose one or more</source>
            <translation>ایک یا زیادہ منتخب کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="141" />
            <source>&amp;Attack</source>
            <translation>حملہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="145" />
            <source>&amp;Weapons</source>
            <translation>ہتھیار</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="149" />
            <source>e.g. FIR 112/26</source>
            <translation>مثلاً FIR 112/26</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="150" />
            <source>&amp;FIR / CTD ref.</source>
            <translation>‏FIR / CTD نمبر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="156" />
            <location filename="../victimcare/gui/incident_registration.py" line="165" />
            <source>Reported deaths</source>
            <translation>اطلاع کے مطابق اموات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="157" />
            <source>Reported injuries</source>
            <translation>اطلاع کے مطابق زخمی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="158" />
            <source>&amp;Injured</source>
            <translation>زخمی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="164" />
            <source>Dea&amp;ths</source>
            <translation>اموات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="166" />
            <source>S&amp;uicide attack</source>
            <translation>خودکش حملہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="168" />
            <source>Suicide attack</source>
            <translation>خودکش حملہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="173" />
            <source>What happened, in a few words (no names of victims)</source>
            <translation>کیا ہوا، چند الفاظ میں (متاثرین کے نام نہ لکھیں)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="174" />
            <source>Su&amp;mmary</source>
            <translation>خلاصہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="191" />
            <source>Not known</source>
            <translation>معلوم نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="197" />
            <location filename="../victimcare/gui/incident_registration.py" line="209" />
            <source>Victims</source>
            <translation>متاثرین</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="201" />
            <source>One row per person. Rows with the same family number become one case; a family's first row is its principal person. Tab moves across, Enter moves down, Ctrl+V pastes rows copied from a spreadsheet.</source>
            <translation>ہر فرد کے لیے ایک قطار۔ ایک ہی خاندان نمبر والی قطاریں ایک کیس بنتی ہیں؛ خاندان کی پہلی قطار اس کا مرکزی فرد ہے۔ Tab اگلے خانے میں اور Enter نیچے لے جاتا ہے؛ Ctrl+V اسپریڈشیٹ سے کاپی کی گئی قطاریں چسپاں کرتا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="232" />
            <source>&amp;Remove row</source>
            <translation>قطار ہٹائیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="234" />
            <source>Remove the row the cursor is in (Ctrl+Delete)</source>
            <translation>جس قطار میں کرسر ہے اسے ہٹائیں (Ctrl+Delete)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="239" />
            <source>Start &amp;over</source>
            <translation>دوبارہ شروع کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="242" />
            <source>&amp;Save incident</source>
            <translation>واقعہ محفوظ کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="244" />
            <source>Register the incident and its victims (Ctrl+S)</source>
            <translation>واقعہ اور اس کے متاثرین درج کریں (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="347" />
            <source>no case yet</source>
            <translation>ابھی کوئی کیس نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="349" />
            <source>Row %1: a person with this CNIC is already registered (case %2). Check before saving.</source>
            <translation>قطار ‎%1: اس CNIC والا فرد پہلے سے درج ہے (کیس ‎%2)۔ محفوظ کرنے سے پہلے جانچ لیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="352" />
            <source>Row %1: a person with the same name and father's or husband's name is already registered (case %2). Check before saving.</source>
            <translation>قطار ‎%1: اسی نام اور والد یا شوہر کے نام والا فرد پہلے سے درج ہے (کیس ‎%2)۔ محفوظ کرنے سے پہلے جانچ لیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="362" />
            <source>Pasted 1 row.</source>
            <translation>1 قطار چسپاں کی گئی۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="363" />
            <source>Pasted %1 rows.</source>
            <translation>‏%1 قطاریں چسپاں کی گئیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="382" />
            <location filename="../victimcare/gui/incident_registration.py" line="445" />
            <source>Enter at least one victim in the grid.</source>
            <translation>جدول میں کم از کم ایک متاثرہ فرد درج کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="393" />
            <source>Saving…</source>
            <translation>محفوظ ہو رہا ہے…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="399" />
            <source>Incident, %1: %2</source>
            <translation>واقعہ، ‎%1: ‎%2</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="406" />
            <source>Row %1, %2: %3</source>
            <translation>قطار ‎%1، ‎%2: ‎%3</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="412" />
            <source>… and %1 more.</source>
            <translation>… اور ‎%1 مزید۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="414" />
            <source>Nothing was saved. Correct the marked fields:</source>
            <translation>کچھ محفوظ نہیں ہوا۔ نشان زدہ خانے درست کریں:</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="424" />
            <source>Registered 1 case: %1</source>
            <translation>1 کیس درج ہوا: ‎%1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/incident_registration.py" line="425" />
            <source>Registered %1 cases: %2</source>
            <translation>‏%1 کیس درج ہوئے: ‎%2</translation>
        </message>
    </context>
    <context>
        <name>IncidentTableModel</name>
        <message>
            <location filename="../victimcare/gui/models/incident_table.py" line="30" />
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/incident_table.py" line="30" />
            <source>District</source>
            <translation>ضلع</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/incident_table.py" line="30" />
            <source>Place</source>
            <translation>جگہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/incident_table.py" line="30" />
            <source>Cases</source>
            <translation>کیسز</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/incident_table.py" line="31" />
            <source>People</source>
            <translation>افراد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/incident_table.py" line="31" />
            <source>Attack</source>
            <translation>حملہ</translation>
        </message>
    </context>
    <context>
        <name>IncidentsPage</name>
        <message>
            <location filename="../victimcare/gui/pages/incidents.py" line="78" />
            <location filename="../victimcare/gui/pages/incidents.py" line="83" />
            <source>Incidents</source>
            <translation>واقعات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/incidents.py" line="79" />
            <source>Register incident</source>
            <translation>واقعہ درج کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/incidents.py" line="80" />
            <source>Register an attack and all its victims (Ctrl+N)</source>
            <translation>حملہ اور اس کے تمام متاثرین درج کریں (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/incidents.py" line="81" />
            <source>Double-click an incident, or select it and press Enter, to see its cases.</source>
            <translation>کسی واقعے کے کیس دیکھنے کے لیے اس پر ڈبل کلک کریں، یا اسے منتخب کر کے Enter دبائیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/incidents.py" line="84" />
            <source>No incident is registered yet. Use “Register incident” to enter the first attack and its victims.</source>
            <translation>ابھی کوئی واقعہ درج نہیں۔ پہلا حملہ اور اس کے متاثرین درج کرنے کے لیے “واقعہ درج کریں” استعمال کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/incidents.py" line="102" />
            <source>1 incident</source>
            <translation>1 واقعہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/incidents.py" line="103" />
            <source>%1 incidents</source>
            <translation>‏%1 واقعات</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="16" />
            <source>Female</source>
            <translation>خاتون</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="17" />
            <source>Male</source>
            <translation>مرد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="18" />
            <source>Transgender (khwaja sira)</source>
            <translation>خواجہ سرا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="19" />
            <source>Not stated</source>
            <translation>نہیں بتایا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="22" />
            <source>S/o</source>
            <translation>ولد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="23" />
            <source>D/o</source>
            <translation>بنت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="24" />
            <source>W/o</source>
            <translation>زوجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="27" />
            <source>Exact day</source>
            <translation>صحیح دن</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="28" />
            <source>Month only</source>
            <translation>صرف مہینہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="29" />
            <source>Year only</source>
            <translation>صرف سال</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="32" />
            <source>Open</source>
            <translation>جاری</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="33" />
            <source>On hold</source>
            <translation>روکا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="34" />
            <source>Closure requested</source>
            <translation>بندش کی درخواست</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="35" />
            <source>Closed</source>
            <translation>بند</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="36" />
            <source>Transferred</source>
            <translation>منتقل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="37" />
            <source>Merged</source>
            <translation>ضم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="40" />
            <location filename="../victimcare/gui/widgets/labels.py" line="49" />
            <source>Low</source>
            <translation>کم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="41" />
            <location filename="../victimcare/gui/widgets/labels.py" line="50" />
            <source>Medium</source>
            <translation>درمیانہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="42" />
            <location filename="../victimcare/gui/widgets/labels.py" line="51" />
            <source>High</source>
            <translation>زیادہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="45" />
            <source>Normal</source>
            <translation>عام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="46" />
            <source>Restricted</source>
            <translation>محدود</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="52" />
            <source>Critical</source>
            <translation>سنگین</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="55" />
            <source>Identified</source>
            <translation>نشاندہی ہوئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="56" />
            <source>Referral planned</source>
            <translation>ریفرل طے ہے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="57" />
            <source>Referred</source>
            <translation>ریفر کیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="58" />
            <source>Being met</source>
            <translation>پوری ہو رہی ہے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="59" />
            <source>Met</source>
            <translation>پوری ہو گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="60" />
            <source>Declined by the client</source>
            <translation>متاثرہ فرد نے انکار کیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="61" />
            <source>No service available</source>
            <translation>کوئی خدمت دستیاب نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="64" />
            <source>No review needed</source>
            <translation>جائزے کی ضرورت نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="65" />
            <source>Waiting for a supervisor</source>
            <translation>سپروائزر کا انتظار</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="66" />
            <location filename="../victimcare/gui/widgets/labels.py" line="98" />
            <source>Approved</source>
            <translation>منظور</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="67" />
            <source>Rejected</source>
            <translation>مسترد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="70" />
            <source>The person themself</source>
            <translation>خود متعلقہ فرد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="71" />
            <source>Parent</source>
            <translation>والد یا والدہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="72" />
            <source>Guardian</source>
            <translation>سرپرست</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="73" />
            <source>Caregiver</source>
            <translation>نگہداشت کرنے والا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="76" />
            <source>Signed</source>
            <translation>دستخط</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="77" />
            <source>Thumbprint</source>
            <translation>انگوٹھے کا نشان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="78" />
            <source>Verbal, with a witness</source>
            <translation>زبانی، گواہ کی موجودگی میں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="81" />
            <source>Phone call</source>
            <translation>فون کال</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="82" />
            <source>Home visit</source>
            <translation>گھر کا دورہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="83" />
            <source>Office meeting</source>
            <translation>دفتر میں ملاقات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="86" />
            <source>Not verified</source>
            <translation>تصدیق نہیں ہوئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="87" />
            <source>Verified</source>
            <translation>تصدیق شدہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="88" />
            <source>Disputed</source>
            <translation>متنازع</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="91" />
            <source>Routine</source>
            <translation>معمول</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="92" />
            <source>Urgent</source>
            <translation>فوری</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="93" />
            <source>Emergency</source>
            <translation>ہنگامی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="96" />
            <source>Draft</source>
            <translation>مسودہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="97" />
            <source>Submitted</source>
            <translation>جمع کرا دیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="99" />
            <source>Returned</source>
            <translation>واپس کیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="100" />
            <source>Sent</source>
            <translation>بھیج دیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="101" />
            <source>Acknowledged</source>
            <translation>وصولی کی تصدیق</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="102" />
            <source>Accepted</source>
            <translation>قبول</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="103" />
            <source>Declined</source>
            <translation>انکار</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="104" />
            <source>Completed</source>
            <translation>مکمل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="105" />
            <source>Completed, not successful</source>
            <translation>مکمل، مگر کامیاب نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="106" />
            <source>Cancelled</source>
            <translation>منسوخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/labels.py" line="107" />
            <source>Expired without response</source>
            <translation>جواب کے بغیر مدت ختم</translation>
        </message>
    </context>
    <context>
        <name>LetterPreview</name>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="249" />
            <source>Preparing the letter…</source>
            <translation>خط تیار ہو رہا ہے…</translation>
        </message>
        <message numerus="yes">
            <location filename="../victimcare/gui/letter_preview.py" line="274" />
            <source>Done. This letter has been printed or saved %n time(s).</source>
            <translation>
                <numerusform>ہو گیا۔ یہ خط ‎%n بار پرنٹ یا محفوظ کیا جا چکا ہے۔</numerusform>
                <numerusform>ہو گیا۔ یہ خط ‎%n بار پرنٹ یا محفوظ کیا جا چکا ہے۔</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../victimcare/gui/lock.py" line="137" />
            <source>VictimCare is locked</source>
            <translation>‏VictimCare لاک ہے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/lock.py" line="138" />
            <source>%1 (%2) was working here. Enter that password to go on, or sign in as someone else.</source>
            <translation>‏%1 (%2) یہاں کام کر رہے تھے۔ جاری رکھنے کے لیے ان کا پاس ورڈ درج کریں، یا کسی اور صارف کے طور پر سائن ان کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/lock.py" line="141" />
            <source>Switch user</source>
            <translation>صارف تبدیل کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/lock.py" line="142" />
            <source>Switch user: sign in as someone else</source>
            <translation>صارف تبدیل کریں: کسی اور کے طور پر سائن ان کریں</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../victimcare/gui/login.py" line="344" />
            <source>VictimCare — sign in</source>
            <translation>‏VictimCare — سائن ان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="345" />
            <source>Sign in to VictimCare</source>
            <translation>‏VictimCare میں سائن ان کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="346" />
            <source>Use your own account. Nobody else should know your password, not even your supervisor.</source>
            <translation>اپنا ہی اکاؤنٹ استعمال کریں۔ آپ کا پاس ورڈ کسی اور کو معلوم نہیں ہونا چاہیے، آپ کے سپروائزر کو بھی نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="348" />
            <source>&amp;Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="349" />
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="350" />
            <source>Forgot password?</source>
            <translation>پاس ورڈ بھول گئے؟</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="351" />
            <source>Forgot password? Use the recovery key</source>
            <translation>پاس ورڈ بھول گئے؟ ریکوری کلید استعمال کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="380" />
            <source>Your new password is set. Sign in with it now.</source>
            <translation>آپ کا نیا پاس ورڈ بن گیا ہے۔ اب اس سے سائن ان کریں۔</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="172" />
            <source>My work</source>
            <translation>میرا کام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="172" />
            <location filename="../victimcare/gui/main_window.py" line="182" />
            <source>Cases</source>
            <translation>کیسز</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="173" />
            <location filename="../victimcare/gui/main_window.py" line="183" />
            <source>Incidents</source>
            <translation>واقعات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="173" />
            <source>Register incident</source>
            <translation>واقعہ درج کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="174" />
            <source>Case file</source>
            <translation>کیس فائل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="174" />
            <location filename="../victimcare/gui/main_window.py" line="183" />
            <source>Referrals</source>
            <translation>ریفرلز</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="175" />
            <source>Service directory</source>
            <translation>خدمات کی ڈائریکٹری</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="175" />
            <location filename="../victimcare/gui/main_window.py" line="184" />
            <source>Sync</source>
            <translation>سنک</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="176" />
            <location filename="../victimcare/gui/main_window.py" line="185" />
            <source>Conflicts</source>
            <translation>تضادات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="177" />
            <source>Case transfers</source>
            <translation>کیسز کی منتقلی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="178" />
            <location filename="../victimcare/gui/main_window.py" line="186" />
            <source>Reports</source>
            <translation>رپورٹیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="179" />
            <source>Duplicate people</source>
            <translation>دہرے اندراج والے افراد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="182" />
            <source>Home</source>
            <translation>مرکزی صفحہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="184" />
            <source>Directory</source>
            <translation>ڈائریکٹری</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="185" />
            <source>Transfers</source>
            <translation>کیسز کی منتقلی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="186" />
            <source>Duplicates</source>
            <translation>دہرے اندراج</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="192" />
            <source>Navigation</source>
            <translation>صفحات کی فہرست</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="216" />
            <source>VictimCare — locked</source>
            <translation>‏VictimCare — لاک</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="218" />
            <source>VictimCare — %1</source>
            <translation>‏VictimCare — %1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="222" />
            <source>case worker</source>
            <translation>کیس ورکر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="222" />
            <source>supervisor</source>
            <translation>سپروائزر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="223" />
            <source>coordinator</source>
            <translation>کوآرڈینیٹر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="223" />
            <source>administrator</source>
            <translation>ایڈمنسٹریٹر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="224" />
            <source>auditor</source>
            <translation>آڈیٹر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="231" />
            <source>Locked</source>
            <translation>لاک</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="234" />
            <source>Office: %1</source>
            <translation>دفتر: ‎%1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="236" />
            <source>%1 (%2)</source>
            <translation>‏%1 (%2)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="238" />
            <source>Unlocked · Ctrl+L locks</source>
            <translation>کھلا ہے · Ctrl+L سے لاک کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="241" />
            <source>Working…</source>
            <translation>کام جاری ہے…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="324" />
            <source>VictimCare — unsaved changes</source>
            <translation>‏VictimCare — غیر محفوظ تبدیلیاں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="325" />
            <source>This page has changes that are not saved.</source>
            <translation>اس صفحے پر ایسی تبدیلیاں ہیں جو محفوظ نہیں ہوئیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="326" />
            <source>Go back and save them, or leave and lose them.</source>
            <translation>واپس جا کر انہیں محفوظ کریں، یا صفحہ چھوڑ دیں اور یہ تبدیلیاں ختم ہو جائیں گی۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="327" />
            <source>Stay on this page</source>
            <translation>اسی صفحے پر رہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="328" />
            <source>Leave without saving</source>
            <translation>محفوظ کیے بغیر چھوڑ دیں</translation>
        </message>
        <message numerus="yes">
            <location filename="../victimcare/gui/main_window.py" line="410" />
            <source>%n referral(s) expired: the provider did not answer in time.</source>
            <translation>
                <numerusform>‏%n ریفرل کی مدت ختم ہو گئی: فراہم کنندہ نے وقت پر جواب نہیں دیا۔</numerusform>
                <numerusform>‏%n ریفرلز کی مدت ختم ہو گئی: فراہم کنندہ نے وقت پر جواب نہیں دیا۔</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../victimcare/gui/main_window.py" line="482" />
            <source>Some pages keep the previous language until your unsaved work is saved and you sign in again.</source>
            <translation>کچھ صفحات پچھلی زبان میں رہیں گے، جب تک آپ کا غیر محفوظ کام محفوظ نہ ہو جائے اور آپ دوبارہ سائن ان نہ کریں۔</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../victimcare/gui/messages.py" line="33" />
            <source>This is required.</source>
            <translation>یہ ضروری ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="34" />
            <source>This value has the wrong form.</source>
            <translation>یہ اندراج درست شکل میں نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="35" />
            <source>This is too long.</source>
            <translation>یہ بہت لمبا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="36" />
            <source>This number is too large.</source>
            <translation>یہ عدد بہت بڑا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="37" />
            <source>This cannot be negative.</source>
            <translation>یہ منفی نہیں ہو سکتا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="38" />
            <source>Enter a date as YYYY-MM-DD.</source>
            <translation>تاریخ YYYY-MM-DD کی شکل میں لکھیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="39" />
            <source>This date is in the future.</source>
            <translation>یہ تاریخ مستقبل کی ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="40" />
            <source>Choose one of the listed values.</source>
            <translation>فہرست میں سے کوئی ایک منتخب کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="41" />
            <source>A CNIC has 13 digits, written 12345-1234567-1.</source>
            <translation>‏CNIC میں 13 ہندسے ہوتے ہیں، اس طرح: ‎12345-1234567-1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="43" />
            <source>Enter a Pakistani mobile number, e.g. 0300-1234567.</source>
            <translation>پاکستانی موبائل نمبر لکھیں، مثلاً ‎0300-1234567</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="45" />
            <source>This field is not known.</source>
            <translation>یہ خانہ نامعلوم ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="46" />
            <source>Usernames are 2–32 lowercase letters, digits, dots or dashes.</source>
            <translation>یوزر نیم میں 2 سے 32 تک انگریزی کے چھوٹے حروف، ہندسے، نقطے یا ڈیش ہوتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="48" />
            <source>This username is already taken.</source>
            <translation>یہ یوزر نیم پہلے سے استعمال میں ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="49" />
            <source>The password needs at least 10 characters.</source>
            <translation>پاس ورڈ میں کم از کم 10 حروف ہونے چاہئیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="51" />
            <source>The password must not contain the username.</source>
            <translation>پاس ورڈ میں یوزر نیم شامل نہیں ہونا چاہیے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="53" />
            <source>The new password must differ from the old one.</source>
            <translation>نیا پاس ورڈ پرانے سے مختلف ہونا چاہیے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="55" />
            <source>An office code looks like PB-LHR.</source>
            <translation>دفتر کا کوڈ اس طرح ہوتا ہے: PB-LHR</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="57" />
            <source>Choose a district.</source>
            <translation>ضلع منتخب کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="58" />
            <source>This person is not part of the case.</source>
            <translation>یہ فرد اس کیس میں شامل نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="59" />
            <source>A person cannot be related to themselves.</source>
            <translation>کوئی فرد اپنا ہی رشتہ دار نہیں ہو سکتا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="60" />
            <source>The expiry date is before the date consent was given.</source>
            <translation>ختم ہونے کی تاریخ رضامندی دینے کی تاریخ سے پہلے کی ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="62" />
            <source>This cannot be changed here.</source>
            <translation>اسے یہاں تبدیل نہیں کیا جا سکتا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="63" />
            <source>Closing a case needs a closure request.</source>
            <translation>کیس بند کرنے کے لیے بندش کی درخواست ضروری ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="65" />
            <source>Another supervisor must review a rating you made yourself.</source>
            <translation>آپ کی اپنی درجہ بندی کا جائزہ کسی دوسرے سپروائزر کو لینا ہوگا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="67" />
            <source>The file is empty.</source>
            <translation>فائل خالی ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="68" />
            <source>You would no longer see this case; ask a supervisor.</source>
            <translation>اس کے بعد آپ یہ کیس نہیں دیکھ سکیں گے؛ سپروائزر سے کہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="70" />
            <source>You cannot remove your own account.</source>
            <translation>آپ اپنا اکاؤنٹ خود نہیں ہٹا سکتے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="71" />
            <source>You cannot remove your own admin role.</source>
            <translation>آپ اپنا ایڈمنسٹریٹر کا کردار خود نہیں ہٹا سکتے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="73" />
            <source>This number is too small.</source>
            <translation>یہ عدد بہت چھوٹا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="74" />
            <source>Write a whole number, such as 42.</source>
            <translation>پورا عدد لکھیں، مثلاً 42</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="75" />
            <source>Write yes or no.</source>
            <translation>‏yes یا no لکھیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="76" />
            <source>Leave this empty for the first person of a family.</source>
            <translation>خاندان کے پہلے فرد کے لیے یہ خالی چھوڑ دیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="78" />
            <source>Rows of one incident must agree on this.</source>
            <translation>ایک واقعے کی تمام قطاروں میں یہ ایک جیسا ہونا چاہیے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="80" />
            <source>The file is not UTF-8 text. Save it as CSV UTF-8.</source>
            <translation>فائل UTF-8 متن نہیں۔ اسے CSV UTF-8 کے طور پر محفوظ کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="81" />
            <source>The file has no rows.</source>
            <translation>فائل میں کوئی قطار نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="82" />
            <source>The file uses semicolons. Save it with commas.</source>
            <translation>فائل میں سیمی کولن (;) استعمال ہوئے ہیں۔ اسے کوما (,) کے ساتھ محفوظ کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="84" />
            <source>Columns are missing.</source>
            <translation>کچھ کالم موجود نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="85" />
            <source>The file has columns that are not known.</source>
            <translation>فائل میں نامعلوم کالم ہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="86" />
            <source>A column appears twice.</source>
            <translation>ایک کالم دو بار آیا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="87" />
            <source>The file has too many rows.</source>
            <translation>فائل میں بہت زیادہ قطاریں ہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="88" />
            <source>The file is too large.</source>
            <translation>فائل بہت بڑی ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="89" />
            <source>The file is not well-formed CSV.</source>
            <translation>فائل درست CSV نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="90" />
            <source>This row has more cells than columns.</source>
            <translation>اس قطار میں کالموں سے زیادہ خانے ہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="91" />
            <source>The end date is before the start date.</source>
            <translation>آخری تاریخ شروع کی تاریخ سے پہلے ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="92" />
            <source>Enter an e-mail address such as name@example.org.</source>
            <translation>ای میل پتہ لکھیں، مثلاً name@example.org</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="94" />
            <source>This record does not exist any more.</source>
            <translation>یہ ریکارڈ اب موجود نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="95" />
            <source>Save the backup outside the installation's own folder.</source>
            <translation>بیک اپ انسٹالیشن کے اپنے فولڈر سے باہر محفوظ کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="101" />
            <location filename="../victimcare/gui/messages.py" line="102" />
            <source>The username or password is not right.</source>
            <translation>یوزر نیم یا پاس ورڈ درست نہیں۔</translation>
        </message>
        <message numerus="yes">
            <location filename="../victimcare/gui/messages.py" line="103" />
            <source>Too many wrong passwords. Try again in %n second(s).</source>
            <translation>
                <numerusform>بہت زیادہ غلط پاس ورڈ۔ ‎%n سیکنڈ بعد دوبارہ کوشش کریں۔</numerusform>
                <numerusform>بہت زیادہ غلط پاس ورڈ۔ ‎%n سیکنڈ بعد دوبارہ کوشش کریں۔</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="105" />
            <source>This account has been switched off. Ask your administrator.</source>
            <translation>یہ اکاؤنٹ بند کر دیا گیا ہے۔ اپنے ایڈمنسٹریٹر سے رابطہ کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="107" />
            <source>The recovery key is not right.</source>
            <translation>ریکوری کلید درست نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="108" />
            <source>Your role does not allow this. Ask your supervisor.</source>
            <translation>آپ کے کردار میں اس کی اجازت نہیں۔ اپنے سپروائزر سے رابطہ کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="110" />
            <source>This record does not exist or is not visible to you.</source>
            <translation>یہ ریکارڈ موجود نہیں یا آپ اسے نہیں دیکھ سکتے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="112" />
            <source>VictimCare is locked. Unlock it to go on.</source>
            <translation>‏VictimCare لاک ہے۔ جاری رکھنے کے لیے اسے کھولیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="113" />
            <source>Another window or command is saving to the database. Try again soon.</source>
            <translation>کوئی دوسری ونڈو یا کمانڈ ڈیٹا بیس میں محفوظ کر رہی ہے۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="115" />
            <source>There is no VictimCare installation here.</source>
            <translation>یہاں VictimCare انسٹال نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="116" />
            <source>The key file (keyslots.json) is missing. Restore it from a backup.</source>
            <translation>کلید کی فائل (keyslots.json) موجود نہیں۔ اسے بیک اپ سے بحال کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="118" />
            <source>The key file (keyslots.json) is damaged. Restore it from a backup.</source>
            <translation>کلید کی فائل (keyslots.json) خراب ہے۔ اسے بیک اپ سے بحال کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="120" />
            <source>The database cannot be read with this key: it is damaged or replaced.</source>
            <translation>اس کلید سے ڈیٹا بیس نہیں پڑھا جا سکتا: یہ خراب ہے یا بدل دیا گیا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="122" />
            <source>This database was made by a newer VictimCare. Install the newer version.</source>
            <translation>یہ ڈیٹا بیس VictimCare کے نئے ورژن نے بنایا ہے۔ نیا ورژن انسٹال کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="124" />
            <source>This step is not possible in the current state.</source>
            <translation>موجودہ حالت میں یہ قدم ممکن نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="126" />
            <source>A valid consent is missing.</source>
            <translation>درست رضامندی موجود نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="127" />
            <source>The backup file is damaged or not a VictimCare backup. Nothing was restored.</source>
            <translation>بیک اپ فائل خراب ہے یا VictimCare کا بیک اپ نہیں۔ کچھ بحال نہیں کیا گیا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="129" />
            <source>This backup was made by a newer VictimCare.</source>
            <translation>یہ بیک اپ VictimCare کے نئے ورژن نے بنایا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="131" />
            <source>There is already an installation in this folder.</source>
            <translation>اس فولڈر میں پہلے سے ایک انسٹالیشن موجود ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="137" />
            <source>This case was transferred to another office. It can only be read here.</source>
            <translation>یہ کیس دوسرے دفتر کو منتقل ہو چکا ہے۔ یہاں اسے صرف پڑھا جا سکتا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="139" />
            <source>This case is offered to your office. Accept it before working on it.</source>
            <translation>یہ کیس آپ کے دفتر کو پیش کیا گیا ہے۔ اس پر کام کرنے سے پہلے اسے قبول کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="146" />
            <source>This value is not accepted.</source>
            <translation>یہ اندراج قابلِ قبول نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="154" />
            <source>Row %1, </source>
            <translation>قطار ‎%1، </translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="170" />
            <source>Something went wrong. Nothing was changed.</source>
            <translation>کوئی خرابی پیش آئی۔ کچھ تبدیل نہیں ہوا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/messages.py" line="185" />
            <source>The data could not be opened or saved (%1).</source>
            <translation>ڈیٹا کھولا یا محفوظ نہیں کیا جا سکا (‎%1)۔</translation>
        </message>
    </context>
    <context>
        <name>NeedItemDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="163" />
            <source>Change need</source>
            <translation>ضرورت میں تبدیلی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="166" />
            <source>Need</source>
            <translation>ضرورت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="168" />
            <source>&amp;Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="170" />
            <source>S&amp;everity</source>
            <translation>شدت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="172" />
            <source>&amp;Notes</source>
            <translation>نوٹس</translation>
        </message>
    </context>
    <context>
        <name>NeedsDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="73" />
            <source>Record needs</source>
            <translation>ضروریات درج کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="77" />
            <source>&amp;For</source>
            <translation>کس کے لیے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="77" />
            <source>The whole family</source>
            <translation>پورا خاندان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="79" />
            <source>&amp;Summary</source>
            <translation>خلاصہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="89" />
            <location filename="../victimcare/gui/dialogs/needs.py" line="142" />
            <source>Need</source>
            <translation>ضرورت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="89" />
            <location filename="../victimcare/gui/dialogs/needs.py" line="142" />
            <source>Severity</source>
            <translation>شدت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="89" />
            <location filename="../victimcare/gui/dialogs/needs.py" line="143" />
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="90" />
            <location filename="../victimcare/gui/dialogs/needs.py" line="143" />
            <source>Notes</source>
            <translation>نوٹس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="100" />
            <source>Needs</source>
            <translation>ضروریات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="104" />
            <source>&amp;Add another need</source>
            <translation>ایک اور ضرورت شامل کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="137" />
            <source>Enter at least one need.</source>
            <translation>کم از کم ایک ضرورت درج کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="47" />
            <source>Need %1</source>
            <translation>ضرورت ‎%1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="48" />
            <source>Severity of need %1</source>
            <translation>ضرورت ‎%1 کی شدت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="49" />
            <source>Status of need %1</source>
            <translation>ضرورت ‎%1 کی حیثیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/needs.py" line="50" />
            <source>Notes on need %1</source>
            <translation>ضرورت ‎%1 پر نوٹس</translation>
        </message>
    </context>
    <context>
        <name>NeedsTab</name>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="338" />
            <source>Need</source>
            <translation>ضرورت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="338" />
            <source>Severity</source>
            <translation>شدت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="338" />
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="339" />
            <source>Notes</source>
            <translation>نوٹس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="346" />
            <source>&amp;Change status…</source>
            <translation>حیثیت تبدیل کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="347" />
            <source>Re&amp;fer to a service…</source>
            <translation>کسی خدمت کے لیے ریفر کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="349" />
            <source>&amp;Record needs…</source>
            <translation>ضروریات درج کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="369" />
            <source>the whole family</source>
            <translation>پورا خاندان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="370" />
            <source>%1, for %2, by %3</source>
            <translation>‏%1، برائے ‎%2، از ‎%3</translation>
        </message>
    </context>
    <context>
        <name>NoInstallationDialog</name>
        <message>
            <location filename="../victimcare/gui/app.py" line="105" />
            <source>VictimCare — not set up yet</source>
            <translation>‏VictimCare — ابھی سیٹ اپ نہیں ہوا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/app.py" line="107" />
            <source>VictimCare is not set up here yet</source>
            <translation>‏VictimCare یہاں ابھی سیٹ اپ نہیں ہوا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/app.py" line="109" />
            <source>There is no VictimCare installation in %1.</source>
            <translation>‏%1 میں VictimCare کی کوئی انسٹالیشن نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/app.py" line="112" />
            <source>To set up this office, your administrator runs this in a command prompt, with the office's code and their own username. It asks for a password and prints the recovery key, to be kept locked away:</source>
            <translation>اس دفتر کو سیٹ اپ کرنے کے لیے آپ کا ایڈمنسٹریٹر کمانڈ پرامپٹ میں یہ کمانڈ دفتر کے کوڈ اور اپنے یوزر نیم کے ساتھ چلاتا ہے۔ یہ پاس ورڈ پوچھتی ہے اور ریکوری کلید پرنٹ کرتی ہے، جسے تالے میں محفوظ رکھنا ہے:</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/app.py" line="118" />
            <source>Command that sets up an office</source>
            <translation>دفتر سیٹ اپ کرنے والی کمانڈ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/app.py" line="119" />
            <source>To try VictimCare with made-up people first:</source>
            <translation>پہلے فرضی افراد کے ساتھ VictimCare آزمانے کے لیے:</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/app.py" line="122" />
            <source>Command that makes a demo installation</source>
            <translation>ڈیمو انسٹالیشن بنانے والی کمانڈ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/app.py" line="123" />
            <source>Then start VictimCare again.</source>
            <translation>پھر VictimCare دوبارہ شروع کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/app.py" line="124" />
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/note.py" line="22" />
            <source>Add note</source>
            <translation>نوٹ شامل کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/note.py" line="26" />
            <source>&amp;Note</source>
            <translation>نوٹ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/note.py" line="27" />
            <source>Notes cannot be changed later. Ctrl+Enter saves.</source>
            <translation>نوٹ بعد میں تبدیل نہیں ہو سکتے۔ Ctrl+Enter سے محفوظ کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/note.py" line="30" />
            <source>Who may read it</source>
            <translation>کون پڑھ سکتا ہے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/note.py" line="30" />
            <source>&amp;Restricted</source>
            <translation>محدود</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/note.py" line="32" />
            <source>Only supervisors can read restricted notes.</source>
            <translation>محدود نوٹ صرف سپروائزر پڑھ سکتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/note.py" line="33" />
            <source>Only supervisors can read restricted notes: you will not see it afterwards.</source>
            <translation>محدود نوٹ صرف سپروائزر پڑھ سکتے ہیں: بعد میں آپ اسے نہیں دیکھ سکیں گے۔</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="628" />
            <source>&amp;Add note…</source>
            <translation>نوٹ شامل کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="638" />
            <source>%1 · %2</source>
            <translation>‏%1 · %2</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="641" />
            <source>Restricted</source>
            <translation>محدود</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="646" />
            <source>No notes yet.</source>
            <translation>ابھی کوئی نوٹ نہیں۔</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="99" />
            <source>Incident</source>
            <translation>واقعہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="103" />
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="103" />
            <source>District</source>
            <translation>ضلع</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="104" />
            <source>Tehsil</source>
            <translation>تحصیل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="104" />
            <source>Place</source>
            <translation>جگہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="105" />
            <source>Attack</source>
            <translation>حملہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="106" />
            <source>Weapons</source>
            <translation>ہتھیار</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="107" />
            <source>Suicide attack</source>
            <translation>خودکش حملہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="108" />
            <source>FIR / CTD reference</source>
            <translation>‏FIR / CTD نمبر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="109" />
            <source>Reported deaths / injuries</source>
            <translation>اطلاع کے مطابق اموات / زخمی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="110" />
            <source>Verification</source>
            <translation>تصدیق</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="111" />
            <source>Summary</source>
            <translation>خلاصہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="121" />
            <source>At a glance</source>
            <translation>ایک نظر میں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="124" />
            <source>Needs</source>
            <translation>ضروریات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="124" />
            <source>Follow-ups</source>
            <translation>فالو اپ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="125" />
            <source>Consent</source>
            <translation>رضامندی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="125" />
            <source>Risk review</source>
            <translation>خطرے کا جائزہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="135" />
            <source>%1 open of %2 recorded</source>
            <translation>‏%2 درج شدہ میں سے ‎%1 باقی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="136" />
            <source>None recorded yet</source>
            <translation>ابھی کچھ درج نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="139" />
            <source>Next on %1</source>
            <translation>اگلا ‎%1 کو</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="140" />
            <source>None planned</source>
            <translation>کوئی طے نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="143" />
            <source>%1 current</source>
            <translation>‏%1 مؤثر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="144" />
            <source>No current consent on file</source>
            <translation>ریکارڈ میں کوئی مؤثر رضامندی نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="147" />
            <source>A rating waits for a supervisor</source>
            <translation>ایک درجہ بندی سپروائزر کی منتظر ہے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="148" />
            <source>Nothing waiting</source>
            <translation>کچھ زیرِ التوا نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="151" />
            <source>Case</source>
            <translation>کیس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="165" />
            <source>&amp;Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="166" />
            <source>Se&amp;nsitivity</source>
            <translation>حساسیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="168" />
            <source>FIR</source>
            <translation>‏FIR</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="168" />
            <source>&amp;FIR registered</source>
            <translation>‏FIR درج ہے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="170" />
            <source>Witness</source>
            <translation>گواہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="171" />
            <source>Is or may be a &amp;witness</source>
            <translation>گواہ ہے یا ہو سکتا ہے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="172" />
            <source>Protection</source>
            <translation>تحفظ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="173" />
            <source>&amp;Protection concern</source>
            <translation>تحفظ کا خدشہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="174" />
            <source>&amp;Court case ref.</source>
            <translation>عدالتی مقدمہ نمبر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="176" />
            <source>&amp;Referred by</source>
            <translation>کس نے ریفر کیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="180" />
            <source>Opened on</source>
            <translation>کھلنے کی تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="182" />
            <source>Next risk review</source>
            <translation>خطرے کا اگلا جائزہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="186" />
            <source>&amp;Undo changes</source>
            <translation>تبدیلیاں واپس لیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="189" />
            <source>Sa&amp;ve changes</source>
            <translation>تبدیلیاں محفوظ کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="212" />
            <source>Not set</source>
            <translation>مقرر نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="245" />
            <source>not known</source>
            <translation>معلوم نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="255" />
            <source>Yes</source>
            <translation>ہاں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="255" />
            <source>No</source>
            <translation>نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="257" />
            <source>%1 / %2</source>
            <translation>‏%1 / %2</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/case_view.py" line="309" />
            <source>Case details saved.</source>
            <translation>کیس کی تفصیلات محفوظ ہو گئیں۔</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="50" />
            <source>As the provider reads</source>
            <translation>ادارے کی زبان کے مطابق</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="51" />
            <source>English</source>
            <translation>انگریزی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="52" />
            <source>Urdu</source>
            <translation>اردو</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="53" />
            <source>English and Urdu</source>
            <translation>انگریزی اور اردو</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="103" />
            <source>&amp;Language:</source>
            <translation>زبان:</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="110" />
            <source>&amp;Print…</source>
            <translation>پرنٹ کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="112" />
            <source>&amp;Save as PDF…</source>
            <translation>‏PDF کے طور پر محفوظ کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="114" />
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="139" />
            <source>Preparing the document…</source>
            <translation>دستاویز تیار ہو رہی ہے…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="163" />
            <source>Save as PDF</source>
            <translation>‏PDF کے طور پر محفوظ کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="164" />
            <source>PDF files (*.pdf)</source>
            <translation>‏PDF فائلیں (*.pdf)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="190" />
            <source>The printer could not be opened. Nothing was printed.</source>
            <translation>پرنٹر نہیں کھل سکا۔ کچھ پرنٹ نہیں ہوا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="226" />
            <source>Done.</source>
            <translation>ہو گیا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="238" />
            <source>Referral letter</source>
            <translation>ریفرل خط</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="295" />
            <source>Consent form</source>
            <translation>رضامندی فارم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/letter_preview.py" line="315" />
            <source>Case summary (confidential)</source>
            <translation>کیس کا خلاصہ (خفیہ)</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="218" />
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="218" />
            <source>Name in Urdu</source>
            <translation>اردو میں نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="218" />
            <source>Role in family</source>
            <translation>خاندان میں حیثیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="219" />
            <source>Father's or husband's name</source>
            <translation>والد یا شوہر کا نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="219" />
            <source>Sex</source>
            <translation>جنس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="219" />
            <source>Age</source>
            <translation>عمر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="220" />
            <source>CNIC</source>
            <translation>‏CNIC</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="220" />
            <source>Mobile</source>
            <translation>موبائل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="220" />
            <source>Victim category</source>
            <translation>متاثرہ فرد کی قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="220" />
            <source>Harm</source>
            <translation>نقصان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="225" />
            <source>Person</source>
            <translation>فرد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="225" />
            <source>Relationship</source>
            <translation>رشتہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="225" />
            <source>Of</source>
            <translation>کس کا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="225" />
            <source>Also</source>
            <translation>مزید</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="227" />
            <source>Relationships</source>
            <translation>رشتے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="230" />
            <source>&amp;Edit person…</source>
            <translation>فرد کی معلومات میں ترمیم کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="231" />
            <source>Add &amp;contact…</source>
            <translation>رابطہ شامل کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="233" />
            <source>Add &amp;family member…</source>
            <translation>خاندان کا فرد شامل کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="260" />
            <source>Principal person</source>
            <translation>مرکزی فرد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="281" />
            <source>dependant</source>
            <translation>زیرِ کفالت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="281" />
            <source>legal heir</source>
            <translation>قانونی وارث</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="282" />
            <source>primary caregiver</source>
            <translation>بنیادی نگہداشت کنندہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="313" />
            <source>(not safe to call)</source>
            <translation>(فون کرنا محفوظ نہیں)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="315" />
            <source>(only through someone)</source>
            <translation>(صرف کسی کے ذریعے)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="325" />
            <source>%1 at death (born %2)</source>
            <translation>وفات کے وقت ‎%1 (پیدائش ‎%2)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="325" />
            <source>%1 (born %2)</source>
            <translation>‏%1 (پیدائش ‎%2)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="328" />
            <source>about %1</source>
            <translation>تقریباً ‎%1</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="118" />
            <source>Edit person</source>
            <translation>فرد کی معلومات میں ترمیم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="123" />
            <source>Preferred &amp;language</source>
            <translation>ترجیحی زبان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="126" />
            <source>Interpreter</source>
            <translation>ترجمان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="126" />
            <source>Needs an &amp;interpreter</source>
            <translation>ترجمان کی ضرورت ہے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="128" />
            <source>&amp;Disability</source>
            <translation>معذوری</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="131" />
            <source>Breadwinner</source>
            <translation>کفیل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="131" />
            <source>Earns the family's &amp;living</source>
            <translation>خاندان کے لیے روزی کمانے والا فرد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="133" />
            <source>Deceased</source>
            <translation>وفات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="134" />
            <source>This person has &amp;died</source>
            <translation>یہ فرد وفات پا چکا ہے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="136" />
            <source>Date of dea&amp;th</source>
            <translation>تاریخ وفات</translation>
        </message>
    </context>
    <context>
        <name>ProviderEditDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="56" />
            <source>English</source>
            <translation>انگریزی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="57" />
            <source>Urdu</source>
            <translation>اردو</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="58" />
            <source>Pashto</source>
            <translation>پشتو</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="59" />
            <source>Sindhi</source>
            <translation>سندھی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="60" />
            <source>Punjabi</source>
            <translation>پنجابی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="61" />
            <source>Balochi</source>
            <translation>بلوچی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="62" />
            <source>Saraiki</source>
            <translation>سرائیکی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="345" />
            <source>Add provider</source>
            <translation>ادارہ شامل کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="345" />
            <source>Edit provider</source>
            <translation>ادارے میں ترمیم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="350" />
            <source>&amp;Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="352" />
            <source>Name in &amp;Urdu</source>
            <translation>اردو میں نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="358" />
            <source>&amp;Type</source>
            <translation>قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="361" />
            <source>&amp;Focal person</source>
            <translation>فوکل پرسن</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="363" />
            <source>&amp;Phone</source>
            <translation>فون</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="365" />
            <source>E-&amp;mail</source>
            <translation>ای میل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="367" />
            <source>Add&amp;ress</source>
            <translation>پتہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="370" />
            <source>&amp;Languages</source>
            <translation>زبانیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="371" />
            <source>(none chosen)</source>
            <translation>(کوئی منتخب نہیں)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="373" />
            <source>Letters go out in English, Urdu or both, as the provider reads.</source>
            <translation>خطوط ادارے کی زبان کے مطابق انگریزی، اردو یا دونوں میں جاتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="374" />
            <source>Data sharing</source>
            <translation>ڈیٹا شیئرنگ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="375" />
            <source>A data-sharing &amp;agreement is signed</source>
            <translation>ڈیٹا شیئرنگ معاہدے پر دستخط ہو چکے ہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="379" />
            <source>Agreement &amp;expires on</source>
            <translation>معاہدہ ختم ہونے کی تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="383" />
            <source>Last &amp;checked on</source>
            <translation>آخری تصدیق کی تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="385" />
            <source>The day someone phoned the focal person and found the entry right.</source>
            <translation>وہ دن جب کسی نے فوکل پرسن کو فون کیا اور اندراج درست پایا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="386" />
            <source>In use</source>
            <translation>استعمال میں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="387" />
            <source>Acti&amp;ve: offered for referrals</source>
            <translation>فعال: ریفرل کے لیے دستیاب</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="392" />
            <source>&amp;Districts served</source>
            <translation>خدمات کے اضلاع</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="394" />
            <source>Ser&amp;vices</source>
            <translation>خدمات</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../victimcare/gui/login.py" line="601" />
            <source>VictimCare — recover a password</source>
            <translation>‏VictimCare — پاس ورڈ کی بحالی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="603" />
            <source>The recovery key was printed when VictimCare was set up in this office; your administrator keeps it locked away. With it you can set a new password for one account.</source>
            <translation>ریکوری کلید اس وقت پرنٹ ہوئی تھی جب اس دفتر میں VictimCare سیٹ اپ کیا گیا؛ آپ کا ایڈمنسٹریٹر اسے تالے میں رکھتا ہے۔ اس کے ذریعے آپ کسی ایک اکاؤنٹ کا نیا پاس ورڈ بنا سکتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="606" />
            <source>Recovery &amp;key</source>
            <translation>ریکوری کلید</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="607" />
            <source>Recovery key</source>
            <translation>ریکوری کلید</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="608" />
            <source>Groups of letters and digits, as printed</source>
            <translation>حروف اور ہندسوں کے گروپ، جیسے پرنٹ ہوئے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="609" />
            <source>&amp;Username</source>
            <translation>یوزر نیم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="610" />
            <source>Username</source>
            <translation>یوزر نیم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="612" />
            <source>Set new password</source>
            <translation>نیا پاس ورڈ بنائیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="613" />
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
    </context>
    <context>
        <name>ReferralDraftDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/referral_draft.py" line="33" />
            <source>Refer to a service</source>
            <translation>کسی خدمت کے لیے ریفر کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/referral_draft.py" line="38" />
            <source>&amp;Provider</source>
            <translation>ادارہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/referral_draft.py" line="40" />
            <source>&amp;Urgency</source>
            <translation>ترجیح</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/referral_draft.py" line="42" />
            <source>Sets the date the provider should answer by.</source>
            <translation>اس سے وہ تاریخ طے ہوتی ہے جس تک ادارے کو جواب دینا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/referral_draft.py" line="45" />
            <source>&amp;Details to share</source>
            <translation>دی جانے والی معلومات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/referral_draft.py" line="47" />
            <source>Only what the service needs. The letter shows only what the person's consent covers.</source>
            <translation>صرف وہی جو اس خدمت کے لیے ضروری ہے۔ خط میں صرف وہی معلومات آتی ہیں جن کی فرد نے رضامندی دی ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/referral_draft.py" line="49" />
            <source>&amp;Reason (one or two factual lines)</source>
            <translation>وجہ (ایک یا دو سطریں، صرف حقائق)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/referral_draft.py" line="51" />
            <source>&amp;Send to the supervisor for approval now</source>
            <translation>ابھی سپروائزر کو منظوری کے لیے بھیجیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/referral_draft.py" line="62" />
            <source> (not checked for over a year)</source>
            <translation> (ایک سال سے زیادہ عرصے سے تصدیق نہیں ہوئی)</translation>
        </message>
    </context>
    <context>
        <name>ReferralsPage</name>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="78" />
            <location filename="../victimcare/gui/pages/referrals.py" line="101" />
            <source>Case</source>
            <translation>کیس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="78" />
            <location filename="../victimcare/gui/pages/referrals.py" line="101" />
            <source>Person</source>
            <translation>فرد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="78" />
            <location filename="../victimcare/gui/pages/referrals.py" line="101" />
            <source>Provider</source>
            <translation>ادارہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="78" />
            <source>Service</source>
            <translation>خدمت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="79" />
            <source>Urgency</source>
            <translation>ترجیح</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="79" />
            <source>Drafted by</source>
            <translation>مسودہ کس نے بنایا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="81" />
            <source>&amp;Approve and preview letter</source>
            <translation>منظور کریں اور خط دیکھیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="84" />
            <source>&amp;Return with comment…</source>
            <translation>تبصرے کے ساتھ واپس کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="86" />
            <source>Pre&amp;view letter</source>
            <translation>خط دیکھیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="95" />
            <source>Record &amp;consent…</source>
            <translation>رضامندی درج کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="101" />
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="102" />
            <source>Respond by</source>
            <translation>جواب کب تک</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="102" />
            <source>Letter</source>
            <translation>خط</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="113" />
            <source>Referrals</source>
            <translation>ریفرلز</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="114" />
            <location filename="../victimcare/gui/pages/referrals.py" line="152" />
            <source>Waiting for your approval (emergencies first)</source>
            <translation>آپ کی منظوری کے منتظر (ہنگامی پہلے)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="120" />
            <source>All referrals (overdue ones are marked)</source>
            <translation>تمام ریفرلز (تاخیر والوں پر نشان ہے)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="153" />
            <source>Nothing is waiting for your approval.</source>
            <translation>آپ کی منظوری کا کوئی ریفرل منتظر نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="175" />
            <source>Overdue: the provider has not answered.</source>
            <translation>تاخیر: ادارے نے جواب نہیں دیا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="197" />
            <source>Approved. Letter number %1.</source>
            <translation>منظور ہو گیا۔ خط نمبر ‎%1</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="223" />
            <source>Return referral</source>
            <translation>ریفرل واپس کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="223" />
            <source>What should the case worker change?</source>
            <translation>کیس ورکر کیا تبدیل کرے؟</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="235" />
            <source>Returned to the case worker.</source>
            <translation>کیس ورکر کو واپس کر دیا گیا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="45" />
            <source>The person's consent does not cover these details: %1.</source>
            <translation>اس فرد کی رضامندی میں یہ معلومات شامل نہیں: ‎%1۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="49" />
            <source>No consent to share this person's details with this provider is recorded.</source>
            <translation>اس ادارے کو اس فرد کی معلومات دینے کی کوئی رضامندی درج نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="51" />
            <source>The consent to share with this provider has expired.</source>
            <translation>اس ادارے کو معلومات دینے کی رضامندی کی مدت ختم ہو چکی ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="52" />
            <source>The person has withdrawn the consent to share with this provider.</source>
            <translation>اس فرد نے اس ادارے کو معلومات دینے کی رضامندی واپس لے لی ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="54" />
            <source>The consent on file is for a different provider.</source>
            <translation>ریکارڈ میں موجود رضامندی کسی اور ادارے کے لیے ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/referrals.py" line="56" />
            <source>Record the person's consent, or return the referral so that it shares less.</source>
            <translation>اس فرد کی رضامندی درج کریں، یا ریفرل واپس کریں تاکہ اس میں کم معلومات دی جائیں۔</translation>
        </message>
    </context>
    <context>
        <name>ReferralsTab</name>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="756" />
            <source>Provider</source>
            <translation>ادارہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="756" />
            <source>Need</source>
            <translation>ضرورت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="756" />
            <source>Urgency</source>
            <translation>ترجیح</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="756" />
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="757" />
            <source>Respond by</source>
            <translation>جواب کب تک</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="757" />
            <source>Letter no.</source>
            <translation>خط نمبر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="760" />
            <source>&amp;Letter…</source>
            <translation>خط…</translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="68" />
            <source>Female</source>
            <translation>خاتون</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="69" />
            <source>Male</source>
            <translation>مرد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="70" />
            <source>Transgender (khwaja sira)</source>
            <translation>خواجہ سرا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="71" />
            <source>Not stated</source>
            <translation>نہیں بتایا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="72" />
            <source>Open</source>
            <translation>جاری</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="73" />
            <source>On hold</source>
            <translation>روکا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="74" />
            <source>Closure requested</source>
            <translation>بندش کی درخواست</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="75" />
            <source>Closed</source>
            <translation>بند</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="76" />
            <source>Identified</source>
            <translation>نشاندہی ہوئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="77" />
            <source>Referred or being met</source>
            <translation>ریفر کیا گیا یا پوری ہو رہی ہے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="78" />
            <source>Met</source>
            <translation>پوری ہو گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="79" />
            <source>Declined by the client</source>
            <translation>متاثرہ فرد نے انکار کیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="80" />
            <source>No service available</source>
            <translation>کوئی خدمت دستیاب نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="81" />
            <source>Not sent yet</source>
            <translation>ابھی نہیں بھیجا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="82" />
            <source>Waiting for an answer</source>
            <translation>جواب کا انتظار</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="83" />
            <source>Accepted</source>
            <translation>قبول</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="84" />
            <source>Declined</source>
            <translation>انکار</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="85" />
            <source>Completed: successful</source>
            <translation>مکمل: کامیاب</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="87" />
            <source>Completed: not successful</source>
            <translation>مکمل: ناکام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="89" />
            <source>Expired</source>
            <translation>مدت ختم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="90" />
            <source>Cancelled</source>
            <translation>منسوخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="91" />
            <source>Emergency</source>
            <translation>ہنگامی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="92" />
            <source>Urgent</source>
            <translation>فوری</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="93" />
            <source>Routine</source>
            <translation>معمول</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="94" />
            <source>Follow-ups</source>
            <translation>فالو اپ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="95" />
            <source>Referrals</source>
            <translation>ریفرلز</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="96" />
            <source>Not started</source>
            <translation>شروع نہیں ہوا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="97" />
            <source>Documents collected</source>
            <translation>دستاویزات جمع ہو گئیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="99" />
            <source>Submitted</source>
            <translation>جمع کرا دیا گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="100" />
            <source>Under review</source>
            <translation>زیرِ غور</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="101" />
            <source>Approved</source>
            <translation>منظور</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="102" />
            <source>Paid</source>
            <translation>ادائیگی ہو گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="103" />
            <source>Rejected</source>
            <translation>مسترد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="104" />
            <source>0–1 days</source>
            <translation>0–1 دن</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="105" />
            <source>2–3 days</source>
            <translation>2–3 دن</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="106" />
            <source>4–7 days</source>
            <translation>4–7 دن</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="107" />
            <source>8–14 days</source>
            <translation>8–14 دن</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="108" />
            <source>15–30 days</source>
            <translation>15–30 دن</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="109" />
            <source>Over 30 days</source>
            <translation>30 دن سے زیادہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="110" />
            <source>Age not recorded</source>
            <translation>عمر درج نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="113" />
            <source>Victims by area and sex</source>
            <translation>متاثرین بلحاظ علاقہ اور جنس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="114" />
            <source>Victims by age band and sex</source>
            <translation>متاثرین بلحاظ عمر اور جنس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="115" />
            <source>Victims by category and sex</source>
            <translation>متاثرین بلحاظ قسم اور جنس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="116" />
            <source>Victims by type of attack and sex</source>
            <translation>متاثرین بلحاظ حملے کی قسم اور جنس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="118" />
            <source>Cases by area and status</source>
            <translation>کیس بلحاظ علاقہ اور حیثیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="119" />
            <source>Cases by type of attack and status</source>
            <translation>کیس بلحاظ حملے کی قسم اور حیثیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="121" />
            <source>Needs by domain and how far met</source>
            <translation>ضروریات بلحاظ شعبہ اور تکمیل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="122" />
            <source>Referrals by service type and outcome</source>
            <translation>ریفرل بلحاظ خدمت کی قسم اور نتیجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="124" />
            <source>Days to the provider's first answer</source>
            <translation>ادارے کے پہلے جواب تک دن</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="125" />
            <source>Overdue follow-ups and referrals</source>
            <translation>تاخیر والے فالو اپ اور ریفرل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="126" />
            <source>Compensation claims by scheme and status</source>
            <translation>معاوضے کے دعوے بلحاظ اسکیم اور حیثیت</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="349" />
            <source>%1 Q%2</source>
            <translation>‏%1 کی سہ ماہی ‎%2</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="351" />
            <source>This year</source>
            <translation>اس سال</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="352" />
            <source>All dates</source>
            <translation>تمام تاریخیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="353" />
            <source>Choose dates…</source>
            <translation>تاریخیں منتخب کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="358" />
            <source>by date of the incident</source>
            <translation>واقعے کی تاریخ کے لحاظ سے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="359" />
            <source>by date the case opened</source>
            <translation>کیس کھلنے کی تاریخ کے لحاظ سے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="372" />
            <source>&amp;Export…</source>
            <translation>ایکسپورٹ کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="377" />
            <source>Quarterly report (PDF)…</source>
            <translation>سہ ماہی رپورٹ (PDF)…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="378" />
            <source>Tables for a spreadsheet (XLSX)…</source>
            <translation>اسپریڈشیٹ کے لیے جدول (XLSX)…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="379" />
            <source>Tables as CSV…</source>
            <translation>جدول CSV کی شکل میں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="403" />
            <source>area</source>
            <translation>علاقہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="404" />
            <source>sex</source>
            <translation>جنس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="405" />
            <source>age band</source>
            <translation>عمر کا گروپ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="406" />
            <source>category</source>
            <translation>قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="407" />
            <source>type of attack</source>
            <translation>حملے کی قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="409" />
            <source>by</source>
            <translation>بلحاظ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="456" />
            <source>Charts</source>
            <translation>چارٹ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="457" />
            <source>Tables as exported</source>
            <translation>جدول، جیسے ایکسپورٹ ہوں گے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="463" />
            <source>Period</source>
            <translation>مدت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="464" />
            <source>Area</source>
            <translation>علاقہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="472" />
            <source>Reports</source>
            <translation>رپورٹس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="505" />
            <source>All provinces</source>
            <translation>تمام صوبے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="515" />
            <source>All districts</source>
            <translation>تمام اضلاع</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="593" />
            <source>Every office's cases</source>
            <translation>تمام دفاتر کے کیس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="594" />
            <source>Cases of the %1 office</source>
            <translation>‏%1 دفتر کے کیس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="608" />
            <source>victims</source>
            <translation>متاثرین</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="608" />
            <source>cases</source>
            <translation>کیس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="609" />
            <source>of %1 needs met</source>
            <translation>ضروریات پوری ہوئیں (کل ‎%1 میں سے)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="611" />
            <source>referrals</source>
            <translation>ریفرل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="612" />
            <source>days to answer (median)</source>
            <translation>دن میں جواب (درمیانی قدر)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="613" />
            <source>follow-ups overdue today</source>
            <translation>فالو اپ آج تاخیر میں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="614" />
            <source>referrals overdue today</source>
            <translation>ریفرل آج تاخیر میں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="615" />
            <source>of %1 claims paid</source>
            <translation>دعوے ادا ہوئے (کل ‎%1 میں سے)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="634" />
            <location filename="../victimcare/gui/pages/reports.py" line="638" />
            <location filename="../victimcare/gui/pages/reports.py" line="646" />
            <source>Victims</source>
            <translation>متاثرین</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="645" />
            <source>Victims (the %1 largest)</source>
            <translation>متاثرین (سب سے بڑے ‎%1)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="650" />
            <source>Needs: met and not yet met</source>
            <translation>ضروریات: پوری اور ابھی باقی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="656" />
            <source>Needs: met and not yet met (the %1 most common)</source>
            <translation>ضروریات: پوری اور ابھی باقی (سب سے عام ‎%1)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="658" />
            <source>Met</source>
            <translation>پوری ہو گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="659" />
            <source>Being worked on</source>
            <translation>کام جاری ہے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="660" />
            <source>Declined or no service</source>
            <translation>انکار یا خدمت دستیاب نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="665" />
            <source>Referrals by service type and outcome</source>
            <translation>ریفرل بلحاظ خدمت کی قسم اور نتیجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="676" />
            <source>Referrals by outcome (the %1 most used services)</source>
            <translation>ریفرل بلحاظ نتیجہ (سب سے زیادہ استعمال ہونے والی ‎%1 خدمات)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="678" />
            <source>Accepted or completed</source>
            <translation>قبول یا مکمل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="679" />
            <source>Waiting</source>
            <translation>منتظر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="680" />
            <source>Declined</source>
            <translation>انکار</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="681" />
            <source>Expired or cancelled</source>
            <translation>مدت ختم یا منسوخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="686" />
            <source>Days from letter to the provider's first answer</source>
            <translation>خط سے ادارے کے پہلے جواب تک دن</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="688" />
            <source>Referrals</source>
            <translation>ریفرلز</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="708" />
            <source>Exports show the tables like this: “&lt;%1” is a count from 1 to %2; “x” is hidden so that a small count cannot be worked out from the totals. The figures and charts use the full counts.</source>
            <translation>برآمد شدہ جدولیں یوں دکھتی ہیں: “‎&lt;%1” کا مطلب 1 سے ‎%2 تک کی گنتی ہے؛ “x” چھپایا گیا ہے تاکہ کوئی چھوٹی گنتی کل میزان سے معلوم نہ کی جا سکے۔ اعداد اور چارٹ پوری گنتی دکھاتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="713" />
            <source>This table is too small to show without giving a count away: exports leave every number out.</source>
            <translation>یہ جدول اتنا چھوٹا ہے کہ اسے دکھانے سے کوئی تعداد ظاہر ہو سکتی ہے: ایکسپورٹ میں اس کا کوئی عدد شامل نہیں ہوتا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="727" />
            <source>PDF report (*.pdf)</source>
            <translation>‏PDF رپورٹ (*.pdf)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="727" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>‏Excel ورک بک (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="728" />
            <source>CSV file (*.csv)</source>
            <translation>‏CSV فائل (*.csv)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="730" />
            <source>Save the statistics</source>
            <translation>اعداد و شمار محفوظ کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="740" />
            <source>Writing %1…</source>
            <translation>محفوظ ہو رہا ہے: ‎%1…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="746" />
            <source>Saved %1: %2 tables, small counts hidden.</source>
            <translation>‏%1 محفوظ ہو گئی: ‎%2 جدول، چھوٹی تعداد چھپا دی گئی۔</translation>
        </message>
    </context>
    <context>
        <name>RiskAssessmentDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="24" />
            <source>Assess risk</source>
            <translation>خطرے کا اندازہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="28" />
            <source>Current level</source>
            <translation>موجودہ سطح</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="29" />
            <source>Not yet rated</source>
            <translation>ابھی درجہ بندی نہیں ہوئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="30" />
            <source>&amp;New level</source>
            <translation>نئی سطح</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="34" />
            <source>&amp;Factors</source>
            <translation>عوامل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="35" />
            <source>Separate several factors with commas.</source>
            <translation>کئی عوامل کو کوما (,) سے الگ کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="36" />
            <source>&amp;Reasons</source>
            <translation>وجوہات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="51" />
            <source>A supervisor must approve this lower rating before it applies.</source>
            <translation>یہ کم درجہ بندی سپروائزر کی منظوری کے بعد ہی نافذ ہوگی۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="53" />
            <source>This rating applies now; a supervisor will review it.</source>
            <translation>یہ درجہ بندی ابھی سے نافذ ہے؛ سپروائزر اس کا جائزہ لے گا۔</translation>
        </message>
    </context>
    <context>
        <name>RiskReviewDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="75" />
            <source>Review risk rating</source>
            <translation>خطرے کی درجہ بندی کا جائزہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="78" />
            <source>Rating</source>
            <translation>درجہ بندی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="78" />
            <source>%1 (now %2)</source>
            <translation>‏%1 (اس وقت ‎%2)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="80" />
            <source>not rated</source>
            <translation>درجہ بندی نہیں ہوئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="81" />
            <source>Rated by</source>
            <translation>درجہ بندی کس نے کی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="82" />
            <source>Reasons</source>
            <translation>وجوہات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="84" />
            <source>Decision</source>
            <translation>فیصلہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="84" />
            <source>&amp;Approve</source>
            <translation>منظور کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="84" />
            <source>Re&amp;ject</source>
            <translation>مسترد کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="85" />
            <source>&amp;Comment</source>
            <translation>تبصرہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/risk.py" line="87" />
            <source>Needed when you reject the rating.</source>
            <translation>درجہ بندی مسترد کرنے پر ضروری ہے۔</translation>
        </message>
    </context>
    <context>
        <name>RiskTab</name>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="418" />
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="418" />
            <source>Level</source>
            <translation>سطح</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="418" />
            <source>Reasons</source>
            <translation>وجوہات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="418" />
            <source>Rated by</source>
            <translation>درجہ بندی کس نے کی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="419" />
            <source>Review</source>
            <translation>جائزہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="421" />
            <source>Re&amp;view…</source>
            <translation>جائزہ لیں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="422" />
            <source>&amp;Assess risk…</source>
            <translation>خطرے کا اندازہ لگائیں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="438" />
            <source>%1 by %2</source>
            <translation>‏%1، از ‎%2</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <location filename="../victimcare/gui/search_box.py" line="51" />
            <source>Search by name, CNIC, phone or case number (Ctrl+F)</source>
            <translation>نام، CNIC، فون یا کیس نمبر سے تلاش کریں (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/search_box.py" line="52" />
            <source>Search people and cases</source>
            <translation>افراد اور کیسز میں تلاش</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/search_box.py" line="53" />
            <source>Search results</source>
            <translation>تلاش کے نتائج</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/search_box.py" line="88" />
            <source>no case you can open</source>
            <translation>کوئی ایسا کیس نہیں جو آپ کھول سکیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/search_box.py" line="95" />
            <source>Nobody found. Try part of the name, or the CNIC.</source>
            <translation>کوئی نہیں ملا۔ نام کا کچھ حصہ یا CNIC لکھ کر دیکھیں۔</translation>
        </message>
    </context>
    <context>
        <name>ServiceRows</name>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="299" />
            <source>&amp;Add service</source>
            <translation>خدمت شامل کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="300" />
            <source>&amp;Remove service</source>
            <translation>خدمت ہٹائیں</translation>
        </message>
    </context>
    <context>
        <name>ServiceRowsModel</name>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="212" />
            <source>Service</source>
            <translation>خدمت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="212" />
            <source>Description</source>
            <translation>تفصیل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="223" />
            <source>(choose a service)</source>
            <translation>(خدمت منتخب کریں)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/provider_edit.py" line="229" />
            <source>Choose the kind of service.</source>
            <translation>خدمت کی قسم منتخب کریں۔</translation>
        </message>
    </context>
    <context>
        <name>SignInForm</name>
        <message>
            <location filename="../victimcare/gui/login.py" line="91" />
            <source>Too many wrong passwords. Try again in 1 second.</source>
            <translation>بہت زیادہ غلط پاس ورڈ۔ 1 سیکنڈ بعد دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="93" />
            <source>Too many wrong passwords. Try again in %1 seconds.</source>
            <translation>بہت زیادہ غلط پاس ورڈ۔ ‎%1 سیکنڈ بعد دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="181" />
            <source>&amp;Username</source>
            <translation>یوزر نیم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="182" />
            <source>&amp;Password</source>
            <translation>پاس ورڈ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="183" />
            <source>Username</source>
            <translation>یوزر نیم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="184" />
            <source>Password</source>
            <translation>پاس ورڈ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="185" />
            <source>Unlock</source>
            <translation>کھولیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="185" />
            <source>Sign in</source>
            <translation>سائن ان کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="186" />
            <source>Checking the password</source>
            <translation>پاس ورڈ کی جانچ ہو رہی ہے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="187" />
            <source>Still opening: after an update, the first sign-in brings the database up to date, which can take a minute or two when it holds many cases.</source>
            <translation>ابھی کھل رہا ہے: اپ ڈیٹ کے بعد پہلی بار سائن ان پر ڈیٹا بیس کو نئے ورژن کے مطابق کیا جاتا ہے، زیادہ کیسز ہوں تو اس میں ایک دو منٹ لگ سکتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="277" />
            <source>You need a new password before you can go on. Sign in again when you are ready to choose one.</source>
            <translation>آگے بڑھنے سے پہلے آپ کو نیا پاس ورڈ بنانا ہوگا۔ جب آپ نیا پاس ورڈ منتخب کرنے کے لیے تیار ہوں تو دوبارہ سائن ان کریں۔</translation>
        </message>
    </context>
    <context>
        <name>SpreadsheetView</name>
        <message>
            <location filename="../victimcare/gui/widgets/spreadsheet.py" line="127" />
            <source>Remove row</source>
            <translation>قطار ہٹائیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/spreadsheet.py" line="132" />
            <source>Paste rows</source>
            <translation>قطاریں چسپاں کریں</translation>
        </message>
    </context>
    <context>
        <name>StatsTableModel</name>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="203" />
            <source>A count from 1 to %1: too small to show.</source>
            <translation>1 سے ‎%1 تک کی تعداد: دکھانے کے لیے بہت چھوٹی۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="206" />
            <source>Hidden so that a small count cannot be worked out from the totals.</source>
            <translation>چھپایا گیا تاکہ میزان سے کوئی چھوٹی تعداد معلوم نہ کی جا سکے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="208" />
            <source>The whole table is too small to show without giving a count away.</source>
            <translation>پورا جدول اتنا چھوٹا ہے کہ اسے دکھانے سے کوئی تعداد ظاہر ہو سکتی ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/reports.py" line="221" />
            <location filename="../victimcare/gui/pages/reports.py" line="225" />
            <source>Total</source>
            <translation>کل</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="61" />
            <source>&amp;Export bundle…</source>
            <translation>بنڈل ایکسپورٹ کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="64" />
            <source>&amp;Import bundles…</source>
            <translation>بنڈل امپورٹ کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="67" />
            <source>&amp;Apply these bundles</source>
            <translation>یہ بنڈل لاگو کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="70" />
            <source>&amp;Trust new device…</source>
            <translation>نئی ڈیوائس پر اعتماد کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="73" />
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="86" />
            <location filename="../victimcare/gui/pages/sync.py" line="94" />
            <source>File</source>
            <translation>فائل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="86" />
            <source>From</source>
            <translation>کہاں سے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="86" />
            <source>Result</source>
            <translation>نتیجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="87" />
            <source>New</source>
            <translation>نئے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="87" />
            <source>Updated</source>
            <translation>تبدیل شدہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="87" />
            <source>Conflicts</source>
            <translation>تضادات</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="88" />
            <source>Possible duplicates</source>
            <translation>ممکنہ دہرے اندراج</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="93" />
            <source>When</source>
            <translation>کب</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="93" />
            <source>Direction</source>
            <translation>سمت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="93" />
            <source>Peer</source>
            <translation>دوسرا فریق</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="94" />
            <source>Changes</source>
            <translation>تبدیلیاں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="97" />
            <source>Send to:</source>
            <translation>کسے بھیجیں:</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="108" />
            <source>Sync</source>
            <translation>سنک</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="109" />
            <source>Bundles carry changes between this installation and the hub on a USB stick or by e-mail. They are encrypted for their recipient and signed; a damaged or forged bundle is refused and changes nothing.</source>
            <translation>بنڈل اس انسٹالیشن اور ہب کے درمیان تبدیلیاں USB اسٹک یا ای میل کے ذریعے لے جاتے ہیں۔ یہ وصول کنندہ کے لیے انکرپٹ اور دستخط شدہ ہوتے ہیں؛ خراب یا جعلی بنڈل رد کر دیا جاتا ہے اور اس سے کچھ تبدیل نہیں ہوتا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="117" />
            <source>Bundle history</source>
            <translation>بنڈلز کا ریکارڈ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="134" />
            <source>Hub (%1)</source>
            <translation>ہب (‎%1)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="141" />
            <source>sent</source>
            <translation>بھیجا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="141" />
            <source>received</source>
            <translation>وصول ہوا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="157" />
            <source>No recipient yet: set up sync with the hub first.</source>
            <translation>ابھی کوئی وصول کنندہ نہیں: پہلے ہب کے ساتھ سنک سیٹ اپ کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="169" />
            <source>Wrote %1: %2 changes.</source>
            <translation>‏%1 محفوظ ہو گیا: ‎%2 تبدیلیاں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="201" />
            <source>Refused</source>
            <translation>رد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="204" />
            <source>Ready to apply</source>
            <translation>لاگو کرنے کے لیے تیار</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="205" />
            <source>Applied</source>
            <translation>لاگو ہو گیا</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="206" />
            <source>Already imported</source>
            <translation>پہلے سے امپورٹ شدہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="216" />
            <source>Preview: nothing has been changed yet.</source>
            <translation>پیش منظر: ابھی کچھ تبدیل نہیں ہوا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="219" />
            <source>%1 bundles applied: %2 new, %3 updated, %4 conflicts.</source>
            <translation>‏%1 بنڈل لاگو ہوئے: ‎%2 نئے، ‎%3 تبدیل شدہ، ‎%4 تضادات۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="226" />
            <source>Warning: the audit trail of %1 is broken; report it.</source>
            <translation>انتباہ: ‎%1 کا آڈٹ ریکارڈ ٹوٹا ہوا ہے؛ اس کی اطلاع دیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="250" />
            <source>Trust new device</source>
            <translation>نئی ڈیوائس پر اعتماد کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="251" />
            <source>Phone the office %1 and ask them to read the fingerprint shown on their Sync page. Type it here:</source>
            <translation>دفتر ‎%1 کو فون کریں اور ان سے کہیں کہ اپنے سنک صفحے پر دکھایا گیا فنگر پرنٹ (شناختی کوڈ) پڑھ کر سنائیں۔ اسے یہاں لکھیں:</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="257" />
            <source>Where to write the bundle</source>
            <translation>بنڈل کہاں محفوظ کیا جائے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="261" />
            <source>Bundles to import</source>
            <translation>امپورٹ کرنے کے لیے بنڈل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/sync.py" line="262" />
            <source>VictimCare bundles (*.vcbundle)</source>
            <translation>‏VictimCare بنڈل (*.vcbundle)</translation>
        </message>
    </context>
    <context>
        <name>TransferAnswerDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="120" />
            <source>Accept transfer</source>
            <translation>منتقلی قبول کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="121" />
            <source>Decline transfer</source>
            <translation>منتقلی سے انکار کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="122" />
            <source>Withdraw transfer</source>
            <translation>منتقلی کی درخواست واپس لیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="126" />
            <source>Case</source>
            <translation>کیس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="127" />
            <source>From</source>
            <translation>کہاں سے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="128" />
            <source>To</source>
            <translation>کس دفتر کو</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="129" />
            <source>Reason</source>
            <translation>وجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="131" />
            <source>From now on your office works this case.</source>
            <translation>اب سے یہ کیس آپ کا دفتر دیکھے گا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="132" />
            <source>Say why, so that the other office can find the right place.</source>
            <translation>وجہ بتائیں، تاکہ دوسرا دفتر درست جگہ تلاش کر سکے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="133" />
            <source>The other office will no longer see the case.</source>
            <translation>دوسرا دفتر اب یہ کیس نہیں دیکھ سکے گا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="135" />
            <source>&amp;Comment</source>
            <translation>تبصرہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="137" />
            <source>Accept case</source>
            <translation>کیس قبول کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="138" />
            <source>Decline</source>
            <translation>انکار کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="139" />
            <source>Withdraw</source>
            <translation>واپس لیں</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="76" />
            <source>Transfer case</source>
            <translation>کیس منتقل کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="79" />
            <source>Case</source>
            <translation>کیس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="81" />
            <source>&amp;To office</source>
            <translation>کس دفتر کو</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="81" />
            <source>Choose an office</source>
            <translation>دفتر منتخب کریں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="84" />
            <source>&amp;Reason</source>
            <translation>وجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="85" />
            <source>The other office reads this before it decides.</source>
            <translation>دوسرا دفتر فیصلے سے پہلے یہ پڑھے گا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="87" />
            <source>The case stays with your office until the other office accepts it; after that your office keeps a copy that can only be read. The request travels with the next sync bundles.</source>
            <translation>جب تک دوسرا دفتر کیس قبول نہ کرے، یہ آپ کے دفتر کے پاس رہے گا؛ اس کے بعد آپ کے دفتر کے پاس اس کی صرف پڑھنے کے لیے نقل رہے گی۔ یہ درخواست اگلے سنک بنڈلز کے ساتھ جائے گی۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="90" />
            <source>Request transfer</source>
            <translation>منتقلی کی درخواست کریں</translation>
        </message>
    </context>
    <context>
        <name>Transfers</name>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="23" />
            <source>Waiting for an answer</source>
            <translation>جواب کا انتظار</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="24" />
            <source>Accepted</source>
            <translation>قبول</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="25" />
            <source>Declined</source>
            <translation>انکار</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="26" />
            <source>Withdrawn</source>
            <translation>واپس لی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="29" />
            <source>The case is already with this office.</source>
            <translation>کیس پہلے ہی اس دفتر کے پاس ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="30" />
            <source>This office is not known here.</source>
            <translation>یہ دفتر یہاں معلوم نہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="48" />
            <source>A transfer of this case is already waiting for an answer.</source>
            <translation>اس کیس کی منتقلی کی ایک درخواست پہلے سے جواب کی منتظر ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="50" />
            <source>This case was transferred to another office. It can only be read here.</source>
            <translation>یہ کیس دوسرے دفتر کو منتقل ہو چکا ہے۔ یہاں اسے صرف پڑھا جا سکتا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="52" />
            <source>This case is offered to your office. Accept it before working on it.</source>
            <translation>یہ کیس آپ کے دفتر کو پیش کیا گیا ہے۔ اس پر کام کرنے سے پہلے اسے قبول کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/transfer.py" line="53" />
            <source>This transfer has already been answered.</source>
            <translation>اس منتقلی کا جواب پہلے ہی دیا جا چکا ہے۔</translation>
        </message>
    </context>
    <context>
        <name>TransfersPage</name>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="40" />
            <location filename="../victimcare/gui/pages/transfers.py" line="43" />
            <source>Case</source>
            <translation>کیس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="40" />
            <location filename="../victimcare/gui/pages/transfers.py" line="43" />
            <source>Person</source>
            <translation>فرد</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="40" />
            <location filename="../victimcare/gui/pages/transfers.py" line="43" />
            <source>From</source>
            <translation>کہاں سے</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="40" />
            <location filename="../victimcare/gui/pages/transfers.py" line="44" />
            <source>Reason</source>
            <translation>وجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="41" />
            <source>Asked by</source>
            <translation>درخواست کس نے کی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="41" />
            <source>Asked on</source>
            <translation>درخواست کی تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="41" />
            <location filename="../victimcare/gui/pages/transfers.py" line="44" />
            <source>State</source>
            <translation>کیفیت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="43" />
            <source>To</source>
            <translation>کس دفتر کو</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="44" />
            <source>Answer</source>
            <translation>جواب</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="45" />
            <source>&amp;Accept…</source>
            <translation>قبول کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="48" />
            <source>&amp;Decline…</source>
            <translation>انکار کریں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="50" />
            <source>&amp;Open case</source>
            <translation>کیس کھولیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="52" />
            <source>&amp;Withdraw…</source>
            <translation>واپس لیں…</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="54" />
            <source>O&amp;pen case</source>
            <translation>کیس کھولیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="64" />
            <source>Transfers</source>
            <translation>کیسز کی منتقلی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="66" />
            <location filename="../victimcare/gui/pages/transfers.py" line="157" />
            <source>Cases offered to your office. You can open a case to read it before you answer.</source>
            <translation>آپ کے دفتر کو پیش کیے گئے کیسز۔ جواب دینے سے پہلے آپ کیس کھول کر پڑھ سکتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="74" />
            <location filename="../victimcare/gui/pages/transfers.py" line="167" />
            <source>Cases your office offered to another office</source>
            <translation>آپ کے دفتر کی طرف سے دوسرے دفاتر کو پیش کیے گئے کیسز</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="156" />
            <source>No case is offered to your office.</source>
            <translation>آپ کے دفتر کو کوئی کیس پیش نہیں کیا گیا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="162" />
            <source>No case has moved between offices yet.</source>
            <translation>ابھی تک کوئی کیس ایک دفتر سے دوسرے دفتر منتقل نہیں ہوا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="163" />
            <source>All transfers between offices</source>
            <translation>دفاتر کے درمیان کیسز کی تمام منتقلیاں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="166" />
            <source>Your office has offered no case to another office.</source>
            <translation>آپ کے دفتر نے کسی دوسرے دفتر کو کوئی کیس پیش نہیں کیا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="204" />
            <source>Accepted: case %1 is now worked by your office.</source>
            <translation>قبول: کیس ‎%1 اب آپ کا دفتر دیکھے گا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="205" />
            <source>Declined: case %1 stays with the other office.</source>
            <translation>انکار: کیس ‎%1 دوسرے دفتر کے پاس رہے گا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/pages/transfers.py" line="206" />
            <source>Withdrawn: case %1 stays with your office.</source>
            <translation>واپس لی گئی: کیس ‎%1 آپ کے دفتر کے پاس رہے گا۔</translation>
        </message>
    </context>
    <context>
        <name>VictimGrid</name>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="68" />
            <source>Family no.</source>
            <translation>خاندان نمبر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="69" />
            <source>Family number. Rows with the same number are one family and become one case; the family's first row is its principal person.</source>
            <translation>خاندان نمبر۔ ایک ہی نمبر والی قطاریں ایک خاندان ہیں اور ایک کیس بنتی ہیں؛ خاندان کی پہلی قطار اس کا مرکزی فرد ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="72" />
            <source>Relation</source>
            <translation>رشتہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="74" />
            <source>Relationship to the family's principal person</source>
            <translation>خاندان کے مرکزی فرد سے رشتہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="75" />
            <source>Given name</source>
            <translation>پہلا نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="76" />
            <source>Family name</source>
            <translation>خاندانی نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="77" />
            <source>Name in Urdu</source>
            <translation>اردو میں نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="78" />
            <source>Father/husband</source>
            <translation>والد/شوہر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="79" />
            <source>Father's or husband's name</source>
            <translation>والد یا شوہر کا نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="80" />
            <source>S/D/W of</source>
            <translation>ولد/بنت/زوجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="82" />
            <source>Son of, daughter of or wife of</source>
            <translation>ولد، بنت یا زوجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="83" />
            <source>Sex</source>
            <translation>جنس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="84" />
            <source>Age / born</source>
            <translation>عمر / پیدائش</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="86" />
            <source>Age in years, or date of birth as YYYY-MM-DD</source>
            <translation>عمر سالوں میں، یا تاریخ پیدائش YYYY-MM-DD کی شکل میں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="87" />
            <source>CNIC</source>
            <translation>‏CNIC</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="88" />
            <source>Mobile</source>
            <translation>موبائل</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="89" />
            <source>Category</source>
            <translation>قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="91" />
            <source>Victim category</source>
            <translation>متاثرہ فرد کی قسم</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="92" />
            <source>Harm</source>
            <translation>نقصان</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="93" />
            <source>Dep.</source>
            <translation>زیرِ کفالت</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="94" />
            <source>Dependant of the principal person</source>
            <translation>مرکزی فرد کی کفالت میں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="95" />
            <source>Heir</source>
            <translation>وارث</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="96" />
            <source>Legal heir of the principal person</source>
            <translation>مرکزی فرد کا قانونی وارث</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="103" />
            <source>Enter an age in years (e.g. 42) or a date of birth (YYYY-MM-DD).</source>
            <translation>عمر سالوں میں (مثلاً 42) یا تاریخ پیدائش (YYYY-MM-DD) لکھیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="105" />
            <source>Enter a family number: 1, 2, 3 …</source>
            <translation>خاندان نمبر لکھیں: 1، 2، 3 …</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/models/victim_grid.py" line="241" />
            <source>Principal</source>
            <translation>مرکزی</translation>
        </message>
    </context>
    <context>
        <name>WithdrawConsentDialog</name>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="118" />
            <source>Withdraw consent</source>
            <translation>رضامندی واپس لیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="121" />
            <source>Consent</source>
            <translation>رضامندی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="122" />
            <source>&amp;Reason</source>
            <translation>وجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="124" />
            <source>Withdrawn &amp;on</source>
            <translation>واپس لینے کی تاریخ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/consent.py" line="126" />
            <source>Withdraw</source>
            <translation>واپس لیں</translation>
        </message>
    </context>
    <context>
        <name>_PersonForm</name>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="43" />
            <source>&amp;Given name</source>
            <translation>پہلا نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="45" />
            <source>&amp;Family name</source>
            <translation>خاندانی نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="47" />
            <source>Name in &amp;Urdu</source>
            <translation>اردو میں نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="50" />
            <source>S/o, D/o or W/o</source>
            <translation>ولد، بنت یا زوجہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="52" />
            <source>Father's or &amp;husband's name</source>
            <translation>والد یا شوہر کا نام</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="56" />
            <source>Father's or husband's name in Urdu</source>
            <translation>والد یا شوہر کا نام اردو میں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="58" />
            <source>&amp;Sex</source>
            <translation>جنس</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="61" />
            <source>Date of &amp;birth</source>
            <translation>تاریخ پیدائش</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="62" />
            <source>Tick “Unknown” and give an age if only that is known.</source>
            <translation>اگر صرف عمر معلوم ہو تو “معلوم نہیں” پر نشان لگائیں اور عمر لکھیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="67" />
            <source>Not known</source>
            <translation>معلوم نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="69" />
            <source>&amp;Age (about)</source>
            <translation>عمر (تقریباً)</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/dialogs/person.py" line="72" />
            <source>&amp;CNIC</source>
            <translation>‏CNIC</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>ٹھیک ہے</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>محفوظ کریں</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>سب محفوظ کریں</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>کھولیں</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ہاں</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>سب کے لیے ہاں</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>نہیں</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>سب کے لیے نہیں</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>روکیں</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>دوبارہ کوشش کریں</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>نظر انداز کریں</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>چھوڑ دیں</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>مدد</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>لاگو کریں</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>دوبارہ ترتیب دیں</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>اصل ترتیبات بحال کریں</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>واپس لیں</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>دوبارہ کریں</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>کاٹیں</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>کاپی کریں</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>چسپاں کریں</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف کریں</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>سب منتخب کریں</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>واپس لیں</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>دوبارہ کریں</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>کاٹیں</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>کاپی کریں</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>لنک کا پتہ کاپی کریں</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>چسپاں کریں</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف کریں</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>سب منتخب کریں</translation>
        </message>
    </context>
    <context>
        <name>PasswordFields</name>
        <message>
            <location filename="../victimcare/gui/login.py" line="430" />
            <source>&amp;New password</source>
            <translation>نیا پاس ورڈ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="431" />
            <source>&amp;Repeat new password</source>
            <translation>نیا پاس ورڈ دوبارہ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="432" />
            <source>New password</source>
            <translation>نیا پاس ورڈ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="433" />
            <source>Repeat new password</source>
            <translation>نیا پاس ورڈ دوبارہ لکھیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="434" />
            <source>At least 10 characters</source>
            <translation>کم از کم 10 حروف</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/login.py" line="445" />
            <source>The two new passwords are not the same.</source>
            <translation>دونوں نئے پاس ورڈ ایک جیسے نہیں۔</translation>
        </message>
    </context>
    <context>
        <name>CaseTabs</name>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="472" />
            <source>Withdrawn on %1</source>
            <translation>‏%1 کو واپس لی گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="474" />
            <source>Expired on %1</source>
            <translation>‏%1 کو ختم ہو گئی</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="476" />
            <source>Valid until %1</source>
            <translation>‏%1 تک مؤثر</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="477" />
            <source>Valid, no end date</source>
            <translation>مؤثر، کوئی آخری تاریخ نہیں</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="742" />
            <source>%1 bytes</source>
            <translation>‏%1 بائٹ</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="744" />
            <source>%1 KB</source>
            <translation>‏%1 KB</translation>
        </message>
        <message>
            <location filename="../victimcare/gui/widgets/case_tabs.py" line="745" />
            <source>%1 MB</source>
            <translation>‏%1 MB</translation>
        </message>
    </context>
    <context>
        <name>BundleReasons</name>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="13" />
            <source>The bundle was refused.</source>
            <translation>بنڈل مسترد کر دیا گیا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="14" />
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="17" />
            <source>The bundle is larger than this program accepts. Ask the office to export again; if it keeps happening, report it.</source>
            <translation>یہ بنڈل اس پروگرام کی حد سے بڑا ہے۔ دفتر سے دوبارہ ایکسپورٹ کرنے کو کہیں؛ اگر بار بار ایسا ہو تو اس کی اطلاع دیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="19" />
            <source>This file is not a VictimCare bundle. Check that the right file was copied.</source>
            <translation>یہ فائل VictimCare کا بنڈل نہیں۔ جانچ لیں کہ درست فائل کاپی کی گئی ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="21" />
            <source>The bundle file is incomplete (cut short while copying). Copy it again from the sender.</source>
            <translation>بنڈل کی فائل نامکمل ہے (کاپی کرتے وقت ادھوری رہ گئی)۔ بھیجنے والے سے اسے دوبارہ کاپی کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="23" />
            <source>The bundle was written by a newer VictimCare. Update this installation, then import it again.</source>
            <translation>یہ بنڈل VictimCare کے نئے ورژن نے لکھا ہے۔ اس انسٹالیشن کو اپ ڈیٹ کریں، پھر اسے دوبارہ امپورٹ کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="25" />
            <source>The bundle's header is damaged or forged. Ask the sender for a new bundle.</source>
            <translation>بنڈل کا ہیڈر خراب یا جعلی ہے۔ بھیجنے والے سے نیا بنڈل مانگیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="27" />
            <source>The bundle's header is damaged. Copy the file again or ask the sender for a new bundle.</source>
            <translation>بنڈل کا ہیڈر خراب ہے۔ فائل دوبارہ کاپی کریں یا بھیجنے والے سے نیا بنڈل مانگیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="29" />
            <source>The bundle comes from a device this installation has not enrolled. Phone the office, compare the fingerprint, then trust the device.</source>
            <translation>یہ بنڈل ایسی ڈیوائس سے آیا ہے جو اس انسٹالیشن میں درج نہیں۔ دفتر کو فون کریں، فنگر پرنٹ کا موازنہ کریں، پھر ڈیوائس پر اعتماد کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="31" />
            <source>The device that wrote this bundle has been revoked. Its bundles are no longer accepted.</source>
            <translation>یہ بنڈل لکھنے والی ڈیوائس منسوخ کی جا چکی ہے۔ اس کے بنڈل اب قبول نہیں کیے جاتے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="33" />
            <source>This bundle was written by this installation itself.</source>
            <translation>یہ بنڈل اسی انسٹالیشن نے لکھا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="34" />
            <source>This kind of bundle cannot be imported here (an office bundle goes to the hub, a return bundle to its office).</source>
            <translation>اس قسم کا بنڈل یہاں امپورٹ نہیں ہو سکتا (دفتر کا بنڈل ہب کو جاتا ہے، واپسی کا بنڈل اپنے دفتر کو)۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="36" />
            <source>The bundle's signature does not match its sender: it was altered or forged. Do not use it; ask the sender for a new bundle.</source>
            <translation>بنڈل کے دستخط بھیجنے والے سے مطابقت نہیں رکھتے: اسے بدلا گیا یا جعلی بنایا گیا ہے۔ اسے استعمال نہ کریں؛ بھیجنے والے سے نیا بنڈل مانگیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="38" />
            <source>This device id is already enrolled with different keys. Do not trust it before you have phoned the office.</source>
            <translation>یہ ڈیوائس آئی ڈی پہلے سے دوسری کلیدوں کے ساتھ درج ہے۔ دفتر کو فون کرنے سے پہلے اس پر اعتماد نہ کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="40" />
            <source>The bundle was written for another installation. Send it to the right recipient.</source>
            <translation>یہ بنڈل کسی دوسری انسٹالیشن کے لیے لکھا گیا ہے۔ اسے درست وصول کنندہ کو بھیجیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="42" />
            <source>The bundle could not be decrypted: it was altered, or written for another installation.</source>
            <translation>بنڈل ڈی کرپٹ نہیں ہو سکا: اسے بدلا گیا ہے، یا یہ کسی دوسری انسٹالیشن کے لیے لکھا گیا ہے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="44" />
            <source>The bundle's contents do not match its header. Ask the sender for a new bundle.</source>
            <translation>بنڈل کا مواد اس کے ہیڈر سے مطابقت نہیں رکھتا۔ بھیجنے والے سے نیا بنڈل مانگیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="46" />
            <source>The bundle's contents are damaged. Ask the sender for a new bundle.</source>
            <translation>بنڈل کا مواد خراب ہے۔ بھیجنے والے سے نیا بنڈل مانگیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="47" />
            <source>The bundle unpacks to more than it declares (a compression bomb). It was refused; report it.</source>
            <translation>بنڈل کھلنے پر اپنے اعلان سے زیادہ بڑا ہو جاتا ہے (کمپریشن بم)۔ اسے مسترد کر دیا گیا؛ اس کی اطلاع دیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="49" />
            <source>A record in the bundle is not readable. Ask the sender for a new bundle and report it.</source>
            <translation>بنڈل کا ایک ریکارڈ پڑھا نہیں جا سکتا۔ بھیجنے والے سے نیا بنڈل مانگیں اور اس کی اطلاع دیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="51" />
            <source>A record in the bundle has an invalid value. Nothing was imported; report it with the details shown.</source>
            <translation>بنڈل کے ایک ریکارڈ میں غلط اندراج ہے۔ کچھ بھی امپورٹ نہیں ہوا؛ دکھائی گئی تفصیلات کے ساتھ اس کی اطلاع دیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="53" />
            <source>The bundle holds records of another office. Nothing was imported; report it.</source>
            <translation>اس بنڈل میں کسی دوسرے دفتر کے ریکارڈ ہیں۔ کچھ بھی امپورٹ نہیں ہوا؛ اس کی اطلاع دیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="55" />
            <source>The bundle changes a record this installation does not have. Import the office's earlier bundles first, or ask for a new bundle.</source>
            <translation>یہ بنڈل ایسے ریکارڈ کو بدلتا ہے جو اس انسٹالیشن میں موجود نہیں۔ پہلے دفتر کے پچھلے بنڈل امپورٹ کریں، یا نیا بنڈل مانگیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="57" />
            <source>The bundle refers to records this installation does not have. Import the earlier bundles first, or ask for a new bundle.</source>
            <translation>یہ بنڈل ایسے ریکارڈز کا حوالہ دیتا ہے جو اس انسٹالیشن میں موجود نہیں۔ پہلے پچھلے بنڈل امپورٹ کریں، یا نیا بنڈل مانگیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="59" />
            <source>The bundle's records clash with records here (for example the same user name twice). Nothing was imported; report it.</source>
            <translation>بنڈل کے ریکارڈ یہاں کے ریکارڈز سے ٹکراتے ہیں (مثلاً ایک ہی یوزر نیم دو بار)۔ کچھ بھی امپورٹ نہیں ہوا؛ اس کی اطلاع دیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="61" />
            <source>This installation has no device keys yet. Sign in again or set up sync first.</source>
            <translation>اس انسٹالیشن کی ابھی کوئی ڈیوائس کلیدیں نہیں۔ دوبارہ سائن ان کریں یا پہلے سنک سیٹ اپ کریں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="63" />
            <source>The file could not be read. Check the USB stick or the file's location.</source>
            <translation>فائل پڑھی نہیں جا سکی۔ USB اسٹک یا فائل کا مقام جانچیں۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="64" />
            <source>The organisation profile is damaged or not signed by its hub.</source>
            <translation>تنظیم کا پروفائل خراب ہے یا اس کے ہب نے اس پر دستخط نہیں کیے۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="65" />
            <source>Stopped. Nothing was changed.</source>
            <translation>روک دیا گیا۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="71" />
            <source>file</source>
            <translation>فائل</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="71" />
            <source>line</source>
            <translation>سطر</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="71" />
            <source>table</source>
            <translation>جدول</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="71" />
            <source>field</source>
            <translation>خانہ</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="71" />
            <source>detail</source>
            <translation>تفصیل</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="72" />
            <source>office</source>
            <translation>دفتر</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="72" />
            <source>fingerprint</source>
            <translation>فنگر پرنٹ</translation>
        </message>
        <message>
            <location filename="../victimcare/services/sync/reasons.py" line="72" />
            <source>version</source>
            <translation>ورژن</translation>
        </message>
    </context>
</TS>
