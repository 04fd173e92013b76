# Filled in by the macos packaging work (issue 10).
