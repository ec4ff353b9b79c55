"""The Task tracker workspace: every task of the plan with its status, filters, and progress with evidence."""
