"""The pages a supervisor's own data file shows: requests, sessions given, their key."""
