#include "figuremenu.h"

#include "citytableproxymodel.h"
#include "engine/period.h"
#include "prompts.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

FigureMenu::FigureMenu(const Document &document, const Figure &figure,
                       const std::vector<MetricDefinition> &metrics, Prompts *prompts,
                       QWidget *parent)
    : QMenu(parent)
    , m_document(document)
    , m_figure(figure)
    , m_metrics(metrics)
    , m_prompts(prompts ? prompts : Prompts::dialogs()) {
    addAction(tr("Not a figure"), this, [this] { request(CorrectionKind::Reject, {}); });
    addAction(tr("Change value…"), this, &FigureMenu::askValue);
    addAction(tr("Change unit…"), this, [this] {
        if (const std::optional<QString> unit =
                m_prompts->text(parentWidget(), tr("Change unit"), m_figure.raw, m_figure.unit))
            request(CorrectionKind::SetUnit, {{u"unit"_s, *unit}});
    });
    addAction(tr("Change qualifier…"), this, &FigureMenu::askQualifier);
    addAction(tr("Change label…"), this, [this] {
        if (const std::optional<QString> label =
                m_prompts->text(parentWidget(), tr("Change label"), m_figure.raw, m_figure.label))
            request(CorrectionKind::SetLabel, {{u"label"_s, *label}});
    });
    addAction(tr("Change period…"), this, [this] {
        if (const std::optional<QString> period =
                askPeriod(tr("Change period"),
                          tr("The years %1 is about: 2019, 2018-2022, 2024H1, ..2022 for "
                             "a level reached by 2022; empty for the report's (%2)")
                              .arg(m_figure.raw, m_document.period),
                          m_figure.period))
            request(CorrectionKind::SetPeriod, {{u"period"_s, *period}});
    });
    QAction *planned =
        addAction(tr("Planned, not reported (a target)"), this, [this](bool checked) {
            request(CorrectionKind::SetTarget, {{u"target"_s, checked}});
        });
    planned->setCheckable(true);
    planned->setChecked(m_figure.target);
    addAction(tr("Change the report's period…"), this, [this] {
        if (const std::optional<QString> period =
                askPeriod(tr("Change the report's period"),
                          tr("The years %1 reports on: 2018-2022, 2024, 2024H1; empty "
                             "when it does not say")
                              .arg(m_document.title),
                          m_document.period))
            request(CorrectionKind::SetReportPeriod, {{u"period"_s, *period}});
    });
    addSeparator();
    addAction(tr("Assign to a metric…"), this, &FigureMenu::askMetric);
    if (!m_figure.metric.isEmpty()) {
        addAction(tr("Take off its metric"), this, [this] {
            request(CorrectionKind::SetMetric, {{u"metric"_s, QJsonValue::Null}});
        });
        addAction(tr("Use for the table cell"), this, [this] {
            request(CorrectionKind::ChooseForCell, {{u"metric"_s, m_figure.metric}});
        });
    }
}

void FigureMenu::request(CorrectionKind kind, const QJsonObject &values) {
    emit correctionRequested(m_document, m_figure, kind, values);
}

void FigureMenu::askValue() {
    if (const std::optional<double> value =
            m_prompts->number(parentWidget(), tr("Change value"), m_figure.raw, m_figure.value))
        request(CorrectionKind::SetValue, {{u"value"_s, *value}});
}

// The engine's qualifiers, in words; the correction names the one chosen as the engine does.
void FigureMenu::askQualifier() {
    QStringList shown;
    int current = 0;
    for (Qualifier qualifier : kQualifiers) {
        if (qualifier == m_figure.qualifier)
            current = int(shown.size());
        shown.append(CityFiguresProxyModel::qualifierText(qualifier));
    }
    const std::optional<int> chosen =
        m_prompts->choice(parentWidget(), tr("Change qualifier"), m_figure.raw, shown, current);
    if (chosen && *chosen >= 0 && *chosen < int(std::size(kQualifiers)))
        request(CorrectionKind::SetQualifier,
                {{u"qualifier"_s, qualifierName(kQualifiers[size_t(*chosen)])}});
}

void FigureMenu::askMetric() {
    QStringList names;
    int current = 0;
    for (const MetricDefinition &metric : m_metrics) {
        if (metric.id == m_figure.metric)
            current = int(names.size());
        names.append(u"%1 — %2"_s.arg(metric.nameZh, metric.nameEn));
    }
    const std::optional<int> chosen =
        m_prompts->choice(parentWidget(), tr("Assign to a metric"), m_figure.raw, names, current);
    if (chosen && *chosen >= 0 && size_t(*chosen) < m_metrics.size())
        request(CorrectionKind::SetMetric, {{u"metric"_s, m_metrics[size_t(*chosen)].id}});
}

std::optional<QString> FigureMenu::askPeriod(const QString &title, const QString &prompt,
                                             const QString &current) {
    QString shown = current;
    for (;;) {
        const std::optional<QString> answer = m_prompts->text(parentWidget(), title, prompt, shown);
        if (!answer)
            return std::nullopt;
        const QString text = answer->trimmed();
        Period period;
        if (text.isEmpty() || Period::parse(text, &period))
            return text;
        m_prompts->warn(parentWidget(), title,
                        tr("\"%1\" is no period ReportLens reads.").arg(text));
        shown = text;  // asked again, with what the user typed to mend
    }
}

}  // namespace reportlens
