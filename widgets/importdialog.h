#pragma once

#include "core/ingest/importer.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace sg {

// Asks how to read the files about to be imported: format (or automatic), the region for
// numbers written without a country code, and the time zone of local times. Defaults come from
// the case. GUI thread.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const QStringList &files, const ImportOptions &defaults, QWidget *parent = nullptr);

    ImportOptions options() const;

private:
    QComboBox *m_format;
    QComboBox *m_region;
    QComboBox *m_zone;
};

} // namespace sg
