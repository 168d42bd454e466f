"""Excel workbooks the office sends up: reports and lists (openpyxl, no Qt, no database)."""
