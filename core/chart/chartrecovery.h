#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace sg {

// Unsaved chart edits kept outside the case, so a crash or a power cut loses at most the last
// minute of work. One file per case (the chart being edited there), written whole or not at all
// (QSaveFile), removed when the chart is saved or the window closes normally. The case file is
// never written by autosave: what is in the case is what the analyst saved.
class ChartRecovery
{
public:
    // `folder`: where the files live (default: Seagull's data folder, "recovery").
    explicit ChartRecovery(QString folder = {});

    struct Saved
    {
        QString casePath;
        qint64 chartId = 0; // 0: a chart never saved in the case
        QString name;
        QDateTime at;       // when the edits were kept (UTC)
        QByteArray document; // ChartDocument::toJson()
    };

    Status write(const QString &casePath, qint64 chartId, const QString &name, const QByteArray &document) const;
    // The kept edits for this case, if any (a damaged file counts as none and is removed).
    std::optional<Saved> find(const QString &casePath) const;
    void discard(const QString &casePath) const;
    QString fileFor(const QString &casePath) const;

private:
    QString m_folder;
};

} // namespace sg
