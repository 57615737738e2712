#include "widgets/unsavedchangesguard.h"

#include <QCoreApplication>
#include <QMessageBox>

bool confirmLeavingChanges(UnsavedChangesGuard *guard, QWidget *parent)
{
    if (!guard || !guard->hasUnsavedChanges())
        return true;
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("UnsavedChangesGuard", "Unsaved changes"),
                    QCoreApplication::translate("UnsavedChangesGuard", "This page has changes that are not saved yet."),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(QCoreApplication::translate("UnsavedChangesGuard", "Save them, discard them, or stay on the page?"));
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        // A form with errors stays, showing them; a sent save keeps the edit until it succeeds.
        return guard->saveChanges();
    case QMessageBox::Discard:
        guard->discardChanges();
        return true;
    default:
        return false;
    }
}
