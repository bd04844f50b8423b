// libFuzzer targets (clang, -DSEAGULL_FUZZ=ON): each feeds arbitrary bytes to one reader through
// the real import path (ImportService: hashing, the private copy, the importer, the case store)
// or to phone normalisation. Built once per target with SEAGULL_FUZZ_FORMAT naming the importer
// and SEAGULL_FUZZ_SUFFIX the file name the bytes are written to. A crash, a sanitizer report or
// a hang is a finding; an import refused with an error is the expected answer to bad input.

#include "core/ingest/importservice.h"
#include "core/normalize/phonenormalizer.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

struct Workspace
{
    QTemporaryDir dir;
    std::unique_ptr<sg::CaseStore> store;
    int inputs = 0;

    sg::CaseStore &freshCase()
    {
        // A new case now and then, so the case under test stays small.
        if (!store || ++inputs % 500 == 0) {
            store.reset();
            const QString path = dir.filePath(QStringLiteral("fuzz-%1.seagull").arg(inputs));
            sg::CaseInfo info;
            info.name = QStringLiteral("fuzz");
            info.region = QStringLiteral("KH");
            info.timeZone = QStringLiteral("Asia/Phnom_Penh");
            auto created = sg::CaseStore::create(path, info);
            if (!created)
                std::abort();
            store = std::move(*created);
        }
        return *store;
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
#ifdef SEAGULL_FUZZ_PHONE
    // Any text as a number, in each of the six countries and without a region.
    const QString text = QString::fromUtf8(bytes);
    for (const char *region : {"KH", "TH", "VN", "LA", "MM", "CN", ""})
        (void)sg::PhoneNormalizer::normalize(text, QString::fromLatin1(region));
#else
    static Workspace workspace;
    sg::CaseStore &store = workspace.freshCase();
    const QString path = workspace.dir.filePath(QStringLiteral("input") + QStringLiteral(SEAGULL_FUZZ_SUFFIX));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            std::abort();
    }
    sg::ImportOptions options = sg::ImportOptions::forRegion(QStringLiteral("KH"), QStringLiteral("Asia/Phnom_Penh"));
    options.format = QStringLiteral(SEAGULL_FUZZ_FORMAT);
    (void)sg::ImportService(store).importFile(path, options);
    // The log the import wrote is copied into the case file on a thread of its own; the input's
    // work ends when that copy has (libFuzzer checks for leaks after each input and at exit,
    // where a copy still under way was reported as leaked: its connection and page cache).
    sg::CaseStore::waitForCheckpoints();
#endif
    return 0;
}
