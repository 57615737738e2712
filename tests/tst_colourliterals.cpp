// No colour is written into the widgets' code: every one comes from the palette through
// ThemeColors (ui/widgets/themecolors.h), so the app reads well in a dark theme. This test reads
// the sources of ui/ and app/ (the demo server aside) and fails on a hex colour in a string, a
// QColor built from numbers or a name, a Qt::red-style global colour, or a named colour or
// palette role used as a text colour in a style sheet.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

namespace
{
struct Rule
{
    const char *what;
    QRegularExpression pattern;
    // The one file allowed to build colours from numbers: the helper that derives them.
    bool allowedInHelper = false;
};

const QList<Rule> &rules()
{
    static const QList<Rule> list = {
        {"hex colour in a string", QRegularExpression(QStringLiteral("\"[^\"\\n]*#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{4}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})\\b[^\"\\n]*\""))},
        {"QColor literal", QRegularExpression(QStringLiteral("\\bQColor\\s*(?:\\w+\\s*)?[({]\\s*(?:\\d|0x|\"|u\"|QStringLiteral|QLatin1String|Qt::)"))},
        {"QColor built from numbers", QRegularExpression(QStringLiteral("\\bQColor::from(?:Rgb|Rgba|RgbF|Hsl|HslF|Hsv|HsvF|Cmyk|CmykF|String)\\s*\\(")),
         true},
        {"qRgb literal", QRegularExpression(QStringLiteral("\\bqRgba?\\s*\\("))},
        {"global colour", QRegularExpression(QStringLiteral(
                              "\\bQt::(?:white|black|red|darkRed|green|darkGreen|blue|darkBlue|cyan|darkCyan|magenta|darkMagenta|yellow|darkYellow|gray|darkGray|lightGray|color0|color1)\\b"))},
        {"named colour in a style sheet",
         QRegularExpression(QStringLiteral(
             "\"[^\"\\n]*\\b(?:color|background|background-color|border(?:-[a-z]+)?|selection-color|selection-background-color|gridline-color|alternate-background-color)\\s*:[^;\"\\n]*\\b(?:white|black|red|green|blue|gray|grey|silver|yellow|orange|purple|pink|navy|maroon|teal|olive|lime|aqua|fuchsia|brown|darkred|darkgreen|darkblue|lightgray|lightgrey|darkgray|darkgrey)\\b"))},
        {"rgb() colour in a style sheet", QRegularExpression(QStringLiteral("\"[^\"\\n]*\\brgba?\\s*\\(\\s*\\d"))},
        {"palette role as a text colour in a style sheet", QRegularExpression(QStringLiteral("\"[^\"\\n]*\\bcolor\\s*:\\s*palette\\("))},
    };
    return list;
}

// "file:line: what: text" for each violation in one file's text.
QStringList violations(const QString &fileName, const QString &text, bool isHelper)
{
    QStringList found;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        for (const Rule &rule : rules()) {
            if (isHelper && rule.allowedInHelper)
                continue;
            if (rule.pattern.match(lines.at(i)).hasMatch())
                found << QStringLiteral("%1:%2: %3: %4").arg(fileName).arg(i + 1).arg(QLatin1String(rule.what), lines.at(i).trimmed());
        }
    }
    return found;
}

QStringList sourceFiles()
{
    QStringList files;
    const QDir root(QStringLiteral(BILLDECK_SOURCE_DIR));
    for (const QString &folder : {QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(root.filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = root.relativeFilePath(path);
            // The demo server makes no widget; the colours it holds are data, not theme.
            if (!relative.startsWith(QLatin1String("app/demo/")))
                files << relative;
        }
    }
    files.sort();
    return files;
}
}

class TestColourLiterals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catchesEachKindOfLiteral_data();
    void catchesEachKindOfLiteral();
    void allowsWhatComesFromThePalette_data();
    void allowsWhatComesFromThePalette();
    void helperAloneMayBuildColoursFromNumbers();
    void noColourLiteralInTheWidgets();
};

void TestColourLiterals::catchesEachKindOfLiteral_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("hex in style sheet") << QStringLiteral("label->setStyleSheet(QStringLiteral(\"color: #5f6b7a;\"));");
    QTest::newRow("short hex") << QStringLiteral("w->setStyleSheet(\"background: #fff\")");
    QTest::newRow("hex argument") << QStringLiteral("QString color = QStringLiteral(\"#067647\");");
    QTest::newRow("QColor numbers") << QStringLiteral("return QColor(0x1e, 0x6b, 0x34);");
    QTest::newRow("QColor decimal") << QStringLiteral("painter->setPen(QColor(51, 65, 85));");
    QTest::newRow("QColor name") << QStringLiteral("QColor c(\"red\");");
    QTest::newRow("QColor global") << QStringLiteral("QColor c(Qt::darkGray);");
    QTest::newRow("QColor braces") << QStringLiteral("const QColor c{12, 34, 56};");
    QTest::newRow("fromRgb") << QStringLiteral("auto c = QColor::fromRgb(10, 20, 30);");
    QTest::newRow("qRgb") << QStringLiteral("image.fill(qRgb(255, 255, 255));");
    QTest::newRow("Qt::white") << QStringLiteral("slice->setBorderColor(Qt::white);");
    QTest::newRow("Qt::red") << QStringLiteral("painter->setPen(Qt::red);");
    QTest::newRow("named colour") << QStringLiteral("card->setStyleSheet(\"#choice { background: white; }\");");
    QTest::newRow("named border") << QStringLiteral("w->setStyleSheet(\"border: 1px solid gray;\");");
    QTest::newRow("rgb()") << QStringLiteral("w->setStyleSheet(\"color: rgb(10, 20, 30);\");");
    QTest::newRow("palette(mid) as text") << QStringLiteral("m_summaryLabel->setStyleSheet(QStringLiteral(\"color: palette(mid);\"));");
}

void TestColourLiterals::catchesEachKindOfLiteral()
{
    QFETCH(QString, line);
    QVERIFY(!violations(QStringLiteral("planted.cpp"), line, false).isEmpty());
}

void TestColourLiterals::allowsWhatComesFromThePalette_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("helper") << QStringLiteral("ThemeColors::setMutedText(m_summaryLabel);");
    QTest::newRow("arg from palette") << QStringLiteral("return QStringLiteral(\"#%1 { %2 border-radius: %3px; }\").arg(name, style);");
    QTest::newRow("object name") << QStringLiteral("setObjectName(QStringLiteral(\"expiryWarning\"));");
    QTest::newRow("palette role") << QStringLiteral("palette.color(QPalette::Text)");
    QTest::newRow("QColor from a variable") << QStringLiteral("const QColor color = ChartTheme::seriesColor(palette(), i);");
    QTest::newRow("padding only") << QStringLiteral("m_tree->setStyleSheet(QStringLiteral(\"QTreeWidget::item { padding: 3px 2px; }\"));");
    QTest::newRow("transparent") << QStringLiteral("scroll->setStyleSheet(\"QScrollArea { background: transparent; }\");");
    QTest::newRow("words in text") << QStringLiteral("tr(\"The red line is your budget\")");
    QTest::newRow("issue number") << QStringLiteral("tr(\"See issue #12\")");
}

void TestColourLiterals::allowsWhatComesFromThePalette()
{
    QFETCH(QString, line);
    QCOMPARE(violations(QStringLiteral("fine.cpp"), line, false), QStringList());
}

void TestColourLiterals::helperAloneMayBuildColoursFromNumbers()
{
    const QString derivation = QStringLiteral("return QColor::fromHslF(hue, saturation, lightness);");
    QCOMPARE(violations(QStringLiteral("ui/widgets/themecolors.cpp"), derivation, true), QStringList());
    QCOMPARE(violations(QStringLiteral("ui/costs/costspage.cpp"), derivation, false).size(), 1);
    // Not even the helper writes a hex colour or a global one.
    QCOMPARE(violations(QStringLiteral("ui/widgets/themecolors.cpp"), QStringLiteral("return Qt::white;"), true).size(), 1);
}

void TestColourLiterals::noColourLiteralInTheWidgets()
{
    const QStringList files = sourceFiles();
    // The tree is really read: the main window and the helper are among the files.
    QVERIFY(files.contains(QStringLiteral("ui/mainwindow.cpp")));
    QVERIFY(files.contains(QStringLiteral("ui/widgets/themecolors.cpp")));
    QStringList found;
    const QDir root(QStringLiteral(BILLDECK_SOURCE_DIR));
    for (const QString &relative : files) {
        QFile file(root.filePath(relative));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(relative));
        found << violations(relative, QString::fromUtf8(file.readAll()), relative == QLatin1String("ui/widgets/themecolors.cpp"));
    }
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("Colours belong to ThemeColors (ui/widgets/themecolors.h):\n")
                                          + found.join(u'\n')));
    qInfo("%lld source files read, no colour literal", qint64(files.size()));
}

QTEST_MAIN(TestColourLiterals)
#include "tst_colourliterals.moc"
