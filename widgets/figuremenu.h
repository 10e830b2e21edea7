// The context menu of one figure: not a figure; change its value, unit, qualifier, label or
// period; planned, not reported; its report's period; its metric; use it for its table cell.
// Each action asks what it needs (through Prompts) and emits the correction it asks for; the
// app records it.
#pragma once

#include "engine/correction.h"
#include "engine/document.h"
#include "engine/metriccatalog.h"

#include <QJsonObject>
#include <QMenu>

#include <optional>
#include <vector>

namespace reportlens {

class Prompts;

class FigureMenu : public QMenu {
    Q_OBJECT

public:
    // metrics: those a figure can be assigned to; prompts: how to ask (nullptr: dialogs).
    FigureMenu(const Document &document, const Figure &figure,
               const std::vector<MetricDefinition> &metrics, Prompts *prompts = nullptr,
               QWidget *parent = nullptr);

    const Document &document() const { return m_document; }
    const Figure &figure() const { return m_figure; }

signals:
    void correctionRequested(const reportlens::Document &document, const reportlens::Figure &figure,
                             reportlens::CorrectionKind kind, const QJsonObject &values);

private:
    void request(CorrectionKind kind, const QJsonObject &values);
    void askValue();
    void askQualifier();
    void askMetric();
    // A period Period::parse reads, or empty; asked again after one it does not read.
    std::optional<QString> askPeriod(const QString &title, const QString &prompt,
                                     const QString &current);

    // Copies: a correction reloads the model the figure came from.
    Document m_document;
    Figure m_figure;
    std::vector<MetricDefinition> m_metrics;
    Prompts *m_prompts;  // not owned
};

}  // namespace reportlens
