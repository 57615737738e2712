#include "forms/formbackend.h"

#include "api/apierror.h"

FormBackend::FormBackend(int fieldCount, QObject *parent)
    : QObject(parent)
{
    for (int i = 0; i < fieldCount; ++i) {
        m_values << QString();
        m_saved << QString();
        m_errors << QString();
    }
}

FormBackend::~FormBackend() = default;

int FormBackend::fieldCount() const
{
    return static_cast<int>(m_values.size());
}

QString FormBackend::value(int field) const
{
    return m_values.value(field);
}

void FormBackend::setValue(int field, const QString &value)
{
    if (field < 0 || field >= fieldCount() || m_values.at(field) == value)
        return;
    m_values[field] = value;
    // A corrected value no longer deserves the old complaint.
    setError(field, QString());
    Q_EMIT valueChanged(field);
    updateDirty();
}

QString FormBackend::savedValue(int field) const
{
    return m_saved.value(field);
}

QString FormBackend::error(int field) const
{
    return m_errors.value(field);
}

void FormBackend::setError(int field, const QString &message)
{
    if (field < 0 || field >= fieldCount() || m_errors.at(field) == message)
        return;
    m_errors[field] = message;
    Q_EMIT errorChanged(field);
}

bool FormBackend::hasFieldErrors() const
{
    for (const QString &error : m_errors) {
        if (!error.isEmpty())
            return true;
    }
    return false;
}

void FormBackend::clearErrors()
{
    for (int field = 0; field < fieldCount(); ++field)
        setError(field, QString());
    setFormError(QString());
}

QString FormBackend::formError() const
{
    return m_formError;
}

void FormBackend::setFormError(const QString &message)
{
    if (m_formError == message)
        return;
    m_formError = message;
    Q_EMIT formErrorChanged(message);
}

bool FormBackend::isDirty() const
{
    return m_dirty;
}

bool FormBackend::isFieldDirty(int field) const
{
    return m_values.value(field) != m_saved.value(field);
}

QList<int> FormBackend::changedFields() const
{
    QList<int> fields;
    for (int field = 0; field < fieldCount(); ++field) {
        if (isFieldDirty(field))
            fields << field;
    }
    return fields;
}

bool FormBackend::isSaving() const
{
    return m_saving;
}

void FormBackend::setSaving(bool saving)
{
    if (m_saving == saving)
        return;
    m_saving = saving;
    Q_EMIT savingChanged(saving);
}

bool FormBackend::validate()
{
    bool ok = true;
    for (int field = 0; field < fieldCount(); ++field) {
        const QString problem = checkField(field);
        setError(field, problem);
        ok = ok && problem.isEmpty();
    }
    return ok;
}

void FormBackend::revert()
{
    for (int field = 0; field < fieldCount(); ++field)
        setValue(field, m_saved.at(field));
    clearErrors();
}

void FormBackend::applyServerError(const ApiError &error)
{
    QStringList unplaced;
    const QMap<QString, QStringList> fieldErrors = error.fieldErrors();
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it) {
        const int field = fieldForServerKey(it.key());
        const QString message = it.value().join(QStringLiteral(" "));
        if (field >= 0) {
            // Providers answer in lower-case fragments ("is required"): make it a sentence.
            QString sentence = message;
            if (!sentence.isEmpty())
                sentence[0] = sentence.at(0).toUpper();
            if (!sentence.endsWith(QLatin1Char('.')))
                sentence += QLatin1Char('.');
            setError(field, sentence);
        } else {
            unplaced << QStringLiteral("%1: %2").arg(it.key(), message);
        }
    }
    if (fieldErrors.isEmpty() || !unplaced.isEmpty()) {
        QString message = error.message();
        if (!unplaced.isEmpty())
            message += QLatin1Char(' ') + unplaced.join(QStringLiteral("; "));
        setFormError(message);
    } else {
        setFormError(QString());
    }
}

void FormBackend::load(const QStringList &values)
{
    for (int field = 0; field < fieldCount(); ++field) {
        m_saved[field] = values.value(field);
        m_values[field] = values.value(field);
        Q_EMIT valueChanged(field);
    }
    clearErrors();
    updateDirty();
    Q_EMIT loaded();
}

void FormBackend::markSaved()
{
    m_saved = m_values;
    updateDirty();
}

void FormBackend::rebase(const QStringList &saved)
{
    for (int field = 0; field < fieldCount(); ++field)
        m_saved[field] = saved.value(field);
    updateDirty();
}

void FormBackend::updateDirty()
{
    const bool dirty = m_values != m_saved;
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged(dirty);
}
