// The report's pages: blocks of known height laid one under another, a block never split
// across pages, a table's header repeated on top of every page its rows continue on.
#pragma once

#include <QList>

#include <functional>
#include <vector>

class QPainter;

namespace reportlens {

struct ReportBlock {
    qreal height = 0;
    // Draws the block with its top-left at (0, y) in the body's coordinates.
    std::function<void(QPainter *painter, qreal y)> paint;
    int header = -1;            // the block to repeat above it when it starts a page
    bool keepWithNext = false;  // a heading or a table header: never last on a page
    bool pageBreakBefore = false;
};

class ReportFlow {
public:
    // Returns the block's index.
    int add(ReportBlock block);
    const ReportBlock &block(int index) const { return m_blocks[size_t(index)]; }

    struct Placed {
        int block = 0;
        qreal y = 0;
    };
    using Page = QList<Placed>;
    // The blocks on pages of bodyHeight; a block taller than a page gets a page of its own.
    std::vector<Page> paginate(qreal bodyHeight) const;

private:
    std::vector<ReportBlock> m_blocks;
};

}  // namespace reportlens
