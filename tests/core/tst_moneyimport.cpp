// Tables of money: the public AML samples (AMLSim, cider) with their row counts and exact sums,
// the IBM AML and PaySim layouts, bank statements in English, Thai (windows-874, Buddhist-era
// dates), Vietnamese and Chinese (an XLSX workbook the test writes), a mapping given as a file and
// then matched from the case, and rows that cannot be read.

#include "core/ingest/importservice.h"
#include "core/ingest/tablemapping.h"
#include "core/ingest/tablereader.h"
#include "core/store/casestore.h"
#include "tests/common/fixtures.h"
#include "tests/common/zipwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <unicode/ucnv.h>

using namespace sg;
using test::scalar;

namespace {

QString copySample(const QString &relative, const QString &dir)
{
    const QString source = test::samplesDir() + QStringLiteral("/transactions/") + relative;
    const QString target = QDir(dir).filePath(QFileInfo(source).fileName());
    QFile::copy(source, target);
    return target;
}

// The sum of a column of decimal amounts, in cents, computed from the text alone.
qint64 centsOfColumn(const QString &path, int column)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    f.readLine();
    qint64 total = 0;
    while (!f.atEnd()) {
        const QList<QByteArray> fields = f.readLine().trimmed().split(',');
        const QByteArray v = fields.value(column);
        const qsizetype dot = v.indexOf('.');
        const QByteArray cents = dot < 0 ? v + "00" : v.left(dot) + (v.mid(dot + 1) + "00").left(2);
        total += cents.toLongLong();
    }
    return total;
}

QByteArray encode(const QString &text, const char *encoding)
{
    UErrorCode error = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(encoding, &error);
    QByteArray out(text.size() * 4 + 16, Qt::Uninitialized);
    const int length = ucnv_fromUChars(converter, out.data(), int(out.size()), reinterpret_cast<const UChar *>(text.utf16()), int(text.size()), &error);
    ucnv_close(converter);
    out.resize(length);
    return out;
}

// A minimal XLSX workbook: shared strings, a date style, numbers, inline strings.
struct Cell
{
    enum Kind { Text, Number, Date, Inline } kind = Text;
    QString value;
};
Cell text(const QString &v) { return {Cell::Text, v}; }
Cell number(const QString &v) { return {Cell::Number, v}; }
Cell date(const QString &serial) { return {Cell::Date, serial}; }
Cell inlineText(const QString &v) { return {Cell::Inline, v}; }

QByteArray workbook(const QList<std::pair<QString, QList<QList<Cell>>>> &sheets)
{
    QStringList strings;
    auto escape = [](QString s) { return s.replace(QLatin1Char('&'), QStringLiteral("&amp;")).replace(QLatin1Char('<'), QStringLiteral("&lt;")); };
    QList<test::ZipMember> members;
    QString book = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
    QString rels = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int s = 0; s < sheets.size(); ++s) {
        book += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>").arg(sheets[s].first).arg(s + 1);
        rels += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                               "Target=\"worksheets/sheet%1.xml\"/>").arg(s + 1);
        QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < sheets[s].second.size(); ++r) {
            xml += QStringLiteral("<row r=\"%1\">").arg(r + 1);
            const auto &row = sheets[s].second[r];
            for (int c = 0; c < row.size(); ++c) {
                const QString ref = QString(QChar('A' + c)) + QString::number(r + 1);
                const Cell &cell = row[c];
                if (cell.value.isEmpty())
                    continue;
                switch (cell.kind) {
                case Cell::Text:
                    xml += QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>").arg(ref).arg(strings.size());
                    strings << cell.value;
                    break;
                case Cell::Number:
                    xml += QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(ref, cell.value);
                    break;
                case Cell::Date:
                    xml += QStringLiteral("<c r=\"%1\" s=\"1\"><v>%2</v></c>").arg(ref, cell.value);
                    break;
                case Cell::Inline:
                    xml += QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(ref, escape(cell.value));
                    break;
                }
            }
            xml += QStringLiteral("</row>");
        }
        xml += QStringLiteral("</sheetData></worksheet>");
        members << test::ZipMember{QStringLiteral("xl/worksheets/sheet%1.xml").arg(s + 1), xml.toUtf8()};
    }
    book += QStringLiteral("</sheets></workbook>");
    rels += QStringLiteral("</Relationships>");
    QString shared = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (const QString &s : std::as_const(strings))
        shared += QStringLiteral("<si><t>%1</t><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></si>").arg(escape(s));
    shared += QStringLiteral("</sst>");
    const QString styles = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\\ hh:mm\"/></numFmts>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
        "<cellXfs count=\"2\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"164\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
    members << test::ZipMember{QStringLiteral("[Content_Types].xml"), "<?xml version=\"1.0\"?><Types/>"}
            << test::ZipMember{QStringLiteral("xl/workbook.xml"), book.toUtf8()}
            << test::ZipMember{QStringLiteral("xl/_rels/workbook.xml.rels"), rels.toUtf8()}
            << test::ZipMember{QStringLiteral("xl/sharedStrings.xml"), shared.toUtf8()}
            << test::ZipMember{QStringLiteral("xl/styles.xml"), styles.toUtf8()};
    return test::makeZip(members);
}

qint64 account(CaseStore &store, const QString &key)
{
    return scalar(store, QStringLiteral("SELECT coalesce((SELECT id FROM entities WHERE type = 'account' AND key = '%1'), -1)").arg(key));
}

} // namespace

class tst_MoneyImport : public QObject
{
    Q_OBJECT

private slots:
    void amlsimSamples()
    {
        if (!QFileInfo::exists(test::samplesDir() + QStringLiteral("/transactions/amlsim/tx.csv")))
            QSKIP("../shared/samples/transactions is not here");
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        ImportService service(*store);
        const QString tx = copySample(QStringLiteral("amlsim/tx.csv"), dir.path());
        auto outcome = service.importFile(tx, {});
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->source.format, QStringLiteral("money-table"));
        QCOMPARE(outcome->report.rows, qint64(45)); // the README's count
        QCOMPARE(outcome->report.events, qint64(45));
        QVERIFY(outcome->report.rejected.isEmpty());
        // Exact money: the sum of the column as text, in cents.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT sum(amount_minor) FROM events WHERE currency = 'USD'")), centsOfColumn(tx, 5));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT sum(total_minor) FROM link_amounts WHERE currency = 'USD'")), centsOfColumn(tx, 5));
        // Row 2: TXN 2, account 15 pays account 25 125.05 by check on day 1 after 2017-01-01.
        const qint64 day1 = QDateTime(QDate(2017, 1, 2), QTime(0, 0), QTimeZone("Asia/Phnom_Penh")).toMSecsSinceEpoch();
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 AND to_entity = %2 AND amount_text = '125.05' "
                                               "AND utc_ms = %3 AND body LIKE 'CHECK%' AND locator = 'tx.csv:line=2'")
                                    .arg(account(*store, QStringLiteral("AMLSIM:15"))).arg(account(*store, QStringLiteral("AMLSIM:25"))).arg(day1)),
                 qint64(1));

        auto cash = service.importFile(copySample(QStringLiteral("amlsim/cash_tx.csv"), dir.path()), {});
        SG_VERIFY_OK(cash);
        QCOMPARE(cash->report.events, qint64(88));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE source_id = %1 AND to_entity IS NULL").arg(cash->source.id)), qint64(88));
        QVERIFY(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE source_id = %1 AND direction = 'out' AND body LIKE 'CASH-OUT%'")
                           .arg(cash->source.id)) > 0);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE source_id = %1 AND direction = 'in' AND body NOT LIKE 'CASH-IN%'")
                            .arg(cash->source.id)),
                 qint64(0));
    }

    void ciderMobileMoney()
    {
        if (!QFileInfo::exists(test::samplesDir() + QStringLiteral("/transactions/cider/mobilemoney.csv")))
            QSKIP("../shared/samples/transactions is not here");
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        ImportService service(*store);
        auto outcome = service.importFile(copySample(QStringLiteral("cider/mobilemoney.csv"), dir.path()), {});
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->report.events, qint64(10000));
        // Leading zeros of the wallet ids are kept.
        QVERIFY(account(*store, QStringLiteral("MOBILE MONEY:00180231659")) > 0);
        // The first row: 55.163313343557675 read as 55.16, to its recipient.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT amount_minor FROM events WHERE locator = 'mobilemoney.csv:line=2'")), qint64(5516));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE locator = 'mobilemoney.csv:line=3' AND to_entity IS NULL AND direction = 'out'")),
                 qint64(1));
        QVERIFY(outcome->report.notes.join(QLatin1Char('\n')).contains(QStringLiteral("rounded")));
    }

    void ibmAmlLayoutWithRepeatedHeaders()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString path = test::writeFile(dir.path(), QStringLiteral("HI-Small_Trans.csv"),
                                             "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format,Is Laundering\n"
                                             "2022/09/01 00:20,010,8000EBD30,010,8000EBD30,3697.34,US Dollar,3697.34,US Dollar,Reinvestment,0\n"
                                             "2022/09/01 00:20,03208,8000F4580,001,8000F5340,0.01,US Dollar,0.01,US Dollar,Cheque,0\n"
                                             "2022/09/01 00:00,03209,8000F4670,03209,8000F4670,14675.57,Euro,14675.57,Euro,Reinvestment,0\n"
                                             "2022/09/02 13:05,0118,81A1B4B40,0118,81A1B4B40,0.00234556,Bitcoin,0.00234556,Bitcoin,Bitcoin,1\n");
        ImportService service(*store);
        auto outcome = service.importFile(path, {});
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->report.events, qint64(4));
        // The second "Account" column is the receiver's.
        const qint64 from = account(*store, QStringLiteral("03208:8000F4580"));
        const qint64 to = account(*store, QStringLiteral("001:8000F5340"));
        QVERIFY(from > 0 && to > 0);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT amount_minor FROM events WHERE from_entity = %1 AND to_entity = %2").arg(from).arg(to)), qint64(1));
        // Totals are kept per currency, bitcoin to the satoshi.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT total_minor FROM link_amounts WHERE currency = 'BTC'")), qint64(234556));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT total_minor FROM link_amounts WHERE currency = 'EUR'")), qint64(1467557));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(DISTINCT currency) FROM events")), qint64(3));
        auto links = store->linksAmong({from, to});
        SG_VERIFY_OK(links);
        QCOMPARE(links->size(), 1);
        QCOMPARE(links->first().amounts.size(), 1);
        QCOMPARE(links->first().amounts.first().decimal(), QStringLiteral("0.01"));
    }

    void paySimSteps()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString path = test::writeFile(dir.path(), QStringLiteral("paysim.csv"),
                                             "step,type,amount,nameOrig,oldbalanceOrg,newbalanceOrig,nameDest,oldbalanceDest,newbalanceDest,isFraud,isFlaggedFraud\n"
                                             "1,PAYMENT,9839.64,C1231006815,170136.0,160296.36,M1979787155,0.0,0.0,0,0\n"
                                             "25,TRANSFER,181.0,C1305486145,181.0,0.0,C553264065,0.0,0.0,1,0\n");
        ImportService service(*store);
        auto outcome = service.importFile(path, {});
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->report.events, qint64(2));
        // Step 25 is a day after step 1.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT max(utc_ms) - min(utc_ms) FROM events")), qint64(24 * 3600 * 1000));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT amount_minor FROM events WHERE body LIKE 'TRANSFER%'")), qint64(18100));
    }

    void englishStatementWithPreambleAndTotals()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString path = test::writeFile(dir.path(), QStringLiteral("statement.csv"),
                                             "ABA Bank - Account Statement\n"
                                             "Account No: 000 123 456\n"
                                             "Period: 01/03/2024 - 31/03/2024\n"
                                             "\n"
                                             "Date,Description,Beneficiary Account,Beneficiary Name,Debit,Credit,Balance\n"
                                             "05/03/2024 09:15,Transfer to mule,001 222 333,SOK DARA,\"1,500.00\",,\"8,500.00\"\n"
                                             "05/03/2024 09:40,Transfer in,009 888 777,CHAN VIBOL,,\"12,000.50\",\"20,500.50\"\n"
                                             "13/03/2024 18:00,ATM withdrawal,,,(200.00),,\"20,300.50\"\n"
                                             "14/03/2024,Bad amount row,001 222 333,,abc,,\n"
                                             "31/02/2024,Impossible date,001 222 333,,5.00,,\n"
                                             ",Total,,,\"1,705.00\",\"12,000.50\",\n");
        ImportService service(*store);
        auto outcome = service.importFile(path, ImportOptions::forRegion(QStringLiteral("KH"), QStringLiteral("Asia/Phnom_Penh")));
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->report.events, qint64(3));
        QCOMPARE(outcome->report.rejected.size(), 2);
        QCOMPARE(outcome->report.rejected.at(0).line, qint64(9));
        QVERIFY(outcome->report.rejected.at(0).message.contains(QStringLiteral("abc")));
        QCOMPARE(outcome->report.rejected.at(1).line, qint64(10));
        QCOMPARE(outcome->report.trailerLines, qint64(1));
        QCOMPARE(outcome->report.preambleLines, qint64(4));
        const qint64 holder = account(*store, QStringLiteral("000123456"));
        const qint64 mule = account(*store, QStringLiteral("001222333"));
        QVERIFY(holder > 0 && mule > 0);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 AND to_entity = %2 AND amount_text = '1500.00' AND direction = 'out'")
                                    .arg(holder).arg(mule)),
                 qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE to_entity = %1 AND amount_minor = 1200050 AND direction = 'in'").arg(holder)), qint64(1));
        // "(200.00)" in the debit column is money coming back in; with no counterparty, one party.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 AND to_entity IS NULL AND direction = 'in' AND amount_minor = 20000").arg(holder)), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM aliases WHERE entity_id = %1 AND name = 'SOK DARA'").arg(mule)), qint64(1));
    }

    void thaiStatementInWindows874WithBuddhistEra()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QByteArray content = encode(QStringLiteral("ธนาคารกสิกรไทย รายการเดินบัญชี\nเลขที่บัญชี 123-4-56789-0\n"
                                                         "วันที่,รายการ,ถอนเงิน,ฝากเงิน,ยอดคงเหลือ,เลขที่บัญชีคู่โอน,ชื่อคู่โอน\n"
                                                         "05/03/2567,โอนเงิน,\"5,000.00\",,\"15,000.00\",987-6-54321-0,นายสมชาย ใจดี\n"
                                                         "06/03/2567,รับโอน,,\"2,500.00\",\"17,500.00\",555-1-11111-1,บัญชีม้า\n"),
                                          "windows-874");
        ImportService service(*store);
        auto outcome = service.importFile(test::writeFile(dir.path(), QStringLiteral("kbank.csv"), content),
                                          ImportOptions::forRegion(QStringLiteral("TH"), QStringLiteral("Asia/Bangkok")));
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->report.events, qint64(2));
        const qint64 holder = account(*store, QStringLiteral("1234567890"));
        QVERIFY(holder > 0);
        const qint64 when = QDateTime(QDate(2024, 3, 5), QTime(0, 0), QTimeZone("Asia/Bangkok")).toMSecsSinceEpoch();
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 AND utc_ms = %2 AND amount_minor = 500000 AND body = 'โอนเงิน'")
                                    .arg(holder).arg(when)),
                 qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM aliases WHERE name = 'นายสมชาย ใจดี'")), qint64(1));
    }

    void vietnameseStatementWithDotThousands()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString path = test::writeFile(dir.path(), QStringLiteral("vcb.csv"),
                                             "Số tài khoản: 0011004455667\n"
                                             "Ngày giao dịch;Nội dung;Ghi nợ;Ghi có;Số dư;Tài khoản đối ứng\n"
                                             "05/03/2024;Chuyen tien;1.500.000;;8.500.000;0071000999888\n"
                                             "06/03/2024;Nhan tien;;25.000.000;33.500.000;0451000111222\n");
        ImportOptions options = ImportOptions::forRegion(QStringLiteral("VN"), QStringLiteral("Asia/Ho_Chi_Minh"));
        ImportService service(*store);
        auto outcome = service.importFile(path, options);
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->report.events, qint64(2));
        // Dots are thousands here: 1.500.000 is one and a half million, in cents as no currency is named.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT amount_text FROM events WHERE direction = 'out'")), qint64(1500000));
        QVERIFY(account(*store, QStringLiteral("0011004455667")) > 0);
    }

    void chineseStatementInAWorkbook()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        // Serial 45356.5 is 2024-03-05 12:00; the long account number is text, the 15-digit one a number.
        const QByteArray xlsx = workbook({
            {QStringLiteral("说明"), {{text(QStringLiteral("本表为银行流水"))}}},
            {QStringLiteral("流水"),
             {{text(QStringLiteral("账号：6222 0212 3456 7890 123"))},
              {text(QStringLiteral("交易日期")), text(QStringLiteral("摘要")), text(QStringLiteral("支出")), text(QStringLiteral("收入")),
               text(QStringLiteral("余额")), text(QStringLiteral("对方账号")), text(QStringLiteral("对方户名"))},
              {date(QStringLiteral("45356.5")), text(QStringLiteral("转账")), number(QStringLiteral("5000")), {}, number(QStringLiteral("15000.5")),
               number(QStringLiteral("490154203237518")), inlineText(QStringLiteral("李伟"))},
              {date(QStringLiteral("45357")), text(QStringLiteral("收款")), {}, number(QStringLiteral("1234.56")), number(QStringLiteral("16235.06")),
               text(QStringLiteral("0062210012345678901")), text(QStringLiteral("王芳"))},
              {text(QStringLiteral("合计")), {}, number(QStringLiteral("5000")), number(QStringLiteral("1234.56"))}}},
        });
        const QString path = test::writeFile(dir.path(), QStringLiteral("流水.xlsx"), xlsx);
        auto names = TableFile::sheetNames(path, QStringLiteral("流水.xlsx"));
        SG_VERIFY_OK(names);
        QCOMPARE(*names, (QStringList{QStringLiteral("说明"), QStringLiteral("流水")}));
        ImportService service(*store);
        auto outcome = service.importFile(path, ImportOptions::forRegion(QStringLiteral("CN"), QStringLiteral("Asia/Shanghai")));
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->source.format, QStringLiteral("money-table"));
        QCOMPARE(outcome->report.events, qint64(2));
        QCOMPARE(outcome->report.trailerLines, qint64(1));
        const QString notes = outcome->report.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("说明")), qPrintable(notes));
        const qint64 holder = account(*store, QStringLiteral("6222021234567890123"));
        QVERIFY(holder > 0);
        // Identifiers whole: no exponent, no lost leading zero.
        const qint64 liWei = account(*store, QStringLiteral("490154203237518"));
        QVERIFY(liWei > 0);
        QVERIFY(account(*store, QStringLiteral("0062210012345678901")) > 0);
        const qint64 noon = QDateTime(QDate(2024, 3, 5), QTime(12, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE from_entity = %1 AND to_entity = %2 AND utc_ms = %3 AND amount_minor = 500000 "
                                               "AND locator = '流水.xlsx:流水:line=3'")
                                    .arg(holder).arg(liWei).arg(noon)),
                 qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT amount_minor FROM events WHERE direction = 'in'")), qint64(123456));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM aliases WHERE name = '李伟'")), qint64(1));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM aliases WHERE name LIKE '%phonetic%'")), qint64(0));
    }

    void mappingFromAFileThenFromTheCase()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QByteArray layout = "Ngay GD|Tu TK|Den TK|So tien|Loai tien|Ghi chu\n";
        const QString first = test::writeFile(dir.path(), QStringLiteral("wallet-jan.txt"),
                                              layout + "2024-01-05 10:00|0901111222|0902333444|150000|VND|nap tien\n");
        const QString second = test::writeFile(dir.path(), QStringLiteral("wallet-feb.txt"),
                                               layout + "2024-02-05 10:00|0902333444|0903555666|90000|VND|chuyen\n"
                                                        "2024-02-06 11:00|0903555666|0901111222|20000|VND|tra lai\n");
        const QJsonObject mapping{
            {QStringLiteral("name"), QStringLiteral("MoMo export")},
            {QStringLiteral("columns"), QJsonObject{{QStringLiteral("datetime"), QStringLiteral("Ngay GD")}, {QStringLiteral("from_account"), QStringLiteral("Tu TK")},
                                                    {QStringLiteral("to_account"), QStringLiteral("Den TK")}, {QStringLiteral("amount"), QStringLiteral("So tien")},
                                                    {QStringLiteral("currency"), QStringLiteral("Loai tien")}, {QStringLiteral("description"), QStringLiteral("Ghi chu")}}},
            {QStringLiteral("institution"), QStringLiteral("MoMo")},
            {QStringLiteral("time"), QStringLiteral("ymd")}};
        ImportService service(*store);
        // Without the mapping the layout is unknown.
        QVERIFY(!service.importFile(first, {}));
        ImportOptions options;
        options.mappings << mapping;
        auto outcome = service.importFile(first, options);
        SG_VERIFY_OK(outcome);
        QCOMPARE(outcome->source.format, QStringLiteral("money-table"));
        SG_VERIFY_OK(store->saveMapping(mapping));
        // The next file of that layout is recognised from the case's saved mapping.
        auto next = service.importFile(second, {});
        SG_VERIFY_OK(next);
        QCOMPARE(next->report.events, qint64(2));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM entities WHERE type = 'account' AND key LIKE 'MOMO:%'")), qint64(3));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT sum(amount_minor) FROM events WHERE currency = 'VND'")), qint64(260000));
        auto saved = store->mappings();
        SG_VERIFY_OK(saved);
        QCOMPARE(saved->size(), 1);
        QVERIFY(store->verify()->problems.isEmpty());
    }

    void ambiguousDatesAreSaidToBeAmbiguous()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString path = test::writeFile(dir.path(), QStringLiteral("statement.csv"),
                                             "Date,Description,Debit,Credit,Balance\n"
                                             "03/04/2024,Transfer,100.00,,900.00\n"
                                             "05/06/2024,Deposit,,50.00,950.00\n");
        ImportService service(*store);
        auto outcome = service.importFile(path, {});
        SG_VERIFY_OK(outcome);
        const QString notes = outcome->report.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("no date says whether the day or the month comes first")), qPrintable(notes));
        // Read day-first, as said: 3 April.
        const qint64 april3 = QDateTime(QDate(2024, 4, 3), QTime(0, 0), QTimeZone("Asia/Phnom_Penh")).toMSecsSinceEpoch();
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE utc_ms = %1").arg(april3)), qint64(1));
        // A date that decides: no such note.
        const QString decided = test::writeFile(dir.path(), QStringLiteral("statement2.csv"),
                                                "Date,Description,Debit,Credit,Balance\n"
                                                "03/04/2024,Transfer,100.00,,900.00\n"
                                                "25/06/2024,Deposit,,50.00,950.00\n");
        auto second = service.importFile(decided, {});
        SG_VERIFY_OK(second);
        QVERIFY(!second->report.notes.join(QLatin1Char('\n')).contains(QStringLiteral("no date says")));
    }

    void badMappingsAreExplained()
    {
        auto none = TableMapping::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                                       {QStringLiteral("columns"), QJsonObject{{QStringLiteral("date"), QStringLiteral("D")}}}});
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QStringLiteral("amount")));
        auto role = TableMapping::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                                       {QStringLiteral("columns"), QJsonObject{{QStringLiteral("sender"), QStringLiteral("S")}}}});
        QVERIFY(!role);
        QVERIFY(role.error().message.contains(QStringLiteral("sender")));
        auto json = TableMapping::builtins().first().toJson();
        auto back = TableMapping::fromJson(json);
        SG_VERIFY_OK(back);
        QCOMPARE(back->toJson(), json);
    }
};

QTEST_GUILESS_MAIN(tst_MoneyImport)
#include "tst_moneyimport.moc"
