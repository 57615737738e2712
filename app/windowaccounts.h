#pragma once

class Composition;
class MainWindow;

// Answers the window's account requests (first-run "Add an account" and "Try the demo",
// "Manage accounts…") with the composition's AccountManager and demo server: ui/ never
// reaches into the composition itself.
void connectAccountActions(MainWindow &window, Composition &composition);
