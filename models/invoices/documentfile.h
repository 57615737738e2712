#pragma once

#include <QString>

namespace DocumentFile
{
// Copies a downloaded document to where the user asked, piece by piece (never whole in memory),
// through QSaveFile: a failed copy never leaves half a PDF where a good file used to be.
// False with `errorString` set when it could not.
bool copy(const QString &from, const QString &to, QString *errorString);
}
