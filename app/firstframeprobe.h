// For the start-up benchmark: prints the time from launch (exec included, read from /proc) to
// the first frame of the widget it watches, then quits.
#pragma once

#include <QObject>

namespace reportlens {

class FirstFrameProbe : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_reported = false;
};

}  // namespace reportlens
