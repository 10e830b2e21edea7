#include "reportflow.h"

namespace reportlens {

int ReportFlow::add(ReportBlock block) {
    m_blocks.push_back(std::move(block));
    return int(m_blocks.size()) - 1;
}

std::vector<ReportFlow::Page> ReportFlow::paginate(qreal bodyHeight) const {
    std::vector<Page> pages(1);
    qreal y = 0;
    auto newPage = [&] {
        pages.emplace_back();
        y = 0;
    };
    const int count = int(m_blocks.size());
    for (int i = 0; i < count; ++i) {
        const ReportBlock &block = m_blocks[size_t(i)];
        if (block.pageBreakBefore && y > 0)
            newPage();
        // What must share the page: a heading the block after it, a table header a row.
        qreal needed = block.height;
        for (int next = i; next + 1 < count && m_blocks[size_t(next)].keepWithNext; ++next)
            needed += m_blocks[size_t(next + 1)].height;
        if (y > 0 && y + needed > bodyHeight)
            newPage();
        if (y == 0 && block.header >= 0) {
            pages.back().append({block.header, y});
            y += m_blocks[size_t(block.header)].height;
        }
        pages.back().append({i, y});
        y += block.height;
    }
    return pages;
}

}  // namespace reportlens
