"""Datasette plugins that `clipper serve` loads with --plugins-dir (one module a plugin)."""
