#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class ApiError;

// What every editor form shares, without widgets: one value and one error per field, the
// values as last saved (so "dirty" and "what changed" are exact), revert, and the mapping of a
// provider's per-field errors (422) onto the fields. Subclasses name their fields with an enum
// and say how each is checked. Widgets bind to value()/error() and the signals only.
class FormBackend : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool dirty READ isDirty NOTIFY dirtyChanged)
    Q_PROPERTY(bool saving READ isSaving NOTIFY savingChanged)
    Q_PROPERTY(QString formError READ formError NOTIFY formErrorChanged)

public:
    ~FormBackend() override;

    int fieldCount() const;
    // A stable name per field ("email", "address.state"), for tests and object names.
    virtual QString fieldName(int field) const = 0;

    QString value(int field) const;
    void setValue(int field, const QString &value);
    // The value as last loaded or saved.
    QString savedValue(int field) const;

    QString error(int field) const;
    void setError(int field, const QString &message);
    bool hasFieldErrors() const;
    void clearErrors();

    // The failure that belongs to no field (network, server); shown in the page's banner.
    QString formError() const;
    void setFormError(const QString &message);

    bool isDirty() const;
    bool isFieldDirty(int field) const;
    QList<int> changedFields() const;

    bool isSaving() const;
    void setSaving(bool saving);

    // Checks every field; the errors land on the fields. True when all are fine.
    bool validate();
    // Puts the user's values back to the saved ones and clears the errors.
    void revert();
    // The provider's field errors onto the fields; the rest (and the message when no field
    // matched) into formError().
    void applyServerError(const ApiError &error);

Q_SIGNALS:
    void valueChanged(int field);
    void errorChanged(int field);
    void dirtyChanged(bool dirty);
    void savingChanged(bool saving);
    void formErrorChanged(const QString &message);
    // The saved values were replaced (a record was loaded): widgets refresh everything.
    void loaded();

protected:
    FormBackend(int fieldCount, QObject *parent);

    // Replaces the saved values and the user's values; clears errors.
    void load(const QStringList &values);
    // Marks the current values as saved (after the provider accepted them).
    void markSaved();
    // Replaces the saved values only: the user's values stay and become changes to these.
    void rebase(const QStringList &saved);

    // Empty when the field's value is fine.
    virtual QString checkField(int field) const = 0;
    // The field a provider's error key ("first_name", "address.state") belongs to, or -1.
    virtual int fieldForServerKey(const QString &key) const = 0;

private:
    void updateDirty();

    QStringList m_values;
    QStringList m_saved;
    QStringList m_errors;
    QString m_formError;
    bool m_dirty = false;
    bool m_saving = false;
};
