#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sg {

class Progress;

struct DemoCase
{
    QString casePath;
    QString evidenceFolder;    // the generated operator records, kept as the case's evidence
    QStringList denBosses;     // entity references of the two compounds' coordinators
    QStringList callers;       // entity references of the callers
    qint64 calls = 0;          // call and SMS records written
};

// Writes the demonstration case: two scam compounds (one near Sihanoukville, one on the Myanmar
// border) whose callers use SIMs from several of the six countries, their victims in China,
// Thailand and Vietnam, and a background population, as three operator call-record files in the
// layouts operators really send, imported through the real importers. Deterministic: the same
// output every time. The records are invented; no number belongs to a real person on purpose.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(sg::DemoGenerator)

public:
    static Result<DemoCase> write(const QString &casePath, Progress *progress = nullptr);
};

} // namespace sg
