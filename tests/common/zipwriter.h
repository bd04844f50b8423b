#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Writes zip archives for the tests, honest or hostile: members stored or deflated, and sizes
// that can lie, so the reader's defences are tested on bytes the test controls.
namespace sg::test {

struct ZipMember
{
    QString name;
    QByteArray data;
    bool deflate = true;
    qint64 declaredSize = -1; // what the directory claims the member expands to; -1: the truth
};

QByteArray makeZip(const QList<ZipMember> &members);

} // namespace sg::test
