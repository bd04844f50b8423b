#pragma once

#include "core/model/result.h"

#include <QString>

namespace sg {

class CaseStore;
class Progress;

// Writes the case as three CSV files in `folder` for spreadsheets and other tools:
// entities.csv (id, type, key, label, raw), links.csv (one row per link as stored: the two
// ends with their keys, kind, event type, count, seconds, amounts per currency, first and last
// time) and events.csv (every event with both parties, time in UTC and its offset, duration,
// amount, direction, status, cell, text, and the source file and record it came from); links
// and events end with the two parties' types, so SeagullCsvImporter reads each file alone. UTF-8
// with a byte-order mark (spreadsheet programs then read Khmer, Lao, Burmese and Chinese right),
// RFC 4180 quoting, times in ISO 8601 UTC. Each file is written whole or not at all.
Status exportCsv(const CaseStore &store, const QString &folder, Progress *progress = nullptr);

} // namespace sg
