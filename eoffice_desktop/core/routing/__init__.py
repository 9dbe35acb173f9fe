"""Moving a letter inside the office: sending, acting, the inbox, the timeline, due dates in working days."""
