#pragma once

#include "core/exchange/exchangedata.h"

#include <QDateTime>

class QIODevice;

namespace sg {

// Who sends a bundle, and why.
struct BundleInfo
{
    QString agency;   // "Cambodian National Police, Anti-Cybercrime Department"
    QString examiner;
    QString caseName;
    QString caseNumber;
    QString note;
    QDateTime createdAt; // defaults to now

    // Sent by `agency` from this case, by whoever is working on it.
    static BundleInfo fromCase(const CaseStore &store, const QString &agency);
};

// A case bundle: part of a case (a chart, or entities within some hops) for a partner agency,
// in one JSON file: the entities with their aliases and the source records that name them,
// the events between them and of each alone, the declared links, and every source behind
// them with its file name, SHA-256, importer and examiner. The payload's SHA-256 is written
// beside it so damage in transit is found; BundleImporter reads it into another case with all
// of that provenance kept ("received from …").
Status writeBundle(const CaseStore &store, const ExchangeData &data, const BundleInfo &info, QIODevice *out);

} // namespace sg
