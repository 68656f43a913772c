#include "changerecorddocument.h"

#include "changerecordfacts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>
#include <algorithm>

namespace pdc {

namespace {

class ChangeRecord
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRecord)
};

const QString kMonoFamily = QStringLiteral("DejaVu Sans Mono");
const QString kSansFamily = QStringLiteral("DejaVu Sans");
constexpr qreal kMonoPointSize = 7.5;

} // namespace

bool printChangeRecordPdf(const ChangeRecordInput &input, QIODevice *device)
{
    const QString id = input.checklist.upgradeId;
    QPdfWriter writer(device);
    writer.setTitle(ChangeRecord::tr("Change record of upgrade %1").arg(id));
    writer.setCreator(QStringLiteral("Portal Deployment Console"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    const qreal dpmm = writer.resolution() / 25.4;
    const QRectF page(QPointF(0, 0), QPageSize(QPageSize::A4).sizePixels(writer.resolution()));
    const QRectF body(18 * dpmm, 24 * dpmm, page.width() - 36 * dpmm, page.height() - 24 * dpmm - 20 * dpmm);

    QFont sans(kSansFamily);
    sans.setPointSizeF(8.5);
    // No ligatures: the text an auditor copies or searches stays as written.
    sans.setStyleStrategy(QFont::PreferNoShaping);
    QFont monoFont(kMonoFamily);
    monoFont.setStyleHint(QFont::Monospace);
    monoFont.setPointSizeF(kMonoPointSize);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(sans);
    doc.setDefaultStyleSheet(changeRecordStyleSheet());
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // nothing runs off the page
    doc.setDefaultTextOption(wrap);
    // Whole pages with the root frame's margins: the layout keeps every line out of the margins on
    // every page (a line never straddles a page break), and the header and footer go there.
    doc.setPageSize(page.size());
    // The evidence block's width: the body less the block's padding and a margin of safety.
    const qreal advance = QFontMetricsF(monoFont, &writer).horizontalAdvance(QLatin1Char('M'));
    const int columns = int((body.width() - 6 * dpmm) / advance) - 2;
    doc.setHtml(changeRecordHtml(input, columns));
    // Frame margins are in 96 dpi pixels: the layout scales them to the device.
    const qreal toLayout = 96.0 / writer.resolution();
    QTextFrameFormat frame = doc.rootFrame()->frameFormat();
    frame.setLeftMargin(body.left() * toLayout);
    frame.setRightMargin((page.width() - body.right()) * toLayout);
    frame.setTopMargin(body.top() * toLayout);
    frame.setBottomMargin((page.height() - body.bottom()) * toLayout);
    doc.rootFrame()->setFrameFormat(frame);

    const int pages = doc.pageCount();
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont small = sans;
    small.setPointSizeF(7.5);
    QFont smallBold = small;
    smallBold.setWeight(QFont::DemiBold);
    const QColor ink(0x12, 0x26, 0x3f);
    const QColor grey(0x5a, 0x64, 0x70);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        // The page's slice of the body.
        painter.save();
        painter.translate(0, -p * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, p * page.height(), page.width(), page.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        // Shading of a table cell that goes on over a page break is painted into the margins too: the
        // margins are cleared before the header and footer go there.
        painter.fillRect(QRectF(0, 0, page.width(), body.top()), Qt::white);
        painter.fillRect(QRectF(0, body.bottom(), page.width(), page.height() - body.bottom()), Qt::white);

        // Running header: the id in one drawText call (one line, never broken), "Page x of y" at the right.
        const qreal headerBase = 15 * dpmm;
        painter.setPen(ink);
        painter.setFont(smallBold);
        const QString label = ChangeRecord::tr("Change record");
        painter.drawText(QPointF(body.left(), headerBase), label);
        const qreal labelWidth =
            QFontMetricsF(smallBold, &writer).horizontalAdvance(label + QStringLiteral("  "));
        const QString pageText = ChangeRecord::tr("Page %1 of %2").arg(p + 1).arg(pages);
        const qreal pageWidth = QFontMetricsF(small, &writer).horizontalAdvance(pageText);
        painter.setFont(small);
        painter.drawText(QPointF(body.right() - pageWidth, headerBase), pageText);
        // The id stays on one line: a smaller font when a very long one would not fit.
        const QString upgrade = ChangeRecord::tr("Upgrade %1").arg(id);
        const qreal room = body.width() - labelWidth - pageWidth - 4 * dpmm;
        QFont idFont = small;
        const qreal idWidth = QFontMetricsF(idFont, &writer).horizontalAdvance(upgrade);
        if (idWidth > room)
            idFont.setPointSizeF(std::max(3.0, small.pointSizeF() * room / idWidth));
        painter.setFont(idFont);
        painter.drawText(QPointF(body.left() + labelWidth, headerBase), upgrade);
        painter.setFont(small);
        painter.setPen(QPen(QColor(0xb9, 0xc3, 0xce), 0.3 * dpmm));
        painter.drawLine(QPointF(body.left(), headerBase + 2.5 * dpmm),
                         QPointF(body.right(), headerBase + 2.5 * dpmm));

        // Footer: which export this is.
        const qreal footerBase = page.height() - 11 * dpmm;
        painter.drawLine(QPointF(body.left(), footerBase - 4 * dpmm),
                         QPointF(body.right(), footerBase - 4 * dpmm));
        painter.setPen(grey);
        painter.drawText(
            QPointF(body.left(), footerBase),
            ChangeRecord::tr("Exported %1 by %2").arg(changeRecordWhen(input.exportedAt), input.exportedBy));
        const QString product = QStringLiteral("Portal Deployment Console");
        painter.drawText(
            QPointF(body.right() - QFontMetricsF(small, &writer).horizontalAdvance(product), footerBase),
            product);
    }
    return painter.end();
}

} // namespace pdc
