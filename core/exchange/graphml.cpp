#include "core/exchange/graphml.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>
#include <QXmlStreamWriter>

namespace sg {

Status writeGraphML(const GraphSnapshot &graph, QIODevice *out)
{
    QXmlStreamWriter xml(out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    auto key = [&](const QString &id, const QString &forWhat, const QString &type) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("for"), forWhat);
        xml.writeAttribute(QStringLiteral("attr.name"), id);
        xml.writeAttribute(QStringLiteral("attr.type"), type);
        xml.writeEndElement();
    };
    key(QStringLiteral("type"), QStringLiteral("node"), QStringLiteral("string"));
    key(QStringLiteral("key"), QStringLiteral("node"), QStringLiteral("string"));
    key(QStringLiteral("label"), QStringLiteral("node"), QStringLiteral("string"));
    key(QStringLiteral("entity_id"), QStringLiteral("node"), QStringLiteral("long"));
    key(QStringLiteral("count"), QStringLiteral("edge"), QStringLiteral("long"));
    key(QStringLiteral("seconds"), QStringLiteral("edge"), QStringLiteral("long"));
    key(QStringLiteral("declared"), QStringLiteral("edge"), QStringLiteral("boolean"));
    key(QStringLiteral("weight"), QStringLiteral("edge"), QStringLiteral("double"));
    QStringList currencies = graph.currencies();
    std::sort(currencies.begin(), currencies.end());
    for (const QString &currency : std::as_const(currencies))
        key(QStringLiteral("amount_") + (currency.isEmpty() ? QStringLiteral("unknown") : currency), QStringLiteral("edge"), QStringLiteral("string"));

    auto data = [&](const QString &k, const QString &value) {
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), k);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("seagull"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    for (int v = 0; v < graph.vertexCount(); ++v) {
        const SnapshotVertex &vertex = graph.vertex(v);
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("n%1").arg(vertex.id));
        data(QStringLiteral("type"), entityTypeName(vertex.type));
        data(QStringLiteral("key"), vertex.key);
        if (!vertex.label.isEmpty())
            data(QStringLiteral("label"), vertex.label);
        data(QStringLiteral("entity_id"), QString::number(vertex.id));
        xml.writeEndElement();
    }
    for (const SnapshotEdge &edge : graph.edges()) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("source"), QStringLiteral("n%1").arg(graph.vertex(edge.from).id));
        xml.writeAttribute(QStringLiteral("target"), QStringLiteral("n%1").arg(graph.vertex(edge.to).id));
        data(QStringLiteral("count"), QString::number(edge.count));
        if (edge.seconds > 0)
            data(QStringLiteral("seconds"), QString::number(edge.seconds));
        data(QStringLiteral("declared"), edge.declared ? QStringLiteral("true") : QStringLiteral("false"));
        data(QStringLiteral("weight"), QString::number(std::max<qint64>(1, edge.count)));
        for (const Money &m : edge.amounts)
            data(QStringLiteral("amount_") + (m.currency.isEmpty() ? QStringLiteral("unknown") : m.currency), m.decimal());
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    if (xml.hasError())
        return Error{ErrorCode::Io, QCoreApplication::translate("sg::GraphML", "The GraphML file could not be written."), out->errorString()};
    return Ok{};
}

} // namespace sg
