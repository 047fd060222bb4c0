"""One module per component of the document; each exposes `RULES`, collected by `check.rule.all_rules()`."""
