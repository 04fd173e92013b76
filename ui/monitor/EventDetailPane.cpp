#include "EventDetailPane.h"

#include "JsonTreeModel.h"
#include "common/Redact.h"
#include "monitor/EventStore.h"
#include "presence/PresencePrediction.h"
#include "widgets/TextStyles.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace syncdesk {

EventDetailPane::EventDetailPane(QWidget* parent)
    : QWidget(parent), m_model(new JsonTreeModel(this)), m_title(new QLabel(this)),
      m_verification(new QLabel(this)), m_latency(new QLabel(this)), m_prediction(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_json(new QTreeView(this)), m_headers(new QTreeWidget(this)),
      m_copy(new QPushButton(tr("Copy Body"), this))
{
    setObjectName(QStringLiteral("eventDetailPane"));
    m_title->setObjectName(QStringLiteral("detailTitleLabel"));
    m_verification->setObjectName(QStringLiteral("verificationLabel"));
    m_latency->setObjectName(QStringLiteral("latencyLabel"));
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setAccessibleName(tr("Event details"));
    m_json->setObjectName(QStringLiteral("jsonTree"));
    m_json->setAccessibleName(tr("Event body"));
    m_json->setAccessibleDescription(tr("The selected event's JSON body as a tree"));
    m_headers->setObjectName(QStringLiteral("headersTable"));
    m_headers->setAccessibleName(tr("Event headers"));
    m_copy->setObjectName(QStringLiteral("copyBodyButton"));

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prediction->setObjectName(QStringLiteral("eventPrediction"));
    m_prediction->setWordWrap(true);
    m_prediction->hide();
    for (QLabel* l : {m_title, m_verification, m_latency, m_prediction}) {
        l->setWordWrap(true);
        l->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    }
    m_copy->setEnabled(false);
    m_copy->setToolTip(tr("Copy the body as received to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(QString::fromUtf8(m_body)); });

    m_json->setModel(m_model);
    m_json->setUniformRowHeights(true);
    m_json->setAlternatingRowColors(true);
    m_json->setFont(monospaceFont());
    m_json->header()->setStretchLastSection(true);
    m_json->header()->setSectionResizeMode(QHeaderView::Interactive);
    // Zoom's keys at the depth they usually sit (payload.object.…).
    m_json->setColumnWidth(JsonTreeModel::KeyColumn,
                           m_json->fontMetrics().horizontalAdvance(QStringLiteral("presence_status_")) +
                               m_json->indentation() * 3);

    m_headers->setColumnCount(2);
    m_headers->setHeaderLabels({tr("Header"), tr("Value")});
    m_headers->setRootIsDecorated(false);
    m_headers->setUniformRowHeights(true);
    m_headers->setAlternatingRowColors(true);
    m_headers->setFont(monospaceFont());
    m_headers->setColumnWidth(
        0, m_headers->fontMetrics().horizontalAdvance(QStringLiteral("x-zm-request-timestamp__")));

    m_tabs->addTab(m_json, tr("Body"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->setDocumentMode(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_copy, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_verification);
    layout->addWidget(m_latency);
    layout->addWidget(m_prediction);
    layout->addWidget(m_tabs, 1);
    clearRecord();
}

void EventDetailPane::clearRecord()
{
    m_hasRecord = false;
    m_body.clear();
    m_model->clear();
    m_headers->clear();
    m_copy->setEnabled(false);
    m_copy->hide();
    m_title->setText(tr("Select an event to see its body, headers and verification."));
    m_verification->clear();
    m_verification->hide();
    m_latency->clear();
    m_latency->hide();
    m_prediction->clear();
    m_prediction->hide();
}

QString EventDetailPane::predictionText() const
{
    return m_prediction->isHidden() ? QString() : m_prediction->text();
}

void EventDetailPane::showPrediction(const EventStore* store, quint64 seq, PresencePrediction* prediction)
{
    const qsizetype index = store ? store->indexOf(seq) : -1;
    QString text;
    if (index >= 0 && prediction && prediction->hasRule()) {
        const EventRecord& r = store->at(index);
        const QString rule = prediction->rule()->name;
        const EventPrediction p = prediction->prediction(seq);
        switch (p.status) {
        case EventPrediction::Status::Agent: {
            //: Event details: what the active presence rule predicts after the event
            text = tr("Rule \"%1\" predicts: ACD %2, Salesforce %3")
                       .arg(rule, p.acd,
                            p.salesforce.isEmpty() ? tr("unchanged (no publisher row)") : p.salesforce);
            if (p.note != PresenceSimNote::None)
                text += QStringLiteral(" · ") + PresenceSimulator::noteLabel(p.note);
            break;
        }
        case EventPrediction::Status::NotAgent:
            text = tr("Rule \"%1\" does not cover this user.").arg(rule);
            break;
        case EventPrediction::Status::None:
            if (prediction->isRecomputing() &&
                (r.presence != PresenceState::None || r.callState != CallState::None))
                text = tr("Rule \"%1\" is being applied to the held events.").arg(rule);
            break;
        }
    }
    m_prediction->setText(text);
    m_prediction->setVisible(!text.isEmpty());
}

void EventDetailPane::showRecord(const EventStore* store, quint64 seq, PresencePrediction* prediction)
{
    const qsizetype index = store ? store->indexOf(seq) : -1;
    if (index < 0) {
        clearRecord();
        m_title->setText(tr("This event is no longer held (the oldest events make room for new ones)."));
        return;
    }
    const EventRecord& r = store->at(index);
    m_hasRecord = true;
    const QString when =
        QDateTime::fromMSecsSinceEpoch(r.receivedAtMs).toString(QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz"));
    const bool gap = r.type == ZoomEventType::Gap;
    if (gap) {
        m_title->setText(tr("Possible gap, noticed at %1").arg(when));
        m_verification->setText(store->string(r.summary));
        m_verification->setStyleSheet(QString());
        m_latency->hide();
    } else {
        const QString name = store->string(r.eventName);
        m_title->setText(tr("%1 (%2), received %3 by %4")
                             .arg(ZoomEventParser::typeLabel(r.type),
                                  name.isEmpty() ? tr("no event name") : name, when,
                                  sourceKindLabel(r.source)));
        m_verification->setText(verificationLabel(r.verification));
        // Green for what was checked on arrival, neutral for replays (nothing was re-checked).
        m_verification->setStyleSheet(
            r.verification == Verification::NotChecked ? QString() : toneTextCss(Tone::Ok));
        if (r.eventTsMs) {
            const qint64 latency = r.receivedAtMs - r.eventTsMs;
            m_latency->setText(
                tr("Latency: %1 ms from event_ts to receipt").arg(QLocale().toString(latency)));
        } else {
            m_latency->setText(tr("Latency: unknown (the event carries no event_ts)"));
        }
        m_latency->show();
    }
    m_verification->show();
    showPrediction(store, seq, prediction);

    m_body = store->rawBody(seq);
    m_model->setJson(m_body);
    m_json->expandToDepth(2);
    m_copy->setEnabled(!m_body.isEmpty());
    m_copy->show();

    m_headers->clear();
    const HeaderList headers = store->rawHeaders(seq);
    QList<QTreeWidgetItem*> items;
    for (const auto& [headerName, value] : headers) {
        auto* item = new QTreeWidgetItem(
            {QString::fromLatin1(headerName), QString::fromLatin1(redact::shownHeader(headerName, value))});
        item->setToolTip(1, item->text(1));
        items.append(item);
    }
    if (items.isEmpty()) {
        items.append(new QTreeWidgetItem({r.source == EventSourceKind::WebSocket
                                              ? tr("(WebSocket events have no headers)")
                                              : tr("(no headers)"),
                                          QString()}));
    }
    m_headers->addTopLevelItems(items);
}

} // namespace syncdesk
