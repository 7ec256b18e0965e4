#include "ui/BookingDialog.h"

#include "models/AppointmentTableModel.h"
#include "models/Clock.h"
#include "services/AppointmentBook.h"
#include "ui/ErrorMessageLabel.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace slotwise {

namespace {
using Field = AppointmentValidator::Field;

QWidget* stacked(QWidget* field, QLabel* message, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

QString presetLabel(int minutes)
{
    if (minutes < 60) {
        return BookingDialog::tr("%n min", nullptr, minutes);
    }
    if (minutes % 60 == 0) {
        return BookingDialog::tr("%n h", nullptr, minutes / 60);
    }
    return BookingDialog::tr("%1 h").arg(QLocale().toString(minutes / 60.0, 'f', 1));
}
} // namespace

BookingDialog::BookingDialog(AppointmentBook& book, const Appointment& appointment, QWidget* parent)
    : QDialog(parent)
    , m_book(book)
    , m_original(appointment)
    , m_confirm(messageBoxConfirmation())
{
    setWindowTitle(isEditing() ? tr("Edit Appointment") : tr("New Appointment"));
    buildForm();
    fillForm(appointment);
    revalidate();
}

BookingDialog::~BookingDialog() = default;

void BookingDialog::buildForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("What is it? e.g. Consultation"));
    m_title->setMaxLength(AppointmentValidator::kMaxTitleLength);
    m_messages.insert(Field::Title, createErrorMessageLabel(QStringLiteral("titleMessage"), this));
    form->addRow(tr("&Title:"), stacked(m_title, m_messages.value(Field::Title), this));

    m_start = new QDateTimeEdit(this);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end = new QDateTimeEdit(this);
    m_end->setObjectName(QStringLiteral("endEdit"));
    for (QDateTimeEdit* edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::LocalTime);
    }
    m_allDay = new QCheckBox(tr("&All day"), this);
    m_allDay->setObjectName(QStringLiteral("allDayCheck"));
    auto* when = new QWidget(this);
    auto* whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_start, 1);
    whenLayout->addWidget(new QLabel(tr("to"), this));
    whenLayout->addWidget(m_end, 1);
    whenLayout->addWidget(m_allDay);
    m_messages.insert(Field::Start, createErrorMessageLabel(QStringLiteral("startMessage"), this));
    m_messages.insert(Field::End, createErrorMessageLabel(QStringLiteral("endMessage"), this));
    auto* whenMessages = new QWidget(this);
    auto* whenMessagesLayout = new QVBoxLayout(whenMessages);
    whenMessagesLayout->setContentsMargins(0, 0, 0, 0);
    whenMessagesLayout->setSpacing(2);
    whenMessagesLayout->addWidget(when);
    whenMessagesLayout->addWidget(m_messages.value(Field::Start));
    whenMessagesLayout->addWidget(m_messages.value(Field::End));
    form->addRow(tr("&When:"), whenMessages);
    qobject_cast<QLabel*>(form->labelForField(whenMessages))->setBuddy(m_start);

    auto* presets = new QWidget(this);
    auto* presetsLayout = new QHBoxLayout(presets);
    presetsLayout->setContentsMargins(0, 0, 0, 0);
    for (const int minutes : kPresetMinutes) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("preset%1").arg(minutes));
        button->setText(presetLabel(minutes));
        button->setCheckable(true);
        button->setToolTip(tr("End %n minutes after the start", nullptr, minutes));
        button->setAutoRaise(false);
        connect(button, &QToolButton::clicked, this, [this, minutes] { applyDurationPreset(minutes); });
        presetsLayout->addWidget(button);
        m_presets << button;
    }
    presetsLayout->addStretch();
    form->addRow(tr("Duration:"), presets);

    m_clientName = new QLineEdit(this);
    m_clientName->setObjectName(QStringLiteral("clientNameEdit"));
    form->addRow(tr("&Client:"), m_clientName);
    m_clientEmail = new QLineEdit(this);
    m_clientEmail->setObjectName(QStringLiteral("clientEmailEdit"));
    m_clientEmail->setPlaceholderText(tr("name@example.com"));
    m_messages.insert(Field::ClientEmail,
                      createErrorMessageLabel(QStringLiteral("clientEmailMessage"), this));
    form->addRow(tr("E&mail:"), stacked(m_clientEmail, m_messages.value(Field::ClientEmail), this));
    m_clientPhone = new QLineEdit(this);
    m_clientPhone->setObjectName(QStringLiteral("clientPhoneEdit"));
    form->addRow(tr("&Phone:"), m_clientPhone);
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    form->addRow(tr("&Location:"), m_location);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4 + 12);
    form->addRow(tr("&Notes:"), m_notes);

    // Problems that belong to no visible field (profile, time zone) and storage errors.
    m_messages.insert(Field::Profile, createErrorMessageLabel(QStringLiteral("profileMessage"), this));
    m_messages.insert(Field::TimeZone, createErrorMessageLabel(QStringLiteral("timeZoneMessage"), this));
    m_overlap = new QLabel(this);
    m_overlap->setObjectName(QStringLiteral("overlapWarning"));
    m_overlap->setWordWrap(true);
    m_overlap->setVisible(false);
    m_overlap->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #6b4a00; border: 1px solid "
                                            "#f0c050; border-radius: 4px; padding: 6px; }"));
    m_googleBusy = new QLabel(this);
    m_googleBusy->setObjectName(QStringLiteral("googleBusyWarning"));
    m_googleBusy->setWordWrap(true);
    m_googleBusy->setVisible(false);
    m_googleBusy->setStyleSheet(m_overlap->styleSheet());
    m_saveError = createErrorMessageLabel(QStringLiteral("saveError"), this);

    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    QPushButton* close = buttons->addButton(isEditing() ? QDialogButtonBox::Close : QDialogButtonBox::Cancel);
    close->setObjectName(QStringLiteral("closeButton"));
    if (isEditing()) {
        m_cancelAppointment = buttons->addButton(tr("Cancel &Appointment…"), QDialogButtonBox::ResetRole);
        m_cancelAppointment->setObjectName(QStringLiteral("cancelAppointmentButton"));
        m_cancelAppointment->setEnabled(!m_original.isCancelled());
        connect(m_cancelAppointment, &QPushButton::clicked, this, &BookingDialog::requestCancelAppointment);
    }
    connect(m_saveButton, &QPushButton::clicked, this, &BookingDialog::accept);
    connect(close, &QPushButton::clicked, this, &BookingDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messages.value(Field::Profile));
    layout->addWidget(m_messages.value(Field::TimeZone));
    layout->addWidget(m_overlap);
    layout->addWidget(m_googleBusy);
    layout->addWidget(m_saveError);
    layout->addStretch();
    layout->addWidget(buttons);
    m_title->setMinimumWidth(
        420); // the dialog's breadth: the size constraint below overrides setMinimumWidth
    // Messages appear and disappear; the dialog grows with them instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_titleTouched = true;
        revalidate();
    });
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &BookingDialog::onStartChanged);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_durationSecs = m_start->dateTime().secsTo(m_end->dateTime());
        revalidate();
    });
    connect(m_allDay, &QCheckBox::toggled, this, &BookingDialog::onAllDayToggled);
    connect(m_clientEmail, &QLineEdit::textChanged, this, &BookingDialog::revalidate);
}

void BookingDialog::fillForm(const Appointment& a)
{
    m_title->setText(a.title);
    const QDateTime start =
        a.startUtc.isValid() ? a.startUtc.toLocalTime() : QDateTime(Clock::today(), QTime(9, 0));
    const QDateTime end = a.endUtc.isValid() ? a.endUtc.toLocalTime() : start.addSecs(3600);
    m_allDay->setChecked(a.allDay);
    onAllDayToggled(a.allDay);
    const QSignalBlocker blockStart(m_start);
    const QSignalBlocker blockEnd(m_end);
    m_start->setDateTime(start);
    // The form shows an all-day appointment's last day; storage keeps the exclusive midnight after it.
    m_end->setDateTime(a.allDay ? end.addDays(-1) : end);
    m_durationSecs = m_start->dateTime().secsTo(m_end->dateTime());
    m_clientName->setText(a.clientName);
    m_clientEmail->setText(a.clientEmail);
    m_clientPhone->setText(a.clientPhone);
    m_location->setText(a.location);
    m_notes->setPlainText(a.notes);
}

Appointment BookingDialog::appointmentFromForm() const
{
    Appointment a = m_original;
    a.title = m_title->text().trimmed();
    a.allDay = m_allDay->isChecked();
    if (a.allDay) {
        a.startUtc = m_start->date().startOfDay().toUTC();
        a.endUtc = m_end->date().addDays(1).startOfDay().toUTC();
    } else {
        a.startUtc = m_start->dateTime().toUTC();
        a.endUtc = m_end->dateTime().toUTC();
    }
    if (a.timeZoneId.isEmpty()) {
        a.timeZoneId = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    }
    a.clientName = m_clientName->text().trimmed();
    a.clientEmail = m_clientEmail->text().trimmed();
    a.clientPhone = m_clientPhone->text().trimmed();
    a.location = m_location->text().trimmed();
    a.notes = m_notes->toPlainText();
    return a;
}

QString BookingDialog::messageFor(AppointmentValidator::Field field) const
{
    const QLabel* label = m_messages.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString BookingDialog::overlapWarning() const
{
    return m_overlap->isHidden() ? QString() : m_overlap->text();
}

void BookingDialog::applyDurationPreset(int minutes)
{
    if (m_allDay->isChecked()) {
        m_allDay->setChecked(false);
    }
    m_end->setDateTime(m_start->dateTime().addSecs(qint64(minutes) * 60));
    updatePresetButtons();
}

void BookingDialog::onStartChanged()
{
    // Moving the start keeps the duration, as in every calendar; an invalid duration is left to the user.
    if (m_durationSecs >= 0) {
        const QSignalBlocker block(m_end);
        m_end->setDateTime(m_start->dateTime().addSecs(m_durationSecs));
    } else {
        m_durationSecs = m_start->dateTime().secsTo(m_end->dateTime());
    }
    revalidate();
}

void BookingDialog::onAllDayToggled(bool allDay)
{
    const QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    const QString dateTimeFormat = dateFormat % QLatin1Char(' ') % AppointmentTableModel::timeFormat();
    for (QDateTimeEdit* edit : {m_start, m_end}) {
        edit->setDisplayFormat(allDay ? dateFormat : dateTimeFormat);
    }
    if (!allDay && m_start->time() == QTime(0, 0) && m_end->date() >= m_start->date() &&
        m_end->time() == QTime(0, 0)) {
        // Leaving all-day: give it a sensible working-hours slot instead of midnight to midnight.
        const QSignalBlocker block(m_end);
        m_start->setTime(QTime(9, 0));
        m_end->setDateTime(m_start->dateTime().addSecs(3600));
        m_durationSecs = 3600;
    }
    for (QToolButton* preset : std::as_const(m_presets)) {
        preset->setEnabled(!allDay);
    }
    revalidate();
}

void BookingDialog::updatePresetButtons()
{
    const qint64 minutes = m_start->dateTime().secsTo(m_end->dateTime()) / 60;
    for (qsizetype i = 0; i < m_presets.size(); ++i) {
        m_presets.at(i)->setChecked(!m_allDay->isChecked() && minutes == kPresetMinutes[i]);
    }
}

void BookingDialog::revalidate()
{
    if (!m_title) {
        return;
    }
    updatePresetButtons();
    const Appointment a = appointmentFromForm();
    const QList<AppointmentValidator::Problem> problems = AppointmentValidator::validate(a);
    QMap<Field, QStringList> byField;
    for (const AppointmentValidator::Problem& p : problems) {
        byField[p.field] << p.message;
    }
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const bool show =
            byField.contains(it.key()) && (it.key() != Field::Title || m_titleTouched || m_showAllProblems);
        it.value()->setText(byField.value(it.key()).join(QLatin1Char(' ')));
        it.value()->setVisible(show);
    }
    m_saveError->setVisible(false);
    m_saveButton->setToolTip(problems.isEmpty() ? QString() : AppointmentValidator::summary(problems));
    if (problems.isEmpty() || !byField.contains(Field::End)) {
        updateOverlapWarning(a);
        updateGoogleBusyWarning(a);
    } else {
        m_overlap->setVisible(false);
        m_googleBusy->setVisible(false);
        m_busyClash = false;
    }
}

void BookingDialog::updateOverlapWarning(const Appointment& a)
{
    const Result<QList<Appointment>> clashes =
        a.isCancelled() ? Result<QList<Appointment>>::success({}) : m_book.overlapping(a);
    if (!clashes || clashes->isEmpty()) {
        m_overlap->setVisible(false);
        return;
    }
    // Name a timed clash rather than an all-day one: that is the one the user most likely double-booked.
    const auto timed =
        std::find_if(clashes->cbegin(), clashes->cend(), [](const Appointment& c) { return !c.allDay; });
    const Appointment& named = timed != clashes->cend() ? *timed : clashes->constFirst();
    const QString when = AppointmentTableModel::timeRangeText(named);
    const int others = int(clashes->size()) - 1;
    const QString text =
        others == 0 ? tr("⚠ This overlaps “%1” (%2). You can still save it.").arg(named.title, when)
                    : tr("⚠ This overlaps “%1” (%2) and %n other appointment(s). You can still save it.",
                         nullptr, others)
                          .arg(named.title, when);
    m_overlap->setText(text);
    m_overlap->setVisible(true);
}

QString BookingDialog::googleBusyWarning() const
{
    return m_googleBusy->isHidden() ? QString() : m_googleBusy->text();
}

void BookingDialog::setBusyTimePolicy(BusyTimeChecker::Policy policy)
{
    m_busyPolicy = policy;
    revalidate();
}

void BookingDialog::updateGoogleBusyWarning(const Appointment& a)
{
    m_busyClash = false;
    const auto clashes = a.isCancelled()
                             ? Result<QList<BusyBlock>>::success({})
                             : BusyTimeChecker(m_book.busyTimes()).clashes(a.profileId, a.startUtc, a.endUtc);
    if (!clashes || clashes->isEmpty()) {
        m_googleBusy->setVisible(false);
        return;
    }
    m_busyClash = true;
    const QTimeZone zone(a.timeZoneId.toUtf8());
    QString text =
        QStringLiteral("⚠ ") +
        BusyTimeChecker::describe(clashes.value(), zone.isValid() ? zone : QTimeZone::systemTimeZone()) +
        QStringLiteral(". ");
    text += m_busyPolicy == BusyTimeChecker::Policy::Block
                ? tr("Choose another time; Google busy time is blocked.")
                : tr("You can still save it.");
    m_googleBusy->setText(text);
    m_googleBusy->setVisible(true);
}

void BookingDialog::accept()
{
    m_showAllProblems = true;
    revalidate();
    const Appointment a = appointmentFromForm();
    if (const auto problems = AppointmentValidator::validate(a); !problems.isEmpty()) {
        // Refuse, and take the user to the first field that needs fixing.
        switch (problems.constFirst().field) {
        case Field::Title:
            m_title->setFocus();
            break;
        case Field::Start:
            m_start->setFocus();
            break;
        case Field::End:
            m_end->setFocus();
            break;
        case Field::ClientEmail:
            m_clientEmail->setFocus();
            break;
        default:
            break;
        }
        return;
    }
    if (m_busyClash && m_busyPolicy == BusyTimeChecker::Policy::Block) {
        m_saveError->setText(tr("This time is busy in Google Calendar. Choose another time."));
        m_saveError->setVisible(true);
        m_start->setFocus();
        return;
    }
    const Result<Appointment> stored = isEditing() ? m_book.update(a) : m_book.book(a);
    if (!stored) {
        m_saveError->setText(stored.error().message());
        m_saveError->setVisible(true);
        return;
    }
    m_saved = stored.value();
    QDialog::accept();
}

void BookingDialog::requestCancelAppointment()
{
    const QString question =
        tr("Cancel “%1”? It stays in the book as cancelled, and you can undo this.").arg(m_original.title);
    if (m_confirm(this, tr("Cancel Appointment"), question, tr("Cancel Appointment"))) {
        done(CancelAppointmentResult);
    }
}

} // namespace slotwise
