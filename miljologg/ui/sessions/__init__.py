"""«Veiledning»: the supervision sessions, their table, dialogs and filters."""
