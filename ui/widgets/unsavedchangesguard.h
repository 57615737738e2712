#pragma once

class QWidget;

// A page with a form implements this so the window can ask before the form is left (another
// page, another account, closing the window) instead of silently dropping the user's edit.
class UnsavedChangesGuard
{
public:
    virtual ~UnsavedChangesGuard() = default;

    virtual bool hasUnsavedChanges() const = 0;
    // Starts saving. False when it cannot (the form has errors): the user stays on the page.
    virtual bool saveChanges() = 0;
    // True while a save is on its way.
    virtual bool isSavingChanges() const = 0;
    virtual void discardChanges() = 0;
};

// Asks to save, discard or stay when `guard` has unsaved changes. True when leaving may go on
// (nothing to save, a save was started, or the changes were discarded).
bool confirmLeavingChanges(UnsavedChangesGuard *guard, QWidget *parent);
