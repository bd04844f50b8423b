#include "core/graph/messages.h"

#include <QCoreApplication>

namespace sg::analysis {

QString stageText(Stage stage, int entities)
{
    switch (stage) {
    case Stage::Betweenness:
        return QCoreApplication::translate("sg::Analysis", "Betweenness of %n entities", nullptr, entities);
    case Stage::Closeness:
        return QCoreApplication::translate("sg::Analysis", "Closeness of %n entities", nullptr, entities);
    case Stage::Eigenvector:
        return QCoreApplication::translate("sg::Analysis", "Eigenvector centrality of %n entities", nullptr, entities);
    case Stage::PageRank:
        return QCoreApplication::translate("sg::Analysis", "PageRank of %n entities", nullptr, entities);
    case Stage::Communities:
        return QCoreApplication::translate("sg::Analysis", "Communities of %n entities", nullptr, entities);
    }
    return {};
}

Error cancelledError()
{
    return Error{ErrorCode::Cancelled, QCoreApplication::translate("sg::Analysis", "Stopped by the user."), {}};
}

} // namespace sg::analysis
