// Build-time tool: renders an SVG icon to a square PNG, so the hicolor PNG sizes always match the one SVG
// source and no extra image converter is needed on the build machine.
//   slotwise-svg-to-png INPUT.svg OUTPUT.png SIZE
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Raster painting of paths needs no QGuiApplication, hence no display on build servers (icons hold no
    // text).
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(3).toInt(&sizeOk) : 0;
    if (!sizeOk || size <= 0 || size > 4096) {
        std::fputs("usage: slotwise-svg-to-png INPUT.svg OUTPUT.png SIZE (1..4096)\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "slotwise-svg-to-png: %s is not a readable SVG file\n", qPrintable(args.at(1)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(args.at(2), "PNG")) {
        std::fprintf(stderr, "slotwise-svg-to-png: cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }
    return 0;
}
