"""The Qt shell: windows, pages and the task runner. Business rules live in the core."""
