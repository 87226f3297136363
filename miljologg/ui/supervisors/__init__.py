"""«Veiledere»: the people who gave supervision and their approvals."""
