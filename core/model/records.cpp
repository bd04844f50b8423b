#include "core/model/records.h"

namespace sg {

bool ExpandFilter::allowsLinkType(const Link &link) const
{
    if (linkTypes.isEmpty())
        return true;
    return linkTypes.contains(link.kind == LinkKind::Aggregate ? link.eventType : linkKindName(link.kind));
}

} // namespace sg
