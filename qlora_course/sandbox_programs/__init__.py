"""Programs that `qlora_course.sandbox` runs inside the sandbox (read as text with importlib.resources, never imported)."""
