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
    const QJsonObject object{{QStringLiteral("case"), QFileInfo(casePath).absoluteFilePath()},
                             {QStringLiteral("chart"), chartId},
                             {QStringLiteral("name"), name},
                             {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("document"), QString::fromUtf8(document)}};
    QSaveFile file(fileFor(casePath));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return Error{ErrorCode::Io, QCoreApplication::translate("sg::ChartRecovery", "The chart's unsaved changes could not be kept in %1.").arg(file.fileName()),
                     file.errorString()};
    return Ok{};
}

std::optional<ChartRecovery::Saved> ChartRecovery::find(const QString &casePath) const
{
    QFile file(fileFor(casePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    Saved saved;
    saved.casePath = object.value(QStringLiteral("case")).toString();
    saved.chartId = object.value(QStringLiteral("chart")).toInteger();
    saved.name = object.value(QStringLiteral("name")).toString();
    saved.at = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    saved.document = object.value(QStringLiteral("document")).toString().toUtf8();
    if (saved.document.isEmpty() || QFileInfo(saved.casePath) != QFileInfo(casePath)) {
        file.remove();
        return std::nullopt;
    }
    return saved;
}

void ChartRecovery::discard(const QString &casePath) const { QFile::remove(fileFor(casePath)); }

} // namespace sg
