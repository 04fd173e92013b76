#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace syncdesk {

class EventStore;
class JsonTreeModel;
class PresencePrediction;

// The selected event, dissected only when it is selected (Wireshark's proto tree): the body as a
// JSON tree, the request headers, how it was verified and how long Zoom took to deliver it.
class EventDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit EventDetailPane(QWidget* parent = nullptr);

    // With a prediction, a presence or phone event also shows what the active rule predicts.
    void showRecord(const EventStore* store, quint64 seq, PresencePrediction* prediction = nullptr);
    // Only the prediction line (after the active rule changed), the rest stays as it is.
    void showPrediction(const EventStore* store, quint64 seq, PresencePrediction* prediction);
    QString predictionText() const;
    void clearRecord();
    JsonTreeModel* jsonModel() const { return m_model; }
    bool hasRecord() const { return m_hasRecord; }

private:
    JsonTreeModel* m_model;
    QLabel* m_title;
    QLabel* m_verification;
    QLabel* m_latency;
    QLabel* m_prediction;
    QTabWidget* m_tabs;
    QTreeView* m_json;
    QTreeWidget* m_headers;
    QPushButton* m_copy;
    QByteArray m_body;
    bool m_hasRecord = false;
};

} // namespace syncdesk
