#include "core/layout/layoutprocess.h"

#include "core/model/progress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>

namespace sg {

namespace {

constexpr char Magic[] = "seagull-layout";
constexpr int Version = 1;

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 17); // round-trips a double exactly
}

Error badJob(const QString &detail)
{
    return Error{ErrorCode::InvalidInput, GraphLayout::tr("The layout job could not be read."), detail};
}

} // namespace

QByteArray encodeLayoutJob(const LayoutJob &job)
{
    QByteArray out;
    out.reserve(int(job.nodes.size() * 48 + job.edges.size() * 24 + 32));
    out += Magic;
    out += ' ' + QByteArray::number(Version) + ' ' + layoutEngineName(job.engine).toLatin1() + '\n';
    for (const LayoutNode &n : job.nodes) {
        out += "n " + QByteArray::number(n.id) + ' ' + number(n.size.width()) + ' ' + number(n.size.height()) + ' '
            + number(n.position.x()) + ' ' + number(n.position.y()) + ' ' + (n.pinned ? '1' : '0') + ' '
            + QByteArray::number(n.group) + '\n';
    }
    for (const LayoutEdge &e : job.edges)
        out += "e " + QByteArray::number(e.from) + ' ' + QByteArray::number(e.to) + ' ' + number(e.weight) + '\n';
    return out;
}

Result<LayoutJob> decodeLayoutJob(const QByteArray &text)
{
    LayoutJob job;
    const QList<QByteArray> lines = text.split('\n');
    const QList<QByteArray> head = lines.value(0).split(' ');
    if (head.size() != 3 || head[0] != Magic || head[1].toInt() != Version)
        return badJob(QStringLiteral("line 1: expected \"%1 %2 ENGINE\"").arg(QLatin1String(Magic)).arg(Version));
    const auto engine = layoutEngineFromName(QString::fromLatin1(head[2]));
    if (!engine)
        return badJob(QStringLiteral("line 1: unknown engine \"%1\"").arg(QString::fromLatin1(head[2])));
    job.engine = *engine;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split(' ');
        bool ok[8] = {true, true, true, true, true, true, true, true};
        if (f[0] == "n" && f.size() == 8) {
            LayoutNode n;
            n.id = f[1].toLongLong(&ok[0]);
            n.size = QSizeF(f[2].toDouble(&ok[1]), f[3].toDouble(&ok[2]));
            n.position = QPointF(f[4].toDouble(&ok[3]), f[5].toDouble(&ok[4]));
            n.pinned = f[6] == "1";
            n.group = f[7].toInt(&ok[5]);
            job.nodes.append(n);
        } else if (f[0] == "e" && f.size() == 4) {
            job.edges.append(LayoutEdge{f[1].toLongLong(&ok[0]), f[2].toLongLong(&ok[1]), f[3].toDouble(&ok[2])});
        } else {
            return badJob(QStringLiteral("line %1: not a node or an edge").arg(i + 1));
        }
        if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }))
            return badJob(QStringLiteral("line %1: not a number where one belongs").arg(i + 1));
    }
    return job;
}

QByteArray encodePositions(const QHash<qint64, QPointF> &positions)
{
    QByteArray out;
    out.reserve(int(positions.size() * 48));
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it)
        out += QByteArray::number(it.key()) + ' ' + number(it.value().x()) + ' ' + number(it.value().y()) + '\n';
    return out;
}

Result<QHash<qint64, QPointF>> decodePositions(const QByteArray &text)
{
    QHash<qint64, QPointF> positions;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QList<QByteArray> f = lines[i].split(' ');
        bool okId = false, okX = false, okY = false;
        if (f.size() == 3) {
            const qint64 id = f[0].toLongLong(&okId);
            const QPointF p(f[1].toDouble(&okX), f[2].toDouble(&okY));
            positions.insert(id, p);
        }
        if (!okId || !okX || !okY)
            return Error{ErrorCode::Layout, GraphLayout::tr("The layout helper gave an answer that could not be read."),
                         QStringLiteral("line %1").arg(i + 1)};
    }
    return positions;
}

QString layoutHelperPath()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("seagull-layout.exe"); // beside seagull.exe in a Windows install
#else
    const QString name = QStringLiteral("seagull-layout");
#endif
    QStringList candidates;
    if (const QString env = qEnvironmentVariable("SEAGULL_LAYOUT_HELPER"); !env.isEmpty())
        candidates << env;
    if (QCoreApplication::instance()) {
        const QDir programs(QCoreApplication::applicationDirPath());
        candidates << programs.filePath(name); // the build tree
        // Installed: bin/ and libexec/seagull/ under one prefix, wherever it is.
        candidates << programs.filePath(QStringLiteral("../libexec/seagull/") + name);
    }
    candidates << QStringLiteral(SEAGULL_LIBEXEC_DIR "/") + name;
    for (const QString &path : std::as_const(candidates)) {
        const QFileInfo info(path);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

Result<QHash<qint64, QPointF>> runLayoutProcess(const QString &helper, const LayoutJob &job, Progress *progress)
{
    auto failed = [&](const QString &detail) {
        return Error{ErrorCode::Layout,
                     GraphLayout::tr("Graphviz could not lay out the chart with %1.").arg(layoutEngineName(job.engine)),
                     detail};
    };
    if (progress)
        progress->setStage(GraphLayout::tr("Laying out %n entities", nullptr, int(job.nodes.size())));
    QProcess process;
    process.setProgram(helper);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(10000))
        return failed(QStringLiteral("%1: %2").arg(helper, process.errorString()));
    process.write(encodeLayoutJob(job));
    process.closeWriteChannel();
    QByteArray out;
    // Poll for Cancel while the helper works; read as it writes so a large answer never fills
    // the pipe.
    while (process.state() != QProcess::NotRunning) {
        if (progress && progress->isCancelled()) {
            process.kill();
            process.waitForFinished(5000);
            return Error{ErrorCode::Cancelled, GraphLayout::tr("Stopped by the user."), {}};
        }
        process.waitForFinished(100);
        out += process.readAllStandardOutput();
    }
    out += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString why = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return failed(QStringLiteral("%1: %2").arg(helper,
            why.isEmpty() ? (process.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed") : QStringLiteral("exit code %1").arg(process.exitCode())) : why));
    }
    auto positions = decodePositions(out);
    if (positions && positions->size() != job.nodes.size())
        return failed(QStringLiteral("%1: %2 positions for %3 entities").arg(helper).arg(positions->size()).arg(job.nodes.size()));
    return positions;
}

} // namespace sg
