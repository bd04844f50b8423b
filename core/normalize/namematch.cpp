#include "core/normalize/namematch.h"

#include "core/normalize/linebreak.h"
#include "core/normalize/transliteration.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <iterator>

namespace sg {

namespace {

// Chinese surnames whose reading as a surname differs from the character's common reading,
// which ICU's Han-Latin gives (单 is "dan", as a surname "Shan"). Compound surnames first.
const QHash<QString, QString> &surnameReadings()
{
    static const QHash<QString, QString> readings{
        {QStringLiteral("尉迟"), QStringLiteral("yuchi")}, {QStringLiteral("尉遲"), QStringLiteral("yuchi")},
        {QStringLiteral("长孙"), QStringLiteral("zhangsun")}, {QStringLiteral("長孫"), QStringLiteral("zhangsun")},
        {QStringLiteral("单于"), QStringLiteral("chanyu")}, {QStringLiteral("單于"), QStringLiteral("chanyu")},
        {QStringLiteral("万俟"), QStringLiteral("moqi")}, {QStringLiteral("萬俟"), QStringLiteral("moqi")},
        {QStringLiteral("令狐"), QStringLiteral("linghu")},
        {QStringLiteral("单"), QStringLiteral("shan")}, {QStringLiteral("單"), QStringLiteral("shan")},
        {QStringLiteral("曾"), QStringLiteral("zeng")}, {QStringLiteral("区"), QStringLiteral("ou")}, {QStringLiteral("區"), QStringLiteral("ou")},
        {QStringLiteral("解"), QStringLiteral("xie")}, {QStringLiteral("仇"), QStringLiteral("qiu")}, {QStringLiteral("朴"), QStringLiteral("piao")},
        {QStringLiteral("查"), QStringLiteral("zha")}, {QStringLiteral("覃"), QStringLiteral("qin")}, {QStringLiteral("翟"), QStringLiteral("zhai")},
        {QStringLiteral("乐"), QStringLiteral("yue")}, {QStringLiteral("樂"), QStringLiteral("yue")}, {QStringLiteral("盖"), QStringLiteral("ge")},
        {QStringLiteral("蓋"), QStringLiteral("ge")}, {QStringLiteral("种"), QStringLiteral("chong")}, {QStringLiteral("種"), QStringLiteral("chong")},
        {QStringLiteral("缪"), QStringLiteral("miao")}, {QStringLiteral("繆"), QStringLiteral("miao")}, {QStringLiteral("召"), QStringLiteral("shao")},
        {QStringLiteral("秘"), QStringLiteral("bi")}, {QStringLiteral("员"), QStringLiteral("yun")}, {QStringLiteral("員"), QStringLiteral("yun")},
        {QStringLiteral("句"), QStringLiteral("gou")}, {QStringLiteral("折"), QStringLiteral("she")}, {QStringLiteral("都"), QStringLiteral("du")},
        {QStringLiteral("黑"), QStringLiteral("he")}, {QStringLiteral("宓"), QStringLiteral("mi")}, {QStringLiteral("恽"), QStringLiteral("yun")},
    };
    return readings;
}

bool isHan(QChar c) { return c.script() == QChar::Script_Han; }

// Khmer, Lao and Burmese as their names are commonly spelt in Latin letters; ICU has no
// transliterator for Khmer or Lao, and reads Burmese letter by letter (အောင် "aaung").
const QHash<char16_t, const char *> &letterReadings()
{
    static const QHash<char16_t, const char *> readings = [] {
        QHash<char16_t, const char *> r;
        // Khmer consonants, independent and dependent vowels, signs.
        const char *khmer[] = {"k", "kh", "k", "kh", "ng", "ch", "chh", "ch", "chh", "nh", "d", "th", "d", "th", "n", "t", "th",
                               "t", "th", "n", "b", "ph", "p", "ph", "m", "y", "r", "l", "v", "s", "s", "s", "h", "l", ""};
        for (char16_t c = 0x1780; c <= 0x17A2; ++c)
            r.insert(c, khmer[c - 0x1780]);
        const char *khmerVowels[] = {"a", "a", "i", "ei", "u", "u", "ou", "au", "rue", "rue", "lue", "lue", "ae", "ai", "ao", "ao", "au"};
        static_assert(std::size(khmer) == 0x17A2 - 0x1780 + 1 && std::size(khmerVowels) == 0x17B3 - 0x17A3 + 1);
        for (char16_t c = 0x17A3; c <= 0x17B3; ++c)
            r.insert(c, khmerVowels[c - 0x17A3]);
        const char *khmerSigns[] = {"", "", "a", "i", "ei", "oe", "eu", "o", "ou", "uo", "aeu", "oea", "ie", "e", "ae", "ai", "ao",
                                    "au", "m", "h", "a", "", "", "", "", "", "", "", "", "", "", ""};
        static_assert(std::size(khmerSigns) == 0x17D3 - 0x17B4 + 1);
        for (char16_t c = 0x17B4; c <= 0x17D3; ++c)
            r.insert(c, khmerSigns[c - 0x17B4]);
        // Lao.
        const std::pair<char16_t, const char *> lao[] = {
            {0x0E81, "k"}, {0x0E82, "kh"}, {0x0E84, "kh"}, {0x0E87, "ng"}, {0x0E88, "ch"}, {0x0E8A, "x"}, {0x0E8D, "ny"}, {0x0E94, "d"},
            {0x0E95, "t"}, {0x0E96, "th"}, {0x0E97, "th"}, {0x0E99, "n"}, {0x0E9A, "b"}, {0x0E9B, "p"}, {0x0E9C, "ph"}, {0x0E9D, "f"},
            {0x0E9E, "ph"}, {0x0E9F, "f"}, {0x0EA1, "m"}, {0x0EA2, "y"}, {0x0EA3, "r"}, {0x0EA5, "l"}, {0x0EA7, "v"}, {0x0EAA, "s"},
            {0x0EAB, "h"}, {0x0EAD, "o"}, {0x0EAE, "h"}, {0x0EDC, "n"}, {0x0EDD, "m"}, {0x0EBC, "l"}, {0x0EB0, "a"}, {0x0EB1, "a"},
            {0x0EB2, "a"}, {0x0EB3, "am"}, {0x0EB4, "i"}, {0x0EB5, "i"}, {0x0EB6, "ue"}, {0x0EB7, "ue"}, {0x0EB8, "ou"}, {0x0EB9, "ou"},
            {0x0EBB, "o"}, {0x0EBD, "ia"}, {0x0EC0, "e"}, {0x0EC1, "ae"}, {0x0EC2, "o"}, {0x0EC3, "ai"}, {0x0EC4, "ai"}, {0x0ECD, "o"},
            {0x0EC6, ""}, {0x0EC8, ""}, {0x0EC9, ""}, {0x0ECA, ""}, {0x0ECB, ""}, {0x0ECC, ""}};
        for (const auto &[c, text] : lao)
            r.insert(c, text);
        // Burmese consonants (က..အ), independent vowels, vowel signs and medials.
        const char *burmese[] = {"k", "kh", "g", "g", "ng", "s", "hs", "z", "z", "ny", "ny", "t", "ht", "d", "d", "n", "t",
                                 "ht", "d", "d", "n", "p", "ph", "b", "b", "m", "y", "y", "l", "w", "th", "h", "l", ""};
        static_assert(std::size(burmese) == 0x1021 - 0x1000 + 1);
        for (char16_t c = 0x1000; c <= 0x1021; ++c)
            r.insert(c, burmese[c - 0x1000]);
        const std::pair<char16_t, const char *> burmeseOther[] = {
            {0x1023, "i"}, {0x1024, "i"}, {0x1025, "u"}, {0x1026, "u"}, {0x1027, "e"}, {0x1029, "aw"}, {0x102A, "aw"},
            {0x102B, "a"}, {0x102C, "a"}, {0x102D, "i"}, {0x102E, "i"}, {0x102F, "u"}, {0x1030, "u"}, {0x1031, "e"}, {0x1032, "e"},
            {0x1036, "n"}, {0x1037, ""}, {0x1038, ""}, {0x1039, ""}, {0x103A, ""}, {0x103B, "y"}, {0x103C, "y"}, {0x103D, "u"},
            {0x103E, ""}, {0x103F, "th"}};
        for (const auto &[c, text] : burmeseOther)
            r.insert(c, text);
        return r;
    }();
    return readings;
}

bool isBurmeseConsonant(char16_t c) { return c >= 0x1000 && c <= 0x1021; }

// One Burmese word (a syllable or a few) in Latin letters: the inherent "a" after a consonant
// with no vowel, ှ read before its consonant (လှ "hla"), the common spellings of a few
// rhymes (ောင် "aung", ိုင် "aing", ို "o", ော "aw"), and a nasal final with the creaky tone
// written "-nt" as in names (မြင့် "myint", သန့် "thant").
QString burmeseToLatin(const QString &word)
{
    QString out;
    const auto &readings = letterReadings();
    // The letter at `k`, or 0 past the end.
    const auto at = [&word](qsizetype k) { return k < word.size() ? word.at(k).unicode() : char16_t(0); };
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word.at(i).unicode();
        const auto next = [&](qsizetype k) { return at(i + k); };
        if (isBurmeseConsonant(c)) {
            qsizetype j = i + 1;
            QString medials;
            bool aspirated = false;
            while (at(j) >= 0x103B && at(j) <= 0x103E) {
                if (at(j) == 0x103E)
                    aspirated = true;
                else
                    medials += QLatin1String(readings.value(at(j)));
                ++j;
            }
            // The creaky tone is written before or after the asat.
            const bool creakyFirst = at(j) == 0x1037 && at(j + 1) == 0x103A;
            if (at(j) == 0x103A || at(j) == 0x1039 || creakyFirst) {
                // A final consonant: its sound, and "t" after a nasal with the creaky tone.
                const qsizetype asat = creakyFirst ? j + 1 : j;
                const bool creaky = creakyFirst || at(asat + 1) == 0x1037;
                const bool nasal = c == 0x1004 || c == 0x1014 || c == 0x1019 || c == 0x1009 || c == 0x100A;
                // -ည် reads "i"; -င် after "i" is the "-in" of Myint and Win.
                out += c == 0x100A                                  ? QStringLiteral("i")
                       : c == 0x1004 && out.endsWith(QLatin1Char('i')) ? QStringLiteral("n")
                                                                      : QString::fromLatin1(readings.value(c));
                if (nasal && creaky)
                    out += QLatin1Char('t');
                i = creaky && !creakyFirst ? asat + 1 : asat;
                continue;
            }
            out += (aspirated ? QStringLiteral("h") : QString()) + QString::fromLatin1(readings.value(c)) + medials;
            i = j - 1;
            // The inherent vowel, unless a vowel sign or the medial w (read "u") gives another.
            const char16_t v = next(1);
            const bool vowelFollows = (v >= 0x102B && v <= 0x1032) || v == 0x1036;
            if (!vowelFollows && !medials.endsWith(QLatin1Char('u'))) {
                // Before a final, the inherent vowel sounds as the rhyme says: -င် "in"
                // (မင်း "min"), -က် "et", -စ် "it", -ည် "i"; otherwise "a".
                const bool finalNext = isBurmeseConsonant(v) && (next(2) == 0x103A || (next(2) == 0x1037 && next(3) == 0x103A));
                if (!finalNext)
                    out += QLatin1Char('a');
                else if (v == 0x1004 || v == 0x1005)
                    out += QLatin1Char('i');
                else if (v == 0x1000)
                    out += QLatin1Char('e');
                else if (v != 0x100A) // -ည် is the whole rhyme ("kyi")
                    out += QLatin1Char('a');
            }
            continue;
        }
        // Rhymes spelt as names spell them: two vowel signs, alone or before a final -င်.
        struct Rhyme
        {
            char16_t first, second;
            const char *alone, *beforeNg;
        };
        static constexpr Rhyme Rhymes[] = {{0x1031, 0x102C, "aw", "aung"}, {0x1031, 0x102B, "aw", "aung"}, {0x102D, 0x102F, "o", "aing"}};
        const auto rhyme = std::find_if(std::begin(Rhymes), std::end(Rhymes), [&](const Rhyme &r) { return c == r.first && next(1) == r.second; });
        if (rhyme != std::end(Rhymes)) {
            const bool ng = next(2) == 0x1004 && next(3) == 0x103A;
            out += QLatin1String(ng ? rhyme->beforeNg : rhyme->alone);
            i += ng ? 3 : 1;
            continue;
        }
        if (c == 0x1037 && out.endsWith(QLatin1Char('n')))
            out += QLatin1Char('t');
        else if (const auto it = readings.constFind(c); it != readings.constEnd())
            out += QLatin1String(*it);
        else
            out += QChar(c);
    }
    return out;
}

// A Khmer or Lao word in Latin letters, letter by letter (a coeng joins, tone and register
// marks are silent).
QString lettersToLatin(const QString &word)
{
    QString out;
    const auto &readings = letterReadings();
    // Lao writes some vowels before the consonant they follow in speech (ແກ້ວ "kaeo").
    QString pending;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u >= 0x0EC0 && u <= 0x0EC4) {
            pending += QLatin1String(readings.value(u));
            continue;
        }
        const auto it = readings.constFind(u);
        out += it != readings.constEnd() ? QString::fromLatin1(*it) : QString(c);
        if (!pending.isEmpty() && ((u >= 0x0E81 && u <= 0x0EAE) || u == 0x0EDC || u == 0x0EDD)) {
            out += pending;
            pending.clear();
        }
    }
    return out + pending;
}

// The name in lower-case ASCII words.
QStringList latinWords(const QString &name)
{
    QString text = name.trimmed();
    // A Chinese name starts with its surname: read it as a surname.
    if (!text.isEmpty() && isHan(text.at(0))) {
        const auto &readings = surnameReadings();
        for (const int length : {2, 1}) {
            const QString head = text.left(length);
            if (head.size() == length && readings.contains(head)) {
                text = readings.value(head) + QLatin1Char(' ') + text.mid(length);
                break;
            }
        }
    }
    QStringList parts;
    for (const QString &word : wordSegments(text)) {
        const QChar::Script script = word.at(0).script();
        if (script == QChar::Script_Myanmar)
            parts << burmeseToLatin(word);
        else if (script == QChar::Script_Khmer || script == QChar::Script_Lao)
            parts << lettersToLatin(word);
        else if (script == QChar::Script_Thai)
            // ICU writes จ as "c"; names write it "ch" or "j".
            parts << transliterate("Thai-Latin; Latin-ASCII; Lower", word).replace(QLatin1Char('c'), QLatin1String("ch"));
        else
            parts << word;
    }
    const QString latin = transliterate("Any-Latin; Latin-ASCII; Lower", parts.join(QLatin1Char(' ')));
    QStringList words = latin.split(QRegularExpression(QStringLiteral("[^a-z0-9]+")), Qt::SkipEmptyParts);
    static const QStringList Honorifics{QStringLiteral("u"),   QStringLiteral("daw"), QStringLiteral("ko"),  QStringLiteral("ma"),
                                        QStringLiteral("maung"), QStringLiteral("mg"),  QStringLiteral("saw"), QStringLiteral("naw")};
    // Honorifics stand before the name; a name that is nothing but one keeps it.
    while (words.size() > 1 && Honorifics.contains(words.first()))
        words.removeFirst();
    return words;
}

bool isVowel(QChar c) { return QStringView(u"aeiouy").contains(c); }

// The consonants of a romanised word as classes of sounds that romanisations spell
// differently: k g kh gh c | t d th dh | p b ph bh | ch chh sh j zh q z ts tz | s x hs | n ng ...
// Vowels, h, y and a w or v after a vowel (not before one) are left out; a class doubled
// without a vowel between is written once.
QString soundSkeleton(const QString &word)
{
    static const std::pair<const char *, char> Groups[] = {
        {"tch", 'C'}, {"chh", 'C'}, {"ch", 'C'}, {"sh", 'C'}, {"zh", 'C'}, {"ts", 'C'}, {"tz", 'C'}, {"hs", 'S'}, {"ng", 'N'},
        {"kh", 'K'}, {"gh", 'K'}, {"th", 'T'}, {"dh", 'T'}, {"ph", 'P'}, {"bh", 'P'}, {"ny", 'N'}, {"nh", 'N'}};
    QString out;
    bool vowelSince = true;
    auto push = [&out, &vowelSince](QChar c) {
        if (vowelSince || out.isEmpty() || out.back() != c)
            out += c;
        vowelSince = false;
    };
    for (qsizetype i = 0; i < word.size();) {
        bool matched = false;
        for (const auto &[group, cls] : Groups) {
            const QLatin1String g(group);
            if (QStringView(word).mid(i).startsWith(g)) {
                push(QLatin1Char(cls));
                i += g.size();
                matched = true;
                break;
            }
        }
        if (matched)
            continue;
        const QChar c = word.at(i);
        const bool vowelBefore = i > 0 && isVowel(word.at(i - 1));
        const bool vowelAfter = i + 1 < word.size() && isVowel(word.at(i + 1));
        if (isVowel(c))
            vowelSince = true;
        switch (c.toLatin1()) {
        case 'k': case 'g': case 'c': push(QLatin1Char('K')); break;
        case 't': case 'd': push(QLatin1Char('T')); break;
        case 'p': case 'b': push(QLatin1Char('P')); break;
        case 'j': case 'q': case 'z': push(QLatin1Char('C')); break;
        case 's': case 'x': push(QLatin1Char('S')); break;
        case 'f': push(QLatin1Char('F')); break;
        case 'v': case 'w':
            if (!vowelBefore || vowelAfter)
                push(QLatin1Char('W'));
            else
                vowelSince = true;
            break;
        case 'l': push(QLatin1Char('L')); break;
        case 'r': push(QLatin1Char('R')); break;
        case 'm': push(QLatin1Char('M')); break;
        case 'n': push(QLatin1Char('N')); break;
        default: break; // vowels, h, y, digits
        }
        ++i;
    }
    return out;
}

} // namespace

namespace {

QString matchKey(QStringList words, bool withoutMiddle)
{
    if (withoutMiddle && words.size() > 2)
        words = QStringList{words.first(), words.last()};
    std::sort(words.begin(), words.end());
    const QString key = words.join(QLatin1Char(' '));
    return key.size() < 2 ? QString() : key;
}

QStringList soundKeys(const QStringList &words)
{
    // The words run together: romanisations cut names into words differently (ສົມພອນ is one
    // word, "Som Phone" two), and scripts without spaces are cut by a dictionary.
    QStringList keys;
    if (words.isEmpty())
        return keys;
    // Syllables, counted as runs of vowels.
    int syllables = 0;
    const QString joined = words.join(QString());
    for (qsizetype i = 0; i < joined.size(); ++i)
        if (isVowel(joined.at(i)) && (i == 0 || !isVowel(joined.at(i - 1))))
            ++syllables;
    auto add = [&](const QStringList &ordered) {
        const QString key = soundSkeleton(ordered.join(QString()));
        // One or two sounds match too many other names; two do only in a name of two
        // syllables or more (Hla Hla, not Sok).
        if (key.size() >= 3 || (key.size() == 2 && syllables >= 2))
            if (!keys.contains(key))
                keys << key;
    };
    add(words);
    // The family name first or last ("Wei Chang" and 张伟).
    if (words.size() >= 2)
        add(QStringList{words.last()} + words.mid(0, words.size() - 1));
    return keys;
}

} // namespace

QString nameMatchKey(const QString &name, bool withoutMiddle) { return matchKey(latinWords(name), withoutMiddle); }

QStringList nameSoundKeys(const QString &name) { return soundKeys(latinWords(name)); }

NameKeys nameKeys(const QString &name)
{
    const QStringList words = latinWords(name);
    return NameKeys{matchKey(words, false), matchKey(words, true), soundKeys(words)};
}

QString nameToLatin(const QString &name) { return latinWords(name).join(QLatin1Char(' ')); }

} // namespace sg
