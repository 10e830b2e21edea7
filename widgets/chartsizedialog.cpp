#include "chartsizedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace reportlens {

ChartSizeDialog::ChartSizeDialog(QWidget *parent)
    : QDialog(parent)
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpi(new QComboBox(this)) {
    setWindowTitle(tr("Chart size"));
    // The sizes ChartRenderer accepts.
    m_width->setRange(100, 20000);
    m_height->setRange(100, 20000);
    m_width->setValue(1600);
    m_height->setValue(1000);
    m_dpi->addItem(tr("96 dpi (1×)"), 96);
    m_dpi->addItem(tr("192 dpi (2×)"), 192);
    m_dpi->addItem(tr("288 dpi (3×)"), 288);
    m_dpi->setCurrentIndex(1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Width (pixels)"), m_width);
    form->addRow(tr("Height (pixels)"), m_height);
    form->addRow(tr("Resolution"), m_dpi);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QSize ChartSizeDialog::pixelSize() const {
    return {m_width->value(), m_height->value()};
}

int ChartSizeDialog::dpi() const {
    return m_dpi->currentData().toInt();
}

}  // namespace reportlens
