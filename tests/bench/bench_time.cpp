// Benchmark: the time views on cases of N events. Writes a seeded case (calls among phones in
// three zones, a few busy numbers, over 90 days), then measures: the weekday × hour and daily
// counts of the whole case (from the per-hour counts written at import, and from the events as a
// time window needs) and of the busiest number (the Activity panel, the heat matrix),
// the links of a 500-entity chart within one week (the time filter), and drawing a timeline
// of up to 100,000 events on 20 lines (whole range, then one day). Prints one table row per
// measure; not a test, it asserts nothing about time.
//
//   bench_time [--events N,N,...] [--runs R]

#include "core/store/casestore.h"
#include "core/store/sourcewriter.h"
#include "widgets/timelineview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

#include <sys/resource.h>

using namespace sg;

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

double seconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e9;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// N calls among N/20 phones; one in ten involves one of ten busy numbers.
QList<EntityId> writeCase(CaseStore &store, qint64 events)
{
    SourceRecord source;
    source.path = source.fileName = QStringLiteral("bench.csv");
    source.sha256 = QStringLiteral("00");
    source.format = source.importer = QStringLiteral("bench");
    source.importerVersion = QStringLiteral("1");
    auto writer = store.beginSource(source);
    if (!writer)
        qFatal("%s", qPrintable(writer.error().oneLine()));
    const qint64 phones = std::max<qint64>(50, events / 20);
    QList<EntityId> ids;
    for (qint64 i = 0; i < phones; ++i) {
        auto id = (*writer)->entity(EntityType::Phone, QStringLiteral("+8551%1").arg(10000000 + i), false, QStringLiteral("bench.csv:1"), {});
        if (!id)
            qFatal("%s", qPrintable(id.error().oneLine()));
        ids.append(*id);
    }
    std::mt19937_64 random(11);
    const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const int offsets[] = {7 * 3600, 8 * 3600, 6 * 3600 + 1800}; // Phnom Penh, Kunming, Yangon
    for (qint64 i = 0; i < events; ++i) {
        Event e;
        e.type = EventType::Call;
        e.from = random() % 10 == 0 ? ids[random() % 10] : ids[random() % ids.size()];
        do
            e.to = ids[random() % ids.size()];
        while (e.to == e.from);
        e.utcMs = start + qint64(random() % (90ULL * 24 * 3600)) * 1000;
        e.utcOffsetSeconds = offsets[random() % 3];
        e.duration = qint64(random() % 600);
        if (Status s = (*writer)->event(e, QStringLiteral("bench.csv:%1").arg(i + 2)); !s)
            qFatal("%s", qPrintable(s.error().oneLine()));
    }
    if (Status s = (*writer)->commit({}, {}); !s)
        qFatal("%s", qPrintable(s.error().oneLine()));
    CaseStore::waitForCheckpoints(); // the log copied into the case file before anything is timed
    return ids;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("events"), QStringLiteral("Case sizes."), QStringLiteral("N,N"), QStringLiteral("100000,1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per measure."), QStringLiteral("R"), QStringLiteral("3")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    std::printf("| events | measure | runs | median s | min–max s | peak RSS MB |\n|---|---|---|---|---|---|\n");
    for (const QString &size : parser.value(QStringLiteral("events")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qint64 n = size.toLongLong();
        auto row = [&](const QString &measure, const QList<double> &times) {
            const auto [lo, hi] = std::minmax_element(times.cbegin(), times.cend());
            std::printf("| %lld | %s | %d | %.3f | %s | %.0f |\n", n, qPrintable(measure), int(times.size()), median(times),
                        times.size() > 1 ? qPrintable(QStringLiteral("%1–%2").arg(*lo, 0, 'f', 3).arg(*hi, 0, 'f', 3)) : "–", peakRssMb());
            std::fflush(stdout);
        };
        QTemporaryDir dir;
        CaseInfo info;
        info.name = QStringLiteral("bench");
        auto store = CaseStore::create(dir.filePath(QStringLiteral("bench.seagull")), info);
        if (!store)
            qFatal("%s", qPrintable(store.error().oneLine()));
        QList<EntityId> ids;
        row(QStringLiteral("write the case (setup)"), {seconds([&] { ids = writeCase(**store, n); })});

        auto measure = [&](const QString &name, const std::function<void()> &work) {
            QList<double> times;
            for (int r = 0; r < runs; ++r)
                times << seconds(work);
            row(name, times);
        };
        measure(QStringLiteral("activity of the whole case (heat matrix, days)"), [&] {
            if (!(*store)->activity({}))
                qFatal("activity failed");
        });
        measure(QStringLiteral("activity of the whole case counted from the events (a time window)"), [&] {
            if (!(*store)->activity({}, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()))
                qFatal("activity failed");
        });
        measure(QStringLiteral("activity of the busiest number"), [&] {
            if (!(*store)->activity({ids.first()}))
                qFatal("activity failed");
        });
        const QList<EntityId> chart = ids.mid(0, 500);
        const qint64 weekFrom = QDateTime(QDate(2024, 2, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        measure(QStringLiteral("time filter: links of 500 entities in one week"), [&] {
            if (!(*store)->linksAmong(chart, weekFrom, weekFrom + 7LL * 24 * 3600 * 1000))
                qFatal("linksAmong failed");
        });
        // The timeline of the ten busiest numbers and ten others.
        const QList<EntityId> lanes = ids.mid(0, 20);
        QList<EventRow> events;
        measure(QStringLiteral("timeline: read the events among 20 lines"), [&] {
            auto read = (*store)->eventsBetween(lanes, lanes, TimelinePanel::MostEvents);
            if (!read)
                qFatal("eventsBetween failed");
            events = *read;
        });
        QList<Entity> entities;
        for (const EntityId id : lanes)
            entities.append(*(*store)->entity(id).value());
        TimelineView view;
        view.resize(1600, 500);
        view.setData(entities, events);
        QImage image(1600, 500, QImage::Format_ARGB32_Premultiplied);
        measure(QStringLiteral("timeline: draw %1 events, whole range").arg(events.size()), [&] {
            QPainter painter(&image);
            view.render(&painter, QRectF(0, 0, 1600, 500));
        });
        view.setRange(weekFrom, weekFrom + 24LL * 3600 * 1000);
        measure(QStringLiteral("timeline: draw one day"), [&] {
            QPainter painter(&image);
            view.render(&painter, QRectF(0, 0, 1600, 500));
        });
    }
    // The timeline at its limit: 100,000 events on 20 lines over 90 days, whatever the case.
    {
        std::mt19937_64 random(5);
        QList<Entity> lanes;
        for (int i = 0; i < 20; ++i) {
            Entity e;
            e.id = i + 1;
            e.key = QStringLiteral("+8551%1").arg(20000000 + i);
            lanes.append(e);
        }
        const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QList<EventRow> events;
        for (int i = 0; i < TimelinePanel::MostEvents; ++i) {
            EventRow r;
            r.event.from = 1 + random() % 20;
            r.event.to = 1 + (r.event.from + random() % 19) % 20;
            r.event.utcMs = start + qint64(random() % (90ULL * 24 * 3600)) * 1000;
            events.append(r);
        }
        TimelineView view;
        view.resize(1600, 500);
        QList<double> set;
        set << seconds([&] { view.setData(lanes, events); });
        QImage image(1600, 500, QImage::Format_ARGB32_Premultiplied);
        auto draw = [&](const QString &name) {
            QList<double> times;
            for (int r = 0; r < runs; ++r)
                times << seconds([&] {
                    QPainter painter(&image);
                    view.render(&painter, QRectF(0, 0, 1600, 500));
                });
            const auto [lo, hi] = std::minmax_element(times.cbegin(), times.cend());
            std::printf("| %d | %s | %d | %.3f | %s | %.0f |\n", TimelinePanel::MostEvents, qPrintable(name), int(times.size()), median(times),
                        times.size() > 1 ? qPrintable(QStringLiteral("%1–%2").arg(*lo, 0, 'f', 3).arg(*hi, 0, 'f', 3)) : "–", peakRssMb());
        };
        std::printf("| %d | timeline: sort 100,000 events onto 20 lines | 1 | %.3f | – | %.0f |\n", TimelinePanel::MostEvents, set.first(), peakRssMb());
        draw(QStringLiteral("timeline: draw 100,000 events, all 90 days"));
        view.setRange(start + 30LL * 24 * 3600 * 1000, start + 31LL * 24 * 3600 * 1000);
        draw(QStringLiteral("timeline: draw one day of them"));
    }
    return 0;
}
