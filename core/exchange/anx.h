#pragma once

#include "core/exchange/exchangedata.h"

class QIODevice;

namespace sg {

// Writes i2 Analyst's Notebook exchange XML (.anx): every entity as an icon of its type at its
// chart position (a grid when it has none), identified by its Seagull reference
// ("phone:+85512345678"); every event between two of them as a dated, directed link of its type
// with multiplicity "multiple" (so Analyst's Notebook keeps each call and transfer, and its
// timeline works), carrying its duration or amount and its source record; declared links
// (uses, owns, ...) as single dashed links. AnxImporter reads it back.
Status writeAnx(const ExchangeData &data, QIODevice *out);

// The i2 entity type name Seagull writes for a type, and back ("Phone" → phone).
QString anxTypeName(EntityType type);
std::optional<EntityType> entityTypeFromAnx(const QString &name);

} // namespace sg
