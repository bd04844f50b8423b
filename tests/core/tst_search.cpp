// Search in the seven languages' scripts: words inside text written without spaces (Thai, Lao,
// Khmer, Burmese, Chinese), Vietnamese without its diacritics, Traditional and Simplified
// Chinese, names in either order, and numbers in any common form. One table per language.

#include "core/store/casestore.h"
#include "core/store/caseeditor.h"
#include "core/store/sourcewriter.h"
#include "tests/common/fixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sg;

namespace {

// Numbers with the names a seized contact book gave them, written as their owners write them.
struct Contact {
    const char *number;
    const char *name;
};
const Contact Contacts[] = {
    // Thai: "Mr Somchai Jaidee"; "King Taksin" (ตา is not a word in it); "grandpa and grandma's
    // house" (ตา is one); "Bangkok Bank".
    {"+66811110001", "นายสมชายใจดี"},
    {"+66811110002", "ตากสิน"},
    {"+66811110003", "บ้านตาและยาย"},
    {"+66811110004", "ธนาคารกรุงเทพ"},
    // Lao: "Somphone Vongsa"; "money transfer".
    {"+8562055550001", "ສົມພອນວົງສາ"},
    {"+8562055550002", "ເງິນໂອນ"},
    // Khmer: "Sok Dara"; "money transfer"; "bank".
    {"+85512555001", "សុខដារ៉ា"},
    {"+85512555002", "លុយផ្ទេរ"},
    {"+85512555003", "ធនាគារ"},
    // Burmese: "U Aung Myint"; "Maung Maung".
    {"+959955500001", "ဦးအောင်မြင့်"},
    {"+959955500002", "မောင်မောင်"},
    // Chinese: "Zhang Wei fraud gang", Simplified; a den boss, Traditional.
    {"+8613800000001", "张伟诈骗集团"},
    {"+8613800000002", "園區老闆"},
    // Vietnamese: a name, and "phone of the boss".
    {"+84912000001", "Nguyễn Văn Đức"},
    {"+84912000002", "điện thoại của sếp"},
};

} // namespace

class tst_Search : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;

    // The numbers search returns for `query`, best first.
    QStringList found(const QString &query)
    {
        auto results = m_store->search(query);
        if (!results) {
            qWarning() << results.error().message;
            return {};
        }
        QStringList keys;
        for (const Entity &e : std::as_const(*results))
            keys << e.key;
        return keys;
    }

    void addSearchRows(const char *const (*rows)[2], int count)
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("number");
        for (int i = 0; i < count; ++i)
            QTest::newRow(rows[i][0]) << QString::fromUtf8(rows[i][0]) << QString::fromUtf8(rows[i][1]);
    }

    void checkFound()
    {
        QFETCH(QString, query);
        QFETCH(QString, number);
        const QStringList keys = found(query);
        QVERIFY2(keys.contains(number), qPrintable(query + QLatin1String(" -> ") + keys.join(QLatin1Char(' '))));
    }

private slots:
    void initTestCase()
    {
        m_store = test::newCase(m_dir.path());
        auto writer = m_store->beginSource(test::sourceRecord(QStringLiteral("contacts.csv"), QStringLiteral("c1")));
        SG_VERIFY_OK(writer);
        int line = 1;
        for (const Contact &c : Contacts) {
            const QString locator = QStringLiteral("contacts.csv:line %1").arg(++line);
            auto id = (*writer)->entity(EntityType::Phone, QString::fromUtf8(c.number), false, locator, QString::fromUtf8(c.number));
            SG_VERIFY_OK(id);
            SG_VERIFY_OK((*writer)->alias(*id, QString::fromUtf8(c.name), locator));
        }
        SG_VERIFY_OK((*writer)->commit({}, {}));
    }

    // Words inside unsegmented text, each word alone and the words typed apart with a space
    // (the trigram index alone finds neither "สมชาย ใจดี" nor "集团 诈骗" in the text).
    void thai_data()
    {
        const char *const rows[][2] = {{"สมชาย", "+66811110001"}, {"ใจดี", "+66811110001"}, {"สมชาย ใจดี", "+66811110001"},
                                       {"นาย สมชาย", "+66811110001"}, {"กรุงเทพ", "+66811110004"}, {"ธนาคาร กรุงเทพ", "+66811110004"},
                                       {"ยาย", "+66811110003"}};
        addSearchRows(rows, int(std::size(rows)));
    }
    void thai() { checkFound(); }

    void lao_data()
    {
        const char *const rows[][2] = {{"ວົງສາ", "+8562055550001"}, {"ສົມພອນ ວົງສາ", "+8562055550001"}, {"ໂອນ", "+8562055550002"},
                                       {"ເງິນ ໂອນ", "+8562055550002"}};
        addSearchRows(rows, int(std::size(rows)));
    }
    void lao() { checkFound(); }

    void khmer_data()
    {
        const char *const rows[][2] = {{"ដារ៉ា", "+85512555001"}, {"សុខ ដារ៉ា", "+85512555001"}, {"ផ្ទេរ", "+85512555002"},
                                       {"លុយ ផ្ទេរ", "+85512555002"}, {"ធនាគារ", "+85512555003"}};
        addSearchRows(rows, int(std::size(rows)));
    }
    void khmer() { checkFound(); }

    void burmese_data()
    {
        const char *const rows[][2] = {{"အောင်မြင့်", "+959955500001"}, {"ဦး အောင် မြင့်", "+959955500001"},
                                       {"မောင်", "+959955500002"}};
        addSearchRows(rows, int(std::size(rows)));
    }
    void burmese() { checkFound(); }

    void chinese_data()
    {
        const char *const rows[][2] = {{"诈骗", "+8613800000001"}, {"詐騙", "+8613800000001"}, {"张伟", "+8613800000001"},
                                       {"集团 诈骗", "+8613800000001"}, {"張偉 詐騙集團", "+8613800000001"},
                                       {"老闆", "+8613800000002"}, {"园区老板", "+8613800000002"}, {"园区", "+8613800000002"}};
        addSearchRows(rows, int(std::size(rows)));
    }
    void chinese() { checkFound(); }

    void vietnamese_data()
    {
        const char *const rows[][2] = {{"nguyen van", "+84912000001"}, {"Nguyễn Văn Đức", "+84912000001"}, {"duc nguyen", "+84912000001"},
                                       {"Đức Nguyễn", "+84912000001"}, {"dien thoai", "+84912000002"}, {"thoai cua sep", "+84912000002"},
                                       {"sếp", "+84912000002"}};
        addSearchRows(rows, int(std::size(rows)));
    }
    void vietnamese() { checkFound(); }

    // Numbers as people write them, in each country's digits.
    void numbers_data()
    {
        const char *const rows[][2] = {{"081 111 0001", "+66811110001"}, {"๐๘๑๑๑๑๐๐๐๑", "+66811110001"}, {"+66 81 111 0001", "+66811110001"},
                                       {"012 555 001", "+85512555001"}, {"០១២ ៥៥៥ ០០១", "+85512555001"}, {"020 5555 0002", "+8562055550002"},
                                       {"໐໒໐ ໕໕໕໕ ໐໐໐໒", "+8562055550002"}, {"09 955 500 001", "+959955500001"},
                                       {"၀၉ ၉၅၅ ၅၀၀ ၀၀၁", "+959955500001"}, {"138 0000 0001", "+8613800000001"},
                                       {"0912 000 001", "+84912000001"}};
        addSearchRows(rows, int(std::size(rows)));
    }
    void numbers() { checkFound(); }

    // A whole word ranks before a substring: ตา ("grandpa") is a word in บ้านตาและยาย but only
    // the start of ตากสิน, which was written first.
    void wholeWordsFirst()
    {
        const QStringList keys = found(QStringLiteral("ตา"));
        QCOMPARE(keys.value(0), QStringLiteral("+66811110003"));
        QVERIFY2(keys.contains(QStringLiteral("+66811110002")), qPrintable(keys.join(QLatin1Char(' '))));
        // Words in another order are found, written together or apart; a word the text does
        // not have finds nothing (ทวด, "great-grandparent").
        QCOMPARE(found(QStringLiteral("ยายตา")), QStringList{QStringLiteral("+66811110003")});
        QCOMPARE(found(QStringLiteral("ដារ៉ា សុខ")), QStringList{QStringLiteral("+85512555001")});
        QCOMPARE(found(QStringLiteral("ยายทวด")), QStringList());
    }

    // An alias added by the analyst, and a merge, keep the word index in step with the case.
    void wordIndexFollowsEdits()
    {
        CaseEditor editor(*m_store);
        auto dara = m_store->resolve(QStringLiteral("phone:+85512555001"));
        SG_VERIFY_OK(dara);
        auto money = m_store->resolve(QStringLiteral("phone:+85512555002"));
        SG_VERIFY_OK(money);
        SG_VERIFY_OK(editor.merge(dara->id, {money->id}, QStringLiteral("same handset")));
        // The absorbed number's words find the survivor, and the absorbed one is gone.
        QCOMPARE(found(QStringLiteral("ផ្ទេរ លុយ")), QStringList{QStringLiteral("+85512555001")});
        QCOMPARE(test::scalar(*m_store, QStringLiteral("SELECT count(*) FROM entity_words WHERE rowid = %1").arg(money->id)), qint64(0));
        QCOMPARE(test::scalar(*m_store, QStringLiteral("SELECT count(*) FROM entity_words")),
                 test::scalar(*m_store, QStringLiteral("SELECT count(*) FROM entity_search")));
    }
};

QTEST_GUILESS_MAIN(tst_Search)
#include "tst_search.moc"
