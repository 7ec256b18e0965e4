#pragma once

#include <QFile>
#include <QString>
#include <QTest>

// The hand-written calendar files in tests/data/ics (see its README.md).
inline QString icsFixture(const QString& name)
{
    return QStringLiteral(SLOTWISE_TEST_DATA_DIR "/ics/") + name;
}

inline QByteArray readIcsFixture(const QString& name)
{
    QFile file(icsFixture(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open fixture %s", qPrintable(name));
        return {};
    }
    return file.readAll();
}
