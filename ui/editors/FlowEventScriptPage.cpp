#include "FlowEventScriptPage.h"

#include "cc/CtiSettings.h"
#include "connect/ProfileSession.h"
#include "setup/SetupController.h"
#include "widgets/CopyButton.h"
#include "widgets/TextStyles.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace syncdesk {

namespace {

const QString kFlowScriptKey = QStringLiteral("flowScript");

} // namespace

FlowEventScriptPage::FlowEventScriptPage(SetupController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("flowEventScriptPage"));
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(makeWrappedLabel(
        tr("A ZCC flow can post the disposition (every inbound channel) and the transcript (inbound "
           "messaging only) to your system itself. In the flow editor click the Start widget, add an "
           "event script under Event Scripts for the triggers below and paste this script."),
        true, this));

    auto* settings = new QGroupBox(tr("Script"), this);
    auto* form = new QFormLayout(settings);
    m_url = new QLineEdit(settings);
    m_url->setObjectName(QStringLiteral("flowScriptUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://crm.example.com/zcc/engagements"));
    form->addRow(tr("Post to (HTTPS):"), m_url);
    m_urlError = makeWrappedLabel(QString(), false, settings);
    m_urlError->setObjectName(QStringLiteral("flowScriptUrlError"));
    m_urlError->setStyleSheet(toneTextCss(Tone::Error));
    m_urlError->hide();
    form->addRow(QString(), m_urlError);
    m_closed = new QCheckBox(tr("Engagement Closed"), settings);
    m_closed->setObjectName(QStringLiteral("flowScriptEngagementClosed"));
    m_disposition = new QCheckBox(tr("Disposition Saved"), settings);
    m_disposition->setObjectName(QStringLiteral("flowScriptDispositionSaved"));
    auto* triggers = new QHBoxLayout;
    triggers->addWidget(m_closed);
    triggers->addWidget(m_disposition);
    triggers->addStretch(1);
    form->addRow(tr("Triggers:"), triggers);
    m_transcript = new QCheckBox(tr("Include the transcript (messaging flows)"), settings);
    m_transcript->setObjectName(QStringLiteral("flowScriptTranscript"));
    form->addRow(QString(), m_transcript);
    v->addWidget(settings);

    auto* checklist = new QGroupBox(tr("Checklist"), this);
    auto* cv = new QVBoxLayout(checklist);
    // A check box does not wrap: the long explanation goes in a label below it.
    cv->addWidget(makeWrappedLabel(
        tr("With several flows, for example a flow that uses the RouteTo widget to reach another flow, "
           "every flow that can handle the engagement needs this identical script with the same triggers."),
        true, checklist));
    m_sameInEveryFlow = new QCheckBox(tr("The script and triggers are identical in every flow"), checklist);
    m_sameInEveryFlow->setObjectName(QStringLiteral("flowScriptSameInEveryFlow"));
    cv->addWidget(m_sameInEveryFlow);
    v->addWidget(checklist);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("flowScriptPreview"));
    m_preview->setAccessibleName(tr("Flow script"));
    m_preview->setAccessibleDescription(tr("The script to paste into every flow that handles the engagement; read-only"));
    m_preview->setReadOnly(true);
    m_preview->setFont(monospaceFont());
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setMinimumHeight(320);
    v->addWidget(m_preview);

    auto* buttons = new QHBoxLayout;
    auto* copy = new CopyButton(tr("Copy script"), this);
    copy->setObjectName(QStringLiteral("flowScriptCopy"));
    copy->setSource([this] { return m_settings.script(); });
    buttons->addWidget(copy);
    m_save = new QPushButton(tr("Save as…"), this);
    m_save->setObjectName(QStringLiteral("flowScriptSave"));
    buttons->addWidget(m_save);
    m_status = makeWrappedLabel(QString(), true, this);
    m_status->setObjectName(QStringLiteral("flowScriptStatus"));
    buttons->addWidget(m_status, 1);
    v->addLayout(buttons);
    v->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save flow event script"),
                                                          QStringLiteral("zcc-event-script.js"),
                                                          tr("JavaScript files (*.js)"));
        if (!path.isEmpty()) {
            if (const Error e = saveTo(path))
                m_status->setText(e.message);
        }
    });
    connect(m_url, &QLineEdit::textChanged, this, &FlowEventScriptPage::onEdited);
    for (QCheckBox* c : {m_closed, m_disposition, m_transcript, m_sameInEveryFlow})
        connect(c, &QCheckBox::toggled, this, &FlowEventScriptPage::onEdited);
    connect(controller, &SetupController::profileChanged, this, &FlowEventScriptPage::loadFromProfile);
    loadFromProfile();
}

void FlowEventScriptPage::loadFromProfile()
{
    const FlowEventScript loaded =
        m_controller->hasProfile()
            ? FlowEventScript::fromJson(
                  m_controller->profile().contactCenter.value(kFlowScriptKey).toObject())
            : FlowEventScript();
    // profileChanged also follows our own edits: refilling then would move the cursor.
    if (m_loaded && loaded == m_settings)
        return;
    m_loaded = true;
    m_settings = loaded;
    fillWidgets();
    updatePreview();
}

void FlowEventScriptPage::fillWidgets()
{
    m_filling = true;
    m_url->setText(m_settings.url);
    m_closed->setChecked(m_settings.onEngagementClosed);
    m_disposition->setChecked(m_settings.onDispositionSaved);
    m_transcript->setChecked(m_settings.includeTranscript);
    m_sameInEveryFlow->setChecked(m_settings.sameInEveryFlow);
    m_filling = false;
}

void FlowEventScriptPage::onEdited()
{
    if (m_filling)
        return;
    m_settings.url = m_url->text().trimmed();
    m_settings.onEngagementClosed = m_closed->isChecked();
    m_settings.onDispositionSaved = m_disposition->isChecked();
    m_settings.includeTranscript = m_transcript->isChecked();
    m_settings.sameInEveryFlow = m_sameInEveryFlow->isChecked();
    updatePreview();
    if (m_controller->hasProfile())
        m_controller->session()->setContactCenterPart(kFlowScriptKey, m_settings.toJson());
}

void FlowEventScriptPage::updatePreview()
{
    const QList<CtiProblem> problems = m_settings.validate();
    QStringList messages;
    for (const CtiProblem& p : problems)
        messages.append(p.message);
    m_urlError->setText(messages.join(u'\n'));
    m_urlError->setVisible(!messages.isEmpty());
    m_preview->setPlainText(m_settings.script());
    m_save->setEnabled(problems.isEmpty());
    m_status->clear();
}

Error FlowEventScriptPage::saveTo(const QString& path)
{
    if (!m_settings.validate().isEmpty())
        return Error::make(ErrorCode::InvalidInput,
                           tr("Fix the problems shown above before saving the script."));
    const Error e = CtiSettings::saveFile(path, m_settings.script().toUtf8());
    if (!e)
        m_status->setText(tr("Saved %1.").arg(path));
    return e;
}

} // namespace syncdesk
