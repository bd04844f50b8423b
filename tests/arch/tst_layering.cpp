// The layers of DESIGN.md §1 hold in the code: core never includes or links QtWidgets, and the
// third-party C APIs stay inside their modules.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class tst_Layering : public QObject
{
    Q_OBJECT

private:
    // Every header name QtWidgets installs ("QWidget", "qgraphicsscene.h", ...).
    static QSet<QString> widgetHeaders()
    {
        QSet<QString> names;
        const QStringList dirs = QString::fromUtf8(SEAGULL_QT_WIDGETS_DIRS).split(QLatin1Char('|'));
        for (const QString &dir : dirs) {
            if (!dir.endsWith(QLatin1String("QtWidgets")))
                continue;
            const QStringList entries = QDir(dir).entryList(QDir::Files);
            for (const QString &entry : entries)
                names.insert(entry);
        }
        return names;
    }

    struct Include
    {
        QString file;
        int line;
        QString header;
    };

    static QList<Include> includesUnder(const QString &folder)
    {
        static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
        QList<Include> result;
        QDirIterator it(QStringLiteral(SEAGULL_SOURCE_DIR "/") + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(path));
            int lineNumber = 0;
            while (!file.atEnd()) {
                ++lineNumber;
                const QString line = QString::fromUtf8(file.readLine());
                const auto match = include.match(line);
                if (match.hasMatch())
                    result.append({path, lineNumber, match.captured(1)});
            }
        }
        return result;
    }

private slots:
    void headerListIsKnown()
    {
        // Without the list the next test would pass vacuously.
        const QSet<QString> headers = widgetHeaders();
        QVERIFY2(headers.contains(QStringLiteral("QWidget")), "QtWidgets headers not found");
        QVERIFY(headers.contains(QStringLiteral("QGraphicsScene")));
    }

    void coreIncludesNoWidgets()
    {
        const QSet<QString> headers = widgetHeaders();
        const QList<Include> includes = includesUnder(QStringLiteral("core"));
        QVERIFY(includes.size() > 50);
        for (const Include &inc : includes) {
            QString name = inc.header;
            if (name.startsWith(QLatin1String("QtWidgets/")))
                name = name.mid(10);
            QVERIFY2(!headers.contains(name) && !inc.header.startsWith(QLatin1String("QtWidgets")),
                     qPrintable(QStringLiteral("%1:%2 includes the QtWidgets header %3").arg(inc.file).arg(inc.line).arg(inc.header)));
        }
    }

    void coreDoesNotLinkWidgets()
    {
        const QString links = QString::fromUtf8(SEAGULL_CORE_LINKS);
        QVERIFY(links.contains(QLatin1String("Qt6::Core")));
        QVERIFY2(!links.contains(QLatin1String("Widgets")), qPrintable(links));
    }

    void thirdPartyApisStayInTheirModules()
    {
        const QList<std::pair<QString, QString>> rules{
            {QStringLiteral("sqlite3.h"), QStringLiteral("/core/store/")},
            {QStringLiteral("graphviz/"), QStringLiteral("/core/layout/")},
            {QStringLiteral("boost/graph"), QStringLiteral("/core/graph/")},
            {QStringLiteral("zlib.h"), QStringLiteral("/core/ingest/ziparchive.")},
        };
        for (const QString &folder : {QStringLiteral("core"), QStringLiteral("widgets"), QStringLiteral("app")}) {
            for (const Include &inc : includesUnder(folder)) {
                for (const auto &[header, home] : rules) {
                    if (inc.header.startsWith(header))
                        QVERIFY2(inc.file.contains(home), qPrintable(QStringLiteral("%1:%2 includes %3 outside %4")
                                                                         .arg(inc.file).arg(inc.line).arg(inc.header, home)));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_Layering)
#include "tst_layering.moc"
