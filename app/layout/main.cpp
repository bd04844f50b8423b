// seagull-layout: lays out one chart with Graphviz in its own process, so that the GUI can stop
// a long layout by ending the process (Graphviz itself cannot be interrupted). Reads the job on
// stdin and writes positions on stdout (core/layout/layoutprocess.h); exit 1 with the reason on
// stderr when the job cannot be read or laid out.
#include "core/layout/layoutprocess.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly)) {
        std::fputs("seagull-layout: cannot open stdin or stdout\n", stderr);
        return 1;
    }
    const auto job = sg::decodeLayoutJob(in.readAll());
    if (!job) {
        std::fprintf(stderr, "%s\n", qPrintable(job.error().oneLine()));
        return 1;
    }
    const auto positions = sg::GraphLayout::run(job->engine, job->nodes, job->edges);
    if (!positions) {
        std::fprintf(stderr, "%s\n", qPrintable(positions.error().oneLine()));
        return 1;
    }
    out.write(sg::encodePositions(*positions));
    return 0;
}
