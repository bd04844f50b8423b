#include "core/chart/chartrecovery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace sg {

ChartRecovery::ChartRecovery(QString folder)
    : m_folder(folder.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery"))
                                : std::move(folder))
{
}

QString ChartRecovery::fileFor(const QString &casePath) const
{
    const QByteArray key = QCryptographicHash::hash(QFileInfo(casePath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(m_folder).filePath(QString::fromLatin1(key) + QStringLiteral(".json"));
}

Status ChartRecovery::write(const QString &casePath, qint64 chartId, const QString &name, const QByteArray &document) const
{
    if (!QDir().mkpath(m_folder))
        return Error{ErrorCode::Io, QCoreApplication::translate("sg::ChartRecovery", "The folder for unsaved charts %1 cannot be made.").arg(m_folder), {}};
    // A line of JSON saying whose chart it is, then the chart's JSON as it is: written into a
    // JSON string instead, a chart of 64 MB had to be read back whole, in the window, before
    // the analyst could be asked about it (0.7 s), and escaped on the way in.
    const QJsonObject head{{QStringLiteral("case"), QFileInfo(casePath).absoluteFilePath()},
                           {QStringLiteral("chart"), chartId},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    QSaveFile file(fileFor(casePath));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(head).toJson(QJsonDocument::Compact) + '\n') < 0
        || file.write(document) < 0 || !file.commit())
        return Error{ErrorCode::Io, QCoreApplication::translate("sg::ChartRecovery", "The chart's unsaved changes could not be kept in %1.").arg(file.fileName()),
                     file.errorString()};
    return Ok{};
}

std::optional<ChartRecovery::Saved> ChartRecovery::find(const QString &casePath) const
{
    QFile file(fileFor(casePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // The head's line (compact JSON has none inside), then the chart; a file kept before stop 47
    // is one JSON object with the chart in it as a string.
    const QJsonObject object = QJsonDocument::fromJson(file.readLine()).object();
    Saved saved;
    saved.casePath = object.value(QStringLiteral("case")).toString();
    saved.chartId = object.value(QStringLiteral("chart")).toInteger();
    saved.name = object.value(QStringLiteral("name")).toString();
    saved.at = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    saved.document = object.contains(QStringLiteral("document")) ? object.value(QStringLiteral("document")).toString().toUtf8() : file.readAll();
    file.close();
    if (saved.document.isEmpty() || QFileInfo(saved.casePath) != QFileInfo(casePath)) {
        file.remove();
        return std::nullopt;
    }
    return saved;
}

void ChartRecovery::discard(const QString &casePath) const { QFile::remove(fileFor(casePath)); }

} // namespace sg
