# Filled in by the windows packaging work (issue 10).
