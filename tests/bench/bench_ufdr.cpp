// Benchmark: importing a Cellebrite UFDR (a deflated report.xml in a zip) of N calls and
// messages, from file to case. Each run imports in a child process of its own, so the peak
// memory printed is the import's alone and shows whether the report is streamed (it must not
// grow with the report). Prints one table row; not a test, it asserts nothing about time.
//
//   bench_ufdr [--calls N] [--runs R]

#include "core/ingest/importservice.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

#include <sys/resource.h>
#include <zlib.h>

using namespace sg;

namespace {

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

// Writes report.xml deflated into a zip as it is generated: a local header with a data
// descriptor, then the central directory. Nothing is held whole.
class StreamingZip
{
public:
    explicit StreamingZip(const QString &path)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        QByteArray header;
        put32(header, 0x04034b50);
        put16(header, 20);
        put16(header, 0x0808); // data descriptor, UTF-8 name
        put16(header, 8);
        put16(header, 0);
        put16(header, 0x21);
        put32(header, 0);
        put32(header, 0);
        put32(header, 0);
        put16(header, 10);
        put16(header, 0);
        header.append("report.xml");
        m_file.write(header);
        deflateInit2(&m_z, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
        m_crc = crc32(0, nullptr, 0);
    }

    void write(const QByteArray &data) { pump(data, Z_NO_FLUSH); }

    void finish()
    {
        pump({}, Z_FINISH);
        deflateEnd(&m_z);
        const quint32 compressed = quint32(m_z.total_out);
        const quint32 size = quint32(m_z.total_in);
        QByteArray tail;
        put32(tail, 0x08074b50);
        put32(tail, quint32(m_crc));
        put32(tail, compressed);
        put32(tail, size);
        const quint32 directoryAt = quint32(m_file.pos() + tail.size());
        put32(tail, 0x02014b50);
        put16(tail, 20);
        put16(tail, 20);
        put16(tail, 0x0808);
        put16(tail, 8);
        put16(tail, 0);
        put16(tail, 0x21);
        put32(tail, quint32(m_crc));
        put32(tail, compressed);
        put32(tail, size);
        put16(tail, 10);
        put16(tail, 0);
        put16(tail, 0);
        put16(tail, 0);
        put16(tail, 0);
        put32(tail, 0);
        put32(tail, 0);
        tail.append("report.xml");
        const quint32 directorySize = quint32(m_file.pos() + tail.size()) - directoryAt;
        put32(tail, 0x06054b50);
        put16(tail, 0);
        put16(tail, 0);
        put16(tail, 1);
        put16(tail, 1);
        put32(tail, directorySize);
        put32(tail, directoryAt);
        put16(tail, 0);
        m_file.write(tail);
        m_file.close();
    }

private:
    void pump(const QByteArray &data, int flush)
    {
        m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size()));
        m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        m_z.avail_in = uInt(data.size());
        char buffer[1 << 16];
        do {
            m_z.next_out = reinterpret_cast<Bytef *>(buffer);
            m_z.avail_out = sizeof buffer;
            deflate(&m_z, flush);
            m_file.write(buffer, qint64(sizeof buffer - m_z.avail_out));
        } while (m_z.avail_out == 0 || (flush == Z_FINISH && m_z.avail_in > 0));
    }

    QFile m_file;
    z_stream m_z{};
    uLong m_crc = 0;
};

QByteArray field(const char *name, const QByteArray &value)
{
    return QByteArray("<field name=\"") + name + "\" type=\"String\"><value type=\"String\"><![CDATA[" + value + "]]></value></field>";
}

QByteArray party(const QByteArray &identifier, const char *role)
{
    return "<model type=\"Party\">" + field("Identifier", identifier) + field("Role", role) + "</model>";
}

// Calls and WhatsApp messages between the owner and a heavy-tailed population of numbers.
qint64 writeReport(const QString &path, qint64 calls)
{
    std::mt19937_64 random(42);
    StreamingZip zip(path);
    zip.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<project name=\"bench\" reportVersion=\"7.60\" "
              "xmlns=\"http://pa.cellebrite.com/report/2.0\">\n<metadata section=\"Device Info\">"
              "<item name=\"IMEI\"><![CDATA[490154203237518]]></item><item name=\"MSISDN\"><![CDATA[+85592111222]]></item></metadata>\n"
              "<decodedData><modelType type=\"Call\">\n");
    const qint64 population = std::max<qint64>(500, calls / 50);
    qint64 t = 1772668800; // 2026-03-05
    auto number = [&]() {
        const double u = double(random() % 1000000) / 1000000.0;
        return QByteArray("+8551") + QByteArray::number(2000000 + qint64(u * u * u * double(population)));
    };
    QByteArray chunk;
    for (qint64 i = 0; i < calls; ++i) {
        t += qint64(random() % 90);
        const bool in = random() % 2;
        chunk += "<model type=\"Call\" id=\"call" + QByteArray::number(i) + "\" deleted_state=\"" + (i % 50 ? "Intact" : "Deleted") + "\">"
            + field("Source", "Phone") + field("Direction", in ? "Incoming" : "Outgoing")
            + field("TimeStamp", QDateTime::fromSecsSinceEpoch(t, Qt::OffsetFromUTC, 7 * 3600).toString(Qt::ISODate).toLatin1())
            + field("Duration", "00:0" + QByteArray::number(qulonglong(random() % 10)) + ":1" + QByteArray::number(qulonglong(random() % 10)))
            + "<multiModelField name=\"Parties\" type=\"Party\">" + party(number(), in ? "From" : "To") + "</multiModelField></model>\n";
        if (chunk.size() > (1 << 20)) {
            zip.write(chunk);
            chunk.clear();
        }
    }
    chunk += "</modelType><modelType type=\"Chat\"><model type=\"Chat\" id=\"chat\">" + field("Source", "WhatsApp")
        + field("Id", "85512000001@s.whatsapp.net") + "<multiModelField name=\"Participants\" type=\"Party\">"
        + party("85592111222@s.whatsapp.net", "General") + party("85512000001@s.whatsapp.net", "General")
        + "</multiModelField><multiModelField name=\"Messages\" type=\"InstantMessage\">";
    for (qint64 i = 0; i < calls / 10; ++i) {
        chunk += "<model type=\"InstantMessage\" id=\"m" + QByteArray::number(i) + "\">" + field("Body", "Send the money to the usual account today &amp; confirm")
            + field("TimeStamp", QDateTime::fromSecsSinceEpoch(t + i, Qt::UTC).toString(Qt::ISODate).toLatin1())
            + "<modelField name=\"From\" type=\"Party\">" + party("85512000001@s.whatsapp.net", "From") + "</modelField></model>\n";
    }
    chunk += "</multiModelField></model></modelType></decodedData></project>\n";
    zip.write(chunk);
    zip.finish();
    return calls + calls / 10;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// The child: one import, printing "seconds peak-kb events".
int importOnce(const QString &ufdr, const QString &casePath)
{
    CaseInfo info;
    info.name = QStringLiteral("bench");
    auto store = CaseStore::create(casePath, info);
    if (!store)
        qFatal("%s", qPrintable(store.error().oneLine()));
    QElapsedTimer timer;
    timer.start();
    ImportService service(**store);
    auto outcome = service.importFile(ufdr, ImportOptions::forRegion(QStringLiteral("KH"), QStringLiteral("Asia/Phnom_Penh")));
    if (!outcome)
        qFatal("import failed: %s", qPrintable(outcome.error().oneLine()));
    std::printf("%.3f %ld %lld\n", timer.elapsed() / 1000.0, peakRssKb(), outcome->report.events);
    CaseStore::waitForCheckpoints(); // the log copied into the case file, after the time
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("--import-once"))
        return importOnce(args[2], args[3]);
    qint64 calls = 100000;
    int runs = 3;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--calls"))
            calls = args[i + 1].toLongLong();
        if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
    }
    QTemporaryDir dir;
    const QString ufdr = dir.filePath(QStringLiteral("bench.ufdr"));
    const qint64 records = writeReport(ufdr, calls);

    QList<double> seconds;
    long peak = 0;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.start(app.applicationFilePath(), {QStringLiteral("--import-once"), ufdr, dir.filePath(QStringLiteral("case%1.seagull").arg(run))});
        child.waitForFinished(-1);
        const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
        if (child.exitCode() != 0 || parts.size() != 3 || parts[2].toLongLong() != records)
            qFatal("import run failed: %s", child.readAllStandardError().constData());
        seconds << parts[0].toDouble();
        peak = std::max(peak, parts[1].toLong());
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf("| work | records | report MB (zip MB) | runs | median s | min–max s | records/s | peak RSS MB |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");
    // The uncompressed size, from the archive's end: generation streamed it.
    QFile zip(ufdr);
    zip.open(QIODevice::ReadOnly);
    zip.seek(zip.size() - 22 - 46 - 10 + 24);
    const QByteArray sizeBytes = zip.read(4);
    const quint32 reportBytes = quint32(uchar(sizeBytes[0])) | (quint32(uchar(sizeBytes[1])) << 8) | (quint32(uchar(sizeBytes[2])) << 16)
        | (quint32(uchar(sizeBytes[3])) << 24);
    std::printf("| UFDR import | %lld | %.0f (%.0f) | %d | %.2f | %.2f–%.2f | %.0f | %.0f |\n", records, reportBytes / 1048576.0,
                QFileInfo(ufdr).size() / 1048576.0, runs, seconds[seconds.size() / 2], seconds.first(), seconds.last(),
                records / seconds[seconds.size() / 2], peak / 1024.0);
    return 0;
}
