#include "core/normalize/phonenormalizer.h"

#include "core/normalize/digits.h"
#include "core/normalize/myanmartext.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace sg {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

bool parseValid(const std::string &text, const std::string &region, std::string *e164)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    if (!util->IsValidNumber(number))
        return false;
    util->Format(number, PhoneNumberUtil::E164, e164);
    return true;
}

} // namespace

PhoneNormalizer::PhoneNormalizer(QString region)
    : m_region(region.toUpper())
{
}

NormalizedPhone PhoneNormalizer::normalize(const QString &raw)
{
    const auto it = m_cache.constFind(raw);
    if (it != m_cache.constEnd())
        return *it;
    NormalizedPhone result = normalize(raw, m_region);
    if (m_cache.size() > 500000)
        m_cache.clear(); // bounded memory on very large inputs
    m_cache.insert(raw, result);
    return result;
}

NormalizedPhone PhoneNormalizer::normalize(const QString &raw, const QString &region)
{
    NormalizedPhone result;
    result.key = raw.trimmed();
    const QString ascii = toAsciiDigits(MyanmarText::repairDigits(result.key));
    const QString digits = digitsOnly(ascii);
    // Too short to be a subscriber number (short codes, service numbers): keep raw.
    if (digits.size() < 6 || digits.size() > 17)
        return result;
    // Letters mean a sender name ("BANK-ABC"), not a number, unless they are an extension mark.
    for (const QChar c : ascii) {
        if (c.isLetter())
            return result;
    }

    const std::string regionCode = region.toUpper().toStdString();
    std::string e164;
    auto accept = [&result, &e164]() {
        result.key = QString::fromStdString(e164);
        result.valid = true;
        return result;
    };
    // "00" + country code is how records of every country in the region write foreign numbers,
    // even where the dialled international prefix is longer (KH 001, TH 001/009): read it as
    // international first, before the region's own prefix rules could cut a digit too many.
    if (digits.startsWith(QLatin1String("00")) && !digits.startsWith(QLatin1String("000"))
        && parseValid("+" + digits.mid(2).toStdString(), "ZZ", &e164))
        return accept();
    if (parseValid(ascii.toStdString(), regionCode, &e164))
        return accept();
    // Operator records often write international numbers without '+'.
    if (!digits.startsWith(QLatin1Char('+')) && !digits.startsWith(QLatin1Char('0')) && digits.size() >= 8
        && parseValid("+" + digits.toStdString(), "ZZ", &e164))
        return accept();
    return result;
}

bool PhoneNormalizer::isKnownRegion(const QString &region)
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    return regions.count(region.toUpper().toStdString()) > 0;
}

} // namespace sg
