#include "core/store/filehash.h"

#include "core/model/progress.h"
#include "core/store/sha256.h"

#include <QCoreApplication>
#include <QFile>

namespace sg {

Result<QString> sha256OfFile(const QString &path, Progress *progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, QCoreApplication::translate("sg::Evidence", "Cannot read %1.").arg(path),
                     file.errorString()};
    }
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            return Error{ErrorCode::Io, QCoreApplication::translate("sg::Evidence", "Cannot read %1.").arg(path),
                         file.errorString()};
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        done += n;
        if (progress) {
            progress->setDone(done);
            if (progress->isCancelled())
                return Error{ErrorCode::Cancelled, QCoreApplication::translate("sg::Evidence", "Stopped by the user."), path};
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace sg
