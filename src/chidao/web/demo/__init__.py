"""Demo organisation (a province with ~15 units), users and sample documents of our own wording."""
