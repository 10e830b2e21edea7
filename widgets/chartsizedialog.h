// The size and resolution a chart is exported at: 1600×1000 pixels at 2× unless the user
// says otherwise.
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace reportlens {

class ChartSizeDialog : public QDialog {
    Q_OBJECT

public:
    explicit ChartSizeDialog(QWidget *parent = nullptr);

    QSize pixelSize() const;
    int dpi() const;

private:
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_dpi;
};

}  // namespace reportlens
