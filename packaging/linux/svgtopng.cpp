// Build tool: renders the app icon's SVG into the hicolor PNG sizes.
//   svgtopng IN.svg OUT_DIR SIZE…   writes OUT_DIR/SIZExSIZE/apps/syncdesk.png
// Generated at build time rather than committed so the PNGs can never fall behind the SVG. It uses
// Qt's own SVG image-format plugin (libqt6svg6, already a run-time dependency) through
// QImageReader, so the build needs no new package (no librsvg2-bin, no qt6-svg-dev).
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <cstdio>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // no display at build time
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: svgtopng IN.svg OUT_DIR SIZE...\n");
        return 2;
    }
    for (int i = 3; i < args.size(); ++i) {
        const int size = args[i].toInt();
        QImageReader reader(args[1]);
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (image.isNull()) {
            std::fprintf(stderr, "svgtopng: cannot render %s at %d px: %s (is libqt6svg6 installed?)\n",
                         qPrintable(args[1]), size, qPrintable(reader.errorString()));
            return 1;
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args[2]).arg(size);
        if (!QDir().mkpath(dir) || !image.save(dir + QStringLiteral("/syncdesk.png"))) {
            std::fprintf(stderr, "svgtopng: cannot write %s\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}
