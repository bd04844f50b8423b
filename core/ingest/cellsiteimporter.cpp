#include "core/ingest/cellsiteimporter.h"

#include "core/ingest/deviceimport.h"
#include "core/ingest/tablemapping.h"
#include "core/ingest/tablereader.h"
#include "core/model/progress.h"
#include "core/normalize/digits.h"
#include "core/store/sourcewriter.h"

#include <QHash>

namespace sg {

namespace {

constexpr int HeaderSearchRows = 30;

enum class SiteColumn { Cell, Site, Latitude, Longitude, Address, Azimuth };

const QList<std::pair<SiteColumn, QStringList>> &siteSynonyms()
{
    static const QList<std::pair<SiteColumn, QStringList>> synonyms = [] {
        auto keys = [](std::initializer_list<const char *> words) {
            QStringList list;
            for (const char *w : words)
                list << TableMapping::headerKey(QString::fromUtf8(w));
            return list;
        };
        return QList<std::pair<SiteColumn, QStringList>>{
            {SiteColumn::Cell, keys({"cell id", "cellid", "cell", "ci", "cgi", "ecgi", "ncgi", "lac ci", "lac-ci", "cell identity", "antenna id",
                                     "antenna", "sector id", "mã cell", "小区号", "小区", "小区id", "เซลล์ไอดี", "เซลล์"})},
            {SiteColumn::Site, keys({"tower id", "tower", "site id", "site", "bts id", "bts", "node b", "enodeb", "基站号", "基站", "mã trạm",
                                     "trạm", "ไซต์", "รหัสสถานี"})},
            {SiteColumn::Latitude, keys({"latitude", "lat", "vĩ độ", "纬度", "ละติจูด", "ລະຕິຈູດ", "រយៈទទឹង", "လတ္တီတွဒ်"})},
            {SiteColumn::Longitude, keys({"longitude", "lon", "lng", "long", "kinh độ", "经度", "ลองจิจูด", "ລອງຈິຈູດ", "រយៈបណ្តោយ", "လောင်ဂျီတွဒ်"})},
            {SiteColumn::Address, keys({"address", "site address", "location", "site name", "cell name", "name", "địa chỉ", "tên trạm", "地址",
                                        "站名", "基站名称", "ที่อยู่", "ที่ตั้ง", "ชื่อสถานี", "អាសយដ្ឋាន", "ທີ່ຢູ່", "လိပ်စာ"})},
            {SiteColumn::Azimuth, keys({"azimuth", "az", "bearing", "hướng", "方位角", "มุมกวาด"})},
        };
    }();
    return synonyms;
}

// The columns of a cell-site table, or nothing when these headers are not one.
std::optional<QHash<SiteColumn, int>> siteColumns(const QStringList &headers)
{
    QHash<SiteColumn, int> columns;
    for (const auto &[column, keys] : siteSynonyms()) {
        for (int i = 0; i < headers.size(); ++i) {
            if (keys.contains(TableMapping::headerKey(headers[i])) && !columns.values().contains(i)) {
                columns.insert(column, i);
                break;
            }
        }
    }
    const bool identified = columns.contains(SiteColumn::Cell) || columns.contains(SiteColumn::Site);
    if (!identified || !columns.contains(SiteColumn::Latitude) || !columns.contains(SiteColumn::Longitude))
        return std::nullopt;
    return columns;
}

std::optional<double> coordinate(const QString &text, double limit)
{
    QString t = toAsciiDigits(text).trimmed();
    if (t.count(QLatin1Char(',')) == 1 && !t.contains(QLatin1Char('.')))
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < -limit || v > limit)
        return std::nullopt;
    return v;
}

} // namespace

QString CellSiteImporter::cellKey(const QString &cell)
{
    return QStringLiteral("cell:") + toAsciiDigits(cell).trimmed().toUpper().remove(QLatin1Char(' '));
}

QString CellSiteImporter::displayName() const { return tr("Cell-site tables (CSV, XLSX)"); }

int CellSiteImporter::sniff(const QString &path, const QString &fileName, const QByteArray &head) const
{
    for (auto &table : TableFile::tablesToSniff(path, fileName, head)) {
        QStringList fields;
        for (int i = 0; i < HeaderSearchRows; ++i) {
            auto more = table->next(fields);
            if (!more || !*more)
                break;
            if (siteColumns(fields))
                return 85;
        }
    }
    return 0;
}

Result<ImportReport> CellSiteImporter::run(const QString &path, const QString &displayFileName, const ImportOptions &options,
                                           SourceWriter &writer, Progress *progress)
{
    auto tables = TableFile::open(path, displayFileName, options.encoding);
    if (!tables)
        return tables.error();
    DeviceImportContext context(writer, options, displayFileName);
    ImportReport &report = context.report();
    qint64 sites = 0;
    for (auto &table : *tables) {
        const QString where = table->sheet().isEmpty() ? displayFileName : QStringLiteral("%1:%2").arg(displayFileName, table->sheet());
        std::optional<QHash<SiteColumn, int>> columns;
        QStringList fields;
        for (int i = 0; i < HeaderSearchRows && !columns; ++i) {
            auto more = table->next(fields);
            if (!more)
                return more.error();
            if (!*more)
                break;
            columns = siteColumns(fields);
            if (!columns)
                ++report.preambleLines;
        }
        if (!columns)
            continue;
        const QStringList headers = fields;
        report.notes << tr("%1: cell sites, the cell known by its column \"%2\".")
                            .arg(where, headers.value(columns->value(SiteColumn::Cell, columns->value(SiteColumn::Site))));
        if (progress) {
            progress->setStage(tr("Reading %1").arg(where));
            progress->setTotal(table->size());
        }
        auto field = [&](SiteColumn c) {
            const int i = columns->value(c, -1);
            return i >= 0 ? fields.value(i).trimmed() : QString();
        };
        for (;;) {
            auto more = table->next(fields);
            if (!more)
                return more.error();
            if (!*more)
                break;
            const qint64 line = table->line();
            if (std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
                continue;
            ++report.rows;
            const QString cell = field(SiteColumn::Cell).isEmpty() ? field(SiteColumn::Site) : field(SiteColumn::Cell);
            if (cell.isEmpty()) {
                report.rejected.append(RejectedRow{line, tr("no cell id")});
                continue;
            }
            const auto latitude = coordinate(field(SiteColumn::Latitude), 90);
            const auto longitude = coordinate(field(SiteColumn::Longitude), 180);
            if (field(SiteColumn::Latitude).isEmpty() && field(SiteColumn::Longitude).isEmpty()) {
                report.rejected.append(RejectedRow{line, tr("cell %1 has no coordinates").arg(cell)});
                continue;
            }
            if (!latitude || !longitude) {
                report.rejected.append(RejectedRow{line, tr("cell %1: the coordinates \"%2, %3\" are not a place on Earth")
                                                             .arg(cell, field(SiteColumn::Latitude), field(SiteColumn::Longitude))});
                continue;
            }
            const QString locator = QStringLiteral("%1:line=%2").arg(where).arg(line);
            auto site = writer.entity(EntityType::Location, cellKey(cell), false, locator, cell);
            if (!site)
                return site.error();
            const QList<std::pair<QString, QString>> facts{
                {QStringLiteral("latitude"), QString::number(*latitude, 'f', 6)},
                {QStringLiteral("longitude"), QString::number(*longitude, 'f', 6)},
                {QStringLiteral("address"), field(SiteColumn::Address)},
                {QStringLiteral("azimuth"), field(SiteColumn::Azimuth)},
                {QStringLiteral("site"), columns->contains(SiteColumn::Cell) ? field(SiteColumn::Site) : QString()},
            };
            for (const auto &[name, value] : facts) {
                if (value.isEmpty())
                    continue;
                if (Status s = writer.attribute(*site, name, value, locator); !s)
                    return s.error();
            }
            // An antenna or sector stands on its site (tower).
            if (columns->contains(SiteColumn::Cell) && !field(SiteColumn::Site).isEmpty()) {
                auto tower = writer.entity(EntityType::Location, cellKey(field(SiteColumn::Site)), false, locator, field(SiteColumn::Site));
                if (!tower)
                    return tower.error();
                if (*tower != *site) {
                    if (Status s = writer.declaredLink(LinkKind::LocatedAt, *site, *tower, locator); !s)
                        return s.error();
                }
            }
            if (!field(SiteColumn::Address).isEmpty()) {
                if (Status s = writer.alias(*site, field(SiteColumn::Address), locator); !s)
                    return s.error();
            }
            ++sites;
            if (DeviceImportContext::cancelled(progress, table->position()))
                return context.stopped();
        }
    }
    if (report.rows == 0 && report.rejected.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("%1 has no cell-site table (a cell id with latitude and longitude).").arg(displayFileName), {}};
    if (sites == 0) {
        const RejectedRow &r = report.rejected.first();
        return Error{ErrorCode::InvalidInput, tr("No cell site of %1 could be read.").arg(displayFileName), tr("line %1: %2").arg(r.line).arg(r.message)};
    }
    report.counts.insert(QStringLiteral("cell_sites"), sites);
    return report;
}

} // namespace sg
